"""What the migrations write the same way each time: tables, their keys and indexes.

Every table has a primary key named ``pk_<table>``; constraints and indexes are named as the
models' naming convention (``models.base.NAMING_CONVENTION``) names them, so the migrated
schema is the one the models describe. A synced table (``models.base.Synced``) carries, after
its own columns, the columns the sync protocol reads (``id``, ``tenant_id``, ``server_seq``,
``updated_at``, ``deleted_at``), its primary key on ``id`` and the index on
``(tenant_id, server_seq)`` by which pulls read it.

A migration imports this module as ``h`` (``from server.migrations import helpers as h``),
beside ``sa`` and ``op``, and declares a table's columns by kind in the table's order:
``*h.ids(...)``, ``*h.strings(200, "name")``, ``*h.amounts(...)``, ``h.created_at()`` ...
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.schema import SchemaItem

import models.base

#: A moment in time, stored in UTC (``models.base.UTCDateTime``).
UTC = models.base.UTCDateTime(timezone=True)


def foreign_key(
    table: str, column: str, target: str, *, ondelete: str | None = None
) -> sa.ForeignKeyConstraint:
    """The foreign key ``table.column`` -> ``target.id``, named by the naming convention."""
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def unique(table: str, *columns: str) -> sa.UniqueConstraint:
    """The unique constraint on ``columns`` of ``table``, named by the naming convention."""
    return sa.UniqueConstraint(*columns, name=op.f(f"uq_{table}_{columns[0]}"))


def tenant_keys() -> list[sa.Column[Any]]:
    """A tenant's row's ``id`` and ``tenant_id``."""
    return ids("id", "tenant_id")


def ids(*names: str, nullable: bool = False) -> list[sa.Column[Any]]:
    """Columns holding a row's id (another table's or the tenant's): ``String(36)``."""
    return _columns(sa.String(36), names, nullable)


def amounts(*names: str, nullable: bool = False) -> list[sa.Column[Any]]:
    """Columns holding an amount of money in öre: ``BigInteger``."""
    return _columns(sa.BigInteger(), names, nullable)


def dates(*names: str, nullable: bool = False) -> list[sa.Column[Any]]:
    """Columns holding a day: ``Date``."""
    return _columns(sa.Date(), names, nullable)


def _columns(kind: Any, names: Sequence[str], nullable: bool) -> list[sa.Column[Any]]:
    return [sa.Column(name, kind, nullable=nullable) for name in names]


def strings(length: int, *names: str, nullable: bool = False) -> list[sa.Column[Any]]:
    """Columns holding text of at most ``length`` characters: ``String(length)``."""
    return _columns(sa.String(length), names, nullable)


def texts(*names: str, nullable: bool = False) -> list[sa.Column[Any]]:
    """Columns holding text of any length: ``Text``."""
    return _columns(sa.Text(), names, nullable)


def integers(*names: str, nullable: bool = False) -> list[sa.Column[Any]]:
    """Columns holding a whole number (a count, a version, a rate): ``Integer``."""
    return _columns(sa.Integer(), names, nullable)


def flags(*names: str, nullable: bool = False) -> list[sa.Column[Any]]:
    """Columns holding yes or no: ``Boolean``."""
    return _columns(sa.Boolean(), names, nullable)


def jsons(*names: str, nullable: bool = False) -> list[sa.Column[Any]]:
    """Columns holding a JSON document: ``JSON``."""
    return _columns(sa.JSON(), names, nullable)


def moments(*names: str, nullable: bool = False) -> list[sa.Column[Any]]:
    """Columns holding a moment in time (:data:`UTC`)."""
    return _columns(UTC, names, nullable)


def created_at() -> sa.Column[Any]:
    """When the row was written."""
    return sa.Column("created_at", UTC, nullable=False)


def scoped() -> list[sa.Column[Any]]:
    """What a rule or mapping applies to (``models.booking.PriceScope``): its kind and, below
    the tenant, the category's name or the round's id."""
    return [
        sa.Column("scope_kind", sa.String(20), nullable=False),
        sa.Column("scope_id", sa.String(200), nullable=True),
    ]


def synced_columns() -> list[sa.Column[Any]]:
    """The columns every synced row carries after its own, in the models' order."""
    return [
        *tenant_keys(),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("updated_at", UTC, nullable=False),
        sa.Column("deleted_at", UTC, nullable=True),
    ]


def create_table(
    name: str,
    *items: SchemaItem,
    primary_key: str = "id",
    indexed: Sequence[str] = (),
    indexes: Mapping[str, Sequence[str]] | None = None,
) -> None:
    """Create the table ``name`` with ``items`` (its columns and constraints), the primary key
    on ``primary_key``, an index per column in ``indexed`` (named ``ix_<table>_<column>``) and
    the ``indexes`` over several columns (name -> columns)."""
    op.create_table(name, *items, sa.PrimaryKeyConstraint(primary_key, name=op.f(f"pk_{name}")))
    for column in indexed:
        op.create_index(op.f(f"ix_{name}_{column}"), name, [column], unique=False)
    for index, columns in (indexes or {}).items():
        op.create_index(index, name, list(columns), unique=False)


def create_tenant_table(
    name: str,
    *items: SchemaItem,
    indexed: Sequence[str] = (),
    indexes: Mapping[str, Sequence[str]] | None = None,
    append_only_refusal: str | None = None,
) -> None:
    """Create the server-only table ``name`` of a tenant's rows (``server.tables.base.TenantRow``):
    ``id`` and ``tenant_id`` first, then ``items``, the primary key on ``id`` and the indexes
    as ``create_table`` makes them. With ``append_only_refusal`` the database refuses every
    change and removal of its rows (``append_only``) with that sentence."""
    create_table(name, *tenant_keys(), *items, indexed=indexed, indexes=indexes)
    if append_only_refusal is not None:
        append_only(name, append_only_refusal)


def create_synced_table(
    name: str,
    *items: SchemaItem,
    references: Mapping[str, str] | None = None,
    indexed: Sequence[str] = (),
    indexes: Mapping[str, Sequence[str]] | None = None,
    after_synced: Sequence[sa.Column[Any]] = (),
) -> None:
    """Create the synced table ``name``: ``items`` (its own columns and constraints), the synced
    columns, the ``after_synced`` columns (ones added to the table later, kept where they
    were added), a foreign key per ``references`` entry (column -> table it points to), the
    primary key on ``id``, the indexes as ``create_table`` makes them and the
    ``(tenant_id, server_seq)`` index."""
    create_table(
        name,
        *items,
        *synced_columns(),
        *after_synced,
        *(foreign_key(name, column, target) for column, target in (references or {}).items()),
        indexed=indexed,
        indexes={**(indexes or {}), f"ix_{name}_tenant_seq": ["tenant_id", "server_seq"]},
    )


def append_only(table: str, refusal: str) -> None:
    """Have the database refuse every change and removal of ``table``'s rows, whatever the
    code does: on PostgreSQL by the function ``ledger_append_only()`` (migration 0017) on
    UPDATE, DELETE and TRUNCATE; on SQLite by triggers on UPDATE and DELETE that abort with
    ``refusal``."""
    if op.get_context().dialect.name == "postgresql":
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION ledger_append_only()"
        )
        op.execute(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()"
        )
        return
    for event in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{refusal}'); END"
        )
