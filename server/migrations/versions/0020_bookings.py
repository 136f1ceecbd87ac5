"""a registration's stored price lines and terms (issue 17): the booking, append only"""

from alembic import op

from server.migrations.helpers import (
    amounts,
    create_tenant_table,
    created_at,
    ids,
    jsons,
    unique,
)

revision: str = "0020"
down_revision: str | None = "0019"


def upgrade() -> None:
    # A booking is never changed or removed: the database refuses it, whatever the code does.
    create_tenant_table(
        "booking",
        *ids("registration_id", "person_id", "round_id"),
        *jsons("lines"),
        *amounts("total", "credit_used", "to_pay"),
        *jsons("terms"),
        created_at(),
        unique("booking", "registration_id"),
        indexed=["tenant_id", "person_id"],
        append_only_refusal="a booking is append only",
    )


def downgrade() -> None:
    op.drop_table("booking")
