"""booking's rules (issue 17): membership types, price rules, discount rules, people's
memberships and rounds' cancellation policies (synced)"""

import sqlalchemy as sa
from alembic import op

from server.migrations.helpers import create_synced_table

revision: str = "0018"
down_revision: str | None = "0017"


def _scoped() -> list[sa.Column[object]]:
    return [
        sa.Column("scope_kind", sa.String(20), nullable=False),
        sa.Column("scope_id", sa.String(200), nullable=True),
    ]


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
        *_scoped(),
        sa.Column("base_price", sa.Integer(), nullable=True),
        sa.Column("vat_rate", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(40), nullable=False),
        sa.Column("membership_type_id", sa.String(36), nullable=True),
        references={"membership_type_id": "membership_type"},
    )
    create_synced_table(
        "discount_rule",
        *_scoped(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("condition", sa.String(40), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("percent", sa.Integer(), nullable=False),
        sa.Column("stacking", sa.String(20), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("book_by", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(40), nullable=False),
    )
    create_synced_table(
        "person_membership",
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.Column("membership_type_id", sa.String(36), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        references={"person_id": "person", "membership_type_id": "membership_type"},
        indexed=["person_id"],
    )
    create_synced_table(
        "cancellation_policy",
        sa.Column("round_id", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("full_refund_until", sa.Date(), nullable=True),
        sa.Column("fee_refund_until", sa.Date(), nullable=True),
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
