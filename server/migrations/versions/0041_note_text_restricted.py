"""service-desk note text may be null (issue 20's security review; helper H14): a note's
text is read only by the service desk and the roles with personal-data access
(``models.visibility.RESTRICTED_COLUMNS``); every other reader receives it as null, so the
synced column allows null, as the personal columns do"""

import sqlalchemy as sa
from alembic import op

revision: str = "0041"
down_revision: str | None = "0039"


def upgrade() -> None:
    with op.batch_alter_table("service_desk_note") as batch:
        batch.alter_column("text", existing_type=sa.Text(), nullable=True)


def downgrade() -> None:
    op.execute("UPDATE service_desk_note SET text = '' WHERE text IS NULL")
    with op.batch_alter_table("service_desk_note") as batch:
        batch.alter_column("text", existing_type=sa.Text(), nullable=False)
