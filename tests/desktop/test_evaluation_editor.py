"""A course's evaluation questionnaire from the Courses tab (issue 19), offline on a real
local store: Evaluation… opens the selected course's editor; questions added and typed
with the keyboard are queued as a whole (``evaluation_form.set``, version 0), shown again
when the editor opens next; a choice question without choices is refused under the form
in words; a second change is undone by Edit › Undo (the questionnaire shown before). The
editor in Swedish shows no English. Screenshots under /tmp/shots/h13/."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.courses.evaluation_editor import EvaluationEditorDialog
from desktop.courses.view import CoursesView
from tests.desktop.test_admin_templates import typed
from tests.desktop.test_categories import undo
from tests.desktop.test_course_dialogs import queued
from tests.desktop.test_prerequisites import courses_view
from tests.desktop.test_swedish_screens import english_on, english_sources

SHOTS = Path("/tmp/shots/h13")


def open_editor(qtbot, view: CoursesView, course_id: str) -> EvaluationEditorDialog:  # type: ignore[no-untyped-def]
    view.course_table.selectRow(view.courses.row_of(course_id))
    qtbot.waitUntil(lambda: view.course_id == course_id)
    qtbot.waitUntil(view.evaluation_button.isEnabled)
    before = view.last_dialog
    qtbot.mouseClick(view.evaluation_button, Qt.MouseButton.LeftButton)
    dialog = view.last_dialog
    assert isinstance(dialog, EvaluationEditorDialog) and dialog is not before
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.ok.isEnabled() and dialog.shown is not None)
    return dialog


def add(qtbot, dialog: EvaluationEditorDialog, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    typed(qtbot, dialog.text, text)
    dialog.kind.setFocus()
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def test_a_questionnaire_is_set_shown_again_and_undone(
    qtbot, offline_ctx, filled, gui_guard
) -> None:  # type: ignore[no-untyped-def]
    ctx = offline_ctx
    view = courses_view(qtbot, ctx)
    course = filled.course_ids[0]
    dialog = open_editor(qtbot, view, course)
    assert dialog.questions == [] and dialog.anonymous.isChecked()
    assert not dialog.text.isEnabled()  # nothing to edit before a question is added

    add(qtbot, dialog, "How was the course overall?", "scale")
    dialog.required.setFocus()
    qtbot.keyClick(dialog.required, Qt.Key.Key_Space)
    typed(qtbot, dialog.low, "Poor")
    typed(qtbot, dialog.high, "Excellent")
    add(qtbot, dialog, "The pace was", "single")
    assert dialog.choices.isEnabled() and not dialog.low.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "two different choices" in dialog.error.text())
    typed(qtbot, dialog.choices, "Slow")
    qtbot.keyClick(dialog.choices, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.choices, "Right")
    add(qtbot, dialog, "Anything else?", "text")
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)  # above the pace now
    shot(dialog, "evaluation_editor_en.png")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [made] = queued(gui_guard, ctx, "evaluation_form.set")
    assert (made["course_id"], made["expected_version"], made["anonymous"]) == (course, 0, True)
    assert [(q["text"], q["kind"], q["required"]) for q in made["questions"]] == [
        ("How was the course overall?", "scale", True),
        ("Anything else?", "text", False),
        ("The pace was", "single", False),
    ]
    assert made["questions"][0]["low_label"] == "Poor"
    assert made["questions"][2]["choices"] == ["Slow", "Right"]

    again = open_editor(qtbot, view, course)
    assert again.list.count() == 3 and again.list.currentRow() == 0
    assert again.text.toPlainText() == "How was the course overall?"
    again.anonymous.setFocus()
    qtbot.keyClick(again.anonymous, Qt.Key.Key_Space)  # named from now on
    qtbot.mouseClick(again.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not again.isVisible())
    qtbot.waitUntil(lambda: ctx.undo.top() is not None and "evaluation" in ctx.undo.top().label)
    undo(qtbot, ctx)
    sets = queued(gui_guard, ctx, "evaluation_form.set")
    assert [(s["expected_version"], s["anonymous"]) for s in sets] == [
        (0, True),
        (1, False),
        (2, True),
    ]
    assert QApplication.activeModalWidget() is None


def test_the_evaluation_editor_shows_no_english_in_swedish(
    qtbot, ctx, filled, gui_guard, swedish
) -> None:  # type: ignore[no-untyped-def]
    dialog = EvaluationEditorDialog(ctx, filled.course_ids[0], "Tango Fortsättare")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.shown is not None)
    dialog.questions = [
        {"id": "a", "kind": "scale", "text": "Hur var kursen?", "required": True,
         "choices": [], "low_label": "Dålig", "high_label": "Utmärkt"},
        {"id": "b", "kind": "multiple", "text": "Vad var bra?", "required": False,
         "choices": ["Läraren", "Lokalen"], "low_label": "", "high_label": ""},
    ]  # fmt: skip
    dialog._refill(0)
    assert dialog.windowTitle() == "Utvärdering av Tango Fortsättare"
    shot(dialog, "evaluation_editor_sv.png")
    assert english_on(dialog, english_sources()) == []
