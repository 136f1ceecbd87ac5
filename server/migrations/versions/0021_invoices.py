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
    ids,
)

revision: str = "0021"
down_revision: str | None = "0020"


def upgrade() -> None:
    create_synced_table(
        "payment_settings",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("bankgiro", sa.String(8), nullable=False),
        sa.Column("due_days", sa.Integer(), nullable=False),
        sa.Column("grace_days", sa.Integer(), nullable=False),
        sa.Column("reminder_fee", sa.Integer(), nullable=False),
        sa.Column("late_interest", sa.Boolean(), nullable=False),
        sa.Column("reference_rate", sa.Integer(), nullable=False),
        sa.Column("second_reminder_days", sa.Integer(), nullable=False),
        sa.Column("sender_name", sa.String(200), nullable=False),
        sa.Column("sender_address", sa.String(500), nullable=False),
        sa.Column("org_number", sa.String(12), nullable=False),
        sa.Column("card_provider", sa.String(20), nullable=False),
    )
    # An invoice is never changed or removed (a credit note corrects it).
    create_tenant_table(
        "invoice",
        sa.Column("number", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        *ids("credits_id", nullable=True),
        *ids("person_id", "registration_id"),
        sa.Column("ocr", sa.String(25), nullable=True),
        *amounts("amount"),
        *dates("issued_on"),
        *dates("due_on", nullable=True),
        sa.Column("lines", sa.JSON(), nullable=False),
        sa.Column("reminder_fee", sa.Integer(), nullable=False),
        sa.Column("late_interest", sa.Boolean(), nullable=False),
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
