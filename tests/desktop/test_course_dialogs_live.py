"""Courses and rounds created and edited in the desktop while offline, then synced to the
real server (a subprocess over real HTTP, behind a proxy that cuts the connection)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.courses.dialogs import CourseDialog, RoundDialog
from models.courses import Course, CourseRound
from tests.desktop import test_alumni_live
from tests.desktop.test_alumni_live import Desktop
from tests.desktop.test_alumni_queue import in_dialog
from tests.desktop.test_course_dialogs import type_fields
from tests.sync.helpers import new_account, server_session
from tests.utils.servers import LiveServer
from tests.utils.tcp_proxy import TcpProxy

#: A live server of this module's own (the fixture of the Alumni queue's live tests).
server = test_alumni_live.server


def test_a_course_and_round_made_offline_reach_the_server_when_back_online(
    qtbot, gui_guard, server: LiveServer, tmp_path: Path, settings
) -> None:
    with gui_guard.allowed():
        account = new_account(server.db_url, roles=("course_admin",))
    proxy = TcpProxy(server.port).start()
    desk = Desktop(qtbot, gui_guard, proxy.url, account, tmp_path / "a.db", settings)
    window = desk.window
    try:
        window.show_tab("courses")
        view = window.courses
        qtbot.waitUntil(lambda: view.loaded)
        proxy.refuse = True
        proxy.cut_all()
        window.sync_now()
        qtbot.waitUntil(lambda: desk.bridge.status.status == "offline", timeout=10_000)

        qtbot.mouseClick(view.new_course_button, Qt.MouseButton.LeftButton)
        dialog = view.last_dialog
        assert isinstance(dialog, CourseDialog)
        type_fields(qtbot, dialog, "Forhandling", "FH1", "Ledarskap")
        qtbot.waitUntil(lambda: view.courses.rowCount() == 1)
        view.course_table.selectRow(0)
        qtbot.waitUntil(lambda: view.new_round_button.isEnabled())
        qtbot.mouseClick(view.new_round_button, Qt.MouseButton.LeftButton)
        dialog = view.last_dialog
        assert isinstance(dialog, RoundDialog)
        type_fields(qtbot, dialog, "Forhandling HT27", "HT2027", "2027-09-01", "2027-09-02")
        qtbot.waitUntil(lambda: view.rounds.rowCount() == 1)
        view.round_table.selectRow(0)
        qtbot.mouseClick(view.edit_round_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.last_dialog is not dialog)
        edit = view.last_dialog
        assert isinstance(edit, RoundDialog)
        edit.price.setFocus()
        in_dialog(qtbot, edit, "3 200")
        with gui_guard.allowed():
            qtbot.waitUntil(lambda: desk.store.pending_count() == 3)
            names = [e.name for e in desk.store.outbox()]
        assert names == ["course.create", "round.create", "round.edit"]

        proxy.refuse = False
        window.sync_now()
        qtbot.waitUntil(
            lambda: desk.bridge.status.status == "online" and desk.bridge.status.pending == 0,
            timeout=20_000,
        )
        with gui_guard.allowed(), server_session(server.db_url) as s:
            course = s.scalars(select(Course).where(Course.tenant_id == account.tenant_id)).one()
            round_ = s.scalars(select(CourseRound).where(CourseRound.course_id == course.id)).one()
            assert (course.name, course.code, course.category) == (
                "Forhandling",
                "FH1",
                "Ledarskap",
            )
            assert (round_.term, round_.price_ore, str(round_.starts_on)) == (
                "HT2027",
                320_000,
                "2027-09-01",
            )
    finally:
        desk.close(gui_guard)
        proxy.stop()
