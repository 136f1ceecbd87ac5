"""The check-in decision (issue 19): a scan or a typed personnummer -> green or red with
the reason, from the local rows, by indexed lookups."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from models.attendance import Attendance, CheckInHow, MembershipCard, attendance_id
from models.courses import CourseRound, Registration, RegistrationStatus, RoundSession
from models.errors import ValidationError
from models.ids import new_id
from models.mrz import compose_td1
from models.presence import (
    ANSWER_TEXTS,
    CheckInFacts,
    Green,
    OtherSession,
    Red,
    RedReason,
    ScanKind,
    Scanned,
    check_in_answer,
    decide,
    read_scan,
)
from tests import factories as f

TODAY = date(2026, 12, 4)
MARIA_PNR = "198703142391"


def test_read_scan_tells_an_mrz_a_personnummer_and_a_card_apart() -> None:
    mrz = compose_td1(
        document_number="59000002",
        birth="870314",
        expiry="300102",
        surname="Ek",
        given_names="Maria",
        optional1=MARIA_PNR,
    )
    assert read_scan(mrz, today=TODAY) == Scanned(ScanKind.MRZ, MARIA_PNR)
    assert read_scan("870314-2391", today=TODAY) == Scanned(ScanKind.PERSONNUMMER, MARIA_PNR)
    assert read_scan(" KORT-4711 ", today=TODAY) == Scanned(ScanKind.CARD, "KORT-4711")
    with pytest.raises(ValidationError, match="check digit"):
        read_scan("870314-2392", today=TODAY)  # typed with its dash: a personnummer
    # Digits alone that are no personnummer: a card with a numeric code.
    assert read_scan("8703142392", today=TODAY) == Scanned(ScanKind.CARD, "8703142392")
    with pytest.raises(ValidationError, match="composite check digit"):
        read_scan(mrz[:-32] + ("1" if mrz[-32] != "1" else "2") + mrz[-31:], today=TODAY)


def _facts(**values: Any) -> CheckInFacts:
    base: dict[str, Any] = {
        "session_day": TODAY,
        "today": TODAY,
        "person_id": "p1",
        "first_name": "Maria",
        "registered": True,
    }
    return CheckInFacts(**{**base, **values})


def test_a_registered_person_without_debts_is_welcomed_by_first_name() -> None:
    answer = decide(_facts())
    assert answer == Green("p1", {"name": "Maria"})
    assert answer.text == "Welcome Maria"


@pytest.mark.parametrize(
    ("facts", "reason", "values"),
    [
        (_facts(person_id=None), RedReason.UNKNOWN_PERSON, {}),
        (
            _facts(session_day=TODAY + timedelta(days=7)),
            RedReason.NOT_TODAY,
            {"day": "2026-12-11"},
        ),
        (
            _facts(checked_in_at=datetime(2026, 12, 4, 17, 2, tzinfo=UTC)),
            RedReason.ALREADY_CHECKED_IN,
            {"name": "Maria", "time": "18:02"},
        ),
        (_facts(registered=False), RedReason.NOT_REGISTERED, {"name": "Maria"}),
        (
            _facts(registered=False, other_sessions=(OtherSession("Tango 2", 19 * 60),)),
            RedReason.WRONG_SESSION,
            {"name": "Maria", "round": "Tango 2", "time": "19:00"},
        ),
        (_facts(overdue=45_050), RedReason.FEE_OVERDUE, {"name": "Maria", "amount": "450,50"}),
    ],
)
def test_each_red_answer_has_its_reason_and_values(
    facts: CheckInFacts, reason: RedReason, values: dict[str, Any]
) -> None:
    answer = decide(facts)
    assert isinstance(answer, Red)
    assert (answer.reason, answer.values) == (reason, values)
    assert answer.text == ANSWER_TEXTS[reason].format(**values)


@given(
    registered=st.booleans(),
    checked_in=st.booleans(),
    today=st.booleans(),
    overdue=st.integers(min_value=0, max_value=10**6),
)
def test_green_only_when_every_rule_holds(
    registered: bool, checked_in: bool, today: bool, overdue: int
) -> None:
    facts = _facts(
        registered=registered,
        marked_present=checked_in,
        session_day=TODAY if today else TODAY - timedelta(days=1),
        overdue=overdue,
    )
    green = isinstance(decide(facts), Green)
    assert green == (registered and not checked_in and today and overdue == 0)


# -- From the local rows -----------------------------------------------------------------


@pytest.fixture
def station(session: Session) -> dict[str, Any]:
    t = f.tenant(session)
    reg = f.registration(session, t.id)
    maria = session.get(type(f.person(session, t.id)), reg.participant_id)
    assert maria is not None
    maria.first_name, maria.personnummer = "Maria", MARIA_PNR
    tonight = RoundSession(
        id=new_id(), tenant_id=t.id, round_id=reg.round_id, day=TODAY, start_minute=18 * 60
    )
    session.add(tonight)
    session.add(MembershipCard(id=new_id(), tenant_id=t.id, person_id=maria.id, code="KORT-4711"))
    session.flush()
    return {"tenant": t.id, "maria": maria, "session": tonight, "reg": reg}


def _answer(session: Session, station: dict[str, Any], text: str, **kw: Any) -> Green | Red:
    return check_in_answer(
        session, station["tenant"], station["session"].id, text, today=TODAY, **kw
    )


def test_a_card_or_a_personnummer_finds_the_person(session: Session, station: Any) -> None:
    for scanned in ("KORT-4711", "870314-2391", MARIA_PNR):
        assert _answer(session, station, scanned) == Green(station["maria"].id, {"name": "Maria"})
    assert _answer(session, station, "KORT-9999") == Red(RedReason.UNKNOWN_PERSON, {})


def test_the_red_answers_from_the_local_rows(session: Session, station: Any) -> None:
    maria = station["maria"]
    owes = _answer(session, station, "KORT-4711", overdue_of={maria.id: 20_000}.get)
    assert isinstance(owes, Red) and owes.values["amount"] == "200"
    session.add(
        Attendance(
            id=attendance_id(station["session"].id, maria.id),
            tenant_id=station["tenant"],
            session_id=station["session"].id,
            person_id=maria.id,
            present=True,
            checked_in_at=datetime(2026, 12, 4, 17, 2, tzinfo=UTC),
            how=CheckInHow.SCAN,
        )
    )
    session.flush()
    again = _answer(session, station, "KORT-4711")
    assert isinstance(again, Red) and again.reason == RedReason.ALREADY_CHECKED_IN
    assert again.values["time"] == "18:02"
    # Her registration cancelled; she holds one on another round with a session today.
    station["reg"].status = RegistrationStatus.CANCELLED
    other_round = f.course_round(session, station["tenant"])
    other_round.name = "Tango 2"
    session.add_all(
        [
            Registration(
                id=new_id(),
                tenant_id=station["tenant"],
                round_id=other_round.id,
                participant_id=maria.id,
            ),
            RoundSession(
                id=new_id(),
                tenant_id=station["tenant"],
                round_id=other_round.id,
                day=TODAY,
                start_minute=19 * 60 + 30,
            ),
        ]
    )
    session.get(Attendance, attendance_id(station["session"].id, maria.id)).present = False  # type: ignore[union-attr]
    session.flush()
    wrong = _answer(session, station, "KORT-4711")
    assert wrong == Red(
        RedReason.WRONG_SESSION,
        {"name": "Maria", "round": "Tango 2", "time": "19:30"},
        maria.id,
    )


def test_a_merged_duplicates_card_finds_the_person_they_were_merged_into(
    session: Session, station: Any
) -> None:
    duplicate = f.person(session, station["tenant"], "Maria", "Ek")
    duplicate.merged_into_id = station["maria"].id
    duplicate.deleted_at = datetime(2026, 11, 1, tzinfo=UTC)
    session.add(
        MembershipCard(
            id=new_id(), tenant_id=station["tenant"], person_id=duplicate.id, code="GAMMALT-1"
        )
    )
    session.flush()
    assert _answer(session, station, "GAMMALT-1") == Green(station["maria"].id, {"name": "Maria"})


def test_another_tenants_card_is_unknown(session: Session, station: Any) -> None:
    other = f.tenant(session, "t2")
    theirs = f.person(session, other.id)
    session.add(MembershipCard(id=new_id(), tenant_id=other.id, person_id=theirs.id, code="X-1"))
    session.flush()
    assert _answer(session, station, "X-1") == Red(RedReason.UNKNOWN_PERSON, {})


def test_the_lookups_use_their_indexes(session: Session, station: Any) -> None:
    """No scan reads a table whole (issue 19: an answer within a blink at 100k persons)."""
    plans: list[str] = []
    connection = session.connection()

    def explain(statement: Any) -> None:
        compiled = statement.compile(connection, compile_kwargs={"literal_binds": True})
        rows = connection.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
        plans.append(" | ".join(str(r[-1]) for r in rows))

    t = station["tenant"]
    explain(
        select(MembershipCard.person_id).where(
            MembershipCard.tenant_id == t, MembershipCard.code == "KORT-4711"
        )
    )
    explain(
        select(Registration.round_id).where(
            Registration.tenant_id == t, Registration.participant_id == station["maria"].id
        )
    )
    explain(
        select(CourseRound.name, RoundSession.start_minute)
        .join(CourseRound, CourseRound.id == RoundSession.round_id)
        .where(RoundSession.round_id.in_(["r1", "r2"]), RoundSession.day == TODAY)
    )
    from models.people import Person

    explain(select(Person.id).where(Person.tenant_id == t, Person.personnummer == MARIA_PNR))
    for plan in plans:
        assert "USING" in plan and "SCAN " not in plan.replace("SCAN CONSTANT", ""), plan
