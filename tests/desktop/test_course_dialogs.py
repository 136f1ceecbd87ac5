"""New / Edit / Archive course and New / Edit / Copy / Archive round, typed as a user does
(offline: each change waits in the outbox; a create is taken back by Undo while it waits)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.courses.dialogs import CourseDialog, RoundDialog, kronor_to_ore, ore_to_kronor
from desktop.courses.round_page import RoundPage
from tests.desktop.conftest import read
from tests.desktop.test_alumni_queue import in_dialog
from tests.desktop.test_courses import make_courses


def type_fields(qtbot, dialog, *texts: str) -> None:  # type: ignore[no-untyped-def]
    """Type each text into the field that has the focus, Tab between them, Enter at the end."""
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and QApplication.focusWidget() is not None)
    for i, text in enumerate(texts):
        if i:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if hasattr(focus, "selectAll"):
            focus.selectAll()
        if text:
            qtbot.keyClicks(QApplication.focusWidget(), text)
        elif hasattr(focus, "clear"):
            focus.clear()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def queued(guard, ctx, name: str) -> list[dict]:  # type: ignore[no-untyped-def, type-arg]
    rows = read(guard, ctx.store, "SELECT args FROM outbox WHERE name = :n ORDER BY seq", n=name)
    return [json.loads(r[0]) for r in rows]


def test_prices_are_entered_in_kronor_and_kept_in_ore() -> None:
    assert kronor_to_ore("4 500") == 450_000
    assert kronor_to_ore("1\u00a0250,50 kr") == 125_050
    assert kronor_to_ore("") is None
    for bad in ("fyra", "12,345"):
        try:
            kronor_to_ore(bad)
        except ValueError:
            continue
        raise AssertionError(bad)
    assert (ore_to_kronor(125_050), ore_to_kronor(450_000), ore_to_kronor(None)) == (
        "1250,50",
        "4500",
        "",
    )


def test_a_new_course_is_typed_queued_listed_and_undone(qtbot, offline_ctx, gui_guard) -> None:
    ctx = offline_ctx
    view = make_courses(qtbot, ctx)
    before = view.courses.rowCount()
    qtbot.mouseClick(view.new_course_button, Qt.MouseButton.LeftButton)
    dialog = view.last_dialog
    assert isinstance(dialog, CourseDialog)
    # Name, code, category; the code left empty is refused next to its field by the
    # command's own rules, and nothing is queued.
    type_fields(qtbot, dialog, "Arbetsratt", "", "Juridik")
    assert dialog.errors["code"].isVisible()
    assert dialog.errors["code"].text() == "Must not be empty"
    assert dialog.isVisible() and not queued(gui_guard, ctx, "course.create")
    dialog.code.setFocus()
    in_dialog(qtbot, dialog, "AR1")
    qtbot.waitUntil(lambda: view.courses.rowCount() == before + 1)
    [args] = queued(gui_guard, ctx, "course.create")
    assert (args["name"], args["code"], args["category"]) == ("Arbetsratt", "AR1", "Juridik")
    qtbot.waitUntil(lambda: ctx.undo.top() is not None)
    assert "Arbetsratt" in ctx.undo.top().label
    failures: list[Exception] = []
    ctx.undo.undo_last(ctx.ops, parent=view, failed=failures.append)
    qtbot.waitUntil(lambda: view.courses.rowCount() == before)
    assert failures == []
    assert not queued(gui_guard, ctx, "course.create")


def test_a_course_is_edited_and_archived(qtbot, offline_ctx, gui_guard, filled) -> None:
    ctx = offline_ctx
    view = make_courses(qtbot, ctx)
    view.course_table.selectRow(0)
    qtbot.waitUntil(lambda: view.edit_course_button.isEnabled())
    course = view.selected_course()
    assert course is not None
    view.edit_course_button.click()
    qtbot.waitUntil(lambda: isinstance(view.last_dialog, CourseDialog))
    dialog = view.last_dialog
    assert isinstance(dialog, CourseDialog) and dialog.name.text() == course["name"]
    leader = filled.manager_ids[0]
    (surname,) = read(gui_guard, ctx.store, "SELECT last_name FROM person WHERE id = :i", i=leader)[
        0
    ]
    qtbot.mouseClick(dialog.leader.choose, Qt.MouseButton.LeftButton)
    picker = dialog.leader.picker
    assert picker is not None
    picker.search.setText(surname)
    picker.search.returnPressed.emit()
    qtbot.waitUntil(lambda: picker.model.row_of(leader) >= 0)
    picker.table.selectRow(picker.model.row_of(leader))
    picker.ok.click()
    qtbot.waitUntil(lambda: dialog.leader.person_id == leader)
    dialog.activateWindow()  # the window manager's part once the picker closed
    dialog.name.setFocus()
    type_fields(qtbot, dialog, "Ny kursrubrik")
    qtbot.waitUntil(lambda: bool(queued(gui_guard, ctx, "course.edit")))
    [args] = queued(gui_guard, ctx, "course.edit")
    assert args["changes"] == {
        "name": {"old": course["name"], "new": "Ny kursrubrik"},
        "leader_id": {"old": None, "new": leader},
    }
    qtbot.waitUntil(lambda: view.courses.row_of(course["id"]) >= 0 and view.loaded)
    total = view.courses.rowCount()
    view.archive_course_button.click()
    qtbot.waitUntil(lambda: view.courses.rowCount() == total - 1)
    view.show_archived.setChecked(True)
    qtbot.waitUntil(lambda: view.courses.rowCount() == total)
    at = view.courses.row_of(course["id"])
    assert view.courses.row_at(at)["archived"]
    assert view.courses.index(at, 1).data() == "Ny kursrubrik (archived)"


def test_a_round_is_created_with_price_checked_and_copied_to_a_new_term(
    qtbot, offline_ctx, gui_guard
) -> None:
    ctx = offline_ctx
    view = make_courses(qtbot, ctx)
    view.course_table.selectRow(0)
    qtbot.waitUntil(lambda: view.new_round_button.isEnabled() and view.loaded)
    rounds = view.rounds.rowCount()
    view.new_round_button.click()
    dialog = view.last_dialog
    assert isinstance(dialog, RoundDialog)
    # name, term, starts, ends (before the start: refused when the command runs)
    type_fields(qtbot, dialog, "Var 2027", "VT2027", "2027-03-10", "2027-03-01", "Umea")
    qtbot.waitUntil(lambda: dialog.errors["ends_on"].isVisible())
    assert not queued(gui_guard, ctx, "round.create")
    dialog.dates["ends_on"].setText("2027-03-12")
    dialog.price.setFocus()
    in_dialog(qtbot, dialog, "fyra tusen")
    assert dialog.errors["price_ore"].isVisible() and dialog.isVisible()
    dialog.price.clear()
    in_dialog(qtbot, dialog, "4 500,50")
    qtbot.waitUntil(lambda: view.rounds.rowCount() == rounds + 1)
    [args] = queued(gui_guard, ctx, "round.create")
    assert (args["price_ore"], args["starts_on"], args["place"]) == (450_050, "2027-03-10", "Umea")

    view.round_table.selectRow(view.rounds.row_of(args["round_id"]))
    view.copy_round_button.click()
    qtbot.waitUntil(
        lambda: isinstance(view.last_dialog, RoundDialog) and view.last_dialog != dialog
    )
    copy = view.last_dialog
    assert isinstance(copy, RoundDialog)
    assert copy.price.text() == "4500,50" and copy.term.text() == "" and copy.place.text() == "Umea"
    copy.term.setFocus()
    in_dialog(qtbot, copy, "HT2027")
    qtbot.waitUntil(lambda: len(queued(gui_guard, ctx, "round.create")) == 2)
    second = queued(gui_guard, ctx, "round.create")[1]
    assert (second["term"], second["price_ore"], second["course_id"]) == (
        "HT2027",
        450_050,
        args["course_id"],
    )
    assert second["round_id"] != args["round_id"]


def test_a_round_edit_sends_the_fields_changed_with_what_the_form_showed(
    qtbot, offline_ctx, gui_guard
) -> None:
    ctx = offline_ctx
    view = make_courses(qtbot, ctx)
    view.round_table.selectRow(0)
    round_ = view.selected_round()
    assert round_ is not None
    view.edit_round_button.click()
    qtbot.waitUntil(lambda: isinstance(view.last_dialog, RoundDialog))
    dialog = view.last_dialog
    assert isinstance(dialog, RoundDialog)
    dialog.place.setFocus()
    dialog.place.selectAll()
    in_dialog(qtbot, dialog, "Kiruna")
    qtbot.waitUntil(lambda: bool(queued(gui_guard, ctx, "round.edit")))
    [args] = queued(gui_guard, ctx, "round.edit")
    assert args == {
        "round_id": round_["id"],
        "changes": {"place": {"old": round_["place"], "new": "Kiruna"}},
    }
    # The command is queued on the worker; its undo step reaches the stack when the
    # success callback runs on the GUI thread, so wait for that, not just the queue.
    qtbot.waitUntil(lambda: ctx.undo.top() is not None)
    step = ctx.undo.top()
    assert step is not None and step.command == "round.edit"


def test_the_round_page_edits_its_round_and_copies_it(
    qtbot, offline_ctx, gui_guard, filled
) -> None:
    ctx = offline_ctx
    page = RoundPage(ctx, filled.big_round_id)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: page.loaded)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.last_dialog, RoundDialog))
    dialog = page.last_dialog
    assert isinstance(dialog, RoundDialog)
    dialog.price.setFocus()
    qtbot.keyClicks(dialog.price, "1 200")
    dialog.seats.setFocus()
    dialog.seats.selectAll()
    in_dialog(qtbot, dialog, "2")
    qtbot.waitUntil(lambda: bool(queued(gui_guard, ctx, "round.edit")))
    [args] = queued(gui_guard, ctx, "round.edit")
    assert args["round_id"] == filled.big_round_id
    assert (args["changes"]["seats"]["new"], args["changes"]["price_ore"]) == (
        2,
        {"old": None, "new": 120_000},
    )
    qtbot.waitUntil(lambda: page.numbers["seats"].accessibleDescription() == "2")
    assert "1200 kr" in page.facts.text()
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_dialog is not dialog)
    copy = page.last_dialog
    assert isinstance(copy, RoundDialog) and copy.seats.value() == 2
    copy.term.setFocus()
    in_dialog(qtbot, copy, "VT2028")
    qtbot.waitUntil(lambda: bool(queued(gui_guard, ctx, "round.create")))
    [created] = queued(gui_guard, ctx, "round.create")
    assert (created["term"], created["seats"]) == ("VT2028", 2)
