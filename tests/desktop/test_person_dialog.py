"""New person… from the person picker (issue 15): prefilled with what was typed, checked by the
identifiers' rules, a warning listing possible duplicates before it is saved (take one of
them instead, save anyway, or go back), person.create queued offline and undone."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.people.person_dialog import DuplicatesDialog, PersonDialog, prefill_from
from desktop.people.picker import PersonPicker
from models.people import PersonEmail
from tests.desktop.conftest import read
from tests.desktop.test_course_dialogs import queued


def test_what_was_typed_fills_the_name_the_address_and_the_personnummer() -> None:
    assert prefill_from("Anna Maria Berg") == {"first_name": "Anna Maria", "last_name": "Berg"}
    assert prefill_from("anna@example.se Berg") == {
        "email": "anna@example.se",
        "first_name": "Berg",
        "last_name": "",
    }
    assert prefill_from("850101-1236") == {"personnummer": "850101-1236"}
    assert prefill_from("  ") == {}


def open_new_person(qtbot, ctx, typed: str) -> tuple[PersonPicker, PersonDialog]:  # type: ignore[no-untyped-def]
    """A picker with ``typed`` searched for, and its New person… clicked."""
    picker = PersonPicker(ctx, "Choose participant")
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitUntil(picker.search.hasFocus)
    qtbot.keyClicks(picker.search, typed)
    qtbot.mouseClick(picker.new_person, Qt.MouseButton.LeftButton)
    dialog = picker.person_dialog
    assert isinstance(dialog, PersonDialog)
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and QApplication.focusWidget() is not None)
    return picker, dialog


def type_into(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_a_new_person_is_prefilled_queued_chosen_in_the_picker_and_undone(
    qtbot, offline_ctx, gui_guard
) -> None:
    ctx = offline_ctx
    picker, dialog = open_new_person(qtbot, ctx, "Greta Nystrom")
    assert (dialog.first_name.text(), dialog.last_name.text()) == ("Greta", "Nystrom")
    assert QApplication.focusWidget() is dialog.last_name
    qtbot.waitUntil(lambda: dialog.organisation.count() > 1)  # the organisations are read
    qtbot.keyClick(dialog.last_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Greta.Nystrom@Example.se")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "070-123 45 67")
    dialog.organisation.setCurrentIndex(1)
    organisation_id = dialog.organisation.currentData()
    with qtbot.waitSignal(picker.accepted):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    [args] = queued(gui_guard, ctx, "person.create")
    assert args["first_name"] == "Greta" and args["last_name"] == "Nystrom"
    assert args["emails"] == [
        {"address": "greta.nystrom@example.se", "kind": "work", "is_primary": False}
    ]
    assert args["phones"][0]["number"] == "+46701234567"
    assert args["organisation_id"] == organisation_id
    assert (picker.person_id, picker.person_name) == (args["person_id"], "Greta Nystrom")
    assert read(
        gui_guard, ctx.store, "SELECT last_name FROM person WHERE id = :i", i=args["person_id"]
    ) == [("Nystrom",)]
    qtbot.waitUntil(lambda: ctx.undo.top() is not None)
    assert ctx.undo.top().label == "creating Greta Nystrom"
    failures: list[Exception] = []
    done: list[object] = []
    ctx.undo.undo_last(ctx.ops, parent=None, failed=failures.append, done=done.append)
    qtbot.waitUntil(lambda: bool(done or failures))
    assert failures == []
    assert not queued(gui_guard, ctx, "person.create")
    assert (
        read(gui_guard, ctx.store, "SELECT id FROM person WHERE id = :i", i=args["person_id"]) == []
    )


def _someone(gui_guard, ctx) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    """(id, name, e-mail address) of a person of the filled store."""
    [(pid, first, last, address)] = read(
        gui_guard,
        ctx.store,
        "SELECT p.id, p.first_name, p.last_name, e.address FROM person p "
        "JOIN person_email e ON e.person_id = p.id AND e.deleted_at IS NULL "
        "WHERE p.deleted_at IS NULL ORDER BY p.id LIMIT 1",
    )
    return pid, f"{first} {last}", address


def warned(qtbot, dialog: PersonDialog) -> DuplicatesDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.warning is not None and dialog.warning.isVisible())
    assert dialog.warning is not None
    return dialog.warning


def test_the_same_address_warns_and_the_existing_person_can_be_taken_instead(
    qtbot, offline_ctx, gui_guard
) -> None:
    ctx = offline_ctx
    pid, name, address = _someone(gui_guard, ctx)
    picker, dialog = open_new_person(qtbot, ctx, f"Olle Ny {address.upper()}")
    assert dialog.emails.text() == address.upper()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    warning = warned(qtbot, dialog)
    assert warning.model.rowCount() == 1
    row = warning.model.row_at(0)
    assert row is not None
    assert (row["name"], row["emails"], row["why"]) == (name, address, "Same e-mail address")
    assert not queued(gui_guard, ctx, "person.create")
    # Enter takes the selected person (the default button).
    with qtbot.waitSignal(picker.accepted):
        qtbot.keyClick(warning.table, Qt.Key.Key_Return)
    assert (picker.person_id, picker.person_name) == (pid, name)
    assert dialog.took_existing
    assert not queued(gui_guard, ctx, "person.create")
    assert ctx.undo.top() is None


def test_an_address_that_bounced_is_marked_in_the_warning(qtbot, offline_ctx, gui_guard) -> None:
    """The duplicate's address that bounced (issue 16: marked by the server, pulled) shows
    with ⚠ and "(bounced)", when and the answer in its tooltip."""
    ctx = offline_ctx
    pid, _name, address = _someone(gui_guard, ctx)
    with gui_guard.allowed(), ctx.store.session() as s:  # as a pull writes the server's mark
        email = s.scalars(select(PersonEmail).where(PersonEmail.person_id == pid)).first()
        assert email is not None
        email.bounced_at = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
        email.bounce_detail = "550 5.1.1 <<address>>: User unknown"
    _picker, dialog = open_new_person(qtbot, ctx, f"Olle Ny {address}")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    warning = warned(qtbot, dialog)
    cell = warning.model.index(0, 2)
    assert warning.model.data(cell, Qt.ItemDataRole.DisplayRole) == f"⚠ {address} (bounced)"
    tip = str(warning.model.data(cell, Qt.ItemDataRole.ToolTipRole))
    assert tip.startswith(f"Mail to {address} bounced on 2026-12-01")
    assert tip.endswith("answered: 550 5.1.1 <<address>>: User unknown")
    warning.reject()


def test_back_returns_to_the_form_and_save_anyway_makes_the_person(
    qtbot, offline_ctx, gui_guard
) -> None:
    ctx = offline_ctx
    _pid, _name, address = _someone(gui_guard, ctx)
    picker, dialog = open_new_person(qtbot, ctx, f"Olle Ny {address}")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    warning = warned(qtbot, dialog)
    qtbot.mouseClick(warning.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not warning.isVisible())
    assert dialog.isVisible() and dialog.ok.isEnabled()
    assert not queued(gui_guard, ctx, "person.create")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    warning = warned(qtbot, dialog)
    with qtbot.waitSignal(picker.accepted):
        qtbot.mouseClick(warning.save_button, Qt.MouseButton.LeftButton)
    [args] = queued(gui_guard, ctx, "person.create")
    assert args["emails"][0]["address"] == address and picker.person_id == args["person_id"]
    assert not dialog.took_existing


def test_a_wrong_personnummer_is_refused_next_to_its_field(qtbot, offline_ctx, gui_guard) -> None:
    ctx = offline_ctx
    _picker, dialog = open_new_person(qtbot, ctx, "Olle Ny 850101-1234")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.errors["personnummer"].isVisible()
    assert dialog.errors["personnummer"].text() == "Personnummer has a wrong check digit"
    type_into(qtbot, dialog.emails, "olle@")
    qtbot.keyClick(dialog.emails, Qt.Key.Key_Return)
    assert dialog.errors["emails"].text() == "E-mail address has no domain after the @"
    assert dialog.isVisible() and not queued(gui_guard, ctx, "person.create")


def test_add_registration_of_a_new_person_warns_of_a_duplicate_and_registers_the_one_taken(
    qtbot, offline_ctx, filled, gui_guard
) -> None:
    from desktop.participants.dialogs import AddRegistrationDialog

    ctx = offline_ctx
    pid, name, address = _someone(gui_guard, ctx)
    dialog = AddRegistrationDialog(ctx, filled.round_ids[0], "Ledarskap")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.new.setChecked(True)
    qtbot.keyClicks(dialog.first, "Olle")
    qtbot.keyClicks(dialog.last, "Ny")
    qtbot.keyClicks(dialog.email, address)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.warning is not None and dialog.warning.isVisible())
    warning = dialog.warning
    assert warning is not None and warning.model.row_at(0)["name"] == name  # type: ignore[index]
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(warning.take_button, Qt.MouseButton.LeftButton)
    assert not queued(gui_guard, ctx, "person.create")
    [args] = queued(gui_guard, ctx, "registration.create")
    assert args["participant_id"] == pid and dialog.person_id == pid


def test_new_person_from_the_participants_list_opens_the_profile(
    qtbot, offline_ctx, gui_guard
) -> None:
    from tests.desktop.test_participants_view import make_view

    ctx = offline_ctx
    view = make_view(qtbot, ctx)
    assert view.act_new_person in view.row_actions() and view.act_new_person.isEnabled()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = view.last_dialog
    assert isinstance(dialog, PersonDialog)
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and QApplication.focusWidget() is not None)
    qtbot.keyClicks(dialog.first_name, "Nils")
    qtbot.keyClicks(dialog.last_name, "Holm")
    with qtbot.waitSignal(view.open_person) as opened:
        qtbot.keyClick(dialog.last_name, Qt.Key.Key_Return)
    [args] = queued(gui_guard, ctx, "person.create")
    assert opened.args == [args["person_id"]]
    assert (args["first_name"], args["last_name"]) == ("Nils", "Holm")
