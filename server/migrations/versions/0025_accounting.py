"""accounting settings (issue 18; filled by helper A)"""

revision: str = "0025"
down_revision: str | None = "0024"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
