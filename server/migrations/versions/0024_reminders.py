"""payment reminders (issue 18): each reminder of an invoice, append only"""

import sqlalchemy as sa
from alembic import op

from server.migrations.helpers import UTC, append_only, create_table, tenant_keys, unique

revision: str = "0024"
down_revision: str | None = "0023"


def upgrade() -> None:
    create_table(
        "payment_reminder",
        *tenant_keys(),
        sa.Column("invoice_id", sa.String(36), nullable=False),
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("open_amount", sa.BigInteger(), nullable=False),
        sa.Column("fee", sa.BigInteger(), nullable=False),
        sa.Column("interest", sa.BigInteger(), nullable=False),
        sa.Column("transaction_id", sa.String(36), nullable=True),
        sa.Column("created_at", UTC, nullable=False),
        unique("payment_reminder", "invoice_id", "level"),
        indexed=["tenant_id"],
    )
    # Sent is sent: the database refuses a change or removal, whatever the code does.
    append_only("payment_reminder", "a payment reminder is append only")


def downgrade() -> None:
    op.drop_table("payment_reminder")
