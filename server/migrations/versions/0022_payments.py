"""incoming payments and payment files (issue 18; filled by helper G)"""

from alembic import op

from server.migrations import helpers as h

revision: str = "0022"
down_revision: str | None = "0021"


def upgrade() -> None:
    h.create_tenant_table(
        "payment_file",
        *h.strings(64, "sha256"),
        *h.strings(255, "name"),
        *h.strings(20, "kind"),
        *h.moments("imported_at"),
        *h.ids("imported_by", nullable=True),
        *h.jsons("counts"),
        h.unique("payment_file", "tenant_id", "sha256"),
    )
    h.create_tenant_table(
        "incoming_payment",
        *h.strings(20, "source"),
        *h.strings(100, "source_ref"),
        *h.amounts("amount"),
        *h.dates("paid_on"),
        *h.strings(100, "reference"),
        *h.strings(200, "payer"),
        *h.ids("file_id", "invoice_id", "transaction_id", nullable=True),
        *h.strings(20, "status"),
        *h.ids("matched_by", nullable=True),
        *h.amounts("applied", "left_after"),
        *h.moments("receipt_at", nullable=True),
        h.created_at(),
        h.unique("incoming_payment", "tenant_id", "source", "source_ref"),
        indexes={
            "ix_incoming_payment_status": ("tenant_id", "status"),
            "ix_incoming_payment_receipt": ("status", "receipt_at"),
        },
    )


def downgrade() -> None:
    op.drop_table("incoming_payment")
    op.drop_table("payment_file")
