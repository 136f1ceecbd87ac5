"""notification bindings and what each sent notification used (issue 16): the synced
tables notification_binding (a template bound to an event in a scope, to recipients by
channels) and notification_recipient (the static recipients), and on both outboxes the
event, template, version, binding, recipient kind and person of each delivery"""

import sqlalchemy as sa
from alembic import op

from server.migrations import helpers as h

revision: str = "0014"
down_revision: str | None = "0013"


#: What each delivery used (server.tables.outbox's _Delivery).
DELIVERY_COLUMNS = (
    ("event_type", sa.String(60)),
    ("template_id", sa.String(36)),
    ("template_version", sa.Integer()),
    ("binding_id", sa.String(36)),
    ("recipient_kind", sa.String(40)),
    ("person_id", sa.String(36)),
)


def upgrade() -> None:
    h.create_synced_table(
        "notification_binding",
        *h.strings(60, "event_type"),
        *h.ids("template_id", nullable=True),
        *h.strings(20, "scope_kind"),
        *h.ids("scope_id", nullable=True),
        *h.jsons("recipients", "channels"),
        references={"template_id": "message_template"},
        indexed=["template_id"],
    )
    h.create_synced_table(
        "notification_recipient",
        *h.ids("person_id"),
        *h.strings(200, "role"),
        *h.ids("user_id", nullable=True),
        references={"person_id": "person"},
        indexed=["person_id"],
    )
    for table in ("mail_outbox", "sms_outbox"):
        with op.batch_alter_table(table) as batch:
            for name, kind in DELIVERY_COLUMNS:
                batch.add_column(sa.Column(name, kind, nullable=True))
    with op.batch_alter_table("sms_outbox") as batch:
        batch.add_column(sa.Column("kind", sa.String(60), nullable=False, server_default=""))
        batch.add_column(sa.Column("related_id", sa.String(36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sms_outbox") as batch:
        batch.drop_column("related_id")
        batch.drop_column("kind")
    for table in ("sms_outbox", "mail_outbox"):
        with op.batch_alter_table(table) as batch:
            for name, _kind in reversed(DELIVERY_COLUMNS):
                batch.drop_column(name)
    op.drop_table("notification_recipient")
    op.drop_table("notification_binding")
