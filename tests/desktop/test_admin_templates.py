"""Administration › Message templates… (issue 16), offline: a template made for an event
with keyboard and mouse, a wrong placeholder refused under its field as the server says
it, a placeholder inserted at the cursor, the SMS count, the preview rendered with a
registration from the local database, saved, edited and undone, and published after the
confirmation that says what it changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.admin import template_dialog
from desktop.admin.notification_windows import TemplatesWindow
from desktop.admin.template_dialog import TemplateDialog, preview_choices
from desktop.admin.template_texts import EVENT_TEXTS, MEANINGS, event_text
from models.notifications import EVENTS, EventType
from models.sms_text import sms_length
from tests.desktop.conftest import hold_the_database, make_window, read
from tests.desktop.test_categories import undo
from tests.desktop.test_course_dialogs import queued


def test_the_listed_texts_are_the_models_descriptions_and_meanings() -> None:
    for kind, spec in EVENTS.items():
        if kind.value in EVENT_TEXTS:
            assert EVENT_TEXTS[kind.value] == spec.description
    assert set(EVENT_TEXTS) >= {k.value for k in EventType if k.value != "round.participant_list"}
    meanings = {m for spec in EVENTS.values() for m in spec.placeholders.values()}
    assert meanings <= set(MEANINGS)
    assert event_text("no.such_event") == "no.such_event"


def open_templates(qtbot, ctx) -> TemplatesWindow:  # type: ignore[no-untyped-def]
    window = TemplatesWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.loaded)
    return window


def open_dialog(qtbot, window: TemplatesWindow, button) -> TemplateDialog:  # type: ignore[no-untyped-def]
    before = window.last_dialog
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.last_dialog
    assert dialog is not before and isinstance(dialog, TemplateDialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and QApplication.focusWidget() is not None)
    return dialog


def typed(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClicks(widget, text)


def listed(window: TemplatesWindow) -> list[tuple[str, str, str, str, int]]:
    return [
        (r["event"], r["name"], r["language_text"], r["state_text"], r["version"])
        for r in window.model.rows
    ]


def test_a_template_is_made_previewed_edited_and_published_offline(
    qtbot, qtmodeltester, offline_ctx, gui_guard
) -> None:
    ctx = offline_ctx
    window = open_templates(qtbot, ctx)
    assert window.model.rowCount() == 0 and not window.publish_button.isEnabled()

    dialog = open_dialog(qtbot, window, window.new_button)
    assert dialog.event_choice.hasFocus()
    dialog.event_choice.setCurrentIndex(dialog.event_choice.findData("registration.created"))
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    typed(qtbot, dialog.name, "Confirmation")
    typed(qtbot, dialog.subject, "Welcome {participant_first_name}")
    # A placeholder the event does not have is refused as the server would, before saving.
    typed(qtbot, dialog.email_body, "Hej {nope}")
    qtbot.waitUntil(lambda: dialog.errors["email_body"].isVisible())
    refusal = dialog.errors["email_body"].text()
    assert refusal.startswith("{nope} is not a value of registration.created: use one of {")
    assert "{course}, " in refusal and "{participant_first_name}, " in refusal
    for _ in range(len("{nope}")):
        qtbot.keyClick(dialog.email_body, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: not dialog.errors["email_body"].isVisible())
    qtbot.keyClicks(dialog.email_body, "{participant_name}, you are registered for ")

    # Double-clicking a placeholder puts it at the cursor of the text last edited.
    names = [
        dialog.placeholders.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(dialog.placeholders.count())
    ]
    assert "{round_details}" in names and "{manager_name}" not in names
    item = dialog.placeholders.item(names.index("{course}"))
    dialog.placeholders.scrollToItem(item)
    at = dialog.placeholders.visualItemRect(item).center()
    qtbot.mouseClick(dialog.placeholders.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseDClick(dialog.placeholders.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.waitUntil(lambda: dialog.email_body.toPlainText().endswith("registered for {course}"))
    assert dialog.email_body.hasFocus()

    typed(qtbot, dialog.sms_text, "Welcome to ")
    dialog.placeholders.setCurrentRow(names.index("{round}"))
    qtbot.mouseClick(dialog.insert_button, Qt.MouseButton.LeftButton)
    assert dialog.sms_text.toPlainText() == "Welcome to {round}"
    dialog.sms_text.insertPlainText(" 🎉")  # pasted: QTest types ASCII only
    # The preview renders the draft with a registration of the local database.
    qtbot.waitUntil(lambda: dialog.preview_row.count() > 0 and bool(dialog.preview_values))
    registration = dialog.preview_row.currentData()
    [(first, last, round_name)] = read(
        gui_guard,
        ctx.store,
        "SELECT p.first_name, p.last_name, r.name FROM registration g "
        "JOIN person p ON p.id = g.participant_id JOIN course_round r ON r.id = g.round_id "
        "WHERE g.id = :i",
        i=registration,
    )
    qtbot.waitUntil(lambda: f"Welcome {first}" in dialog.preview.toPlainText())
    preview = dialog.preview.toPlainText()
    assert f"{first} {last}, you are registered for " in preview
    assert f"Welcome to {round_name} 🎉" in preview
    # The SMS is counted as it would be sent: the emoji makes it UCS-2, 70 per SMS.
    length = sms_length(f"Welcome to {round_name} 🎉")
    assert dialog.sms_count.text().startswith(
        f"As previewed: {length.characters} characters, 1 SMS (70 per SMS:"
    )
    # Another row chosen by searching for it: the preview follows.
    labels = [dialog.preview_row.itemText(i) for i in range(1, dialog.preview_row.count())]
    other = next(n for n in (t.split(" — ")[0] for t in labels) if n.isascii())
    typed(qtbot, dialog.preview_search, other)
    qtbot.waitUntil(lambda: dialog.preview_row.currentText().startswith(other), timeout=10_000)
    qtbot.waitUntil(lambda: f"Welcome {other.split()[0]}" in dialog.preview.toPlainText())

    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(listed(window)) == 1)
    description = EVENTS[EventType.REGISTRATION_CREATED].description
    assert listed(window) == [(description, "Confirmation", "Swedish", "Draft", 0)]
    qtmodeltester.check(window.model)
    [created] = queued(gui_guard, ctx, "message_template.create")
    assert created["event_type"] == "registration.created" and created["language"] == "sv"
    assert created["subject"] == "Welcome {participant_first_name}"
    assert created["sms_text"] == "Welcome to {round} 🎉"

    # Edit: the event is fixed; a changed subject is an edit, undone by the inverse edit.
    window.table.selectRow(0)
    edit = open_dialog(qtbot, window, window.edit_button)
    assert edit.name.hasFocus() and edit.name.text() == "Confirmation"
    assert edit.form.labelForField(edit.event_choice) is None  # no combo: the event is fixed
    edit.subject.selectAll()
    typed(qtbot, edit.subject, "You are registered, {participant_first_name}")
    qtbot.keyClick(edit.subject, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctx.undo.top() is not None and "edit of" in ctx.undo.top().label)
    [changed] = queued(gui_guard, ctx, "message_template.edit")
    assert changed["changes"] == {
        "subject": {
            "old": "Welcome {participant_first_name}",
            "new": "You are registered, {participant_first_name}",
        }
    }
    undo(qtbot, ctx)
    assert queued(gui_guard, ctx, "message_template.edit")[-1]["changes"]["subject"]["new"] == (
        "Welcome {participant_first_name}"
    )

    # Publish: says what it changes first; Cancel publishes nothing.
    qtbot.waitUntil(window.publish_button.isEnabled)
    qtbot.mouseClick(window.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.confirmation is not None and window.confirmation.isVisible())
    box = window.confirmation
    assert box is not None
    assert box.text() == "Publish “Confirmation” as version 1?"
    assert "No binding sends this template yet" in box.informativeText()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert queued(gui_guard, ctx, "message_template.publish") == []
    qtbot.mouseClick(window.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.confirmation is not box and window.confirmation.isVisible())
    [publish] = [b for b in window.confirmation.buttons() if b.text() == "Publish"]
    qtbot.mouseClick(publish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: listed(window)[0][3:] == ("Published", 1))
    assert window.message.text() == "Published Confirmation as version 1."
    assert queued(gui_guard, ctx, "message_template.publish") == [
        {"template_id": created["template_id"], "expected_version": 0}
    ]
    assert not window.publish_button.isEnabled()

    # The same template in the other language: event and name kept, texts to translate.
    window.table.selectRow(0)
    english = open_dialog(qtbot, window, window.language_button)
    assert english.language.hasFocus() and english.language.currentData() == "en"
    assert not english.event_choice.isEnabled()
    assert english.event_choice.currentData() == "registration.created"
    assert (english.name.text(), english.subject.text()) == (
        "Confirmation",
        "Welcome {participant_first_name}",
    )
    english.subject.selectAll()
    typed(qtbot, english.subject, "Hello {participant_first_name}")
    qtbot.mouseClick(english.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(listed(window)) == 2)
    assert sorted(r[1:4] for r in listed(window)) == [
        ("Confirmation", "English", "Draft"),
        ("Confirmation", "Swedish", "Published"),
    ]
    sibling = queued(gui_guard, ctx, "message_template.create")[-1]
    assert (sibling["event_type"], sibling["name"], sibling["language"]) == (
        "registration.created",
        "Confirmation",
        "en",
    )
    assert sibling["subject"] == "Hello {participant_first_name}"


def test_the_menu_opens_the_window_for_administrators_only(qtbot, ctx) -> None:
    window = make_window(qtbot, ctx)
    assert window.act_templates.isVisible() and window.act_templates.isEnabled()
    window.act_templates.trigger()
    templates = window.templates_window
    assert isinstance(templates, TemplatesWindow)
    qtbot.waitUntil(lambda: templates.loaded)
    assert window.show_templates() is templates  # raised, not opened twice


def test_an_order_steps_template_is_previewed_with_an_agent_order(
    qtbot, offline_ctx, filled, gui_guard
) -> None:
    ctx = offline_ctx
    window = open_templates(qtbot, ctx)
    dialog = open_dialog(qtbot, window, window.new_button)
    dialog.event_choice.setCurrentIndex(dialog.event_choice.findData("agent_order.rejected"))
    typed(qtbot, dialog.subject, "Order {number} for {customer}: {reason}")
    qtbot.waitUntil(lambda: dialog.preview_row.count() > 0 and bool(dialog.preview_values))
    order = dialog.preview_row.currentData()
    assert order in filled.order_ids
    [(number, customer)] = read(
        gui_guard,
        ctx.store,
        "SELECT o.number, g.name FROM agent_order o "
        "JOIN organisation g ON g.id = o.customer_organisation_id WHERE o.id = :i",
        i=order,
    )
    assert dialog.preview_row.currentText() == f"{number} — {customer}"
    qtbot.waitUntil(lambda: f"Order {number} for {customer}: " in dialog.preview.toPlainText())


def _withdrawal_dialog(qtbot, ctx, shot: str) -> TemplateDialog:  # type: ignore[no-untyped-def]
    """A template for ``alumni.approval_withdrawn`` (issue 20): the event offered, named and
    described; a screenshot with ``KANSLI_SCREENSHOTS=DIR``."""
    import os
    from pathlib import Path

    window = open_templates(qtbot, ctx)
    dialog = open_dialog(qtbot, window, window.new_button)
    index = dialog.event_choice.findData("alumni.approval_withdrawn")
    assert index >= 0
    dialog.event_choice.setCurrentIndex(index)
    names = [
        dialog.placeholders.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(dialog.placeholders.count())
    ]
    assert "{member_name}" in names and "{reason}" not in names
    count = dialog.sms_count  # laid out to its text before the screenshot
    qtbot.waitUntil(lambda: count.width() >= count.sizeHint().width())
    if folder := os.environ.get("KANSLI_SCREENSHOTS"):
        Path(folder).mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(Path(folder) / shot))
    return dialog


def test_the_withdrawn_approval_of_an_alumnus_has_a_template(qtbot, offline_ctx) -> None:
    dialog = _withdrawal_dialog(qtbot, offline_ctx, "template_approval_withdrawn_en.png")
    assert dialog.event_choice.currentText() == (
        "Staff took back the approval of an alumni registration: the alumnus is told"
    )
    dialog.reject()


def test_the_withdrawn_approval_of_an_alumnus_in_swedish(qtbot, offline_ctx, swedish) -> None:
    dialog = _withdrawal_dialog(qtbot, offline_ctx, "template_approval_withdrawn_sv.png")
    assert dialog.event_choice.currentText() == (
        "Personalen drog tillbaka godkännandet av en alumnregistrering: alumnen får besked"
    )
    dialog.reject()


def test_typing_a_preview_search_reads_the_rows_once_for_the_newest_text(
    qtbot, offline_ctx, monkeypatch
) -> None:
    """Search as you type: each keystroke's read of the rows is made stale by the next
    one and never runs while the database is busy; only the newest text's read does."""
    ctx = offline_ctx
    window = open_templates(qtbot, ctx)
    dialog = open_dialog(qtbot, window, window.new_button)
    dialog.event_choice.setCurrentIndex(dialog.event_choice.findData("registration.created"))
    qtbot.waitUntil(lambda: ctx.ops.idle)
    searched: list[str] = []

    def counting(c, event_type: str, search: str):  # type: ignore[no-untyped-def]
        searched.append(search)
        return preview_choices(c, event_type, search)

    monkeypatch.setattr(template_dialog, "preview_choices", counting)
    release = hold_the_database(ctx.ops)
    typed(qtbot, dialog.preview_search, "")
    for typed_so_far in ("a", "an", "ann"):
        qtbot.keyClicks(dialog.preview_search, typed_so_far[-1])
        qtbot.waitUntil(lambda t=typed_so_far: dialog.preview_search._last == t)
    release.set()
    qtbot.waitUntil(lambda: ctx.ops.idle, timeout=10_000)
    assert searched == ["ann"]
