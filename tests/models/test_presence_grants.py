"""LOK-stöd and municipal activity grants from attendance (issue 19): hand-computed
periods with the rules' edges (turning 7 and 25 that year, 44 against 45 minutes, two
sessions the same day, a leader turning 12 against 13, exactly 3 participants)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from models.attendance import Attendance, attendance_id
from models.courses import RoundSession
from models.grants import (
    LOK_STOD,
    MUNICIPAL_EXAMPLES,
    GrantSession,
    Issue,
    IssueCode,
    PerDay,
    grant_periods,
    grant_sessions,
)
from models.ids import new_id
from tests import factories as f

#: Birth years (2026: A turns 7, B turns 25, C turns 6, D turns 26, E 11, F 14; G unknown).
BORN = {"A": 2019, "B": 2001, "C": 2020, "D": 2000, "E": 2015, "F": 2012, "G": None}


def _s(
    sid: str,
    day: date,
    minutes: int,
    who: str,
    *,
    sport: str = "fotboll",
    leader: str = "L",
    leader_born: int = 2000,
    start: int = 17 * 60,
) -> GrantSession:
    return GrantSession(
        id=sid,
        day=day,
        minutes=minutes,
        sport=sport,
        leader_id=leader,
        leader_birth_year=leader_born,
        participants=list(who),
        birth_years={**BORN, leader: leader_born},
        start_minute=start,
    )


SESSIONS = [
    # Exactly 3 count (A turns 7, B turns 25, E); C turns 6 and D 26: outside.
    _s("S1", date(2026, 3, 2), 60, "ABECD"),
    # The same sport later the same day: A, B, E counted already; F alone is too few.
    _s("S2", date(2026, 3, 2), 60, "ABEF", start=19 * 60),
    # Another sport the same day counts them again.
    _s("S3", date(2026, 3, 2), 45, "ABE", sport="innebandy", start=20 * 60),
    _s("S4", date(2026, 3, 3), 44, "ABEF"),
    _s("S5", date(2026, 3, 4), 45, "ABEF", leader="L12", leader_born=2014),
    _s("S6", date(2026, 3, 5), 45, "ABEF", leader="L13", leader_born=2013),
    # Two count; C is outside the ages and G's age is not known.
    _s("S7", date(2026, 3, 6), 90, "ABCG"),
    # The second half; the leader on the list is not a participant.
    _s("S8", date(2026, 8, 10), 60, "ABEL"),
]


def test_a_lok_period_is_counted_as_by_hand() -> None:
    first, second = grant_periods(SESSIONS, LOK_STOD)
    assert (first.year, first.half, first.label) == (2026, 1, "2026 Jan–Jun")
    assert (first.activities, first.participant_occasions) == (3, 3 + 3 + 4)
    assert first.by_sport == {"fotboll": 7, "innebandy": 3}
    assert {c.session_id: c.issues for c in first.checks} == {
        "S2": (
            Issue(
                IssueCode.TOO_FEW_PARTICIPANTS,
                {"count": 1, "min": 3, "outside_age": 0, "unknown_age": 0, "counted_already": 3},
            ),
        ),
        "S4": (Issue(IssueCode.TOO_SHORT, {"minutes": 44, "min": 45}),),
        "S5": (Issue(IssueCode.LEADER_TOO_YOUNG, {"age": 12, "min": 13}),),
        "S7": (
            Issue(
                IssueCode.TOO_FEW_PARTICIPANTS,
                {"count": 2, "min": 3, "outside_age": 1, "unknown_age": 1, "counted_already": 0},
            ),
        ),
    }
    assert (second.year, second.half, second.activities, second.participant_occasions) == (
        2026,
        2,
        1,
        3,
    )
    assert second.checks == []


def test_the_check_reports_texts_say_why() -> None:
    [first, _] = grant_periods(SESSIONS, LOK_STOD)
    texts = {c.session_id: [i.text for i in c.issues] for c in first.checks}
    assert texts["S4"] == ["44 minutes; at least 45 count"]
    assert texts["S5"] == ["The leader turns 12 this year; at least 13"]
    assert texts["S2"] == [
        "1 participants count; at least 3 needed (0 outside the ages, 0 without a known age,"
        " 3 counted already that day)"
    ]


def test_a_session_before_the_rules_or_without_a_leader_or_time_does_not_count() -> None:
    sessions = [
        _s("old", date(2023, 6, 30), 60, "ABEF"),
        GrantSession("none", date(2026, 3, 9), None, "fotboll", None, None, ["B"] * 3, BORN),
    ]
    old, new = grant_periods(sessions, LOK_STOD)
    assert [i.code for i in old.checks[0].issues] == [IssueCode.BEFORE_RULES]
    assert [i.code for i in new.checks[0].issues] == [
        IssueCode.NO_TIME,
        IssueCode.NO_LEADER,
        IssueCode.TOO_FEW_PARTICIPANTS,
    ]
    assert (old.activities, new.activities) == (0, 0)


def test_municipal_rule_sets_change_the_numbers_and_the_per_day_rule() -> None:
    per_day, per_sport = MUNICIPAL_EXAMPLES
    assert per_day.per_day == PerDay.DAY and per_sport.max_participants == 30
    sessions = [
        _s("a", date(2026, 4, 1), 60, "AEF"),
        _s("b", date(2026, 4, 1), 60, "AEF", sport="innebandy", start=19 * 60),
    ]
    [lok] = grant_periods(sessions, LOK_STOD)
    [municipal] = grant_periods(sessions, per_day)
    assert lok.activities == 2
    # Once per day whatever the sport: the second session has no one left to count.
    assert municipal.activities == 1
    assert municipal.checks[0].issues[0].values["counted_already"] == 3
    # Example A wants a leader of 18: a leader turning 17 does not do.
    [young] = grant_periods([_s("c", date(2026, 4, 2), 60, "AEF", leader_born=2009)], per_day)
    assert young.checks[0].issues == (Issue(IssueCode.LEADER_TOO_YOUNG, {"age": 17, "min": 18}),)


def test_the_local_rows_give_the_sessions_as_grants_see_them(session: Session) -> None:
    t = f.tenant(session)
    reg = f.registration(session, t.id)
    leader = f.person(session, t.id, "Lena", "Ledare")
    leader.birth_date = date(1990, 5, 1)
    kid = session.get(type(leader), reg.participant_id)
    assert kid is not None
    kid.personnummer = "201403142389"
    room = RoundSession(
        id=new_id(),
        tenant_id=t.id,
        round_id=reg.round_id,
        day=date(2026, 3, 2),
        start_minute=17 * 60,
        end_minute=18 * 60,
        leader_id=leader.id,
    )
    session.add(room)
    session.flush()
    session.add(
        Attendance(
            id=attendance_id(room.id, kid.id),
            tenant_id=t.id,
            session_id=room.id,
            person_id=kid.id,
            present=True,
            checked_in_at=datetime(2026, 3, 2, 16, 0, tzinfo=UTC),
        )
    )
    session.flush()
    [got] = grant_sessions(session, t.id, date(2026, 1, 1), date(2026, 6, 30))
    assert (got.id, got.minutes, got.sport, got.leader_id, got.leader_birth_year) == (
        room.id,
        60,
        "Ledarskap",
        leader.id,
        1990,
    )
    assert list(got.participants) == [kid.id]
    assert got.birth_years == {kid.id: 2014}
    assert grant_sessions(session, t.id, date(2026, 7, 1), date(2026, 12, 31)) == []


def test_a_rule_set_counting_every_session_and_capping_participants() -> None:
    every = replace(LOK_STOD, key="every", per_day=PerDay.SESSION, max_participants=3)
    sessions = [
        _s("a", date(2026, 4, 1), 60, "ABEF"),
        _s("b", date(2026, 4, 1), 60, "ABEF", start=19 * 60),
    ]
    [period] = grant_periods(sessions, every)
    # Both count, each with at most 3 of its 4 participants.
    assert (period.activities, period.participant_occasions) == (2, 6)
    [lok] = grant_periods(sessions, LOK_STOD)
    assert (lok.activities, lok.participant_occasions) == (1, 4)
