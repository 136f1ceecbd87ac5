"""incoming payments and payment files (issue 18; filled by helper G)"""

revision: str = "0022"
down_revision: str | None = "0021"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
