"""The data of the detail pane: one registration with its people, read in one operation."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.common.values import day
from desktop.i18n import format_date
from desktop.operations import OpContext
from desktop.operations.people import BOUNCE_KEYS
from desktop.operations.registration_notes import NoteRow, load_notes
from desktop.participants.query import Status, approval_status
from models import CourseRound, Organisation, Person, PersonEmail, PersonPhone, Registration
from models.courses import RegistrationStatus, waiting_position


def _first(
    s: Session,
    model: type[PersonEmail] | type[PersonPhone],
    column: InstrumentedAttribute[str],
    pid: str | None,
) -> str:
    """The person's main e-mail address or phone number."""
    if not pid:
        return ""
    value = s.scalars(
        select(column)
        .where(model.person_id == pid, model.deleted_at.is_(None))
        .order_by(model.is_primary.desc(), model.position)
        .limit(1)
    ).first()
    return value or ""


def _bounce(s: Session, pid: str | None) -> dict[str, Any] | None:
    """The person's main address as a row when mail to it bounced, else None."""
    email = (
        s.scalars(
            select(PersonEmail)
            .where(PersonEmail.person_id == pid, PersonEmail.deleted_at.is_(None))
            .order_by(PersonEmail.is_primary.desc(), PersonEmail.position)
        ).first()
        if pid
        else None
    )
    if email is None or email.bounced_at is None:
        return None
    return {"address": email.address, **{k: getattr(email, k) for k in BOUNCE_KEYS}}


@dataclass
class RegistrationDetail:
    id: str
    participant_id: str
    participant: str
    participant_email: str
    participant_phone: str
    organisation: str
    round_name: str
    round_dates: str
    status: Status
    manager_id: str | None
    manager: str
    manager_email: str
    requested_at: datetime | None
    request_count: int
    approved_at: datetime | None
    approved_by: str
    pending: bool
    #: The registration's own status (models.courses.RegistrationStatus) and its place on
    #: the waiting list (0 when not waiting).
    registration_status: str = "registered"
    waiting_position: int = 0
    #: The participant's and the manager's main address when mail to it bounced (its row:
    #: address, bounced_at, bounce_detail; desktop/people/bounces.py), else None.
    participant_bounce: dict[str, Any] | None = None
    manager_bounce: dict[str, Any] | None = None
    #: Whom they signed up with on a partner course (issue 17): id and name, or None and "".
    partner_id: str | None = None
    partner: str = ""
    #: Why it waits for review (``Registration.review_reasons``: code and values each).
    review_reasons: list[dict[str, Any]] = field(default_factory=list)
    #: Its internal notes, newest first (withdrawn ones too).
    notes: list[NoteRow] = field(default_factory=list)


def load_detail(ctx: OpContext, registration_id: str) -> RegistrationDetail | None:
    with ctx.read() as s:
        reg = s.get(Registration, registration_id)
        if reg is None:
            return None
        person = s.get(Person, reg.participant_id)
        round_ = s.get(CourseRound, reg.round_id)
        org_id = reg.organisation_id or (person.organisation_id if person else None)
        org = s.get(Organisation, org_id) if org_id else None
        manager = s.get(Person, reg.approving_manager_id) if reg.approving_manager_id else None
        partner = s.get(Person, reg.partner_id) if reg.partner_id else None

        pending = bool(ctx.store.pending_ids("registration", [reg.id], session=s))
        status = approval_status(reg.status, reg.approval_requested_at, reg.approved_at)
        dates = ""
        if round_ is not None:
            start, end = day(round_.starts_on), day(round_.ends_on)
            dates = " – ".join(d for d in (format_date(start), format_date(end)) if d)
        return RegistrationDetail(
            id=reg.id,
            participant_id=reg.participant_id,
            participant=person.full_name if person else "",
            participant_email=_first(s, PersonEmail, PersonEmail.address, reg.participant_id),
            participant_phone=_first(s, PersonPhone, PersonPhone.number, reg.participant_id),
            organisation=org.name if org else "",
            round_name=round_.name if round_ else "",
            round_dates=dates,
            status=status,
            registration_status=reg.status,
            waiting_position=waiting_position(s, reg),
            manager_id=reg.approving_manager_id,
            manager=manager.full_name if manager else (reg.form_manager_name or ""),
            manager_email=(
                _first(s, PersonEmail, PersonEmail.address, manager.id)
                if manager
                else (reg.form_manager_email or "")
            ),
            requested_at=reg.approval_requested_at,
            request_count=reg.approval_request_count or 0,
            approved_at=reg.approved_at,
            participant_bounce=_bounce(s, reg.participant_id),
            manager_bounce=_bounce(s, manager.id if manager else None),
            approved_by=reg.approved_by_email or "",
            pending=pending,
            partner_id=partner.id if partner else None,
            partner=partner.full_name if partner else "",
            review_reasons=list(reg.review_reasons or [])
            if reg.status == RegistrationStatus.REVIEW
            else [],
            notes=load_notes(ctx, s, reg.id),
        )
