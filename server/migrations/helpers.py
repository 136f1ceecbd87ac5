"""What the migrations write the same way each time: the synced tables and their foreign keys.

A synced table (``models.base.Synced``) carries, after its own columns, the columns the sync
protocol reads (``id``, ``tenant_id``, ``server_seq``, ``updated_at``, ``deleted_at``), its
primary key on ``id`` and the index on ``(tenant_id, server_seq)`` by which pulls read it. The
helpers build exactly the DDL Alembic's autogenerate wrote for them (names as the naming
convention gives them), so a migration using them creates the same schema as before.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

import models.base


def foreign_key(
    table: str, column: str, target: str, *, ondelete: str | None = None
) -> sa.ForeignKeyConstraint:
    """The foreign key ``table.column`` -> ``target.id``, named by the naming convention."""
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def synced_columns() -> list[sa.Column[Any]]:
    """The columns every synced row carries after its own, in the models' order."""
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("tenant_id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("updated_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", models.base.UTCDateTime(timezone=True), nullable=True),
    ]


def create_synced_table(
    name: str,
    *columns: sa.Column[Any],
    references: Mapping[str, str] | None = None,
    indexed: Sequence[str] = (),
) -> None:
    """Create the synced table ``name``: ``columns``, the synced columns, a foreign key per
    ``references`` entry (column -> table it points to), the primary key on ``id``, an index
    per column in ``indexed`` and the ``(tenant_id, server_seq)`` index."""
    op.create_table(
        name,
        *columns,
        *synced_columns(),
        *(foreign_key(name, column, target) for column, target in (references or {}).items()),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
        info={"synced": True},
    )
    with op.batch_alter_table(name, schema=None) as batch_op:
        for column in indexed:
            batch_op.create_index(batch_op.f(f"ix_{name}_{column}"), [column], unique=False)
        batch_op.create_index(f"ix_{name}_tenant_seq", ["tenant_id", "server_seq"], unique=False)


def drop_synced_table(name: str, *, indexed: Sequence[str] = ()) -> None:
    """Drop what ``create_synced_table`` created for ``name`` with the same ``indexed``."""
    with op.batch_alter_table(name, schema=None) as batch_op:
        batch_op.drop_index(f"ix_{name}_tenant_seq")
        for column in reversed(indexed):
            batch_op.drop_index(batch_op.f(f"ix_{name}_{column}"))
    op.drop_table(name)
