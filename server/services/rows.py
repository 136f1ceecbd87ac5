"""Synced rows as the sync API sends them, and who may see what.

Row JSON (docs/CONTRACTS.md): every column by its column name; datetimes
ISO-8601 with ``+00:00``, dates ``YYYY-MM-DD``, JSON columns as JSON. Users
without a personal-data role get ``personnummer`` as null and none of the
alumni tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import orjson
from sqlalchemy import Table, inspect

from models.base import Base
from models.tenancy import PERSONAL_DATA_ROLES

#: Tables only personal-data roles (admin, alumni_officer) receive.
PERSONAL_TABLES = frozenset({"alumni_registration", "student_record", "alumni_rule"})
#: Columns nulled for everyone else: (table, column).
PERSONAL_COLUMNS = frozenset({("person", "personnummer")})


def sees_personal_data(roles: Iterable[str]) -> bool:
    return bool(PERSONAL_DATA_ROLES & set(roles))


def synced_table_objects() -> list[Table]:
    """The synced tables in dependency order (parents before children)."""
    return [t for t in Base.metadata.sorted_tables if t.info.get("synced")]


def visible_tables(roles: Iterable[str]) -> list[Table]:
    """The synced tables a user with ``roles`` receives, in dependency order."""
    personal = sees_personal_data(roles)
    return [t for t in synced_table_objects() if personal or t.name not in PERSONAL_TABLES]


def redact(table: str, row: dict[str, Any], *, personal: bool) -> dict[str, Any]:
    """Null the personal columns of ``row`` unless ``personal`` (in place; returns it)."""
    if not personal:
        for t, column in PERSONAL_COLUMNS:
            if t == table and column in row:
                row[column] = None
    return row


def orm_row(obj: Any) -> dict[str, Any]:
    """An ORM object's columns by column name (Python values)."""
    state = inspect(obj)
    return {str(attr.columns[0].name): getattr(obj, attr.key) for attr in state.mapper.column_attrs}


def json_safe(value: Any) -> Any:
    """``value`` with datetimes, dates and the like turned into their JSON form."""
    return orjson.loads(orjson.dumps(value))


def rows_json(
    grouped: Mapping[str, Iterable[Any]], *, tenant_id: str, roles: Iterable[str]
) -> dict[str, list[dict[str, Any]]]:
    """ORM rows grouped by table (``models.commands.rows_of``) as JSON-safe row dicts.

    Only rows of ``tenant_id``: a command that named another tenant's id
    (refused) must not get that row back. Tables the user may not see are
    left out; personal columns redacted.
    """
    personal = sees_personal_data(roles)
    out: dict[str, list[dict[str, Any]]] = {}
    for table, objs in grouped.items():
        if table in PERSONAL_TABLES and not personal:
            continue
        rows = [
            redact(table, orm_row(o), personal=personal)
            for o in objs
            if getattr(o, "tenant_id", None) == tenant_id
        ]
        if rows:
            out[table] = json_safe(rows)
    return out
