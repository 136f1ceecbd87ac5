"""consent retention (issue 23; helper H8): consent withdrawal and the tenant's retention rules

- ``consent.withdrawn_at``, ``consent.withdrawn_via``: a withdrawal appended to the consent
  as given (the consent itself is never changed or deleted);
- ``retention_settings``: the synced singleton per tenant of retention periods;
- ``retention_run``: what each nightly retention run removed, per rule (synced, so the
  administrators' window shows it).
"""

import sqlalchemy as sa
from alembic import op

from server.migrations import helpers as h

revision: str = "0042"
down_revision: str | None = "0041"


def upgrade() -> None:
    with op.batch_alter_table("consent") as batch:
        batch.add_column(h.moments("withdrawn_at", nullable=True)[0])
        batch.add_column(
            sa.Column("withdrawn_via", sa.String(20), nullable=False, server_default="")
        )
    h.create_synced_table(
        "retention_settings",
        *h.integers(
            "version",
            "denied_alumni_months",
            "mail_body_days",
            "expired_access_days",
            "audit_years",
        ),
    )
    h.create_synced_table("retention_run", *h.moments("ran_at"), *h.jsons("removed"))


def downgrade() -> None:
    op.drop_table("retention_run")
    op.drop_table("retention_settings")
    with op.batch_alter_table("consent") as batch:
        batch.drop_column("withdrawn_via")
        batch.drop_column("withdrawn_at")
