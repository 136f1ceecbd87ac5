"""consent retention (issue 23; reserved for helper H8: replace this no-op with the migration)"""

revision: str = "0042"
down_revision: str | None = "0041"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
