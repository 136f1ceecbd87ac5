"""accounting settings (issue 18; helper H4): cost centres and projects as named objects
(synced ``accounting_object``), the tenant's voucher series, fiscal year and accrual
(synced singleton ``accounting_settings``), and a VAT code per account mapping"""

import sqlalchemy as sa
from alembic import op

from server.migrations.helpers import create_synced_table

revision: str = "0026"
down_revision: str | None = "0025"


def upgrade() -> None:
    create_synced_table(
        "accounting_object",
        sa.Column("dimension", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
    )
    create_synced_table(
        "accounting_settings",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("year_start_month", sa.Integer(), nullable=False),
        sa.Column("accrual", sa.Boolean(), nullable=False),
        sa.Column("series", sa.JSON(), nullable=False),
    )
    with op.batch_alter_table("account_mapping") as batch:
        batch.add_column(sa.Column("vat_code", sa.String(10), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("account_mapping") as batch:
        batch.drop_column("vat_code")
    op.drop_table("accounting_settings")
    op.drop_table("accounting_object")
