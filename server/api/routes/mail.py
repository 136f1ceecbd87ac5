"""Delivery records of the tenant's outgoing notifications, mail and SMS: for the
tenant's administrators only (the records name every recipient: participants,
managers, invited users). The list never carries a text; one record's detail does,
with its links to this server that carry a token and its one-time codes removed."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from sqlalchemy import String, and_, case, func, literal_column, null, or_, select, union_all
from sqlalchemy.sql import Select, Subquery

from models.commands.courses import RequestApproval
from models.notifications import MessageTemplate
from models.people import PersonEmail
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
    PathId,
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

#: Beyond any list's length, and within what a database's OFFSET takes (a larger one is
#: a 422, not a database error).
MAX_OFFSET = 1_000_000_000

Channel = Literal["email", "sms"]
#: How a notification went: the outbox's status, or what came after it was sent (an
#: SMS's delivery report: delivered or failed; a mail's address bounced).
Status = Literal["queued", "sending", "sent", "delivered", "failed", "bounced"]


def _utc(value: datetime) -> datetime:
    """``value`` as the stored times are compared: in UTC (a time without a zone is UTC)."""
    try:
        return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    except OverflowError:  # the first or last day a datetime can hold, in another zone
        raise ApiError(422, "invalid_time", "The time is out of range") from None


def _admin_only(principal: CurrentUser) -> None:
    if Role.ADMIN not in principal.roles:
        raise ApiError(403, "forbidden", "Only an administrator may read the mail records")


def _bounced(tenant_id: str) -> Subquery:
    """The tenant's addresses marked bounced (server/services/bounces.py), lower case,
    with when and the answer: few rows, joined to the mails by address."""
    return (
        select(
            func.lower(PersonEmail.address).label("address"),
            func.max(PersonEmail.bounced_at).label("bounced_at"),
            func.max(PersonEmail.bounce_detail).label("detail"),
        )
        .where(
            PersonEmail.tenant_id == tenant_id,
            PersonEmail.bounced_at.is_not(None),
            PersonEmail.deleted_at.is_(None),
        )
        .group_by(func.lower(PersonEmail.address))
        .subquery()
    )


def _mails(tenant_id: str) -> Select[*tuple[Any, ...]]:
    bounced = _bounced(tenant_id)
    # Sent, then the address bounced: the receiving server refused it after all.
    is_bounced = and_(MailOutbox.status == "sent", bounced.c.bounced_at >= MailOutbox.sent_at)
    return (
        select(
            MailOutbox.id,
            literal_column("'email'", String).label("channel"),
            MailOutbox.kind,
            MailOutbox.to_address,
            MailOutbox.subject,
            MailOutbox.related_id,
            MailOutbox.status,
            case((is_bounced, "bounced"), else_=MailOutbox.status).label("outcome"),
            MailOutbox.attempts,
            case((is_bounced, bounced.c.detail), else_=MailOutbox.last_error).label("last_error"),
            MailOutbox.created_at,
            MailOutbox.next_attempt_at,
            MailOutbox.sent_at,
            case((is_bounced, bounced.c.bounced_at), else_=null()).label("outcome_at"),
            *_about(MailOutbox),
        )
        .outerjoin(bounced, bounced.c.address == func.lower(MailOutbox.to_address))
        .where(MailOutbox.tenant_id == tenant_id)
    )


def _sms(tenant_id: str) -> Select[*tuple[Any, ...]]:
    # The gateway's delivery report, when it sent one, is the last word.
    reported = SmsOutbox.delivery_status.in_(("delivered", "failed"))
    return select(
        SmsOutbox.id,
        literal_column("'sms'", String).label("channel"),
        func.coalesce(func.nullif(SmsOutbox.kind, ""), SMS_KIND).label("kind"),
        SmsOutbox.to_number.label("to_address"),
        literal_column("''", String).label("subject"),
        SmsOutbox.related_id,
        SmsOutbox.status,
        case((reported, SmsOutbox.delivery_status), else_=SmsOutbox.status).label("outcome"),
        SmsOutbox.attempts,
        case(
            (and_(reported, SmsOutbox.delivery_detail != ""), SmsOutbox.delivery_detail),
            else_=SmsOutbox.last_error,
        ).label("last_error"),
        SmsOutbox.created_at,
        SmsOutbox.next_attempt_at,
        SmsOutbox.sent_at,
        case((reported, SmsOutbox.delivered_at), else_=null()).label("outcome_at"),
        *_about(SmsOutbox),
    ).where(SmsOutbox.tenant_id == tenant_id)


def _about(table: type[MailOutbox] | type[SmsOutbox]) -> list[Any]:
    """What a notification was (issue 16): its event, template and version, binding and
    to whom (None on rows queued before notifications recorded it)."""
    return [
        table.event_type,
        table.template_id,
        table.template_version,
        table.binding_id,
        table.recipient_kind,
        table.person_id,
    ]


def _records(tenant_id: str, *, channel: str | None) -> Subquery:
    """Every delivery record of the tenant (of ``channel``), mail and SMS alike."""
    parts = [part for name, part in (("email", _mails), ("sms", _sms)) if channel in (None, name)]
    return union_all(*(p(tenant_id) for p in parts)).subquery()


def _with_template(rows: Subquery, tenant_id: str) -> Select[*tuple[Any, ...]]:
    """The records with their template's name ("" for a shipped default)."""
    return select(rows, func.coalesce(MessageTemplate.name, "").label("template_name")).outerjoin(
        MessageTemplate,
        and_(MessageTemplate.id == rows.c.template_id, MessageTemplate.tenant_id == tenant_id),
    )


@router.get("/mail", responses=ERRORS)
def list_mail(
    principal: CurrentUser,
    session: SessionDep,
    related_id: Annotated[str | None, Query(pattern=ID_PATTERN)] = None,
    channel: Channel | None = None,
    status: Status | None = None,
    kind: Annotated[PlainText | None, Query(max_length=60)] = None,
    event_type: Annotated[PlainText | None, Query(max_length=60)] = None,
    template_id: Annotated[str | None, Query(pattern=ID_PATTERN)] = None,
    recipient: Annotated[PlainText | None, Query(max_length=254)] = None,
    since: datetime | None = None,
    until: datetime | None = None,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> MailListOut:
    """The tenant's notifications, newest first, a page at a time: mail and SMS
    (``channel``), filtered by how it went (``status``: queued, sending, sent, delivered,
    failed, bounced), kind, event type, template, a part of the recipient, when queued
    (``since`` inclusive, ``until`` exclusive) and the record they are about."""
    _admin_only(principal)
    tenant_id = principal.tenant_id
    rows = _records(tenant_id, channel=channel)
    q = _with_template(rows, tenant_id)
    for column, value in (
        (rows.c.outcome, status),
        (rows.c.kind, kind),
        (rows.c.event_type, event_type),
        (rows.c.template_id, template_id),
        (rows.c.related_id, related_id),
    ):
        if value is not None:
            q = q.where(column == value)
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
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    limit: Annotated[int, Query(ge=1, le=5000)] = 1000,
) -> ApprovalFailuresOut:
    """The registrations whose newest approval request mail failed for good (refused, or
    taken and then bounced), with the SMTP server's answer: for whoever may send the
    requests (the participants list marks them). A registration whose newer request is
    queued or sent is not listed."""
    if not RequestApproval.may_run(principal.roles):
        raise ApiError(403, "forbidden", "Only course administrators may read the requests")
    newest = (
        select(
            MailOutbox.id,
            MailOutbox.related_id,
            MailOutbox.status,
            MailOutbox.created_at,
            MailOutbox.sent_at,
            MailOutbox.to_address,
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
    bounced = _bounced(principal.tenant_id)
    # Refused for good, or taken and then bounced (the address is marked since).
    is_bounced = and_(newest.c.status == "sent", bounced.c.bounced_at >= newest.c.sent_at)
    rows = session.execute(
        select(
            newest.c.id,
            newest.c.related_id,
            newest.c.created_at,
            case((is_bounced, bounced.c.detail), else_=newest.c.last_error).label("last_error"),
        )
        .outerjoin(bounced, bounced.c.address == func.lower(newest.c.to_address))
        .where(newest.c.n == 1, or_(newest.c.status == "failed", is_bounced))
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
    mail_id: PathId,
) -> MailDetailOut:
    """One notification's delivery record with its text; another tenant's is reported
    as missing."""
    _admin_only(principal)
    rows = _records(principal.tenant_id, channel=None)
    found = (
        session.execute(_with_template(rows, principal.tenant_id).where(rows.c.id == mail_id))
        .mappings()
        .first()
    )
    if found is None:
        raise ApiError(404, "not_found", f"Mail {mail_id} was not found")
    out = MailOut.model_validate(dict(found))
    if out.channel == "sms":
        sms = session.get(SmsOutbox, mail_id)
        body = scrub_codes(sms.body) if sms else ""
    else:
        mail = session.get(MailOutbox, mail_id)
        body = scrub_links(mail.body_text, settings) if mail else ""
    return MailDetailOut(**out.model_dump(), body_text=body)
