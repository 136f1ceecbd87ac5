"""Delivery records of the tenant's outgoing notifications, mail and SMS: for the
tenant's administrators only (the records name every recipient: participants,
managers, invited users). The list never carries a text; one record's detail does,
with its links to this server that carry a token and its one-time codes removed."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query
from sqlalchemy import String, cast, func, literal_column, null, select, union_all
from sqlalchemy.sql import Select

from models.commands.courses import RequestApproval
from models.tenancy import Role
from server.api.deps import CurrentUser, SessionDep, SettingsDep
from server.api.errors import ApiError
from server.api.schemas import (
    ID_PATTERN,
    ApprovalFailureOut,
    ApprovalFailuresOut,
    MailDetailOut,
    MailListOut,
    MailOut,
    PlainText,
    error_responses,
)
from server.services.mail import scrub_links
from server.signing.sms import scrub_codes
from server.tables import MailOutbox, SmsOutbox

router = APIRouter(tags=["mail"])

ERRORS = error_responses(401, 403, 404, 422)

#: The kind of the mail that asks a manager to approve a registration.
APPROVAL_REQUEST_KIND = "mail.approval_request"

#: The kind every SMS has: the SMS outbox holds the one-time codes of signing.
SMS_KIND = "sms.signing_code"

Channel = Literal["email", "sms"]
Status = Literal["queued", "sending", "sent", "failed"]


def _utc(value: datetime) -> datetime:
    """``value`` as the stored times are compared: in UTC (a time without a zone is UTC)."""
    try:
        return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    except OverflowError:  # the first or last day a datetime can hold, in another zone
        raise ApiError(422, "invalid_time", "The time is out of range") from None


def _admin_only(principal: CurrentUser) -> None:
    if Role.ADMIN not in principal.roles:
        raise ApiError(403, "forbidden", "Only an administrator may read the mail records")


def _mails(tenant_id: str) -> Select[*tuple[Any, ...]]:
    return select(
        MailOutbox.id,
        literal_column("'email'", String).label("channel"),
        MailOutbox.kind,
        MailOutbox.to_address,
        MailOutbox.subject,
        MailOutbox.related_id,
        MailOutbox.status,
        MailOutbox.attempts,
        MailOutbox.last_error,
        MailOutbox.created_at,
        MailOutbox.next_attempt_at,
        MailOutbox.sent_at,
    ).where(MailOutbox.tenant_id == tenant_id)


def _sms(tenant_id: str) -> Select[*tuple[Any, ...]]:
    return select(
        SmsOutbox.id,
        literal_column("'sms'", String).label("channel"),
        literal_column(f"'{SMS_KIND}'", String).label("kind"),
        SmsOutbox.to_number.label("to_address"),
        literal_column("''", String).label("subject"),
        cast(null(), String(36)).label("related_id"),
        SmsOutbox.status,
        SmsOutbox.attempts,
        SmsOutbox.last_error,
        SmsOutbox.created_at,
        SmsOutbox.next_attempt_at,
        SmsOutbox.sent_at,
    ).where(SmsOutbox.tenant_id == tenant_id)


@router.get("/mail", responses=ERRORS)
def list_mail(
    principal: CurrentUser,
    session: SessionDep,
    related_id: Annotated[str | None, Query(pattern=ID_PATTERN)] = None,
    channel: Channel | None = None,
    status: Status | None = None,
    kind: Annotated[PlainText | None, Query(max_length=60)] = None,
    recipient: Annotated[PlainText | None, Query(max_length=254)] = None,
    since: datetime | None = None,
    until: datetime | None = None,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> MailListOut:
    """The tenant's notifications, newest first, a page at a time: mail and SMS
    (``channel``), filtered by status, kind, a part of the recipient, when queued
    (``since`` inclusive, ``until`` exclusive) and the record they are about."""
    _admin_only(principal)
    parts: list[Select[*tuple[Any, ...]]] = []
    if channel != "sms" and kind != SMS_KIND:
        email = _mails(principal.tenant_id)
        if kind is not None:
            email = email.where(MailOutbox.kind == kind)
        if related_id is not None:
            email = email.where(MailOutbox.related_id == related_id)
        parts.append(email)
    if channel != "email" and kind in (None, SMS_KIND) and related_id is None:
        parts.append(_sms(principal.tenant_id))
    if not parts:
        return MailListOut(mails=[], total=0)
    rows = union_all(*parts).subquery()
    q = select(rows)
    if status is not None:
        q = q.where(rows.c.status == status)
    if recipient:
        q = q.where(func.lower(rows.c.to_address).contains(recipient.lower(), autoescape=True))
    if since is not None:
        q = q.where(rows.c.created_at >= _utc(since))
    if until is not None:
        q = q.where(rows.c.created_at < _utc(until))
    total = session.scalar(select(func.count()).select_from(q.subquery())) or 0
    page = session.execute(
        q.order_by(rows.c.created_at.desc(), rows.c.id.desc()).offset(offset).limit(limit)
    ).mappings()
    mails = [MailOut.model_validate(dict(m)) for m in page]
    more = offset + len(mails) < total
    return MailListOut(mails=mails, total=total, next_offset=offset + len(mails) if more else None)


@router.get("/registrations/approval-failures", responses=ERRORS)
def list_approval_failures(
    principal: CurrentUser,
    session: SessionDep,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=5000)] = 1000,
) -> ApprovalFailuresOut:
    """The registrations whose newest approval request mail failed for good, with the
    SMTP server's answer: for whoever may send the requests (the participants list marks
    them). A registration whose newer request is queued or sent is not listed."""
    if not RequestApproval.may_run(principal.roles):
        raise ApiError(403, "forbidden", "Only course administrators may read the requests")
    newest = (
        select(
            MailOutbox.id,
            MailOutbox.related_id,
            MailOutbox.status,
            MailOutbox.created_at,
            MailOutbox.last_error,
            func.row_number()
            .over(
                partition_by=MailOutbox.related_id,
                order_by=(MailOutbox.created_at.desc(), MailOutbox.id.desc()),
            )
            .label("n"),
        )
        .where(
            MailOutbox.tenant_id == principal.tenant_id,
            MailOutbox.kind == APPROVAL_REQUEST_KIND,
            MailOutbox.related_id.is_not(None),
        )
        .subquery()
    )
    rows = session.execute(
        select(newest.c.id, newest.c.related_id, newest.c.created_at, newest.c.last_error)
        .where(newest.c.n == 1, newest.c.status == "failed")
        .order_by(newest.c.related_id)
        .offset(offset)
        .limit(limit + 1)
    ).all()
    failures = [
        ApprovalFailureOut(
            registration_id=r.related_id, mail_id=r.id, queued_at=r.created_at, answer=r.last_error
        )
        for r in rows[:limit]
    ]
    more = len(rows) > limit
    return ApprovalFailuresOut(failures=failures, next_offset=offset + limit if more else None)


@router.get("/mail/{mail_id}", responses=ERRORS)
def get_mail(
    principal: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    mail_id: Annotated[str, Path(pattern=ID_PATTERN)],
) -> MailDetailOut:
    """One notification's delivery record with its text; another tenant's is reported
    as missing."""
    _admin_only(principal)
    mail = session.scalar(
        select(MailOutbox).where(
            MailOutbox.id == mail_id, MailOutbox.tenant_id == principal.tenant_id
        )
    )
    if mail is not None:
        out = MailOut.model_validate(mail, from_attributes=True)
        return MailDetailOut(**out.model_dump(), body_text=scrub_links(mail.body_text, settings))
    sms = session.scalar(
        select(SmsOutbox).where(SmsOutbox.id == mail_id, SmsOutbox.tenant_id == principal.tenant_id)
    )
    if sms is None:
        raise ApiError(404, "not_found", f"Mail {mail_id} was not found")
    return MailDetailOut(
        id=sms.id,
        channel="sms",
        kind=SMS_KIND,
        to_address=sms.to_number,
        subject="",
        related_id=None,
        status=sms.status,  # type: ignore[arg-type]
        attempts=sms.attempts,
        last_error=sms.last_error,
        created_at=sms.created_at,
        next_attempt_at=sms.next_attempt_at,
        sent_at=sms.sent_at,
        body_text=scrub_codes(sms.body),
    )
