"""booking's rules (issue 17): membership types, price rules, discount rules, people's
memberships and rounds' cancellation policies (synced)"""

from alembic import op

from server.migrations.helpers import (
    create_synced_table,
    dates,
    flags,
    ids,
    integers,
    scoped,
    strings,
)

revision: str = "0018"
down_revision: str | None = "0017"


def upgrade() -> None:
    create_synced_table(
        "membership_type",
        *strings(200, "name"),
        *integers("fee", "vat_rate"),
        *strings(40, "account"),
    )
    create_synced_table(
        "price_rule",
        *scoped(),
        *integers("base_price", nullable=True),
        *integers("vat_rate"),
        *strings(40, "account"),
        *ids("membership_type_id", nullable=True),
        references={"membership_type_id": "membership_type"},
    )
    create_synced_table(
        "discount_rule",
        *scoped(),
        *strings(200, "name"),
        *strings(40, "condition"),
        *integers("amount", "percent"),
        *strings(20, "stacking"),
        *dates("valid_from", "valid_until", "book_by", nullable=True),
        *integers("position"),
        *strings(40, "account"),
    )
    create_synced_table(
        "person_membership",
        *ids("person_id", "membership_type_id"),
        *dates("since"),
        *dates("until", nullable=True),
        references={"person_id": "person", "membership_type_id": "membership_type"},
        indexed=["person_id"],
    )
    create_synced_table(
        "cancellation_policy",
        *ids("round_id"),
        *integers("version"),
        *dates("full_refund_until", "fee_refund_until", nullable=True),
        *integers("admin_fee"),
        *strings(20, "refund_as"),
        *flags("refunds"),
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
