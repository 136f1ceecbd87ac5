"""Checks every server flush passes before it reaches the database.

Commands are the domain's code and check what the domain knows. These
checks are the server's safety net under them, the same for every command:

- values fit their columns (length, NUL characters, integer range, finite
  numbers), so PostgreSQL and SQLite accept the same data and a bad value
  is a clear rejection naming the field, never a database error;
- a new synced row's id is not taken (a taken id in another tenant is
  refused exactly like a forbidden action, without revealing anything);
- a reference from a synced row to another synced row stays inside the
  row's own tenant (tenant isolation: a command can never link to, and so
  reveal or change, another tenant's row).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import cache
from typing import Any

from sqlalchemy import BigInteger, Integer, String, Table, select
from sqlalchemy.orm import Mapper, Session
from sqlalchemy.orm.attributes import instance_state

from models.base import Base, SyncMixin
from models.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError

_INT32 = 2**31
_INT64 = 2**63


def _label(table: str) -> str:
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == table:  # type: ignore[attr-defined]
            return str(mapper.class_.__name__)
    return table


def _check_json(value: Any, field: str) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        raise ValidationError("must be a finite number", field=field)
    if isinstance(value, dict):
        for key, item in value.items():
            _check_json(item, f"{field}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _check_json(item, f"{field}.{i}")


@cache
def _columns_of(mapper: Mapper[Any]) -> tuple[tuple[str, str, int | None, int | None], ...]:
    """Per mapped column: attribute key, column name, the longest string it takes (if
    limited) and the integer bound (for integer columns). Worked out once per class."""
    found = []
    for attr in mapper.column_attrs:
        column = attr.columns[0]
        ctype = column.type
        length = getattr(ctype, "length", None) if isinstance(ctype, String) else None
        bound = None
        if isinstance(ctype, Integer):
            bound = _INT64 if isinstance(ctype, BigInteger) else _INT32
        found.append((attr.key, str(column.name), length, bound))
    return tuple(found)


def check_values(obj: Any) -> None:
    """Raise ValidationError when a loaded value of ``obj`` cannot be stored as it is."""
    state = instance_state(obj)  # what inspect(obj) gives, without its lookup
    loaded = state.dict
    for key, name, length, bound in _columns_of(state.mapper):
        value = loaded.get(key)
        if value is None or isinstance(value, bool):
            continue
        if isinstance(value, str):
            if "\x00" in value:
                raise ValidationError("must not contain a NUL character", field=name)
            if length is not None and len(value) > length:
                raise ValidationError(f"is longer than {length} characters", field=name)
        elif isinstance(value, int):
            if bound is not None and not -bound <= value < bound:
                raise ValidationError("is out of range", field=name)
        elif isinstance(value, float):
            if not math.isfinite(value):
                raise ValidationError("must be a finite number", field=name)
        elif isinstance(value, dict | list):
            _check_json(value, name)


def _existing(session: Session, table: Table, ids: Iterable[str]) -> dict[str, str]:
    """id -> tenant_id of the rows of ``table`` with one of ``ids``."""
    wanted = sorted(set(ids))
    found: dict[str, str] = {}
    conn = session.connection()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = conn.execute(select(table.c.id, table.c.tenant_id).where(table.c.id.in_(chunk)))
        found.update({str(r[0]): str(r[1]) for r in rows})
    return found


def check_new_ids(session: Session, new_rows: list[SyncMixin]) -> None:
    """Refuse new synced rows whose id already exists."""
    by_table: dict[Table, list[SyncMixin]] = {}
    for row in new_rows:
        by_table.setdefault(row.__table__, []).append(row)  # type: ignore[attr-defined]
    for table, rows in by_table.items():
        taken = _existing(session, table, (r.id for r in rows))
        for row in rows:
            owner = taken.get(row.id)
            if owner is None:
                continue
            if owner != row.tenant_id:
                raise PermissionDenied(
                    f"The id {row.id} cannot be used", details={"field": "id", "id": row.id}
                )
            raise ConflictError(
                f"{_label(table.name)} {row.id} already exists",
                details={"field": "id", "id": row.id},
            )


@cache
def _synced_references(mapper: Mapper[Any]) -> tuple[tuple[str, str, Table], ...]:
    """Per foreign key to a synced table: attribute key, column name, the target table."""
    found = []
    for column in mapper.local_table.columns:
        for fk in column.foreign_keys:
            target = fk.column.table
            if isinstance(target, Table) and target.info.get("synced"):
                key = mapper.get_property_by_column(column).key
                found.append((key, str(column.name), target))
    return tuple(found)


def check_references(
    session: Session, new_rows: list[SyncMixin], changed_rows: list[SyncMixin]
) -> None:
    """Refuse references from synced rows to rows that are missing or of another tenant."""
    in_flush = {(r.__tablename__, r.id): r.tenant_id for r in new_rows}  # type: ignore[attr-defined]
    wanted: dict[Table, dict[str, list[tuple[SyncMixin, str]]]] = {}
    for row in [*new_rows, *changed_rows]:
        state = instance_state(row)
        is_new = state.transient or state.pending
        for key, name, target in _synced_references(state.mapper):
            value = state.dict.get(key)
            if value is None:
                continue
            if not is_new and not state.attrs[key].history.added:
                continue
            if in_flush.get((target.name, value)) == row.tenant_id:
                continue
            wanted.setdefault(target, {}).setdefault(str(value), []).append((row, name))
    for target, refs in wanted.items():
        owners = _existing(session, target, refs)
        for ref_id, users in refs.items():
            for row, field in users:
                if owners.get(ref_id) != row.tenant_id:
                    raise NotFoundError(
                        f"{_label(target.name)} {ref_id} was not found",
                        details={"field": field, "id": ref_id},
                    )


def check_flush(session: Session, new_rows: list[SyncMixin], changed_rows: list[SyncMixin]) -> None:
    """Run every check on what this flush writes."""
    for obj in [*session.new, *session.dirty]:
        check_values(obj)
    check_new_ids(session, new_rows)
    check_references(session, new_rows, changed_rows)
