"""The person search index (``person_fts``) stays what a rebuild would make through the
writes a sync makes, re-indexing a person only when an indexed value changed."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop import local_index
from desktop.guard import GuiThreadGuard
from devtools.client_data import Filled
from models import Person, PersonEmail, Registration
from models.commands import build
from models.ids import new_id
from sync.store import ClientStore
from tests import factories as f
from tests.desktop.test_participants_sort_keys import assert_sort_keys_current

_EXPECTED = (
    "SELECT p.rowid, p.first_name || ' ' || p.last_name, "
    "COALESCE((SELECT group_concat(e.address, ' ') FROM person_email e "
    "WHERE e.person_id = p.id AND e.deleted_at IS NULL), '') "
    "FROM person p WHERE p.deleted_at IS NULL ORDER BY 1"
)


def test_the_search_index_follows_indexed_values_and_ignores_the_rest(
    tmp_path: Path, gui_guard
) -> None:  # type: ignore[no-untyped-def]
    with gui_guard.allowed():
        _check(tmp_path)


def _check(tmp_path: Path) -> None:
    store = ClientStore(tmp_path / "c.db")
    try:
        local_index.prepare(store)
        tenant = new_id()
        args = {
            "person_id": new_id(),
            "first_name": "Anna",
            "last_name": "Berg",
            "emails": [{"address": "anna@firma.se"}],
        }
        store.execute(build("person.create", 1, args, id=new_id()), f.actor(tenant))
        with store.engine.begin() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None

            def index() -> list[tuple[object, ...]]:
                return [
                    tuple(r)
                    for r in raw.execute("SELECT rowid, name, emails FROM person_fts ORDER BY 1")
                ]

            def expected() -> list[tuple[object, ...]]:
                return [tuple(r) for r in raw.execute(_EXPECTED)]

            assert index() == expected() != []
            # A sync's restore writes every column again; only the seq is new: the person
            # is not indexed again (the rows themselves are the only changes).
            changes = raw.total_changes
            raw.execute("UPDATE person SET first_name = first_name, server_seq = 3")
            raw.execute("UPDATE person_email SET address = address, server_seq = 4")
            assert raw.total_changes == changes + 2
            assert index() == expected()
            for statement in (
                "UPDATE person SET last_name = 'Lund'",
                "UPDATE person_email SET address = 'anna@lund.se'",
                "UPDATE person_email SET deleted_at = '2026-12-03'",
                "UPDATE person SET deleted_at = '2026-12-03'",
            ):
                raw.execute(statement)
                assert index() == expected(), statement
            assert index() == []
    finally:
        store.close()


def _import(round_id: str, known: str, manager: str, n: int, tag: str) -> dict[str, object]:
    """``registration.import`` arguments: ``n`` new people (addresses, the first one also
    the manager of the second), then ``known`` with a new address under ``manager``."""
    people = [new_id() for _ in range(n)]
    rows: list[dict[str, object]] = [
        {
            "row": i + 2,
            "registration_id": new_id(),
            "participant_id": pid,
            "approving_manager_id": people[0] if i == 1 else None,
            "person": {
                "person_id": pid,
                "first_name": f"Bulk{i}",
                "last_name": "Lindqvist",
                "emails": [{"address": f"bulk{i}@firma.se"}, {"address": f"b{i}@hem.se"}],
            },
        }
        for i, pid in enumerate(people)
    ]
    rows.append(
        {
            "row": n + 2,
            "registration_id": new_id(),
            "participant_id": known,
            "approving_manager_id": manager,
            "add_email": f"known.{tag}@firma.se",
        }
    )
    return {"round_id": round_id, "rows": rows}


def test_an_imports_rows_are_indexed_at_once_as_the_triggers_would(
    store: ClientStore,
    filled: Filled,
    gui_guard: GuiThreadGuard,
) -> None:
    """The bulk path (``BulkIndex``, the insert triggers held) leaves the search index and
    the sort keys what a rebuild makes, as the triggers alone do; a refused import leaves
    no hold behind."""
    with gui_guard.allowed():
        assert any(isinstance(i, local_index.BulkIndex) for i in store.bulk_indexers)
        with store.engine.connect() as conn:
            rounds = [
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT id FROM course_round WHERE status = 'open' ORDER BY id"
                )
            ]
        managers = filled.manager_ids
        for step, (round_id, known) in enumerate(zip(rounds[:2], managers[2:4], strict=True)):
            if step == 1:  # the same import through the triggers alone
                store.bulk_indexers.clear()
            args = _import(round_id, known, managers[step], 30, f"bulk{step}")
            command = build("registration.import", 1, args, id=new_id())
            store.execute_many([command], filled.actor)
            raw = sqlite3.connect(store.path)
            try:
                assert raw.execute(f"SELECT count(*) FROM {local_index.HOLD_TABLE}").fetchone() == (
                    0,
                )
                index = raw.execute("SELECT rowid, name, emails FROM person_fts ORDER BY 1")
                assert index.fetchall() == raw.execute(_EXPECTED).fetchall()
                found = raw.execute(
                    "SELECT count(*) FROM person_fts WHERE person_fts MATCH ?",
                    (local_index.match_expression(f"known bulk{step}"),),
                )
                assert found.fetchone() == (1,)
            finally:
                raw.close()
            assert_sort_keys_current(store)
        store.bulk_indexers.append(local_index.BulkIndex())
        refused = _import(rounds[0], managers[4], managers[0], 3, "refused")
        refused["rows"][-1]["registration_id"] = filled.registration_ids[0]  # type: ignore[index]
        with pytest.raises(sqlite3.IntegrityError):  # the id is taken: refused at the insert
            store.execute_many(
                [build("registration.import", 1, refused, id=new_id())], filled.actor
            )
        with store.engine.connect() as conn:
            held = conn.exec_driver_sql(f"SELECT count(*) FROM {local_index.HOLD_TABLE}")
            assert held.scalar_one() == 0


def test_a_push_answers_stamps_reach_the_sort_keys_indexed_at_once(
    store: ClientStore,
    filled: Filled,
    gui_guard: GuiThreadGuard,
) -> None:
    """The server's answer to an import stamps its registrations with the server's
    ``created_at`` (a sort key), written while the indexers hold their triggers: the sort
    keys and the search index are what a rebuild makes afterwards."""
    with gui_guard.allowed():
        with store.engine.connect() as conn:
            (round_id,) = conn.exec_driver_sql(
                "SELECT id FROM course_round WHERE status = 'open' ORDER BY id LIMIT 1"
            ).one()
        managers = filled.manager_ids
        args = _import(round_id, managers[2], managers[0], 20, "answered")
        command = build("registration.import", 1, args, id=new_id())
        store.execute_many([command], filled.actor)
        made = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
        sent: dict[str, list[dict[str, object]]] = {}
        with store.sessions() as s:
            for model in (Person, PersonEmail, Registration):
                for row in s.scalars(select(model).where(model.server_seq.is_(None))):
                    table = model.__table__
                    stamps = {"server_seq": 100, "updated_at": made}
                    if "created_at" in table.c:
                        stamps["created_at"] = made
                    values = {c.name: getattr(row, c.key) for c in table.columns}
                    sent.setdefault(table.name, []).append(values | stamps)
        # One person the server answers otherwise (not taken in place: indexed as written).
        sent["person"][0]["last_name"] = "Serversson"
        answer = {"id": command.id, "status": "applied", "rows": sent}
        store.record_push_results([answer], actor=filled.actor)
        raw = sqlite3.connect(store.path)
        try:
            created = raw.execute(
                f"SELECT count(*) FROM {local_index.SORT_TABLE} WHERE created_at = ?",
                ("2026-01-02 03:04:05.000000",),
            )
            assert created.fetchone() == (len(sent["registration"]),) == (21,)
            index = raw.execute("SELECT rowid, name, emails FROM person_fts ORDER BY 1")
            assert index.fetchall() == raw.execute(_EXPECTED).fetchall()
            found = raw.execute(
                "SELECT count(*) FROM person_fts WHERE person_fts MATCH ?",
                (local_index.match_expression("Serversson"),),
            )
            assert found.fetchone() == (1,)
            assert raw.execute(f"SELECT count(*) FROM {local_index.HOLD_TABLE}").fetchone() == (0,)
            # Taken in place, not through the bases (a rebase would have run the triggers).
            assert raw.execute("SELECT count(*) FROM row_base").fetchone() == (0,)
        finally:
            raw.close()
        assert_sort_keys_current(store)


def test_the_start_checks_rebuild_a_search_index_out_of_step_and_count_tombstones(
    store: ClientStore, filled: Filled, gui_guard: GuiThreadGuard
) -> None:
    """Each start's check (``prepare``) counts the index's documents and the live persons
    from indexes alone: a tombstoned person (left out of the index) agrees, a document
    missing (a file changed by another program) makes it rebuild the index."""
    with gui_guard.allowed():
        assert not local_index.prepare(store)
        with store.engine.begin() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.execute(
                "UPDATE person SET deleted_at = '2026-12-01T00:00:00Z' "
                "WHERE rowid = (SELECT min(rowid) FROM person)"
            )
        assert not local_index.prepare(store), "a tombstone is not a document the index lacks"
        with store.engine.begin() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.execute("DELETE FROM person_fts WHERE rowid = (SELECT max(rowid) FROM person_fts)")
        assert local_index.prepare(store), "a missing document rebuilds the index"
        with sqlite3.connect(store.path) as conn:
            assert conn.execute("SELECT rowid, * FROM person_fts ORDER BY rowid").fetchall() == (
                conn.execute(_EXPECTED).fetchall()
            )
            plan = [r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {_LIVE_PERSONS}")]
            assert not any(step == "SCAN person" for step in plan), plan


_LIVE_PERSONS = "SELECT count(*) FROM person WHERE deleted_at IS NOT NULL"
