"""The desktop follows a change of the account's roles that a sync brought (issue 26, item 1).

The engine records the roles from ``/me`` after the server started the view over
(tests/sync/test_view_change.py proves that part over HTTP); its state carries
them to the GUI thread, where the app runs commands with the new roles and builds
its window again, so what is shown by role (the Administration menu) follows.
"""

from __future__ import annotations

from pathlib import Path

from desktop.app import parse_args
from desktop.sync_bridge import SyncStatus
from sync.engine import SyncState


def test_engine_state_roles_reach_the_gui_side_status() -> None:
    status = SyncStatus.of(SyncState(status="online", roles=frozenset({"course_admin"})))
    assert status.roles == frozenset({"course_admin"})
    assert SyncStatus.of(SyncState()).roles is None


def test_new_roles_rebuild_the_window_and_the_admin_menu_follows(
    qtbot, store, filled, gui_guard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from desktop.application import Application

    with gui_guard.allowed():
        store.close()
    args = parse_args(["--database", str(store.path), "--settings", str(tmp_path / "k.ini")])
    app = Application(args)
    try:
        app.start()
        qtbot.waitUntil(lambda: app.window is not None, timeout=20_000)
        first = app.window
        assert "admin" in app.ctx.actor.roles
        assert first.admin_menu.menuAction().isVisible()

        app.follow_roles(SyncStatus(status="online", roles=frozenset(app.ctx.actor.roles)))
        assert app.window is first  # the same roles: nothing happens

        app.follow_roles(SyncStatus(status="online", roles=frozenset({"course_admin"})))
        assert app.window is not first
        assert app.ctx.actor.roles == frozenset({"course_admin"})
        assert app.ctx.ops.actor.roles == frozenset({"course_admin"})
        assert not app.window.admin_menu.menuAction().isVisible()
        assert app.window.statusBar().currentMessage() == (
            "Your roles were changed: Kansli now shows what they allow."
        )
    finally:
        app.shutdown()


def test_the_roles_notice_is_said_in_swedish(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from desktop.i18n import Translations

    swedish = Translations()
    try:
        swedish.install("sv")
        text = QCoreApplication.translate(
            "MainWindow", "Your roles were changed: Kansli now shows what they allow."
        )
        assert text == "Dina roller har ändrats: Kansli visar nu det de ger tillgång till."
    finally:
        swedish.install("en")
