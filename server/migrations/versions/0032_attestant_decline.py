"""attestant decline (issue 20; reserved for helper H2: replace this no-op with the migration)"""

revision: str = "0032"
down_revision: str | None = "0031"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
