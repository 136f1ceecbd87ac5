"""Accounting › Import BgMax file… and Unmatched payments… in the main window (issue 18):
the menu's items for who handles money (accelerators unique in the menu), the window they
open (one, raised again), the file dialog the import opens; for a course administrator
there is no menu and no window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.accounting.payments import UnmatchedPaymentsWindow
from desktop.mainwindow import MainWindow
from devtools.client_data import fill
from models.tenancy import Role
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
