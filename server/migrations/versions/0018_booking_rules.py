"""booking's rules (issue 17): membership types, price rules, discount rules, people's
memberships and rounds' cancellation policies (synced)"""

from alembic import op

from server.migrations import helpers as h

revision: str = "0018"
down_revision: str | None = "0017"


def upgrade() -> None:
    h.create_synced_table(
        "membership_type",
        *h.strings(200, "name"),
        *h.integers("fee", "vat_rate"),
        *h.strings(40, "account"),
    )
    h.create_synced_table(
        "price_rule",
        *h.scoped(),
        *h.integers("base_price", nullable=True),
        *h.integers("vat_rate"),
        *h.strings(40, "account"),
        *h.ids("membership_type_id", nullable=True),
        references={"membership_type_id": "membership_type"},
    )
    h.create_synced_table(
        "discount_rule",
        *h.scoped(),
        *h.strings(200, "name"),
        *h.strings(40, "condition"),
        *h.integers("amount", "percent"),
        *h.strings(20, "stacking"),
        *h.dates("valid_from", "valid_until", "book_by", nullable=True),
        *h.integers("position"),
        *h.strings(40, "account"),
    )
    h.create_synced_table(
        "person_membership",
        *h.ids("person_id", "membership_type_id"),
        *h.dates("since"),
        *h.dates("until", nullable=True),
        references={"person_id": "person", "membership_type_id": "membership_type"},
        indexed=["person_id"],
    )
    h.create_synced_table(
        "cancellation_policy",
        *h.ids("round_id"),
        *h.integers("version"),
        *h.dates("full_refund_until", "fee_refund_until", nullable=True),
        *h.integers("admin_fee"),
        *h.strings(20, "refund_as"),
        *h.flags("refunds"),
        references={"round_id": "course_round"},
        indexed=["round_id"],
    )


def downgrade() -> None:
    for table in (
        "cancellation_policy",
        "person_membership",
        "discount_rule",
        "price_rule",
        "membership_type",
    ):
        op.drop_table(table)
