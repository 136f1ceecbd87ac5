"""addresses that bounce (issue 16): when mail to a person's address was refused for good,
and the receiving server's answer (``person_email.bounced_at``, ``bounce_detail``)"""

import sqlalchemy as sa
from alembic import op

from server.migrations import helpers as h

revision: str = "0016"
down_revision: str | None = "0015"


def upgrade() -> None:
    with op.batch_alter_table("person_email") as batch:
        batch.add_column(sa.Column("bounced_at", h.UTC, nullable=True))
        batch.add_column(sa.Column("bounce_detail", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("person_email") as batch:
        batch.drop_column("bounce_detail")
        batch.drop_column("bounced_at")
