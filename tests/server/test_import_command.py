"""``registration.import`` over HTTP on SQLite and PostgreSQL: a file's rows applied in one
command with every row in the answer, a refusal naming its row, a repeat answered once."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select

from models import Person, Registration
from models.courses import Course, CourseRound
from models.ids import new_id
from tests.server.helpers import World, cmd


def _round(world: World) -> str:
    with world.db.transaction() as s:
        course = Course(id=new_id(), tenant_id=world.tenant_id, code="IMP", name="Import")
        s.add(course)
        s.flush()
        round_ = CourseRound(
            id=new_id(), tenant_id=world.tenant_id, course_id=course.id, name="Import HT26",
            term="HT2026", starts_on=date(2026, 9, 1), ends_on=date(2026, 12, 1),
        )  # fmt: skip
        s.add(round_)
        return round_.id


def _new(row: int, **extra: Any) -> dict[str, Any]:
    pid = new_id()
    person = {
        "person_id": pid,
        "first_name": "Ny",
        "last_name": f"Person{row}",
        "emails": [{"address": f"rad{row}.{pid[-6:]}@import.example"}],
        "phones": [{"number": f"070-123 4{row:03d}"}],
    }
    return {
        "row": row,
        "registration_id": new_id(),
        "participant_id": pid,
        "person": person,
        **extra,
    }


def _count(world: World, model: Any, round_id: str | None = None) -> int:
    with world.db.transaction() as s:
        q = select(func.count()).select_from(model).where(model.tenant_id == world.tenant_id)
        if round_id is not None:
            q = q.where(Registration.round_id == round_id)
        return int(s.scalar(q) or 0)


def test_an_import_applies_every_row_and_answers_with_them_once(world: World) -> None:
    round_id = _round(world)
    rows = [_new(n) for n in range(2, 202)]
    rows[-1]["approving_manager_id"] = rows[0]["participant_id"]  # made by the same command
    envelope = cmd("registration.import", round_id=round_id, rows=rows)
    [answer] = world.push(envelope)
    assert answer["status"] == "applied", answer
    got = answer["rows"]
    assert {r["id"] for r in got["registration"]} == {r["registration_id"] for r in rows}
    assert {r["id"] for r in got["person"]} == {r["participant_id"] for r in rows}
    assert len(got["person_email"]) == len(got["person_phone"]) == 200
    assert [r["id"] for r in got["course_round"]] == [round_id]
    assert all(r["server_seq"] for table in got.values() for r in table)
    # The same command again (an answer lost on the way): its first answer, no second effect.
    [again] = world.push(envelope)
    assert again == answer
    assert _count(world, Registration, round_id) == 200
    pulled = world.pull_all()["changes"]["registration"]
    managed = pulled[rows[-1]["registration_id"]]
    assert managed["approving_manager_id"] == rows[0]["participant_id"]


def test_a_refused_row_is_named_and_nothing_of_its_command_is_applied(world: World) -> None:
    round_id = _round(world)
    people = _count(world, Person)
    rows = [_new(2), _new(3), _new(4, approving_manager_id=new_id())]  # nobody has that id
    [answer] = world.push(cmd("registration.import", round_id=round_id, rows=rows))
    assert answer["status"] == "rejected"
    assert answer["code"] == "not_found"
    assert answer["details"]["row"] == 4
    assert answer["message"].startswith("Approving manager ")
    assert _count(world, Registration, round_id) == 0 and _count(world, Person) == people
    # A row that breaks person.create's rule is refused by that rule, naming the row.
    bad = [_new(2), _new(3)]
    bad[1]["person"]["phones"] = [{"number": "0701"}]
    [answer] = world.push(cmd("registration.import", round_id=round_id, rows=bad))
    assert (answer["code"], answer["details"]["row"], answer["details"]["field"]) == (
        "invalid", 3, "phones.0",
    )  # fmt: skip


def test_a_course_administrator_may_import_without_personnummer(world: World) -> None:
    round_id = _round(world)
    with_pnr = _new(2)
    with_pnr["person"]["personnummer"] = "19811218-9876"
    [refused] = world.push(
        cmd("registration.import", round_id=round_id, rows=[with_pnr]), role="course_admin"
    )
    assert (refused["code"], refused["details"]["field"]) == ("forbidden", "personnummer")
    [ok] = world.push(
        cmd("registration.import", round_id=round_id, rows=[_new(3)]), role="course_admin"
    )
    assert ok["status"] == "applied", ok
    [no] = world.push(cmd("registration.import", round_id=round_id, rows=[_new(4)]), role="viewer")
    assert no["code"] == "forbidden"
