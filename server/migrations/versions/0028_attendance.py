"""attendance: check-in and attendance per session (issue 19; helper H8): ``attendance``
(one row per person and session, a unique index holding it) and ``membership_card`` (the
code on a person's card, indexed per tenant for the check-in's lookup), both synced"""

import sqlalchemy as sa
from alembic import op

from server.migrations.helpers import UTC, create_synced_table, ids

revision: str = "0028"
down_revision: str | None = "0027"


def upgrade() -> None:
    create_synced_table(
        "attendance",
        *ids("session_id", "person_id"),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("checked_in_at", UTC, nullable=True),
        sa.Column("how", sa.String(20), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.Column("overridden", sa.String(40), nullable=False),
        sa.Column("recorded_by", sa.String(254), nullable=False),
        references={"session_id": "round_session", "person_id": "person"},
        indexed=["person_id"],
    )
    # Two stations checking the same person in at once: the second insert is refused.
    op.create_index(
        "ux_attendance_session_person", "attendance", ["session_id", "person_id"], unique=True
    )
    create_synced_table(
        "membership_card",
        *ids("person_id"),
        sa.Column("code", sa.String(100), nullable=False),
        references={"person_id": "person"},
        indexed=["person_id"],
        indexes={"ix_membership_card_tenant_code": ["tenant_id", "code"]},
    )


def downgrade() -> None:
    op.drop_table("membership_card")
    op.drop_index("ux_attendance_session_person", table_name="attendance")
    op.drop_table("attendance")
