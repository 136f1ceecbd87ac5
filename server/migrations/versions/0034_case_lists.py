"""case lists (issue 20; reserved for helper H4: replace this no-op with the migration)"""

revision: str = "0034"
down_revision: str | None = "0033"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
