"""People and categories made in the desktop while offline, then synced to the real server
(a subprocess over real HTTP, behind a proxy that cuts the connection), issue 15: a category
made in Edit › Person categories, given to three selected participants at once, and a new
person made from the person picker (with the duplicate check against the local database)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.people.categories import CategoriesWindow, CategoryChoice, CategoryDialog
from desktop.people.picker import PersonPicker
from models import Category, Course, CourseRound, Person, PersonCategory, PersonEmail, Registration
from tests.desktop import test_alumni_live
from tests.desktop.test_alumni_live import Desktop
from tests.desktop.test_alumni_queue import in_dialog
from tests.desktop.test_participants_view import select_rows
from tests.sync.helpers import new_account, seed_people, server_session
from tests.utils.servers import LiveServer
from tests.utils.tcp_proxy import TcpProxy

#: A live server of this module's own (the fixture of the Alumni queue's live tests).
server = test_alumni_live.server


def _round_with(db_url: str, tenant_id: str, people: list[str]) -> None:
    with server_session(db_url) as s:
        course = Course(tenant_id=tenant_id, code="MEN1", name="Mentorskap")
        s.add(course)
        s.flush()
        round_ = CourseRound(
            tenant_id=tenant_id,
            course_id=course.id,
            name="Mentorskap HT27",
            starts_on=date(2027, 9, 1),
            seats=10,
        )
        s.add(round_)
        s.flush()
        for pid in people:
            s.add(Registration(tenant_id=tenant_id, round_id=round_.id, participant_id=pid))


def test_a_category_given_to_three_participants_and_a_new_person_made_offline_reach_the_server(
    qtbot, gui_guard, server: LiveServer, tmp_path: Path, settings
) -> None:
    with gui_guard.allowed():
        account = new_account(server.db_url, roles=("course_admin",))
        people = seed_people(server.db_url, account.tenant_id, 3)
        _round_with(server.db_url, account.tenant_id, people)
    proxy = TcpProxy(server.port).start()
    desk = Desktop(qtbot, gui_guard, proxy.url, account, tmp_path / "a.db", settings)
    window = desk.window
    try:
        window.show_tab("participants")
        view = window.participants
        qtbot.waitUntil(lambda: view.model.loaded and view.model.rowCount() == 3)
        proxy.refuse = True
        proxy.cut_all()
        window.sync_now()
        qtbot.waitUntil(lambda: desk.bridge.status.status == "offline", timeout=10_000)

        # Edit › Person categories: New… "Mentor".
        categories = window.show_categories()
        assert isinstance(categories, CategoriesWindow)
        qtbot.waitUntil(lambda: categories.loaded)
        qtbot.mouseClick(categories.new_button, Qt.MouseButton.LeftButton)
        dialog = categories.last_dialog
        assert isinstance(dialog, CategoryDialog)
        in_dialog(qtbot, dialog, "Mentor")
        qtbot.waitUntil(lambda: "Mentor" in [r["name"] for r in categories.model.rows])
        categories.close()

        # The three participants selected, the category given to all in one command.
        window.activateWindow()
        select_rows(view, [0, 1, 2])
        view.act_category.trigger()
        choice = view.last_dialog
        assert isinstance(choice, CategoryChoice)
        qtbot.waitUntil(lambda: choice.category.findText("Mentor") > 0)
        choice.category.setCurrentIndex(choice.category.findText("Mentor"))
        qtbot.mouseClick(choice.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not choice.isVisible())

        # A new person from the picker; an address of a participant is a duplicate warning.
        picker = PersonPicker(desk.ctx, "Choose person", window)
        picker.show()
        qtbot.waitUntil(picker.search.hasFocus)
        qtbot.keyClicks(picker.search, "Vera Lind vera.lind@example.se")
        qtbot.mouseClick(picker.new_person, Qt.MouseButton.LeftButton)
        person = picker.person_dialog
        assert person is not None
        qtbot.waitUntil(lambda: person.isActiveWindow() and QApplication.focusWidget() is not None)
        with qtbot.waitSignal(picker.accepted):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert person.warning is None  # nobody in the local database has her address
        with gui_guard.allowed():
            qtbot.waitUntil(lambda: desk.store.pending_count() == 3)
            names = [e.name for e in desk.store.outbox()]
        assert names == ["category.create", "person.set_category_many", "person.create"]

        proxy.refuse = False
        window.sync_now()
        qtbot.waitUntil(
            lambda: desk.bridge.status.status == "online" and desk.bridge.status.pending == 0,
            timeout=20_000,
        )
        with gui_guard.allowed(), server_session(server.db_url) as s:
            mentor = s.scalars(
                select(Category).where(
                    Category.tenant_id == account.tenant_id, Category.name == "Mentor"
                )
            ).one()
            assert mentor.key == "mentor"
            holders = s.scalars(
                select(PersonCategory.person_id).where(
                    PersonCategory.category_id == mentor.id, PersonCategory.deleted_at.is_(None)
                )
            ).all()
            assert sorted(holders) == sorted(people)
            vera = s.scalars(
                select(Person).where(
                    Person.tenant_id == account.tenant_id, Person.id == picker.person_id
                )
            ).one()
            assert (vera.first_name, vera.last_name) == ("Vera", "Lind")
            address = s.scalars(
                select(PersonEmail.address).where(PersonEmail.person_id == vera.id)
            ).one()
            assert address == "vera.lind@example.se"
    finally:
        desk.close(gui_guard)
        proxy.stop()
