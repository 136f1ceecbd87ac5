"""Accounting › Accounting settings… (issue 18), offline: the treasurer maps course fees
of the category Dans to 3012 with cost centre K1 by keyboard (BAS's 3010 shown as the
account's placeholder), the bank to 1940; an account that is not four digits is refused
next to its field; an edit taken back with undo; an archive. What is queued is what the
server's SIE export reads (tests/server/test_sie_export.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.accounting.settings import AccountingSettingsWindow, AccountMappingDialog
from tests.desktop.test_admin_bindings import opened, shown
from tests.desktop.test_admin_booking import choose
from tests.desktop.test_admin_templates import typed
from tests.desktop.test_categories import undo
from tests.desktop.test_course_dialogs import queued


def test_the_treasurer_maps_accounts_offline(qtbot, offline_ctx, gui_guard) -> None:  # type: ignore[no-untyped-def]
    ctx = offline_ctx
    window = shown(qtbot, AccountingSettingsWindow(ctx))
    assert window.model.rowCount() == 0

    dialog = opened(qtbot, window, window.new_button, AccountMappingDialog)
    assert dialog.account.placeholderText() == "3010"
    choose(qtbot, dialog.scope_kind, "category")
    typed(qtbot, dialog.scope_id, "Dans")
    typed(qtbot, dialog.account, "30x2")
    typed(qtbot, dialog.cost_centre, "K1")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors["account"].isVisible())
    dialog.account.selectAll()
    typed(qtbot, dialog.account, "3012")
    qtbot.keyClick(dialog.account, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    row = window.model.rows[0]
    assert (row["purpose"], row["scope"], row["account"], row["cost_centre"]) == (
        "fees",
        "Category Dans",
        "3012",
        "K1",
    )
    assert window.model.data(window.model.index(0, 0)) == "Course fees"

    dialog = opened(qtbot, window, window.new_button, AccountMappingDialog)
    choose(qtbot, dialog.purpose, "bank")
    assert dialog.account.placeholderText() == "1930"
    typed(qtbot, dialog.account, "1940")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    assert [r["purpose"] for r in window.model.rows] == ["fees", "bank"]  # in purpose order

    made = queued(gui_guard, ctx, "account_mapping.create")
    assert [(m["purpose"], m["scope_kind"], m["scope_id"], m["account"]) for m in made] == [
        ("fees", "category", "Dans", "3012"),
        ("bank", "tenant", None, "1940"),
    ]
    assert made[0]["cost_centre"] == "K1"

    # An edit of the account, then taken back with undo.
    window.table.selectRow(0)
    edit = opened(qtbot, window, window.edit_button, AccountMappingDialog)
    assert not edit.purpose.isEnabled() and not edit.scope_kind.isEnabled()
    edit.account.selectAll()
    typed(qtbot, edit.account, "3015")
    qtbot.mouseClick(edit.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rows[0]["account"] == "3015")
    [changed] = queued(gui_guard, ctx, "account_mapping.edit")
    assert changed["changes"]["account"] == {"old": "3012", "new": "3015"}
    qtbot.waitUntil(lambda: ctx.undo.top() is not None and "edit" in ctx.undo.top().label)
    undo(qtbot, ctx)
    qtbot.waitUntil(lambda: window.model.rows[0]["account"] == "3012")

    # Archived: the bank is booked on BAS's account again.
    window.table.selectRow(1)
    qtbot.mouseClick(window.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert queued(gui_guard, ctx, "account_mapping.archive")
