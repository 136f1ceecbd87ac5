"""SMS delivery receipts (issue 16): what the gateway's delivery report last said of an
SMS (``sms_outbox.delivery_status``: "" none yet, "sent", "delivered" or "failed"), when
it was delivered, and the report's detail"""

import sqlalchemy as sa
from alembic import op

from server.migrations import helpers as h

revision: str = "0015"
down_revision: str | None = "0014"


def upgrade() -> None:
    with op.batch_alter_table("sms_outbox") as batch:
        batch.add_column(
            sa.Column("delivery_status", sa.String(10), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("delivered_at", h.UTC, nullable=True))
        batch.add_column(sa.Column("delivery_detail", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("sms_outbox") as batch:
        batch.drop_column("delivery_detail")
        batch.drop_column("delivered_at")
        batch.drop_column("delivery_status")
