"""Synced rows as the sync API sends them, and the redaction of all that leaves the server.

Row JSON (docs/CONTRACTS.md): every column by its column name; datetimes
ISO-8601 with ``+00:00``, dates ``YYYY-MM-DD``, JSON columns as JSON.

Which columns of which table a reader may read is :mod:`models.visibility`
(one rule, shared with the commands). Everything that leaves the server
with data in it goes through a function here: pull pages (:func:`redact_columns`),
push results, applied or rejected, first answers and repeats
(:func:`redact_result`), rows a result carries (:func:`rows_json`) and error
bodies (:func:`redact_message`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import orjson
from sqlalchemy import Table
from sqlalchemy.orm import Mapper
from sqlalchemy.orm.attributes import instance_state

from models.base import Base
from models.visibility import (
    Reader,
    hidden_columns,
    may_read_table,
    personal_values,
    reads_personal_data,
    redact_details,
    redact_row,
    redact_text,
)

__all__ = [
    "Reader",
    "Roles",
    "json_safe",
    "orm_row",
    "redact_columns",
    "redact_message",
    "redact_result",
    "rows_json",
    "synced_table_objects",
    "visible_tables",
]


@dataclass(frozen=True)
class Roles:
    """A reader known only by roles (an anonymous caller has none)."""

    roles: frozenset[str] = frozenset()


def synced_table_objects() -> list[Table]:
    """The synced tables in dependency order (parents before children)."""
    return [t for t in Base.metadata.sorted_tables if t.info.get("synced")]


def visible_tables(roles: Iterable[str]) -> list[Table]:
    """The synced tables a user with ``roles`` receives, in dependency order."""
    reader = Roles(frozenset(roles))
    return [t for t in synced_table_objects() if may_read_table(reader, t.name)]


def redact_columns(reader: Reader, table: str, row: dict[str, Any]) -> dict[str, Any]:
    """``row`` of a table ``reader`` receives, with what they may not read nulled (in place)."""
    for column in hidden_columns(reader, table):
        if column in row:
            row[column] = None
    return row


@cache
def _column_keys(mapper: Mapper[Any]) -> tuple[tuple[str, str], ...]:
    """Per column of a mapped class: its column name (exact ``str``) and attribute key."""
    return tuple((str(attr.columns[0].name), attr.key) for attr in mapper.column_attrs)


def orm_row(obj: Any) -> dict[str, Any]:
    """An ORM object's columns by column name (Python values).

    Read from the object's loaded values when it holds all of them (what ``getattr``
    returns for a loaded attribute, without its per-attribute cost: an import's answers
    are tens of thousands of rows); an expired or deferred column is loaded by ``getattr``.
    """
    state = instance_state(obj)  # what inspect(obj) gives, without its lookup
    keys = _column_keys(state.mapper)
    loaded = state.dict
    try:
        return {name: loaded[key] for name, key in keys}
    except KeyError:
        return {name: getattr(obj, key) for name, key in keys}


def json_safe(value: Any) -> Any:
    """``value`` with datetimes, dates and the like turned into their JSON form."""
    return orjson.loads(orjson.dumps(value))


def concerned_values(grouped: Mapping[str, Iterable[Any]]) -> set[str]:
    """The personal values of ORM rows grouped by table, as they could appear in a text."""
    values: set[str] = set()
    for table, objs in grouped.items():
        for obj in objs:
            values |= personal_values(table, orm_row(obj))
    return values


def rows_json(
    grouped: Mapping[str, Iterable[Any]],
    *,
    tenant_id: str,
    reader: Reader,
) -> dict[str, list[dict[str, Any]]]:
    """ORM rows grouped by table (``models.commands.rows_of``) as JSON-safe row dicts.

    Only rows of ``tenant_id``: a command that named another tenant's id
    (refused) must not get that row back. Tables ``reader`` may not see are
    left out; what they may not read is nulled.
    """
    out: dict[str, list[dict[str, Any]]] = {}
    for table, objs in grouped.items():
        if not may_read_table(reader, table):
            continue
        rows = [
            redact_columns(reader, table, orm_row(o))
            for o in objs
            if getattr(o, "tenant_id", None) == tenant_id
        ]
        if rows:
            out[table] = json_safe(rows)
    return out


def redact_message(reader: Reader, message: str, values: Collection[str] = ()) -> str:
    """A message (rejection, error body) as ``reader`` may read it."""
    return redact_text(reader, message, values)


def redact_result(
    reader: Reader, result: dict[str, Any], values: Collection[str] = ()
) -> dict[str, Any]:
    """A push result (CONTRACTS.md) as ``reader`` may see it: its rows, ``message`` and
    ``details``. Applied to every result leaving the server, also a logged first answer
    repeated (the reader's roles may have changed since)."""
    if reads_personal_data(reader):
        return result
    out = dict(result)
    rows = out.get("rows")
    if isinstance(rows, Mapping):
        out["rows"] = {
            table: [
                redact_row(reader, table, dict(row)) for row in table_rows if isinstance(row, dict)
            ]
            for table, table_rows in rows.items()
            if may_read_table(reader, table) and isinstance(table_rows, list)
        }
    if isinstance(out.get("message"), str):
        out["message"] = redact_message(reader, out["message"], values)
    if "details" in out:
        out["details"] = redact_details(reader, out["details"], values)
    return out
