"""a round's sessions (kurstillfällen: day, time, room, leader) and the user a contact is
(a user can be their own contact) (issue 15)"""

import sqlalchemy as sa
from alembic import op

from server.migrations import helpers as h

revision: str = "0012"
down_revision: str | None = "0011"


#: The session's own columns: name, type, nullable (the models' RoundSession).
SESSION_COLUMNS = (
    ("round_id", sa.String(36), False),
    ("day", sa.Date(), False),
    ("start_minute", sa.Integer(), True),
    ("end_minute", sa.Integer(), True),
    ("room", sa.String(200), False),
    ("leader_id", sa.String(36), True),
    ("note", sa.Text(), False),
)


def upgrade() -> None:
    h.create_synced_table(
        "round_session",
        *(sa.Column(name, kind, nullable=null) for name, kind, null in SESSION_COLUMNS),
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
