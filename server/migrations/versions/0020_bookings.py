"""a registration's stored price lines and terms (issue 17; filled by helper B)"""

revision: str = "0020"
down_revision: str | None = "0019"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
