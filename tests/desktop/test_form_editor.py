"""The sign-up form editor of a round, driven with keyboard and mouse while offline: the
form is created, questions are added, moved, edited and removed, the form is published;
each change waits in the outbox as its command, and Ctrl+Z takes changes back."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.courses.form_dialogs import ElementDialog, FormTextsDialog
from desktop.courses.form_editor import FormEditor
from desktop.courses.round_page import RoundPage
from tests.desktop.conftest import read
from tests.desktop.test_alumni_queue import in_dialog


def outbox(guard, ctx) -> list[tuple[str, int, dict[str, Any]]]:  # type: ignore[no-untyped-def]
    rows = read(guard, ctx.store, "SELECT name, version, args FROM outbox ORDER BY seq")
    return [(r[0], r[1], json.loads(r[2])) for r in rows]


def open_editor(qtbot, ctx, round_id: str) -> FormEditor:  # type: ignore[no-untyped-def]
    """The round's page, then its "Sign-up form…" button, as a user opens the editor."""
    page = RoundPage(ctx, round_id)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitUntil(lambda: page.loaded)
    qtbot.mouseClick(page.form_button, Qt.MouseButton.LeftButton)
    editor = page.last_dialog
    assert isinstance(editor, FormEditor)
    qtbot.waitUntil(lambda: editor.loaded)
    return editor


def new_dialog(qtbot, editor: FormEditor, button, kind: type):  # type: ignore[no-untyped-def]
    before = editor.last_dialog
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = editor.last_dialog
    assert dialog is not before and isinstance(dialog, kind)
    # Among the walk's other windows (main window, round page, web view) the new dialog
    # may not be made active by itself offscreen: ask for it, as a click on it would.
    dialog.activateWindow()

    def active() -> bool:
        # Asked again while it is not: another window of the walk (the web view loading)
        # may take the activation after the first request.
        if not dialog.isActiveWindow():
            dialog.raise_()
            dialog.activateWindow()
            return False
        return QApplication.focusWidget() is not None

    qtbot.waitUntil(active, timeout=15_000)
    return dialog


def key(qtbot, k: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def key_on_table(
    qtbot, editor: FormEditor, k: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier
) -> None:  # type: ignore[no-untyped-def]
    """A key pressed in the questions table, once the editor is the active window again."""
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.element_table.setFocus()
    qtbot.keyClick(editor.element_table, k, modifier)


def add_question(  # type: ignore[no-untyped-def]
    qtbot, editor: FormEditor, kind_prefix: str, label: str, *, required: bool = False
) -> ElementDialog:
    """Add question…, the kind chosen by typing its name's start, the text typed over the
    proposed one, Required ticked with Space; not yet saved."""
    dialog = new_dialog(qtbot, editor, editor.add_element_button, ElementDialog)
    assert QApplication.focusWidget() is dialog.kind
    qtbot.keyClicks(dialog.kind, kind_prefix)
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.label
    dialog.label.selectAll()
    qtbot.keyClicks(dialog.label, label)
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.required
    if required:
        key(qtbot, Qt.Key.Key_Space)
    return dialog


def labels(editor: FormEditor) -> list[str]:
    return [str(editor.elements.row_at(i)["label"]) for i in range(editor.elements.rowCount())]


def select(qtbot, editor: FormEditor, label: str) -> None:  # type: ignore[no-untyped-def]
    table = editor.element_table
    row = labels(editor).index(label)
    rect = table.visualRect(editor.elements.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.selected_element()["label"] == label  # type: ignore[index]


def test_a_form_is_built_offline_with_keyboard_and_mouse(qtbot, offline_ctx, filled, gui_guard):  # type: ignore[no-untyped-def]
    ctx = offline_ctx
    editor = open_editor(qtbot, ctx, filled.round_ids[0])
    assert editor.create_button.isVisible() and not editor.add_element_button.isEnabled()
    assert editor.preview_stack.currentWidget() is editor.no_form

    # The texts; a banner that is no web address is refused next to its field.
    texts = new_dialog(qtbot, editor, editor.create_button, FormTextsDialog)
    qtbot.keyClicks(texts.heading, "Anmalan till Ledarskap")
    texts.banner_url.setFocus()
    in_dialog(qtbot, texts, "ftp://bilder.example.se/b.png")
    qtbot.waitUntil(lambda: texts.errors["banner_url"].isVisible())
    assert "http(s)" in texts.errors["banner_url"].text()
    assert texts.isVisible() and outbox(gui_guard, ctx) == []
    texts.banner_url.selectAll()
    in_dialog(qtbot, texts, "https://bilder.example.se/b.png")
    qtbot.waitUntil(lambda: editor.state is not None and editor.state.form is not None)
    [(name, version, args)] = outbox(gui_guard, ctx)
    assert (name, version) == ("signup_form.set", 2)
    assert args["changes"]["heading"]["new"] == "Anmalan till Ledarskap"
    assert args["changes"]["published"]["new"] is False
    assert editor.heading.text() == "Anmalan till Ledarskap"
    assert not editor.create_button.isVisible() and editor.add_element_button.isEnabled()

    # The approving manager, who confirms by e-mail (the setting shows for this kind only).
    manager = add_question(qtbot, editor, "Appr", "Godkannande chef", required=True)
    assert manager.current_kind() == "approving_manager" and manager.confirm.isVisibleTo(manager)
    assert not manager.options.isVisibleTo(manager)
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is manager.confirm
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: labels(editor) == ["Godkannande chef"])
    # The manager is offered once: a second one is not in the list of kinds.
    again = new_dialog(qtbot, editor, editor.add_element_button, ElementDialog)
    assert again.kind.findData("approving_manager") == -1
    again.reject()

    diet = add_question(qtbot, editor, "Ch", "Kost")
    assert diet.options.isVisibleTo(diet) and not diet.confirm.isVisibleTo(diet)
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(diet.options, "Vegetarisk")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.keyClicks(diet.options, "Ingen")
    qtbot.mouseClick(diet.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: labels(editor) == ["Godkannande chef", "Kost"])
    allergies = add_question(qtbot, editor, "Te", "Allergier")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(labels(editor)) == 3)

    adds = [a for n, _v, a in outbox(gui_guard, ctx) if n == "form_element.add"]
    assert [(a["kind"], a["label"], a["position"]) for a in adds] == [
        ("approving_manager", "Godkannande chef", 0),
        ("choice", "Kost", 1),
        ("text", "Allergier", 2),
    ]
    assert adds[0]["require_email_confirmation"] is True and adds[0]["required"] is True
    assert adds[1]["options"] == ["Vegetarisk", "Ingen"]
    assert adds[2]["form_id"] == editor.state.form_id  # type: ignore[union-attr]

    # Ctrl+Z takes the newest question back: it is removed (also once the server has it).
    qtbot.waitUntil(lambda: ctx.undo.top() is not None and "Allergier" in ctx.undo.top().label)
    key_on_table(qtbot, editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: labels(editor) == ["Godkannande chef", "Kost"])
    removed = [a for n, _v, a in outbox(gui_guard, ctx) if n == "form_element.remove"]
    assert removed == [{"element_id": allergies.element_id}]

    # Alt+Up moves the selected question; the move is a command too.
    select(qtbot, editor, "Kost")
    key_on_table(qtbot, editor, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: labels(editor) == ["Kost", "Godkannande chef"])
    [move] = [a for n, _v, a in outbox(gui_guard, ctx) if n == "form_element.move"]
    assert move == {"element_id": adds[1]["element_id"], "after_id": None}
    assert editor.selected_element()["label"] == "Kost"  # type: ignore[index]
    qtbot.mouseClick(editor.move_down_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: labels(editor) == ["Godkannande chef", "Kost"])

    # Enter opens the selected question; its text and options are changed.
    key_on_table(qtbot, editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            isinstance(editor.last_dialog, ElementDialog) and editor.last_dialog.shown is not None
        )
    )
    edit = editor.last_dialog
    assert isinstance(edit, ElementDialog) and not edit.kind.isEnabled()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit.label)
    edit.label.selectAll()
    qtbot.keyClicks(edit.label, "Specialkost")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: labels(editor) == ["Godkannande chef", "Specialkost"])
    [change] = [a for n, _v, a in outbox(gui_guard, ctx) if n == "form_element.edit"]
    assert change["changes"] == {"label": {"old": "Kost", "new": "Specialkost"}}

    # Delete asks first; the question goes; Ctrl+Z brings it back in its place.
    select(qtbot, editor, "Godkannande chef")
    key_on_table(qtbot, editor, Qt.Key.Key_Delete)
    box = editor.last_dialog
    assert isinstance(box, QMessageBox) and "Godkannande chef" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: labels(editor) == ["Specialkost"])
    qtbot.waitUntil(lambda: ctx.undo.top() is not None and "removing" in ctx.undo.top().label)
    key_on_table(qtbot, editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: labels(editor) == ["Godkannande chef", "Specialkost"])
    back = editor.state.elements[0]  # type: ignore[union-attr]
    assert back["require_email_confirmation"] and back["required"]

    # Publish; the status says so; the preview needs the server.
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.publish_button.text() == "Unpublish")
    assert editor.status.text().startswith("Published")
    names = [n for n, _v, _a in outbox(gui_guard, ctx)]
    assert names[-1] == "signup_form.set"
    assert outbox(gui_guard, ctx)[-1][2]["changes"] == {"published": {"old": False, "new": True}}
    # Publishing asks for the preview again: it is loading until the handover fails.
    qtbot.waitUntil(lambda: editor.preview.state == "offline", timeout=15_000)
    assert "server" in editor.preview.offline.reason.text()
    assert "Godkannande chef" in editor.preview.offline.texts()


def test_only_course_staff_may_change_the_form(qtbot, ctx, filled) -> None:  # type: ignore[no-untyped-def]
    ctx.actor = replace(ctx.actor, roles=frozenset({"viewer"}))
    editor = open_editor(qtbot, ctx, filled.big_round_id)
    assert len(labels(editor)) == 6
    editor.element_table.selectRow(2)
    for button in (
        editor.publish_button,
        editor.edit_texts_button,
        editor.add_element_button,
        editor.edit_element_button,
        editor.move_up_button,
        editor.remove_element_button,
    ):
        assert not button.isEnabled(), button.text()
