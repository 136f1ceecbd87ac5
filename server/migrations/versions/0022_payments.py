"""incoming payments and payment files (issue 18; filled by helper G)"""

import sqlalchemy as sa
from alembic import op

from server.migrations.helpers import (
    UTC,
    amounts,
    create_tenant_table,
    created_at,
    dates,
    ids,
    unique,
)

revision: str = "0022"
down_revision: str | None = "0021"


def upgrade() -> None:
    create_tenant_table(
        "payment_file",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("imported_at", UTC, nullable=False),
        *ids("imported_by", nullable=True),
        sa.Column("counts", sa.JSON(), nullable=False),
        unique("payment_file", "tenant_id", "sha256"),
    )
    create_tenant_table(
        "incoming_payment",
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("source_ref", sa.String(100), nullable=False),
        *amounts("amount"),
        *dates("paid_on"),
        sa.Column("reference", sa.String(100), nullable=False),
        sa.Column("payer", sa.String(200), nullable=False),
        *ids("file_id", "invoice_id", "transaction_id", nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        *ids("matched_by", nullable=True),
        *amounts("applied", "left_after"),
        sa.Column("receipt_at", UTC, nullable=True),
        created_at(),
        unique("incoming_payment", "tenant_id", "source", "source_ref"),
        indexes={
            "ix_incoming_payment_status": ("tenant_id", "status"),
            "ix_incoming_payment_receipt": ("status", "receipt_at"),
        },
    )


def downgrade() -> None:
    op.drop_table("incoming_payment")
    op.drop_table("payment_file")
