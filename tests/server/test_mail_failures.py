"""Mail that can never be sent fails at once and is shown to staff; one envelope
recipient per outbox row; a sent mail's stored body keeps no usable link.

A real SMTP server (aiosmtpd) records the envelope of every mail; the app
runs under uvicorn on the same database (SQLite and PostgreSQL), and staff
read the failure through the notifications API.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from sqlalchemy import select

from models.ids import new_id
from server.db import migrate
from server.services.database import Database
from server.services.mail import LINK_REMOVED, MailWorker, queue_mail
from server.tables import LinkToken, MailOutbox
from tests.server.conftest import api_settings
from tests.server.helpers import World, cmd, make_world
from tests.server.helpers import registrations_awaiting_approval as awaiting
from tests.server.smtp import Recorder, SmtpServer
from tests.utils.servers import InProcessServer

LINK = re.compile(r"https://kansli\.test/approve/([A-Za-z0-9_-]{40,})")


class EnvelopeRecorder(Recorder):
    """Keeps each mail's envelope recipients besides the message."""

    def __init__(self) -> None:
        super().__init__()
        self.envelopes: list[list[str]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append(list(envelope.rcpt_tos))
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.recorder = EnvelopeRecorder()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def site(server_db_url: str, smtp: SmtpServer) -> Iterator[InProcessServer]:
    migrate(server_db_url)
    db = Database(server_db_url)
    server = InProcessServer(api_settings(server_db_url, smtp_port=smtp.port), db).start()
    yield server
    server.stop()
    db.dispose()


@pytest.fixture
def world(site: InProcessServer) -> World:
    return make_world(site.url, site.db, site.settings, "m")


def _queue_raw(world: World, site: InProcessServer, **fields: str) -> str:
    """An outbox row as older code could have queued it (no validation on the way)."""
    values = {"kind": "registration_approval", "subject": "Ämne", "body_text": "Hej!"}
    values.update(fields)
    with world.db.transaction() as s:
        mail = queue_mail(
            session=s,
            settings=site.settings,
            tenant_id=world.tenant_id,
            to_address=values.pop("to_address"),
            **values,  # type: ignore[arg-type]
        )
        return mail.id


def _row(db: Database, mail_id: str) -> MailOutbox:
    with db.sessions() as s:
        row = s.get(MailOutbox, mail_id)
        assert row is not None
        return row


def _notifications(world: World) -> list[dict[str, Any]]:
    resp = world.client("admin").get(f"{world.url}/api/v1/notifications", timeout=10)
    assert resp.status_code == 200, resp.text
    return list(resp.json()["notifications"])


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"to_address": "postmaster,chef@example.se"}, "to_address"),
        ({"to_address": "chef@example.se", "subject": "Kurs\r\nBcc: x@example.se"}, "subject"),
        ({"to_address": "chef@example.se", "body_text": "Hej\x1b[2J"}, "body_text"),
    ],
    ids=["two-addresses", "header-injection", "control-in-body"],
)
def test_a_mail_that_cannot_be_built_fails_at_once_and_admins_are_told(
    site: InProcessServer, world: World, smtp: SmtpServer, fields: dict[str, str], reason: str
) -> None:
    mail_id = _queue_raw(world, site, **fields)
    worker = MailWorker(site.db, site.settings)
    result = worker.run_once()
    assert (result.sent, result.retried, result.failed) == (0, 0, 1)
    row = _row(site.db, mail_id)
    assert row.status == "failed" and row.attempts == 1
    assert row.last_error.startswith(reason)
    assert smtp.messages == []
    assert worker.run_once().failed == 0  # never tried again
    [note] = [n for n in _notifications(world) if n["related_id"] == mail_id]
    assert note["kind"] == "mail_failed"
    assert "registration_approval" in note["body"] and reason in note["body"]
    # Only administrators hear of it.
    other = world.client("course_admin").get(f"{world.url}/api/v1/notifications", timeout=10)
    assert mail_id not in {n["related_id"] for n in other.json()["notifications"]}


def test_a_permanent_smtp_refusal_is_shown_to_admins(
    site: InProcessServer, world: World, smtp: SmtpServer
) -> None:
    smtp.recorder.refuse_rcpt = "550 5.1.1 Mailbox unavailable"
    mail_id = _queue_raw(world, site, to_address="borta@example.se")
    assert MailWorker(site.db, site.settings).run_once().failed == 1
    [note] = [n for n in _notifications(world) if n["related_id"] == mail_id]
    assert "550 5.1.1 Mailbox unavailable" in note["body"]


def test_each_row_goes_to_its_one_envelope_recipient(
    site: InProcessServer, world: World, smtp: SmtpServer
) -> None:
    _queue_raw(world, site, to_address="Karin.Chef@Example.se", subject="Ett")
    MailWorker(site.db, site.settings).run_once()
    recorder = smtp.recorder
    assert isinstance(recorder, EnvelopeRecorder)
    assert recorder.envelopes == [["Karin.Chef@Example.se"]]


def test_a_push_with_two_addresses_in_one_field_is_rejected(world: World) -> None:
    [result] = world.push(
        cmd(
            "person.create",
            person_id=new_id(),
            first_name="Karin",
            last_name="Chef",
            emails=[{"address": "postmaster,chef@example.se"}],
        )
    )
    assert result["status"] == "rejected"
    assert result["code"] == "invalid"


def test_a_sent_mail_keeps_no_usable_link_but_the_link_still_works(
    site: InProcessServer, world: World, smtp: SmtpServer
) -> None:
    [reg_id] = awaiting(lambda cs: world.push(*cs), 1, manager_email="karin.chef@firma.se")
    [result] = world.push(
        cmd("registration.request_approval", registration_id=reg_id, message="Hej Karin!"),
        role="course_admin",
    )
    assert result["status"] == "applied", result
    assert MailWorker(site.db, site.settings).run_once().sent == 1
    [msg] = smtp.wait_for(1)
    delivered = msg.get_content()  # type: ignore[attr-defined]
    token = LINK.search(delivered).group(1)  # type: ignore[union-attr]
    with site.db.sessions() as s:
        [row] = s.scalars(select(MailOutbox).where(MailOutbox.related_id == reg_id)).all()
        assert row.status == "sent"
        assert token not in row.body_text and token not in (row.body_html or "")
        assert LINK_REMOVED in row.body_text
        assert "Hej Karin!" in row.body_text  # the rest of the record stays
        digest = hashlib.sha256(token.encode()).hexdigest()
        assert s.scalar(select(LinkToken).where(LinkToken.token_hash == digest)) is not None
    # The recipient's copy works: the page behind the link opens.
    page = requests.get(f"{world.url}/approve/{token}", timeout=10)
    assert page.status_code == 200, page.text[:300]
    # The mail records API shows the scrubbed body.
    one = world.client().get(f"{world.url}/api/v1/mail/{row.id}", timeout=10).json()
    assert token not in str(one)


def test_a_failed_mail_keeps_no_usable_link(
    site: InProcessServer, world: World, smtp: SmtpServer
) -> None:
    """A mail given up (here: a permanent SMTP refusal) no longer holds its link's token."""
    smtp.recorder.refuse_rcpt = "550 5.1.1 Mailbox unavailable"
    [reg_id] = awaiting(lambda cs: world.push(*cs), 1, manager_email="borta@firma.se")
    [result] = world.push(
        cmd("registration.request_approval", registration_id=reg_id, message="Hej!"),
        role="course_admin",
    )
    assert result["status"] == "applied", result
    with site.db.sessions() as s:
        [queued] = s.scalars(select(MailOutbox).where(MailOutbox.related_id == reg_id)).all()
        found = LINK.search(queued.body_text)
        assert found is not None
        token = found.group(1)
    assert MailWorker(site.db, site.settings).run_once().failed == 1
    with site.db.sessions() as s:
        row = s.get(MailOutbox, queued.id)
        assert row is not None and row.status == "failed"
        assert token not in row.body_text and token not in (row.body_html or "")
        assert LINK_REMOVED in row.body_text and "Hej!" in row.body_text
    one = world.client().get(f"{world.url}/api/v1/mail/{queued.id}", timeout=10).json()
    assert token not in str(one)
