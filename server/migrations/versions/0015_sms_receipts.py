"""SMS delivery receipts (issue 16)"""

revision: str = "0015"
down_revision: str | None = "0014"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
