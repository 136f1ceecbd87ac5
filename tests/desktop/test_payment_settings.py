"""Accounting › Payment settings… (issue 18), offline: the settings typed with the
keyboard are queued as a whole (version 1), a wrong Bankgiro number is refused next to
its field and a fee in words under it, the settings are shown again when the dialog opens
next, and Edit › Undo sets back the ones shown before (version 2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.admin.payment_settings import PaymentSettingsDialog, bp_to_percent, percent_to_bp
from desktop.mainwindow import MainWindow
from tests.desktop.test_admin_templates import typed
from tests.desktop.test_categories import undo
from tests.desktop.test_course_dialogs import queued


def _open(qtbot, window: MainWindow) -> PaymentSettingsDialog:  # type: ignore[no-untyped-def]
    assert window.accounting_menu.menuAction().isVisible() or not window.isVisible()
    window.act_payment_settings.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, PaymentSettingsDialog)]
    dialog = next(d for d in dialogs if d.isVisible())
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.ok.isEnabled() and QApplication.focusWidget() is not None)
    return dialog


def test_rates_are_typed_in_percent_and_kept_in_basis_points() -> None:
    assert percent_to_bp("2,50") == 250
    assert percent_to_bp("2.5 %") == 250
    assert percent_to_bp("") == 0
    assert percent_to_bp("-0,5") == -50
    assert bp_to_percent(250) == "2,50" and bp_to_percent(-50) == "-0,50"
    for bad in ("två", "2,555"):
        try:
            percent_to_bp(bad)
        except ValueError:
            continue
        raise AssertionError(bad)


def test_settings_are_set_refused_shown_again_and_undone(  # type: ignore[no-untyped-def]
    qtbot, offline_ctx, filled, gui_guard
) -> None:
    ctx = offline_ctx
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.accounting_menu.menuAction().isVisible()
    assert window.act_payment_settings.isVisible()

    dialog = _open(qtbot, window)
    assert (dialog.bankgiro.text(), dialog.due_days.value(), dialog.grace_days.value()) == (
        "",
        30,
        7,
    )
    typed(qtbot, dialog.bankgiro, "991-2347")
    dialog.due_days.selectAll()
    typed(qtbot, dialog.due_days, "20")
    typed(qtbot, dialog.reminder_fee, "sextio")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "kronor" in dialog.errors["reminder_fee"].text())
    dialog.reminder_fee.selectAll()
    typed(qtbot, dialog.reminder_fee, "60")
    qtbot.mouseClick(dialog.late_interest, Qt.MouseButton.LeftButton)
    dialog.reference_rate.selectAll()
    typed(qtbot, dialog.reference_rate, "2,5")
    typed(qtbot, dialog.sender_name, "Tangoklubben i Lund")
    typed(qtbot, dialog.org_number, "802000-0017")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    # The command's own check: the Bankgiro's check digit, next to its field.
    qtbot.waitUntil(lambda: "check digit" in dialog.errors["bankgiro"].text())
    assert dialog.isVisible() and queued(gui_guard, ctx, "payment_settings.set") == []
    closed: list[int] = []
    dialog.finished.connect(closed.append)  # the dialog is deleted once closed
    dialog.bankgiro.selectAll()
    typed(qtbot, dialog.bankgiro, "991-2346")
    qtbot.keyClick(dialog.bankgiro, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed == [1])
    [made] = queued(gui_guard, ctx, "payment_settings.set")
    assert (made["expected_version"], made["bankgiro"], made["due_days"]) == (0, "991-2346", 20)
    assert (made["reminder_fee"], made["late_interest"], made["reference_rate"]) == (
        6000,
        True,
        250,
    )
    assert (made["sender_name"], made["org_number"]) == ("Tangoklubben i Lund", "802000-0017")

    again = _open(qtbot, window)
    assert (again.bankgiro.text(), again.reminder_fee.text(), again.reference_rate.text()) == (
        "991-2346",
        "60",
        "2,50",
    )
    assert again.late_interest.isChecked() and again.due_days.value() == 20
    again.reject()

    qtbot.waitUntil(lambda: ctx.undo.top() is not None and "payment" in ctx.undo.top().label)
    undo(qtbot, ctx)
    sets = queued(gui_guard, ctx, "payment_settings.set")
    assert len(sets) == 2
    assert (sets[1]["expected_version"], sets[1]["bankgiro"], sets[1]["reminder_fee"]) == (1, "", 0)
    after = _open(qtbot, window)
    assert (after.bankgiro.text(), after.reminder_fee.text(), after.due_days.value()) == (
        "",
        "0",
        30,
    )
    after.reject()
