"""Handing the desktop's sign-in over to its embedded web view.

The desktop asks ``POST /api/v1/web/handover`` (bearer token) for a one-time
code; the web view opens ``/web/enter?code=...``, which trades the code for
an HttpOnly session cookie and redirects to the page asked for. The bearer
token never appears in a URL, and the code is worthless after one use or 60
seconds.

A handed-over web session belongs to the desktop sign-in it came from: its principal's
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

A web sign-in of its own (the staff sign-in page, :mod:`server.web.sign_in`) is a
row labelled :data:`~server.services.auth.WEB_SIGN_IN_LABEL`: its principal's
``token_hash`` is its own, so separation of duties holds per web sign-in. A
staff page opened without a live web session redirects to that page
(:func:`sign_in_redirect`), which sends the reader back to the page after
signing in; only paths of staff pages are ever redirected to (:func:`safe_next_path`).
"""

from __future__ import annotations

import secrets
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Annotated, Literal
from urllib.parse import unquote, urlencode

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
    WEB_HASH_PREFIX,
    WEB_LABEL_PREFIX,
    WEB_SESSION_HOURS,
    WEB_SIGN_IN_LABEL,
    Principal,
    authenticate,
    issue_web_session,
    revoke,
    token_hash,
    web_token_hash,
)
from server.settings import Settings
from server.tables import AuthToken, WebHandover
from server.web.i18n import _
from server.web.templates import message

COOKIE = "kansli_web"
CODE_LIFETIME = timedelta(seconds=60)
#: Pages the web view may be handed to, and the sign-in page may send back to.
ALLOWED_PREFIXES = ("/staff/",)
LABEL_PREFIX = WEB_LABEL_PREFIX
#: The staff sign-in page (:mod:`server.web.sign_in`).
SIGN_IN_PATH = "/web/login"
#: The longest page path (and query) the sign-in page sends back to, and a handover opens.
MAX_NEXT = 500

api = APIRouter(tags=["web"])
pages = APIRouter(include_in_schema=False)


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
    next: PlainText = Field(
        min_length=2, max_length=MAX_NEXT, description="Path of the page to open"
    )


class HandoverOut(BaseModel):
    url: str
    expires_in: int


def safe_next_path(path: str) -> str | None:
    """``path`` if it is the path (and query) of a staff page of this server, else None.

    Never another site (``//host``, ``https://``, a backslash), never a path that
    leaves ``/staff/`` once a browser resolves it (``/staff/../api``, also
    percent-encoded, as browsers read ``%2e%2e``), never a raw control character.
    """
    target = path.split("?", 1)[0].split("#", 1)[0]
    decoded = unquote(target)
    if (
        not path.startswith(ALLOWED_PREFIXES)
        or not decoded.startswith(ALLOWED_PREFIXES)
        or "//" in decoded
        or "\\" in unquote(path)
        or any(ord(c) < 0x20 or ord(c) == 0x7F for c in path)  # percent-encoded: harmless
        or any(part in (".", "..") for part in decoded.split("/"))
    ):
        return None
    return path


def _safe_next(path: str) -> str:
    safe = safe_next_path(path)
    if safe is None:
        raise ApiError(400, "invalid", "next must be a page of this server", field="next")
    return safe


def on_https(settings: Settings) -> bool:
    """True when the server is reached over https (its cookies are then Secure)."""
    return settings.public_base_url.startswith("https://")


def host_cookie(settings: Settings, name: str) -> str:
    """The name of the sign-in cookies (:data:`COOKIE`, the sign-in form's): on https with
    the ``__Host-`` prefix, which browsers accept only Secure, for ``Path=/`` and without
    a Domain, so a sibling subdomain cannot toss a cookie of that name onto this host; the
    plain name on http (development, the tests)."""
    return f"__Host-{name}" if on_https(settings) else name


def session_cookie(request: Request, settings: Settings) -> str:
    """The browser's web session cookie (:func:`host_cookie` of :data:`COOKIE`), or ""."""
    return request.cookies.get(host_cookie(settings, COOKIE), "")


def set_page_cookie(
    response: Response,
    settings: Settings,
    name: str,
    value: str,
    *,
    max_age: int,
    samesite: Literal["strict", "lax"] = "strict",
    path: str = "/",
) -> None:
    """Set a cookie of the pages: HttpOnly, Secure when the server is https; a
    ``__Host-`` cookie always for ``Path=/``, as browsers require."""
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        httponly=True,
        samesite=samesite,
        secure=on_https(settings),
        path="/" if name.startswith("__Host-") else path,
    )


def set_session_cookie(
    response: Response,
    cookie: str,
    settings: Settings,
    *,
    samesite: Literal["strict", "lax"] = "strict",
) -> None:
    """Give the browser its web session (:data:`COOKIE`)."""
    name = host_cookie(settings, COOKIE)
    set_page_cookie(
        response, settings, name, cookie, max_age=WEB_SESSION_HOURS * 3600, samesite=samesite
    )


def sign_in_redirect(request: Request) -> RedirectResponse:
    """To the sign-in page, which sends the reader back to this page (a GET; after a
    form post, to the staff start page), in the language asked for."""
    query = request.url.query
    here = request.url.path + (f"?{query}" if query else "")
    back = (
        safe_next_path(here)
        if request.method in ("GET", "HEAD") and len(here) <= MAX_NEXT
        else None
    )
    params = {"next": back or ALLOWED_PREFIXES[0]}
    lang = request.query_params.get("lang")
    if lang:
        params["lang"] = lang
    return RedirectResponse(f"{SIGN_IN_PATH}?{urlencode(params)}", status_code=303)


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
        token, _web = issue_web_session(
            session=s,
            user=user,
            tenant=tenant,
            label=f"{LABEL_PREFIX}{parent.token_hash}",
            expires_at=min(parent.expires_at, now + timedelta(hours=WEB_SESSION_HOURS)),
        )
        next_path = ho.next_path
    response = RedirectResponse(next_path, status_code=303)
    set_session_cookie(response, token, settings)
    return response


class WebSignInRequired(Exception):
    """A staff page was opened without a live web session (answered with
    :func:`sign_in_redirect`)."""


def web_principal(request: Request, db: DbDep, settings: SettingsDep) -> Principal:
    """The signed-in staff member of a web page, from the session cookie.

    Its ``token_hash`` is the desktop sign-in's for a handed-over session, its own
    for a web sign-in: separation of duties holds per sign-in. A web sign-in's
    pages offer to sign out (``request.state.web_sign_in``).
    """
    cookie = session_cookie(request, settings)
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
        if label == WEB_SIGN_IN_LABEL:
            request.state.web_sign_in = True
            request.state.signed_in_as = principal.display_name or principal.email
            return principal  # a sign-in of its own: authenticate checked it is live
        if not label or not label.startswith(LABEL_PREFIX):
            raise WebSignInRequired
        parent_hash = label[len(LABEL_PREFIX) :]
        if _live_parent(s, parent_hash, utcnow()) is None:
            raise WebSignInRequired  # the desktop signed out, or its sign-in was revoked
    return replace(principal, token_hash=parent_hash)


WebUser = Annotated[Principal, Depends(web_principal)]


@pages.post("/web/logout")
def logout(request: Request, db: DbDep, settings: SettingsDep) -> Response:
    token = session_cookie(request, settings)
    if token:
        with db.transaction() as s:
            revoke(session=s, token_hash_value=web_token_hash(token))
    response = message(request, _("Signed out"), _("You can close this window."))
    response.delete_cookie(
        host_cookie(settings, COOKIE), path="/", secure=on_https(settings), httponly=True
    )
    return response
