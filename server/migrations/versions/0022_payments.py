"""incoming payments and payment files (issue 18; filled by helper G)"""

import sqlalchemy as sa
from alembic import op

from server.migrations.helpers import UTC, create_table, tenant_keys, unique

revision: str = "0022"
down_revision: str | None = "0021"


def upgrade() -> None:
    create_table(
        "payment_file",
        *tenant_keys(),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("imported_at", UTC, nullable=False),
        sa.Column("imported_by", sa.String(36), nullable=True),
        sa.Column("counts", sa.JSON(), nullable=False),
        unique("payment_file", "tenant_id", "sha256"),
    )
    create_table(
        "incoming_payment",
        *tenant_keys(),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("source_ref", sa.String(100), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("reference", sa.String(100), nullable=False),
        sa.Column("payer", sa.String(200), nullable=False),
        sa.Column("file_id", sa.String(36), nullable=True),
        sa.Column("invoice_id", sa.String(36), nullable=True),
        sa.Column("transaction_id", sa.String(36), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("matched_by", sa.String(36), nullable=True),
        sa.Column("applied", sa.BigInteger(), nullable=False),
        sa.Column("left_after", sa.BigInteger(), nullable=False),
        sa.Column("receipt_at", UTC, nullable=True),
        sa.Column("created_at", UTC, nullable=False),
        unique("incoming_payment", "tenant_id", "source", "source_ref"),
        indexes={
            "ix_incoming_payment_status": ("tenant_id", "status"),
            "ix_incoming_payment_receipt": ("status", "receipt_at"),
        },
    )


def downgrade() -> None:
    op.drop_table("incoming_payment")
    op.drop_table("payment_file")
