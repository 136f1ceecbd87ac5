"""Accounting › Import BgMax file… and Unmatched payments… in the main window (issue 18):
the menu's items for who handles money (accelerators unique in the menu), the window they
open (one, raised again), the file dialog the import opens; for a course administrator
there is no menu and no window."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel

from desktop.accounting.payments import MatchDialog, UnmatchedPaymentsWindow, summary_text
from desktop.mainwindow import MainWindow
from devtools.client_data import fill
from models.tenancy import Role
from sync.payments import ImportSummary
from tests.desktop.conftest import make_ctx


def _window(qtbot, store, settings, gui_guard, role: Role):  # type: ignore[no-untyped-def]
    with gui_guard.allowed():
        data = fill(store, participants=3, big_round=2, roles=frozenset({role}))
    ctx = make_ctx(store, data, settings)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return window, ctx


def test_the_accounting_menu_imports_and_lists_payments(qtbot, store, settings, gui_guard) -> None:
    window, ctx = _window(qtbot, store, settings, gui_guard, Role.TREASURER)
    try:
        texts = [a.text() for a in window.accounting_menu.actions() if a.text()]
        assert "&Import BgMax file…" in texts
        assert "&Unmatched payments…" in texts
        keys = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
        assert len(keys) == len(set(keys)), texts
        window.act_unmatched.trigger()
        unmatched = window.unmatched_payments_window
        assert isinstance(unmatched, UnmatchedPaymentsWindow)
        qtbot.waitUntil(unmatched.isVisible)
        window.act_import_bgmax.trigger()
        assert window.unmatched_payments_window is unmatched
        dialog = unmatched.file_dialog
        assert isinstance(dialog, QFileDialog)
        qtbot.waitUntil(dialog.isVisible)
        assert dialog.fileMode() == QFileDialog.FileMode.ExistingFile
        dialog.reject()
        qtbot.waitUntil(lambda: unmatched.dialog is None)
        unmatched.close()
    finally:
        ctx.ops.shutdown(wait=True)


@pytest.mark.parametrize("role", [Role.COURSE_ADMIN, Role.VIEWER])
def test_no_payments_for_who_does_not_handle_money(
    qtbot, store, settings, gui_guard, role: Role
) -> None:
    window, ctx = _window(qtbot, store, settings, gui_guard, role)
    try:
        assert not window.accounting_menu.menuAction().isVisible()
        assert window.show_unmatched_payments() is None
        assert window.import_bgmax() is None
    finally:
        ctx.ops.shutdown(wait=True)


def test_an_imports_summary_says_what_its_deductions_did() -> None:
    counts = {"payments": 1, "unmatched": 1, "amount": 100_000, "deductions": 2, "returned": 1}
    text = summary_text(ImportSummary(False, counts | {"deductions_unmatched": 1}))
    assert text.endswith(
        " 2 deductions (money the bank took back): 1 taken off the payments they name, whose "
        "invoices are open again; 1 unmatched."
    )
    assert "deductions" not in summary_text(ImportSummary(False, {"payments": 1}))


DEDUCTION = {"id": "x", "amount": -5_000, "paid_on": date(2026, 9, 10), "reference": "88888",
             "payer": ""}  # fmt: skip


def _deduction_dialog(qtbot, settings, shot: str) -> str:  # type: ignore[no-untyped-def]
    """The match dialog of a deduction: its words (a screenshot under /tmp/shots/h6)."""
    dialog = MatchDialog(DEDUCTION, settings)
    qtbot.addWidget(dialog)
    shots = Path(os.environ.get("KANSLI_SHOTS", "/tmp/shots/h6"))
    shots.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(shots / shot))
    [about] = [w for w in dialog.findChildren(QLabel) if "88888" in w.text()]
    return about.text()


def test_a_deduction_to_match_says_it_takes_money_back(qtbot, settings) -> None:
    assert _deduction_dialog(qtbot, settings, "match_deduction_en.png") == (
        "Deduction of 50 kr (money the bank took back) on 2026-09-10, reference “88888”, from "
        "?: matched, it takes back what the invoice's payments brought in."
    )


def test_a_deduction_to_match_in_swedish(qtbot, settings, swedish) -> None:
    assert _deduction_dialog(qtbot, settings, "match_deduction_sv.png").startswith(
        "Avdrag på 50 kr (pengar som banken tog tillbaka) den 2026-09-10"
    )
