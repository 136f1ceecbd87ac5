"""web sign in (issue 20; reserved for helper H1: replace this no-op with the migration)"""

revision: str = "0031"
down_revision: str | None = "0030"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
