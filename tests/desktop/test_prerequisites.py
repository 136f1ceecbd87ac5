"""A course's prerequisites from the Courses tab (issue 17), offline on a real local store:
Prerequisites… opens the selected course's window; a required course chosen with the
keyboard is queued as ``prerequisite.add`` and listed (and no longer offered); Delete
asks, then queues ``prerequisite.remove``; Ctrl+Z restores it; a course that would come
to require itself (through the course it requires) is refused under the list, in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.courses.prerequisites import PrerequisitesWindow
from desktop.courses.view import CoursesView
from tests.desktop.test_admin_booking import choose
from tests.desktop.test_course_dialogs import queued
from tests.desktop.test_swedish_screens import english_on, english_sources


def courses_view(qtbot, ctx) -> CoursesView:  # type: ignore[no-untyped-def]
    view = CoursesView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.loaded and view.courses.rowCount() > 2)
    return view


def open_prerequisites(qtbot, view: CoursesView, course_id: str) -> PrerequisitesWindow:  # type: ignore[no-untyped-def]
    view.course_table.selectRow(view.courses.row_of(course_id))
    qtbot.waitUntil(lambda: view.course_id == course_id)
    qtbot.waitUntil(view.prerequisites_button.isEnabled)
    qtbot.mouseClick(view.prerequisites_button, Qt.MouseButton.LeftButton)
    window = view.last_dialog
    assert isinstance(window, PrerequisitesWindow) and window.course_id == course_id
    window.activateWindow()
    qtbot.waitUntil(lambda: window.loaded and window.isActiveWindow())
    return window


def required(window: PrerequisitesWindow) -> list[str]:
    return [str(r["required_course_id"]) for r in window.model.rows]


def test_add_remove_and_undo_a_prerequisite(qtbot, offline_ctx, filled, gui_guard) -> None:  # type: ignore[no-untyped-def]
    ctx = offline_ctx
    view = courses_view(qtbot, ctx)
    course, basic = filled.course_ids[0], filled.course_ids[1]
    window = open_prerequisites(qtbot, view, course)
    name = view.courses.rows[view.courses.row_of(course)]["name"]
    assert window.windowTitle() == f"Prerequisites of {name}"
    assert required(window) == [] and "No prerequisites" in window.table.empty_text
    assert window.choice.findData(course) < 0  # never itself

    # Add with nothing chosen says what to do; then choose and add with the keyboard.
    window.add_button.setFocus()
    qtbot.keyClick(window.add_button, Qt.Key.Key_Space)
    assert "Choose the course" in window.message.text()
    choose(qtbot, window.choice, basic)
    window.add_button.setFocus()
    qtbot.waitUntil(window.add_button.hasFocus)
    qtbot.keyClick(window.add_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: required(window) == [basic])
    [made] = queued(gui_guard, ctx, "prerequisite.add")
    assert (made["course_id"], made["required_course_id"]) == (course, basic)
    assert made["prerequisite_id"] == window.model.rows[0]["id"]
    assert window.choice.findData(basic) < 0  # required already: not offered again
    assert window.message.text().startswith("Added: ")
    # The Courses tab says what the course requires (the rounds' title, the name's tooltip).
    basic_name = view.courses.rows[view.courses.row_of(basic)]["name"]
    qtbot.waitUntil(lambda: view.rounds_title.text().endswith(f" · Requires {basic_name}"))
    at = view.courses.index(view.courses.row_of(course), 1)
    assert view.courses.data(at, Qt.ItemDataRole.ToolTipRole) == f"Requires {basic_name}"

    # Delete asks first (No is the default); Remove queues the removal.
    window.table.selectRow(0)
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    box = window.last_dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: required(window) == [])
    [removed] = queued(gui_guard, ctx, "prerequisite.remove")
    assert removed == {
        "prerequisite_id": made["prerequisite_id"],
        "changes": {"archived": {"old": False, "new": True}},
    }
    assert window.choice.findData(basic) >= 0

    # Ctrl+Z in the window restores it.
    qtbot.waitUntil(lambda: ctx.undo.top() is not None)
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(lambda: window.isActiveWindow() and window.table.hasFocus())
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: required(window) == [basic])
    assert queued(gui_guard, ctx, "prerequisite.remove")[1]["changes"] == {
        "archived": {"old": True, "new": False}
    }
    assert window.message.text().startswith("Undone: ")
    window.close()

    # The course required cannot in turn require the course: refused, in words.
    other = open_prerequisites(qtbot, view, basic)
    choose(qtbot, other.choice, course)
    qtbot.mouseClick(other.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: other.message.text() != "", timeout=3000)
    assert other.message.text() == (
        f"{name} already requires {basic_name}, directly or through other courses"
    )
    assert required(other) == []
    assert len(queued(gui_guard, ctx, "prerequisite.add")) == 1
    assert QApplication.activeModalWidget() is None


def test_the_prerequisites_window_shows_no_english_in_swedish(
    qtbot, ctx, filled, gui_guard, swedish
) -> None:  # type: ignore[no-untyped-def]
    window = PrerequisitesWindow(ctx, filled.course_ids[0], "Tango Fortsättare")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.loaded)
    assert window.windowTitle() == "Förkunskapskrav för Tango Fortsättare"
    assert english_on(window, english_sources()) == []
