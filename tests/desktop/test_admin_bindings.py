"""Administration › Notification bindings… and Notification recipients… (issue 16),
offline: a static recipient chosen with the person picker, its role edited, archived and
taken back with undo; a binding of a template to an event for one course round, to the
participant and the static recipients by e-mail and SMS (only the event's own templates
offered, nothing chosen refused next to its field), edited, archived and restored; and a
template's Publish… naming the binding it changes."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from desktop.admin.bindings import BindingDialog
from desktop.admin.notification_windows import BindingsWindow, RecipientsWindow, TemplatesWindow
from desktop.admin.recipients import RecipientDialog
from desktop.admin.template_dialog import TemplateDialog
from desktop.operations import DbOp, OpContext
from tests.desktop.conftest import make_window, read
from tests.desktop.test_admin_templates import typed
from tests.desktop.test_categories import undo
from tests.desktop.test_course_dialogs import queued


def opened(qtbot, window, button, kind):  # type: ignore[no-untyped-def]
    before = window.last_dialog
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.last_dialog
    assert dialog is not before and isinstance(dialog, kind)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and QApplication.focusWidget() is not None)
    return dialog


def shown(qtbot, window):  # type: ignore[no-untyped-def]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.loaded)
    return window


def tick(qtbot, box) -> None:  # type: ignore[no-untyped-def]
    """A click on the check box's square (a wide box's middle may be past its text)."""
    before = box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    assert box.isChecked() is not before


def run(qtbot, ctx, name: str, args: dict) -> None:  # type: ignore[no-untyped-def, type-arg]
    done: list[object] = []

    def work(c: OpContext) -> None:
        c.execute(c.command(name, args))

    DbOp(work, parent=None, label=name).success(done.append).run(ctx.ops)
    qtbot.waitUntil(lambda: bool(done))


def test_a_static_recipient_is_chosen_edited_archived_and_restored(
    qtbot, qtmodeltester, offline_ctx, filled, gui_guard
) -> None:
    ctx = offline_ctx
    window = shown(qtbot, RecipientsWindow(ctx))
    assert window.model.rowCount() == 0 and not window.edit_button.isEnabled()
    dialog = opened(qtbot, window, window.new_button, RecipientDialog)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # nobody chosen: refused
    qtbot.waitUntil(lambda: dialog.errors["person_id"].isVisible())
    assert dialog.errors["person_id"].text() == "Choose a person"

    person = filled.manager_ids[0]
    [(first, last, address)] = read(
        gui_guard,
        ctx.store,
        "SELECT p.first_name, p.last_name, e.address FROM person p "
        "JOIN person_email e ON e.person_id = p.id WHERE p.id = :i",
        i=person,
    )
    qtbot.mouseClick(dialog.person.choose, Qt.MouseButton.LeftButton)
    picker = dialog.person.picker
    assert picker is not None
    picker.search.setText(address)
    picker.search.returnPressed.emit()
    qtbot.waitUntil(lambda: picker.model.row_of(person) >= 0)
    picker.table.selectRow(picker.model.row_of(person))
    qtbot.mouseClick(picker.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.person.person_id == person)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    typed(qtbot, dialog.role, "Course administrator")
    qtbot.keyClick(dialog.role, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    row = window.model.rows[0]
    assert (row["name"], row["role"], row["user_id"]) == (
        f"{first} {last}",
        "Course administrator",
        None,
    )
    assert address in row["emails"]
    assert window.model.data(window.model.index(0, 4)) == "No"
    qtmodeltester.check(window.model)
    [created] = queued(gui_guard, ctx, "notification_recipient.create")
    assert (created["person_id"], created["role"]) == (person, "Course administrator")

    window.table.selectRow(0)
    edit = opened(qtbot, window, window.edit_button, RecipientDialog)
    assert edit.role.hasFocus()
    edit.role.selectAll()
    qtbot.keyClicks(edit.role, "Registrar")
    qtbot.keyClick(edit.role, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.rows[0]["role"] == "Registrar")
    [changed] = queued(gui_guard, ctx, "notification_recipient.edit")
    assert changed["changes"] == {"role": {"old": "Course administrator", "new": "Registrar"}}

    window.table.selectRow(0)
    qtbot.mouseClick(window.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    qtbot.waitUntil(lambda: ctx.undo.top() is not None and "archiving" in ctx.undo.top().label)
    undo(qtbot, ctx)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert [a["changes"]["archived"]["new"] for a in queued(
        gui_guard, ctx, "notification_recipient.archive"
    )] == [True, False]  # fmt: skip

    # Archived again, listed with Show archived and restored from there.
    window.table.selectRow(0)
    qtbot.mouseClick(window.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    assert window.message.text() == f"Archived: {first} {last}. Edit › Undo takes it back."
    tick(qtbot, window.show_archived)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.rows[0]["name"] == f"{first} {last} (archived)"
    window.table.selectRow(0)
    assert window.archive_button.text() == "&Restore" and not window.edit_button.isEnabled()
    qtbot.mouseClick(window.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rows and not window.model.rows[0]["archived"])
    assert window.message.text() == f"Restored: {first} {last}."
    assert queued(gui_guard, ctx, "notification_recipient.archive")[-1]["changes"] == {
        "archived": {"old": True, "new": False}
    }


def test_a_binding_names_a_template_of_its_event_a_round_recipients_and_channels(
    qtbot, qtmodeltester, offline_ctx, filled, gui_guard
) -> None:
    ctx = offline_ctx
    template = {"template_id": "t-confirm", "event_type": "registration.created",
                "name": "Confirmation", "language": "en", "subject": "Hi {participant_name}",
                "email_body": "You are registered for {course}."}  # fmt: skip
    run(qtbot, ctx, "message_template.create", template)
    other = {**template, "template_id": "t-opens", "event_type": "round.opens",
             "name": "Opens", "subject": "{course} opens", "email_body": "{round}"}  # fmt: skip
    run(qtbot, ctx, "message_template.create", other)
    [(round_id, round_name, course)] = read(
        gui_guard,
        ctx.store,
        "SELECT r.id, r.name, c.name FROM course_round r JOIN course c ON c.id = r.course_id "
        "WHERE r.id = :i",
        i=filled.round_ids[0],
    )

    window = shown(qtbot, BindingsWindow(ctx))
    assert window.model.rowCount() == 0
    dialog = opened(qtbot, window, window.new_button, BindingDialog)
    assert dialog.event_choice.hasFocus()
    dialog.event_choice.setCurrentIndex(dialog.event_choice.findData("registration.created"))
    qtbot.waitUntil(lambda: dialog.template.count() == 2)
    # Only the event's own templates, and Kansli's shipped text.
    assert [dialog.template.itemText(i) for i in range(2)] == [
        "Kansli's shipped text",
        "Confirmation (English)",
    ]
    dialog.template.setCurrentIndex(1)
    assert dialog.channel_boxes["email"].isChecked() and not dialog.scope_row.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # no recipient: refused
    qtbot.waitUntil(lambda: dialog.errors["recipients"].isVisible())
    assert dialog.errors["recipients"].text() == "Choose at least one recipient"

    dialog.scope_kind.setCurrentIndex(dialog.scope_kind.findData("round"))
    qtbot.waitUntil(lambda: dialog.scope_row.isEnabled() and dialog.scope_row.count() > 0)
    dialog.scope_row.setCurrentIndex(dialog.scope_row.findData(round_id))
    for box in (
        dialog.recipient_boxes["participant"],
        dialog.recipient_boxes["static"],
        dialog.channel_boxes["sms"],
    ):
        tick(qtbot, box)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    row = window.model.rows[0]
    assert (row["template"], row["scope"], row["recipients_text"], row["channels_text"]) == (
        "Confirmation (English)",
        f"Course round: {course} — {round_name}",
        "The participant, Static recipients",
        "E-mail, SMS",
    )
    qtmodeltester.check(window.model)
    [created] = queued(gui_guard, ctx, "notification_binding.create")
    assert {k: created[k] for k in ("event_type", "template_id", "scope_kind", "scope_id")} == {
        "event_type": "registration.created",
        "template_id": "t-confirm",
        "scope_kind": "round",
        "scope_id": round_id,
    }
    assert (created["recipients"], created["channels"]) == (
        ["participant", "static"],
        ["email", "sms"],
    )

    # Edit: SMS only, to the shipped text; the event stays.
    window.table.selectRow(0)
    edit = opened(qtbot, window, window.edit_button, BindingDialog)
    qtbot.waitUntil(lambda: edit.template.currentData() == "t-confirm")
    qtbot.waitUntil(lambda: edit.scope_row.currentData() == round_id)
    tick(qtbot, edit.channel_boxes["email"])
    qtbot.mouseClick(edit.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rows[0]["channels_text"] == "SMS")
    [changed] = queued(gui_guard, ctx, "notification_binding.edit")
    assert changed["changes"] == {"channels": {"old": ["email", "sms"], "new": ["sms"]}}

    # Publishing the template says which binding it changes.
    templates = shown(qtbot, TemplatesWindow(ctx))
    templates.table.selectRow(templates.model.row_of("t-confirm"))
    qtbot.mouseClick(templates.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: templates.confirmation is not None)
    assert templates.confirmation is not None
    assert templates.confirmation.informativeText() == (
        "What these bindings send changes at once:\n"
        f"• Course round: {course} — {round_name} · The participant, Static recipients · SMS"
    )
    templates.confirmation.reject()

    window.table.selectRow(0)
    qtbot.mouseClick(window.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    qtbot.waitUntil(lambda: ctx.undo.top() is not None and "archiving" in ctx.undo.top().label)
    undo(qtbot, ctx)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)


def test_the_menu_opens_bindings_and_recipients(qtbot, ctx) -> None:
    window = make_window(qtbot, ctx)
    for action, attr, kind in (
        (window.act_bindings, "bindings_window", BindingsWindow),
        (window.act_recipients, "recipients_window", RecipientsWindow),
    ):
        assert action.isVisible() and action.isEnabled()
        action.trigger()
        opened_window = getattr(window, attr)
        assert isinstance(opened_window, kind)
        qtbot.waitUntil(lambda w=opened_window: w.loaded)


def test_the_notification_windows_speak_swedish(qtbot, ctx, swedish) -> None:
    window = make_window(qtbot, ctx)
    texts = [a.text() for a in window.admin_menu.actions()]
    at = texts.index("&Meddelandemallar…")
    assert texts[at : at + 3] == [
        "&Meddelandemallar…",
        "Aviserings&kopplingar…",
        "Aviseringsmottaga&re…",
    ]
    for action, attr, title, header in (
        (window.act_templates, "templates_window", "Meddelandemallar", "Händelse"),
        (window.act_bindings, "bindings_window", "Aviseringskopplingar", "Gäller"),
        (window.act_recipients, "recipients_window", "Aviseringsmottagare", "Inloggning"),
    ):
        action.trigger()
        opened_window = getattr(window, attr)
        qtbot.waitUntil(lambda w=opened_window: w.loaded)
        assert opened_window.windowTitle() == title
        model = opened_window.model
        headers = [
            model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())
        ]
        assert header in headers
        assert opened_window.new_button.text() == "&Ny…"
    templates = window.templates_window
    dialog = TemplateDialog(ctx, parent=templates)
    qtbot.addWidget(dialog)
    dialog.event_choice.setCurrentIndex(dialog.event_choice.findData("round.opens"))
    assert dialog.event_choice.currentText() == "En utbildningsomgång öppnar för anmälan"
    assert dialog.windowTitle() == "Ny meddelandemall"
    placeholder = dialog.placeholders.item(0).text()
    assert placeholder == "{course} — utbildningens namn"
