"""The approving manager's page (``/approve/{token}``) and the staff preview of it.

GET shows the registration behind the link; POST approves it with the two
consents, in one transaction that takes the tenant's lock, so two submits of
one link (or of two links for one registration) cannot both approve. Every
refusal is a page in plain words, and changes nothing:

- forged link: 404; used or expired link: 410 (:class:`LinkProblem`);
- the link's address is no longer the approving manager's: 403;
- the registration is already approved (through another link): 409;
- a consent box not ticked, or the terms changed meanwhile: the page again
  with the error next to the form, 422;
- a form without a valid CSRF token (bound to the link): 403.

The preview (``/staff/preview/registrations/{id}``) renders the same
template for signed-in staff, read-only, and creates or uses no link.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import RegistrationStatus
from models.errors import PermissionDenied, TransitionError, ValidationError
from models.ids import utcnow
from server.api.deps import DbDep, SettingsDep
from server.services.approval import (
    LINK_PURPOSE,
    ApprovalPage,
    LinkProblem,
    approval_page,
    manager_emails,
    personal_data_consent,
    preview_page,
    submit_approval,
)
from server.services.auth import token_hash
from server.services.consent import consent_recorded
from server.services.database import Database
from server.services.round_notices import registration_approved
from server.services.seq import lock_tenant
from server.settings import Settings
from server.tables import LinkToken
from server.web.csrf import PostedForm, checked_form, form_token
from server.web.i18n import N_, _, current_language, domain_text, format_date
from server.web.session import WebUser
from server.web.staff import PREVIEW_ROLES, preview_refused
from server.web.templates import message, render

router = APIRouter(include_in_schema=False)

NOTHING_CHANGED = N_("Nothing was changed.")


def csrf_binding(token: str) -> str:
    """What the manager form's CSRF token is bound to: this one link."""
    return f"approve:{token_hash(token)}"


def _link_problem_page(
    request: Request, session: Session, token: str, exc: LinkProblem
) -> HTMLResponse:
    known = session.scalar(
        select(LinkToken.id).where(
            LinkToken.token_hash == token_hash(token), LinkToken.purpose == LINK_PURPOSE
        )
    )
    if known:
        status, heading = 410, _("This link can no longer be used")
    else:
        status, heading = 404, _("Link not valid")
    return message(request, heading, domain_text(exc), status_code=status, tone="bad")


def _not_the_approver_page(request: Request, email: str) -> HTMLResponse:
    return message(
        request,
        _("You can no longer approve this registration"),
        _(
            "This request was sent to {email}, who is no longer the approving manager of this "
            "registration. If you think this is wrong, contact the course administrator."
        ).format(email=email)
        + " "
        + _(NOTHING_CHANGED),
        status_code=403,
        tone="bad",
    )


def _consent_in_page_language(page: ApprovalPage) -> None:
    """Show the personal-data consent in the page's language (its version goes along)."""
    page.personal_data_version, page.personal_data_text = personal_data_consent(current_language())


def _page(
    request: Request,
    page: ApprovalPage,
    *,
    token: str,
    settings: Settings,
    status: int = 200,
    error: ValidationError | None = None,
    ticked: frozenset[str] = frozenset(),
) -> HTMLResponse:
    _consent_in_page_language(page)
    return render(
        request,
        "public/approval.html",
        status,
        page=page,
        action=f"/approve/{token}",
        csrf_token=form_token(settings, csrf_binding(token)),
        error=domain_text(error) if error else None,
        error_field=error.field if error else None,
        ticked=ticked,
    )


@router.get("/approve/{token}")
def manager_page(request: Request, token: str, db: DbDep, settings: SettingsDep) -> HTMLResponse:
    """The page behind the link in the manager's mail."""
    with db.sessions() as s:
        try:
            page = approval_page(s, token, now=utcnow())
        except LinkProblem as exc:
            return _link_problem_page(request, s, token, exc)
        reg = page.registration
        if reg.status == RegistrationStatus.CANCELLED:
            return message(
                request,
                _("This registration was cancelled"),
                _("There is nothing to approve.") + " " + _(NOTHING_CHANGED),
                status_code=410,
                tone="bad",
            )
        allowed = reg.allowed_approver_emails(manager_emails(s, reg))
        if reg.approved_at is None and page.manager_email not in allowed:
            return _not_the_approver_page(request, page.manager_email)
        return _page(request, page, token=token, settings=settings)


@dataclass(frozen=True)
class _Approved:
    participant: str
    course: str
    round: str
    email: str
    day: str


class _NotTheApprover(Exception):
    def __init__(self, email: str) -> None:
        super().__init__(email)
        self.email = email


def _approve(db: Database, token: str, form: PostedForm, settings: Settings) -> _Approved:
    """Check the form and approve, in one transaction under the tenant's lock."""
    now = utcnow()
    with db.transaction() as s:
        tenant_id = s.scalar(
            select(LinkToken.tenant_id).where(LinkToken.token_hash == token_hash(token))
        )
        if tenant_id is not None:
            lock_tenant(s, tenant_id)
        page = approval_page(s, token, now=now)  # LinkProblem before anything else
        form.require_csrf()  # CsrfRefused: the "form has expired" page (server.web.csrf)
        try:
            reg = submit_approval(
                s,
                token,
                accept_terms=bool(form.get("accept_terms")),
                accept_personal_data=bool(form.get("accept_personal_data")),
                shown_terms_version=form.get("terms_version", ""),
                shown_personal_data_version=form.get("personal_data_version") or None,
                now=now,
            )
        except PermissionDenied as exc:
            raise _NotTheApprover(page.manager_email) from exc
        registration_approved(s, settings, reg)  # the participant is told (issue 16)
        consent_recorded(s, settings, reg, now=now)  # the manager's receipt (issue 23)
        return _Approved(
            participant=page.participant.full_name,
            course=page.course.name,
            round=page.round.name,
            email=reg.approved_by_email or "",
            day=format_date(now),
        )


def _page_again(
    request: Request,
    token: str,
    form: dict[str, str],
    db: Database,
    settings: Settings,
    error: ValidationError,
) -> HTMLResponse:
    """The manager's page once more, with ``error`` next to the form (status 422)."""
    ticked = frozenset(k for k in ("accept_terms", "accept_personal_data") if form.get(k))
    if error.field in ("terms_version", "personal_data_version"):
        ticked = frozenset()  # new terms: the manager must read and tick again
    with db.sessions() as s:
        try:
            page = approval_page(s, token, now=utcnow())
        except LinkProblem as exc:
            return _link_problem_page(request, s, token, exc)
        return _page(
            request, page, token=token, settings=settings, status=422, error=error, ticked=ticked
        )


def _submit(
    request: Request, token: str, form: PostedForm, db: Database, settings: Settings
) -> HTMLResponse:
    try:
        done = _approve(db, token, form, settings)
    except LinkProblem as exc:
        with db.sessions() as s:
            return _link_problem_page(request, s, token, exc)
    except ValidationError as exc:
        return _page_again(request, token, form, db, settings, exc)
    except _NotTheApprover as exc:
        return _not_the_approver_page(request, exc.email)
    except TransitionError as exc:
        return message(
            request,
            _("This registration cannot be approved"),
            f"{domain_text(exc)}. {_(NOTHING_CHANGED)}",
            status_code=409,
            tone="bad",
        )
    return message(
        request,
        _("Thank you"),
        _(
            "You approved the registration of {participant} for {course} ({round}) on {day}, "
            "from {email}. Your consents were recorded. You can close this page."
        ).format(
            participant=done.participant,
            course=done.course,
            round=done.round,
            day=done.day,
            email=done.email,
        ),
        tone="ok",
    )


@router.post("/approve/{token}")
async def manager_submit(
    request: Request,
    token: str,
    db: DbDep,
    settings: SettingsDep,
    form: Annotated[PostedForm, checked_form(csrf_binding, deferred=True)],
) -> HTMLResponse:
    """The manager's answer: approve with both consents, or a page saying why not (an
    unusable link before a wrong CSRF token)."""
    return await run_in_threadpool(_submit, request, token, form, db, settings)


@router.get("/staff/preview/registrations/{registration_id}")
def staff_preview(request: Request, registration_id: str, user: WebUser, db: DbDep) -> HTMLResponse:
    """The manager's page as the manager would see it, read-only; no link is made or used."""
    if not (PREVIEW_ROLES & user.roles):
        return preview_refused(
            request,
            _("Only administrators and course administrators can preview the manager page."),
        )
    with db.sessions() as s:
        try:
            if len(registration_id) > 36 or not registration_id.isprintable():
                raise LinkProblem("The registration was not found.")
            page = preview_page(s, tenant_id=user.tenant_id, registration_id=registration_id)
        except LinkProblem:
            return message(
                request,
                _("Registration not found"),
                _("The registration was not found. It may have been removed; sync and try again."),
                status_code=404,
                tone="bad",
            )
        _consent_in_page_language(page)
        return render(
            request, "public/approval.html", page=page, action="", csrf_token="", ticked=frozenset()
        )
