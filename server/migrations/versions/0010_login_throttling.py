"""login throttling


Failed sign-ins were rows per failure (``login_failure``), counted and then
checked in two steps; they become counters taken atomically per key
(``login_counter``), and successful (account, address) pairs are remembered
(``login_known_address``). Both keep keyed hashes only. Old failures are
dropped: they expire within minutes anyway.
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "0010"
down_revision: str | None = "0009"


def upgrade() -> None:
    op.create_table(
        "login_counter",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("window_start", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_login_counter")),
    )
    with op.batch_alter_table("login_counter", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_login_counter_window_start"), ["window_start"], unique=False
        )

    op.create_table(
        "login_known_address",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("last_success_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_login_known_address")),
    )
    with op.batch_alter_table("login_known_address", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_login_known_address_last_success_at"), ["last_success_at"], unique=False
        )

    with op.batch_alter_table("login_failure", schema=None) as batch_op:
        batch_op.drop_index("ix_login_failure_email_at")
        batch_op.drop_index("ix_login_failure_address_at")
    op.drop_table("login_failure")


def downgrade() -> None:
    op.create_table(
        "login_failure",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("address", sa.String(length=64), nullable=False),
        sa.Column("at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_failure")),
    )
    with op.batch_alter_table("login_failure", schema=None) as batch_op:
        batch_op.create_index("ix_login_failure_address_at", ["address", "at"], unique=False)
        batch_op.create_index("ix_login_failure_email_at", ["email", "at"], unique=False)

    with op.batch_alter_table("login_known_address", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_login_known_address_last_success_at"))
    op.drop_table("login_known_address")
    with op.batch_alter_table("login_counter", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_login_counter_window_start"))
    op.drop_table("login_counter")
