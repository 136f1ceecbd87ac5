"""case lists (issue 20; helper H4): server-only ``agent_order_seen``, when each user last
opened each agent order (the handler's "Updated cases")"""

from alembic import op

from server.migrations import helpers as h

revision: str = "0034"
down_revision: str | None = "0033"


def upgrade() -> None:
    h.create_tenant_table(
        "agent_order_seen",
        *h.ids("order_id", "user_id"),
        *h.moments("seen_at"),
        h.foreign_key("agent_order_seen", "order_id", "agent_order", ondelete="CASCADE"),
        h.foreign_key("agent_order_seen", "user_id", "app_user", ondelete="CASCADE"),
        h.unique("agent_order_seen", "order_id", "user_id"),
        indexed=["tenant_id"],
    )


def downgrade() -> None:
    op.drop_table("agent_order_seen")
