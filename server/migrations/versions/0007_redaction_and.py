"""redaction and agent scope (signature evidence server-side)

The evidence of a signature (BankID's signature and OCSP response, the hash of
the signer's personnummer, the SMS challenge) moves from the synced
``signature.evidence`` column to the server-only ``signature_evidence`` table;
clients rebuild their cache (the synced tables' DDL changed).
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "0007"
down_revision: str | None = "0006"


def upgrade() -> None:
    op.create_table(
        "signature_evidence",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("tenant_id", sa.String(length=36), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("personnummer", sa.String(length=12), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("created_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["id"],
            ["signature.id"],
            name=op.f("fk_signature_evidence_id_signature"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signature_evidence")),
    )
    with op.batch_alter_table("signature_evidence", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_signature_evidence_tenant_id"), ["tenant_id"], unique=False
        )

    # The evidence signatures already have, kept (server-side now) before the column goes.
    signature = sa.table(
        "signature",
        sa.column("id", sa.String),
        sa.column("tenant_id", sa.String),
        sa.column("method", sa.String),
        sa.column("signed_at", models.base.UTCDateTime(timezone=True)),
        sa.column("evidence", sa.JSON),
    )
    evidence = sa.table(
        "signature_evidence",
        sa.column("id", sa.String),
        sa.column("tenant_id", sa.String),
        sa.column("method", sa.String),
        sa.column("personnummer", sa.String),
        sa.column("data", sa.JSON),
        sa.column("created_at", models.base.UTCDateTime(timezone=True)),
    )
    bind = op.get_bind()
    rows: list[dict[str, Any]] = [
        {
            "id": r.id,
            "tenant_id": r.tenant_id,
            "method": r.method,
            "personnummer": None,
            "data": {k: v for k, v in dict(r.evidence or {}).items() if k != "method"},
            "created_at": r.signed_at,
        }
        for r in bind.execute(sa.select(signature))
    ]
    for start in range(0, len(rows), 1000):
        bind.execute(sa.insert(evidence), rows[start : start + 1000])

    with op.batch_alter_table("signature", schema=None) as batch_op:
        batch_op.drop_column("evidence")


def downgrade() -> None:
    with op.batch_alter_table("signature", schema=None) as batch_op:
        batch_op.add_column(sa.Column("evidence", sa.JSON(), nullable=True))
    signature = sa.table("signature", sa.column("id", sa.String), sa.column("evidence", sa.JSON))
    evidence = sa.table(
        "signature_evidence",
        sa.column("id", sa.String),
        sa.column("method", sa.String),
        sa.column("data", sa.JSON),
    )
    bind = op.get_bind()
    for row in bind.execute(sa.select(evidence)).all():
        data = row.data if isinstance(row.data, dict) else {}
        bind.execute(
            sa.update(signature)
            .where(signature.c.id == row.id)
            .values(evidence={"method": row.method, **data})
        )
    bind.execute(sa.update(signature).where(signature.c.evidence.is_(None)).values(evidence={}))
    with op.batch_alter_table("signature", schema=None) as batch_op:
        batch_op.alter_column("evidence", existing_type=sa.JSON(), nullable=False)

    with op.batch_alter_table("signature_evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signature_evidence_tenant_id"))
    op.drop_table("signature_evidence")
