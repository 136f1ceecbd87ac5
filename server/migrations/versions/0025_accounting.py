"""accounting settings (issue 18; helper A): the account mappings (synced) — a purpose's
bookkeeping account for the tenant, a course category or a round, with its cost centre
(SIE dimension 1) and project (dimension 6)"""

import sqlalchemy as sa
from alembic import op

from server.migrations.helpers import create_synced_table, scoped

revision: str = "0025"
down_revision: str | None = "0024"


def upgrade() -> None:
    create_synced_table(
        "account_mapping",
        sa.Column("purpose", sa.String(30), nullable=False),
        sa.Column("account", sa.String(10), nullable=False),
        *scoped(),
        sa.Column("cost_centre", sa.String(40), nullable=False),
        sa.Column("project", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("account_mapping")
