"""Search and sort support the desktop keeps in the local database.

The synced tables are the sync engine's; the desktop adds, on open and only
if missing:

- ``person_fts``, an FTS5 index over person names and e-mail addresses,
  kept current by triggers on ``person`` and ``person_email``. Its rowid is
  the person's SQLite rowid, so a search joins back without a scan.
- indexes for the Participants tab's sort columns and filters.

When the store rebuilds its cache the tables are dropped with their
triggers and indexes; the next open finds the triggers missing and
rebuilds the index from the rows. Everything here is idempotent and runs on
the database executor.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

from sync.store import ClientStore

#: Bump when the index or its triggers change: the old ones are dropped.
VERSION = 1
_PREFIX = f"kansli_fts_v{VERSION}_"


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
    "person_ai": f"AFTER INSERT ON person BEGIN {_refresh_person('NEW.id')} END",
    "person_au": f"""AFTER UPDATE OF first_name, last_name, deleted_at, id ON person BEGIN
        DELETE FROM person_fts WHERE rowid = OLD.rowid;
        {_refresh_person("NEW.id")} END""",
    "person_ad": """AFTER DELETE ON person BEGIN
        DELETE FROM person_fts WHERE rowid = OLD.rowid; END""",
    "email_ai": f"AFTER INSERT ON person_email BEGIN {_refresh_person('NEW.person_id')} END",
    "email_au": f"""AFTER UPDATE ON person_email BEGIN
        {_refresh_person("OLD.person_id")} {_refresh_person("NEW.person_id")} END""",
    "email_ad": f"AFTER DELETE ON person_email BEGIN {_refresh_person('OLD.person_id')} END",
}

#: Local-only indexes for sorting and filtering large lists.
_INDEXES = {
    "ix_local_registration_created": "registration (created_at)",
    "ix_local_registration_created_id": "registration (created_at, id, deleted_at)",
    "ix_local_registration_requested": "registration (approval_requested_at)",
    "ix_local_registration_status": "registration (status, approved_at)",
    "ix_local_person_name": "person (last_name, first_name)",
    "ix_local_alumni_received": "alumni_registration (status, received_at)",
    "ix_local_agent_order_ordered": "agent_order (state, ordered_at)",
}


def prepare(store: ClientStore) -> bool:
    """Create what is missing; True when the search index was (re)built."""
    with store.engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS person_fts USING "
            "fts5(name, emails, tokenize = 'unicode61 remove_diacritics 2')"
        )
        for name, definition in _INDEXES.items():
            conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")
        existing = {
            row[0]
            for row in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        }
        wanted = {_PREFIX + key for key in _TRIGGERS}
        for stale in existing:
            if stale.startswith("kansli_fts_") and stale not in wanted:
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {stale}")
        rebuild = not wanted <= existing or not _counts_agree(conn)
        if rebuild:
            for key, body in _TRIGGERS.items():
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_PREFIX + key}")
                conn.exec_driver_sql(f"CREATE TRIGGER {_PREFIX + key} {body}")
            rebuild_search_index(conn)
    return rebuild


def _counts_agree(conn: Connection) -> bool:
    indexed = conn.execute(text("SELECT count(*) FROM person_fts")).scalar_one()
    live = conn.execute(text("SELECT count(*) FROM person WHERE deleted_at IS NULL")).scalar_one()
    return bool(indexed == live)


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
