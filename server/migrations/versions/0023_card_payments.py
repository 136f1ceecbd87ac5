"""card checkouts and provider events (issue 18; filled by helper C)"""

from alembic import op

from server.migrations.helpers import (
    amounts,
    create_table,
    create_tenant_table,
    created_at,
    ids,
    moments,
    strings,
    unique,
)

revision: str = "0023"
down_revision: str | None = "0022"


def upgrade() -> None:
    create_tenant_table(
        "card_checkout",
        *strings(20, "provider"),
        *strings(100, "ref"),
        *ids("invoice_id", "registration_id"),
        *amounts("amount"),
        *strings(20, "status"),
        *strings(2000, "url"),
        created_at(),
        *moments("paid_at", nullable=True),
        unique("card_checkout", "provider", "ref"),
        indexed=["tenant_id", "invoice_id"],
    )
    create_table(
        "provider_event",
        *ids("id"),
        *ids("tenant_id", nullable=True),  # an event that names no known checkout
        *strings(20, "provider"),
        *strings(120, "event_id"),
        *strings(80, "kind"),
        *strings(100, "ref"),
        *amounts("amount"),
        *strings(30, "outcome"),
        *ids("payment_id", nullable=True),
        *moments("received_at"),
        unique("provider_event", "provider", "event_id"),
        indexes={"ix_provider_event_tenant": ("tenant_id", "received_at")},
    )


def downgrade() -> None:
    op.drop_table("provider_event")
    op.drop_table("card_checkout")
