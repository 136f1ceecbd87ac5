"""Handing the desktop's sign-in over to its embedded web view.

The desktop asks ``POST /api/v1/web/handover`` (bearer token) for a one-time
code; the web view opens ``/web/enter?code=...``, which trades the code for
an HttpOnly session cookie and redirects to the page asked for. The bearer
token never appears in a URL, and the code is worthless after one use or 60
seconds.

A web session belongs to the desktop sign-in it came from: its principal's
``token_hash`` is that of the desktop token, so separation of duties ("not
in the same session") holds across the app and its web view. It ends with
that sign-in: every page request checks that the parent token is still live
(not revoked by logout, deactivation or a password change, not expired).

The cookie is not an API token, nor an API token a cookie: the web session's
``auth_token`` row is labelled ``web-from:<parent hash>``
(:data:`~server.services.auth.WEB_LABEL_PREFIX`), and
:func:`~server.services.auth.authenticate` accepts such a row only for a page
and any other only for the API. The row is also stored under the hash of
``"web:" + cookie`` (:func:`web_token_hash`), so the cookie itself hashes to
nothing.
"""

from __future__ import annotations

import secrets
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.ids import utcnow
from models.tenancy import Tenant, User
from server.api.deps import CurrentUser, DbDep, SettingsDep
from server.api.errors import ApiError
from server.api.schemas import PlainText
from server.services.auth import (
    MAX_TOKEN_LENGTH,
    WEB_LABEL_PREFIX,
    Principal,
    authenticate,
    issue_token,
    revoke,
    token_hash,
)
from server.tables import AuthToken, WebHandover
from server.web.i18n import _
from server.web.templates import message

COOKIE = "kansli_web"
CODE_LIFETIME = timedelta(seconds=60)
WEB_SESSION_HOURS = 8
#: Pages the web view may be handed to.
ALLOWED_PREFIXES = ("/staff/",)
LABEL_PREFIX = WEB_LABEL_PREFIX
#: What a cookie is prefixed with before hashing: its own hash domain.
WEB_HASH_PREFIX = "web:"

api = APIRouter(tags=["web"])
pages = APIRouter(include_in_schema=False)


def web_token_hash(cookie: str) -> str:
    """The stored hash of a web session's cookie (never that of an API token)."""
    return token_hash(WEB_HASH_PREFIX + cookie)


def _live_parent(s: Session, parent_hash: str, now: datetime) -> AuthToken | None:
    """The desktop sign-in a web session came from, if it is still live."""
    return s.scalar(
        select(AuthToken).where(
            AuthToken.token_hash == parent_hash,
            AuthToken.revoked_at.is_(None),
            AuthToken.expires_at > now,
        )
    )


class HandoverIn(BaseModel):
    next: PlainText = Field(min_length=2, max_length=500, description="Path of the page to open")


class HandoverOut(BaseModel):
    url: str
    expires_in: int


def _safe_next(path: str) -> str:
    if not path.startswith(ALLOWED_PREFIXES) or "//" in path or "\\" in path:
        raise ApiError(400, "invalid", "next must be a page of this server", field="next")
    return path


@api.post("/web/handover", response_model=HandoverOut)
def handover(body: HandoverIn, user: CurrentUser, db: DbDep, settings: SettingsDep) -> HandoverOut:
    """A one-time code for the embedded web view to open ``next`` signed in."""
    code = secrets.token_urlsafe(24)
    with db.transaction() as s:
        s.add(
            WebHandover(
                code_hash=token_hash(code),
                user_id=user.user_id,
                tenant_id=user.tenant_id,
                next_path=_safe_next(body.next),
                expires_at=utcnow() + CODE_LIFETIME,
                parent_token_hash=user.token_hash,
            )
        )
    return HandoverOut(
        url=f"{settings.public_base_url}/web/enter?code={code}",
        expires_in=int(CODE_LIFETIME.total_seconds()),
    )


@pages.get("/web/enter")
def enter(
    request: Request,
    db: DbDep,
    settings: SettingsDep,
    code: Annotated[str, Query(max_length=100)] = "",
) -> Response:
    now = utcnow()
    with db.transaction() as s:
        ho = s.scalar(select(WebHandover).where(WebHandover.code_hash == token_hash(code)))
        if ho is None or ho.used_at is not None or ho.expires_at <= now:
            return message(
                request,
                _("This link has expired"),
                _("Open the page again from Kansli."),
                status_code=403,
                tone="bad",
            )
        ho.used_at = now
        parent = _live_parent(s, ho.parent_token_hash, now)
        user, tenant = s.get(User, ho.user_id), s.get(Tenant, ho.tenant_id)
        if parent is None or user is None or tenant is None or not user.active:
            return message(
                request,
                _("You are signed out"),
                _("Sign in to Kansli again."),
                status_code=403,
            )
        token, _expires = issue_token(
            session=s,
            settings=settings,
            user=user,
            tenant=tenant,
            label=f"{LABEL_PREFIX}{parent.token_hash}",
        )
        web_tok = s.scalar(select(AuthToken).where(AuthToken.token_hash == token_hash(token)))
        assert web_tok is not None
        web_tok.token_hash = web_token_hash(token)  # a cookie only, never a bearer token
        web_tok.expires_at = min(parent.expires_at, now + timedelta(hours=WEB_SESSION_HOURS))
        next_path = ho.next_path
    response = RedirectResponse(next_path, status_code=303)
    response.set_cookie(
        COOKIE,
        token,
        max_age=WEB_SESSION_HOURS * 3600,
        httponly=True,
        samesite="strict",
        secure=settings.public_base_url.startswith("https://"),
        path="/",
    )
    return response


class WebSignInRequired(Exception):
    """A staff page was opened without a live web session."""


def web_principal(request: Request, db: DbDep) -> Principal:
    """The signed-in staff member of a web page, from the session cookie.

    Its ``token_hash`` is the desktop sign-in's, for separation of duties.
    """
    cookie = request.cookies.get(COOKIE, "")
    if not cookie or len(cookie) > MAX_TOKEN_LENGTH:
        raise WebSignInRequired
    with db.sessions() as s:
        # ``authenticate`` hashes what it is given: the web hash domain's value; and
        # accepts only a web-session row (never an API token's).
        principal = authenticate(session=s, token=WEB_HASH_PREFIX + cookie, web=True)
        if principal is None:
            raise WebSignInRequired
        label = s.scalar(
            select(AuthToken.client_label).where(AuthToken.token_hash == principal.token_hash)
        )
        if not label or not label.startswith(LABEL_PREFIX):
            raise WebSignInRequired
        parent_hash = label[len(LABEL_PREFIX) :]
        if _live_parent(s, parent_hash, utcnow()) is None:
            raise WebSignInRequired  # the desktop signed out, or its sign-in was revoked
    return replace(principal, token_hash=parent_hash)


WebUser = Annotated[Principal, Depends(web_principal)]


@pages.post("/web/logout")
def logout(request: Request, db: DbDep) -> Response:
    token = request.cookies.get(COOKIE, "")
    if token:
        with db.transaction() as s:
            revoke(session=s, token_hash_value=web_token_hash(token))
    response = message(request, _("Signed out"), _("You can close this window."))
    response.delete_cookie(COOKIE, path="/")
    return response
