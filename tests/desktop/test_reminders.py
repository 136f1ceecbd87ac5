"""Accounting › Reminders… in the main window (issue 18): the item is in the Accounting
menu of who handles money and opens the one reminders window; the person a row asks for
opens as their profile. The list itself against the real server:
tests/desktop/test_reminders_live.py."""

from __future__ import annotations

import pytest

from desktop.admin.reminders import RemindersWindow
from desktop.mainwindow import MainWindow
from devtools.client_data import fill
from models.tenancy import Role
from tests.desktop.conftest import make_ctx


@pytest.mark.parametrize(("role", "allowed"), [(Role.TREASURER, True), (Role.VIEWER, False)])
def test_the_reminders_window_opens_from_the_accounting_menu(
    qtbot, store, settings, gui_guard, role: Role, allowed: bool
) -> None:
    with gui_guard.allowed():
        data = fill(store, participants=5, big_round=2, roles=frozenset({role}))
    ctx = make_ctx(store, data, settings)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        assert window.act_reminders in window.accounting_menu.actions()
        assert window.accounting_menu.menuAction().isVisible() is allowed
        if not allowed:
            assert window.show_reminders() is None
            return
        window.act_reminders.trigger()
        reminders = window.reminders_window
        assert isinstance(reminders, RemindersWindow) and reminders.isVisible()
        window.act_reminders.trigger()
        assert window.reminders_window is reminders  # one window, raised again
        person = data.participant_ids[0]
        reminders.open_person.emit(person)
        qtbot.waitUntil(lambda: person in window.profiles)
        assert window.profiles[person].isVisible()
    finally:
        ctx.ops.shutdown(wait=True)
