"""Notification bindings and static recipients over the real server (issue 16): made on
one client offline and synced to another (the recipients and channels are JSON lists in
both databases), edited offline on both and merged per field, archived by one; a binding
of a template of another event type is refused by the server as by the client."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.errors import ValidationError
from models.ids import new_id
from models.notifications import NotificationBinding, NotificationRecipient
from sync.engine import SyncEngine
from tests.sync.helpers import (
    Account,
    close,
    command,
    connect,
    differences,
    local_view,
    server_view,
)
from tests.utils.servers import LiveServer


def _row(engine: SyncEngine, model: type, row_id: str) -> object:
    with engine.store.sessions() as s:
        row = s.get(model, row_id)
        if row is not None:
            s.expunge(row)
        return row


def test_bindings_and_recipients_sync_merge_and_archive(
    server: LiveServer, account: Account, tmp_path: Path
) -> None:
    a = connect(server.url, account, tmp_path / "a.db")
    b = connect(server.url, account, tmp_path / "b.db")
    try:
        a.sync_once()
        b.sync_once()
        template, binding, person, recipient = new_id(), new_id(), new_id(), new_id()
        for name, args in (
            (
                "message_template.create",
                {
                    "template_id": template,
                    "event_type": "registration.created",
                    "name": "Bekräftelse",
                    "language": "sv",
                    "subject": "Anmälan mottagen: {course}",
                    "email_body": "Hej {participant_first_name}",
                },
            ),
            (
                "notification_binding.create",
                {
                    "binding_id": binding,
                    "event_type": "registration.created",
                    "template_id": template,
                    "recipients": ["participant"],
                    "channels": ["email"],
                },
            ),
            ("person.create", {"person_id": person, "first_name": "Kerstin", "last_name": "Ås"}),
            (
                "notification_recipient.create",
                {"recipient_id": recipient, "person_id": person, "role": "Kursadministratör"},
            ),
        ):
            a.execute(command(name, args), a.actor())
        assert a.sync_once().applied == 4
        b.sync_once()
        row = _row(b, NotificationBinding, binding)
        assert isinstance(row, NotificationBinding)
        assert (row.recipients, row.channels, row.template_id) == (
            ["participant"],
            ["email"],
            template,
        )
        # Offline, A adds the static recipients, B sends by SMS too: both hold.
        a.execute(
            command(
                "notification_binding.edit",
                {
                    "binding_id": binding,
                    "changes": {
                        "recipients": {"old": ["participant"], "new": ["participant", "static"]}
                    },
                },
            ),
            a.actor(),
        )
        b.execute(
            command(
                "notification_binding.edit",
                {
                    "binding_id": binding,
                    "changes": {"channels": {"old": ["email"], "new": ["email", "sms"]}},
                },
            ),
            b.actor(),
        )
        b.execute(
            command(
                "notification_recipient.archive",
                {"recipient_id": recipient, "changes": {"archived": {"old": False, "new": True}}},
            ),
            b.actor(),
        )
        assert a.sync_once().applied == 1
        assert b.sync_once().applied == 2
        a.sync_once()
        for engine in (a, b):
            row = _row(engine, NotificationBinding, binding)
            assert isinstance(row, NotificationBinding)
            assert (row.recipients, row.channels) == (["participant", "static"], ["email", "sms"])
            gone = _row(engine, NotificationRecipient, recipient)
            assert gone is None or getattr(gone, "archived", False)
            assert differences(local_view(engine.store), server_view(engine.client)) == []
        # A template of another event type: refused on the client before it is queued.
        other = new_id()
        a.execute(
            command(
                "message_template.create",
                {
                    "template_id": other,
                    "event_type": "registration.duplicate",
                    "name": "Dubblett",
                    "language": "sv",
                    "subject": "Redan anmäld",
                    "email_body": "Hej",
                },
            ),
            a.actor(),
        )
        with pytest.raises(ValidationError) as refused:
            a.execute(
                command(
                    "notification_binding.edit",
                    {
                        "binding_id": binding,
                        "changes": {"template_id": {"old": template, "new": other}},
                    },
                ),
                a.actor(),
            )
        assert refused.value.field == "template_id"
    finally:
        close(a)
        close(b)
