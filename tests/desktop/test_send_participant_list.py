"""The round page's "Send participant list…" (issue 16), against the real server over real
HTTP: offline, a course administrator picks a contract with the keyboard, sees who gets
the list, sends with the mouse; nothing reaches the server until the connection is back;
at the sync the server queues the mails with the report links."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.courses.round_page import RoundPage
from desktop.courses.send_list import SendParticipantListDialog
from devtools.server_data import server_session
from models import (
    Contact,
    Contract,
    Course,
    CourseRound,
    Customer,
    Organisation,
    Person,
    PersonEmail,
    Registration,
)
from server.tables import MailOutbox
from tests.desktop.live_web import in_thread, signed_in
from tests.utils.servers import LiveServer, add_account
from tests.utils.tcp_proxy import TcpProxy

PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    path = tmp_path_factory.mktemp("send-list") / "server.db"
    live = in_thread(
        lambda: LiveServer(f"sqlite:///{path}", env={"KANSLI_RUN_WORKER": "0"}).start()
    )
    try:
        yield live
    finally:
        in_thread(live.stop)


def _person(s, tenant_id: str, first: str, last: str, address: str) -> Person:  # type: ignore[no-untyped-def]
    person = Person(tenant_id=tenant_id, first_name=first, last_name=last)
    s.add(person)
    s.flush()
    s.add(PersonEmail(tenant_id=tenant_id, person_id=person.id, address=address, is_primary=True))
    return person


def _seed(db_url: str) -> dict[str, str]:
    """A course administrator; a round with one participant; a customer with a contract,
    the customer's notification recipient Nora and the contract's Carin."""

    def run() -> dict[str, str]:
        user = add_account(
            db_url,
            tenant="lista",
            email="eva@lista.example",
            password=PASSWORD,
            roles=("course_admin",),
        )
        tenant = user["tenant_id"]
        with server_session(db_url) as s:
            course = Course(tenant_id=tenant, code="PL1", name="Projektledning")
            org = Organisation(tenant_id=tenant, name="Nordfirma AB")
            s.add_all([course, org])
            s.flush()
            start = date.today() + timedelta(days=20)
            round_ = CourseRound(
                tenant_id=tenant, course_id=course.id, name="Projektledning VT27", starts_on=start
            )
            customer = Customer(tenant_id=tenant, organisation_id=org.id)
            s.add_all([round_, customer])
            s.flush()
            contract = Contract(tenant_id=tenant, customer_id=customer.id, title="Ramavtal 2027")
            s.add(contract)
            s.flush()
            erik = _person(s, tenant, "Erik", "Lund", "erik@nordfirma.se")
            s.add(Registration(tenant_id=tenant, round_id=round_.id, participant_id=erik.id))
            nora = _person(s, tenant, "Nora", "Kund", "nora@nordfirma.se")
            carin = _person(s, tenant, "Carin", "Avtal", "carin@nordfirma.se")
            for person, where in (
                (nora, {"customer_id": customer.id}),
                (carin, {"contract_id": contract.id}),
            ):
                for role in ("", "notification_recipient"):
                    s.add(Contact(tenant_id=tenant, person_id=person.id, role=role, **where))
            return {"round": round_.id, "user": user["email"]}

    return in_thread(run)


def _mails(db_url: str, round_id: str) -> list[str]:
    def run() -> list[str]:
        with server_session(db_url) as s:
            return sorted(
                s.scalars(
                    select(MailOutbox.to_address).where(
                        MailOutbox.related_id == round_id,
                        MailOutbox.kind == "mail.participant_list",
                    )
                )
            )

    return in_thread(run)


def test_the_list_is_sent_from_the_round_page_offline_and_leaves_at_the_sync(
    qtbot, server: LiveServer, settings, tmp_path: Path
) -> None:
    ids = _seed(server.db_url)
    proxy = TcpProxy(server.port).start()
    try:
        with signed_in(proxy.url, ids["user"], PASSWORD, tmp_path / "d.db", settings) as (
            ctx,
            _session,
        ):
            proxy.refuse = True
            proxy.cut_all()
            page = RoundPage(ctx, ids["round"])
            qtbot.addWidget(page)
            page.resize(1366, 700)
            page.show()
            assert page.send_list_button.isEnabled()
            qtbot.mouseClick(page.send_list_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: isinstance(page.last_dialog, SendParticipantListDialog))
            dialog = page.last_dialog
            assert isinstance(dialog, SendParticipantListDialog)
            dialog.activateWindow()
            qtbot.waitUntil(lambda: dialog.target.count() == 2, timeout=15_000)
            assert [dialog.target.itemText(i) for i in range(2)] == [
                "Customer Nordfirma AB",
                "Contract Ramavtal 2027 (Nordfirma AB)",
            ]
            assert dialog.recipients.text() == "Nora Kund <nora@nordfirma.se>"
            dialog.target.setFocus()
            qtbot.keyClick(dialog.target, Qt.Key.Key_Down)
            qtbot.waitUntil(lambda: dialog.target.currentIndex() == 1)
            assert dialog.recipients.text().splitlines() == [
                "Carin Avtal <carin@nordfirma.se>",
                "Nora Kund <nora@nordfirma.se>",
            ]
            qtbot.mouseClick(dialog.send, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=15_000)
            assert "2 recipients" in dialog.outcome
            # Queued here; nothing reached the server while offline.
            assert _mails(server.db_url, ids["round"]) == []
            proxy.refuse = False
            report = in_thread(ctx.engine.sync_once)
            assert report.rejected == 0
            assert _mails(server.db_url, ids["round"]) == [
                "carin@nordfirma.se",
                "nora@nordfirma.se",
            ]
    finally:
        proxy.stop()
