"""refunds: money paid back by provider or bank (issue 18; helper H5) — reserved; filled by its helper"""

revision: str = "0027"
down_revision: str | None = "0026"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
