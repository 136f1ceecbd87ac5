"""The Participants list's sort-key table (``participant_sort``): same rows and order as joins.

The list reads its ids from a table of denormalised sort keys that triggers
keep current. These tests hold it to two oracles: the list's former query
(joins over the synced tables, written out here) for every sort, direction
and filter, and a rebuild from scratch after each kind of write the sync
engine and local commands make.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

import desktop.participants.model as model_module
from desktop import local_index
from desktop.guard import GuiThreadViolation
from desktop.operations import OpContext
from desktop.operations.people import edit_person
from desktop.participants.model import ParticipantsModel
from desktop.participants.query import (
    COLUMN_KEYS,
    ParticipantQuery,
    Status,
    ids_sql,
    ids_statements,
)
from devtools.client_data import Filled, fill
from sync import bulk, cipher
from sync.rows import table_specs
from sync.store import ClientStore
from tests.desktop.conftest import read

# -- the list's former query, over the synced tables ---------------------------------------

_EMAIL = (
    "(SELECT e.address FROM person_email e WHERE e.person_id = r.participant_id "
    "AND e.deleted_at IS NULL ORDER BY e.is_primary DESC, e.position LIMIT 1)"
)
_MANAGER = "COALESCE(m.last_name || ' ' || m.first_name, r.form_manager_name)"
_REFERENCE_ORDER = {
    "participant": "p.last_name COLLATE NOCASE {d}, p.first_name COLLATE NOCASE {d}",
    "organisation": "o.name IS NULL, o.name COLLATE NOCASE {d}",
    "email": f"{_EMAIL} IS NULL, {_EMAIL} {{d}}",
    "round": "cr.starts_on {d}, cr.name COLLATE NOCASE {d}",
    "status": (
        "CASE WHEN r.status = 'cancelled' THEN 3 WHEN r.approved_at IS NOT NULL THEN 2 "
        "WHEN r.approval_requested_at IS NOT NULL THEN 1 ELSE 0 END {d}"
    ),
    "manager": f"{_MANAGER} IS NULL, {_MANAGER} COLLATE NOCASE {{d}}",
    "requested": "r.approval_requested_at IS NULL, r.approval_requested_at {d}",
    "approved": "r.approved_at IS NULL, r.approved_at {d}",
    "approved_by": "r.approved_by_email IS NULL, r.approved_by_email {d}",
    "created": "r.created_at {d}",
}
_REFERENCE_STATUS = {
    Status.NOT_APPROVED: "r.status = 'registered' AND r.approved_at IS NULL",
    Status.NOT_REQUESTED: (
        "r.status = 'registered' AND r.approved_at IS NULL AND r.approval_requested_at IS NULL"
    ),
    Status.REQUESTED: (
        "r.status = 'registered' AND r.approved_at IS NULL AND r.approval_requested_at IS NOT NULL"
    ),
    Status.APPROVED: "r.status = 'registered' AND r.approved_at IS NOT NULL",
    Status.CANCELLED: "r.status = 'cancelled'",
}


def _failed(conn: sqlite3.Connection) -> tuple[str, ...]:
    """Ids the server could name as failed requests: two waiting for approval, one
    approved since, and one this copy does not have."""
    waiting = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM registration WHERE status = 'registered' AND approved_at IS NULL "
            "AND approval_requested_at IS NOT NULL ORDER BY id LIMIT 2"
        )
    ]
    approved = conn.execute(
        "SELECT id FROM registration WHERE approved_at IS NOT NULL ORDER BY id LIMIT 1"
    ).fetchone()[0]
    assert len(waiting) == 2
    return (*waiting, approved, "01a00000-0000-7000-8000-000000000000")  # fmt: skip


def reference_ids(conn: sqlite3.Connection, query: ParticipantQuery) -> list[str]:
    """The ids the list showed before the sort-key table: joins, a sort, ties by id."""
    where = ["r.deleted_at IS NULL"]
    params: dict[str, object] = {}
    if query.status == Status.REQUEST_FAILED:
        where.append(_REFERENCE_STATUS[Status.REQUESTED])
        where.append(f"r.id IN ({', '.join(repr(i) for i in query.failed_ids) or 'NULL'})")
    elif query.status != Status.ALL:
        where.append(_REFERENCE_STATUS[query.status])
    if query.round_id:
        where.append("r.round_id = :round_id")
        params["round_id"] = query.round_id
    if query.requested_before is not None:
        where.append("r.approval_requested_at < :before")
        params["before"] = _stored(query.requested_before)
    if query.approved_since is not None:
        where.append("r.approved_at >= :since")
        params["since"] = _stored(query.approved_since)
    match = local_index.match_expression(query.search)
    if match is not None:
        hits = (
            "SELECT hp.id FROM person_fts f JOIN person hp ON hp.rowid = f.rowid "
            "WHERE person_fts MATCH :match"
        )
        where.append(f"(r.participant_id IN ({hits}) OR r.approving_manager_id IN ({hits}))")
        params["match"] = match
    d = "DESC" if query.descending else "ASC"
    sql = (
        "SELECT r.id FROM registration r JOIN person p ON p.id = r.participant_id "
        "LEFT JOIN organisation o ON o.id = COALESCE(r.organisation_id, p.organisation_id) "
        "JOIN course_round cr ON cr.id = r.round_id "
        "LEFT JOIN person m ON m.id = r.approving_manager_id "
        f"WHERE {' AND '.join(where)} "
        f"ORDER BY {_REFERENCE_ORDER[query.sort_key].format(d=d)}, r.id {d}"
    )
    return [row[0] for row in conn.execute(sql, params)]


def _stored(value: datetime) -> str:
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


# -- helpers ------------------------------------------------------------------------------

NOW = "2026-11-20 10:00:00.000000"


@contextmanager
def sync_writes(store: ClientStore) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection in one transaction, foreign keys off: how the sync
    engine writes (``sync/bulk.py``)."""
    conn = sqlite3.connect(store.path, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield conn
        conn.execute("COMMIT")
    finally:
        conn.close()


def upsert(conn: sqlite3.Connection, table: str, **values: object) -> None:
    """The sync engine's upsert of one row: the stored row with ``values`` changed (or new)."""
    spec = table_specs()[table]
    old = conn.execute(
        f"SELECT {', '.join(spec.columns)} FROM {table} WHERE id = ?", (values["id"],)
    ).fetchone()
    row = dict(zip(spec.columns, old, strict=True)) if old else {}
    row.update(values)
    bulk.upsert(conn, spec, [tuple(row.get(c) for c in spec.columns)])


def new_person(
    conn: sqlite3.Connection, tenant: str, pid: str, first: str, last: str, org: str | None
) -> None:
    upsert(
        conn,
        "person",
        id=pid,
        tenant_id=tenant,
        first_name=first,
        last_name=last,
        organisation_id=org,
        title="",
        street="",
        postal_code="",
        city="",
        country="SE",
        notes="",
        created_at=NOW,
        updated_at=NOW,
    )


def new_registration(
    conn: sqlite3.Connection,
    tenant: str,
    rid: str,
    participant: str,
    round_id: str,
    **extra: object,
) -> None:
    values: dict[str, object] = {
        "id": rid,
        "tenant_id": tenant,
        "round_id": round_id,
        "participant_id": participant,
        "signup_answers": "{}",
        "review_reasons": "[]",
        "status": "registered",
        "created_at": NOW,
        "approval_request_count": 0,
        "updated_at": NOW,
    }
    values.update(extra)
    upsert(conn, "registration", **values)


def add_edge_rows(store: ClientStore, filled: Filled) -> None:
    """Rows the factory does not make: no organisation, e-mail or manager, name and date ties."""
    tenant, round_id = filled.actor.tenant_id, filled.round_ids[0]
    with sync_writes(store) as conn:
        new_person(conn, tenant, "edge-p1", "Ada", "Zed", None)
        new_registration(conn, tenant, "edge-r1", "edge-p1", round_id)
        for n in (2, 3):
            new_person(conn, tenant, f"edge-p{n}", "Tie", "Same", filled.organisation_ids[0])
            new_registration(
                conn, tenant, f"edge-r{n}", f"edge-p{n}", round_id, form_manager_name="Form Chef"
            )
        conn.execute("UPDATE registration SET organisation_id = NULL WHERE id LIKE 'edge-%'")


def names_of(conn: sqlite3.Connection, registration_id: str) -> tuple[object, ...]:
    return tuple(
        conn.execute(
            f"SELECT last_name, organisation, email, round_name FROM {local_index.SORT_TABLE} "
            "WHERE id = ?",
            (registration_id,),
        ).fetchone()
    )


def sort_rows(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    return conn.execute(f"SELECT * FROM {local_index.SORT_TABLE} ORDER BY id").fetchall()


def ids_of(conn: sqlite3.Connection, query: ParticipantQuery, *, walk: bool = False) -> list[str]:
    """The ids the model loads: its statements' results one after the other (``walk``: a
    search walking the sort index, as on SQLCipher's SQLite)."""
    ids: list[str] = []
    for sql, params in ids_statements(query, walk_search=walk):
        ids += [row[0] for row in conn.execute(sql, params)]
    return ids


def assert_sort_keys_current(store: ClientStore, *, orders: bool = True) -> None:
    """The trigger-kept table equals one made from scratch; with ``orders`` every sort
    also equals the joins' (which need every registration's person and round)."""
    conn = sqlite3.connect(store.path, isolation_level=None)
    try:
        kept = sort_rows(conn)
        conn.execute("BEGIN")
        conn.execute(f"DELETE FROM {local_index.SORT_TABLE}")
        conn.execute(local_index.sort_keys_insert("true"))
        fresh = sort_rows(conn)
        conn.execute("ROLLBACK")
        assert kept == fresh
        live = conn.execute("SELECT count(*) FROM registration WHERE deleted_at IS NULL")
        assert len(kept) == live.fetchone()[0]
        for key in COLUMN_KEYS if orders else ():
            for descending in (False, True):
                query = ParticipantQuery(sort_key=key, descending=descending)
                assert ids_of(conn, query) == reference_ids(conn, query), (key, descending)
    finally:
        conn.close()


# -- order and filters ----------------------------------------------------------------------


def test_every_sort_and_filter_gives_the_joined_queries_rows_in_its_order(
    store, filled, gui_guard
) -> None:
    add_edge_rows(store, filled)
    conn = sqlite3.connect(store.path)
    week_ago = datetime(2026, 11, 23, tzinfo=UTC) - timedelta(days=7)
    queries = [
        ParticipantQuery(),
        *(ParticipantQuery(status=s) for s in Status if s != Status.ALL),
        ParticipantQuery(round_id=filled.big_round_id),
        ParticipantQuery(round_id=filled.round_ids[0], status=Status.NOT_APPROVED),
        ParticipantQuery(status=Status.REQUESTED, requested_before=week_ago),
        ParticipantQuery(status=Status.APPROVED, approved_since=week_ago - timedelta(days=60)),
        ParticipantQuery(search="an"),
        ParticipantQuery(search="same tie"),
        ParticipantQuery(search="a", status=Status.NOT_APPROVED),
        ParticipantQuery(search="a", round_id=filled.round_ids[0]),
        # The server's failed requests: two waiting, one approved meanwhile, one unknown.
        ParticipantQuery(status=Status.REQUEST_FAILED, failed_ids=_failed(conn)),
        ParticipantQuery(status=Status.REQUEST_FAILED, failed_ids=_failed(conn), search="a"),
    ]
    try:
        assert conn.execute("SELECT count(*) FROM person WHERE last_name = 'Same'").fetchone()[0]
        for base in queries:
            for key in COLUMN_KEYS:
                for descending in (False, True):
                    query = base.with_(sort_key=key, descending=descending)
                    expected = reference_ids(conn, query)
                    assert ids_of(conn, query) == expected, query
                    # A search walking the sort column's index gives the same ids.
                    assert ids_of(conn, query, walk=True) == expected, query
                    # The one-statement form (export, printing) agrees too.
                    sql, params = ids_sql(query)
                    assert [r[0] for r in conn.execute(sql, params)] == expected, query
        # The registration without an organisation comes last both ways.
        for descending in (False, True):
            ids = ids_of(conn, ParticipantQuery(sort_key="organisation", descending=descending))
            assert ids[-1] == "edge-r1"
    finally:
        conn.close()


def test_a_search_walks_the_sort_index_on_sqlciphers_sqlite(tmp_path, gui_guard) -> None:
    """On an encrypted store (SQLCipher's SQLite) a search walks the sort column's covering
    index: no table page is read and nothing is sorted; filters the indexes do not hold
    (a round) sort the matches. The standard library's older SQLite sorts them."""
    with gui_guard.allowed():
        store = ClientStore(tmp_path / "encrypted.db", key=cipher.new_key())
        try:
            fill(store)
            local_index.prepare(store)
            assert local_index.walks_search(store)
            with store.engine.connect() as conn:
                raw = conn.connection.driver_connection
                for key in ("created", "organisation", "participant"):
                    query = ParticipantQuery(search="an", sort_key=key, status=Status.APPROVED)
                    statements = ids_statements(query, walk_search=True)
                    assert len(statements) == (2 if key == "organisation" else 1)
                    for sql, params in statements:
                        plan = [r[3] for r in raw.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
                        # A walk of the index (its empty values: a range of it).
                        index = f"s USING COVERING INDEX {local_index.sort_index(key)}"
                        assert plan[0] in (f"SCAN {index}", f"SEARCH {index} ({key}=?)"), plan
                        assert not any("TEMP B-TREE" in step for step in plan), plan
                by_round = ParticipantQuery(search="an", round_id="r1")
                assert ids_statements(by_round, walk_search=True) == [ids_sql(by_round)]
        finally:
            store.close()
        plain = ClientStore(tmp_path / "plain.db")
        try:
            assert local_index.walks_search(plain) is (
                sqlite3.sqlite_version_info >= local_index.WALK_SEARCH_FROM
            )
        finally:
            plain.close()


def test_model_shows_the_joined_order_for_a_column_with_empty_values(
    qtbot, ctx, store, filled, gui_guard
) -> None:
    add_edge_rows(store, filled)
    model = ParticipantsModel(ctx.ops)
    conn = sqlite3.connect(store.path)
    unmanaged = conn.execute(
        "SELECT count(*) FROM registration WHERE deleted_at IS NULL "
        "AND approving_manager_id IS NULL AND form_manager_name IS NULL"
    ).fetchone()[0]
    try:
        for descending in (False, True):
            with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
                model.sort(
                    COLUMN_KEYS.index("manager"),
                    Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder,
                )
            query = ParticipantQuery(sort_key="manager", descending=descending)
            assert model.ids() == reference_ids(conn, query)
            assert model.total == len(model.ids())
            # No manager: among the registrations without one, last both ways.
            assert model.row_of("edge-r1") >= model.rowCount() - unmanaged
    finally:
        conn.close()


# -- the table follows every write --------------------------------------------------------------


def test_sort_keys_follow_sync_rows_arriving_before_what_they_refer_to(store, filled) -> None:
    tenant = filled.actor.tenant_id
    with sync_writes(store) as conn:
        # The registration first, as a pull page may deliver it (foreign keys off).
        new_registration(conn, tenant, "late-r", "late-p", "late-c", organisation_id="late-o")
        assert names_of(conn, "late-r") == (None, None, None, None)
        new_person(conn, tenant, "late-p", "Lo", "Late", None)
        assert names_of(conn, "late-r") == ("Late", None, None, None)
        upsert(
            conn,
            "person_email",
            id="late-e",
            tenant_id=tenant,
            person_id="late-p",
            address="lo.late@example.se",
            kind="work",
            is_primary=1,
            position=0,
            updated_at=NOW,
        )
        upsert(
            conn,
            "organisation",
            id="late-o",
            tenant_id=tenant,
            name="Late AB",
            city="",
            updated_at=NOW,
        )
        (course,) = conn.execute("SELECT course_id FROM course_round LIMIT 1").fetchone()
        upsert(
            conn,
            "course_round",
            id="late-c",
            tenant_id=tenant,
            course_id=course,
            name="Late round",
            term="HT2026",
            starts_on="2026-12-01",
            place="",
            seats=10,
            status="open",
            terms_text="",
            terms_version="1",
            archived=0,
            partner_course=0,
            updated_at=NOW,
        )
        assert names_of(conn, "late-r") == ("Late", "Late AB", "lo.late@example.se", "Late round")
    assert_sort_keys_current(store)


def test_sort_keys_follow_renames_of_people_organisations_and_rounds(store, filled) -> None:
    manager = filled.manager_ids[0]
    participant = filled.participant_ids[0]
    with sync_writes(store) as conn:
        upsert(conn, "person", id=participant, last_name="Aaberg")
        upsert(conn, "person", id=manager, first_name="Zora", last_name="Zzyzx")
        upsert(conn, "organisation", id=filled.organisation_ids[1], name="Ångström Konsult")
        upsert(
            conn,
            "course_round",
            id=filled.round_ids[2],
            name="Aardvark 2026",
            starts_on="2020-01-01",
        )
        # A participant moves to another organisation; their registration names none.
        conn.execute(
            "UPDATE registration SET organisation_id = NULL WHERE participant_id = ?",
            (participant,),
        )
        upsert(conn, "person", id=participant, organisation_id=filled.organisation_ids[2])
    assert_sort_keys_current(store)
    with sync_writes(store) as conn:
        managed = conn.execute(
            f"SELECT DISTINCT manager FROM {local_index.SORT_TABLE} s JOIN registration r "
            "ON r.id = s.id WHERE r.approving_manager_id = ?",
            (manager,),
        ).fetchall()
    assert managed == [("Zzyzx Zora",)]


def test_sort_keys_follow_email_changes_and_removals(store, filled) -> None:
    pid = filled.participant_ids[3]
    tenant = filled.actor.tenant_id
    with sync_writes(store) as conn:
        (old_email,) = conn.execute(
            "SELECT id FROM person_email WHERE person_id = ?", (pid,)
        ).fetchone()
        upsert(conn, "person_email", id=old_email, address="renamed@example.se")
    assert read_keys(store, pid) == [("renamed@example.se",)]
    assert_sort_keys_current(store)
    with sync_writes(store) as conn:
        upsert(conn, "person_email", id=old_email, is_primary=0)
        upsert(
            conn,
            "person_email",
            id="new-e",
            tenant_id=tenant,
            person_id=pid,
            address="aaa.first@example.se",
            kind="work",
            is_primary=1,
            position=1,
            updated_at=NOW,
        )
    assert_sort_keys_current(store)
    with sync_writes(store) as conn:
        bulk.tombstone(conn, table_specs()["person_email"], ["new-e"], NOW)
        conn.execute("DELETE FROM person_email WHERE id = ?", (old_email,))
    assert_sort_keys_current(store)
    assert read_keys(store, pid) == [(None,)]


def read_keys(store: ClientStore, participant_id: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(store.path)
    try:
        return conn.execute(
            f"SELECT s.email FROM {local_index.SORT_TABLE} s JOIN registration r ON r.id = s.id "
            "WHERE r.participant_id = ?",
            (participant_id,),
        ).fetchall()
    finally:
        conn.close()


def test_sort_keys_follow_status_changes_tombstones_and_deletes(store, filled) -> None:
    first, second, third, fourth = filled.registration_ids[:4]
    with sync_writes(store) as conn:
        upsert(conn, "registration", id=first, status="cancelled")
        upsert(conn, "registration", id=second, approval_requested_at=NOW, approved_at=NOW)
        upsert(conn, "registration", id=third)  # unchanged: nothing to do
        bulk.tombstone(conn, table_specs()["registration"], [third], NOW)
        conn.execute("DELETE FROM registration WHERE id = ?", (fourth,))
        gone = conn.execute(
            f"SELECT count(*) FROM {local_index.SORT_TABLE} WHERE id IN (?, ?)", (third, fourth)
        ).fetchone()[0]
        assert gone == 0
    assert_sort_keys_current(store)


def test_sort_keys_follow_hard_deletes_of_managers_organisations_and_rounds(store, filled) -> None:
    """Rows only local commands made are deleted when the server's truth is restored."""
    with sync_writes(store) as conn:
        conn.execute("DELETE FROM person WHERE id = ?", (filled.manager_ids[1],))
        conn.execute("DELETE FROM organisation WHERE id = ?", (filled.organisation_ids[3],))
    assert_sort_keys_current(store)
    with sync_writes(store) as conn:
        conn.execute("DELETE FROM course_round WHERE id = ?", (filled.round_ids[3],))
        emptied = conn.execute(
            f"SELECT count(*) FROM {local_index.SORT_TABLE} WHERE round_id = ? "
            "AND round_name IS NULL",
            (filled.round_ids[3],),
        ).fetchone()[0]
        assert emptied > 0
    # The joined query drops registrations without a round; compare with a rebuild only.
    assert_sort_keys_current(store, orders=False)


def test_sort_keys_follow_the_restore_of_local_changes(store, filled) -> None:
    pid = filled.participant_ids[5]
    with sync_writes(store) as conn:
        before = sort_rows(conn)
        bulk.set_capture(conn, True)  # a local command's writes
        conn.execute("UPDATE person SET last_name = 'Local' WHERE id = ?", (pid,))
        conn.execute(
            "UPDATE registration SET status = 'cancelled' WHERE participant_id = ?", (pid,)
        )
        bulk.set_capture(conn, False)
        assert sort_rows(conn) != before
        bulk.restore_bases(conn)  # the server's truth again
        assert sort_rows(conn) == before
    assert_sort_keys_current(store)


def test_a_local_rename_moves_the_row_in_the_sorted_list(
    qtbot, ctx, store, filled, gui_guard
) -> None:
    model = ParticipantsModel(ctx.ops)
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
        model.set_query(ParticipantQuery(sort_key="participant", descending=False))
    pid = filled.participant_ids[7]
    (rid,) = read(gui_guard, store, "SELECT id FROM registration WHERE participant_id = :p", p=pid)[
        0
    ]
    (last,) = read(gui_guard, store, "SELECT last_name FROM person WHERE id = :p", p=pid)[0]
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
        edit_person(parent=None, person_id=pid, changes={"last_name": (last, "Aaaa")}).run(ctx.ops)
    assert model.row_of(rid) == 0
    conn = sqlite3.connect(store.path)
    try:
        assert model.ids() == reference_ids(conn, model.query)
    finally:
        conn.close()


# -- prepare ------------------------------------------------------------------------------------


def test_prepare_rebuilds_sort_keys_that_are_missing_or_out_of_step(
    store, filled, gui_guard
) -> None:
    with gui_guard.allowed():
        assert not local_index.prepare(store)
        with store.engine.begin() as conn:
            conn.exec_driver_sql(
                f"DELETE FROM {local_index.SORT_TABLE} WHERE id = '{filled.registration_ids[0]}'"
            )
        assert local_index.prepare(store)
    assert_sort_keys_current(store)


def test_prepare_empties_the_sort_keys_when_the_cache_is_rebuilt(store, filled, gui_guard) -> None:
    with gui_guard.allowed():
        store.rebuild_cache()  # drops the synced tables and their triggers
        assert local_index.prepare(store)
    assert read(gui_guard, store, f"SELECT count(*) FROM {local_index.SORT_TABLE}") == [(0,)]


def test_sort_keys_follow_a_bulk_fill_of_an_indexed_store(tmp_path, gui_guard) -> None:
    with gui_guard.allowed():
        fresh = ClientStore(tmp_path / "fresh.db")
        try:
            local_index.prepare(fresh)  # the triggers exist before the rows arrive
            filled = fill(fresh, participants=200, big_round=50, seed=3)
            assert len(filled.registration_ids) == 200
            assert_sort_keys_current(fresh)
        finally:
            fresh.close()


# -- loading ------------------------------------------------------------------------------------


def test_ids_and_total_come_from_one_snapshot_while_a_sync_commits(
    store, filled, gui_guard, monkeypatch
) -> None:
    """A sort with empty values takes two statements; a commit between them (the sync
    engine writes from its own thread) must not show a registration twice."""
    rid = filled.registration_ids[0]
    query = ParticipantQuery(sort_key="manager")
    statements = model_module.ids_statements(query)
    assert len(statements) == 2

    def commit_between(
        q: ParticipantQuery, *, walk_search: bool = False
    ) -> Iterator[tuple[str, dict[str, object]]]:
        yield statements[0]
        with sync_writes(store) as conn:  # the registration moves to the empty part
            upsert(conn, "registration", id=rid, approving_manager_id=None, form_manager_name=None)
        yield statements[1]

    monkeypatch.setattr(model_module, "ids_statements", commit_between)
    with gui_guard.allowed():
        result = model_module.load_ids(op_context(store, filled), query)
    assert len(result.ids) == len(set(result.ids)) == result.total
    assert rid in result.ids[: -len(unmanaged_ids(store))]  # where it was before the commit


def unmanaged_ids(store: ClientStore) -> list[str]:
    conn = sqlite3.connect(store.path)
    try:
        return [
            r[0]
            for r in conn.execute(f"SELECT id FROM {local_index.SORT_TABLE} WHERE manager IS NULL")
        ]
    finally:
        conn.close()


def test_loading_ids_on_the_gui_thread_is_caught_by_the_guard(store, filled, gui_guard) -> None:
    """The ids are read through the raw sqlite3 cursor, yet the guard still sees the read."""
    with pytest.raises(GuiThreadViolation):
        model_module.load_ids(op_context(store, filled), ParticipantQuery())
    gui_guard.violations.clear()


def op_context(store: ClientStore, filled: Filled) -> OpContext:
    return OpContext(store=store, actor=filled.actor, engine=None, cancel_event=threading.Event())
