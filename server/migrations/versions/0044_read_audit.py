"""read audit (issue 23): the audit log read newest first per tenant (the admins' audit view,
``GET /audit``) by an index on ``(tenant_id, at)``."""

from alembic import op

revision: str = "0044"
down_revision: str | None = "0043"


def upgrade() -> None:
    op.create_index("ix_audit_event_at", "audit_event", ["tenant_id", "at"])


def downgrade() -> None:
    op.drop_index("ix_audit_event_at", table_name="audit_event")
