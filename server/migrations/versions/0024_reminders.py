"""payment reminders (issue 18): each reminder of an invoice, append only"""

from alembic import op

from server.migrations.helpers import (
    amounts,
    create_tenant_table,
    created_at,
    dates,
    ids,
    integers,
    unique,
)

revision: str = "0024"
down_revision: str | None = "0023"


def upgrade() -> None:
    # Sent is sent: the database refuses a change or removal, whatever the code does.
    create_tenant_table(
        "payment_reminder",
        *ids("invoice_id", "person_id"),
        *integers("level"),
        *dates("sent_on"),
        *amounts("open_amount", "fee", "interest"),
        *ids("transaction_id", nullable=True),
        created_at(),
        unique("payment_reminder", "invoice_id", "level"),
        indexed=["tenant_id"],
        append_only_refusal="a payment reminder is append only",
    )


def downgrade() -> None:
    op.drop_table("payment_reminder")
