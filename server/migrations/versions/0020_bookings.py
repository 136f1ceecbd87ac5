"""a registration's stored price lines and terms (issue 17): the booking, append only"""

import sqlalchemy as sa
from alembic import op

from server.migrations.helpers import UTC, append_only, create_table, tenant_keys, unique

revision: str = "0020"
down_revision: str | None = "0019"


def upgrade() -> None:
    create_table(
        "booking",
        *tenant_keys(),
        sa.Column("registration_id", sa.String(36), nullable=False),
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.Column("round_id", sa.String(36), nullable=False),
        sa.Column("lines", sa.JSON(), nullable=False),
        sa.Column("total", sa.BigInteger(), nullable=False),
        sa.Column("credit_used", sa.BigInteger(), nullable=False),
        sa.Column("to_pay", sa.BigInteger(), nullable=False),
        sa.Column("terms", sa.JSON(), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        unique("booking", "registration_id"),
        indexed=["tenant_id", "person_id"],
    )
    # A booking is never changed or removed: the database refuses it, whatever the code does.
    append_only("booking", "a booking is append only")


def downgrade() -> None:
    op.drop_table("booking")
