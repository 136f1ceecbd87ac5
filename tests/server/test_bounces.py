"""Addresses that bounce (issue 16): a permanent refusal of a recipient by a real SMTP server
(aiosmtpd) marks the address on every person of the tenant who has it, a later delivery
clears the mark, both reach the clients through the sync pull and are audited; a bounce
that came as a mail is taken in by ``kansli-server mark-bounced``. SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from models.ids import new_id
from models.people import PersonEmail
from server.cli import main
from server.services.database import Database
from server.services.mail import MailWorker, queue_mail
from server.tables import AuditEvent, MailOutbox
from tests.server.conftest import api_settings
from tests.server.helpers import World, cmd, make_world
from tests.server.smtp import Recorder, SmtpServer
from tests.utils.servers import InProcessServer

GONE = "borta@firma.example"
REFUSED = f"550 5.1.1 <{GONE}>: Recipient address rejected: User unknown"


class Refusing(Recorder):
    """Answers RCPT, DATA or MAIL FROM as told per address; takes everything else."""

    def __init__(self) -> None:
        super().__init__()
        self.at_rcpt: dict[str, str] = {}
        self.at_data: dict[str, str] = {}
        self.at_mail: str | None = None

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if self.at_mail:
            return self.at_mail
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any
    ) -> str:
        if address.lower() in self.at_rcpt:
            return self.at_rcpt[address.lower()]
        return await super().handle_RCPT(server, session, envelope, address, rcpt_options)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        for address in envelope.rcpt_tos:
            if address.lower() in self.at_data:
                return self.at_data[address.lower()]
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture(scope="module")
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.recorder = Refusing()
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def site(module_server_db_url: str, smtp: SmtpServer) -> Iterator[InProcessServer]:
    from server.db import migrate

    migrate(module_server_db_url)
    db = Database(module_server_db_url)
    server = InProcessServer(api_settings(module_server_db_url, smtp_port=smtp.port), db).start()
    yield server
    server.stop()
    db.dispose()


@pytest.fixture
def refusing(smtp: SmtpServer) -> Iterator[Refusing]:
    recorder = smtp.recorder
    assert isinstance(recorder, Refusing)
    yield recorder
    recorder.at_rcpt.clear()
    recorder.at_data.clear()
    recorder.at_mail = None


def _world(site: InProcessServer, prefix: str) -> World:
    return make_world(site.url, site.db, site.settings, prefix)


def _person(world: World, *addresses: str) -> str:
    person_id = new_id()
    [result] = world.push(
        cmd(
            "person.create",
            person_id=person_id,
            first_name="Karin",
            last_name="Chef",
            emails=[{"address": a} for a in addresses],
        )
    )
    assert result["status"] == "applied", result
    return person_id


def _mail(site: InProcessServer, world: World, to: str) -> str:
    with site.db.transaction() as s:
        return queue_mail(
            session=s,
            settings=site.settings,
            tenant_id=world.tenant_id,
            kind="registration_approval",
            to_address=to,
            subject="Godkännande",
            body_text="Hej!",
        ).id


def _send(site: InProcessServer) -> tuple[int, int, int]:
    result = MailWorker(site.db, site.settings).run_once()
    return result.sent, result.retried, result.failed


def _emails(site: InProcessServer, world: World) -> dict[tuple[str, str], PersonEmail]:
    with site.db.sessions() as s:
        rows = s.scalars(select(PersonEmail).where(PersonEmail.tenant_id == world.tenant_id))
        return {(r.person_id, r.address): r for r in rows}


def _audited(site: InProcessServer, world: World, action: str) -> list[AuditEvent]:
    with site.db.sessions() as s:
        return list(
            s.scalars(
                select(AuditEvent).where(
                    AuditEvent.tenant_id == world.tenant_id, AuditEvent.action == action
                )
            )
        )


def _status(site: InProcessServer, mail_id: str) -> tuple[str, str | None]:
    with site.db.sessions() as s:
        mail = s.get(MailOutbox, mail_id)
        assert mail is not None
        return mail.status, mail.last_error


def test_a_refusal_marks_the_address_of_the_tenants_people_and_a_delivery_clears_it(
    site: InProcessServer, refusing: Refusing
) -> None:
    world, other = _world(site, "bounce"), _world(site, "other")
    karin = _person(world, GONE, "karin@hem.example")
    namesake = _person(world, GONE.upper())
    elsewhere = _person(other, GONE)
    before = _emails(site, world)
    cursor = world.pull_all()["cursor"]
    refusing.at_rcpt[GONE] = REFUSED

    mail_id = _mail(site, world, "Borta@Firma.example")
    assert _send(site) == (0, 0, 1)

    assert _status(site, mail_id) == ("failed", REFUSED)
    after = _emails(site, world)
    answer = "550 5.1.1 <<address>>: Recipient address rejected: User unknown"
    for person in (karin, namesake):
        row = after[(person, GONE)]
        assert row.bounced_at is not None and row.bounce_detail == answer
        seq_before = before[(person, GONE)].server_seq
        assert row.server_seq is not None and seq_before is not None
        assert row.server_seq > seq_before
    assert after[(karin, "karin@hem.example")].bounced_at is None
    # Another tenant's person with the same address is not this tenant's business.
    assert _emails(site, other)[(elsewhere, GONE)].bounced_at is None
    # The clients get the mark at their next pull ...
    resp = world.client().get(
        f"{world.url}/api/v1/sync/pull", params={"cursor": cursor, "limit": 100}, timeout=30
    )
    pulled = {r["id"]: r for r in resp.json()["changes"]["person_email"]}
    assert {pulled[after[(p, GONE)].id]["bounce_detail"] for p in (karin, namesake)} == {answer}
    assert all(pulled[after[(p, GONE)].id]["bounced_at"] for p in (karin, namesake))
    # ... and the audit trail says which address was marked, and why.
    marked = _audited(site, world, "person_email.bounced")
    assert {e.entity_id for e in marked} == {after[(p, GONE)].id for p in (karin, namesake)}
    assert all(e.details["via"] == "mail_worker" for e in marked)

    # The address works again: the next mail is delivered and the mark goes.
    refusing.at_rcpt.clear()
    _mail(site, world, GONE)
    assert _send(site) == (1, 0, 0)
    cleared = _emails(site, world)
    assert all(cleared[(p, GONE)].bounced_at is None for p in (karin, namesake))
    assert all(cleared[(p, GONE)].bounce_detail is None for p in (karin, namesake))
    assert len(_audited(site, world, "person_email.bounce_cleared")) == 2
    latest = world.pull_all()["changes"]["person_email"]
    assert latest[cleared[(karin, GONE)].id]["bounced_at"] is None


def test_a_refusal_of_the_message_after_data_marks_the_address(
    site: InProcessServer, refusing: Refusing
) -> None:
    world = _world(site, "data")
    person = _person(world, GONE)
    refusing.at_data[GONE] = "554 5.7.1 Message rejected: mailbox disabled"
    _mail(site, world, GONE)
    assert _send(site) == (0, 0, 1)
    row = _emails(site, world)[(person, GONE)]
    assert row.bounce_detail == "554 5.7.1 Message rejected: mailbox disabled"


def test_a_passing_refusal_or_a_refused_sender_does_not_mark_the_address(
    site: InProcessServer, refusing: Refusing
) -> None:
    world = _world(site, "notbounce")
    person = _person(world, GONE)
    # 4xx: try again later; nothing is known of the address yet.
    refusing.at_rcpt[GONE] = "450 4.2.1 Mailbox busy"
    mail_id = _mail(site, world, GONE)
    assert _send(site) == (0, 1, 0)
    assert _status(site, mail_id)[0] == "queued"
    with site.db.transaction() as s:  # given up on, so the worker leaves it
        s.get(MailOutbox, mail_id).status = "failed"  # type: ignore[union-attr]
    # 5xx to our sender: the mail failed, but that says nothing of the recipient.
    refusing.at_rcpt.clear()
    refusing.at_mail = "550 5.7.1 Sender not allowed"
    mail_id = _mail(site, world, GONE)
    assert _send(site) == (0, 0, 1)
    assert _status(site, mail_id) == ("failed", "550 5.7.1 Sender not allowed")
    assert _emails(site, world)[(person, GONE)].bounced_at is None
    assert _audited(site, world, "person_email.bounced") == []


def test_a_bounce_that_came_as_a_mail_is_marked_from_the_command_line(
    site: InProcessServer, capsys: pytest.CaptureFixture[str]
) -> None:
    world = _world(site, "cli")
    person = _person(world, GONE)
    db = ["--database", site.settings.database_url]
    detail = f"5.1.1 <{GONE}> mailbox unavailable\n(Diagnostic-Code: smtp; 550)"
    args = ["mark-bounced", "--tenant", world.slug, "--address", " Borta@FIRMA.example"]
    assert main([*args, "--detail", detail, *db]) == 0
    assert f"{GONE} is marked as bouncing on 1 person(s) of {world.slug}" in capsys.readouterr().out
    row = _emails(site, world)[(person, GONE)]
    assert row.bounced_at is not None
    assert row.bounce_detail == "5.1.1 <<address>> mailbox unavailable (Diagnostic-Code: smtp; 550)"
    [event] = _audited(site, world, "person_email.bounced")
    assert event.details["via"] == "cli" and event.actor_user_id is None

    # An address no one has: said, and nothing marked.
    unknown = ["mark-bounced", "--tenant", world.slug, "--address", "ingen@firma.example"]
    assert main([*unknown, "--detail", "550 no such user", *db]) == 1
    assert "no person of" in capsys.readouterr().err
    # Not an address at all, or no answer given: refused with the reason.
    assert main([*args[:3], "--address", "inte en adress", "--detail", "550", *db]) == 1
    assert "--address" in capsys.readouterr().err
    assert main([*args, "--detail", "  ", *db]) == 1
    assert "--detail" in capsys.readouterr().err
