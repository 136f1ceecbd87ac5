"""A large pulled page is written without the capturing triggers and leaves them in place
(``sync.bulk.upsert``, ``TRIGGERLESS_ROWS``): local commands after it still have their
bases captured, no other connection ever sees the table without them, and a write that
fails part way keeps the triggers too; on a plain file and on an encrypted one (SQLCipher,
whose errors are not the standard library's)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from models import Role
from models.commands import build
from models.ids import new_id
from sync import bulk, cipher
from sync.rows import TableSpec, table_specs
from sync.store import ClientStore, is_disk_full
from tests import factories as f

AT = "2026-12-04T10:00:00.000000+00:00"


@pytest.fixture(params=["plain", "encrypted"])
def key(request: pytest.FixtureRequest) -> bytes | None:
    return os.urandom(32) if request.param == "encrypted" else None


@pytest.fixture
def store(tmp_path: Path, key: bytes | None) -> Iterator[ClientStore]:
    store = ClientStore(tmp_path / "c.db", key=key)
    yield store
    store.close()


def _people(tenant_id: str, n: int) -> list[dict[str, object]]:
    return [
        {
            "id": new_id(),
            "tenant_id": tenant_id,
            "first_name": f"Person{i}",
            "last_name": "Sidan",
            **dict.fromkeys(("title", "street", "postal_code", "city", "notes"), ""),
            "country": "SE",
            "created_at": AT,
            "updated_at": AT,
            "server_seq": i + 1,
            "deleted_at": None,
        }
        for i in range(n)
    ]


def _seen(conn: Any) -> set[str]:
    return {
        str(name)
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'person'"
        )
    }


def _triggers(path: Path, key: bytes | None) -> set[str]:
    """The person table's triggers as another connection sees them (committed)."""
    conn = cipher.connect(path, key)
    try:
        return _seen(conn)
    finally:
        conn.close()


def test_a_large_page_leaves_the_capturing_triggers_and_local_writes_are_captured(
    store: ClientStore, key: bytes | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "c.db"
    wanted = set(table_specs()["person"].trigger_names())
    assert len(wanted) == 3 and wanted <= _triggers(db, key)
    monkeypatch.setattr(bulk, "TRIGGERLESS_ROWS", 3)  # this page takes the triggerless way
    made = bulk._make_triggers
    remade: list[dict[str, object]] = []

    def watched(conn: Any, spec: TableSpec) -> None:
        # The moment between the write and the triggers made again: the page's connection
        # has dropped them (the write ran without them), inside its transaction, while
        # another connection still sees all three (the drop is not committed).
        if spec.name == "person":
            remade.append(
                {
                    "in_transaction": conn.in_transaction,
                    "here": _seen(conn) & wanted,
                    "elsewhere": _triggers(db, key) & wanted,
                }
            )
        made(conn, spec)

    monkeypatch.setattr(bulk, "_make_triggers", watched)
    tenant_id = new_id()
    rows = _people(tenant_id, 5)
    page = {"changes": {"person": rows}, "next_cursor": "5", "has_more": False}
    assert store.apply_page(page, cursor="") == 5
    assert remade == [{"in_transaction": True, "here": set(), "elsewhere": wanted}]
    assert wanted <= _triggers(db, key)
    # A local edit of a pulled person keeps the server's version as its base.
    edit = build(
        "person.edit",
        1,
        {"person_id": rows[0]["id"], "changes": {"last_name": {"old": "Sidan", "new": "Lokal"}}},
        id=new_id(),
    )
    store.execute(edit, f.actor(tenant_id, Role.COURSE_ADMIN))
    conn = cipher.connect(db, key)
    try:
        based = conn.execute("SELECT row_id FROM row_base WHERE table_name = 'person'").fetchall()
        base = conn.execute('SELECT last_name FROM "base__person"').fetchall()
    finally:
        conn.close()
    assert based == [(rows[0]["id"],)] and base == [("Sidan",)]


def _driver_error(conn: Any, name: str) -> type[Exception]:
    """``conn``'s driver's error class ``name`` (sqlcipher3's are not sqlite3's)."""
    return next(
        getattr(errors, name)
        for errors in (sqlite3, cipher.DBAPI)
        if isinstance(conn, errors.Connection)
    )


@pytest.fixture
def writer(store: ClientStore, key: bytes | None, tmp_path: Path) -> Iterator[Any]:
    """A connection of the store's driver to its file, in autocommit (the test begins)."""
    conn = cipher.connect(tmp_path / "c.db", key, isolation_level=None)
    yield conn
    conn.close()


def test_a_write_that_fails_part_way_keeps_the_triggers_and_its_own_error(
    writer: Any, key: bytes | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "TRIGGERLESS_ROWS", 3)
    spec = table_specs()["person"]
    wanted = set(spec.trigger_names())
    rows = _people(new_id(), 4)
    rows[2]["first_name"] = None  # NOT NULL: the statement fails on the third row
    values = spec.convert_many(rows)
    writer.execute("BEGIN IMMEDIATE")
    with pytest.raises(_driver_error(writer, "IntegrityError")):
        bulk.upsert(writer, spec, values)
    # Made again before the error left upsert, in the caller's transaction...
    assert writer.in_transaction and wanted <= _seen(writer)
    writer.execute("ROLLBACK")
    # ...and there after the rollback.
    assert wanted <= _triggers(tmp_path / "c.db", key)

    # Should making them again fail too, the write's own error is still the one told,
    # whichever driver raised the second.
    made = bulk._make_triggers

    def failing(conn: Any, spec: TableSpec) -> None:
        made(conn, spec)
        raise _driver_error(conn, "OperationalError")("the triggers could not be made")

    monkeypatch.setattr(bulk, "_make_triggers", failing)
    writer.execute("BEGIN IMMEDIATE")
    with pytest.raises(_driver_error(writer, "IntegrityError")):
        bulk.upsert(writer, spec, values)
    writer.execute("ROLLBACK")
    assert wanted <= _triggers(tmp_path / "c.db", key)


def test_a_full_disk_during_a_large_write_is_told_as_a_full_disk(
    writer: Any, key: bytes | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite rolls a transaction back itself on a full disk (the drop with it): nothing
    is made again outside it, and the error told is the full disk."""
    monkeypatch.setattr(bulk, "TRIGGERLESS_ROWS", 3)
    spec = table_specs()["person"]
    wanted = set(spec.trigger_names())
    rows = _people(new_id(), 200)
    for row in rows:
        row["notes"] = "x" * 2000
    values = spec.convert_many(rows)
    remade: list[bool] = []
    made = bulk._make_triggers

    def watched(conn: Any, spec: TableSpec) -> None:
        remade.append(conn.in_transaction)
        made(conn, spec)

    monkeypatch.setattr(bulk, "_make_triggers", watched)
    (pages,) = writer.execute("PRAGMA page_count").fetchone()
    writer.execute(f"PRAGMA max_page_count = {pages + 2}")  # the file may hardly grow
    writer.execute("BEGIN IMMEDIATE")
    with pytest.raises(_driver_error(writer, "OperationalError")) as full:
        bulk.upsert(writer, spec, values)
    assert is_disk_full(full.value), full.value
    assert not writer.in_transaction  # SQLite rolled it back: the drop too
    assert remade == []
    assert wanted <= _seen(writer) and wanted <= _triggers(tmp_path / "c.db", key)
