"""Personal data (personnummer, birth date) leaves the server only to roles that may read
it, and a role that may not read a field can neither set nor compare it (no oracle).

Over real HTTP against the real app, on SQLite and PostgreSQL (the ``world`` fixture).
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import update

from models.ids import new_id
from models.tenancy import Membership, Role
from tests.server.helpers import World, cmd

PNR = "198112189876"
BIRTH = "1981-12-18"


def _person(world: World) -> str:
    person_id = new_id()
    [created] = world.push(
        cmd(
            "person.create",
            person_id=person_id,
            first_name="Stina",
            last_name="Ek",
            personnummer=PNR,
            emails=[{"address": f"stina.{person_id[-6:]}@example.se"}],
        )
    )
    assert created["status"] == "applied", created
    assert created["rows"]["person"][0]["personnummer"] == PNR
    return person_id


def _leaks(value: Any) -> bool:
    text = repr(value)
    return any(v in text for v in (PNR, PNR[2:], "19811218", BIRTH))


def _person_row(world: World, role: str, person_id: str) -> dict[str, Any]:
    row: dict[str, Any] = world.pull_all(role)["changes"]["person"][person_id]
    return row


def test_pull_sends_personnummer_and_birth_date_only_to_personal_data_roles(world: World) -> None:
    person_id = _person(world)
    for role in (Role.COURSE_ADMIN, Role.VIEWER, Role.AGENT_CASE_HANDLER, Role.ATTESTANT):
        row = _person_row(world, role, person_id)
        assert row["personnummer"] is None and row["birth_date"] is None, role
        assert row["first_name"] == "Stina"
    for role in (Role.ADMIN, Role.ALUMNI_OFFICER):
        row = _person_row(world, role, person_id)
        assert (row["personnummer"], row["birth_date"]) == (PNR, BIRTH)


@pytest.mark.parametrize(
    ("field", "old", "new"),
    [
        ("personnummer", "190001019806", "190001019806"),  # a wrong guess, old = new
        ("personnummer", PNR, PNR),  # the right guess, old = new: the oracle
        ("personnummer", "190001019806", "200001019808"),  # wrong old: the conflict leak
        ("personnummer", None, "200001019808"),  # setting one it cannot see
        ("birth_date", "1900-01-01", "1900-01-01"),
        ("birth_date", BIRTH, BIRTH),
        ("birth_date", "1900-01-01", "2000-01-01"),
    ],
)
def test_course_admin_can_neither_compare_nor_set_a_personal_field(
    world: World, field: str, old: str | None, new: str
) -> None:
    person_id = _person(world)
    edit = cmd(
        "person.edit",
        person_id=person_id,
        changes={field: {"old": old, "new": new}, "title": {"old": "", "new": "Rektor"}},
    )
    [result] = world.push(edit, role=Role.COURSE_ADMIN)
    assert result["status"] == "rejected", result
    assert result["code"] == "forbidden"
    assert result["details"] == {"field": field}
    assert field in result["message"]
    assert not _leaks(result), result
    # Nothing changed: not the title either (the whole edit is refused).
    row = _person_row(world, Role.ADMIN, person_id)
    assert (row["personnummer"], row["birth_date"], row["title"]) == (PNR, BIRTH, "")
    # The same answer whether the guess was right or wrong: no oracle.
    [again] = world.push({**edit, "id": new_id()}, role=Role.COURSE_ADMIN)
    assert {k: v for k, v in again.items() if k != "id"} == {
        k: v for k, v in result.items() if k != "id"
    }


def test_course_admin_cannot_create_a_person_with_a_personnummer(world: World) -> None:
    person_id = new_id()
    [result] = world.push(
        cmd(
            "person.create",
            person_id=person_id,
            first_name="Ola",
            last_name="Ek",
            personnummer=PNR,
        ),
        role=Role.COURSE_ADMIN,
    )
    assert (result["status"], result["code"], result["details"]) == (
        "rejected",
        "forbidden",
        {"field": "personnummer"},
    )
    assert person_id not in world.pull_all(Role.ADMIN)["changes"].get("person", {})


def test_course_admin_edits_other_fields_and_gets_rows_without_personal_data(
    world: World,
) -> None:
    person_id = _person(world)
    [ok] = world.push(
        cmd("person.edit", person_id=person_id, changes={"title": {"old": "", "new": "Rektor"}}),
        role=Role.COURSE_ADMIN,
    )
    assert ok["status"] == "applied", ok
    [row] = ok["rows"]["person"]
    assert row["title"] == "Rektor" and row["personnummer"] is None and row["birth_date"] is None
    # A conflict on an ordinary field: details name both values; the rows stay redacted.
    [conflict] = world.push(
        cmd(
            "person.edit",
            person_id=person_id,
            changes={"title": {"old": "Lektor", "new": "Professor"}},
        ),
        role=Role.COURSE_ADMIN,
    )
    assert conflict["code"] == "conflict"
    assert conflict["details"]["fields"]["title"]["theirs"] == "Rektor"
    assert not _leaks(conflict), conflict
    # An administrator still gets everything back.
    [admin] = world.push(
        cmd("person.edit", person_id=person_id, changes={"title": {"old": "Rektor", "new": "X"}})
    )
    assert admin["rows"]["person"][0]["personnummer"] == PNR


def test_a_repeated_command_is_answered_as_the_reader_may_read_it_now(world: World) -> None:
    """The command log keeps the first answer; a repeat goes through the redaction again."""
    person_id = _person(world)
    first = cmd("person.edit", person_id=person_id, changes={"title": {"old": "", "new": "A"}})
    [applied] = world.push(first)
    assert applied["rows"]["person"][0]["personnummer"] == PNR
    with world.db.transaction() as s:
        s.execute(
            update(Membership)
            .where(Membership.user_id == world.users[Role.ADMIN].id)
            .values(role=Role.COURSE_ADMIN)
        )
    [repeat] = world.push(first)
    assert repeat["status"] == "applied"
    assert repeat["rows"]["person"][0]["personnummer"] is None
    assert repeat["rows"]["person"][0]["birth_date"] is None
