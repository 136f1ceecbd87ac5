"""payment settings and invoices (issue 18; filled by helper I): the tenant's payment
settings (synced) and its invoices and credit notes (server only, append only)"""

import sqlalchemy as sa
from alembic import op

from server.migrations import helpers as h

revision: str = "0021"
down_revision: str | None = "0020"


def upgrade() -> None:
    h.create_synced_table(
        "payment_settings",
        *h.integers("version"),
        *h.strings(8, "bankgiro"),
        *h.integers("due_days", "grace_days", "reminder_fee"),
        *h.flags("late_interest"),
        *h.integers("reference_rate", "second_reminder_days"),
        *h.strings(200, "sender_name"),
        *h.strings(500, "sender_address"),
        *h.strings(12, "org_number"),
        *h.strings(20, "card_provider"),
    )
    # An invoice is never changed or removed (a credit note corrects it).
    h.create_tenant_table(
        "invoice",
        sa.Column("number", sa.BigInteger(), nullable=False),
        *h.strings(20, "kind"),
        *h.ids("credits_id", nullable=True),
        *h.ids("person_id", "registration_id"),
        *h.strings(25, "ocr", nullable=True),
        *h.amounts("amount"),
        *h.dates("issued_on"),
        *h.dates("due_on", nullable=True),
        *h.jsons("lines"),
        *h.integers("reminder_fee"),
        *h.flags("late_interest"),
        h.created_at(),
        sa.UniqueConstraint("tenant_id", "number", name=op.f("uq_invoice_tenant_id")),
        sa.UniqueConstraint("tenant_id", "ocr", name=op.f("uq_invoice_ocr")),
        sa.UniqueConstraint(
            "tenant_id", "registration_id", "kind", name=op.f("uq_invoice_registration_id")
        ),
        indexes={"ix_invoice_person": ["tenant_id", "person_id"]},
        append_only_refusal="an invoice is append only",
    )


def downgrade() -> None:
    op.drop_table("invoice")
    op.drop_table("payment_settings")
