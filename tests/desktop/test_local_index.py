"""The person search index (``person_fts``) stays what a rebuild would make through the
writes a sync makes, re-indexing a person only when an indexed value changed."""

from __future__ import annotations

from pathlib import Path

from desktop import local_index
from models.commands import build
from models.ids import new_id
from sync.store import ClientStore
from tests import factories as f

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
