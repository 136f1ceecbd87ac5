"""notification bindings and what each sent notification used (issue 16)"""

revision: str = "0014"
down_revision: str | None = "0013"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
