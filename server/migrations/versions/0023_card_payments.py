"""card checkouts and provider events (issue 18; filled by helper C)"""

from alembic import op

from server.migrations import helpers as h

revision: str = "0023"
down_revision: str | None = "0022"


def upgrade() -> None:
    h.create_tenant_table(
        "card_checkout",
        *h.strings(20, "provider"),
        *h.strings(100, "ref"),
        *h.ids("invoice_id", "registration_id"),
        *h.amounts("amount"),
        *h.strings(20, "status"),
        *h.strings(2000, "url"),
        h.created_at(),
        *h.moments("paid_at", nullable=True),
        h.unique("card_checkout", "provider", "ref"),
        indexed=["tenant_id", "invoice_id"],
    )
    h.create_table(
        "provider_event",
        *h.ids("id"),
        *h.ids("tenant_id", nullable=True),  # an event that names no known checkout
        *h.strings(20, "provider"),
        *h.strings(120, "event_id"),
        *h.strings(80, "kind"),
        *h.strings(100, "ref"),
        *h.amounts("amount"),
        *h.strings(30, "outcome"),
        *h.ids("payment_id", nullable=True),
        *h.moments("received_at"),
        h.unique("provider_event", "provider", "event_id"),
        indexes={"ix_provider_event_tenant": ("tenant_id", "received_at")},
    )


def downgrade() -> None:
    op.drop_table("provider_event")
    op.drop_table("card_checkout")
