"""booking's rules (issue 17): membership types, price rules, discount rules, people's
memberships and rounds' cancellation policies (synced)"""

import sqlalchemy as sa
from alembic import op

from server.migrations.helpers import create_synced_table, dates, ids, scoped

revision: str = "0018"
down_revision: str | None = "0017"


def upgrade() -> None:
    create_synced_table(
        "membership_type",
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("fee", sa.Integer(), nullable=False),
        sa.Column("vat_rate", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(40), nullable=False),
    )
    create_synced_table(
        "price_rule",
        *scoped(),
        sa.Column("base_price", sa.Integer(), nullable=True),
        sa.Column("vat_rate", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(40), nullable=False),
        *ids("membership_type_id", nullable=True),
        references={"membership_type_id": "membership_type"},
    )
    create_synced_table(
        "discount_rule",
        *scoped(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("condition", sa.String(40), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("percent", sa.Integer(), nullable=False),
        sa.Column("stacking", sa.String(20), nullable=False),
        *dates("valid_from", "valid_until", "book_by", nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(40), nullable=False),
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
        sa.Column("version", sa.Integer(), nullable=False),
        *dates("full_refund_until", "fee_refund_until", nullable=True),
        sa.Column("admin_fee", sa.Integer(), nullable=False),
        sa.Column("refund_as", sa.String(20), nullable=False),
        sa.Column("refunds", sa.Boolean(), nullable=False),
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
