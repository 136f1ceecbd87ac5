"""alumni outcomes (issue 20; helper H5): a registration's form language (the alumnus is
told the outcome in it), the reason of a denial that staff chose to tell the alumnus, and
the outcome the alumnus was last told (told once)"""

import sqlalchemy as sa
from alembic import op

revision: str = "0035"
down_revision: str | None = "0034"


def upgrade() -> None:
    with op.batch_alter_table("alumni_registration") as batch:
        batch.add_column(sa.Column("language", sa.String(10), nullable=False, server_default=""))
        batch.add_column(sa.Column("shared_reason", sa.Text(), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("outcome_told", sa.String(40), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("alumni_registration") as batch:
        batch.drop_column("outcome_told")
        batch.drop_column("shared_reason")
        batch.drop_column("language")
