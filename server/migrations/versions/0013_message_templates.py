"""message templates (issue 16): per event type and language, a drafted and a published
subject, e-mail body and SMS text, with the published version"""

import sqlalchemy as sa
from alembic import op

from server.migrations.helpers import create_synced_table

revision: str = "0013"
down_revision: str | None = "0012"


#: The template's own columns: name, type, nullable (the models' MessageTemplate).
TEMPLATE_COLUMNS = (
    ("event_type", sa.String(60), False),
    ("name", sa.String(200), False),
    ("language", sa.String(5), False),
    ("subject", sa.String(300), False),
    ("email_body", sa.Text(), False),
    ("sms_text", sa.Text(), False),
    ("state", sa.String(20), False),
    ("version", sa.Integer(), False),
    ("published_subject", sa.String(300), False),
    ("published_email_body", sa.Text(), False),
    ("published_sms_text", sa.Text(), False),
)


def upgrade() -> None:
    create_synced_table(
        "message_template",
        *(sa.Column(name, kind, nullable=null) for name, kind, null in TEMPLATE_COLUMNS),
    )


def downgrade() -> None:
    op.drop_table("message_template")
