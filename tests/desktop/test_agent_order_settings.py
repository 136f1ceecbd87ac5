"""Administration › Agent-order settings… (issue 20, seed 004 step 1.14), offline: the
setting ticked is queued as a whole (version 1), shown again when the dialog opens next,
and Edit › Undo sets back the one shown before (version 2); not offered to non-admins."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.agent_orders.settings import AgentOrderSettingsDialog
from desktop.mainwindow import MainWindow
from devtools.client_data import fill
from models.tenancy import Role
from tests.desktop.conftest import make_ctx
from tests.desktop.test_categories import undo
from tests.desktop.test_course_dialogs import queued


def _open(qtbot, window: MainWindow) -> AgentOrderSettingsDialog:  # type: ignore[no-untyped-def]
    window.act_agent_order_settings.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, AgentOrderSettingsDialog)]
    dialog = next(d for d in dialogs if d.isVisible())
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.ok.isEnabled() and QApplication.focusWidget() is not None)
    return dialog


def test_setting_is_set_shown_again_and_undone(  # type: ignore[no-untyped-def]
    qtbot, offline_ctx, filled, gui_guard
) -> None:
    ctx = offline_ctx
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.act_agent_order_settings.isVisible()

    dialog = _open(qtbot, window)
    assert not dialog.handler_signs_with_bankid.isChecked()
    assert QApplication.focusWidget() is dialog.handler_signs_with_bankid
    qtbot.keyClick(dialog.handler_signs_with_bankid, Qt.Key.Key_Space)
    assert dialog.handler_signs_with_bankid.isChecked()
    closed: list[int] = []
    dialog.finished.connect(closed.append)  # the dialog is deleted once closed
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed == [1])
    [made] = queued(gui_guard, ctx, "agent_order_settings.set")
    assert (made["expected_version"], made["handler_signs_with_bankid"]) == (0, True)

    again = _open(qtbot, window)
    assert again.handler_signs_with_bankid.isChecked()
    again.reject()

    qtbot.waitUntil(lambda: ctx.undo.top() is not None and "agent-order" in ctx.undo.top().label)
    undo(qtbot, ctx)
    sets = queued(gui_guard, ctx, "agent_order_settings.set")
    assert [(s["expected_version"], s["handler_signs_with_bankid"]) for s in sets] == [
        (0, True),
        (1, False),
    ]
    after = _open(qtbot, window)
    assert not after.handler_signs_with_bankid.isChecked()
    after.reject()


def test_not_offered_to_others_than_administrators(  # type: ignore[no-untyped-def]
    qtbot, store, settings, gui_guard
) -> None:
    with gui_guard.allowed():
        data = fill(store, participants=5, big_round=2, roles=frozenset({Role.TREASURER}))
    ctx = make_ctx(store, data, settings)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        assert not window.act_agent_order_settings.isVisible()
        assert window.show_agent_order_settings() is None
    finally:
        ctx.ops.shutdown(wait=True)


def test_the_dialog_in_swedish_shows_no_english(  # type: ignore[no-untyped-def]
    qtbot, offline_ctx, filled, swedish, tmp_path
) -> None:
    window = MainWindow(offline_ctx)
    qtbot.addWidget(window)
    assert window.act_agent_order_settings.text() == "In&ställningar för agentbeställningar…"
    dialog = _open(qtbot, window)
    assert dialog.windowTitle() == "Inställningar för agentbeställningar"
    assert dialog.handler_signs_with_bankid.text() == (
        "Handläggare signerar godkännanden och avslag med BankID"
    )
    assert dialog.grab().save(str(tmp_path / "agent_order_settings_sv.png"))
    dialog.reject()
