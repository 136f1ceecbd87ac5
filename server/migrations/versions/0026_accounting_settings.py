"""accounting settings: named objects, voucher series, fiscal year, accrual (issue 18; helper H4) — reserved; filled by its helper"""

revision: str = "0026"
down_revision: str | None = "0025"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
