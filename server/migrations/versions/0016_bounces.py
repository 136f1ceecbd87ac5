"""addresses that bounce (issue 16)"""

revision: str = "0016"
down_revision: str | None = "0015"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
