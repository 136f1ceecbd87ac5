"""payment reminders (issue 18; filled by helper R)"""

revision: str = "0024"
down_revision: str | None = "0023"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
