"""The values of a notification computed from the rows it is about (issue 16).

A message template's placeholders (:data:`models.notifications.EVENTS`) are filled from
the row an event concerns: a registration for the registration, payment and most round
events, a course round for ``round.opens``, an agent order for its steps.
:func:`values_for` computes them from the rows of a session (the desktop's local database
for a template's preview, the server's for sending), so the preview shows what the mail
would say.

Values only the sending can know (a personal link, its expiry, the course administrator's
message) are left out: :func:`values_for` returns what the rows say, and a caller fills
or marks the rest.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.agent_orders import AgentOrder
from models.courses import Course, CourseRound, Registration, RoundSession
from models.errors import NotFoundError, ValidationError
from models.notifications import EventType, event_spec
from models.organisations import Agent, Organisation
from models.people import Person


class ValueSource(enum.StrEnum):
    """The kind of row an event type's values are computed from."""

    REGISTRATION = "registration"
    ROUND = "course_round"
    AGENT_ORDER = "agent_order"


#: The words :func:`round_details` writes (English; a caller passes its own language's).
LABELS: Mapping[str, str] = {
    "course": "Course",
    "round": "Course round",
    "dates": "Dates",
    "place": "Place",
    "session": "Session",
}


def source_of(event_type: str) -> ValueSource | None:
    """The kind of row ``event_type``'s values come from (None: none computed here)."""
    kind = EventType(event_type)
    if kind is EventType.ROUND_OPENS:
        return ValueSource.ROUND
    placeholders = event_spec(event_type).placeholders
    if "participant_name" in placeholders:
        return ValueSource.REGISTRATION
    return ValueSource.AGENT_ORDER if "number" in placeholders else None


def values_for(
    session: Session,
    event_type: str,
    row_id: str,
    *,
    tenant: str = "",
    labels: Mapping[str, str] = LABELS,
    today: date | None = None,
) -> dict[str, str]:
    """The placeholders of ``event_type`` the row ``row_id`` gives values to (a
    registration, a course round or an agent order, per :func:`source_of`), as text;
    ``tenant`` is the sender's name, ``labels`` the words of ``round_details``, ``today``
    the day ``days`` counts from. An event type whose values come from no such row is
    refused."""
    spec = event_spec(event_type)
    source = source_of(event_type)
    if source is None:
        raise ValidationError(
            "The values of {event} cannot be computed from a row",
            field="event_type",
            params={"event": event_type},
        )
    values: dict[str, str] = {"tenant": tenant}
    if source is ValueSource.ROUND:
        round_ = session.get(CourseRound, row_id)
        if round_ is None:
            raise NotFoundError("Course round not found", params={"id": row_id})
        values |= _round_values(session, round_, labels)
    elif source is ValueSource.AGENT_ORDER:
        values |= _order_values(session, row_id)
    else:
        values |= _registration_values(session, event_type, row_id, labels, today)
    return {k: v for k, v in values.items() if k in spec.placeholders}


def _registration_values(
    session: Session,
    event_type: str,
    registration_id: str,
    labels: Mapping[str, str],
    today: date | None,
) -> dict[str, str]:
    registration = session.get(Registration, registration_id)
    if registration is None:
        raise NotFoundError("Registration not found", params={"id": registration_id})
    round_ = session.get(CourseRound, registration.round_id)
    assert round_ is not None
    participant = session.get(Person, registration.participant_id)
    manager = (
        session.get(Person, registration.approving_manager_id)
        if registration.approving_manager_id
        else None
    )
    values = _round_values(session, round_, labels)
    values["participant_name"] = participant.full_name if participant else ""
    values["participant_first_name"] = participant.first_name if participant else ""
    values["manager_name"] = manager.full_name if manager else registration.form_manager_name or ""
    values["manager_email"] = (
        (manager.primary_email or "") if manager else registration.form_manager_email or ""
    )
    values["approved_by"] = registration.approved_by_email or ""
    values["answers"] = "\n".join(
        f"{key}: {_answer(value)}" for key, value in (registration.signup_answers or {}).items()
    )
    if round_.starts_on is not None:
        values["days"] = str((round_.starts_on - (today or date.today())).days)
    approval = "manager_name" in event_spec(event_type).placeholders
    values["recipient_name"] = values["manager_name" if approval else "participant_name"]
    return values


def _order_values(session: Session, order_id: str) -> dict[str, str]:
    order = session.get(AgentOrder, order_id)
    if order is None:
        raise NotFoundError("Agent order not found", params={"id": order_id})
    customer = session.get(Organisation, order.customer_organisation_id)
    agent = session.get(Agent, order.agent_id)
    return {
        "recipient_name": order.ordered_by_name,
        "number": order.number,
        "customer": customer.name if customer else "",
        "agent": agent.name if agent else "",
        "service": order.service,
        "attestant": order.customer_attestant_email,
        "reason": order.rejected_reason,
        "case": order.case_number or "",
    }


def _answer(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def _round_values(
    session: Session, round_: CourseRound, labels: Mapping[str, str]
) -> dict[str, str]:
    course = session.get(Course, round_.course_id)
    return {
        "course": course.name if course else "",
        "round": round_.name,
        "round_details": round_details(session, course, round_, labels),
    }


def round_details(
    session: Session,
    course: Course | None,
    round_: CourseRound,
    labels: Mapping[str, str] = LABELS,
) -> str:
    """The round's course, name, dates, place and sessions, one "Label: value" per line."""
    dates = " – ".join(d.isoformat() for d in (round_.starts_on, round_.ends_on) if d)
    rows = [
        (labels["course"], course.name if course else ""),
        (labels["round"], round_.name),
        (labels["dates"], dates),
        (labels["place"], round_.place),
    ]
    sessions = session.scalars(
        select(RoundSession)
        .where(RoundSession.round_id == round_.id, RoundSession.deleted_at.is_(None))
        .order_by(RoundSession.day, RoundSession.start_minute)
    )
    rows += [(labels["session"], _session_text(s)) for s in sessions]
    return "\n".join(f"{label}: {value}" for label, value in rows if value)


def _session_text(row: RoundSession) -> str:
    times = "–".join(
        f"{m // 60:02d}:{m % 60:02d}" for m in (row.start_minute, row.end_minute) if m is not None
    )
    return " ".join(part for part in (row.day.isoformat(), times, row.room) if part)
