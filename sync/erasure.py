"""Removing from the local file what its account may no longer hold (issue 23).

Two things make data leave a client's file: a person erased or anonymised on the
server (``person.erase``; the pull page names them in ``erased``), and a view reset
(the account's roles or scope shrank: the store clears its cache and pulls its new
view). Deleting rows is not enough for either: SQLite leaves deleted content in free
pages and in the free space of pages, the FTS5 index keeps a deleted document's terms
in its segments until they are merged, and the WAL keeps old page images until a
checkpoint. So the store notes what is to be scrubbed in the pull's transaction, and
once the pull caught up with the outbox empty (:meth:`sync.store.ClientStore.scrub`):

1. every row of an erased person that the server tombstoned is deleted (a tombstone
   pulled is ids only: the local row still held its old values), with what refers to
   it through their registrations (:data:`models.personal_data.PERSON_REFERENCES`),
   under ``PRAGMA secure_delete`` so the freed space is zeroed, and the rows naming
   them are dropped from the kept refusals' server rows; the commands the file keeps
   that name them or their rows go too (the sent ones kept against a restore, but the
   erasure itself) or keep their ids only (the refused ones, and the command journal
   is rewritten from them);
2. every FTS5 index in the file is rebuilt from its content (the old segments, with
   the erased terms, go);
3. the file is rewritten (``VACUUM``: only live content is copied) and the WAL
   checkpointed and truncated (``wal_checkpoint(TRUNCATE)``), so neither the ``.db``
   nor the ``-wal`` holds a byte of what went.

While erased persons wait for the outbox, the scrub does nothing (the rewrite would be
done twice). A WAL a reader holds, or any failure, leaves the note for the next sync;
a scrub never fails the sync. The ids come from the pull's ``erased`` only: an erasure
the server refuses scrubs nothing.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from models.personal_data import PERSON_REFERENCES, Fate, masked_texts
from models.visibility import MASK
from sync.rows import quote

log = logging.getLogger(__name__)

#: ``sync_state`` key: JSON list of erased persons' ids not yet scrubbed.
ERASED = "erased_pending"
#: ``sync_state`` key: set when the file is to be scrubbed (an erasure, a view reset).
SCRUB = "scrub_pending"


def note(raw: sqlite3.Connection, erased: Iterable[str], *, scrub: bool = True) -> None:
    """Note ``erased`` persons (and that the file is to be scrubbed) in the caller's
    transaction."""
    ids = [str(i) for i in erased]
    if ids:
        found = raw.execute("SELECT value FROM sync_state WHERE key = ?", (ERASED,)).fetchone()
        known = json.loads(found[0]) if found else []
        merged = list(dict.fromkeys([*known, *ids]))
        raw.execute(
            "INSERT INTO sync_state (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (ERASED, json.dumps(merged)),
        )
    if ids or scrub:
        raw.execute(
            "INSERT INTO sync_state (key, value) VALUES (?, '1') ON CONFLICT (key) DO NOTHING",
            (SCRUB,),
        )


def pending(raw: sqlite3.Connection) -> list[str]:
    found = raw.execute("SELECT value FROM sync_state WHERE key = ?", (ERASED,)).fetchone()
    return list(json.loads(found[0])) if found else []


def tables(raw: sqlite3.Connection) -> set[str]:
    return {str(r[0]) for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def remove_person(raw: sqlite3.Connection, person_id: str, tables: Collection[str]) -> int:
    """Delete the erased person's tombstoned rows (their own and those hanging on their
    registrations) and the person's row if tombstoned; returns how many went. Rows that
    stay (anonymised) arrived cleared from the server."""
    own: dict[str, list[str]] = {}
    if "registration" in tables:
        query = "SELECT id FROM registration WHERE participant_id = ?"
        own["registration"] = [str(r[0]) for r in raw.execute(query, (person_id,))]
    removed = 0
    gone: list[tuple[str, str]] = []
    for ref in PERSON_REFERENCES:
        if not ref.synced or ref.table not in tables or ref.fate in (Fate.KEEP, Fate.UNLINK):
            continue
        ids = own.get(ref.through, []) if ref.through is not None else [person_id]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            match = " OR ".join(f"{quote(c)} IN ({marks})" for c in ref.columns)
            rows = raw.execute(
                f"DELETE FROM {quote(ref.table)} WHERE ({match}) AND deleted_at IS NOT NULL "
                "RETURNING id",
                [*chunk] * len(ref.columns),
            ).fetchall()
            gone.extend((ref.table, str(r[0])) for r in rows)
            removed += len(rows)
    if "row_base" in tables and gone:
        raw.executemany("DELETE FROM row_base WHERE table_name = ? AND row_id = ?", gone)
    return removed


def mentioned_ids(raw: sqlite3.Connection, person_id: str, tables: Collection[str]) -> list[str]:
    """The ids a command about the erased person names: the person's own, their
    registrations', e-mails' and phones' (read before their rows go)."""
    ids = [person_id]
    for table, column in (
        ("registration", "participant_id"),
        ("person_email", "person_id"),
        ("person_phone", "person_id"),
    ):
        if table in tables:
            query = f"SELECT id FROM {quote(table)} WHERE {quote(column)} = ?"
            ids += [str(r[0]) for r in raw.execute(query, (person_id,))]
    return ids


def forget_in_commands(raw: sqlite3.Connection, ids: Collection[str]) -> int:
    """The commands the file keeps that name one of ``ids`` (the erased person's, from
    :func:`mentioned_ids`), as typed: the sent ones kept against a restore (``pushed``)
    are deleted, but for the erasure itself; the refusals' commands and details keep
    their ids with every other text masked (the refusal stays, to be let go). Returns how many
    changed. The caller rewrites the command journal (it holds the refusals' commands)."""
    changed = 0
    for start in range(0, len(ids), 200):
        chunk = list(ids)[start : start + 200]
        likes = " OR ".join("envelope LIKE ?" for _ in chunk)
        params = [f"%{i}%" for i in chunk]
        found = raw.execute(
            f"SELECT command_id, envelope FROM pushed WHERE ({likes})", params
        ).fetchall()
        gone = [str(c) for c, env in found if json.loads(env).get("name") != "person.erase"]
        raw.executemany("DELETE FROM pushed WHERE command_id = ?", [(c,) for c in gone])
        changed += len(gone)
        refused = raw.execute(
            f"SELECT command_id, envelope, details FROM rejection WHERE ({likes})", params
        ).fetchall()
        for command_id, envelope, details in refused:
            env = json.loads(envelope)
            if env.get("name") == "person.erase":
                continue
            env["args"] = masked_texts(env.get("args", {}))
            # The details quote the values as typed, as the file had them and as the
            # server has them (a conflict's "yours", "base", "theirs").
            masked = masked_texts(json.loads(details or "{}"))
            raw.execute(
                "UPDATE rejection SET envelope = ?, details = ? WHERE command_id = ?",
                (
                    json.dumps(env, ensure_ascii=False),
                    json.dumps(masked, ensure_ascii=False),
                    command_id,
                ),
            )
            changed += 1
    return changed


def forget_in_rejections(raw: sqlite3.Connection, person_id: str) -> int:
    """Drop from the kept refusals the server's rows that name the erased person (their
    row, or a row referring to them): the refusal stays, without their data. Returns how
    many refusals changed."""
    changed = 0
    found = raw.execute(
        "SELECT command_id, server_rows, message, details FROM rejection WHERE server_rows LIKE ?",
        (f"%{person_id}%",),
    ).fetchall()
    for command_id, server_rows, message, details in found:
        rows = json.loads(server_rows or "{}")
        kept: dict[str, list[Any]] = {}
        values: set[str] = set()
        for table, table_rows in rows.items():
            kept[table] = []
            for row in table_rows:
                if person_id in json.dumps(row):
                    values |= _texts(row)
                else:
                    kept[table].append(row)
        # The message and details may quote what the rows held (a name, an address).
        for value in sorted(values, key=len, reverse=True):
            message = message.replace(value, MASK)
            details = details.replace(json.dumps(value, ensure_ascii=False)[1:-1], MASK)
        raw.execute(
            "UPDATE rejection SET server_rows = ?, message = ?, details = ? WHERE command_id = ?",
            (json.dumps(kept, ensure_ascii=False), message, details, command_id),
        )
        changed += 1
    return changed


def _texts(row: Mapping[str, Any]) -> set[str]:
    """The texts of a row that could be quoted in a message (not ids, times, codes)."""
    skip = {"id", "tenant_id", "updated_at", "deleted_at", "server_seq", "kind", "country"}
    return {
        v
        for k, v in row.items()
        if k not in skip and not k.endswith("_id") and isinstance(v, str) and len(v) >= 3
    }


def rebuild_search_indexes(raw: sqlite3.Connection) -> int:
    """Rebuild every FTS5 index in the file from its content: a deleted document's terms
    stay in the index's segments until then. Returns how many were rebuilt."""
    names = [
        str(r[0])
        for r in raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND sql LIKE 'CREATE VIRTUAL TABLE%' AND lower(sql) LIKE '%using fts5%'"
        )
    ]
    for name in names:
        raw.execute(f"INSERT INTO {quote(name)}({quote(name)}) VALUES ('rebuild')")
    return len(names)


def done(raw: sqlite3.Connection, erased: Collection[str]) -> None:
    """Forget the erased persons removed (``erased``)."""
    left = [i for i in pending(raw) if i not in set(erased)]
    if left:
        raw.execute("UPDATE sync_state SET value = ? WHERE key = ?", (json.dumps(left), ERASED))
    else:
        raw.execute("DELETE FROM sync_state WHERE key = ?", (ERASED,))


def scrubbed(raw: sqlite3.Connection) -> None:
    """Forget the scrub note (the file is compacted), unless erased persons wait still
    (an outbox that was not empty): the next sync scrubs again."""
    if not pending(raw):
        raw.execute("DELETE FROM sync_state WHERE key = ?", (SCRUB,))


def compact(raw: sqlite3.Connection) -> bool:
    """Rewrite the file from its live content and empty the WAL (no transaction open).
    False when the WAL could not be emptied (a reader holds it): the scrub is to be
    done again."""
    raw.execute("PRAGMA journal_size_limit = 0")  # a truncated WAL stays empty
    raw.execute("VACUUM")
    busy, _, _ = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        log.warning("the local database's WAL could not be emptied yet (a reader holds it)")
        return False
    return True
