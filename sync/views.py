"""What the store tells about its queued and refused commands, for lists and screens.

The ``outbox``, ``rejection`` and ``pending_row`` tables are the store's own: their
layout (commands as JSON) may change, and nothing outside :mod:`sync` reads them.
Lists that filter or sort by "this row has a queued command" in SQL read these
views instead, which every connection of the store has (``TEMP`` views, made when
the connection opens, so nothing is added to the file):

``sync_pending(table_name, row_id, command_id)``
    a synced row a queued command touched (shown as pending until answered).
``sync_queued_arg(seq, command_id, name, arg, value)``
    one row per top-level argument of each queued command, in queue order
    (``seq``); ``value`` as SQL sees a JSON value (text, number, JSON text).
``sync_rejected_arg(command_id, name, arg, value, code, details, rejected_at)``
    the same for each open refusal (not yet discarded or retried), with the
    server's code and ``details`` (JSON text).

"Queued ``alumni.decide`` commands keyed by their ``alumni_registration_id``" is
``SELECT value FROM sync_queued_arg WHERE name = 'alumni.decide' AND arg =
'alumni_registration_id'``; the store's methods (:meth:`ClientStore.queued_commands`,
:meth:`ClientStore.open_rejections_by`, :meth:`ClientStore.pending_ids`,
:meth:`ClientStore.command_rows`) answer the same for many rows in one query each.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import text
from sqlalchemy.orm import Session

VIEWS = (
    "CREATE TEMP VIEW IF NOT EXISTS sync_pending AS "
    "SELECT table_name, row_id, command_id FROM main.pending_row",
    "CREATE TEMP VIEW IF NOT EXISTS sync_queued_arg AS "
    "SELECT o.seq AS seq, o.command_id AS command_id, o.name AS name, "
    "a.key AS arg, a.value AS value "
    "FROM main.outbox AS o, json_each(o.args) AS a",
    "CREATE TEMP VIEW IF NOT EXISTS sync_rejected_arg AS "
    "SELECT r.command_id AS command_id, json_extract(r.envelope, '$.name') AS name, "
    "a.key AS arg, a.value AS value, r.code AS code, r.details AS details, "
    "r.rejected_at AS rejected_at "
    "FROM main.rejection AS r, json_each(r.envelope, '$.args') AS a WHERE r.state = 'open'",
)


def create_views(dbapi_conn: Any) -> None:
    """Make the views on a new connection of the store (temporary: nothing is written)."""
    cur = dbapi_conn.cursor()
    for statement in VIEWS:
        cur.execute(statement)
    cur.close()


@dataclass(frozen=True)
class QueuedCommand:
    """A command waiting in the outbox: its id, place in the queue and arguments."""

    command_id: str
    seq: int
    args: dict[str, Any]


@dataclass(frozen=True)
class OpenRejection:
    """An open refusal of a command: its id, arguments, the server's code and details."""

    command_id: str
    args: dict[str, Any]
    code: str
    details: dict[str, Any]


def _by_key(
    s: Session, head: str, order: str, name: str, key: str, values: Iterable[str] | None
) -> Any:
    """Rows of ``head`` (selecting from view ``k``) for the ``name`` commands' argument
    ``key`` (its value among ``values``, if given), in ``order``."""
    sql = f"{head} WHERE k.name = :name AND k.arg = :key"
    params: dict[str, Any] = {"name": name, "key": key}
    if values is not None:
        sql += " AND k.value IN (SELECT value FROM json_each(:values))"
        params["values"] = json.dumps(sorted(set(values)))
    return s.execute(text(f"{sql} ORDER BY {order}"), params)


def queued_commands(
    s: Session, name: str, key: str, values: Iterable[str] | None = None
) -> dict[str, QueuedCommand]:
    """The newest queued ``name`` command for each value of its argument ``key``."""
    head = (
        "SELECT k.value, o.command_id, o.seq, o.args FROM sync_queued_arg k "
        "JOIN main.outbox o ON o.command_id = k.command_id"
    )
    # In queue order: the newest command of a value is the one left.
    return {
        str(value): QueuedCommand(str(command_id), int(seq), json.loads(args))
        for value, command_id, seq, args in _by_key(s, head, "o.seq", name, key, values)
    }


def open_rejections_by(
    s: Session, name: str, key: str, values: Iterable[str] | None = None
) -> dict[str, OpenRejection]:
    """The newest open refusal of a ``name`` command for each value of its argument ``key``."""
    head = (
        "SELECT k.value, r.command_id, r.envelope, r.code, r.details "
        "FROM sync_rejected_arg k JOIN main.rejection r ON r.command_id = k.command_id"
    )
    found: dict[str, OpenRejection] = {}
    for value, command_id, envelope, code, details in _by_key(
        s, head, "r.rejected_at", name, key, values
    ):
        args = cast(dict[str, Any], json.loads(envelope).get("args") or {})
        found[str(value)] = OpenRejection(
            str(command_id), args, str(code), json.loads(details or "{}")
        )
    return found


def pending_ids(s: Session, table: str, ids: Iterable[str] | None = None) -> set[str]:
    """The ids of ``table``'s rows (among ``ids``, if given) a queued command touched."""
    sql = "SELECT DISTINCT row_id FROM sync_pending WHERE table_name = :table"
    params: dict[str, Any] = {"table": table}
    if ids is not None:
        sql += " AND row_id IN (SELECT value FROM json_each(:ids))"
        params["ids"] = json.dumps(sorted(set(ids)))
    return {str(r) for r in s.scalars(text(sql), params)}


def command_rows(s: Session, command_id: str) -> list[tuple[str, str]]:
    """The ``(table, id)`` of the rows a queued command touched locally."""
    rows = s.execute(
        text("SELECT table_name, row_id FROM sync_pending WHERE command_id = :id"),
        {"id": command_id},
    )
    return [(str(t), str(i)) for t, i in rows]
