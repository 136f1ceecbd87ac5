"""Notifications (issue 8): the status-bar button with the unread count, the list fed by
``GET /api/v1/notifications`` on the network pool, opening one and marking read."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel

from desktop.notifications.view import NotificationsButton
from models.agent_orders import OrderState
from server.services.database import Database
from server.settings import Settings
from tests.agent_orders.builders import Cast, add_order, make_cast
from tests.desktop.live_web import SECRET, in_thread, signed_in, web_server
from tests.server.helpers import PASSWORD
from tests.utils.servers import LiveServer


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = in_thread(web_server, tmp_path_factory.mktemp("notifications"))
    yield live
    in_thread(live.stop)


def _two_orders_to_attest(server: LiveServer) -> tuple[Cast, list[str]]:
    db = Database(server.db_url)
    settings = Settings(database_url=server.db_url, public_base_url=server.url, secret_key=SECRET)
    cast = make_cast(db, settings, prefix="note")
    return cast, [add_order(cast, state=OrderState.AGENT_APPROVED) for _ in range(2)]


def _unread_on_server(cast: Cast) -> int:
    from sqlalchemy import func, select

    from server.tables import Notification

    with cast.db.sessions() as s:
        q = (
            select(func.count())
            .select_from(Notification)
            .where(
                Notification.user_id == cast.users["attestant"].id, Notification.read_at.is_(None)
            )
        )
        return int(s.scalar(q) or 0)


def test_unread_count_list_open_and_mark_read(qtbot, server, settings, tmp_path) -> None:
    cast, orders = in_thread(_two_orders_to_attest, server)
    try:
        with signed_in(
            server.url, cast.email("attestant"), PASSWORD, tmp_path / "c.db", settings
        ) as (ctx, _session):
            button = NotificationsButton(ctx)
            qtbot.addWidget(button)
            assert not button.isHidden()
            qtbot.waitUntil(lambda: button.text() == "Notifications (2)", timeout=20_000)
            assert button.font().bold() and button.toolTip() == "2 unread notifications"
            dialog = button.show_list()
            qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
            rows = dialog.model.rows
            assert all(r["title"].endswith("awaits your attestation") for r in rows)
            assert [dialog.model.data(dialog.model.index(i, 0)) for i in (0, 1)] == ["New"] * 2
            assert dialog.summary.text().startswith("2 unread")
            # Opening one shows its order in the app and marks it read.
            sel = dialog.table.selectionModel()
            sel.setCurrentIndex(
                dialog.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            opened_note = rows[0]["note"]
            assert dialog.open_button.isEnabled()
            with qtbot.waitSignal(button.open_order) as opened:
                dialog.open_button.click()
            assert opened.args == [opened_note.related_id] and opened.args[0] in orders
            qtbot.waitUntil(lambda: button.text() == "Notifications (1)", timeout=20_000)
            assert in_thread(_unread_on_server, cast) == 1
            assert not dialog.model.row_at(dialog.model.row_of(opened_note.id))["unread"]
            dialog.all_button.click()
            qtbot.waitUntil(lambda: button.text() == "Notifications", timeout=20_000)
            assert in_thread(_unread_on_server, cast) == 0
            assert not button.font().bold() and not dialog.all_button.isEnabled()
            dialog.close()
    finally:
        in_thread(cast.db.dispose)


def test_without_a_server_there_is_no_button_and_offline_says_why(qtbot, ctx, offline_ctx) -> None:
    local = NotificationsButton(ctx)
    qtbot.addWidget(local)
    assert local.isHidden()  # a local database only: nothing to ask
    button = NotificationsButton(offline_ctx)
    qtbot.addWidget(button)
    qtbot.waitUntil(lambda: "cannot be reached" in button.toolTip(), timeout=20_000)
    assert button.text() == "Notifications"
    dialog = button.show_list()
    qtbot.waitUntil(lambda: "The server cannot be reached." in dialog.summary.text())
    assert dialog.table.empty.text() == "No notifications."
    dialog.close()


def test_main_window_has_the_button_and_a_menu_entry(qtbot, ctx) -> None:
    from desktop.mainwindow import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.notifications.parent() is not None
    assert window.act_notifications.shortcut().toString() == "Ctrl+Shift+N"
    go = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Go")
    assert window.act_notifications in go.actions()
