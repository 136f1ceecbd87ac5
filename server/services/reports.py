"""Reports sent as links (issue 16): a round's participant list and attendance sheet.

Reports never travel as attachments. A mail carries links (``/reports/{token}``) whose
tokens are random, single-purpose and stored hashed with their tenant, kind, round and
expiry (:func:`server.services.approval.issue_link`, one :class:`LinkKind` per report);
the page behind a link (:mod:`server.web.reports`) shows the report as it is when opened:
a page to print, and for the participant list a CSV file in Excel's Swedish form.

The link's holder is not a Kansli user, so a report carries what a course leader needs
and no more: no personnummer (the desktop's export adds it only for who may read it).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models import (
    Course,
    CourseRound,
    Organisation,
    Person,
    Registration,
    RegistrationStatus,
    RoundSession,
)
from models.courses import NOT_SIGNED_UP
from models.importing import csv_cell
from models.notification_values import round_details
from models.notifications import EventType
from models.organisations import Contract, Customer
from models.tenancy import Tenant
from server.i18n import N_, gettext, use_language
from server.services.approval import LinkKind, LinkProblem, find_link, issue_link
from server.services.audit import audit
from server.services.notify import Concerns, notify
from server.services.scope import get_for_tenant
from server.settings import Settings
from server.sql import count_rows
from server.tables import LinkToken

#: How long a report link works.
REPORT_LIFETIME = timedelta(days=14)
PARTICIPANT_LIST = LinkKind("report_participant_list", REPORT_LIFETIME)
ATTENDANCE_SHEET = LinkKind("report_attendance", REPORT_LIFETIME)
REPORT_KINDS = (PARTICIPANT_LIST, ATTENDANCE_SHEET)

#: What the page of an expired link says, per report (``{day}``: the day it expired).
EXPIRED = {
    PARTICIPANT_LIST.purpose: N_(
        "This link to a participant list expired on {day}. Ask the course administrator "
        "who sent it to send the list again."
    ),
    ATTENDANCE_SHEET.purpose: N_(
        "This link to an attendance sheet expired on {day}. Ask the course administrator "
        "who sent it to send the list again."
    ),
}

#: The participant list's columns: the desktop export's (desktop/participants/export.py
#: PERSON_HEADERS, then LIST_KEYS) without the personnummer, each with its heading.
PARTICIPANT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("first_name", N_("First name")),
    ("last_name", N_("Last name")),
    ("email", N_("E-mail")),
    ("phone", N_("Phone")),
    ("organisation", N_("Organisation")),
    ("manager_email", N_("Manager e-mail")),
    ("round", N_("Round")),
    ("status", N_("Status")),
    ("manager", N_("Approving manager")),
    ("requested", N_("Approval requested")),
    ("approved", N_("Approved")),
    ("approved_by", N_("Approved by")),
    ("created", N_("Registered")),
)

#: A registration's status as the list says it (the desktop's words).
STATUS_TEXT = {
    "not_requested": N_("Not requested"),
    "requested": N_("Waiting for approval"),
    "approved": N_("Approved"),
    RegistrationStatus.WAITING: N_("Waiting list"),
    RegistrationStatus.OFFERED: N_("Offered a place"),
}


@dataclass(frozen=True)
class ReportLinks:
    """The links one sending of a round's reports carries."""

    participant_list: str
    attendance_sheet: str
    valid_until: datetime


def issue_report_links(
    session: Session,
    *,
    base_url: str,
    tenant_id: str,
    round_id: str,
    sent_by: str,
    now: datetime,
) -> ReportLinks:
    """New links to the participant list and the attendance sheet of ``round_id``, for
    whoever the mail goes to (``sent_by``: the address of the staff user who sent them,
    kept with the tokens)."""
    tokens = [
        issue_link(session, kind, tenant_id=tenant_id, entity_id=round_id, email=sent_by, now=now)
        for kind in REPORT_KINDS
    ]
    base = base_url.rstrip("/")
    return ReportLinks(
        f"{base}/reports/{tokens[0]}", f"{base}/reports/{tokens[1]}", now + REPORT_LIFETIME
    )


@dataclass
class Participant:
    """One row of a round's participant list."""

    registration: Registration
    person: Person
    organisation: str
    manager: Person | None

    def value(self, key: str) -> object:
        """The cell ``key`` (a date or datetime stays one; the rest is text)."""
        reg, person, manager = self.registration, self.person, self.manager
        phones = sorted(
            (p for p in person.phones if p.deleted_at is None),
            key=lambda p: (not p.is_primary, p.position),
        )
        cells: dict[str, object] = {
            "first_name": person.first_name,
            "last_name": person.last_name,
            "email": person.primary_email or "",
            "phone": phones[0].number if phones else "",
            "organisation": self.organisation,
            "manager_email": (manager.primary_email or "") if manager else "",
            "manager": manager.full_name if manager else reg.form_manager_name or "",
            "requested": reg.approval_requested_at,
            "approved": reg.approved_at,
            "approved_by": reg.approved_by_email or "",
            "created": reg.created_at,
        }
        return cells.get(key, "")

    @property
    def status(self) -> str:
        """The key of :data:`STATUS_TEXT` this registration shows."""
        if self.registration.status in STATUS_TEXT:
            return self.registration.status
        return str(self.registration.approval_state)


@dataclass
class RoundReport:
    """A round's participants (cancelled registrations left out) and sessions."""

    link: LinkToken
    tenant_id: str
    course: Course
    round: CourseRound
    participants: list[Participant]
    sessions: list[RoundSession]

    @property
    def kind(self) -> str:
        return self.link.purpose

    @property
    def seated(self) -> list[Participant]:
        """Who holds a place: the attendance sheet's rows (the waiting list has none)."""
        return [
            p for p in self.participants if p.registration.status == RegistrationStatus.REGISTERED
        ]


def find_report_link(session: Session, token: str, *, now: datetime) -> LinkToken:
    """The live report link ``token`` (of any report), or LinkProblem: with a ``day``
    when it expired, without one when it is no report link of ours."""
    problem: LinkProblem | None = None
    for kind in REPORT_KINDS:
        try:
            return find_link(
                session, token, now=now, purpose=kind.purpose, expired=EXPIRED[kind.purpose]
            )
        except LinkProblem as exc:
            if exc.params:  # expired: it is this kind's link
                raise
            problem = exc
    assert problem is not None
    raise problem


def open_report(session: Session, token: str, *, now: datetime) -> RoundReport:
    """The report behind ``token`` as it is now; LinkProblem when the link cannot be used
    or its round (of the link's own tenant) no longer exists."""
    link = find_report_link(session, token, now=now)
    round_ = get_for_tenant(session, CourseRound, link.entity_id, link.tenant_id)
    course = None
    if round_ is not None:
        course = get_for_tenant(session, Course, round_.course_id, link.tenant_id)
    if round_ is None or course is None:
        raise LinkProblem("The course round of this list no longer exists.")
    regs: Sequence[Registration] = session.scalars(
        select(Registration).where(
            Registration.round_id == round_.id,
            Registration.tenant_id == link.tenant_id,
            Registration.deleted_at.is_(None),
            Registration.status.not_in(NOT_SIGNED_UP),
        )
    ).all()
    people = _people(
        session, {r.participant_id for r in regs} | _ids(r.approving_manager_id for r in regs)
    )
    regs = [r for r in regs if r.participant_id in people]
    org_of = {r.id: r.organisation_id or people[r.participant_id].organisation_id for r in regs}
    orgs = {
        o.id: o.name
        for o in session.scalars(
            select(Organisation).where(Organisation.id.in_(sorted(_ids(org_of.values()))))
        )
    }
    participants = [
        Participant(
            reg,
            people[reg.participant_id],
            orgs.get(org_of[reg.id] or "", ""),
            people.get(reg.approving_manager_id or ""),
        )
        for reg in regs
    ]
    participants.sort(
        key=lambda p: (
            p.person.last_name.casefold(),
            p.person.first_name.casefold(),
            p.registration.created_at,
        )
    )
    sessions = session.scalars(
        select(RoundSession)
        .where(RoundSession.round_id == round_.id, RoundSession.deleted_at.is_(None))
        .order_by(RoundSession.day, RoundSession.start_minute)
    ).all()
    return RoundReport(link, link.tenant_id, course, round_, participants, list(sessions))


def _ids(values: Iterable[str | None]) -> set[str]:
    return {v for v in values if v}


def _people(session: Session, ids: set[str]) -> dict[str, Person]:
    """The people ``ids`` with their addresses and numbers, loaded in three queries."""
    rows = session.scalars(
        select(Person)
        .where(Person.id.in_(sorted(ids)))
        .options(selectinload(Person.emails), selectinload(Person.phones))
    ).all()
    return {p.id: p for p in rows}


def record_download(session: Session, report: RoundReport, *, fmt: str) -> None:
    """Audit one opening of a report link (in the caller's transaction)."""
    audit(
        session,
        actor_user_id=None,
        tenant_id=report.tenant_id,
        action="report.downloaded",
        target_type="course_round",
        target_id=report.round.id,
        details={"report": report.kind, "format": fmt, "link_id": report.link.id},
    )


def _cell(value: object) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return csv_cell("" if value is None else str(value))


def csv_bytes(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> bytes:
    """A CSV file in Excel's Swedish form: UTF-8 with a byte order mark, ";" between
    cells, dates as yyyy-mm-dd, and no text cell a spreadsheet would run as a formula."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([_cell(h) for h in headers])
    writer.writerows([_cell(v) for v in row] for row in rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


#: The words of the round's details in the mail (``round_details``), translated.
DETAIL_LABELS = {
    "course": N_("Course"),
    "round": N_("Course round"),
    "dates": N_("Dates"),
    "place": N_("Place"),
    "session": N_("Session"),
}


def send_participant_list(
    session: Session,
    settings: Settings,
    *,
    tenant_id: str,
    round_id: str,
    customer_id: str | None,
    contract_id: str | None,
    sent_by: str,
    now: datetime,
) -> int:
    """Issue new report links of ``round_id`` and send them as the notification
    ``round.participant_list`` (:func:`server.services.notify.notify`): to whom the
    event's bindings say, else to the notification recipients of the customer or
    contract the list is for. Returns how many mails and SMS were queued."""
    round_ = get_for_tenant(session, CourseRound, round_id, tenant_id)
    if round_ is None:
        return 0  # removed since the command ran: nothing to send
    course = get_for_tenant(session, Course, round_.course_id, tenant_id)
    contract = get_for_tenant(session, Contract, contract_id, tenant_id) if contract_id else None
    customer = get_for_tenant(session, Customer, customer_id, tenant_id) if customer_id else None
    links = issue_report_links(
        session,
        base_url=settings.public_base_url,
        tenant_id=tenant_id,
        round_id=round_.id,
        sent_by=sent_by,
        now=now,
    )
    count = count_rows(
        session,
        Registration,
        Registration.round_id == round_.id,
        Registration.deleted_at.is_(None),
        Registration.status.not_in(NOT_SIGNED_UP),
    )
    tenant = session.get(Tenant, tenant_id)
    with use_language(tenant.language if tenant is not None else "en"):
        labels = {key: gettext(text) for key, text in DETAIL_LABELS.items()}
    values = {
        "course": course.name if course is not None else "",
        "round": round_.name,
        "round_details": round_details(session, course, round_, labels),
        "participant_count": str(count),
        "report_link": links.participant_list,
        "attendance_link": links.attendance_sheet,
        "link_valid_until": links.valid_until.date().isoformat(),
    }
    concerns = Concerns(
        course_id=round_.course_id,
        round_id=round_.id,
        customer_id=customer.id if customer is not None else None,
        contract_id=contract.id if contract is not None else None,
        organisation_id=customer.organisation_id if customer is not None else None,
    )
    queued = notify(
        session,
        settings,
        tenant_id=tenant_id,
        event=EventType.ROUND_PARTICIPANT_LIST,
        values=values,
        concerns=concerns,
        recipients={"contacts": ()},
        related_id=round_.id,
        kind="mail.participant_list",
    )
    return len(queued)
