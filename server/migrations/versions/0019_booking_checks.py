"""prerequisites, level approvals, review and partner columns (issue 17; filled by helper M)"""

revision: str = "0019"
down_revision: str | None = "0018"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
