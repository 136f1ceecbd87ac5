"""refunds: money paid back by provider or bank (issue 18; helper H5): the ``refund`` table,
one row per amount owed back to a person and how it left"""

import sqlalchemy as sa
from alembic import op

from server.migrations.helpers import UTC, amounts, create_tenant_table, created_at, ids

revision: str = "0027"
down_revision: str | None = "0026"


def upgrade() -> None:
    create_tenant_table(
        "refund",
        *ids("person_id"),
        *amounts("amount"),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("reference", sa.String(100), nullable=False),
        *ids("due_transaction_id", nullable=True),
        sa.Column("how", sa.String(10), nullable=False),
        sa.Column("provider", sa.String(20), nullable=False),
        sa.Column("payment_ref", sa.String(100), nullable=False),
        sa.Column("provider_ref", sa.String(100), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("refusals", sa.Integer(), nullable=False),
        sa.Column("bank_account", sa.String(100), nullable=False),
        *ids("marked_by", nullable=True),
        sa.Column("marked_at", UTC, nullable=True),
        *ids("transaction_id", nullable=True),
        created_at(),
        sa.UniqueConstraint("tenant_id", "due_transaction_id", name=op.f("uq_refund_tenant_id")),
        indexed=["tenant_id"],
        indexes={
            "ix_refund_state": ["tenant_id", "state"],
            "ix_refund_provider_ref": ["provider", "provider_ref"],
        },
    )


def downgrade() -> None:
    op.drop_table("refund")
