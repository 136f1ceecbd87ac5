"""service desk case (issue 20; helper H3): ``service_desk_case`` (the service desk's case of
an attested agent order: number, status, assignee, title) and ``service_desk_note`` (its
dated notes, append only by the commands), both synced"""

from alembic import op

from server.migrations import helpers as h

revision: str = "0033"
down_revision: str | None = "0032"


def upgrade() -> None:
    h.create_synced_table(
        "service_desk_case",
        *h.strings(40, "number"),
        *h.ids("order_id"),
        *h.strings(20, "status"),
        *h.ids("assignee_id", nullable=True),
        *h.strings(200, "assignee_name"),
        *h.texts("title"),
        *h.moments("created_at"),
        *h.moments("resolved_at", nullable=True),
        h.unique("service_desk_case", "tenant_id", "number"),
        references={"order_id": "agent_order"},
        indexed=["order_id", "status"],
    )
    h.create_synced_table(
        "service_desk_note",
        *h.ids("case_id"),
        *h.strings(200, "author"),
        *h.moments("at"),
        *h.texts("text"),
        references={"case_id": "service_desk_case"},
        indexed=["case_id"],
    )


def downgrade() -> None:
    op.drop_table("service_desk_note")
    op.drop_table("service_desk_case")
