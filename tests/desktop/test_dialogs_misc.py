"""The smaller actions and dialogs: open profiles by keyboard, sync now,
about, settings from the menu; the models of the picker and the request plan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.participants.dialogs import RequestApprovalDialog
from desktop.people.picker import PersonPicker
from tests.desktop.conftest import make_window


def test_return_opens_the_participant_and_ctrl_return_the_manager(qtbot, ctx) -> None:
    window = make_window(qtbot, ctx)
    window.show_tab("participants")
    view = window.participants
    qtbot.waitUntil(lambda: view.model.row(0) is not None)
    row = next(
        r for r in range(view.model.rowCount())
        if (x := view.model.row(r)) is not None and x.manager_id
    )  # fmt: skip
    view.table.selectRow(row)
    view.table.setFocus()
    with qtbot.waitSignal(view.open_person) as blocker:
        view.act_open.trigger()
    assert blocker.args == [view.model.row(row).participant_id]
    with qtbot.waitSignal(view.open_person) as blocker:
        view.act_open_manager.trigger()
    assert blocker.args == [view.model.row(row).manager_id]


def test_sync_now_without_a_server_says_so(qtbot, ctx) -> None:
    window = make_window(qtbot, ctx)
    window.act_sync.trigger()
    assert window.statusBar().currentMessage() == "Not connected to a server: sign in to sync."


def test_about_names_the_database_and_the_log(qtbot, ctx, monkeypatch) -> None:
    window = make_window(qtbot, ctx)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: shown.append(text))
    window.about()
    assert str(ctx.store.path) in shown[0] and "kansli.log" in shown[0]


def test_settings_menu_item_asks_for_the_settings(qtbot, ctx) -> None:
    window = make_window(qtbot, ctx)
    file_menu = window.menuBar().actions()[0].menu()
    item = next(a for a in file_menu.actions() if a.text() == "&Settings…")
    with qtbot.waitSignal(window.settings_requested):
        item.trigger()


def test_picker_and_plan_models_pass_the_model_tester(qtbot, qtmodeltester, ctx, filled) -> None:
    picker = PersonPicker(ctx, "Choose")
    qtbot.addWidget(picker)
    picker.search.setText("a")
    picker.search.returnPressed.emit()
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0)
    qtmodeltester.check(picker.model)
    dialog = RequestApprovalDialog(ctx, filled.registration_ids[:20])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.plan) == 20)
    qtmodeltester.check(dialog.model)
    assert dialog.summary.text().startswith("Requests: ")


def test_request_dialog_says_offline_when_the_engine_is_offline(qtbot, offline_ctx, filled) -> None:
    dialog = RequestApprovalDialog(offline_ctx, filled.registration_ids[:3])
    qtbot.addWidget(dialog)
    assert not offline_ctx.online
    assert dialog.offline.text().startswith("You are offline")
    assert not dialog.offline.isHidden()


def test_header_click_sorts_and_the_arrow_shows_it(qtbot, ctx) -> None:
    window = make_window(qtbot, ctx)
    view = window.courses
    header = view.round_table.horizontalHeader()
    view.round_table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # seats
    seats = [r["seats"] for r in view.rounds.rows]
    assert seats == sorted(seats, reverse=True)
    assert header.sortIndicatorSection() == 4
