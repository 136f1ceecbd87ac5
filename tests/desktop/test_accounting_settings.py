"""Accounting › Accounting settings… (issue 18), offline: the treasurer adds cost centre
K1 "Kansliet" (Cost centres and projects…), maps course fees of the category Dans to 3012
with cost centre K1 and VAT code 05 by keyboard (BAS's 3010 shown as the account's
placeholder), the bank to 1940; an account that is not four digits is refused next to its
field; an edit taken back with undo; an archive; K1 cannot be archived while a mapping
names it. Fiscal year and series…: July, accrual, bookings in series K, set as a whole and
taken back with undo. What is queued is what the server's SIE export reads
(tests/server/test_sie_export.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from desktop.accounting.settings import (
    AccountingObjectDialog,
    AccountingOptionsDialog,
    AccountingSettingsWindow,
    AccountMappingDialog,
)
from desktop.accounting.sie_export import SieExportDialog
from tests.desktop.test_admin_bindings import opened, shown, tick
from tests.desktop.test_admin_booking import choose
from tests.desktop.test_admin_templates import typed
from tests.desktop.test_categories import undo
from tests.desktop.test_course_dialogs import queued


def test_the_treasurer_maps_accounts_offline(qtbot, offline_ctx, gui_guard) -> None:  # type: ignore[no-untyped-def]
    ctx = offline_ctx
    window = shown(qtbot, AccountingSettingsWindow(ctx))
    assert window.model.rowCount() == 0

    qtbot.mouseClick(window.objects_button, Qt.MouseButton.LeftButton)
    objects = window.objects_window
    assert objects is not None
    qtbot.waitUntil(lambda: objects.loaded)
    made_object = opened(qtbot, objects, objects.new_button, AccountingObjectDialog)
    typed(qtbot, made_object.code, "K1")
    typed(qtbot, made_object.name, "Kansliet")
    qtbot.keyClick(made_object.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: objects.model.rowCount() == 1)
    assert objects.model.data(objects.model.index(0, 0)) == "Cost centre"
    [k1] = queued(gui_guard, ctx, "accounting_object.create")
    assert (k1["dimension"], k1["code"], k1["name"]) == (1, "K1", "Kansliet")

    dialog = opened(qtbot, window, window.new_button, AccountMappingDialog)
    assert dialog.account.placeholderText() == "3010"
    choose(qtbot, dialog.scope_kind, "category")
    typed(qtbot, dialog.scope_id, "Dans")
    typed(qtbot, dialog.account, "30x2")
    qtbot.waitUntil(lambda: dialog.cost_centre.findData("K1") > 0)
    choose(qtbot, dialog.cost_centre, "K1")
    assert dialog.cost_centre.currentText() == "K1 – Kansliet"
    typed(qtbot, dialog.vat_code, "05")
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
    assert (made[0]["cost_centre"], made[0]["vat_code"]) == ("K1", "05")
    assert window.model.rows[0]["vat_code"] == "05"

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

    # K1 is named by the Dans mapping: it stays, the refusal under the list.
    objects.table.selectRow(0)
    qtbot.mouseClick(objects.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "mapping" in objects.message.text())
    assert objects.model.rowCount() == 1


def test_the_treasurer_sets_the_fiscal_year_accrual_and_series(  # type: ignore[no-untyped-def]
    qtbot, offline_ctx, gui_guard
) -> None:
    ctx = offline_ctx
    window = shown(qtbot, AccountingSettingsWindow(ctx))
    dialog = opened(qtbot, window, window.options_button, AccountingOptionsDialog)
    qtbot.waitUntil(lambda: dialog.ok.isEnabled())
    assert dialog.year_start.currentData() == 1 and not dialog.accrual.isChecked()
    assert (dialog.letters["accrual"].text(), dialog.names["accrual"].text()) == (
        "H",
        "Periodiseringar",
    )
    choose(qtbot, dialog.year_start, 7)
    assert dialog.year_start.currentText() == "July"
    tick(qtbot, dialog.accrual)
    dialog.letters["charge"].selectAll()
    typed(qtbot, dialog.letters["charge"], "k")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(queued(gui_guard, ctx, "accounting_settings.set")))
    [made] = queued(gui_guard, ctx, "accounting_settings.set")
    assert (made["expected_version"], made["year_start_month"], made["accrual"]) == (0, 7, True)
    assert {"kind": "charge", "letter": "K", "name": "Avgifter (bokningar)"} in made["series"]

    again = opened(qtbot, window, window.options_button, AccountingOptionsDialog)
    qtbot.waitUntil(lambda: again.ok.isEnabled())
    assert again.year_start.currentData() == 7 and again.accrual.isChecked()
    assert again.letters["charge"].text() == "K"
    again.reject()

    # The SIE export offers the fiscal year's start: 1 July.
    export = SieExportDialog(ctx, today=date(2026, 12, 4))
    qtbot.addWidget(export)
    qtbot.waitUntil(lambda: export.start.date() == QDate(2026, 7, 1))
    export.reject()

    qtbot.waitUntil(lambda: ctx.undo.top() is not None)
    undo(qtbot, ctx)
    back = queued(gui_guard, ctx, "accounting_settings.set")[-1]
    assert (back["expected_version"], back["year_start_month"], back["accrual"]) == (1, 1, False)
    assert {"kind": "charge", "letter": "A", "name": "Avgifter (bokningar)"} in back["series"]
