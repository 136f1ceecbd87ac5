"""The public sign-up page of a round: ``GET/POST /signup/{form_id}``.

Only published forms of open rounds answer. Answers are checked with the
domain's validators, and errors are shown next to their fields with what
was typed kept. A sign-up creates (or finds by e-mail) the participant,
the registration, a confirmation mail and, when the form asks for it, the
request to the approving manager (:mod:`server.services.signup`).

Abuse: the CSRF token is an HMAC of the form id and a random nonce kept in
an HttpOnly cookie (a cross-site page can read neither), bodies are capped,
and submissions are rate-limited per client address and form.
"""

from __future__ import annotations

import secrets

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session

from models.errors import PermissionDenied
from models.ids import utcnow
from server.api.deps import DbDep, SettingsDep, client_address
from server.services.booking import REVIEW_TEXT, WAITING_PRICE
from server.services.database import Database
from server.services.rate_limits import RateLimited, RateLimiter
from server.services.seq import lock_tenant
from server.services.signup import (
    WAITING_TEXT,
    PublicForm,
    SignupResult,
    SignupUnavailable,
    check_answers,
    load_form,
    load_preview,
    sign_up,
)
from server.settings import Settings
from server.web.csrf import check_csrf, csrf_token
from server.web.forms import read_form
from server.web.i18n import _, ngettext
from server.web.prices import RoundPrice, price_lines, reason_texts, round_price
from server.web.session import WebUser
from server.web.staff import PREVIEW_ROLES, preview_refused
from server.web.templates import message, render

router = APIRouter(include_in_schema=False)

NONCE_COOKIE = "kansli_signup"
NONCE_MAX_AGE = 12 * 3600
MAX_SIGNUP_BYTES = 32 * 1024
#: Submissions per client address and form within the window (errors count too).
RATE_LIMIT = 30
RATE_WINDOW_SECONDS = 600.0


limiter = RateLimiter(RATE_LIMIT, RATE_WINDOW_SECONDS)


def _binding(form_id: str, nonce: str) -> str:
    return f"signup:{form_id}:{nonce}"


def _nonce(request: Request) -> str:
    nonce = request.cookies.get(NONCE_COOKIE, "")
    return nonce if 16 <= len(nonce) <= 64 and nonce.isascii() else secrets.token_urlsafe(24)


def _unavailable(request: Request, exc: SignupUnavailable) -> HTMLResponse:
    heading = _("Sign-up is closed") if exc.status == 410 else _("Sign-up form not found")
    return message(request, heading, exc.message, status_code=exc.status, tone="bad")


def _form_page(
    request: Request,
    public: PublicForm,
    settings: Settings,
    *,
    status: int = 200,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    top_error: str | None = None,
    preview: bool = False,
    price: RoundPrice | None = None,
) -> HTMLResponse:
    if preview:
        # Staff look at the page; nothing is sent from it (no token, no cookie).
        return render(
            request, "public/signup.html", status, public=public, action="", csrf_token="",
            values={}, errors={}, top_error=None, preview=True, price=price,
        )  # fmt: skip
    nonce = _nonce(request)
    secret = settings.secret_key.get_secret_value()
    response = render(
        request,
        "public/signup.html",
        status,
        public=public,
        action=f"/signup/{public.form.id}",
        csrf_token=csrf_token(secret, _binding(public.form.id, nonce)),
        values=values or {},
        errors=errors or {},
        top_error=top_error,
        price=price,
    )
    response.set_cookie(
        NONCE_COOKIE,
        nonce,
        max_age=NONCE_MAX_AGE,
        httponly=True,
        samesite="lax",
        secure=settings.public_base_url.startswith("https://"),
        path="/signup/",
    )
    return response


def _price(session: Session, public: PublicForm) -> RoundPrice | None:
    return round_price(session, public.tenant_id, public.round)


@router.get("/signup/{form_id}")
def signup_page(request: Request, form_id: str, db: DbDep, settings: SettingsDep) -> HTMLResponse:
    """The form: banner, heading, intro and its questions."""
    with db.sessions() as s:
        try:
            public = load_form(s, form_id, today=utcnow().date())
        except SignupUnavailable as exc:
            return _unavailable(request, exc)
        return _form_page(request, public, settings, price=_price(s, public))


@router.get("/staff/preview/signup/{form_id}")
def signup_preview(
    request: Request, form_id: str, user: WebUser, db: DbDep, settings: SettingsDep
) -> HTMLResponse:
    """The sign-up page of one of the tenant's forms exactly as the public sees it, also
    before it is published or once its round closed, for the tenant's course staff (the
    desktop's form editor shows it); sending is turned off. Other staff: not allowed;
    another tenant's form: not found."""
    # Who may preview a form before it is published: who may edit it (not agents' users).
    if user.agent_id is not None or not user.roles & PREVIEW_ROLES:
        return preview_refused(
            request,
            _("Only administrators and course administrators can preview the sign-up form."),
        )
    with db.sessions() as s:
        try:
            public = load_preview(s, form_id, tenant_id=user.tenant_id)
        except SignupUnavailable as exc:
            return _unavailable(request, exc)
        return _form_page(request, public, settings, preview=True, price=_price(s, public))


def _thanks(request: Request, public: PublicForm, email: str, done: SignupResult) -> HTMLResponse:
    parts = [
        _("Your registration for {course} ({round}) is received.").format(
            course=public.course.name, round=public.round.name
        )
    ]
    if done.waiting:
        parts.append(_(WAITING_TEXT))
    if public.form.confirmation_text.strip() and not done.duplicate:
        parts.append(public.form.confirmation_text.strip())
    parts.append(_("A confirmation is on its way to {email}.").format(email=email))
    if done.manager_asked:
        parts.append(
            _("Your approving manager ({manager}) gets an e-mail to approve it.").format(
                manager=done.manager_asked
            )
        )
    breakdown = done.breakdown
    priced = breakdown is not None and any(line.amount for line in breakdown.lines)
    if not (priced or done.review):
        return message(request, _("Thank you for signing up"), " ".join(parts), tone="ok")
    return render(
        request,
        "public/signup_thanks.html",
        text=" ".join(parts),
        reasons=reason_texts(done.reasons),
        review_text=_(REVIEW_TEXT),
        lines=price_lines(breakdown) if breakdown and priced else [],
        to_pay=breakdown.to_pay if breakdown else 0,
        waiting=done.waiting,
        waiting_price=_(WAITING_PRICE),
    )


def _submit(
    request: Request, form_id: str, values: dict[str, str], db: Database, settings: Settings
) -> HTMLResponse:
    secret = settings.secret_key.get_secret_value()
    nonce = request.cookies.get(NONCE_COOKIE, "")
    with db.sessions() as s:
        try:
            public = load_form(s, form_id, today=utcnow().date())
        except SignupUnavailable as exc:
            return _unavailable(request, exc)
        try:
            check_csrf(secret, _binding(form_id, nonce), values.get("csrf_token"))
        except PermissionDenied:
            return _form_page(
                request,
                public,
                settings,
                price=_price(s, public),
                status=403,
                values=values,
                top_error=_(
                    "The page had expired, so nothing was sent. Check your answers "
                    "and press Sign up again."
                ),
            )
        signup, errors = check_answers(public, values)
        if signup is None:
            return _form_page(
                request, public, settings, status=422, values=values, errors=errors,
                price=_price(s, public),
            )  # fmt: skip
    now = utcnow()
    try:
        with db.transaction() as s:
            lock_tenant(s, public.tenant_id)
            current = load_form(s, form_id, today=now.date())  # still open, under the lock
            done = sign_up(session=s, public=current, signup=signup, settings=settings, now=now)
    except SignupUnavailable as exc:
        return _unavailable(request, exc)
    return _thanks(request, public, signup.email, done)


def too_many(request: Request, exc: RateLimited) -> HTMLResponse:
    """The page of a sign-up (or booking) refused by its rate limit (429, Retry-After)."""
    wait = exc.retry_after
    minutes = wait // 60 + 1
    response = message(
        request,
        _("Too many attempts"),
        ngettext(
            "Too many sign-ups were sent from your network. Try again in {n} minute.",
            "Too many sign-ups were sent from your network. Try again in {n} minutes.",
            minutes,
        ).format(n=minutes),
        status_code=429,
        tone="bad",
    )
    response.headers["Retry-After"] = str(wait)
    return response


@router.post("/signup/{form_id}")
async def signup_submit(
    request: Request, form_id: str, db: DbDep, settings: SettingsDep
) -> HTMLResponse:
    """A submitted sign-up: the form again with errors, or a thank-you page."""
    try:
        limiter.hit(f"{client_address(request)}|{form_id[:64]}")
    except RateLimited as exc:
        return too_many(request, exc)
    # An unreadable form raises BadForm, answered with server.web.forms' page.
    values = await read_form(request, limit=MAX_SIGNUP_BYTES)
    return await run_in_threadpool(_submit, request, form_id, values, db, settings)
