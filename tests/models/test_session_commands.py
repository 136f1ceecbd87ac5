"""session.add/edit/remove (issue 15): a round's sessions and the rules of their day and times."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.commands import build
from models.courses import RoundSession
from models.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from models.ids import new_id
from models.sessions import clock_text, parse_clock, session_span
from models.tenancy import Role
from tests import factories as f


def run(session: Session, name: str, args: dict[str, Any], tenant_id: str, *roles: str) -> None:
    build(name, 1, args, id=new_id()).apply(session, f.actor(tenant_id, *roles))


def _add(session: Session, tenant_id: str, round_id: str, **values: Any) -> str:
    sid = new_id()
    run(session, "session.add", {"session_id": sid, "round_id": round_id, **values}, tenant_id)
    return sid


def test_a_session_is_added_edited_and_removed(session: Session) -> None:
    t = f.tenant(session)
    r = f.course_round(session, t.id)
    leader = f.person(session, t.id)
    sid = _add(
        session,
        t.id,
        r.id,
        day="2026-09-14",
        start_minute=9 * 60,
        end_minute=16 * 60,
        room="Sal A",
        leader_id=leader.id,
        note="Ta med dator\noch laddare",
    )
    row = session.get(RoundSession, sid)
    assert row is not None
    assert (row.round_id, row.day, row.room, row.leader_id) == (
        r.id,
        date(2026, 9, 14),
        "Sal A",
        leader.id,
    )
    assert session_span(row) == "09:00–16:00"
    run(
        session,
        "session.edit",
        {"session_id": sid, "changes": {"day": {"old": "2026-09-14", "new": "2026-09-15"}}},
        t.id,
    )
    assert row.day == date(2026, 9, 15)
    # An edit made from a stale view of the same field is a conflict, not an overwrite.
    with pytest.raises(ConflictError):
        run(
            session,
            "session.edit",
            {"session_id": sid, "changes": {"day": {"old": "2026-09-14", "new": "2026-09-16"}}},
            t.id,
        )
    assert row.day == date(2026, 9, 15)
    run(session, "session.remove", {"session_id": sid}, t.id)
    assert row.deleted_at is not None
    with pytest.raises(NotFoundError):
        run(session, "session.remove", {"session_id": sid}, t.id)


def test_a_session_ends_after_it_starts_and_an_end_needs_a_start(session: Session) -> None:
    t = f.tenant(session)
    r = f.course_round(session, t.id)
    with pytest.raises(ValidationError) as err:
        _add(session, t.id, r.id, day="2026-09-14", start_minute=600, end_minute=600)
    assert (err.value.field, err.value.message) == (
        "end_minute",
        "The session ends before it starts",
    )
    with pytest.raises(ValidationError) as err:
        _add(session, t.id, r.id, day="2026-09-14", end_minute=600)
    assert err.value.field == "start_minute"
    sid = _add(session, t.id, r.id, day="2026-09-14", start_minute=540, end_minute=720)
    # The rule holds for the fields after an edit too: the end moved before the start.
    with pytest.raises(ValidationError) as err:
        run(
            session,
            "session.edit",
            {"session_id": sid, "changes": {"end_minute": {"old": 720, "new": 480}}},
            t.id,
        )
    assert err.value.field == "end_minute"
    with pytest.raises(ValidationError) as err:
        run(
            session,
            "session.edit",
            {"session_id": sid, "changes": {"day": {"old": "2026-09-14", "new": None}}},
            t.id,
        )
    assert err.value.field == "day"
    row = session.get(RoundSession, sid)
    assert row is not None and (row.day, row.end_minute) == (date(2026, 9, 14), 720)


def test_a_session_outside_the_rounds_dates_is_refused_naming_them(session: Session) -> None:
    t = f.tenant(session)
    r = f.course_round(session, t.id)  # 2026-09-01 to 2026-12-01
    with pytest.raises(ValidationError) as err:
        _add(session, t.id, r.id, day="2026-08-31")
    assert err.value.field == "day"
    assert err.value.template == (
        "The session is on {day}, outside the round's dates ({starts} to {ends})"
    )
    assert err.value.params == {"day": "2026-08-31", "starts": "2026-09-01", "ends": "2026-12-01"}
    _add(session, t.id, r.id, day="2026-12-01")  # the round's last day is inside
    r.starts_on = r.ends_on = None  # a round without dates takes any day
    _add(session, t.id, r.id, day="2030-01-01")


def test_session_arguments_are_checked_by_the_model() -> None:
    base = {"session_id": new_id(), "round_id": new_id(), "day": "2026-09-14"}
    for bad in ({"start_minute": -1}, {"end_minute": 24 * 60 + 1}, {"room": "x" * 201}):
        with pytest.raises(ValidationError):
            build("session.add", 1, {**base, **bad}, id=new_id())
    with pytest.raises(ValidationError):
        build("session.add", 1, {**base, "day": "14/9"}, id=new_id())


def test_a_session_leader_and_round_must_exist_in_the_tenant(session: Session) -> None:
    t = f.tenant(session)
    other = f.tenant(session, "t2")
    r = f.course_round(session, t.id)
    stranger = f.person(session, other.id)
    with pytest.raises(NotFoundError):
        _add(session, t.id, r.id, day="2026-09-14", leader_id=stranger.id)
    with pytest.raises(NotFoundError):
        _add(session, other.id, r.id, day="2026-09-14")


def test_only_course_staff_manage_sessions(session: Session) -> None:
    t = f.tenant(session)
    r = f.course_round(session, t.id)
    args = {"session_id": new_id(), "round_id": r.id, "day": "2026-09-14"}
    with pytest.raises(PermissionDenied):
        run(session, "session.add", args, t.id, Role.ALUMNI_OFFICER)
    run(session, "session.add", args, t.id, Role.COURSE_ADMIN)


@pytest.mark.parametrize(
    ("text", "minute"),
    [("9", 540), ("09:30", 570), ("9.30", 570), ("0930", 570), ("24:00", 1440), (" ", None)],
)
def test_times_are_read_as_people_write_them(text: str, minute: int | None) -> None:
    assert parse_clock(text) == minute
    if minute is not None:
        assert parse_clock(clock_text(minute)) == minute


@pytest.mark.parametrize("text", ["25", "9:60", "24:01", "nio", "9:3"])
def test_a_time_that_is_not_one_is_refused(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_clock(text, field="end_minute")
    assert err.value.field == "end_minute"


def test_a_copied_round_gets_the_sessions_moved_by_the_days_between_the_starts(
    session: Session,
) -> None:
    t = f.tenant(session)
    r = f.course_round(session, t.id)  # 2026-09-01 to 2026-12-01
    leader = f.person(session, t.id)
    _add(session, t.id, r.id, day="2026-09-01", start_minute=540, end_minute=960, room="Sal A")
    _add(session, t.id, r.id, day="2026-09-03", leader_id=leader.id, note="Tenta")
    removed = _add(session, t.id, r.id, day="2026-09-02")
    run(session, "session.remove", {"session_id": removed}, t.id)
    new = new_id()
    copy = {
        "round_id": new,
        "course_id": r.course_id,
        "name": "Ledarskap VT27",
        "starts_on": "2027-02-02",
        "ends_on": "2027-02-10",
        "copy_sessions_from": r.id,
    }
    run(session, "round.create", copy, t.id)
    copied = session.scalars(
        select(RoundSession).where(RoundSession.round_id == new).order_by(RoundSession.day)
    ).all()
    assert [(s.day, s.start_minute, s.end_minute, s.room, s.leader_id, s.note) for s in copied] == [
        (date(2027, 2, 2), 540, 960, "Sal A", None, ""),
        (date(2027, 2, 4), None, None, "", leader.id, "Tenta"),
    ]
    # A copy whose dates cannot hold the moved sessions is refused by their rule.
    with pytest.raises(ValidationError) as err:
        run(session, "round.create", {**copy, "round_id": new_id(), "ends_on": "2027-02-03"}, t.id)
    assert err.value.field == "day"
    # Another tenant cannot copy this round's sessions onto its own course.
    other = f.tenant(session, "t2")
    theirs = f.course_round(session, other.id).course_id
    with pytest.raises(NotFoundError):
        run(session, "round.create", {**copy, "round_id": new_id(), "course_id": theirs}, other.id)


def test_new_round_dates_that_leave_sessions_outside_are_refused_naming_them(
    session: Session,
) -> None:
    t = f.tenant(session)
    r = f.course_round(session, t.id)  # 2026-09-01 to 2026-12-01
    for day in ("2026-09-14", "2026-10-05", "2026-11-20"):
        _add(session, t.id, r.id, day=day)
    gone = _add(session, t.id, r.id, day="2026-09-02")
    run(session, "session.remove", {"session_id": gone}, t.id)  # a removed one does not count

    def edit(field: str, old: str, new: str) -> None:
        run(
            session,
            "round.edit",
            {"round_id": r.id, "changes": {field: {"old": old, "new": new}}},
            t.id,
        )

    with pytest.raises(ValidationError) as err:
        edit("ends_on", "2026-12-01", "2026-10-01")
    assert (err.value.field, err.value.params) == ("ends_on", {"count": 2, "day": "2026-10-05"})
    assert err.value.message == (
        "Sessions outside these dates: 2, the first on 2026-10-05; move or remove them first"
    )
    with pytest.raises(ValidationError) as err:
        edit("starts_on", "2026-09-01", "2026-09-20")
    assert (err.value.field, err.value.params) == ("starts_on", {"count": 1, "day": "2026-09-14"})
    assert (r.starts_on, r.ends_on) == (date(2026, 9, 1), date(2026, 12, 1))
    # Dates that still hold every live session pass; so does an edit of another field.
    edit("starts_on", "2026-09-01", "2026-09-10")
    edit("ends_on", "2026-12-01", "2026-11-20")
    assert (r.starts_on, r.ends_on) == (date(2026, 9, 10), date(2026, 11, 20))
    edit("place", r.place, "Luleå")
