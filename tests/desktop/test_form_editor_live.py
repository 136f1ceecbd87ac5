"""A sign-up form built in the desktop's editor while offline, then synced to the real
server (a subprocess over real HTTP, behind a proxy that cuts the connection): the
public page shows the questions in the editor's order, and the editor's preview is the
server's page."""

from __future__ import annotations

import re
from pathlib import Path

import requests
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop.courses.form_dialogs import ElementDialog, FormTextsDialog
from desktop.courses.form_editor import FormEditor
from desktop.courses.round_page import RoundPage
from models.courses import Course, CourseRound
from tests.desktop import test_alumni_live
from tests.desktop.test_alumni_live import Desktop
from tests.desktop.test_alumni_queue import in_dialog
from tests.desktop.test_form_editor import add_question, key, labels, new_dialog
from tests.sync.helpers import new_account, server_session
from tests.utils.servers import LiveServer
from tests.utils.tcp_proxy import TcpProxy

#: A live server of this module's own (the fixture of the Alumni queue's live tests).
server = test_alumni_live.server


def _round(db_url: str, tenant_id: str) -> str:
    with server_session(db_url) as s:
        course = Course(tenant_id=tenant_id, code="LED1", name="Ledarskap")
        s.add(course)
        s.flush()
        round_ = CourseRound(tenant_id=tenant_id, course_id=course.id, name="Ledarskap HT27")
        s.add(round_)
        s.flush()
        return round_.id


def test_a_form_built_offline_is_the_public_page_once_synced(
    qtbot, gui_guard, server: LiveServer, tmp_path: Path, settings
) -> None:
    with gui_guard.allowed():
        account = new_account(server.db_url, roles=("course_admin",))
        round_id = _round(server.db_url, account.tenant_id)
    proxy = TcpProxy(server.port).start()
    desk = Desktop(qtbot, gui_guard, proxy.url, account, tmp_path / "a.db", settings)
    try:
        page = RoundPage(desk.ctx, round_id)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.loaded)
        proxy.refuse = True
        proxy.cut_all()
        desk.window.sync_now()
        qtbot.waitUntil(lambda: desk.bridge.status.status == "offline", timeout=10_000)

        qtbot.mouseClick(page.form_button, Qt.MouseButton.LeftButton)
        editor = page.last_dialog
        assert isinstance(editor, FormEditor)
        qtbot.waitUntil(lambda: editor.loaded)
        texts = new_dialog(qtbot, editor, editor.create_button, FormTextsDialog)
        in_dialog(qtbot, texts, "Anmalan till Ledarskap")
        qtbot.waitUntil(lambda: editor.state is not None and editor.state.form is not None)
        form_id = editor.state.form_id  # type: ignore[union-attr]
        add_question(qtbot, editor, "Te", "Allergier")
        key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: labels(editor) == ["Allergier"])
        manager: ElementDialog = add_question(
            qtbot, editor, "Appr", "Godkannande chef", required=True
        )
        key(qtbot, Qt.Key.Key_Tab)
        key(qtbot, Qt.Key.Key_Space)  # Require confirmation by e-mail
        assert manager.confirm.isChecked()
        key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: labels(editor) == ["Allergier", "Godkannande chef"])
        editor.element_table.selectRow(1)
        qtbot.mouseClick(editor.move_up_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: labels(editor) == ["Godkannande chef", "Allergier"])
        # A day asked for; the text question renamed (a field edit of the question).
        add_question(qtbot, editor, "Da", "Startdatum")
        key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(labels(editor)) == 3)
        editor.element_table.selectRow(1)
        qtbot.mouseClick(editor.edit_element_button, Qt.MouseButton.LeftButton)
        edit = editor.last_dialog
        assert isinstance(edit, ElementDialog) and edit.shown is not None
        qtbot.waitUntil(lambda: edit.isActiveWindow() and edit.label.hasFocus())
        qtbot.keyClick(edit.label, Qt.Key.Key_End)  # after the text it shows
        in_dialog(qtbot, edit, " och kost")
        qtbot.waitUntil(lambda: labels(editor)[1] == "Allergier och kost")
        qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: editor.publish_button.text() == "Unpublish")
        # Offline the preview says it needs the server.
        qtbot.waitUntil(lambda: editor.preview.state == "offline")
        with gui_guard.allowed():
            names = [e.name for e in desk.store.outbox()]
        assert names == [
            "signup_form.set",
            "form_element.add",
            "form_element.add",
            "form_element.move",
            "form_element.add",
            "form_element.edit",
            "signup_form.set",
        ]

        proxy.refuse = False
        desk.window.sync_now()
        qtbot.waitUntil(
            lambda: desk.bridge.status.status == "online" and desk.bridge.status.pending == 0,
            timeout=20_000,
        )
        with gui_guard.allowed():
            public = requests.get(f"{server.url}/signup/{form_id}", timeout=10)
        assert public.status_code == 200
        assert "Anmalan till Ledarskap" in public.text
        found = re.findall(r"Godkannande chef|Allergier och kost|Startdatum", public.text)
        assert found[:3] == ["Godkannande chef", "Allergier och kost", "Startdatum"]
        assert 'type="date"' in public.text
        assert "Your manager gets an e-mail asking them to approve" in public.text
        assert editor.public_url() == f"{proxy.url}/signup/{form_id}"
        assert editor.copy_link_button.isEnabled() and editor.show_button.isEnabled()
        qtbot.mouseClick(editor.copy_link_button, Qt.MouseButton.LeftButton)
        assert QGuiApplication.clipboard().text() == editor.public_url()

        # Back online, the preview is the server's staff page of this form.
        qtbot.waitUntil(lambda: editor.preview.state == "web", timeout=20_000)
        qtbot.waitUntil(
            lambda: editor.preview.web.url().path() == f"/staff/preview/signup/{form_id}",
            timeout=20_000,
        )
        qtbot.waitUntil(
            lambda: editor.preview.web.title() == "Anmalan till Ledarskap", timeout=20_000
        )
    finally:
        desk.close(gui_guard)
        proxy.stop()
