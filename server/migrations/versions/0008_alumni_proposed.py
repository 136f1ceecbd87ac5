"""alumni proposed contact data"""

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"


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
