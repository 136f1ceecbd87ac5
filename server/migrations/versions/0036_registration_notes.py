"""registration notes (issue 20; reserved for helper H7: replace this no-op with the migration)"""

revision: str = "0036"
down_revision: str | None = "0035"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
