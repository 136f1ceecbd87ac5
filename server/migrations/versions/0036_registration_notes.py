"""registration notes (issue 20; helper H7): synced ``registration_note``, internal notes on
a registration, written once and withdrawn (never edited) by ``registration.add_note`` /
``registration.remove_note``"""

import sqlalchemy as sa
from alembic import op

from server.migrations import helpers as h

revision: str = "0036"
down_revision: str | None = "0035"


def upgrade() -> None:
    h.create_synced_table(
        "registration_note",
        *h.ids("registration_id"),
        sa.Column("author_email", sa.String(254), nullable=False),
        *h.moments("written_at"),
        *h.texts("text"),
        *h.moments("removed_at", nullable=True),
        sa.Column("removed_by", sa.String(254), nullable=True),
        references={"registration_id": "registration"},
        indexed=["registration_id"],
    )


def downgrade() -> None:
    op.drop_table("registration_note")
