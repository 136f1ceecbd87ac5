"""A round's cancellation terms from its page (issue 17), offline: the terms typed with
the keyboard are queued as a whole (version 1), shown again when the dialog opens
next, refused under the form when the fee is no amount, and set back by Edit › Undo
(version 2 holding the terms shown before)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.courses.cancellation_terms import CancellationTermsDialog
from desktop.courses.round_page import RoundPage
from tests.desktop.test_admin_templates import typed
from tests.desktop.test_categories import undo
from tests.desktop.test_course_dialogs import queued


def _open(qtbot, page: RoundPage) -> CancellationTermsDialog:  # type: ignore[no-untyped-def]
    before = page.last_dialog
    qtbot.mouseClick(page.terms_button, Qt.MouseButton.LeftButton)
    dialog = page.last_dialog
    assert isinstance(dialog, CancellationTermsDialog) and dialog is not before
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.ok.isEnabled() and QApplication.focusWidget() is not None)
    return dialog


def test_terms_are_set_shown_again_and_undone(qtbot, offline_ctx, filled, gui_guard) -> None:  # type: ignore[no-untyped-def]
    ctx = offline_ctx
    page = RoundPage(ctx, filled.big_round_id)
    qtbot.addWidget(page)
    page.show()
    assert page.terms_button.isEnabled()

    dialog = _open(qtbot, page)
    assert dialog.full_until.text() == "" and dialog.refunds.isChecked()
    typed(qtbot, dialog.full_until, "2026-08-01")
    typed(qtbot, dialog.fee_until, "2026-08-31")
    typed(qtbot, dialog.fee, "två hundra")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "kronor" in dialog.error.text())
    dialog.fee.selectAll()
    typed(qtbot, dialog.fee, "200")
    qtbot.keyClick(dialog.fee, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [made] = queued(gui_guard, ctx, "cancellation_policy.set")
    assert (made["expected_version"], made["full_refund_until"], made["fee_refund_until"]) == (
        0,
        "2026-08-01",
        "2026-08-31",
    )
    assert (made["admin_fee"], made["refund_as"], made["refunds"]) == (20_000, "credit", True)

    again = _open(qtbot, page)
    assert (again.full_until.text(), again.fee.text()) == ("2026-08-01", "200")
    again.reject()

    qtbot.waitUntil(lambda: ctx.undo.top() is not None and "cancellation" in ctx.undo.top().label)
    undo(qtbot, ctx)
    sets = queued(gui_guard, ctx, "cancellation_policy.set")
    assert len(sets) == 2
    assert (sets[1]["expected_version"], sets[1]["full_refund_until"], sets[1]["admin_fee"]) == (
        1,
        None,
        0,
    )
    after = _open(qtbot, page)
    assert (after.full_until.text(), after.fee.text()) == ("", "0")
