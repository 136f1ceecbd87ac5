"""alumni outcomes (issue 20; reserved for helper H5: replace this no-op with the migration)"""

revision: str = "0035"
down_revision: str | None = "0034"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
