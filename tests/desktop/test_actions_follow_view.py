"""The Actions menu acts on the rows of the tab shown (issue 21, item 1): with rows
selected on the Participants tab and others on a round's page, every entry triggered
from the round's page concerns the round's rows; confirmations name the people."""

from __future__ import annotations

import json

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop.participants.dialogs import RemoveApprovalDialog, RequestApprovalDialog, names_phrase
from desktop.participants.view import ParticipantsView
from tests.desktop.conftest import make_window, read


def select_rows(view: ParticipantsView, rows: list[int]) -> None:
    sel = view.table.selectionModel()
    sel.clearSelection()
    for r in rows:
        sel.select(
            view.model.index(r, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    sel.setCurrentIndex(view.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)


def menu_actions(window) -> dict[str, QAction]:  # type: ignore[no-untyped-def]
    return {a.text(): a for a in window.actions_menu.actions() if not a.isSeparator()}


def round_rows(qtbot, view: ParticipantsView, count: int) -> list:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: view.model.loaded and view.model.rowCount() >= count)
    for i in range(count):
        qtbot.waitUntil(lambda i=i: view.model.row(i) is not None)
    return [view.model.row(i) for i in range(count)]


def open_both(qtbot, ctx, filled):  # type: ignore[no-untyped-def]
    """The window with a row selected on the Participants tab that is not on the big round,
    and the big round's page shown."""
    window = make_window(qtbot, ctx)
    window.show_tab("participants")
    tab = window.participants
    page = window.open_round(filled.big_round_id)
    rows = round_rows(qtbot, page.participants, 12)
    on_round = set(page.participants.model.ids_view())
    elsewhere = next(i for i in range(tab.model.rowCount()) if tab.model.id_at(i) not in on_round)
    select_rows(tab, [elsewhere])
    assert tab.selected_ids() and tab.selected_ids()[0] not in on_round
    return window, tab, page, rows


def test_the_actions_menu_holds_the_shown_tabs_actions(qtbot, ctx, filled) -> None:
    window, tab, page, _rows = open_both(qtbot, ctx, filled)
    assert set(menu_actions(window).values()) <= set(page.participants.row_actions())
    window.show_tab("participants")
    assert set(menu_actions(window).values()) <= set(tab.row_actions())
    window.show_tab("courses")  # no rows to act on: one disabled line says so
    [(text, none)] = menu_actions(window).items()
    assert text == "No actions on this tab" and not none.isEnabled()
    window.tabs.setCurrentWidget(page)
    assert "Cancel registration…" in menu_actions(window)


def test_single_row_actions_from_the_round_page_concern_its_row(qtbot, ctx, filled) -> None:
    window, tab, page, rows = open_both(qtbot, ctx, filled)
    view = page.participants
    n = next(i for i, r in enumerate(rows) if r.manager_id)
    select_rows(view, [n])
    actions = menu_actions(window)
    actions["Open participant's profile"].trigger()
    assert set(window.profiles) == {rows[n].participant_id}
    actions["Open approving manager's profile"].trigger()
    assert set(window.profiles) == {rows[n].participant_id, rows[n].manager_id}
    for profile in list(window.profiles.values()):
        profile.close()
    actions["Preview manager page"].trigger()
    qtbot.waitUntil(lambda: view.last_dialog is not None)
    assert tab.last_dialog is None
    view.last_dialog.close()


def test_many_row_actions_from_the_round_page_concern_its_rows(
    qtbot, ctx, filled, gui_guard
) -> None:
    window, tab, page, rows = open_both(qtbot, ctx, filled)
    view = page.participants
    picked = [i for i, r in enumerate(rows) if r.status == "registered" and r.email][:2]
    select_rows(view, picked)
    ids = view.selected_ids()
    names = [rows[i].participant_name for i in picked]
    who = f"{names[0]} and {names[1]}"
    actions = menu_actions(window)

    actions["Send request to approving manager…"].trigger()
    dialog = view.last_dialog
    assert isinstance(dialog, RequestApprovalDialog) and dialog.ids == ids
    dialog.reject()

    actions["Change approving manager…"].trigger()
    qtbot.waitUntil(lambda: view.last_dialog is not dialog)
    assert view.last_dialog.windowTitle() == f"Change approving manager of {who}"
    view.last_dialog.reject()

    actions["Remove approval…"].trigger()
    qtbot.waitUntil(lambda: isinstance(view.last_dialog, RemoveApprovalDialog))
    intro = view.last_dialog.findChildren(QLabel)
    assert any(f"Remove the approval of {who}?" in label.text() for label in intro)
    view.last_dialog.reject()

    QGuiApplication.clipboard().clear()
    actions["Copy e-mail addresses"].trigger()
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() != "")
    assert set(QGuiApplication.clipboard().text().split("; ")) == {rows[i].email for i in picked}

    actions["Cancel registration…"].trigger()
    qtbot.waitUntil(lambda: isinstance(view.last_dialog, QMessageBox))
    box: QMessageBox = view.last_dialog
    assert box.text() == f"Cancel the registration of {who}? Their places become free."
    with qtbot.waitSignal(ctx.ops.changed, timeout=10_000):
        box.button(QMessageBox.StandardButton.Yes).click()
    sent = read(gui_guard, ctx.store, "SELECT name, args FROM outbox ORDER BY seq")
    assert [(n, json.loads(a)["registration_id"]) for n, a in sent] == [
        ("registration.cancel", rid) for rid in ids
    ]
    assert tab.last_dialog is None  # the Participants tab's selection was never asked


def test_a_confirmation_names_the_first_people_and_counts_the_rest(swedish) -> None:
    assert names_phrase(["Sofia Eliasson"], 1) == "Sofia Eliasson"
    assert names_phrase(["A B", "C D", "E F"], 15) == "A B, C D, E F och 12 till"


def test_names_phrase_in_english() -> None:
    assert names_phrase(["Sofia Eliasson", "Hugo Ali"], 2) == "Sofia Eliasson and Hugo Ali"
    assert names_phrase(["A B", "C D", "E F"], 3) == "A B, C D and E F"
    assert names_phrase(["A B", "C D", "E F"], 15) == "A B, C D, E F and 12 more"
