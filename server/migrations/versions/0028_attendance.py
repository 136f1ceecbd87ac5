"""attendance: check-in and attendance per session (issue 19; helper H8) — reserved; filled by its helper"""

revision: str = "0028"
down_revision: str | None = "0027"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
