"""a registration's stored price lines and terms (issue 17): the booking, append only"""

import sqlalchemy as sa
from alembic import op

from server.migrations.helpers import UTC, create_table, tenant_keys, unique

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
    # A booking is never changed or removed: the database refuses it, whatever the code does
    # (PostgreSQL: the ledger's function of migration 0017).
    if op.get_context().dialect.name == "postgresql":
        op.execute(
            "CREATE TRIGGER booking_append_only BEFORE UPDATE OR DELETE ON booking "
            "FOR EACH ROW EXECUTE FUNCTION ledger_append_only()"
        )
        op.execute(
            "CREATE TRIGGER booking_no_truncate BEFORE TRUNCATE ON booking "
            "FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()"
        )
    else:
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER booking_no_{event.lower()} BEFORE {event} ON booking "
                "BEGIN SELECT RAISE(ABORT, 'a booking is append only'); END"
            )


def downgrade() -> None:
    op.drop_table("booking")
