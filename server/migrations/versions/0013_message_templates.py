"""message templates (issue 16): per event type and language, a drafted and a published
subject, e-mail body and SMS text, with the published version"""

from alembic import op

from server.migrations.helpers import create_synced_table, integers, strings, texts

revision: str = "0013"
down_revision: str | None = "0012"


def upgrade() -> None:
    create_synced_table(
        "message_template",
        *strings(60, "event_type"),
        *strings(200, "name"),
        *strings(5, "language"),
        *strings(300, "subject"),
        *texts("email_body", "sms_text"),
        *strings(20, "state"),
        *integers("version"),
        *strings(300, "published_subject"),
        *texts("published_email_body", "published_sms_text"),
    )


def downgrade() -> None:
    op.drop_table("message_template")
