"""The check-in decision (issue 19; seed 003, step 10): what was scanned or typed at the
station -> the person -> green "Välkommen Maria" or red with the reason.

Three layers, so the rule is pure and the station fast:

* :func:`read_scan` tells what the text is: an ID document's MRZ (its personnummer,
  :mod:`models.mrz`), a personnummer typed, or else a membership card's code.
* :func:`gather` reads the local rows the decision needs, by indexed lookups only
  (``ix_person_tenant_personnummer``, ``ix_membership_card_tenant_code``, the unique
  attendance id, the registrations of the person): a constant number of small queries
  whatever the number of persons (the ``checkin-scan`` bench: 100k persons).
* :func:`decide` is the rule itself, pure: :class:`CheckInFacts` -> :class:`Green` or
  :class:`Red`. An answer is a code and values; the station renders it translated
  (:data:`ANSWER_TEXTS` are the English templates).

Money: the client holds no ledger; what the person owes past due is passed in
(``overdue``, öre), as the server's ``ledger.overdue_of`` computes it.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from models import validators
from models.attendance import Attendance, MembershipCard, Told, attendance_id, local_time
from models.courses import NOT_SIGNED_UP, CourseRound, Registration, RoundSession
from models.errors import ValidationError
from models.mrz import looks_like_mrz, parse_mrz
from models.people import Person, live_person
from models.sessions import clock_text


class ScanKind(enum.StrEnum):
    CARD = "card"
    MRZ = "mrz"
    PERSONNUMMER = "personnummer"


@dataclass(frozen=True)
class Scanned:
    """What the station read, classified: a card code, or a canonical personnummer."""

    kind: ScanKind
    value: str


def read_scan(text: str, *, today: date) -> Scanned:
    """Classify what a scanner or a person gave the station.

    An MRZ is parsed (its check digits verified; a refusal is raised as it is: a misread
    document should be scanned again, not looked up as a card). 10 or 12 digits with a
    ``-`` or ``+`` before the last four are a personnummer typed and must be valid; 10 or
    12 digits alone are a personnummer when valid, else a card's code (cards may carry
    numeric codes). Anything else is a membership card's code, as printed.

    Raises:
        ValidationError: an MRZ that fails a check, a personnummer with a separator that
            is not valid, or an MRZ of a document without a Swedish personnummer.
    """
    stripped = text.strip()
    if looks_like_mrz(stripped):
        document = parse_mrz(stripped, today=today)
        if document.personnummer is None:
            raise ValidationError(
                "This document has no Swedish personnummer: type it or scan the card",
                field="mrz",
            )
        return Scanned(ScanKind.MRZ, document.personnummer)
    digits = stripped.replace("-", "").replace("+", "")
    if digits.isdigit() and len(digits) in (10, 12) and len(stripped) - len(digits) <= 1:
        try:
            canonical = validators.normalize_personnummer(stripped, today=today)
        except ValidationError:
            if stripped != digits:
                raise
            return Scanned(ScanKind.CARD, stripped)
        return Scanned(ScanKind.PERSONNUMMER, canonical)
    return Scanned(ScanKind.CARD, stripped)


class RedReason(enum.StrEnum):
    """Why the answer is red (the station shows the text and plays the red sound)."""

    UNKNOWN_PERSON = "unknown_person"
    #: The station's session is not today's.
    NOT_TODAY = "not_today"
    #: Registered on another round that has a session today: they are at the wrong one.
    WRONG_SESSION = "wrong_session"
    NOT_REGISTERED = "not_registered"
    ALREADY_CHECKED_IN = "already_checked_in"
    FEE_OVERDUE = "fee_overdue"


#: The answers' texts (English; the station translates them and fills in the values).
ANSWER_TEXTS: dict[str, str] = {
    "welcome": "Welcome {name}",
    RedReason.UNKNOWN_PERSON: "Not found: scan again or type the personnummer",
    RedReason.NOT_TODAY: "This session is on {day}, not today",
    RedReason.WRONG_SESSION: "{name}, your session today is {round} at {time}",
    RedReason.NOT_REGISTERED: "{name} is not registered on this round",
    RedReason.ALREADY_CHECKED_IN: "{name} is already checked in (at {time})",
    RedReason.FEE_OVERDUE: "{name} has an overdue fee of {amount} kr",
}


@dataclass(frozen=True)
class Green(Told):
    """Let in: the attendance is recorded (``attendance.check_in``)."""

    texts = ANSWER_TEXTS

    person_id: str
    values: dict[str, Any]
    code: str = "welcome"


@dataclass(frozen=True)
class Red(Told):
    """Not let in (staff may override with a reason: ``attendance.override``)."""

    texts = ANSWER_TEXTS

    reason: RedReason
    values: dict[str, Any]
    person_id: str | None = None

    @property
    def code(self) -> str:  # type: ignore[override]
        return str(self.reason)


@dataclass(frozen=True)
class OtherSession:
    """A session today of another round the person is registered on."""

    round_name: str
    start_minute: int | None


@dataclass(frozen=True)
class CheckInFacts:
    """Everything the decision looks at, read from the local rows (:func:`gather`)."""

    session_day: date
    today: date
    person_id: str | None = None
    first_name: str = ""
    registered: bool = False
    #: When they were checked in already (present with a time); None otherwise.
    checked_in_at: datetime | None = None
    #: Marked present by hand already (without a check-in time).
    marked_present: bool = False
    #: What they owe past due, öre.
    overdue: int = 0
    #: Today's sessions of the other rounds they are registered on.
    other_sessions: tuple[OtherSession, ...] = field(default=())


def decide(facts: CheckInFacts) -> Green | Red:
    """Green or red for one scan at the station; the first reason that holds, in the
    order a person at the door needs to hear them."""
    if facts.person_id is None:
        return Red(RedReason.UNKNOWN_PERSON, {})
    name = {"name": facts.first_name}
    pid = facts.person_id
    if facts.session_day != facts.today:
        return Red(RedReason.NOT_TODAY, {"day": facts.session_day.isoformat()}, pid)
    if facts.checked_in_at is not None or facts.marked_present:
        time = local_time(facts.checked_in_at) if facts.checked_in_at is not None else ""
        return Red(RedReason.ALREADY_CHECKED_IN, {**name, "time": time}, pid)
    if not facts.registered:
        if facts.other_sessions:
            other = facts.other_sessions[0]
            values = {**name, "round": other.round_name, "time": clock_text(other.start_minute)}
            return Red(RedReason.WRONG_SESSION, values, pid)
        return Red(RedReason.NOT_REGISTERED, name, pid)
    if facts.overdue > 0:
        amount = f"{facts.overdue // 100}" + (
            f",{facts.overdue % 100:02d}" if facts.overdue % 100 else ""
        )
        return Red(RedReason.FEE_OVERDUE, {**name, "amount": amount}, pid)
    return Green(pid, name)


def find_person(db: Session, tenant_id: str, scanned: Scanned) -> Person | None:
    """The live person a scan names, by an indexed lookup; a merged duplicate's card or
    number finds the person they were merged into."""
    if scanned.kind == ScanKind.CARD:
        query = select(MembershipCard.person_id).where(
            MembershipCard.tenant_id == tenant_id,
            MembershipCard.code == scanned.value,
            MembershipCard.deleted_at.is_(None),
        )
    else:
        # A live person first; else a merged one (their survivor is found from them).
        query = (
            select(Person.id)
            .where(Person.tenant_id == tenant_id, Person.personnummer == scanned.value)
            .order_by(Person.deleted_at.is_not(None))
        )
    person_id = db.scalar(query.limit(1))
    return None if person_id is None else live_person(db, tenant_id, person_id)


def signed_up_rounds(tenant_id: str, person_id: str) -> Select[str]:
    """The rounds ``person_id`` holds a live registration on that counts as signed up (not
    cancelled, not held for review)."""
    return select(Registration.round_id).where(
        Registration.tenant_id == tenant_id,
        Registration.participant_id == person_id,
        Registration.deleted_at.is_(None),
        Registration.status.not_in([str(s) for s in NOT_SIGNED_UP]),
    )


def _nothing_overdue(person_id: str) -> int:
    return 0


def gather(
    db: Session,
    tenant_id: str,
    session_id: str,
    scanned: Scanned,
    *,
    today: date,
    overdue_of: Callable[[str], int] = _nothing_overdue,
) -> CheckInFacts:
    """The facts of one scan at ``session_id`` from the local rows; ``overdue_of`` gives
    what a person owes past due (öre)."""
    session = db.get(RoundSession, session_id)
    if session is None or session.tenant_id != tenant_id:
        raise ValidationError("The check-in's session was not found", field="session_id")
    person = find_person(db, tenant_id, scanned)
    if person is None:
        return CheckInFacts(session_day=session.day, today=today)
    attendance = db.get(Attendance, attendance_id(session_id, person.id))
    present = attendance is not None and attendance.present and attendance.deleted_at is None
    rounds = set(db.scalars(signed_up_rounds(tenant_id, person.id)))
    registered = session.round_id in rounds
    others: tuple[OtherSession, ...] = ()
    if not registered and rounds:
        others = tuple(
            OtherSession(name, start)
            for name, start in db.execute(
                select(CourseRound.name, RoundSession.start_minute)
                .join(CourseRound, CourseRound.id == RoundSession.round_id)
                .where(
                    RoundSession.round_id.in_(sorted(rounds)),
                    RoundSession.day == today,
                    RoundSession.deleted_at.is_(None),
                )
                .order_by(RoundSession.start_minute)
            )
        )
    return CheckInFacts(
        session_day=session.day,
        today=today,
        person_id=person.id,
        first_name=person.first_name,
        registered=registered,
        checked_in_at=attendance.checked_in_at if present and attendance else None,
        marked_present=present,
        overdue=overdue_of(person.id),
        other_sessions=others,
    )


def check_in_answer(
    db: Session,
    tenant_id: str,
    session_id: str,
    text: str,
    *,
    today: date,
    overdue_of: Callable[[str], int] = _nothing_overdue,
) -> Green | Red:
    """The station's answer to ``text`` scanned or typed at ``session_id``."""
    scanned = read_scan(text, today=today)
    return decide(gather(db, tenant_id, session_id, scanned, today=today, overdue_of=overdue_of))
