"""erasure (issue 23; reserved for helper H6: replace this no-op with the migration)"""

revision: str = "0043"
down_revision: str | None = "0042"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
