"""accounting settings (issue 18; helper A): the account mappings (synced) — a purpose's
bookkeeping account for the tenant, a course category or a round, with its cost centre
(SIE dimension 1) and project (dimension 6)"""

from alembic import op

from server.migrations.helpers import (
    create_synced_table,
    scoped,
    strings,
)

revision: str = "0025"
down_revision: str | None = "0024"


def upgrade() -> None:
    create_synced_table(
        "account_mapping",
        *strings(30, "purpose"),
        *strings(10, "account"),
        *scoped(),
        *strings(40, "cost_centre", "project"),
    )


def downgrade() -> None:
    op.drop_table("account_mapping")
