"""Message templates over the real server (issue 16): made and edited offline on two
clients, merged per field on the server; a draft stays unpublished until published, a
publish from a stale view is refused, and both clients end with the server's rows."""

from __future__ import annotations

from pathlib import Path

from models.ids import new_id
from models.notifications import MessageTemplate
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


def _template(engine: SyncEngine, template_id: str) -> MessageTemplate:
    with engine.store.sessions() as s:
        row = s.get(MessageTemplate, template_id)
        assert row is not None
        s.expunge(row)
        return row


def test_templates_edited_offline_merge_and_publish_counts_the_version_once(
    server: LiveServer, account: Account, tmp_path: Path
) -> None:
    a = connect(server.url, account, tmp_path / "a.db")
    b = connect(server.url, account, tmp_path / "b.db")
    try:
        a.sync_once()
        b.sync_once()
        tid = new_id()
        a.execute(
            command(
                "message_template.create",
                {
                    "template_id": tid,
                    "event_type": "registration.waiting_list_offer",
                    "name": "Erbjudande",
                    "language": "sv",
                    "subject": "En plats är ledig: {course}",
                    "email_body": "Hej {participant_first_name},\n\nsvara här: {link}",
                },
            ),
            a.actor(),
        )
        a.execute(
            command("message_template.publish", {"template_id": tid, "expected_version": 0}),
            a.actor(),
        )
        assert a.sync_once().applied == 2
        b.sync_once()
        assert (_template(b, tid).version, _template(b, tid).state) == (1, "published")
        # Offline, A changes the subject, B the SMS text: both drafts, merged on the server.
        a.execute(
            command(
                "message_template.edit",
                {
                    "template_id": tid,
                    "changes": {
                        "subject": {
                            "old": "En plats är ledig: {course}",
                            "new": "Ledig plats på {course} ({round})",
                        }
                    },
                },
            ),
            a.actor(),
        )
        b.execute(
            command(
                "message_template.edit",
                {
                    "template_id": tid,
                    "changes": {"sms_text": {"old": "", "new": "Ledig plats: {link}"}},
                },
            ),
            b.actor(),
        )
        # Both publish what they saw as version 1: the first publish wins, the second
        # (published meanwhile) is refused as a conflict.
        for engine in (a, b):
            engine.execute(
                command("message_template.publish", {"template_id": tid, "expected_version": 1}),
                engine.actor(),
            )
        assert a.sync_once().applied == 2
        report = b.sync_once()
        assert (report.applied, report.rejected) == (1, 1)
        a.sync_once()
        for engine in (a, b):
            row = _template(engine, tid)
            assert (row.version, row.state) == (2, "draft")  # B's SMS text is not published
            assert row.subject == row.published_subject == "Ledig plats på {course} ({round})"
            assert (row.sms_text, row.published_sms_text) == ("Ledig plats: {link}", "")
            assert differences(local_view(engine.store), server_view(engine.client)) == []
    finally:
        close(a)
        close(b)
