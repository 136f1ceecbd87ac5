"""a registration's stored price lines and terms (issue 17): the booking, append only"""

from alembic import op

from server.migrations import helpers as h

revision: str = "0020"
down_revision: str | None = "0019"


def upgrade() -> None:
    # A booking is never changed or removed: the database refuses it, whatever the code does.
    h.create_tenant_table(
        "booking",
        *h.ids("registration_id", "person_id", "round_id"),
        *h.jsons("lines"),
        *h.amounts("total", "credit_used", "to_pay"),
        *h.jsons("terms"),
        h.created_at(),
        h.unique("booking", "registration_id"),
        indexed=["tenant_id", "person_id"],
        append_only_refusal="a booking is append only",
    )


def downgrade() -> None:
    op.drop_table("booking")
