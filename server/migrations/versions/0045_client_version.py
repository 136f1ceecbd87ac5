"""client version (issue 23; reserved for helper H2: replace this no-op with the migration)"""

revision: str = "0045"
down_revision: str | None = "0044"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
