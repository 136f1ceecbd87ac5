"""card checkouts and provider events (issue 18; filled by helper C)"""

import sqlalchemy as sa
from alembic import op

from server.migrations.helpers import (
    UTC,
    amounts,
    create_table,
    create_tenant_table,
    created_at,
    ids,
    unique,
)

revision: str = "0023"
down_revision: str | None = "0022"


def upgrade() -> None:
    create_tenant_table(
        "card_checkout",
        sa.Column("provider", sa.String(20), nullable=False),
        sa.Column("ref", sa.String(100), nullable=False),
        *ids("invoice_id", "registration_id"),
        *amounts("amount"),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("url", sa.String(2000), nullable=False),
        created_at(),
        sa.Column("paid_at", UTC, nullable=True),
        unique("card_checkout", "provider", "ref"),
        indexed=["tenant_id", "invoice_id"],
    )
    create_table(
        "provider_event",
        *ids("id"),
        *ids("tenant_id", nullable=True),  # an event that names no known checkout
        sa.Column("provider", sa.String(20), nullable=False),
        sa.Column("event_id", sa.String(120), nullable=False),
        sa.Column("kind", sa.String(80), nullable=False),
        sa.Column("ref", sa.String(100), nullable=False),
        *amounts("amount"),
        sa.Column("outcome", sa.String(30), nullable=False),
        *ids("payment_id", nullable=True),
        sa.Column("received_at", UTC, nullable=False),
        unique("provider_event", "provider", "event_id"),
        indexes={"ix_provider_event_tenant": ("tenant_id", "received_at")},
    )


def downgrade() -> None:
    op.drop_table("provider_event")
    op.drop_table("card_checkout")
