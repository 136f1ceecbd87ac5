"""The alumni office's public pages (seed 001): registering, and terminating the membership.

- ``/alumni/{slug}/register``: the registration form. A valid form is
  stored ``received`` and answered with a thank-you page at once; the
  automatic check runs after the answer has gone (and the worker retries
  anything that failed), so it never holds up or fails the form.
- ``/alumni/{slug}/unregister``: asks for the e-mail address and mails a
  single-purpose link to it, answering the same whether or not the address
  is registered, and in the same time: the answer goes first, the lookup and
  the mail are made after it (:func:`_send_link_later`), so how long the
  answer takes says nothing of the address either.
- ``/alumni/{slug}/unregister/{token}``: the page behind that link, with the
  "Terminate membership" box.
- ``/alumni/{slug}/confirm/{token}``: the person confirms contact details a
  registration proposed for their profile, from a link mailed to an address
  the profile already had (:mod:`server.services.alumni.confirmation`).

CSRF: the anonymous forms use a signed double-submit cookie (a random value
in an HttpOnly cookie, the form carries its HMAC); the link page's form is
bound to the link token, which only the mailbox's owner has.
"""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool

from models import validators
from models.alumni_proposals import proposed_address
from models.errors import NotFoundError, ValidationError
from models.ids import utcnow
from models.tenancy import Tenant
from server.api.deps import DbDep, SettingsDep, client_address
from server.i18n import current_language, use_language
from server.services.alumni.confirmation import ADDRESS_NAME, confirm_by_link, confirmation_link
from server.services.alumni.forms import (
    AlumniFormError,
    request_unregister_link,
    unregister_by_link,
    unregister_link,
)
from server.services.alumni.public import (
    MAX_INTAKE_BYTES,
    submit_registration,
    tenant_by_public_slug,
    unregister_limiter,
)
from server.services.alumni.worker import process_now, sources_of
from server.services.approval import LinkProblem
from server.services.auth import token_hash
from server.services.database import Database
from server.services.rate_limits import RateLimited
from server.settings import Settings
from server.web.csrf import PostedForm, checked_form, form_token
from server.web.i18n import N_, _, domain_text, ngettext
from server.web.templates import message, render

router = APIRouter(include_in_schema=False)
log = logging.getLogger("kansli.alumni")

FORM_COOKIE = "kansli_form"
#: The registration form's fields with their labels, in the order shown.
FIELDS = (
    ("first_name", N_("First name")),
    ("last_name", N_("Last name")),
    ("email", N_("E-mail address")),
    ("personnummer", N_("Personnummer (optional)")),
    ("phone", N_("Phone")),
    ("program", N_("Program")),
    ("graduation_year", N_("Graduation year")),
    ("street", N_("Street address")),
    ("postal_code", N_("Postal code")),
    ("city", N_("City")),
    ("country", N_("Country")),
)
#: The countries the form offers for the address (the service takes any two letters).
COUNTRIES = (
    ("SE", N_("Sweden")),
    ("NO", N_("Norway")),
    ("DK", N_("Denmark")),
    ("FI", N_("Finland")),
    ("IS", N_("Iceland")),
    ("DE", N_("Germany")),
    ("GB", N_("United Kingdom")),
    ("NL", N_("Netherlands")),
    ("FR", N_("France")),
    ("ES", N_("Spain")),
    ("PL", N_("Poland")),
    ("US", N_("United States")),
)
_LABELS = {**dict(FIELDS), "personnummer": N_("Personnummer")}
_CSRF_PROBLEM = N_(
    "The form had expired or did not come from this site. Check the details and send again."
)
#: The field errors of the registration service that name no field ("is required"), as
#: sentences with the field's label; any other message is shown as the service wrote it.
_FIELD_SENTENCES = (
    (re.compile(r"is required"), N_("{label} is required")),
    (re.compile(r"must be text"), N_("{label} must be text")),
    (
        re.compile(r"is longer than (?P<n>\d+) characters"),
        N_("{label} is longer than {n} characters"),
    ),
    (
        re.compile(r"must not contain a NUL character"),
        N_("{label} must not contain a NUL character"),
    ),
    (re.compile(r"must be a year such as 2015"), N_("{label} must be a year such as 2015")),
    (
        re.compile(r"is required with an address"),
        N_("{label} is required when you give an address"),
    ),
    (
        re.compile(r"must be between (?P<low>\d+) and (?P<high>\d+)"),
        N_("{label} must be between {low} and {high}"),
    ),
)


# -- helpers ------------------------------------------------------------------------


def _browser_key(request: Request) -> tuple[str, bool]:
    """The form cookie's value, or a new one (True: it must be set)."""
    value = request.cookies.get(FORM_COOKIE, "")
    if 20 <= len(value) <= 100 and value.isascii() and value.isprintable():
        return value, False
    return secrets.token_urlsafe(24), True


def _form_binding(slug: str, key: str) -> str:
    return f"alumni-form:{slug.strip().lower()}:{key}"


def _link_binding(token: str) -> str:
    return f"alumni-unregister:{token_hash(token)}"


def _form_page(
    request: Request,
    settings: Settings,
    template: str,
    slug: str,
    status_code: int = 200,
    **context: Any,
) -> HTMLResponse:
    """A page with an anonymous form: a CSRF token bound to the browser's form cookie."""
    key, new = _browser_key(request)
    response = render(
        request,
        template,
        status_code,
        csrf_token=form_token(settings, _form_binding(slug, key)),
        action=request.url.path,
        **context,
    )
    if new:
        response.set_cookie(
            FORM_COOKIE,
            key,
            max_age=24 * 3600,
            httponly=True,
            samesite="lax",
            secure=settings.public_base_url.startswith("https://"),
            path="/alumni/",
        )
    return response


def _form_bound(slug: str, request: Request) -> str:
    """What a public form's CSRF token is bound to: the tenant and the browser's form cookie."""
    return _form_binding(slug, request.cookies.get(FORM_COOKIE, ""))


def _posted_form(binding: Callable[..., str]) -> Any:
    """The posted form by the pages' one reader (an unreadable one is ``BadForm``, a 4xx
    page), its CSRF token checked against ``binding`` and left in ``csrf_ok``: the page
    says an unknown tenant before a wrong token (:func:`server.web.csrf.checked_form`)."""
    return checked_form(binding, limit=MAX_INTAKE_BYTES, deferred=True)


#: The posted register and unregister-request forms.
PublicForm = Annotated[PostedForm, _posted_form(_form_bound)]


def _fields() -> list[tuple[str, str]]:
    """The form's fields with their labels in the page's language."""
    return [(name, _(label)) for name, label in FIELDS]


def _countries() -> list[tuple[str, str]]:
    """The address's countries, named in the page's language."""
    return [(code, _(name)) for code, name in COUNTRIES]


def _field_message(error: ValidationError) -> str:
    """A message to show next to its field: "is required" becomes "First name is required"."""
    text = error.message
    if not text[:1].islower():
        return domain_text(error)
    label = _(_LABELS[error.field]) if error.field in _LABELS else _("This field")
    for pattern, sentence in _FIELD_SENTENCES:
        found = pattern.fullmatch(text)
        if found:
            return _(sentence).format(label=label, **found.groupdict())
    return f"{label} {text}"


class NoAlumniPages(Exception):
    """The address names no organisation with alumni pages: :func:`not_found` answers."""


def _public_tenant(slug: str, db: DbDep) -> Tenant:
    with db.sessions() as session:
        try:
            return tenant_by_public_slug(session, slug)
        except NotFoundError:
            raise NoAlumniPages from None


#: The organisation of the page's ``{slug}``; else the page is :func:`not_found`.
PublicTenant = Annotated[Tenant, Depends(_public_tenant)]


@dataclass(frozen=True)
class _PublicPost:
    """A post of a public form (register, unregister request), as a dependency: the form
    (read first, its CSRF token checked into ``fields.csrf_ok``), then the organisation of
    ``{slug}``, and what the answer needs."""

    request: Request
    slug: str
    db: DbDep
    settings: SettingsDep
    fields: PublicForm
    tenant: PublicTenant

    def again(self, template: str, **context: Any) -> Callable[..., HTMLResponse]:
        """The form page again with ``context`` (what was filled in):
        ``again(status_code, **what the page says)``."""
        return partial(
            _form_page,
            self.request,
            self.settings,
            template,
            self.slug,
            tenant=self.tenant,
            **context,
        )


PublicPost = Annotated[_PublicPost, Depends()]


def not_found(request: Request) -> HTMLResponse:
    """The page of an address with no alumni pages (the answer to :class:`NoAlumniPages`)."""
    return message(
        request,
        _("Page not found"),
        _("There is no alumni registration at this address. Check the link you followed."),
        status_code=404,
        tone="bad",
    )


def _too_many(request: Request, exc: RateLimited) -> HTMLResponse:
    response = message(
        request,
        _("Too many attempts"),
        ngettext(
            "Too many forms were sent from your network. Try again in {n} second.",
            "Too many forms were sent from your network. Try again in {n} seconds.",
            exc.retry_after,
        ).format(n=exc.retry_after),
        status_code=429,
        tone="bad",
    )
    response.headers["Retry-After"] = str(exc.retry_after)
    return response


def _expired_link_form(request: Request) -> HTMLResponse:
    """The answer to a mailed link's form whose token is not bound to the link."""
    return message(
        request, _("The form has expired"), _(_CSRF_PROBLEM), status_code=403, tone="bad"
    )


# -- registering --------------------------------------------------------------------


@router.get("/alumni/{slug}/register")
def register_page(
    request: Request, slug: str, tenant: PublicTenant, settings: SettingsDep
) -> HTMLResponse:
    return _form_page(
        request,
        settings,
        "alumni/register.html",
        slug,
        tenant=tenant,
        fields=_fields(),
        countries=_countries(),
        values={},
    )


@router.post("/alumni/{slug}/register")
async def register_submit(post: PublicPost) -> HTMLResponse:
    request, db = post.request, post.db
    values = {name: post.fields.get(name, "") for name, _label in FIELDS}
    again = post.again(
        "alumni/register.html", fields=_fields(), countries=_countries(), values=values
    )
    language = current_language()  # the page's: the outcome is told in it

    if not post.fields.csrf_ok:
        return again(403, problem=_(_CSRF_PROBLEM))
    try:
        registration_id = await run_in_threadpool(
            lambda: submit_registration(
                db,
                post.slug,
                {**values, "language": language},
                address=client_address(request),
                settings=post.settings,
            )
        )
    except NotFoundError:
        return not_found(request)
    except RateLimited as exc:
        return _too_many(request, exc)
    except AlumniFormError as exc:
        errors = {e.field or "form": _field_message(e) for e in reversed(exc.errors)}
        return again(
            422, errors=errors, problem=_("Correct the fields marked below and send again.")
        )
    response = message(
        request,
        _("Thank you for registering"),
        _(
            "Your registration as an alumnus of {organisation} has been received. "
            "We check it against our records; you do not need to do anything more."
        ).format(organisation=post.tenant.name),
        tone="ok",
    )
    response.background = BackgroundTask(
        process_now, db, sources_of(request.app.state, db), registration_id, post.settings
    )
    return response


# -- terminating the membership -------------------------------------------------------


@router.get("/alumni/{slug}/unregister")
def unregister_page(
    request: Request, slug: str, tenant: PublicTenant, settings: SettingsDep
) -> HTMLResponse:
    return _form_page(request, settings, "alumni/unregister_request.html", slug, tenant=tenant)


def _send_link_later(
    db: Database, settings: Settings, tenant_id: str, email: str, language: str, wake: Any
) -> None:
    """After the answer: mail the termination link if ``email`` has a membership; never raises.

    Runs as the response's background task, so the answer to a known address and
    to an unknown one cost the same.
    """
    try:
        with use_language(language), db.transaction() as session:
            tenant = session.get(Tenant, tenant_id)
            if tenant is not None:
                request_unregister_link(
                    session=session, settings=settings, tenant=tenant, email=email, now=utcnow()
                )
    except Exception as exc:  # nobody waits for it; no personal data in the log
        log.warning("alumni termination link: not sent (%s)", type(exc).__name__)
    finally:
        if wake is not None:  # the mail worker; woken alike whether or not a mail was queued
            wake()


@router.post("/alumni/{slug}/unregister")
async def unregister_request(post: PublicPost) -> HTMLResponse:
    request, fields, tenant = post.request, post.fields, post.tenant
    email = fields.get("email", "").strip()
    again = post.again("alumni/unregister_request.html", email=email)

    if not fields.csrf_ok:
        return again(403, problem=_(_CSRF_PROBLEM))
    # Only what does not depend on the address having a membership happens before the
    # answer: the limit per client and the form of the address.
    try:
        unregister_limiter.hit(f"{tenant.id}:{client_address(request)}")
        address = validators.normalize_email(email, field="email")
    except RateLimited as exc:
        return _too_many(request, exc)
    except ValidationError as exc:
        return again(422, error=domain_text(exc) if email else _("Enter your e-mail address"))
    mail_worker = getattr(request.app.state, "worker", None)
    # The same answer whether or not the address has a membership, in the same time:
    # the lookup and the mail come after it.
    response = message(
        request,
        _("Check your mailbox"),
        _(
            "If {email} belongs to an alumni membership of {organisation}, we have sent a link "
            "to it. Open the link to terminate the membership; it works for 48 hours."
        ).format(email=email, organisation=tenant.name),
    )
    response.background = BackgroundTask(
        _send_link_later,
        post.db,
        post.settings,
        tenant.id,
        address,
        current_language(),
        mail_worker.wake if mail_worker is not None else None,
    )
    return response


def _confirm_page(
    request: Request, settings: Settings, tenant: Tenant, email: str, token: str, **extra: Any
) -> HTMLResponse:
    status_code = int(extra.pop("status_code", 200))
    return render(
        request,
        "alumni/unregister_confirm.html",
        status_code,
        tenant=tenant,
        email=email,
        csrf_token=form_token(settings, _link_binding(token)),
        action=request.url.path,
        **extra,
    )


@dataclass(frozen=True)
class _LinkPost:
    """A post of the form behind a mailed link (``{token}``), as a dependency: the form
    (read first, its CSRF token checked against the link into ``fields.csrf_ok``), then
    the organisation of ``{slug}``. Each link's subclass names its binding in ``fields``."""

    request: Request
    token: str
    db: DbDep
    settings: SettingsDep
    fields: PostedForm
    tenant: PublicTenant


@dataclass(frozen=True)
class _UnregisterPost(_LinkPost):
    """The termination link's form."""

    fields: Annotated[PostedForm, _posted_form(_link_binding)]


def _link_email(session: Session, token: str, tenant_id: str) -> str:
    return unregister_link(session, token, tenant_id=tenant_id, now=utcnow()).email


def _link_problem(request: Request, exc: LinkProblem) -> HTMLResponse:
    return message(
        request, _("This link cannot be used"), domain_text(exc), status_code=403, tone="bad"
    )


@router.get("/alumni/{slug}/unregister/{token}")
def unregister_link_page(
    request: Request, token: str, db: DbDep, settings: SettingsDep, tenant: PublicTenant
) -> HTMLResponse:
    try:
        with db.sessions() as session:
            email = _link_email(session, token, tenant.id)
    except LinkProblem as exc:
        return _link_problem(request, exc)
    return _confirm_page(request, settings, tenant, email, token)


def _terminate(
    db: Database, settings: Settings, token: str, tenant_id: str, ticked: bool
) -> tuple[str, str]:
    """(the link's address, "" when terminated or why nothing was done)."""
    with db.transaction() as session:
        email = _link_email(session, token, tenant_id)
        try:
            unregister_by_link(
                session=session,
                settings=settings,
                token=token,
                tenant_id=tenant_id,
                terminate_membership=ticked,
                now=utcnow(),
            )
        except ValidationError as exc:  # refused before anything was written
            return email, domain_text(exc)
        return email, ""


@router.post("/alumni/{slug}/unregister/{token}")
async def unregister_link_submit(post: Annotated[_UnregisterPost, Depends()]) -> HTMLResponse:
    request, settings, token, tenant = post.request, post.settings, post.token, post.tenant
    if not post.fields.csrf_ok:
        return _expired_link_form(request)
    ticked = post.fields.get("terminate_membership") == "yes"
    try:
        email, refused = await run_in_threadpool(
            _terminate, post.db, settings, token, tenant.id, ticked
        )
    except LinkProblem as exc:
        return _link_problem(request, exc)
    if refused:
        return _confirm_page(
            request, settings, tenant, email, token, error=refused, status_code=422
        )
    mail_worker = getattr(request.app.state, "worker", None)
    if mail_worker is not None:  # the notice to the member's addresses
        mail_worker.wake()
    return message(
        request,
        _("Your membership is terminated"),
        _(
            "The alumni membership of {email} at {organisation} has ended. "
            "Thank you for the time you were with us."
        ).format(email=email, organisation=tenant.name),
        tone="ok",
    )


# -- confirming proposed contact details ----------------------------------------------

_PROPOSED_LABELS = (
    ("email", N_("E-mail address")),
    ("phone", N_("Phone")),
    ("personnummer", N_("Personnummer")),
)


def _confirm_binding(token: str) -> str:
    return f"alumni-confirm:{token_hash(token)}"


def _proposed_details(db: Database, token: str, tenant_id: str) -> list[tuple[str, str]]:
    with db.sessions() as session:
        _link, reg = confirmation_link(session, token, tenant_id=tenant_id, now=utcnow())
        proposed = reg.proposed if isinstance(reg.proposed, dict) else {}
        details = [(_(label), str(proposed[k])) for k, label in _PROPOSED_LABELS if proposed.get(k)]
        address = proposed_address(proposed)
        return details + ([(_(ADDRESS_NAME), address)] if address else [])


@router.get("/alumni/{slug}/confirm/{token}")
def confirm_details_page(
    request: Request, token: str, db: DbDep, settings: SettingsDep, tenant: PublicTenant
) -> HTMLResponse:
    try:
        details = _proposed_details(db, token, tenant.id)
    except LinkProblem as exc:
        return _link_problem(request, exc)
    return render(
        request,
        "alumni/confirm_details.html",
        tenant=tenant,
        details=details,
        csrf_token=form_token(settings, _confirm_binding(token)),
        action=request.url.path,
    )


@dataclass(frozen=True)
class _ConfirmPost(_LinkPost):
    """The confirmation link's form."""

    fields: Annotated[PostedForm, _posted_form(_confirm_binding)]


def _confirm(db: Database, token: str, tenant_id: str, settings: Settings) -> None:
    with db.transaction() as session:
        confirm_by_link(
            session=session, token=token, tenant_id=tenant_id, now=utcnow(), settings=settings
        )


@router.post("/alumni/{slug}/confirm/{token}")
async def confirm_details_submit(post: Annotated[_ConfirmPost, Depends()]) -> HTMLResponse:
    request, tenant = post.request, post.tenant
    if not post.fields.csrf_ok:
        return _expired_link_form(request)
    try:
        await run_in_threadpool(_confirm, post.db, post.token, tenant.id, post.settings)
    except LinkProblem as exc:
        return _link_problem(request, exc)
    return message(
        request,
        _("Thank you"),
        _("Your new contact details are added to your profile at {organisation}.").format(
            organisation=tenant.name
        ),
        tone="ok",
    )
