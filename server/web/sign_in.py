"""The staff sign-in page (``/web/login?next=/staff/...``): a mailed staff link in any browser.

A staff page opened without a live web session redirects here
(:func:`server.web.session.sign_in_redirect`); after the e-mail address and
password (and, for a user of several organisations, the organisation) the
reader is sent back to ``next``, which is only ever a staff page of this
server (:func:`server.web.session.safe_next_path`).

The sign-in is the API's (:func:`server.services.auth.sign_in`): the same
accounts, the same limits and counters (a failure here counts against the
API's login too), the same refusals; it issues a web session cookie of its own
(:data:`~server.services.auth.WEB_SIGN_IN_LABEL`), a sign-in session of its own
for separation of duties. The form's CSRF token is bound to a pre-session
cookie the page sets, so another site cannot sign a browser in to an account of
its choosing.
"""

from __future__ import annotations

import secrets
from typing import Annotated, Any
from urllib.parse import parse_qsl, urlencode

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from server.api.deps import DbDep, SettingsDep, client_address
from server.services.auth import LoginRefused, revoke, sign_in, web_token_hash
from server.services.database import Database
from server.settings import Settings
from server.web.csrf import PostedForm, checked_form, form_token
from server.web.i18n import _, current_language
from server.web.session import (
    ALLOWED_PREFIXES,
    MAX_NEXT,
    SIGN_IN_PATH,
    host_cookie,
    on_https,
    safe_next_path,
    session_cookie,
    set_page_cookie,
    set_session_cookie,
)
from server.web.templates import message, render

router = APIRouter(include_in_schema=False)

#: The pre-session cookie the sign-in form's CSRF token is bound to.
FORM_COOKIE = "kansli_sign_in"
FORM_COOKIE_SECONDS = 3600
#: The API's limits of the fields (server.api.schemas.LoginIn).
MAX_EMAIL, MAX_PASSWORD, MAX_SLUG = 254, 1024, 64


def _form_cookie(request: Request, settings: Settings) -> str:
    """The browser's pre-session cookie (:func:`host_cookie` of :data:`FORM_COOKIE`)."""
    return request.cookies.get(host_cookie(settings, FORM_COOKIE), "")


def _form_binding(request: Request, settings: SettingsDep) -> str:
    """What the form's CSRF token is bound to: the browser's pre-session cookie (a
    value no page was ever given a token for when the cookie is missing)."""
    cookie = _form_cookie(request, settings)
    if not 20 <= len(cookie) <= 100:
        return f"web-sign-in-none:{secrets.token_hex(16)}"
    return f"web-sign-in:{cookie}"


SignInForm = Annotated[PostedForm, checked_form(_form_binding)]


def _next_path(value: str) -> str | None:
    """The staff page to go back to (:func:`safe_next_path`), None if ``value`` is none
    or longer than :data:`MAX_NEXT` (it would become the Location header)."""
    return safe_next_path(value) if len(value) <= MAX_NEXT else None


def _link_not_valid(request: Request) -> HTMLResponse:
    return message(
        request,
        _("Link not valid"),
        _("This sign-in link does not lead to a page of Kansli."),
        status_code=400,
        tone="bad",
    )


def _page(
    request: Request,
    settings: Settings,
    next_path: str,
    *,
    status: int = 200,
    error: str = "",
    notice: str = "",
    email: str = "",
    tenants: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
) -> HTMLResponse:
    cookie = _form_cookie(request, settings)
    if not 20 <= len(cookie) <= 100:
        cookie = secrets.token_urlsafe(24)
    response = render(
        request,
        "public/sign_in.html",
        status,
        action=SIGN_IN_PATH,
        next_path=next_path,
        csrf_token=form_token(settings, f"web-sign-in:{cookie}"),
        error=error,
        notice=notice,
        email=email,
        tenants=tenants or [],
    )
    response.headers.update(headers or {})
    name = host_cookie(settings, FORM_COOKIE)
    set_page_cookie(
        response, settings, name, cookie, max_age=FORM_COOKIE_SECONDS, path=SIGN_IN_PATH
    )
    return response


@router.get(SIGN_IN_PATH)
def sign_in_page(
    request: Request,
    settings: SettingsDep,
    next: Annotated[str, Query()] = ALLOWED_PREFIXES[0],
) -> HTMLResponse:
    """The form: e-mail address and password, then back to ``next`` (a ``next`` that is
    no staff page or too long answers the "link not valid" page)."""
    next_path = _next_path(next)
    if next_path is None:
        return _link_not_valid(request)
    return _page(request, settings, next_path)


def _in_language(path: str, language: str) -> str:
    """``path`` with its ``lang`` (a mailed link's) set to ``language``: a reader who
    switched the sign-in page's language lands in the language they chose."""
    base, sep, query = path.partition("?")
    if not sep or "#" in query:
        return path
    pairs = parse_qsl(query, keep_blank_values=True)
    if all(key != "lang" for key, _value in pairs):
        return path
    chosen = urlencode([(k, language if k == "lang" else v) for k, v in pairs])
    return safe_next_path(f"{base}?{chosen}") or path


def _refusal_text(refused: LoginRefused) -> str:
    """What the page says of a refused sign-in, in the reader's language."""
    if refused.code == "rate_limited":
        return _("Too many failed sign-in attempts. Try again later.")
    if refused.code == "busy":
        return _("Too many sign-ins at once. Try again in a moment.")
    if refused.code == "tenant_required":
        return _("You belong to several organisations. Choose one and sign in again.")
    if refused.code == "no_access":
        return _(
            "Your account has no role in this organisation that may open staff pages. "
            "Ask your administrator for one."
        )
    return _("Wrong e-mail address or password.")


def _end_web_session(db: Database, cookie: str) -> None:
    """Revoke the web session of ``cookie`` (the browser's earlier one), if any."""
    if cookie:
        with db.transaction() as s:
            revoke(session=s, token_hash_value=web_token_hash(cookie))


@router.post(SIGN_IN_PATH)
async def sign_in_submit(
    request: Request, db: DbDep, settings: SettingsDep, form: SignInForm
) -> Response:
    """Sign in as the API does; a web session cookie and back to ``next``, or the form
    again with why not (a failed attempt stays counted)."""
    next_path = _next_path(form.get("next", ""))
    if next_path is None:
        return _link_not_valid(request)
    email, password = form.get("email", "").strip(), form.get("password", "")
    tenant = form.get("tenant", "").strip() or None
    again: dict[str, Any] = {"email": email[:MAX_EMAIL]}
    if not email or not password or len(email) > MAX_EMAIL or len(password) > MAX_PASSWORD:
        error = _("Enter your e-mail address and password.")
        return _page(request, settings, next_path, status=422, error=error, **again)
    outcome = await sign_in(
        db=db,
        settings=settings,
        gate=request.app.state.hash_gate,
        email=email,
        password=password,
        tenant_slug=tenant[:MAX_SLUG] if tenant else None,
        address=client_address(request),
        web=True,
    )
    if isinstance(outcome, LoginRefused):
        tenants = (outcome.extra or {}).get("tenants", []) if outcome.status == 400 else []
        retry = {"Retry-After": str(outcome.retry_after)} if outcome.retry_after else None
        said = {"notice" if tenants else "error": _refusal_text(outcome)}  # a choice, no error
        return _page(
            request,
            settings,
            next_path,
            status=200 if tenants else outcome.status,
            tenants=tenants,
            headers=retry,
            **said,
            **again,
        )
    previous = session_cookie(request, settings)
    if not outcome.principal.roles:  # no role left in the organisation: no staff pages
        previous, refused = outcome.token, LoginRefused(403, "no_access", "")
    await run_in_threadpool(_end_web_session, db, previous)
    if not outcome.principal.roles:
        error = _refusal_text(refused)
        return _page(request, settings, next_path, status=403, error=error, **again)
    response = RedirectResponse(_in_language(next_path, current_language()), status_code=303)
    # Lax: a mailed staff link (a top-level GET from the mail) opens signed in; every
    # form post carries a CSRF token bound to the session.
    set_session_cookie(response, outcome.token, settings, samesite="lax")
    form_cookie = host_cookie(settings, FORM_COOKIE)
    response.delete_cookie(
        form_cookie,
        path="/" if form_cookie != FORM_COOKIE else SIGN_IN_PATH,
        secure=on_https(settings),
        httponly=True,
    )
    return response
