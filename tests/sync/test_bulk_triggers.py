"""A large pulled page is written without the capturing triggers and leaves them in place
(``sync.bulk.upsert``, ``TRIGGERLESS_ROWS``): local commands after it still have their
bases captured, and a write that fails part way keeps the triggers too."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from models import Role
from models.commands import build
from models.ids import new_id
from sync import bulk
from sync.rows import table_specs
from sync.store import ClientStore
from tests import factories as f

AT = "2026-12-04T10:00:00.000000+00:00"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ClientStore]:
    store = ClientStore(tmp_path / "c.db")
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


def _triggers(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {
            str(name)
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'person'"
            )
        }


def test_a_large_page_leaves_the_capturing_triggers_and_local_writes_are_captured(
    store: ClientStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wanted = set(table_specs()["person"].trigger_names())
    assert wanted <= _triggers(tmp_path / "c.db")
    monkeypatch.setattr(bulk, "TRIGGERLESS_ROWS", 3)  # this page takes the triggerless way
    tenant_id = new_id()
    rows = _people(tenant_id, 5)
    page = {"changes": {"person": rows}, "next_cursor": "5", "has_more": False}
    assert store.apply_page(page, cursor="") == 5
    assert wanted <= _triggers(tmp_path / "c.db")
    # A local edit of a pulled person keeps the server's version as its base.
    edit = build(
        "person.edit",
        1,
        {"person_id": rows[0]["id"], "changes": {"last_name": {"old": "Sidan", "new": "Lokal"}}},
        id=new_id(),
    )
    store.execute(edit, f.actor(tenant_id, Role.COURSE_ADMIN))
    with sqlite3.connect(tmp_path / "c.db") as conn:
        based = conn.execute("SELECT row_id FROM row_base WHERE table_name = 'person'").fetchall()
        base = conn.execute('SELECT last_name FROM "base__person"').fetchall()
    assert based == [(rows[0]["id"],)] and base == [("Sidan",)]


def test_a_write_that_fails_part_way_keeps_the_triggers(
    store: ClientStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "TRIGGERLESS_ROWS", 3)
    spec = table_specs()["person"]
    rows = _people(new_id(), 4)
    rows[2]["first_name"] = None  # NOT NULL: the statement fails on the third row
    values = spec.convert_many(rows)
    conn = sqlite3.connect(tmp_path / "c.db", isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        with pytest.raises(sqlite3.IntegrityError):
            bulk.upsert(conn, spec, values)
        # Made again before the error left upsert, in the caller's transaction...
        assert set(spec.trigger_names()) <= {
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'person'"
            )
        }
        conn.execute("ROLLBACK")
    finally:
        conn.close()
    # ...and there after the rollback.
    assert set(spec.trigger_names()) <= _triggers(tmp_path / "c.db")
