"""``round.send_participant_list`` end to end (issue 16), SQLite and PostgreSQL: a course
administrator's command queues the event ``round.participant_list`` to the notification
recipients of the customer (or contract) the list is for; the real mail worker delivers it
to a real SMTP server (aiosmtpd) with the report links and no attachment; the links open
the round's lists over real HTTP. A viewer may not send; nothing is sent to another
tenant's customer."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

import pytest
import requests
from sqlalchemy import select

from models.ids import new_id
from server.db import migrate
from server.services.database import Database
from server.services.mail import MailWorker
from server.tables import MailOutbox
from tests.approval.helpers import course_and_round, person, pushed, text_of
from tests.server.conftest import api_settings
from tests.server.helpers import World, cmd, make_world
from tests.server.smtp import SmtpServer
from tests.utils.notify_events import delivers
from tests.utils.servers import InProcessServer

BASE = "https://kansli.test"
LINK = re.compile(re.escape(BASE) + r"(/reports/[A-Za-z0-9_-]{40,})")


@dataclass
class Site:
    server: InProcessServer
    smtp: SmtpServer
    worker: MailWorker


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def site(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Site]:
    """The app on its own database (the worker sends every queued mail), a real SMTP
    server, and the real mail worker pointed at it."""
    if request.param == "sqlite":
        url = f"sqlite:///{Path(tmp_path_factory.mktemp('plist')) / 'plist.db'}"
    else:
        url = request.getfixturevalue("pg_cluster").create_database("kansli_participant_list")
    migrate(url)
    smtp = SmtpServer().start()
    settings = api_settings(url, smtp_port=smtp.port, public_base_url=BASE)
    db = Database(url)
    server = InProcessServer(settings, db).start()
    try:
        yield Site(server, smtp, MailWorker(db, settings))
    finally:
        server.stop()
        smtp.stop()
        db.dispose()


@pytest.fixture
def world(site: Site) -> World:
    return make_world(site.server.url, site.server.db, site.server.settings, "pl")


@dataclass
class Customer:
    customer_id: str
    contract_id: str


def customer_with_recipients(world: World) -> Customer:
    """A customer with a contract; the customer's notification recipients: Nora (two
    addresses) and Olle; the contract's: Carin; Mats is a main contact only."""
    org, customer, contract = new_id(), new_id(), new_id()
    pushed(
        world,
        cmd("organisation.create", organisation_id=org, name=f"Kund AB {org[-6:]}"),
        cmd("customer.create", customer_id=customer, organisation_id=org),
        cmd("contract.create", contract_id=contract, customer_id=customer, title="Ramavtal"),
        role="admin",
    )
    nora = new_id()
    pushed(
        world,
        cmd(
            "person.create",
            person_id=nora,
            first_name="Nora",
            last_name="Kund",
            emails=[{"address": "nora@kund.se"}, {"address": "nora.privat@kund.se"}],
        ),
        role="admin",
    )
    links = [
        ("customer", customer, nora, ["notification_recipient"]),
        (
            "customer",
            customer,
            person(world, "Olle", "Kund", "olle@kund.se"),
            ["notification_recipient"],
        ),
        (
            "contract",
            contract,
            person(world, "Carin", "Avtal", "carin@kund.se"),
            ["notification_recipient"],
        ),
        ("customer", customer, person(world, "Mats", "Main", "mats@kund.se"), ["main_contact"]),
    ]
    pushed(
        world,
        *(
            cmd("contact.link", target_kind=kind, target_id=target, person_id=p, roles=roles)
            for kind, target, p, roles in links
        ),
        role="admin",
    )
    return Customer(customer, contract)


def a_round_with_a_participant(world: World) -> str:
    round_id = course_and_round(world)
    pushed(
        world,
        cmd(
            "registration.create",
            registration_id=new_id(),
            round_id=round_id,
            participant_id=person(world, "Erik", "Lund", "erik.lund@firma.se"),
        ),
    )
    return round_id


def delivered(site: Site, to: str) -> list[EmailMessage]:
    """Run the worker once; the messages the SMTP server got for ``to``."""
    site.worker.run_once()
    return [m for m in site.smtp.messages if to in str(m["To"])]


@delivers("round.participant_list")
def test_the_customers_recipients_get_the_list_as_links_without_attachment(
    site: Site, world: World
) -> None:
    customer = customer_with_recipients(world)
    round_id = a_round_with_a_participant(world)
    pushed(
        world,
        cmd("round.send_participant_list", round_id=round_id, customer_id=customer.customer_id),
    )
    with world.db.sessions() as s:
        queued = s.scalars(
            select(MailOutbox).where(
                MailOutbox.tenant_id == world.tenant_id,
                MailOutbox.kind == "mail.participant_list",
            )
        ).all()
        assert sorted(m.to_address for m in queued) == [
            "nora.privat@kund.se",
            "nora@kund.se",
            "olle@kund.se",
        ]  # not the contract's Carin, not the main contact
        assert {m.related_id for m in queued} == {round_id}
        assert {m.event_type for m in queued} == {"round.participant_list"}
    [msg] = delivered(site, "olle@kund.se")
    assert msg["Subject"] == "Participant list: Projektledning, Projektledning HT26"
    assert not any(part.get_content_disposition() == "attachment" for part in msg.walk())
    assert not msg.is_multipart() or all(
        p.get_content_type().startswith("text/") for p in msg.walk() if not p.is_multipart()
    )
    body = msg.get_content()  # type: ignore[attr-defined]
    assert "Hello Olle Kund," in body and "Participants: 1" in body
    paths = LINK.findall(body)
    assert len(paths) == 2 and paths[0] != paths[1]
    page = requests.get(world.url + paths[0], params={"lang": "en"}, timeout=30)
    assert page.status_code == 200 and "Lund Erik" in text_of(page.text)
    sheet = requests.get(world.url + paths[1], params={"lang": "en"}, timeout=30)
    assert sheet.status_code == 200 and "Attendance sheet" in text_of(sheet.text)
    assert len(delivered(site, "nora")) == 2  # each of Nora's addresses once


def test_a_contracts_list_goes_to_the_contracts_recipients(site: Site, world: World) -> None:
    customer = customer_with_recipients(world)
    round_id = a_round_with_a_participant(world)
    pushed(
        world,
        cmd("round.send_participant_list", round_id=round_id, contract_id=customer.contract_id),
    )
    with world.db.sessions() as s:
        to = s.scalars(
            select(MailOutbox.to_address).where(
                MailOutbox.tenant_id == world.tenant_id,
                MailOutbox.kind == "mail.participant_list",
            )
        ).all()
    # The contract's recipient, and its customer's (the contacts of what the event concerns).
    assert "carin@kund.se" in to and "olle@kund.se" in to


def test_a_viewer_may_not_send_and_another_tenants_customer_gets_nothing(
    site: Site, world: World
) -> None:
    theirs = make_world(site.server.url, site.server.db, site.server.settings, "pl")
    their_customer = customer_with_recipients(theirs)
    round_id = a_round_with_a_participant(world)
    [viewer] = world.push(cmd("round.send_participant_list", round_id=round_id), role="viewer")
    assert viewer["status"] == "rejected" and viewer["code"] == "forbidden"
    [result] = world.push(
        cmd(
            "round.send_participant_list",
            round_id=round_id,
            customer_id=their_customer.customer_id,
        ),
        role="course_admin",
    )
    assert result["status"] == "rejected" and result["code"] == "not_found"
    with world.db.sessions() as s:
        assert not s.scalars(
            select(MailOutbox).where(
                MailOutbox.kind == "mail.participant_list", MailOutbox.related_id == round_id
            )
        ).all()
