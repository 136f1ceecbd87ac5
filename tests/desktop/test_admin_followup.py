"""Administration › Notification follow-up against the real server over HTTP (SQLite
file and PostgreSQL): mails the server's worker sent to a real SMTP server (aiosmtpd),
one refused with 550, and an SMS the gateway refused, listed with their status and
answer; filtered by keyboard, a detail opened with the mouse, exported. Offline and
without a server it says so; the menu entry is for administrators only.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.admin.followup import NotificationDialog, NotificationFollowUpWindow
from desktop.mainwindow import MainWindow
from desktop.settings import Settings
from devtools.client_data import fill
from models.ids import new_id, utcnow
from models.tenancy import Role, Tenant
from server.services.database import Database
from server.services.mail import MailWorker, queue_mail
from server.tables import SmsOutbox
from tests.desktop.conftest import make_ctx, make_window
from tests.desktop.live_web import in_thread, signed_in
from tests.server.conftest import api_settings
from tests.server.smtp import Recorder, SmtpServer
from tests.utils.servers import LiveServer, add_account

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
        assert failed["kind"] == "Approval request to a manager" and failed["channel"] == "E-mail"
        assert failed["attempts"] == "1" and failed["sent_at"] == ""
        sent = rows["chef.ett@firma.example"]
        assert sent["status"] == "Sent" and sent["answer"] == "" and sent["sent_at"]
        sms = rows["+46701112233"]
        assert (sms["channel"], sms["kind"], sms["status"]) == (
            "SMS",
            "Signing code (SMS)",
            "Failed",
        )
        assert sms["answer"] == "400 Invalid to number"

        # Keyboard: the status filter (asked of the server) to Failed.
        window.status.setFocus()
        options = [window.status.itemText(i) for i in range(window.status.count())]
        assert options == ["Any", "Queued", "Sending", "Sent", "Failed"]
        with qtbot.waitSignal(window.refreshed, timeout=15_000):
            qtbot.keyClick(window.status, Qt.Key.Key_End)
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
        assert lines[0][:4] == ["Queued", "Channel", "Kind", "Recipient"]
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
