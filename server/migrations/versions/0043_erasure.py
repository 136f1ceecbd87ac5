"""erasure (issue 23; helper H6): ``person.erased_at``, when a person was erased or
anonymised (``person.erase``, GDPR art. 17); the row stays as the anonymous reference
the bookkeeping keeps"""

import sqlalchemy as sa
from alembic import op

from server.migrations import helpers as h

revision: str = "0043"
down_revision: str | None = "0042"


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("erased_at", h.UTC, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.drop_column("erased_at")
