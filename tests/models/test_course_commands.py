"""course.create/edit/archive and round.create/edit/archive (issue 15): one set of rules."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy.orm import Session

from models.commands import build
from models.courses import Course, CourseRound
from models.errors import ConflictError, NotFoundError, ValidationError
from models.ids import new_id
from tests import factories as f


def run(session: Session, name: str, args: dict[str, Any], tenant_id: str) -> None:
    build(name, 1, args, id=new_id()).apply(session, f.actor(tenant_id))


def test_a_course_is_created_edited_archived_and_taken_back(session: Session) -> None:
    t = f.tenant(session)
    leader = f.person(session, t.id)
    cid = new_id()
    run(
        session,
        "course.create",
        {
            "course_id": cid,
            "code": "EK1",
            "name": "Ekonomi 1",
            "category": "Ekonomi",
            "leader_id": leader.id,
            "description": "Rad ett\nRad två",
        },
        t.id,
    )
    course = session.get(Course, cid)
    assert course is not None
    assert (course.category, course.leader_id, course.archived) == ("Ekonomi", leader.id, False)
    run(
        session,
        "course.edit",
        {"course_id": cid, "changes": {"name": {"old": "Ekonomi 1", "new": "Ekonomi A"}}},
        t.id,
    )
    assert course.name == "Ekonomi A"
    # Someone else's change of the same field meanwhile is a conflict, not overwritten.
    with pytest.raises(ConflictError):
        run(
            session,
            "course.edit",
            {"course_id": cid, "changes": {"name": {"old": "Ekonomi 1", "new": "Ekonomi B"}}},
            t.id,
        )
    assert course.name == "Ekonomi A"
    archive = {"course_id": cid, "changes": {"archived": {"old": False, "new": True}}}
    run(session, "course.archive", archive, t.id)
    assert course.archived is True
    back = {"course_id": cid, "changes": {"archived": {"old": True, "new": False}}}
    run(session, "course.archive", back, t.id)
    assert course.archived is False


def test_course_fields_follow_the_create_rules(session: Session) -> None:
    t = f.tenant(session)
    cid = f.course_round(session, t.id).course_id
    with pytest.raises(ValidationError) as err:
        build("course.create", 1, {"course_id": new_id(), "code": "", "name": "X"}, id=new_id())
    assert err.value.field == "args.code"
    with pytest.raises(ValidationError) as err:
        build("course.edit", 1, {"course_id": cid, "changes": {"code": {"new": ""}}}, id=new_id())
    assert "code" in str(err.value)
    with pytest.raises(NotFoundError):
        run(
            session,
            "course.edit",
            {"course_id": cid, "changes": {"leader_id": {"new": "nobody"}}},
            t.id,
        )


def test_a_round_is_created_with_its_registration_period_and_price(session: Session) -> None:
    t = f.tenant(session)
    r = f.course_round(session, t.id)
    rid = new_id()
    args = {
        "round_id": rid,
        "course_id": r.course_id,
        "name": "HT 2027",
        "starts_on": "2027-09-01",
        "ends_on": "2027-09-03",
        "registration_opens_on": "2027-05-01",
        "registration_closes_on": "2027-08-15",
        "price_ore": 1_250_000,
        "seats": 12,
    }
    run(session, "round.create", args, t.id)
    created = session.get(CourseRound, rid)
    assert created is not None
    assert created.price_ore == 1_250_000
    assert created.registration_closes_on == date(2027, 8, 15)
    bad = {**args, "round_id": new_id(), "registration_closes_on": "2027-04-01"}
    with pytest.raises(ValidationError) as err:
        run(session, "round.create", bad, t.id)
    assert err.value.field == "registration_closes_on"
    with pytest.raises(ValidationError) as err:
        build("round.create", 1, {**args, "price_ore": -1}, id=new_id())
    assert err.value.field == "args.price_ore"


def test_a_round_edit_merges_per_field_and_keeps_the_dates_in_order(session: Session) -> None:
    t = f.tenant(session)
    r = f.course_round(session, t.id)
    run(
        session,
        "round.edit",
        {
            "round_id": r.id,
            "changes": {
                "starts_on": {"old": "2026-09-01", "new": "2027-02-01"},
                "ends_on": {"old": "2026-12-01", "new": "2027-02-02"},
                "price_ore": {"old": None, "new": 99_00},
                "place": {"old": r.place, "new": "Malmö"},
            },
        },
        t.id,
    )
    assert (r.starts_on, r.ends_on, r.price_ore, r.place) == (
        date(2027, 2, 1),
        date(2027, 2, 2),
        9900,
        "Malmö",
    )
    with pytest.raises(ValidationError) as err:
        run(
            session,
            "round.edit",
            {"round_id": r.id, "changes": {"ends_on": {"old": "2027-02-02", "new": "2027-01-01"}}},
            t.id,
        )
    assert err.value.field == "ends_on"
    assert r.ends_on == date(2027, 2, 2)  # refused before anything was set
    with pytest.raises(ConflictError):
        run(
            session,
            "round.edit",
            {"round_id": r.id, "changes": {"place": {"old": "Lund", "new": "Umeå"}}},
            t.id,
        )
    run(
        session,
        "round.archive",
        {"round_id": r.id, "changes": {"archived": {"old": False, "new": True}}},
        t.id,
    )
    assert r.archived is True
