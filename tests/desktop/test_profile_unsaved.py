"""The profile never loses unsaved changes without asking (Esc, closing: Save / Discard /
Cancel); Ctrl+Z is the app's undo wherever the focus is once a change is saved, and the
message under the details says what was undone (issue 21, item 6)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.people.profile import PersonProfile
from tests.desktop.conftest import read


@pytest.fixture
def owner(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    """The profile deletes itself on close: a widget of the test owns it instead of qtbot."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def open_profile(qtbot, owner: QWidget, ctx, person_id: str) -> PersonProfile:  # type: ignore[no-untyped-def]
    profile = PersonProfile(ctx, person_id, owner)
    profile.show()
    profile.activateWindow()
    qtbot.waitUntil(lambda: profile.loaded and profile.isActiveWindow())
    return profile


def outbox_names(gui_guard, ctx) -> list[str]:  # type: ignore[no-untyped-def]
    return [r[0] for r in read(gui_guard, ctx.store, "SELECT name FROM outbox ORDER BY seq")]


def question(qtbot, profile: PersonProfile) -> QMessageBox:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: profile.unsaved_question is not None)
    box = profile.unsaved_question
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    return box


def type_city(qtbot, profile: PersonProfile, city: str) -> None:  # type: ignore[no-untyped-def]
    editor = profile.editors["city"]
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, city)


def test_esc_with_unsaved_changes_asks_and_cancel_keeps_them_discard_drops_them(
    qtbot, owner, ctx, filled, gui_guard
) -> None:
    pid = filled.participant_ids[4]
    profile = open_profile(qtbot, owner, ctx, pid)
    type_city(qtbot, profile, "Kiruna")
    qtbot.keyClick(profile.editors["city"], Qt.Key.Key_Escape)
    box = question(qtbot, profile)
    assert "Save the changes" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: profile.unsaved_question is None)
    assert profile.isVisible() and profile.editors["city"].text() == "Kiruna"

    profile.close()  # the window's close button asks the same
    box = question(qtbot, profile)
    with qtbot.waitSignal(profile.destroyed, timeout=5000):
        box.button(QMessageBox.StandardButton.Discard).click()
    assert outbox_names(gui_guard, ctx) == []


def test_save_in_the_question_saves_then_closes(qtbot, owner, ctx, filled, gui_guard) -> None:
    pid = filled.participant_ids[5]
    profile = open_profile(qtbot, owner, ctx, pid)
    type_city(qtbot, profile, "Visby")
    qtbot.keyClick(profile.editors["city"], Qt.Key.Key_Escape)
    box = question(qtbot, profile)
    with qtbot.waitSignal(profile.destroyed, timeout=5000):
        box.button(QMessageBox.StandardButton.Save).click()
    assert outbox_names(gui_guard, ctx) == ["person.edit"]
    assert read(gui_guard, ctx.store, "SELECT city FROM person WHERE id = :i", i=pid) == [
        ("Visby",)
    ]


def test_esc_without_changes_closes_at_once(qtbot, owner, ctx, filled) -> None:
    profile = open_profile(qtbot, owner, ctx, filled.participant_ids[6])
    with qtbot.waitSignal(profile.destroyed, timeout=5000):
        qtbot.keyClick(profile.editors["city"], Qt.Key.Key_Escape)


def test_ctrl_z_in_the_field_just_saved_is_the_apps_undo_and_the_message_follows(
    qtbot, owner, ctx, filled, gui_guard
) -> None:
    pid = filled.participant_ids[7]
    profile = open_profile(qtbot, owner, ctx, pid)
    editor = profile.editors["city"]
    old = editor.text()
    type_city(qtbot, profile, "Luleå")
    # Unsaved typing: Ctrl+Z in the field undoes the typing, the app's undo is untouched.
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() != "Luleå"
    type_city(qtbot, profile, "Luleå")
    with qtbot.waitSignal(ctx.undo.changed, timeout=5000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: profile.save_message.text().startswith("Saved"))
    assert QApplication.focusWidget() is editor

    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: editor.text() == old)
    assert outbox_names(gui_guard, ctx) == ["person.edit", "person.edit"]
    city = read(gui_guard, ctx.store, "SELECT city FROM person WHERE id = :i", i=pid)[0][0]
    assert (city or "") == old
    assert profile.save_message.text() == "Undone: city"
    assert len(ctx.undo) == 0


def test_closing_the_main_window_keeps_it_open_while_a_profile_asks(qtbot, ctx, filled) -> None:
    from tests.desktop.conftest import make_window

    window = make_window(qtbot, ctx)
    window.show()
    profile = window.open_person(filled.participant_ids[5])
    qtbot.waitUntil(lambda: profile.loaded)
    type_city(qtbot, profile, "Luleå")
    assert not window.close()  # the profile's question is open, the window stays
    assert window.isVisible() and profile.isVisible()
    box = question(qtbot, profile)
    box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not profile.isVisible())
    assert window.close()  # nothing unsaved any more: the window closes
