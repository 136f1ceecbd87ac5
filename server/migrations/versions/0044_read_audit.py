"""read audit (issue 23; reserved for helper H7: replace this no-op with the migration)"""

revision: str = "0044"
down_revision: str | None = "0043"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
