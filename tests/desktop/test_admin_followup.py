"""Administration › Notification follow-up against the real server over HTTP (SQLite
file and PostgreSQL): mails the server's worker sent to a real SMTP server (aiosmtpd),
one refused with 550, and an SMS the gateway refused, listed with their status and
answer; filtered by keyboard, a detail opened with the mouse, exported. Offline and
without a server it says so; the menu entry is for administrators only.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select, update

from desktop.admin.followup import NotificationDialog, NotificationFollowUpWindow
from desktop.mainwindow import MainWindow
from desktop.settings import Settings
from devtools.client_data import fill
from models.ids import new_id, utcnow
from models.people import PersonEmail
from models.tenancy import Role, Tenant
from server.services.database import Database
from server.services.mail import MailWorker, queue_mail
from server.tables import MailOutbox, SmsOutbox
from tests.desktop.conftest import make_ctx, make_window
from tests.desktop.live_web import in_thread, signed_in
from tests.server.conftest import api_settings
from tests.server.helpers import cmd
from tests.server.smtp import Recorder, SmtpServer
from tests.utils.servers import LiveServer, add_account, login

PASSWORD = "correct horse battery"
ADMIN = "anna.admin@acme.example"
REFUSED = "550 5.1.1 <okand.chef@firma.example>: Recipient address rejected"


class RefusingRecorder(Recorder):
    """Takes every mail except those to okand.chef@…, which it answers 550."""

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any
    ) -> str:
        if address.startswith("okand.chef@"):
            return REFUSED
        return await super().handle_RCPT(server, session, envelope, address, rcpt_options)


def _deliver(db_url: str) -> None:
    """Queue three mails and an SMS for acme; the worker sends the mails to a real SMTP
    server that refuses one of them; the gateway's refusal of the SMS is recorded."""
    smtp = SmtpServer()
    smtp.recorder = RefusingRecorder()
    smtp.start()
    db = Database(db_url)
    try:
        settings = api_settings(db_url, smtp_port=smtp.port)
        with db.transaction() as s:
            tenant = s.scalar(select(Tenant.id).where(Tenant.slug == "acme"))
            assert tenant is not None
            for to, kind, subject in [
                ("chef.ett@firma.example", "mail.approval_request", "Godkänn Kalle"),
                ("okand.chef@firma.example", "mail.approval_request", "Godkänn Lisa"),
                ("ny@acme.example", "mail.invite", "Välkommen"),
            ]:
                queue_mail(
                    session=s,
                    settings=settings,
                    tenant_id=tenant,
                    kind=kind,
                    to_address=to,
                    subject=subject,
                    body_text=f"Hej!\n{subject}: https://kansli.test/approve/{'x' * 43}\n",
                )
            s.add(
                SmsOutbox(
                    id=new_id(),
                    tenant_id=tenant,
                    to_number="+46701112233",
                    body="Din kod är 482913",
                    status="failed",
                    attempts=1,
                    last_error="400 Invalid to number",
                    next_attempt_at=utcnow(),
                )
            )
        result = MailWorker(db, settings).run_once()
        assert (result.sent, result.failed) == (2, 1)
    finally:
        db.dispose()
        smtp.stop()


@pytest.fixture
def server(server_db_url: str) -> Iterator[str]:
    live = in_thread(lambda: LiveServer(server_db_url, env={"KANSLI_RUN_WORKER": "0"}).start())
    try:
        in_thread(add_account, server_db_url, tenant="acme", email=ADMIN, roles=("admin",))
        in_thread(add_account, server_db_url, tenant="other", email="olle@other.example")
        in_thread(_deliver, server_db_url)
        yield live.url
    finally:
        in_thread(live.stop)


def _open(qtbot, ctx) -> NotificationFollowUpWindow:  # type: ignore[no-untyped-def]
    window = NotificationFollowUpWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        window.show()
    return window


def _shown(window: NotificationFollowUpWindow) -> list[dict[str, str]]:
    model = window.model
    return [
        {col.key: model.index(r, c).data() for c, col in enumerate(model.columns)}
        for r in range(model.rowCount())
    ]


def test_an_administrator_follows_up_the_notifications(
    qtbot, server: str, settings: Settings, tmp_path: Path
) -> None:
    with signed_in(server, ADMIN, PASSWORD, tmp_path / "admin.db", settings) as (ctx, _s):
        window = _open(qtbot, ctx)
        rows = {r["recipient"]: r for r in _shown(window)}
        # The three mails, the SMS, and the invitation mail add_account may have queued.
        assert {"chef.ett@firma.example", "okand.chef@firma.example", "+46701112233"} <= set(rows)
        assert "olle@other.example" not in rows
        failed = rows["okand.chef@firma.example"]
        assert failed["status"] == "Failed" and failed["answer"] == REFUSED
        assert failed["event"] == "Approval request to a manager" and failed["channel"] == "E-mail"
        assert failed["done_at"] == "" and failed["template"] == ""  # (queued before issue 16)
        sent = rows["chef.ett@firma.example"]
        assert sent["status"] == "Sent" and sent["answer"] == "" and sent["done_at"]
        sms = rows["+46701112233"]
        assert (sms["channel"], sms["event"], sms["status"]) == (
            "SMS",
            "Signing code (SMS)",
            "Failed",
        )
        assert sms["answer"] == "400 Invalid to number"

        # Keyboard: the status filter (asked of the server) to Failed.
        window.status.setFocus()
        options = [window.status.itemText(i) for i in range(window.status.count())]
        assert options == ["Any", "Queued", "Sending", "Sent", "Delivered", "Failed", "Bounced"]
        qtbot.keyClick(window.status, Qt.Key.Key_End)
        qtbot.waitUntil(lambda: not window.busy, timeout=15_000)
        with qtbot.waitSignal(window.refreshed, timeout=15_000):
            qtbot.keyClick(window.status, Qt.Key.Key_Up)
        assert window.status.currentText() == "Failed"
        assert {r["recipient"] for r in _shown(window)} == {
            "okand.chef@firma.example",
            "+46701112233",
        }
        # ... and the channel to E-mail: only the refused mail.
        window.channel.setFocus()
        with qtbot.waitSignal(window.refreshed, timeout=15_000):
            qtbot.keyClick(window.channel, Qt.Key.Key_Down)
        assert window.channel.currentText() == "E-mail"
        assert [r["recipient"] for r in _shown(window)] == ["okand.chef@firma.example"]
        assert window.count.text() == "1 of 1 shown"
        # Typed words find a recipient among those listed.
        window.channel.setCurrentIndex(0)
        with qtbot.waitSignal(window.refreshed, timeout=15_000):
            window.refresh()
        qtbot.keyClicks(window.filter, "okand")
        qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5_000)
        assert window.count.text() == "1 of 2 shown"

        # The mouse: a double click on the row opens it with its text (no token in it).
        table = window.table
        rect = table.visualRect(window.model.index(0, 3))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        dialog = window.dialog
        assert isinstance(dialog, NotificationDialog)
        qtbot.waitUntil(lambda: dialog.body.toPlainText() != "", timeout=15_000)
        text = dialog.body.toPlainText()
        assert text.startswith("Hej!\nGodkänn Lisa: ") and "x" * 43 not in text
        assert dialog.fields["answer"].text() == REFUSED
        assert dialog.fields["status"].text() == "Failed"
        dialog.reject()

        # Export what is shown.
        target = tmp_path / "uppfoljning.csv"
        window.filter.clear()
        window.export(target)
        qtbot.waitUntil(lambda: "exported" in window.message.text(), timeout=15_000)
        assert window.message.text() == "2 notifications exported to uppfoljning.csv"
        content = target.read_text(encoding="utf-8-sig")
        dialect = csv.Sniffer().sniff(content.splitlines()[0])
        lines = list(csv.reader(content.splitlines(), dialect))
        assert lines[0][:5] == ["Queued", "Event", "Template", "Recipient as", "Recipient"]
        assert any(REFUSED in line for line in lines[1:])
        # (a leading + is guarded so that no spreadsheet takes the number for a formula)
        assert any(any("46701112233" in cell for cell in line) for line in lines[1:])


def test_offline_the_window_says_it_needs_the_server(qtbot, offline_ctx) -> None:
    window = _open(qtbot, offline_ctx)
    assert not window.loaded and window.model.rowCount() == 0
    empty = window.table.empty.text()
    assert empty.startswith("Offline") or empty.startswith("The server cannot be reached")
    assert not window.act_show.isEnabled() and not window.act_export.isEnabled()
    assert window.retry_button.isVisible()


def test_without_a_server_the_window_says_so(qtbot, ctx) -> None:
    window = _open(qtbot, ctx)
    assert "kept on the server" in window.table.empty.text()
    assert not window.retry_button.isVisible()


def test_the_menu_opens_one_follow_up_window(qtbot, ctx) -> None:
    main = make_window(qtbot, ctx)
    assert main.act_followup.isVisible() and main.act_followup.isEnabled()
    assert main.act_followup.shortcut().toString() == "Ctrl+Shift+J"
    window = main.show_followup()
    qtbot.waitUntil(lambda: window.isVisible(), timeout=5_000)
    assert isinstance(window, NotificationFollowUpWindow)
    assert main.show_followup() is window


def test_the_menu_entry_is_for_administrators_only(qtbot, store, settings, gui_guard) -> None:
    with gui_guard.allowed():
        data = fill(store, participants=5, big_round=2, roles=frozenset({Role.COURSE_ADMIN}))
    ctx = make_ctx(store, data, settings)
    try:
        main = MainWindow(ctx)
        qtbot.addWidget(main)
        assert not main.act_followup.isVisible() and not main.act_followup.isEnabled()
        assert main.show_followup() is None
    finally:
        ctx.ops.shutdown(wait=True)


# -- issue 16: what each notification was, and how it went after sending ----------------

FORMULA = '=HYPERLINK("http://evil.example","x")'


def _notify_records(url: str, db_url: str) -> None:
    """A template made by the administrator (it syncs to the desktop), published twice;
    then, as server.services.notify records them: a mail of its version 2 to a contact
    whose address later bounced, a mail of the shipped default to a participant, and an
    SMS the gateway reported delivered and one it reported failed (with an answer that
    looks like a formula)."""
    admin = login(url, {"email": ADMIN, "password": PASSWORD, "tenant": "acme"})
    template_id, person_id = new_id(), new_id()
    commands = [
        cmd(
            "message_template.create",
            template_id=template_id,
            event_type="agent_order.ordered",
            name="Beställning mottagen",
            language="sv",
            subject="Beställning mottagen",
            email_body="Hej",
        ),
        cmd(
            "person.create",
            person_id=person_id,
            first_name="Kim",
            last_name="Kontakt",
            emails=[{"address": "kim.kontakt@kund.example"}],
        ),
    ]
    resp = admin.post(f"{url}/api/v1/sync/push", json={"commands": commands}, timeout=30)
    assert all(r["status"] == "applied" for r in resp.json()["results"]), resp.text
    db = Database(db_url)
    now = utcnow()
    try:
        with db.transaction() as s:
            tenant = s.scalar(select(Tenant.id).where(Tenant.slug == "acme"))
            assert tenant is not None
            common = {"tenant_id": tenant, "attempts": 1, "status": "sent", "next_attempt_at": now}
            s.add_all(
                [
                    MailOutbox(
                        **common, kind="agent_order.ordered", to_address="kim.kontakt@kund.example",
                        subject="Beställning mottagen", body_text="Hej", sent_at=now,
                        event_type="agent_order.ordered", template_id=template_id,
                        template_version=2, recipient_kind="contacts", person_id=person_id,
                    ),
                    MailOutbox(
                        **common, kind="mail.signup_confirmation", to_address="delta@example.se",
                        subject="Tack för din anmälan", body_text="Hej", sent_at=now,
                        event_type="registration.created", template_version=0,
                        recipient_kind="participant",
                    ),
                    SmsOutbox(
                        **common, kind="round.starts_soon", to_number="+46705550001", body="Kurs",
                        sent_at=now, event_type="round.starts_soon", template_version=0,
                        recipient_kind="participant", delivery_status="delivered",
                        delivered_at=now + timedelta(minutes=1),
                    ),
                    SmsOutbox(
                        **common, kind="round.starts_soon", to_number="+46705550002", body="Kurs",
                        sent_at=now, event_type="round.starts_soon", template_version=0,
                        recipient_kind="participant", delivery_status="failed",
                        delivery_detail=FORMULA, delivered_at=now + timedelta(minutes=1),
                    ),
                ]
            )  # fmt: skip
            s.execute(
                update(PersonEmail)
                .where(PersonEmail.person_id == person_id)
                .values(bounced_at=now + timedelta(hours=1), bounce_detail="550 Unknown user")
            )
    finally:
        db.dispose()


@pytest.fixture
def notified(server_db_url: str) -> Iterator[str]:
    live = in_thread(lambda: LiveServer(server_db_url, env={"KANSLI_RUN_WORKER": "0"}).start())
    try:
        in_thread(add_account, server_db_url, tenant="acme", email=ADMIN, roles=("admin",))
        in_thread(_notify_records, live.url, server_db_url)
        yield live.url
    finally:
        in_thread(live.stop)


def test_each_recipient_shows_event_template_version_and_outcome(
    qtbot, notified: str, settings: Settings, tmp_path: Path
) -> None:
    with signed_in(notified, ADMIN, PASSWORD, tmp_path / "admin.db", settings) as (ctx, _s):
        window = _open(qtbot, ctx)
        window.resize(1366, 700)
        rows = {r["recipient"]: r for r in _shown(window)}
        contact = rows["kim.kontakt@kund.example"]
        assert contact["template"] == "Beställning mottagen (version 2)"
        assert contact["recipient_kind"] == "Contact (notification recipient)"
        assert contact["status"] == "Bounced" and contact["answer"] == "550 Unknown user"
        assert contact["event"].startswith("An agent order")
        participant = rows["delta@example.se"]
        assert participant["template"] == "Shipped default"
        assert (participant["recipient_kind"], participant["status"]) == ("Participant", "Sent")
        assert rows["+46705550001"]["status"] == "Delivered" and rows["+46705550001"]["done_at"]
        assert rows["+46705550002"]["status"] == "Failed"
        assert rows["+46705550002"]["answer"] == FORMULA
        bounced = next(
            r
            for r in range(window.model.rowCount())
            if window.model.row_at(r)["status"] == "bounced"
        )
        assert window.model.index(bounced, 0).data(Qt.ItemDataRole.ForegroundRole) is not None

        # The template filter offers the synced templates; choosing it asks the server.
        qtbot.waitUntil(lambda: window.template.count() == 2, timeout=10_000)
        assert window.template.itemText(1) == "Beställning mottagen · sv"
        window.template.setFocus()
        with qtbot.waitSignal(window.refreshed, timeout=15_000):
            qtbot.keyClick(window.template, Qt.Key.Key_Down)
        assert [r["recipient"] for r in _shown(window)] == ["kim.kontakt@kund.example"]
        window.template.setCurrentIndex(0)
        # The event filter, by keyboard: typing finds the event in the list.
        event = window.event_type
        index = event.findData("round.starts_soon")
        assert index > 0 and event.itemText(index).startswith("A course round starts")
        event.setFocus()
        with qtbot.waitSignal(window.refreshed, timeout=15_000):
            event.setCurrentIndex(index - 1)
            qtbot.keyClick(event, Qt.Key.Key_Down)
        assert sorted(r["recipient"] for r in _shown(window)) == ["+46705550001", "+46705550002"]
        # ... with the status: Delivered.
        window.status.setFocus()
        with qtbot.waitSignal(window.refreshed, timeout=15_000):
            window.status.setCurrentIndex(window.status.findData("sent"))
            qtbot.keyClick(window.status, Qt.Key.Key_Down)
        assert [r["recipient"] for r in _shown(window)] == ["+46705550001"]

        # The recipient, typed: a part of the number, asked of the server.
        window.status.setCurrentIndex(0)
        window.event_type.setCurrentIndex(0)
        window.recipient.setFocus()
        qtbot.keyClicks(window.recipient, "5550002")
        with qtbot.waitSignal(window.refreshed, timeout=15_000):
            qtbot.keyClick(window.recipient, Qt.Key.Key_Return)
        assert [r["recipient"] for r in _shown(window)] == ["+46705550002"]
        assert window.matching == 1
        window.recipient.clear()

        # Export to Excel: the answer that looks like a formula is text, not a formula.
        with qtbot.waitSignal(window.refreshed, timeout=15_000):
            window.refresh()
        assert window.model.rowCount() == 4
        target = tmp_path / "uppfoljning.xlsx"
        window.export(target)
        qtbot.waitUntil(lambda: "exported" in window.message.text(), timeout=15_000)
        sheet = openpyxl.load_workbook(target).active
        assert sheet is not None
        cells = [[c.value for c in row] for row in sheet.iter_rows()]
        assert cells[0][:5] == ["Queued", "Event", "Template", "Recipient as", "Recipient"]
        found = [c for row in cells for c in row if isinstance(c, str) and "HYPERLINK" in c]
        assert found and all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
        assert any("version 2" in str(c) for row in cells for c in row)
