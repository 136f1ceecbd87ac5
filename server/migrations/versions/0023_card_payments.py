"""card checkouts and provider events (issue 18; filled by helper C)"""

revision: str = "0023"
down_revision: str | None = "0022"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
