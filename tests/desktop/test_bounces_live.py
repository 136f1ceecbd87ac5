"""An address that bounces is marked where staff see it (issue 16): the real server's mail
worker gets 550 from a real SMTP server (aiosmtpd) for a person's address, the mark
reaches the desktop's store through the sync pull over real HTTP, and the person's
profile and the contacts list show it with ⚠ and "(bounced)", and a tooltip (when, the
answer); a later delivery to the address takes the mark away at the next sync."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.contacts.tab import ContactsTab
from desktop.people.profile import PersonProfile
from devtools.server_data import server_session
from models import Contact, Customer, Organisation, Person, PersonEmail
from server.services.database import Database
from server.services.mail import MailWorker, queue_mail
from tests.desktop.live_web import in_thread, signed_in
from tests.desktop.test_admin_followup import REFUSED, RefusingRecorder
from tests.server.conftest import api_settings
from tests.server.smtp import SmtpServer
from tests.utils.servers import LiveServer, add_account

PASSWORD = "correct horse battery"
GONE = "okand.chef@firma.example"
HOME = "karin@hem.example"
TIP, SHOWN = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DisplayRole


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    path = tmp_path_factory.mktemp("bounces-live") / "server.db"
    live = in_thread(
        lambda: LiveServer(f"sqlite:///{path}", env={"KANSLI_RUN_WORKER": "0"}).start()
    )
    try:
        yield live
    finally:
        in_thread(live.stop)


def _seed(db_url: str) -> dict[str, str]:
    """An administrator; Karin, a contact of a customer, with two addresses (the main one
    is the one a server will refuse)."""
    admin = add_account(db_url, tenant="studsa", email="admin@studsa.example", roles=("admin",))
    tenant_id = admin["tenant_id"]
    with server_session(db_url) as s:
        org = Organisation(tenant_id=tenant_id, name="Firma AB")
        person = Person(tenant_id=tenant_id, first_name="Karin", last_name="Chef")
        s.add_all([org, person])
        s.flush()
        customer = Customer(tenant_id=tenant_id, organisation_id=org.id)
        s.add(customer)
        s.flush()
        for position, address in enumerate((GONE, HOME)):
            s.add(
                PersonEmail(
                    tenant_id=tenant_id,
                    person_id=person.id,
                    address=address,
                    is_primary=position == 0,
                    position=position,
                )
            )
        s.add(Contact(tenant_id=tenant_id, person_id=person.id, role="", customer_id=customer.id))
        return {"tenant": tenant_id, "person": person.id, "customer": customer.id}


def _mail_karin(db_url: str, tenant_id: str, *, refuse: bool) -> tuple[int, int]:
    """Queue a mail to Karin's main address and let the worker send it to an SMTP server
    that refuses it with 550 (``refuse``) or takes it; (sent, failed)."""
    smtp = SmtpServer()
    if refuse:
        smtp.recorder = RefusingRecorder()
    smtp.start()
    db = Database(db_url)
    try:
        settings = api_settings(db_url, smtp_port=smtp.port)
        with db.transaction() as s:
            queue_mail(
                session=s,
                settings=settings,
                tenant_id=tenant_id,
                kind="registration_approval",
                to_address=GONE,
                subject="Godkännande",
                body_text="Hej!",
            )
        result = MailWorker(db, settings).run_once()
        return result.sent, result.failed
    finally:
        db.dispose()
        smtp.stop()


def test_a_refused_address_is_marked_in_the_profile_and_the_contacts_until_it_works(
    qtbot, server: LiveServer, settings, tmp_path: Path
) -> None:
    ids = in_thread(_seed, server.db_url)
    assert in_thread(_mail_karin, server.db_url, ids["tenant"], refuse=True) == (0, 1)
    with signed_in(server.url, "admin@studsa.example", PASSWORD, tmp_path / "d.db", settings) as (
        ctx,
        _s,
    ):
        profile = PersonProfile(ctx, ids["person"])
        qtbot.addWidget(profile)
        profile.show()
        qtbot.waitUntil(lambda: profile.emails.rowCount() == 2, timeout=15_000)
        emails = profile.emails
        gone, home = emails.index(0, 0), emails.index(1, 0)
        assert emails.data(gone, SHOWN) == f"⚠ {GONE} (bounced)"
        tip = str(emails.data(gone, TIP))
        assert tip.startswith(f"Mail to {GONE} bounced on ")
        assert tip.endswith("answered: 550 5.1.1 <<address>>: Recipient address rejected")
        assert REFUSED.startswith("550 5.1.1 <okand.chef@firma.example>")
        assert (emails.data(home, SHOWN), emails.data(home, TIP)) == (HOME, "")
        # The header's main address says it too.
        assert profile.contact.text().startswith(f"⚠ {GONE} (bounced)")
        assert profile.contact.toolTip() == tip

        # The customer's contacts list, where her addresses show on one line.
        tab = ContactsTab(ctx, "customer", ids["customer"])
        qtbot.addWidget(tab)
        tab.show()
        qtbot.waitUntil(lambda: tab.loaded and tab.contacts.rowCount() == 1, timeout=15_000)
        cell = tab.contacts.index(0, 1)
        assert tab.contacts.data(cell, SHOWN) == f"⚠ {GONE} (bounced), {HOME}"
        assert tab.contacts.data(cell, TIP) == tip

        # Mail to the address is delivered again: at the next sync the mark is gone.
        assert in_thread(_mail_karin, server.db_url, ids["tenant"], refuse=False) == (1, 0)
        report = in_thread(ctx.engine.sync_once)
        assert report.rejected == 0
        qtbot.waitUntil(lambda: emails.data(emails.index(0, 0), SHOWN) == GONE, timeout=15_000)
        assert emails.data(emails.index(0, 0), TIP) == ""
        assert not profile.contact.text().startswith("⚠")
        qtbot.waitUntil(
            lambda: tab.contacts.data(tab.contacts.index(0, 1), SHOWN) == f"{GONE}, {HOME}",
            timeout=15_000,
        )
