"""alumni proposed contact data

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # What a public registration gave that its matched profile lacks: kept on the
    # registration as a proposal, applied only when confirmed (security issue, item 1).
    with op.batch_alter_table("alumni_registration", schema=None) as batch_op:
        batch_op.add_column(sa.Column("proposed", sa.JSON(), server_default="{}", nullable=False))
        batch_op.add_column(
            sa.Column("proposal_state", sa.String(length=20), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("alumni_registration", schema=None) as batch_op:
        batch_op.drop_column("proposal_state")
        batch_op.drop_column("proposed")
