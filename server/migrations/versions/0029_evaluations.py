"""evaluations: questionnaires, their links and answers (issue 19; helper H13) — reserved; filled by its helper"""

revision: str = "0029"
down_revision: str | None = "0028"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
