"""courses and rounds administered in the desktop: category, leader, archived; the rounds'
registration period, price (öre) and archived flag (issue 15)"""

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"


def upgrade() -> None:
    # In a batch: SQLite cannot add a foreign key to an existing table otherwise.
    with op.batch_alter_table("course") as batch:
        batch.add_column(sa.Column("category", sa.String(100), nullable=False, server_default=""))
        batch.add_column(sa.Column("leader_id", sa.String(36), nullable=True))
        batch.add_column(
            sa.Column("archived", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.create_foreign_key(
            op.f("fk_course_leader_id_person"), "person", ["leader_id"], ["id"]
        )
    with op.batch_alter_table("course_round") as batch:
        batch.add_column(sa.Column("registration_opens_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("registration_closes_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("price_ore", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("archived", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("course_round") as batch:
        for column in ("archived", "price_ore", "registration_closes_on", "registration_opens_on"):
            batch.drop_column(column)
    with op.batch_alter_table("course") as batch:
        batch.drop_constraint(op.f("fk_course_leader_id_person"), type_="foreignkey")
        for column in ("archived", "leader_id", "category"):
            batch.drop_column(column)
