"""a round's sessions (kurstillfällen: day, time, room, leader) and the user a contact is
(a user can be their own contact) (issue 15)"""

import sqlalchemy as sa
from alembic import op

from server.migrations.helpers import create_synced_table

revision: str = "0012"
down_revision: str | None = "0011"


def upgrade() -> None:
    create_synced_table(
        "round_session",
        sa.Column("round_id", sa.String(36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=True),
        sa.Column("end_minute", sa.Integer(), nullable=True),
        sa.Column("room", sa.String(200), nullable=False),
        sa.Column("leader_id", sa.String(36), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        references={"leader_id": "person", "round_id": "course_round"},
        indexed=["round_id"],
    )
    with op.batch_alter_table("contact") as batch:
        batch.add_column(sa.Column("user_id", sa.String(36), nullable=True))
        batch.create_index(op.f("ix_contact_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("contact") as batch:
        batch.drop_index(op.f("ix_contact_user_id"))
        batch.drop_column("user_id")
    op.drop_table("round_session")
