"""accounting settings (issue 18; helper A): the account mappings (synced) — a purpose's
bookkeeping account for the tenant, a course category or a round, with its cost centre
(SIE dimension 1) and project (dimension 6)"""

from alembic import op

from server.migrations import helpers as h

revision: str = "0025"
down_revision: str | None = "0024"


def upgrade() -> None:
    h.create_synced_table(
        "account_mapping",
        *h.strings(30, "purpose"),
        *h.strings(10, "account"),
        *h.scoped(),
        *h.strings(40, "cost_centre", "project"),
    )


def downgrade() -> None:
    op.drop_table("account_mapping")
