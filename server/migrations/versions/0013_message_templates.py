"""message templates (issue 16): per event type and language, a drafted and a published
subject, e-mail body and SMS text, with the published version"""

from alembic import op

from server.migrations import helpers as h

revision: str = "0013"
down_revision: str | None = "0012"


def upgrade() -> None:
    h.create_synced_table(
        "message_template",
        *h.strings(60, "event_type"),
        *h.strings(200, "name"),
        *h.strings(5, "language"),
        *h.strings(300, "subject"),
        *h.texts("email_body", "sms_text"),
        *h.strings(20, "state"),
        *h.integers("version"),
        *h.strings(300, "published_subject"),
        *h.texts("published_email_body", "published_sms_text"),
    )


def downgrade() -> None:
    op.drop_table("message_template")
