"""payment settings and invoices (issue 18; filled by helper I)"""

revision: str = "0021"
down_revision: str | None = "0020"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
