"""Search and sort support the desktop keeps in the local database.

The synced tables are the sync engine's; the desktop adds, on open and only
if missing:

- ``person_fts``, an FTS5 index over person names and e-mail addresses,
  kept current by triggers on ``person`` and ``person_email``. Its rowid is
  the person's SQLite rowid, so a search joins back without a scan.
- ``participant_sort``, one row per live registration with the
  Participants list's sort keys denormalised (participant and manager
  names, organisation, e-mail, round, status, dates) and one index per
  sort column, so every sort of the list is a walk of one index instead of
  joins and a sort of 100,000 rows. Triggers on ``registration``,
  ``person``, ``person_email``, ``organisation`` and ``course_round`` keep
  it current, for the sync engine's bulk writes and local commands alike.
- indexes for other lists' sort columns and filters.

When the store rebuilds its cache the synced tables are dropped with their
triggers and indexes; the next open finds the triggers missing and
rebuilds both from the rows. Everything here is idempotent and runs on the
database executor.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Mapping, Sequence

from sqlalchemy import Connection, text

from sync import cipher
from sync.store import ClientStore

#: Bump when the index or its triggers change: the old ones are dropped.
VERSION = 3
_PREFIX = f"kansli_fts_v{VERSION}_"
#: Bump when ``participant_sort`` or its triggers change: the table is rebuilt.
SORT_VERSION = 3
_SORT_PREFIX = f"kansli_sort_v{SORT_VERSION}_"
SORT_TABLE = "participant_sort"
#: While it holds a row, the insert triggers below (and the registration's update trigger)
#: skip: a bulk write (an import's rows, ``sync.store._write_rows``; a push answer's rows)
#: is indexed afterwards in a few statements (:class:`BulkIndex`).
HOLD_TABLE = "local_index_hold"
_NOT_HELD = f"NOT EXISTS (SELECT 1 FROM {HOLD_TABLE})"


def _refresh_person(person_id: str) -> str:
    """Statements (inside a trigger) that re-index one person by id expression."""
    return f"""
    DELETE FROM person_fts WHERE rowid = (SELECT rowid FROM person WHERE id = {person_id});
    INSERT INTO person_fts(rowid, name, emails)
      SELECT p.rowid, p.first_name || ' ' || p.last_name,
             COALESCE((SELECT group_concat(e.address, ' ') FROM person_email e
                       WHERE e.person_id = p.id AND e.deleted_at IS NULL), '')
      FROM person p WHERE p.id = {person_id} AND p.deleted_at IS NULL;
    """


_TRIGGERS = {
    "person_ai": f"AFTER INSERT ON person WHEN {_NOT_HELD} BEGIN {_refresh_person('NEW.id')} END",
    # Only when an indexed value changed: a sync's restore writes every row of an import
    # back (its new server_seq), and re-indexing each was most of that restore's time.
    "person_au": f"""AFTER UPDATE OF first_name, last_name, deleted_at, id ON person
        WHEN OLD.first_name IS NOT NEW.first_name OR OLD.last_name IS NOT NEW.last_name
          OR OLD.deleted_at IS NOT NEW.deleted_at OR OLD.id IS NOT NEW.id BEGIN
        DELETE FROM person_fts WHERE rowid = OLD.rowid;
        {_refresh_person("NEW.id")} END""",
    "person_ad": """AFTER DELETE ON person BEGIN
        DELETE FROM person_fts WHERE rowid = OLD.rowid; END""",
    "email_ai": f"""AFTER INSERT ON person_email WHEN {_NOT_HELD} BEGIN
        {_refresh_person("NEW.person_id")} END""",
    "email_au": f"""AFTER UPDATE ON person_email
        WHEN OLD.person_id IS NOT NEW.person_id OR OLD.address IS NOT NEW.address
          OR OLD.deleted_at IS NOT NEW.deleted_at BEGIN
        {_refresh_person("OLD.person_id")} {_refresh_person("NEW.person_id")} END""",
    "email_ad": f"AFTER DELETE ON person_email BEGIN {_refresh_person('OLD.person_id')} END",
}

# -- the Participants list's sort keys ---------------------------------------------------

#: ``status_rank`` orders the Status column; ``status_class`` is what the status
#: filters test: the rank for 'registered' and 'cancelled', -1 for any other status.
_SORT_DDL = f"""
CREATE TABLE {SORT_TABLE} (
    id TEXT NOT NULL PRIMARY KEY,
    participant_row INTEGER,
    manager_row INTEGER,
    round_id TEXT,
    organisation_id TEXT,
    status_rank INTEGER NOT NULL,
    status_class INTEGER NOT NULL,
    requested_at,
    approved_at,
    approved_by TEXT,
    created_at,
    last_name TEXT,
    first_name TEXT,
    organisation TEXT,
    email TEXT,
    round_starts_on,
    round_name TEXT,
    manager TEXT
)
"""

#: The persons, organisation and round are left joins: a registration whose
#: participant has not arrived yet (the sync engine writes without foreign
#: keys) still has its row; the person's insert trigger fills in the names.
_SORT_KEYS = f"""
INSERT INTO {SORT_TABLE} (
    id, participant_row, manager_row, round_id, organisation_id, status_rank, status_class,
    requested_at, approved_at, approved_by, created_at, last_name, first_name, organisation,
    email, round_starts_on, round_name, manager)
SELECT r.id, p.rowid, m.rowid, r.round_id, COALESCE(r.organisation_id, p.organisation_id),
       CASE WHEN r.status = 'cancelled' THEN 3 WHEN r.approved_at IS NOT NULL THEN 2
            WHEN r.approval_requested_at IS NOT NULL THEN 1 ELSE 0 END,
       CASE WHEN r.status = 'cancelled' THEN 3 WHEN r.status <> 'registered' THEN -1
            WHEN r.approved_at IS NOT NULL THEN 2
            WHEN r.approval_requested_at IS NOT NULL THEN 1 ELSE 0 END,
       r.approval_requested_at, r.approved_at, r.approved_by_email, r.created_at,
       p.last_name, p.first_name, o.name,
       (SELECT e.address FROM person_email e WHERE e.person_id = r.participant_id
          AND e.deleted_at IS NULL ORDER BY e.is_primary DESC, e.position LIMIT 1),
       cr.starts_on, cr.name,
       COALESCE(m.last_name || ' ' || m.first_name, r.form_manager_name)
FROM registration r
LEFT JOIN person p ON p.id = r.participant_id
LEFT JOIN organisation o ON o.id = COALESCE(r.organisation_id, p.organisation_id)
LEFT JOIN course_round cr ON cr.id = r.round_id
LEFT JOIN person m ON m.id = r.approving_manager_id
WHERE r.deleted_at IS NULL AND"""


def sort_keys_insert(condition: str) -> str:
    """SQL inserting the sort keys of the live registrations ``r`` that meet ``condition``."""
    return f"{_SORT_KEYS} ({condition})"


#: One index per sort column: the keys, then the id (ties), then ``status_class``
#: so a status filter is checked in the index, without reading the table.
SORT_INDEXES = {
    "participant": "last_name COLLATE NOCASE, first_name COLLATE NOCASE, id, status_class",
    "organisation": "organisation COLLATE NOCASE, id, status_class",
    "email": "email, id, status_class",
    "round": "round_starts_on, round_name COLLATE NOCASE, id, status_class",
    "status": "status_rank, id, status_class",
    "manager": "manager COLLATE NOCASE, id, status_class",
    "requested": "requested_at, id, status_class",
    "approved": "approved_at, id, status_class",
    "approved_by": "approved_by, id, status_class",
    "created": "created_at, id, status_class",
    # Filters, search (person rowids are person_fts rowids) and the triggers' look-ups;
    # the round's key numbers (the Courses tab) count registrations in the index alone.
    "round_class": "round_id, status_class",
    "organisation_id": "organisation_id",
    "participant_row": "participant_row",
    "manager_row": "manager_row",
}


#: From this SQLite version on a search walks the sort column's index (see
#: :func:`desktop.participants.query.ids_statements`): it tests each entry against the
#: search's matches through a Bloom filter. The standard library's 3.40 has none for an
#: IN list: its walk cost 15 ms more than the sort of a narrow search's rows.
WALK_SEARCH_FROM = (3, 51)


def walks_search(store: ClientStore) -> bool:
    """Whether a search of the Participants list walks the sort index on ``store``'s driver."""
    return cipher.sqlite_version_info(store.encrypted) >= WALK_SEARCH_FROM


def sort_index(key: str) -> str:
    """The name of the sort-key table's index ``key`` of :data:`SORT_INDEXES`."""
    return f"ix_{SORT_TABLE}_{key}"


def _refresh_registrations(where: str) -> str:
    """Statements (inside a trigger) that recompute the rows of registrations ``r`` matching
    ``where`` (which must use indexed registration columns)."""
    return f"""
    DELETE FROM {SORT_TABLE} WHERE id IN (SELECT r.id FROM registration r WHERE {where});
    {sort_keys_insert(where)};
    """


def _changed(*columns: str) -> str:
    return " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)


_REGISTRATION_KEYS = (
    "id",
    "round_id",
    "participant_id",
    "approving_manager_id",
    "organisation_id",
    "form_manager_name",
    "status",
    "created_at",
    "approval_requested_at",
    "approved_at",
    "approved_by_email",
    "deleted_at",
)
_PERSON_OF = "r.participant_id IN {0} OR r.approving_manager_id IN {0}"

_SORT_TRIGGERS = {
    "registration_ai": f"""AFTER INSERT ON registration WHEN {_NOT_HELD} BEGIN
        DELETE FROM {SORT_TABLE} WHERE id = NEW.id;
        {sort_keys_insert("r.id = NEW.id")}; END""",
    "registration_au": f"""AFTER UPDATE ON registration
        WHEN ({_changed(*_REGISTRATION_KEYS)}) AND {_NOT_HELD} BEGIN
        DELETE FROM {SORT_TABLE} WHERE id IN (OLD.id, NEW.id);
        {sort_keys_insert("r.id = NEW.id")}; END""",
    "registration_ad": f"""AFTER DELETE ON registration BEGIN
        DELETE FROM {SORT_TABLE} WHERE id = OLD.id; END""",
    # A person's names, organisation and rowid are keys of their registrations,
    # as participant and as approving manager.
    "person_ai": f"""AFTER INSERT ON person WHEN {_NOT_HELD} BEGIN
        {_refresh_registrations(_PERSON_OF.format("(NEW.id)"))} END""",
    "person_au": f"""AFTER UPDATE OF first_name, last_name, organisation_id, id ON person
        WHEN {_changed("first_name", "last_name", "organisation_id", "id")} BEGIN
        {_refresh_registrations(_PERSON_OF.format("(OLD.id, NEW.id)"))} END""",
    "person_ad": f"""AFTER DELETE ON person BEGIN
        {_refresh_registrations(_PERSON_OF.format("(OLD.id)"))} END""",
    # The participant's main e-mail address.
    "email_ai": f"""AFTER INSERT ON person_email WHEN {_NOT_HELD} BEGIN
        {_refresh_registrations("r.participant_id = NEW.person_id")} END""",
    "email_au": f"""AFTER UPDATE ON person_email
        WHEN {_changed("person_id", "address", "is_primary", "position", "deleted_at")} BEGIN
        {_refresh_registrations("r.participant_id IN (OLD.person_id, NEW.person_id)")} END""",
    "email_ad": f"""AFTER DELETE ON person_email BEGIN
        {_refresh_registrations("r.participant_id = OLD.person_id")} END""",
    # Organisation and round names: only their own columns change.
    "organisation_ai": f"""AFTER INSERT ON organisation BEGIN
        UPDATE {SORT_TABLE} SET organisation = NEW.name WHERE organisation_id = NEW.id; END""",
    "organisation_au": f"""AFTER UPDATE OF name, id ON organisation
        WHEN {_changed("name", "id")} BEGIN
        UPDATE {SORT_TABLE} SET organisation = NULL WHERE organisation_id = OLD.id;
        UPDATE {SORT_TABLE} SET organisation = NEW.name WHERE organisation_id = NEW.id; END""",
    "organisation_ad": f"""AFTER DELETE ON organisation BEGIN
        UPDATE {SORT_TABLE} SET organisation = NULL WHERE organisation_id = OLD.id; END""",
    "round_ai": f"""AFTER INSERT ON course_round BEGIN
        UPDATE {SORT_TABLE} SET round_starts_on = NEW.starts_on, round_name = NEW.name
        WHERE round_id = NEW.id; END""",
    "round_au": f"""AFTER UPDATE OF name, starts_on, id ON course_round
        WHEN {_changed("name", "starts_on", "id")} BEGIN
        UPDATE {SORT_TABLE} SET round_starts_on = NULL, round_name = NULL
        WHERE round_id = OLD.id;
        UPDATE {SORT_TABLE} SET round_starts_on = NEW.starts_on, round_name = NEW.name
        WHERE round_id = NEW.id; END""",
    "round_ad": f"""AFTER DELETE ON course_round BEGIN
        UPDATE {SORT_TABLE} SET round_starts_on = NULL, round_name = NULL
        WHERE round_id = OLD.id; END""",
}

#: Local-only indexes for sorting and filtering large lists. The tombstone and
#: review indexes hold deleted and review rows only, so they cost nothing when
#: ordinary live rows arrive.
_INDEXES = {
    "ix_local_registration_deleted": "registration (deleted_at) WHERE deleted_at IS NOT NULL",
    # The search index's check at every start counts the live persons from two indexes.
    "ix_local_person_deleted": "person (deleted_at) WHERE deleted_at IS NOT NULL",
    # The Courses tab's "n sign-ups for review" at every start: a count of a few rows
    # instead of a scan of every registration (other statuses cost nothing).
    "ix_local_registration_review": "registration (status) WHERE status = 'review'",
    "ix_local_person_name": "person (last_name, first_name)",
    "ix_local_alumni_received": "alumni_registration (status, received_at)",
    "ix_local_agent_order_ordered": "agent_order (state, ordered_at)",
}
#: The Participants list's former indexes on ``registration``, replaced by
#: ``participant_sort``'s: dropped, as every synced registration paid for them.
_OBSOLETE_INDEXES = (
    "ix_local_registration_created",
    "ix_local_registration_created_id",
    "ix_local_registration_requested",
    "ix_local_registration_status",
)


def prepare(store: ClientStore) -> bool:
    """Create what is missing; True when the search index or the sort keys were (re)built."""
    with store.engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS person_fts USING "
            "fts5(name, emails, tokenize = 'unicode61 remove_diacritics 2')"
        )
        conn.exec_driver_sql(f"CREATE TABLE IF NOT EXISTS {HOLD_TABLE} (held INTEGER PRIMARY KEY)")
        for name in _OBSOLETE_INDEXES:
            conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
        for name, definition in _INDEXES.items():
            conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")
        existing = {
            row[0]
            for row in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        }
        wanted = {_PREFIX + key for key in _TRIGGERS}
        wanted_sort = {_SORT_PREFIX + key for key in _SORT_TRIGGERS}
        for stale in existing:
            if (stale.startswith("kansli_fts_") and stale not in wanted) or (
                stale.startswith("kansli_sort_") and stale not in wanted_sort
            ):
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {stale}")
        rebuild = not wanted <= existing or not _counts_agree(conn)
        if rebuild:
            for key, body in _TRIGGERS.items():
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_PREFIX + key}")
                conn.exec_driver_sql(f"CREATE TRIGGER {_PREFIX + key} {body}")
            rebuild_search_index(conn)
        rebuild_sort = not wanted_sort <= existing or not _sort_counts_agree(conn)
        if rebuild_sort:
            for key in _SORT_TRIGGERS:
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_SORT_PREFIX + key}")
            rebuild_sort_keys(conn)
            for key, body in _SORT_TRIGGERS.items():
                conn.exec_driver_sql(f"CREATE TRIGGER {_SORT_PREFIX + key} {body}")
        # Sort tables of before the rounds' counts read it: (round_id) became (round_id,
        # status_class), made here without rebuilding the table.
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS ix_{SORT_TABLE}_round_id")
        columns = SORT_INDEXES["round_class"]
        conn.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS ix_{SORT_TABLE}_round_class ON {SORT_TABLE} ({columns})"
        )
    if not any(isinstance(i, BulkIndex) for i in store.bulk_indexers):
        store.bulk_indexers.append(BulkIndex())
    return rebuild or rebuild_sort


def _counts_agree(conn: Connection) -> bool:
    # Counted without reading a table's rows (each page decrypted on an encrypted file: the
    # scans took 0.12 s of every encrypted start): FTS5 keeps one row per document in its
    # docsize table, and the live persons are all of them less the tombstones' index.
    indexed = conn.execute(text("SELECT count(*) FROM person_fts_docsize")).scalar_one()
    live = conn.execute(
        text(
            "SELECT (SELECT count(*) FROM person) - "
            "(SELECT count(*) FROM person WHERE deleted_at IS NOT NULL)"
        )
    ).scalar_one()
    return bool(indexed == live)


def _sort_counts_agree(conn: Connection) -> bool:
    found = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": SORT_TABLE},
    ).first()
    if found is None:
        return False
    keyed = conn.execute(text(f"SELECT count(*) FROM {SORT_TABLE}")).scalar_one()
    # All rows less the tombstones: two index counts, no scan of the table.
    live = conn.execute(
        text(
            "SELECT (SELECT count(*) FROM registration) - "
            "(SELECT count(*) FROM registration WHERE deleted_at IS NOT NULL)"
        )
    ).scalar_one()
    return bool(keyed == live)


def rebuild_search_index(conn: Connection) -> None:
    """Fill ``person_fts`` from scratch (one statement; about a second per 100,000 people)."""
    conn.exec_driver_sql("DELETE FROM person_fts")
    conn.exec_driver_sql(
        """
        INSERT INTO person_fts(rowid, name, emails)
        SELECT p.rowid, p.first_name || ' ' || p.last_name, COALESCE(e.emails, '')
        FROM person p
        LEFT JOIN (SELECT person_id, group_concat(address, ' ') AS emails
                   FROM person_email WHERE deleted_at IS NULL GROUP BY person_id) e
          ON e.person_id = p.id
        WHERE p.deleted_at IS NULL
        """
    )


def rebuild_sort_keys(conn: Connection) -> None:
    """Make ``participant_sort`` anew from the registrations (about 1.5 s per 100,000).

    The table is dropped and made again (its layout may have changed with
    :data:`SORT_VERSION`); filling it before making its indexes is faster
    than inserting into them.
    """
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {SORT_TABLE}")
    conn.exec_driver_sql(_SORT_DDL)
    conn.exec_driver_sql(sort_keys_insert("true"))
    for key, columns in SORT_INDEXES.items():
        conn.exec_driver_sql(f"CREATE INDEX {sort_index(key)} ON {SORT_TABLE} ({columns})")


class BulkIndex:
    """Indexes a bulk write's new people, addresses and registrations (``sync.store.BulkIndexer``):
    what the insert triggers would have done row by row, in a few statements per write."""

    def hold(self, raw: sqlite3.Connection) -> None:
        raw.execute(f"INSERT OR IGNORE INTO {HOLD_TABLE} (held) VALUES (1)")

    def release(self, raw: sqlite3.Connection) -> None:
        raw.execute(f"DELETE FROM {HOLD_TABLE}")

    def written(self, raw: sqlite3.Connection, ids: Mapping[str, Sequence[str]]) -> None:
        people, addresses, registrations = (
            list(ids.get(t, ())) for t in ("person", "person_email", "registration")
        )
        if not (people or addresses or registrations):
            return
        # The people whose entry changes: the new ones and the owners of the new addresses.
        owners = _ids(raw, "SELECT person_id FROM person_email WHERE id IN {}", addresses)
        touched = json.dumps(sorted(set(people) | set(owners)))
        raw.execute(
            "DELETE FROM person_fts WHERE rowid IN (SELECT rowid FROM person WHERE id IN "
            "(SELECT value FROM json_each(?)))",
            (touched,),
        )
        raw.execute(
            """
            INSERT INTO person_fts(rowid, name, emails)
            SELECT p.rowid, p.first_name || ' ' || p.last_name,
                   COALESCE((SELECT group_concat(e.address, ' ') FROM person_email e
                             WHERE e.person_id = p.id AND e.deleted_at IS NULL), '')
            FROM person p
            WHERE p.id IN (SELECT value FROM json_each(?)) AND p.deleted_at IS NULL
            """,
            (touched,),
        )
        # Their registrations (as participant; the new people also as manager) and the new ones.
        keyed = set(registrations)
        keyed.update(_ids(raw, "SELECT id FROM registration WHERE participant_id IN {}", owners))
        keyed.update(_ids(raw, "SELECT id FROM registration WHERE participant_id IN {}", people))
        keyed.update(
            _ids(raw, "SELECT id FROM registration WHERE approving_manager_id IN {}", people)
        )
        if keyed:
            rows = json.dumps(sorted(keyed))
            raw.execute(
                f"DELETE FROM {SORT_TABLE} WHERE id IN (SELECT value FROM json_each(?))", (rows,)
            )
            raw.execute(sort_keys_insert("r.id IN (SELECT value FROM json_each(?))"), (rows,))

    def stamped(self, raw: sqlite3.Connection, ids: Mapping[str, Sequence[str]]) -> None:
        """Rows of which only the stamps changed: of those, only a registration's
        ``created_at`` is a key (the search index holds names and addresses)."""
        registrations = list(ids.get("registration", ()))
        if registrations:
            raw.execute(
                f"UPDATE {SORT_TABLE} SET created_at = (SELECT r.created_at FROM registration r"
                f" WHERE r.id = {SORT_TABLE}.id) WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(registrations),),
            )


def _ids(raw: sqlite3.Connection, query: str, among: Sequence[str]) -> list[str]:
    """The first column of ``query`` (its ``{}`` an id set) for the ids ``among``."""
    if not among:
        return []
    sql = query.format("(SELECT value FROM json_each(?))")
    return [str(r[0]) for r in raw.execute(sql, (json.dumps(list(among)),))]


_WORD = re.compile(r"\w+", re.UNICODE)


def match_expression(search: str) -> str | None:
    """An FTS5 MATCH expression for what the user typed: every word as a prefix, all required.

    Returns None when nothing searchable was typed. Quotes and operators the
    user typed are treated as separators, never as FTS syntax.
    """
    words = _WORD.findall(search)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)
