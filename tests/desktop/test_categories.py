"""Person categories in the desktop (issue 15), offline: the list (New…, Rename…, Archive,
Show archived, undo), a category given to three selected participants at once (one
command, undone), and given and taken on a profile from its Categories menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.people.categories import CategoriesWindow, CategoryChoice, CategoryDialog
from tests.desktop.conftest import read
from tests.desktop.test_alumni_queue import in_dialog
from tests.desktop.test_course_dialogs import queued
from tests.desktop.test_participants_view import make_view, select_rows
from tests.desktop.test_people import open_profile


def names(window: CategoriesWindow) -> list[tuple[str, int, str]]:
    return [(r["name"], r["persons"], r["state"]) for r in window.model.rows]


def undo(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    failures: list[Exception] = []
    done: list[object] = []
    ctx.undo.undo_last(ctx.ops, parent=None, failed=failures.append, done=done.append)
    qtbot.waitUntil(lambda: bool(done or failures))
    assert failures == []


def open_categories(qtbot, ctx) -> CategoriesWindow:  # type: ignore[no-untyped-def]
    window = CategoriesWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.loaded)
    return window


def test_a_category_is_created_renamed_archived_and_restored_in_the_list(
    qtbot, qtmodeltester, offline_ctx, gui_guard
) -> None:
    ctx = offline_ctx
    window = open_categories(qtbot, ctx)
    assert ("Chef", 0, "In use") in [(n, 0, s) for n, _c, s in names(window)]
    qtbot.mouseClick(window.new_button, Qt.MouseButton.LeftButton)
    dialog = window.last_dialog
    assert isinstance(dialog, CategoryDialog)
    in_dialog(qtbot, dialog, "chef")  # Chef exists: refused next to the name
    qtbot.waitUntil(lambda: dialog.errors["name"].isVisible())
    assert dialog.errors["name"].text() == "A category named chef exists already"
    dialog.name.clear()
    in_dialog(qtbot, dialog, "Mentor")
    qtbot.waitUntil(lambda: ("Mentor", 0, "In use") in names(window))
    [args] = queued(gui_guard, ctx, "category.create")
    assert args["name"] == "Mentor"

    window.table.selectRow(window.model.row_of(args["category_id"]))
    qtbot.mouseClick(window.rename_button, Qt.MouseButton.LeftButton)
    rename = window.last_dialog
    assert isinstance(rename, CategoryDialog) and rename.name.text() == "Mentor"
    rename.name.selectAll()
    in_dialog(qtbot, rename, "Mentorer")
    qtbot.waitUntil(lambda: ("Mentorer", 0, "In use") in names(window))
    [edit] = queued(gui_guard, ctx, "category.rename")
    assert edit["changes"] == {"name": {"old": "Mentor", "new": "Mentorer"}}

    qtbot.mouseClick(window.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Mentorer" not in [n for n, _c, _s in names(window)])
    qtbot.mouseClick(window.show_archived, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ("Mentorer", 0, "Archived") in names(window))
    qtmodeltester.check(window.model)
    qtbot.waitUntil(lambda: ctx.undo.top() is not None and "archiving" in ctx.undo.top().label)
    undo(qtbot, ctx)  # the archive is taken back by the inverse command
    qtbot.waitUntil(lambda: ("Mentorer", 0, "In use") in names(window))
    assert [
        a["changes"]["archived"]["new"] for a in queued(gui_guard, ctx, "category.archive")
    ] == [
        True,
        False,
    ]


def test_a_category_is_given_to_three_selected_participants_at_once_and_undone(
    qtbot, offline_ctx, gui_guard
) -> None:
    ctx = offline_ctx
    view = make_view(qtbot, ctx)
    select_rows(view, [0, 1, 2])
    registrations = view.selected_ids()
    persons = [
        read(gui_guard, ctx.store, "SELECT participant_id FROM registration WHERE id = :i", i=r)[0][
            0
        ]
        for r in registrations
    ]
    assert len(set(persons)) == 3
    assert view.act_category in view.row_actions() and view.act_category.isEnabled()
    view.table.setFocus()
    qtbot.keyClick(
        view.table,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    choice = view.last_dialog
    assert isinstance(choice, CategoryChoice)
    assert choice.intro.text() == "For the 3 selected participants."
    qtbot.waitUntil(lambda: choice.category.count() > 1)
    assert not choice.ok.isEnabled()
    choice.category.setCurrentIndex(choice.category.findText("Chef"))
    qtbot.mouseClick(choice.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.undo.top() is not None or bool(choice.message.text()))
    assert choice.message.text() == ""
    [args] = queued(gui_guard, ctx, "person.set_category_many")
    assert (sorted(args["person_ids"]), args["category_key"], args["present"]) == (
        sorted(persons),
        "manager",
        True,
    )
    held = (
        "SELECT count(*) FROM person_category pc JOIN category c ON c.id = pc.category_id "
        "WHERE c.key = 'manager' AND pc.deleted_at IS NULL AND pc.person_id IN (:a, :b, :c)"
    )
    a, b, c = persons
    assert read(gui_guard, ctx.store, held, a=a, b=b, c=c) == [(3,)]
    assert ctx.undo.top().label == "giving Chef to 3 persons"
    undo(qtbot, ctx)
    assert read(gui_guard, ctx.store, held, a=a, b=b, c=c) == [(0,)]


def test_a_profile_gives_and_takes_a_category_from_its_menu(
    qtbot, offline_ctx, filled, gui_guard
) -> None:
    ctx = offline_ctx
    person = filled.participant_ids[0]
    profile = open_profile(qtbot, ctx, person)
    assert "Chef" not in profile.categories.text()
    menu = profile.category_button.menu()
    qtbot.waitUntil(lambda: any(a.text() == "Chef" for a in menu.actions()))
    chef = next(a for a in menu.actions() if a.text() == "Chef")
    assert chef.isCheckable() and not chef.isChecked()
    chef.trigger()
    qtbot.waitUntil(lambda: "Chef" in profile.categories.text())
    [args] = queued(gui_guard, ctx, "person.set_category")
    assert args == {"person_id": person, "category_key": "manager", "present": True}
    qtbot.waitUntil(lambda: ctx.undo.top() is not None)
    assert ctx.undo.top().label == "giving Chef to 1 person"
    # Read again after the change, the menu shows it checked; unchecking takes it away.
    qtbot.waitUntil(lambda: next(a for a in menu.actions() if a.text() == "Chef").isChecked())
    next(a for a in menu.actions() if a.text() == "Chef").trigger()
    qtbot.waitUntil(lambda: "Chef" not in profile.categories.text())
    assert [a["present"] for a in queued(gui_guard, ctx, "person.set_category")] == [True, False]
    assert QApplication.activeModalWidget() is None
