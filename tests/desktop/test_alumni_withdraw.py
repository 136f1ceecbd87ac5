"""``ClientStore.withdraw``: an unsent command leaves the outbox with its local effect, and
the commands queued after it are re-derived on the server's truth (the undo of the queue)."""

from __future__ import annotations

import pytest

from models.commands import build
from models.ids import new_id
from sync.store import ClientStore, NotQueued
from tests.desktop.alumni_setup import outbox, queue_ids
from tests.desktop.conftest import read


def run(guard, store: ClientStore, filled, name: str, args: dict) -> str:  # type: ignore[no-untyped-def]
    command = build(name, 1, args, id=new_id())
    with guard.allowed():
        store.execute(command, filled.actor)
    return command.id


def registered_alumnus_links(guard, store: ClientStore, person_id: str) -> int:  # type: ignore[no-untyped-def]
    return int(
        read(
            guard,
            store,
            "SELECT count(*) FROM person_category pc JOIN category c ON c.id = pc.category_id "
            "WHERE pc.person_id = :p AND c.key = 'registered_alumnus' AND pc.deleted_at IS NULL",
            p=person_id,
        )[0][0]
    )


def test_withdraw_takes_back_one_command_and_replays_the_rest(gui_guard, store, filled) -> None:
    first, second = queue_ids(gui_guard, store)[:2]
    person = read(
        gui_guard, store, "SELECT person_id FROM alumni_registration WHERE id = :i", i=first
    )[0][0]
    approve = run(
        gui_guard,
        store,
        filled,
        "alumni.decide",
        {"alumni_registration_id": first, "decision": "approve"},
    )
    edit = run(
        gui_guard,
        store,
        filled,
        "person.edit",
        {"person_id": person, "changes": {"title": {"old": "", "new": "Rektor"}}},
    )
    deny = run(
        gui_guard,
        store,
        filled,
        "alumni.decide",
        {"alumni_registration_id": second, "decision": "deny", "reason": "No"},
    )
    assert registered_alumnus_links(gui_guard, store, person) == 1
    activities = read(
        gui_guard,
        store,
        "SELECT count(*) FROM activity WHERE person_id = :p AND kind = 'alumni_decision'",
        p=person,
    )[0][0]

    with gui_guard.allowed():
        replayed = store.withdraw(approve, actor=filled.actor)

    assert replayed == 2
    assert [e["id"] for e in outbox(gui_guard, store)] == [edit, deny]
    status = "SELECT status FROM alumni_registration WHERE id = :i"
    assert read(gui_guard, store, status, i=first) == [("not_approved",)]
    assert read(gui_guard, store, status, i=second) == [("denied",)]  # replayed
    assert read(gui_guard, store, "SELECT title FROM person WHERE id = :p", p=person) == [
        ("Rektor",)
    ]  # replayed on top of the server's truth
    assert registered_alumnus_links(gui_guard, store, person) == 0
    after = read(
        gui_guard,
        store,
        "SELECT count(*) FROM activity WHERE person_id = :p AND kind = 'alumni_decision'",
        p=person,
    )[0][0]
    assert after == activities - 1  # the activity only the withdrawn command made is gone
    pending = read(gui_guard, store, "SELECT DISTINCT command_id FROM pending_row")
    assert {c for (c,) in pending} == {edit, deny}

    with gui_guard.allowed(), pytest.raises(NotQueued):
        store.withdraw(approve, actor=filled.actor)


def test_withdraw_of_the_last_command_leaves_exactly_the_server_truth(
    gui_guard, store, filled
) -> None:
    item = queue_ids(gui_guard, store)[0]
    before = read(gui_guard, store, "SELECT * FROM alumni_registration WHERE id = :i", i=item)
    command = run(
        gui_guard,
        store,
        filled,
        "alumni.decide",
        {"alumni_registration_id": item, "decision": "deny", "reason": "No"},
    )
    with gui_guard.allowed():
        assert store.withdraw(command, actor=filled.actor) == 0
    assert read(gui_guard, store, "SELECT * FROM alumni_registration WHERE id = :i", i=item) == (
        before
    )
    assert outbox(gui_guard, store) == []
    assert read(gui_guard, store, "SELECT count(*) FROM pending_row") == [(0,)]
    assert read(gui_guard, store, "SELECT count(*) FROM row_base") == [(0,)]


def test_a_command_the_server_answered_cannot_be_withdrawn(gui_guard, store, filled) -> None:
    item = queue_ids(gui_guard, store)[0]
    command = run(
        gui_guard,
        store,
        filled,
        "alumni.decide",
        {"alumni_registration_id": item, "decision": "approve"},
    )
    with gui_guard.allowed():
        store.record_push_results(
            [{"id": command, "status": "applied", "rows": {}}], actor=filled.actor
        )
        with pytest.raises(NotQueued, match="not waiting in the outbox"):
            store.withdraw(command, actor=filled.actor)
