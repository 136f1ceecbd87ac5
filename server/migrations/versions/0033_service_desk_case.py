"""service desk case (issue 20; reserved for helper H3: replace this no-op with the migration)"""

revision: str = "0033"
down_revision: str | None = "0032"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
