"""attestant decline (issue 20; helper H2): an attestant's decline recorded on the agent
order (``declined_reason``, ``declined_by_email``, ``declined_at``), and the scope an SMS
one-time code was asked for in (``otp_challenge.scope``: the order), so the issuance limit
counts per order and signer"""

import sqlalchemy as sa
from alembic import op

from server.migrations import helpers as h

revision: str = "0032"
down_revision: str | None = "0031"


def upgrade() -> None:
    with op.batch_alter_table("agent_order") as batch:
        batch.add_column(sa.Column("declined_reason", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("declined_by_email", sa.String(254), nullable=True))
        batch.add_column(sa.Column("declined_at", h.UTC, nullable=True))
    with op.batch_alter_table("otp_challenge") as batch:
        batch.add_column(sa.Column("scope", sa.String(80), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("otp_challenge") as batch:
        batch.drop_column("scope")
    with op.batch_alter_table("agent_order") as batch:
        batch.drop_column("declined_at")
        batch.drop_column("declined_by_email")
        batch.drop_column("declined_reason")
