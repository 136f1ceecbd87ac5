"""The client's local SQLite store: pragmas, outbox, schema version rules."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from models import Category, Person, Role
from models.commands import Command, build
from models.errors import ValidationError
from models.ids import new_id
from sync.store import ClientStore, OutboxEntry, PendingRow, StoreError
from tests import factories as f


def _seed(store: ClientStore) -> str:
    """The client has no tenant table: only the tenant's synced rows."""
    tenant_id = new_id()
    with store.session() as s:
        s.add(Category(id=new_id(), tenant_id=tenant_id, key="alumnus", name="Alumnus"))
    return tenant_id


def test_store_uses_wal_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    store = ClientStore(tmp_path / "c.db")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    store.close()


def test_execute_applies_locally_and_queues_in_one_transaction(tmp_path: Path) -> None:
    store = ClientStore(tmp_path / "c.db")
    tid = _seed(store)
    pid = new_id()
    cmd = build(
        "person.create", 1, {"person_id": pid, "first_name": "Sara", "last_name": "Ek"}, id=new_id()
    )
    store.execute(cmd, f.actor(tid, Role.COURSE_ADMIN))
    with store.session() as s:
        assert s.get(Person, pid) is not None
        pending = s.scalars(select(PendingRow)).all()
        assert ("person", pid) in {(p.table_name, p.row_id) for p in pending}
    [entry] = store.outbox()
    assert entry.envelope()["args"]["first_name"] == "Sara"
    assert store.pending_count() == 1


def test_refused_command_changes_nothing_and_queues_nothing(tmp_path: Path) -> None:
    store = ClientStore(tmp_path / "c.db")
    tid = _seed(store)
    pid = new_id()
    cmd = build(
        "person.create",
        1,
        {
            "person_id": pid,
            "first_name": "Sara",
            "last_name": "Ek",
            "emails": [{"address": "not-an-address"}],
        },
        id=new_id(),
    )
    with pytest.raises(ValidationError, match="@"):
        store.execute(cmd, f.actor(tid, Role.COURSE_ADMIN))
    with store.session() as s:
        assert s.get(Person, pid) is None
    assert store.outbox() == []


def test_outbox_survives_a_cache_rebuild(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    store = ClientStore(path)
    tid = _seed(store)
    pid = new_id()
    store.execute(
        build(
            "person.create", 1, {"person_id": pid, "first_name": "A", "last_name": "B"}, id=new_id()
        ),
        f.actor(tid),
    )
    store.set_state("cursor", "1234")
    store.close()
    # An app whose models changed: the stored fingerprint no longer matches.
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE sync_state SET value='old' WHERE key='cache_fingerprint'")
    store = ClientStore(path)
    assert store.rebuilt_cache
    assert [e.envelope()["args"]["person_id"] for e in store.outbox()] == [pid]
    assert store.get_state("cursor") is None, "the cache is rebuilt from the start"
    with store.session() as s:
        assert s.get(Person, pid) is None, "cached rows are gone; the server will send them again"
        assert s.scalars(select(OutboxEntry)).one().command_id
    store.close()


def test_unchanged_schema_is_not_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    ClientStore(path).close()
    store = ClientStore(path)
    assert not store.rebuilt_cache
    store.close()


def test_store_from_a_newer_app_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    ClientStore(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE sync_state SET value='99' WHERE key='outbox_version'")
    with pytest.raises(StoreError, match="written by a newer Kansli"):
        ClientStore(path)
    with sqlite3.connect(path) as raw:
        assert raw.execute(
            "SELECT value FROM sync_state WHERE key='outbox_version'"
        ).fetchone() == ("99",)


def test_store_tells_queued_refused_and_pending_rows_for_many_rows_at_once(
    tmp_path: Path,
) -> None:
    from sqlalchemy import text

    from sync.views import OpenRejection

    store = ClientStore(tmp_path / "c.db")
    tid = _seed(store)
    actor = f.actor(tid, Role.COURSE_ADMIN)
    pids = [new_id() for _ in range(3)]
    creates = [
        build("person.create", 1, {"person_id": p, "first_name": "A", "last_name": n}, id=new_id())
        for p, n in zip(pids, ("Ek", "Ask", "Alm"), strict=True)
    ]
    store.execute_many(creates, actor)

    def edit(city: str, old: str) -> Command[Any]:
        changes = {"city": {"old": old, "new": city}}
        return build("person.edit", 1, {"person_id": pids[0], "changes": changes}, id=new_id())

    first, second = edit("Lund", ""), edit("Umeå", "Lund")
    store.execute(first, actor)
    store.execute(second, actor)

    edits = store.queued_commands("person.edit", "person_id")
    assert list(edits) == [pids[0]] and edits[pids[0]].command_id == second.id  # the newest
    assert edits[pids[0]].args["changes"]["city"]["new"] == "Umeå"
    assert set(store.queued_commands("person.create", "person_id", [pids[1], "x"])) == {pids[1]}
    assert store.pending_ids("person") == set(pids)
    assert store.pending_ids("person", [pids[2], "unknown"]) == {pids[2]}
    assert store.pending_ids("registration") == set()
    assert store.command_rows(creates[1].id) == [("person", pids[1])]

    answers = [{"id": c.id, "status": "applied", "rows": {}} for c in (*creates, first)]
    refusal = {"id": second.id, "status": "rejected", "code": "conflict", "message": "No"}
    record = store.record_push_results(
        [*answers, {**refusal, "details": {"field": "city"}, "rows": {}}], actor=actor
    )
    assert record.changes.outbox and pids[0] in record.changes.ids  # reverted to the base
    assert store.queued_commands("person.edit", "person_id") == {}
    assert store.pending_ids("person") == set()
    refused = store.open_rejections_by("person.edit", "person_id")
    assert refused == {
        pids[0]: OpenRejection(second.id, second.envelope()["args"], "conflict", {"field": "city"})
    }
    assert store.open_rejections_by("person.edit", "person_id", ["x"]) == {}
    with store.session() as s:  # every connection of the store has the views
        assert s.execute(text("SELECT count(*) FROM sync_rejected_arg")).scalar() == 2
    store.discard_rejection(second.id)
    assert store.open_rejections_by("person.edit", "person_id") == {}
    store.close()
