"""A push batch is one transaction with a savepoint per command (server.services.sync.push),
over HTTP on SQLite and PostgreSQL: a refused command in the middle is answered on its own
while the others commit, a repeated batch gets its first answers, and seqs stay ordered."""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import func, select, text

from models import Person
from models.ids import new_id
from server.tables import CommandLog
from tests.server.helpers import World, cmd
from tests.utils.servers import wait_until


def _create(person_id: str, first: str, **extra: Any) -> dict[str, Any]:
    return cmd(
        "person.create",
        person_id=person_id,
        first_name=first,
        last_name="Batch",
        emails=[{"address": f"{first.lower()}@batch.example"}],
        **extra,
    )


def _persons(world: World, ids: list[str]) -> dict[str, str]:
    with world.db.transaction() as s:
        rows = s.execute(select(Person.id, Person.first_name).where(Person.id.in_(ids)))
        return {str(r[0]): str(r[1]) for r in rows}


def test_refused_commands_in_the_middle_are_answered_alone_and_the_others_commit(
    world: World,
) -> None:
    taken = new_id()
    [first] = world.push(_create(taken, "Original"))
    assert first["status"] == "applied", first
    ids = [new_id() for _ in range(4)]
    batch = [
        _create(ids[0], "Anna"),
        _create(taken, "Usurper"),  # the id is taken: the guard's refusal, as ever
        _create(ids[1], "Bo"),
        cmd("person.edit", person_id=new_id(), changes={"notes": {"old": None, "new": "x"}}),
        cmd("no.such.command"),
        _create(ids[2], "Cecilia", personnummer="not a personnummer"),
        _create(ids[3], "David"),
    ]
    results = world.push(*batch)

    assert [r["id"] for r in results] == [e["id"] for e in batch]
    assert [r["status"] for r in results] == [
        "applied", "rejected", "applied", "rejected", "rejected", "rejected", "applied",
    ]  # fmt: skip
    conflict = results[1]
    assert conflict["code"] == "conflict"
    assert conflict["message"] == f"Person {taken} already exists"
    assert conflict["details"] == {"field": "id", "id": taken}
    # The server's truth comes with the refusal: the person as it was.
    assert [r["first_name"] for r in conflict["rows"]["person"]] == ["Original"]
    assert results[3]["code"] == "not_found"
    assert results[4]["code"] == "invalid" and results[4]["details"]["field"] == "name"
    assert results[5]["code"] == "invalid"
    applied_ids = [ids[0], ids[1], ids[3]]
    for applied, person_id in zip((results[0], results[2], results[6]), applied_ids, strict=True):
        [row] = applied["rows"]["person"]
        assert row["id"] == person_id
        assert applied["rows"]["person_email"][0]["person_id"] == person_id

    # The applied ones committed, nothing of the refused ones did.
    assert _persons(world, [*ids, taken]) == {
        ids[0]: "Anna", ids[1]: "Bo", ids[3]: "David", taken: "Original",
    }  # fmt: skip
    with world.db.transaction() as s:
        logged = s.scalar(
            select(func.count())
            .select_from(CommandLog)
            .where(CommandLog.command_id.in_([e["id"] for e in batch]))
        )
    assert logged == len(batch)


def test_a_repeated_batch_gets_its_first_answers_and_changes_nothing(world: World) -> None:
    batch = [
        _create(new_id(), "Erik"),
        cmd("person.edit", person_id=new_id(), changes={"notes": {"old": None, "new": "x"}}),
        _create(new_id(), "Frida"),
    ]
    first = world.push(*batch)
    cursor = world.pull_all()["cursor"]
    again = world.push(*batch)
    assert again == first
    assert world.pull_all()["cursor"] == cursor  # nothing written: no new seq


def test_the_same_id_twice_in_a_batch_is_answered_with_its_first_answer(world: World) -> None:
    person_id = new_id()
    env = _create(person_id, "Greta")
    results = world.push(env, _create(new_id(), "Hugo"), env)
    assert results[0]["status"] == "applied"
    assert results[2] == results[0]
    assert _persons(world, [person_id]) == {person_id: "Greta"}


def test_another_tenants_command_id_in_a_batch_is_refused_alone(
    world: World, other_world: World
) -> None:
    used = _create(new_id(), "Ingrid")
    [theirs] = other_world.push(used)
    assert theirs["status"] == "applied"
    mine = _create(new_id(), "Johan")
    results = world.push(_create(new_id(), "Karin"), {**mine, "id": used["id"]}, mine)
    assert [r["status"] for r in results] == ["applied", "rejected", "applied"]
    assert results[1]["code"] == "invalid"
    assert results[1]["message"] == "This command id was already used"
    assert results[1]["rows"] == {}


def test_a_batch_takes_seqs_in_order_and_later_writes_follow_them(world: World) -> None:
    results = world.push(*[_create(new_id(), f"Lisa{i}") for i in range(5)])
    seqs = [
        row["server_seq"]
        for r in results
        for table in ("person", "person_email")
        for row in r["rows"][table]
    ]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    [after] = world.push(_create(new_id(), "Maja"))
    assert after["rows"]["person"][0]["server_seq"] > max(seqs)
    pulled = world.pull_all()["changes"]["person"]
    assert {p["server_seq"] for p in pulled.values()} >= {
        r["rows"]["person"][0]["server_seq"] for r in [*results, after]
    }


def test_a_command_id_another_tenant_logs_while_the_batch_runs_is_refused_alone(
    world: World, other_world: World
) -> None:
    """Another tenant's push logs an id of this batch after the batch looked it up: on
    PostgreSQL the batch's log entries then wait for that transaction and meet the id
    (the batch runs again, each entry in its command's savepoint); on SQLite the batch
    waits for the write lock and finds the id. Either way that command alone is refused."""
    race_id = new_id()
    mine = [_create(new_id(), "Nils"), _create(new_id(), "Olle"), _create(new_id(), "Petra")]
    mine[1]["id"] = race_id
    theirs = {"status": "applied", "rows": {}}
    answers: list[list[dict[str, Any]]] = []
    with world.db.engine.connect() as other:
        other.execute(
            CommandLog.__table__.insert(),
            {
                "command_id": race_id,
                "tenant_id": other_world.tenant_id,
                "user_id": other_world.users["admin"].id,
                "name": "person.create",
                "version": 1,
                "status": "applied",
                "result": {"id": race_id, **theirs},
            },
        )  # not committed yet: the other push is still running
        pusher = threading.Thread(target=lambda: answers.append(world.push(*mine)))
        pusher.start()
        if world.db.dialect == "postgresql":
            with world.db.engine.connect() as probe:
                wait_until(
                    lambda: (
                        probe.execute(
                            text(
                                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = "
                                "'Lock' AND query LIKE 'INSERT INTO command_log%'"
                            )
                        ).scalar()
                        or probe.rollback()
                    ),
                    what="the batch's log entries waiting for the other push",
                )
        other.commit()
    pusher.join(60)
    [results] = answers
    assert [r["status"] for r in results] == ["applied", "rejected", "applied"]
    assert results[1]["message"] == "This command id was already used"
    assert _persons(world, [e["args"]["person_id"] for e in mine]) == {
        mine[0]["args"]["person_id"]: "Nils",
        mine[2]["args"]["person_id"]: "Petra",
    }


def test_commands_of_a_batch_build_on_each_other(world: World) -> None:
    """A round, a person and their registration made in one batch (applied together,
    each later command reading what an earlier one wrote)."""
    course_id, round_id, person_id, reg_id = new_id(), new_id(), new_id(), new_id()
    results = world.push(
        cmd("course.create", course_id=course_id, code="B1", name="Batchkurs"),
        cmd("round.create", round_id=round_id, course_id=course_id, name="VT"),
        _create(person_id, "Rut"),
        cmd(
            "registration.create",
            registration_id=reg_id,
            round_id=round_id,
            participant_id=person_id,
        ),
    )
    assert [r["status"] for r in results] == ["applied"] * 4, results
    [registration] = results[3]["rows"]["registration"]
    assert (registration["round_id"], registration["participant_id"]) == (round_id, person_id)
    seq_of = {
        (table, row["id"]): row["server_seq"]
        for r in results
        for table, rows in r["rows"].items()
        for row in rows
    }
    assert len(set(seq_of.values())) == len(seq_of) == 5  # course, round, person, e-mail, reg.
    pulled = world.pull_all()["changes"]
    assert pulled["registration"][reg_id]["server_seq"] == registration["server_seq"]


def test_a_value_refused_when_rows_are_written_is_that_commands_refusal(world: World) -> None:
    """The flush's own checks (here a column's length) refuse one command of a batch: it is
    answered with the check's message and field, the others apply."""
    ids = [new_id() for _ in range(3)]
    long_kind = cmd(
        "person.create",
        person_id=ids[1],
        first_name="Sten",
        last_name="Batch",
        emails=[{"address": "sten@batch.example", "kind": "k" * 30}],
    )
    results = world.push(_create(ids[0], "Siv"), long_kind, _create(ids[2], "Tage"))
    assert [r["status"] for r in results] == ["applied", "rejected", "applied"]
    assert results[1]["code"] == "invalid"
    assert results[1]["details"]["field"] == "kind"
    assert _persons(world, ids) == {ids[0]: "Siv", ids[2]: "Tage"}


def test_each_answer_is_the_row_as_its_own_command_left_it(world: World) -> None:
    """A person made and then edited in the same batch: the first answer carries the
    person as made, the second as edited, with a later seq."""
    person_id = new_id()
    made, edited = world.push(
        _create(person_id, "Ulla"),
        cmd("person.edit", person_id=person_id, changes={"notes": {"old": "", "new": "VIP"}}),
    )
    assert (made["status"], edited["status"]) == ("applied", "applied")
    [before] = made["rows"]["person"]
    [after] = edited["rows"]["person"]
    assert (before["notes"], after["notes"]) == ("", "VIP")
    assert before["server_seq"] < after["server_seq"]
