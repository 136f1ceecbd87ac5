"""A failed approval request shows on the registration (issue 16): the participants
detail pane asks the real server (over HTTP, SQLite and PostgreSQL) how the
registration's approval mail went; a mail the SMTP server (aiosmtpd) refused with 550
says so with the answer, and "Send again…" opens the request dialog for it. The list
itself marks the registration "Request failed" (one question for every row), and its
context menu sends the request again once the manager's address is corrected."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu
from sqlalchemy import select

from desktop.participants.approval_failures import approval_failures
from desktop.participants.detail import RegistrationDetailPane
from desktop.participants.dialogs import RequestApprovalDialog
from desktop.participants.view import ParticipantsView
from desktop.settings import Settings
from server.services.database import Database
from server.services.mail import MailWorker
from server.tables import MailOutbox
from tests.desktop.live_web import in_thread, signed_in
from tests.desktop.test_admin_followup import REFUSED, RefusingRecorder
from tests.server.conftest import api_settings
from tests.server.helpers import cmd, registrations_awaiting_approval
from tests.server.smtp import SmtpServer
from tests.utils.servers import LiveServer, add_account, login

PASSWORD = "correct horse battery"
ADMIN = "anna.admin@acme.example"
COURSE_ADMIN = "kurt.kurs@acme.example"


def _prepare(url: str, db_url: str) -> dict[str, str]:
    """Two registrations whose approval was requested: one manager's server refuses the
    mail (550), the other's takes it."""
    admin = login(url, {"email": ADMIN, "password": PASSWORD, "tenant": "acme"})

    def push(commands: list[dict[str, Any]]) -> list[dict[str, Any]]:
        resp = admin.post(f"{url}/api/v1/sync/push", json={"commands": commands}, timeout=30)
        assert resp.status_code == 200, resp.text
        results: list[dict[str, Any]] = resp.json()["results"]
        assert all(r["status"] == "applied" for r in results), results
        return results

    [refused] = registrations_awaiting_approval(push, 1, manager_email="okand.chef@firma.example")
    [taken] = registrations_awaiting_approval(push, 1, manager_email="chef.ett@firma.example")
    push([cmd("registration.request_approval", registration_id=r) for r in (refused, taken)])
    smtp = SmtpServer()
    smtp.recorder = RefusingRecorder()
    smtp.start()
    db = Database(db_url)
    try:
        result = MailWorker(db, api_settings(db_url, smtp_port=smtp.port)).run_once()
        assert (result.sent, result.failed) == (1, 1)
    finally:
        db.dispose()
        smtp.stop()
    return {"refused": refused, "taken": taken}


@pytest.fixture
def server(server_db_url: str) -> Iterator[tuple[str, dict[str, str]]]:
    live = in_thread(lambda: LiveServer(server_db_url, env={"KANSLI_RUN_WORKER": "0"}).start())
    try:
        in_thread(add_account, server_db_url, tenant="acme", email=ADMIN, roles=("admin",))
        in_thread(
            add_account, server_db_url, tenant="acme", email=COURSE_ADMIN, roles=("course_admin",)
        )
        yield live.url, in_thread(_prepare, live.url, server_db_url)
    finally:
        in_thread(live.stop)


def _shown(qtbot, pane: RegistrationDetailPane, registration_id: str) -> str:  # type: ignore[no-untyped-def]
    """What the pane's approval mail row says once the server answered ("" : hidden)."""
    pane.show_registration(registration_id)
    qtbot.waitUntil(lambda: pane.mail_checked_for == registration_id, timeout=15_000)
    label = pane.labels["approval_mail"]
    # (without the zero-width spaces that let a long address wrap)
    return label.text().replace("\u200b", "") if pane.form.isRowVisible(label) else ""


def test_a_failed_approval_mail_shows_with_send_again(
    qtbot, server, settings: Settings, tmp_path: Path
) -> None:
    url, regs = server
    with signed_in(url, ADMIN, PASSWORD, tmp_path / "admin.db", settings) as (ctx, _s):
        pane = RegistrationDetailPane(ctx)
        qtbot.addWidget(pane)
        text = _shown(qtbot, pane, regs["refused"])
        assert f"Failed: {REFUSED.replace('<', '&lt;').replace('>', '&gt;')}" in text
        assert '<a href="resend:">Send again…</a>' in text
        mail = pane.approval_mail
        assert mail is not None and mail.status == "failed" and mail.answer == REFUSED
        # The link (what a click on it emits) asks to send again for this registration ...
        with qtbot.waitSignal(pane.resend_requested, timeout=5_000) as asked:
            pane.labels["approval_mail"].linkActivated.emit("resend:")
        assert asked.args == [regs["refused"]]
        # ... which the participants list answers with its request dialog for it.
        view = ParticipantsView(ctx)
        qtbot.addWidget(view)
        view.detail.resend_requested.emit(regs["refused"])
        dialog = view.last_dialog
        assert isinstance(dialog, RequestApprovalDialog) and dialog.ids == [regs["refused"]]
        dialog.reject()
        # A mail the manager's server took: sent, no Send again.
        text = _shown(qtbot, pane, regs["taken"])
        assert text.startswith("Sent ") and "resend:" not in text


def test_a_course_administrator_is_told_without_the_records(
    qtbot, server, settings: Settings, tmp_path: Path
) -> None:
    """The delivery records are the administrators': a course administrator's pane reads
    none (no /mail request), yet shows the failed request from the session's list of
    failed requests, with Send again…; the request that went out shows no row."""
    url, regs = server
    with signed_in(url, COURSE_ADMIN, PASSWORD, tmp_path / "ca.db", settings) as (ctx, _s):
        pane = RegistrationDetailPane(ctx)
        qtbot.addWidget(pane)
        failures = approval_failures(ctx)
        qtbot.waitUntil(lambda: failures.answers >= 1, timeout=15_000)
        text = _shown(qtbot, pane, regs["refused"])
        assert f"Failed: {REFUSED.replace('<', '&lt;').replace('>', '&gt;')}" in text
        assert '<a href="resend:">Send again…</a>' in text
        assert pane.approval_mail is None  # (no delivery record was read)
        assert _shown(qtbot, pane, regs["taken"]) == ""


def _request_mails(db_url: str, registration_id: str) -> list[tuple[str, str]]:
    """(address, status) of the registration's approval mails on the server, oldest first."""
    db = Database(db_url)
    try:
        with db.sessions() as s:
            rows = s.execute(
                select(MailOutbox.to_address, MailOutbox.status)
                .where(MailOutbox.related_id == registration_id)
                .order_by(MailOutbox.created_at, MailOutbox.id)
            ).all()
            return [(r[0], r[1]) for r in rows]
    finally:
        db.dispose()


def _correct_address(url: str, manager_id: str) -> None:
    """An administrator gives the manager a new main address (on the server)."""
    admin = login(url, {"email": ADMIN, "password": PASSWORD, "tenant": "acme"})
    fixed = cmd(
        "person.add_email",
        person_id=manager_id,
        address="karin.chef@firma.example",
        make_primary=True,
    )
    resp = admin.post(f"{url}/api/v1/sync/push", json={"commands": [fixed]}, timeout=30)
    assert resp.json()["results"][0]["status"] == "applied", resp.text


def test_the_list_marks_a_failed_request_and_sends_it_again(
    qtbot, server, server_db_url: str, settings: Settings, tmp_path: Path
) -> None:
    """A course administrator's list: the refused request says Request failed (icon, the
    SMTP answer as tooltip), the other still waits; after the manager's address is
    corrected, Send failed request again… in the row's context menu queues a new mail to
    the corrected address, and after the sync the row waits for approval again."""
    url, regs = server
    refused, taken = regs["refused"], regs["taken"]
    with signed_in(url, COURSE_ADMIN, PASSWORD, tmp_path / "ca.db", settings) as (ctx, _s):
        syncs: list[object] = []
        assert ctx.bridge is not None
        ctx.bridge.sync_finished.connect(syncs.append)
        view = ParticipantsView(ctx)
        qtbot.addWidget(view)
        view.resize(1366, 700)
        view.show()
        model, failures = view.model, view.model.failures
        assert failures is not None
        column = [c.key for c in model.source.columns].index("status")

        def cell(reg: str, role: int = Qt.ItemDataRole.DisplayRole) -> object:
            row = model.row_of(reg)
            return model.data(model.index(row, column), role) if row >= 0 else None

        qtbot.waitUntil(lambda: failures.answers >= 1 and model.rowCount() == 2, timeout=15_000)
        qtbot.waitUntil(lambda: cell(refused) == "Request failed", timeout=15_000)
        assert cell(taken) == "Waiting for approval"
        tip = str(cell(refused, Qt.ItemDataRole.ToolTipRole))
        assert REFUSED in tip and "could not be delivered" in tip
        icon = cell(refused, Qt.ItemDataRole.DecorationRole)
        assert isinstance(icon, QIcon) and not icon.isNull()
        assert cell(taken, Qt.ItemDataRole.DecorationRole) is None
        # One question for the whole list, shared by every list of the session (a round's
        # page too): no request per row.
        other = ParticipantsView(ctx)
        qtbot.addWidget(other)
        assert other.model.failures is failures and approval_failures(ctx) is failures
        qtbot.waitUntil(lambda: other.model.rowCount() == 2, timeout=10_000)
        assert failures.answers <= 1 + len(syncs)  # the first, and one after each sync
        # The status filter finds the failed requests (keyboard: the entry after Waiting).
        view.status.setCurrentIndex(view.status.findData("requested"))
        view.status.setFocus()
        qtbot.keyClick(view.status, Qt.Key.Key_Down)
        assert view.status.currentText() == "Approval request failed"
        qtbot.waitUntil(lambda: model.ids() == [refused], timeout=10_000)
        view.status.setCurrentIndex(0)
        view.status.activated.emit(0)
        qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10_000)
        # The export says what the list says.
        target = tmp_path / "deltagare.csv"
        done: list[int] = []
        view.export_op(target).success(done.append).run(ctx.ops)
        qtbot.waitUntil(lambda: done == [2], timeout=15_000)
        content = target.read_text(encoding="utf-8-sig")
        assert content.count("Request failed") == 1 and "Waiting for approval" in content
        # Someone corrects the manager's address on the server; the desktop syncs.
        row = model.cached_row(refused)
        assert row is not None and row.manager_id
        in_thread(_correct_address, url, row.manager_id)
        assert in_thread(ctx.engine.sync_once).rejected == 0
        # The row's context menu: Send failed request again…
        index = model.index(model.row_of(refused), 0)
        where = view.table.visualRect(index).center()
        view.activateWindow()
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.waitUntil(lambda: view.act_send_again.isEnabled(), timeout=10_000)
        view.table.customContextMenuRequested.emit(where)
        qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        assert view.act_send_again in menu.actions() and view.act_send_again.isVisible()
        qtbot.mouseClick(
            menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(view.act_send_again).center()
        )
        dialog = view.last_dialog
        assert isinstance(dialog, RequestApprovalDialog) and dialog.ids == [refused]
        # Not held back as a reminder too soon: the manager never got the first one.
        qtbot.waitUntil(lambda: dialog.send.isEnabled(), timeout=10_000)
        assert "could not be delivered" in str(dialog.model.rows[0]["what"])
        dialog.activateWindow()
        qtbot.mouseClick(dialog.send, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=10_000)
        # Queued here: the row waits for approval (pending), no longer failed.
        qtbot.waitUntil(lambda: cell(refused) == "Waiting for approval · pending", timeout=10_000)
        answers = failures.answers
        assert in_thread(ctx.engine.sync_once).rejected == 0
        # The sync's end asks the server again; the new request is queued, not failed.
        qtbot.waitUntil(lambda: failures.answers > answers, timeout=15_000)
        qtbot.waitUntil(lambda: cell(refused) == "Waiting for approval", timeout=10_000)
        assert refused not in failures.by_registration
        assert in_thread(_request_mails, server_db_url, refused) == [
            ("okand.chef@firma.example", "failed"),
            ("karin.chef@firma.example", "queued"),
        ]
