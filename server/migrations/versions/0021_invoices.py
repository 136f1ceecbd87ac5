"""payment settings and invoices (issue 18; filled by helper I): the tenant's payment
settings (synced) and its invoices and credit notes (server only, append only)"""

import sqlalchemy as sa
from alembic import op

from server.migrations.helpers import (
    amounts,
    create_synced_table,
    create_tenant_table,
    created_at,
    dates,
    flags,
    ids,
    integers,
    jsons,
    strings,
)

revision: str = "0021"
down_revision: str | None = "0020"


def upgrade() -> None:
    create_synced_table(
        "payment_settings",
        *integers("version"),
        *strings(8, "bankgiro"),
        *integers("due_days", "grace_days", "reminder_fee"),
        *flags("late_interest"),
        *integers("reference_rate", "second_reminder_days"),
        *strings(200, "sender_name"),
        *strings(500, "sender_address"),
        *strings(12, "org_number"),
        *strings(20, "card_provider"),
    )
    # An invoice is never changed or removed (a credit note corrects it).
    create_tenant_table(
        "invoice",
        sa.Column("number", sa.BigInteger(), nullable=False),
        *strings(20, "kind"),
        *ids("credits_id", nullable=True),
        *ids("person_id", "registration_id"),
        *strings(25, "ocr", nullable=True),
        *amounts("amount"),
        *dates("issued_on"),
        *dates("due_on", nullable=True),
        *jsons("lines"),
        *integers("reminder_fee"),
        *flags("late_interest"),
        created_at(),
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
