"""user management (password reset, sessions, invitations)

Web-view sessions are now stored under the hash of ``"web:" + cookie`` (so a
cookie is no API token): the ones made before cannot be looked up that way,
and would still work as bearer tokens. They are revoked here (the web view
signs in again from the desktop, in at most a minute's work).
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"


def upgrade() -> None:
    auth_token = sa.table(
        "auth_token",
        sa.column("client_label", sa.String),
        sa.column("revoked_at", sa.DateTime(timezone=True)),
    )
    now = datetime.now(UTC)
    if op.get_bind().dialect.name == "sqlite":
        now = now.replace(tzinfo=None)  # as models.base.UTCDateTime stores it there
    op.execute(
        auth_token.update()
        .where(auth_token.c.client_label.like("web-from:%"), auth_token.c.revoked_at.is_(None))
        .values(revoked_at=now)
    )


def downgrade() -> None:
    pass  # revoked sessions stay revoked
