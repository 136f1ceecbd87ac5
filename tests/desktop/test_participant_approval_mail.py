"""A failed approval request shows on the registration (issue 16): the participants
detail pane asks the real server (over HTTP, SQLite and PostgreSQL) how the
registration's approval mail went; a mail the SMTP server (aiosmtpd) refused with 550
says so with the answer, and "Send again…" opens the request dialog for it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.participants.detail import RegistrationDetailPane
from desktop.participants.dialogs import RequestApprovalDialog
from desktop.participants.view import ParticipantsView
from desktop.settings import Settings
from server.services.database import Database
from server.services.mail import MailWorker
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


def test_only_administrators_are_told(qtbot, server, settings: Settings, tmp_path: Path) -> None:
    """The delivery records are the administrators': a course administrator's pane shows
    no mail row (and asks nothing the server would refuse)."""
    url, regs = server
    with signed_in(url, COURSE_ADMIN, PASSWORD, tmp_path / "ca.db", settings) as (ctx, _s):
        pane = RegistrationDetailPane(ctx)
        qtbot.addWidget(pane)
        assert _shown(qtbot, pane, regs["refused"]) == ""
        assert pane.approval_mail is None
