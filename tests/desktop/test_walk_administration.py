"""The walk of issue 15's "Done means", end to end: from an empty tenant, only through the
desktop's widgets (keyboard and mouse on the real windows), a real server over HTTP in a
subprocess with its mail worker, and a real SMTP server (aiosmtpd) receiving the mail.

Staff create a course, a round with 2 seats and a sign-up form with an approving-manager
element requiring confirmation by e-mail, and publish it. Three people sign up through
the public page (the third goes on the waiting list); staff cancel one at the desktop; the
third gets the offer by mail and accepts through its link; the managers get their
requests by mail and approve through their links; each manager's profile at the desktop
shows the requests and approvals after a sync, as the manager of whom.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import date, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView

from desktop.courses.dialogs import CourseDialog, RoundDialog
from desktop.courses.form_dialogs import FormTextsDialog
from desktop.courses.form_editor import FormEditor
from desktop.participants.query import ParticipantRow
from desktop.participants.view import ParticipantsView
from tests.desktop.test_alumni_live import Desktop
from tests.desktop.test_alumni_queue import in_dialog
from tests.desktop.test_course_dialogs import type_fields
from tests.desktop.test_form_editor import add_question, key, labels, new_dialog
from tests.e2e import conftest as e2e
from tests.server.smtp import SmtpServer
from tests.sync.helpers import new_account
from tests.utils.servers import LiveServer, free_port

COURSE, ROUND = "Projektledning", "Projektledning HT27"
HEADING = "Anmalan till Projektledning HT27"
KARIN, LARS = "karin.chef@firma.se", "lars.lind@firma.se"
#: Who signs up (first name, last name, e-mail) and the manager each names (name, e-mail):
#: Anna and Cia name the same manager (Cia in capitals), who must be one person, not two.
SIGN_UPS = (
    ("Anna", "Ek", "anna.ek@firma.se", "Karin Chef", KARIN),
    ("Bo", "Berg", "bo.berg@firma.se", "Lars Lind", LARS),
    ("Cia", "Dahl", "cia.dahl@firma.se", "Karin Chef", KARIN.upper()),
)


#: The end-to-end tests' SMTP server (aiosmtpd), one for the module.
smtp = e2e.smtp


@pytest.fixture(scope="module")
def server(smtp: SmtpServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """``python -m server serve`` on a SQLite file, its mail worker delivering to ``smtp``."""
    port = free_port()
    path = tmp_path_factory.mktemp("walk") / "server.db"
    live = LiveServer(f"sqlite:///{path}", port=port, env=e2e.mailing_env(smtp, port)).start()
    try:
        yield live
    finally:
        live.stop()


# -- the public side: a browser and a mailbox --------------------------------------------


def mails(smtp: SmtpServer, address: str) -> list[EmailMessage]:
    return [m for m in smtp.messages if m["To"] == address]


def body(mail: EmailMessage) -> str:
    return str(mail.get_content()).replace("\r\n", "\n")


def link(mail: EmailMessage, server: LiveServer, kind: str) -> str:
    found = re.search(rf"{re.escape(server.url)}/{kind}/[A-Za-z0-9_-]{{20,}}", body(mail))
    assert found, body(mail)
    return found.group(0)


def hidden(page: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', page)
    assert found, f"no hidden input {name}"
    return html.unescape(found.group(1))


def inputs(page: str) -> dict[str, str]:
    """The sign-up page's inputs by what they ask: first, last, email, manager name and
    manager e-mail (as a browser's autofill tells them apart)."""
    found: dict[str, str] = {}
    for tag in re.findall(r"<input [^>]*>", page):
        name = re.search(r'name="([^"]+)"', tag)
        auto = re.search(r'autocomplete="([^"]+)"', tag)
        if name is None or name.group(1) == "csrf_token":
            continue
        key = {"given-name": "first", "family-name": "last", "email": "email"}.get(
            auto.group(1) if auto else ""
        ) or ("manager_name" if name.group(1).endswith("_name") else "manager_email")
        found[key] = name.group(1)
    return found


def sign_up(form_url: str, first: str, last: str, email: str, boss: str, boss_email: str) -> str:
    """Fill in and send the public form as a browser does; the page it answers with."""
    browser = requests.Session()
    page = browser.get(form_url, timeout=10)
    assert page.status_code == 200, page.text
    names = inputs(page.text)
    values = {"first": first, "last": last, "email": email}
    values |= {"manager_name": boss, "manager_email": boss_email}
    sent = browser.post(
        form_url,
        data={"csrf_token": hidden(page.text, "csrf_token")}
        | {names[key]: value for key, value in values.items()},
        timeout=30,
    )
    assert sent.status_code == 200, sent.text
    return sent.text


def approve(url: str) -> None:
    """The manager opens the link, ticks both boxes and sends."""
    page = requests.get(url, timeout=10)
    assert page.status_code == 200, page.text
    fields = {
        "csrf_token": hidden(page.text, "csrf_token"),
        "terms_version": hidden(page.text, "terms_version"),
        "accept_terms": "yes",
        "accept_personal_data": "yes",
    }
    done = requests.post(url, data=fields, timeout=30)
    assert done.status_code == 200 and "You approved the registration" in done.text, done.text


def accept_offer(url: str) -> None:
    browser = requests.Session()
    page = browser.get(url, timeout=10)
    assert page.status_code == 200, page.text
    done = browser.post(
        url, data={"csrf_token": hidden(page.text, "csrf_token"), "answer": "accept"}, timeout=30
    )
    assert done.status_code == 200 and "You have a place" in done.text, done.text


# -- the desktop side: mouse and keyboard ------------------------------------------------


def click_row(qtbot, table: QTableView, row: int, *, double: bool = False) -> None:  # type: ignore[no-untyped-def]
    index = table.model().index(row, 0)
    table.scrollTo(index)
    where = table.visualRect(index).center()
    table.window().activateWindow()
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    if double:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)


def listed(view: ParticipantsView) -> dict[str, tuple[int, ParticipantRow]]:
    """The rows the list has loaded, by participant: (row number, row). Asking for a row
    not loaded yet (or out of date) starts its load."""
    rows = [(i, view.model.row(i)) for i in range(view.model.rowCount())]
    return {row.participant_name: (i, row) for i, row in rows if row is not None}


def test_walk_from_an_empty_tenant_to_the_managers_profiles(
    qtbot, gui_guard, server: LiveServer, smtp: SmtpServer, tmp_path: Path, settings
) -> None:
    with gui_guard.allowed():
        account = new_account(server.db_url, roles=("course_admin",))
    desk = Desktop(qtbot, gui_guard, server.url, account, tmp_path / "walk.db", settings)
    window = desk.window

    def synced() -> None:
        window.sync_now()
        qtbot.waitUntil(
            lambda: (
                desk.ctx.ops.idle
                and desk.bridge.status.status == "online"
                and desk.bridge.status.pending == 0
            ),
            timeout=20_000,
        )

    def mail_count(address: str, count: int) -> list[EmailMessage]:
        qtbot.waitUntil(lambda: len(mails(smtp, address)) >= count, timeout=20_000)
        return mails(smtp, address)

    try:
        # A course and a round with two seats, through their dialogs.
        window.show_tab("courses")
        courses = window.courses
        qtbot.waitUntil(lambda: courses.loaded)
        assert courses.courses.rowCount() == 0  # an empty tenant
        qtbot.mouseClick(courses.new_course_button, Qt.MouseButton.LeftButton)
        assert isinstance(courses.last_dialog, CourseDialog)
        type_fields(qtbot, courses.last_dialog, COURSE, "PL1", "Ledarskap")
        qtbot.waitUntil(lambda: courses.courses.rowCount() == 1)
        click_row(qtbot, courses.course_table, 0)
        qtbot.waitUntil(courses.new_round_button.isEnabled)
        qtbot.mouseClick(courses.new_round_button, Qt.MouseButton.LeftButton)
        dialog = courses.last_dialog
        assert isinstance(dialog, RoundDialog)
        starts = date.today() + timedelta(days=60)
        ends = (starts + timedelta(days=1)).isoformat()
        type_fields(qtbot, dialog, ROUND, "HT2027", starts.isoformat(), ends, "Uppsala", "2")
        qtbot.waitUntil(lambda: courses.rounds.rowCount() == 1)
        round_id = dialog.round_id
        click_row(qtbot, courses.round_table, 0, double=True)
        qtbot.waitUntil(lambda: round_id in window.round_pages)
        page = window.round_pages[round_id]

        # The sign-up form in its editor: a heading, the approving manager confirming by
        # e-mail (the page asks for the name and e-mail itself), published.
        qtbot.mouseClick(page.form_button, Qt.MouseButton.LeftButton)
        editor = page.last_dialog
        assert isinstance(editor, FormEditor)
        qtbot.waitUntil(lambda: editor.loaded)
        texts = new_dialog(qtbot, editor, editor.create_button, FormTextsDialog)
        in_dialog(qtbot, texts, HEADING)
        qtbot.waitUntil(lambda: editor.state is not None and editor.state.form is not None)
        manager = add_question(qtbot, editor, "Appr", "Godkannande chef", required=True)
        key(qtbot, Qt.Key.Key_Tab)
        key(qtbot, Qt.Key.Key_Space)  # Require confirmation by e-mail
        assert manager.confirm.isChecked()
        key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: labels(editor) == ["Godkannande chef"])
        qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: editor.publish_button.text() == "Unpublish")
        form_id = editor.state.form_id  # type: ignore[union-attr]
        editor.close()
        synced()

        # Three sign-ups on the public page: two places, then the waiting list.
        form_url = f"{server.url}/signup/{form_id}"
        with gui_guard.allowed():  # a browser, not the desktop
            answers = [sign_up(form_url, *person) for person in SIGN_UPS]
        assert "waiting list" not in answers[1] and "waiting list" in answers[2]
        assert len(mail_count(KARIN, 2)) == 2
        [lars_request] = mail_count(LARS, 1)
        assert lars_request["Subject"] == f"Please approve Bo Berg's registration for {COURSE}"
        with gui_guard.allowed():
            approve(link(lars_request, server, "approve"))

        # At the desktop: the three registrations after a sync; Bo's is cancelled.
        participants = page.participants
        synced()
        qtbot.waitUntil(lambda: len(listed(participants)) == 3, timeout=20_000)
        click_row(qtbot, participants.table, listed(participants)["Bo Berg"][0])
        qtbot.waitUntil(participants.act_cancel.isEnabled)
        qtbot.keyClick(participants.table, Qt.Key.Key_Delete)
        qtbot.waitUntil(lambda: isinstance(participants.last_dialog, QMessageBox))
        box = participants.last_dialog
        assert isinstance(box, QMessageBox) and "Bo Berg" in box.text()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: desk.bridge.status.pending == 1)
        synced()

        # Cia, first on the waiting list, is offered the place and takes it.
        offer = next(m for m in mail_count("cia.dahl@firma.se", 2) if "/offer/" in body(m))
        with gui_guard.allowed():
            accept_offer(link(offer, server, "offer"))

        # Karin approves both of hers, each through its own link.
        for request in mail_count(KARIN, 2):
            with gui_guard.allowed():
                approve(link(request, server, "approve"))

        # Each manager's profile at the desktop, opened from the list (Ctrl+Return).
        synced()
        shown: dict[str, list[tuple[str, str]]] = {}
        for participant, manager in (("Anna Ek", "Karin Chef"), ("Bo Berg", "Lars Lind")):

            def approved(p: str = participant) -> bool:
                row = listed(participants).get(p)
                return row is not None and row[1].approved_at is not None

            qtbot.waitUntil(approved, timeout=20_000)
            click_row(qtbot, participants.table, listed(participants)[participant][0])
            qtbot.waitUntil(participants.act_open_manager.isEnabled)
            current = participants.current_row()
            assert current is not None and current.manager_id
            manager_id = current.manager_id
            qtbot.keyClick(
                participants.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
            )
            qtbot.waitUntil(lambda m=manager_id: m in window.profiles)
            profile = window.profiles[manager_id]
            qtbot.waitUntil(lambda pr=profile: pr.loaded)
            assert profile.windowTitle() == manager
            model = profile.activity_table.model()
            shown[manager] = sorted(
                (model.index(r, 1).data(), model.index(r, 2).data())
                for r in range(model.rowCount())
            )
            profile.close()

        assert shown == {
            "Karin Chef": [
                ("Approval requested", f"As manager of Anna Ek ({ROUND})"),
                ("Approval requested", f"As manager of Cia Dahl ({ROUND})"),
                ("Registration approved", f"As manager of Anna Ek ({ROUND})"),
                ("Registration approved", f"As manager of Cia Dahl ({ROUND})"),
            ],
            "Lars Lind": [
                ("Approval requested", f"As manager of Bo Berg ({ROUND})"),
                ("Registration approved", f"As manager of Bo Berg ({ROUND})"),
            ],
        }
        statuses = {name: row.status for name, (_, row) in listed(participants).items()}
        assert statuses == {
            "Anna Ek": "registered",
            "Bo Berg": "cancelled",
            "Cia Dahl": "registered",
        }
    finally:
        desk.close(gui_guard)
