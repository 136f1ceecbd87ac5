"""Bulk operations of the sync engine on the raw ``sqlite3`` connection.

Every function here runs inside a transaction the caller opened (the store
opens them with ``BEGIN IMMEDIATE``) and never commits. Values are the
storage forms of :mod:`sync.rows`.

The *base* mechanism (see ``sync/store.py`` for why): triggers copy the
pre-image of a synced row into ``base__<table>`` and note it in
``row_base`` the first time a local write touches it (``existed = 0`` for a
row a local command created). :func:`restore_bases` puts every such row back
to its base, which is the server's truth as last known, and forgets the
bases.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from models.visibility import PERSONAL_TABLES
from sync import cipher
from sync.rows import TableSpec, quote, table_specs

log = logging.getLogger(__name__)

_CHUNK = 500  # ids per "IN (...)" query; SQLite allows 32766 variables


def set_capture(conn: sqlite3.Connection, enabled: bool) -> None:
    """Turn the base-capturing triggers on or off for the rest of this transaction."""
    conn.execute("UPDATE sync_capture SET enabled = ? WHERE id = 1", (1 if enabled else 0,))


def layout_complete(conn: sqlite3.Connection) -> bool:
    """Whether every base table and capturing trigger exists."""
    specs = table_specs().values()
    found = {
        str(name)
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')"
        )
    }
    wanted = {s.base_table for s in specs} | {n for s in specs for n in s.trigger_names()}
    capture = conn.execute("SELECT enabled FROM sync_capture WHERE id = 1").fetchone()
    # Capture is on only inside a local command's transaction, never at rest.
    return capture is not None and capture[0] == 0 and wanted <= found


def create_layout(conn: sqlite3.Connection) -> None:
    """Create the base tables (if missing) and (re)create the capturing triggers."""
    conn.execute("INSERT OR IGNORE INTO sync_capture (id, enabled) VALUES (1, 0)")
    conn.execute("UPDATE sync_capture SET enabled = 0 WHERE id = 1")
    for spec in table_specs().values():
        conn.execute(spec.base_ddl())
        for name in spec.trigger_names():
            conn.execute(f"DROP TRIGGER IF EXISTS {quote(name)}")
        for ddl in spec.trigger_ddl():
            conn.execute(ddl)


def drop_layout(conn: sqlite3.Connection) -> None:
    """Drop the base tables and forget every base (the cache is being rebuilt)."""
    for spec in table_specs().values():
        conn.execute(f"DROP TABLE IF EXISTS {quote(spec.base_table)}")
    conn.execute("DELETE FROM row_base")


#: Rows of one table in one write from which that table's capturing triggers are dropped
#: for the write and made again after it, in the same transaction (:func:`upsert`).
TRIGGERLESS_ROWS = 1000


def upsert(conn: sqlite3.Connection, spec: TableSpec, values: Sequence[tuple[Any, ...]]) -> None:
    """Write server rows (insert, or update by id). Capture is off here (a pulled page, a
    push answer's rows): the capturing triggers would do nothing, but SQLite still runs
    each one for every row, which made a pulled row's write 3-4 times dearer (20,000
    persons: 0.95 s with them, 0.3 s without, on a loaded 2-core machine). From
    :data:`TRIGGERLESS_ROWS` rows on, the table's triggers are dropped for the write and
    made again after it, in the caller's transaction: no other connection ever sees the
    table without them (SQLite's DDL is transactional), a rollback restores them, and
    making three triggers costs ~15 ms. With capture on they stay (never the case here)."""
    if not values:
        return
    if len(values) < TRIGGERLESS_ROWS or _capturing(conn):
        conn.executemany(spec.upsert_sql(), values)
        return
    for name in spec.trigger_names():
        conn.execute(f"DROP TRIGGER IF EXISTS {quote(name)}")
    try:
        conn.executemany(spec.upsert_sql(), values)
    except BaseException:
        # The write's own error is the one told (a full disk stays a full disk); the
        # caller rolls back, which brings the triggers back whatever happens here (and a
        # file opened without them has them made again: ``layout_complete``). When SQLite
        # has already rolled the transaction back itself (a full disk, an I/O error), the
        # drop is undone with it and making them again would only fail or run outside any
        # transaction: left alone. A keyed store's errors are sqlcipher3's, not sqlite3's.
        if conn.in_transaction:
            with contextlib.suppress(*cipher.SQLITE_ERRORS):
                _make_triggers(conn, spec)
        raise
    _make_triggers(conn, spec)


def _make_triggers(conn: sqlite3.Connection, spec: TableSpec) -> None:
    for ddl in spec.trigger_ddl():
        conn.execute(ddl)


def _capturing(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT enabled FROM sync_capture WHERE id = 1").fetchone()
    return row is not None and row[0] != 0


def tombstone(
    conn: sqlite3.Connection, spec: TableSpec, ids: Iterable[str], deleted_at: str
) -> int:
    """Mark rows deleted (soft, like the server): the row stays for references and commands.

    A row of a personal table (:data:`models.visibility.PERSONAL_TABLES`: the alumni
    register) is deleted outright instead: such a tombstone is the server removing personal
    data (a retention rule, issue 23), and a tombstone is ids only, so a soft-deleted
    local row would keep the values the server no longer holds. Nothing refers to them."""
    if spec.name in PERSONAL_TABLES:
        return delete_erasing(conn, spec.name, ids)
    cur = conn.executemany(
        f"UPDATE {quote(spec.name)} SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
        [(deleted_at, str(i)) for i in ids],
    )
    return max(cur.rowcount, 0)


def delete_erasing(conn: sqlite3.Connection, table: str, ids: Iterable[str]) -> int:
    """Delete rows outright with SQLite's ``secure_delete`` on for the statement: the
    freed cells and pages are overwritten with zeros, not left readable in the file's
    free space. The WAL still holds earlier copies of the pages until a checkpoint: after
    the commit, :func:`checkpoint_erased` (issue 23)."""
    (before,) = conn.execute("PRAGMA secure_delete").fetchone()
    conn.execute("PRAGMA secure_delete = ON")
    try:
        cur = conn.executemany(f"DELETE FROM {quote(table)} WHERE id = ?", [(str(i),) for i in ids])
    finally:
        conn.execute(f"PRAGMA secure_delete = {int(before)}")
    return max(cur.rowcount, 0)


def checkpoint_erased(conn: sqlite3.Connection) -> None:
    """After a commit that erased rows (:func:`delete_erasing`): copy the WAL into the file
    and truncate it, so the old page images holding the erased values leave the disk."""
    busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        log.warning("the WAL could not be emptied after an erasure (a reader); next time")


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def based_ids(conn: sqlite3.Connection, table: str, ids: Sequence[str]) -> set[str]:
    """Which of ``ids`` have a base, i.e. were changed locally since the last server truth."""
    return _found(conn, "SELECT row_id FROM row_base WHERE table_name = ? AND row_id", table, ids)


def take_server_rows(
    conn: sqlite3.Connection,
    rows_by_table: Mapping[str, Sequence[Mapping[str, Any]]],
    *,
    settled: dict[str, list[str]] | None = None,
) -> int:
    """Record rows the server sent with a push answer as the server's truth.

    A row no local write touched is written to the live table at once. A row
    with a base (touched by a local command, maybe one still in the outbox)
    gets its *base* replaced: the live row keeps the local state until the
    next restore, so later unacknowledged commands keep their effect; unless
    the live row already says what the server's does (:func:`_settled`): then
    only its stamps are taken and its base is forgotten (their ids by table into
    ``settled``, when given). Capture must be off, and the answered commands' pending
    marks gone (:func:`forget_commands`).
    """
    specs = table_specs()
    count = 0
    for name, spec in specs.items():
        rows = rows_by_table.get(name)
        if not rows:
            continue
        # One row per id, the last sent (every answer of an import's registrations
        # carries the same round): the same end state as writing each in turn.
        values = spec.convert_many(list({str(r["id"]): r for r in rows}.values()))
        id_at = spec.columns.index("id")
        based = based_ids(conn, name, [str(v[id_at]) for v in values])
        to_base = [v for v in values if v[id_at] in based]
        to_live = [v for v in values if v[id_at] not in based]
        in_place = _settled(conn, spec, to_base)
        if in_place:
            to_base = [v for v in to_base if v[id_at] not in in_place]
            _take_settled(conn, spec, [v for v in values if v[id_at] in in_place])
            if settled is not None:
                settled.setdefault(name, []).extend(in_place)
        if to_base:
            conn.executemany(spec.upsert_sql(spec.base_table), to_base)
            conn.executemany(
                "UPDATE row_base SET existed = 1 WHERE table_name = ? AND row_id = ?",
                [(name, v[id_at]) for v in to_base],
            )
        upsert(conn, spec, to_live)
        count += len(values)
    return count


#: What each side stamps a row with itself: the sync columns on every write, ``created_at``
#: when the row is made (no command changes it later). The rest is what commands wrote.
_STAMPS = ("server_seq", "updated_at", "created_at")


def _settled(
    conn: sqlite3.Connection, spec: TableSpec, values: Sequence[tuple[Any, ...]]
) -> set[str]:
    """The ids among ``values`` (server rows of rows with a base) whose live row already
    holds the server's values, its stamps (:data:`_STAMPS`) apart, and that no queued
    command marks pending: for them a base is a round trip that changes nothing.

    Why that is safe: the base exists so that a rebase puts the server's truth back under
    the queued commands' local effects. Here the live row *is* that truth once its stamps
    are the server's (no command's effect is in them); no queued command is known to have
    touched it, and if one did without changing what the server says, replaying it on the
    truth gives the same row. A later local write captures a new base from it as from any
    synced row.
    """
    if not values:
        return set()
    id_at = spec.columns.index("id")
    compared = [i for i, c in enumerate(spec.columns) if c not in _STAMPS]
    server = {str(v[id_at]): tuple(v[i] for i in compared) for v in values}
    ids = list(server)
    pending = _found(
        conn, "SELECT row_id FROM pending_row WHERE table_name = ? AND row_id", spec.name, ids
    )
    cols = ", ".join(quote(spec.columns[i]) for i in compared)
    settled: set[str] = set()
    for chunk in _chunks(ids):
        marks = ", ".join("?" for _ in chunk)
        for row in conn.execute(
            f"SELECT {cols} FROM {quote(spec.name)} WHERE id IN ({marks})", chunk
        ):
            row_id = str(row[compared.index(id_at)])
            if row_id not in pending and tuple(row) == server[row_id]:
                settled.add(row_id)
    return settled


def _found(conn: sqlite3.Connection, query: str, table: str, ids: Sequence[str]) -> set[str]:
    """The first column of ``query ... IN (ids)`` (its first parameter ``table``)."""
    found: set[str] = set()
    for chunk in _chunks(ids):
        marks = ", ".join("?" for _ in chunk)
        found.update(str(r[0]) for r in conn.execute(f"{query} IN ({marks})", (table, *chunk)))
    return found


def _take_settled(
    conn: sqlite3.Connection, spec: TableSpec, values: Sequence[tuple[Any, ...]]
) -> None:
    """Rows :func:`_settled` found: their stamps from the server, their bases gone. Only
    the stamps are written (no index or trigger of the other columns is touched)."""
    stamps = [c for c in _STAMPS if c in spec.columns]
    at = [spec.columns.index(c) for c in (*stamps, "id")]
    sets = ", ".join(f"{quote(c)} = ?" for c in stamps)
    conn.executemany(
        f"UPDATE {quote(spec.name)} SET {sets} WHERE id = ?",
        [tuple(v[i] for i in at) for v in values],
    )
    ids = json.dumps([str(v[at[-1]]) for v in values])
    conn.execute(
        "DELETE FROM row_base WHERE table_name = ? AND row_id IN (SELECT value FROM json_each(?))",
        (spec.name, ids),
    )
    conn.execute(
        f"DELETE FROM {quote(spec.base_table)} WHERE id IN (SELECT value FROM json_each(?))", (ids,)
    )


def insert_new(
    conn: sqlite3.Connection, spec: TableSpec, rows: Sequence[Mapping[str, Any]]
) -> None:
    """Insert new rows (column name -> Python value) with one ``executemany`` of a plain
    INSERT, the values in their storage form (:mod:`sync.rows`, as
    :func:`take_server_rows` writes them): a taken id is refused as by the ORM's INSERT.
    The capturing (and every other) trigger fires on each row."""
    marks = ", ".join("?" for _ in spec.columns)
    cols = ", ".join(quote(c) for c in spec.columns)
    conn.executemany(
        f"INSERT INTO {quote(spec.name)} ({cols}) VALUES ({marks})", spec.convert_many(rows)
    )


def forget_commands(conn: sqlite3.Connection, command_ids: Sequence[str]) -> None:
    """Take answered commands out of the outbox with their pending marks and in-doubt
    notes: one statement per table for a whole push answer."""
    if not command_ids:
        return
    ids = json.dumps(list(command_ids))
    for table in ("pending_row", "outbox", "push_sent"):
        conn.execute(
            f"DELETE FROM {table} WHERE command_id IN (SELECT value FROM json_each(?))", (ids,)
        )


def restore_bases(conn: sqlite3.Connection) -> int:
    """Put every locally changed row back to its base; delete rows only local commands made.

    Afterwards the live tables hold exactly the server's truth as last known.
    Capture must be off. Returns the number of rows restored or deleted.
    """
    touched = conn.execute(
        "SELECT table_name, count(*) FROM row_base GROUP BY table_name"
    ).fetchall()
    if not touched:
        return 0
    names = {str(t) for t, _ in touched}
    specs = [s for n, s in table_specs().items() if n in names]
    for spec in specs:  # parents first
        conn.execute(spec.restore_sql())
    for spec in reversed(specs):  # children first
        conn.execute(
            f"DELETE FROM {quote(spec.name)} WHERE id IN (SELECT row_id FROM row_base "
            f"WHERE table_name = ? AND existed = 0)",
            (spec.name,),
        )
        conn.execute(f"DELETE FROM {quote(spec.base_table)}")
    conn.execute("DELETE FROM row_base")
    return sum(int(n) for _, n in touched)
