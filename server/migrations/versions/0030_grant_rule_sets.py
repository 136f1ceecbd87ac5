"""a club's own activity grant rule sets (issue 19; helper H19): synced ``grant_rule_set``,
archived by tombstone"""

import sqlalchemy as sa
from alembic import op

from server.migrations.helpers import create_synced_table

revision: str = "0030"
down_revision: str | None = "0029"


def upgrade() -> None:
    create_synced_table(
        "grant_rule_set",
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("min_age", sa.Integer(), nullable=False),
        sa.Column("max_age", sa.Integer(), nullable=False),
        sa.Column("min_participants", sa.Integer(), nullable=False),
        sa.Column("max_participants", sa.Integer(), nullable=True),
        sa.Column("min_minutes", sa.Integer(), nullable=False),
        sa.Column("leader_min_age", sa.Integer(), nullable=False),
        sa.Column("per_day", sa.String(20), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("grant_rule_set")
