"""incoming payments and payment files (issue 18; filled by helper G)"""

from alembic import op

from server.migrations.helpers import (
    amounts,
    create_tenant_table,
    created_at,
    dates,
    ids,
    jsons,
    moments,
    strings,
    unique,
)

revision: str = "0022"
down_revision: str | None = "0021"


def upgrade() -> None:
    create_tenant_table(
        "payment_file",
        *strings(64, "sha256"),
        *strings(255, "name"),
        *strings(20, "kind"),
        *moments("imported_at"),
        *ids("imported_by", nullable=True),
        *jsons("counts"),
        unique("payment_file", "tenant_id", "sha256"),
    )
    create_tenant_table(
        "incoming_payment",
        *strings(20, "source"),
        *strings(100, "source_ref"),
        *amounts("amount"),
        *dates("paid_on"),
        *strings(100, "reference"),
        *strings(200, "payer"),
        *ids("file_id", "invoice_id", "transaction_id", nullable=True),
        *strings(20, "status"),
        *ids("matched_by", nullable=True),
        *amounts("applied", "left_after"),
        *moments("receipt_at", nullable=True),
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
