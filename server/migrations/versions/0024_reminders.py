"""payment reminders (issue 18): each reminder of an invoice, append only"""

from alembic import op

from server.migrations import helpers as h

revision: str = "0024"
down_revision: str | None = "0023"


def upgrade() -> None:
    # Sent is sent: the database refuses a change or removal, whatever the code does.
    h.create_tenant_table(
        "payment_reminder",
        *h.ids("invoice_id", "person_id"),
        *h.integers("level"),
        *h.dates("sent_on"),
        *h.amounts("open_amount", "fee", "interest"),
        *h.ids("transaction_id", nullable=True),
        h.created_at(),
        h.unique("payment_reminder", "invoice_id", "level"),
        indexed=["tenant_id"],
        append_only_refusal="a payment reminder is append only",
    )


def downgrade() -> None:
    op.drop_table("payment_reminder")
