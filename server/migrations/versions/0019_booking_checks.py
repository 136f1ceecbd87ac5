"""prerequisites, level approvals, review and partner columns (issue 17): courses'
prerequisites and people's level approvals (synced), a round's partner_course, a
registration's partner_id and review_reasons"""

import sqlalchemy as sa
from alembic import op

from server.migrations import helpers as h

revision: str = "0019"
down_revision: str | None = "0018"


def upgrade() -> None:
    h.create_synced_table(
        "course_prerequisite",
        *h.ids("course_id", "required_course_id"),
        references={"course_id": "course", "required_course_id": "course"},
        indexed=["course_id"],
    )
    h.create_synced_table(
        "level_approval",
        *h.ids("person_id", "course_id"),
        *h.dates("approved_on"),
        *h.strings(200, "approved_by"),
        *h.texts("note"),
        references={"person_id": "person", "course_id": "course"},
        indexed=["person_id"],
    )
    with op.batch_alter_table("course_round") as batch:
        batch.add_column(
            sa.Column("partner_course", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    # In a batch: SQLite cannot add a foreign key to an existing table otherwise.
    with op.batch_alter_table("registration") as batch:
        batch.add_column(sa.Column("partner_id", sa.String(36), nullable=True))
        batch.add_column(
            sa.Column("review_reasons", sa.JSON(), nullable=False, server_default="[]")
        )
        batch.create_foreign_key(
            op.f("fk_registration_partner_id_person"), "person", ["partner_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("registration") as batch:
        batch.drop_constraint(op.f("fk_registration_partner_id_person"), type_="foreignkey")
        batch.drop_column("review_reasons")
        batch.drop_column("partner_id")
    with op.batch_alter_table("course_round") as batch:
        batch.drop_column("partner_course")
    op.drop_table("level_approval")
    op.drop_table("course_prerequisite")
