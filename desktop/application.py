"""The running application: start-up (login, demo, local file), the main window's life,
switching language, ``--screenshot``, and a clean shutdown."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from desktop.logs import timing

if TYPE_CHECKING:
    from desktop.mainwindow import MainWindow
    from desktop.session import Session
    from desktop.sync_bridge import SyncStatus

log = logging.getLogger("desktop")


class Application:
    """Start-up, the window's life and a clean shutdown (including the demo child)."""

    def __init__(self, args: argparse.Namespace, demo: Any = None) -> None:
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from desktop.common.palette import apply_palette
        from desktop.i18n import Translations, resolve_language
        from desktop.settings import LANGUAGE, Settings
        from desktop.sync_bridge import SyncBridge

        self.args = args
        self.demo = demo
        # instance() is typed as the QCoreApplication base; this process only makes QApplications.
        self.qapp = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
        apply_palette(self.qapp)
        from desktop.qt_workarounds import MainThreadGc

        # Cycles holding Qt objects are freed on the GUI thread, never on a worker's. What
        # start-up made so far (imports, with the collector off) is frozen: the GUI thread's
        # first collections do not walk it.
        self.gc = MainThreadGc(self.qapp).start(freeze=True)
        self.qapp.setOrganizationName("Kansli")
        self.qapp.setApplicationName("Kansli")
        self.qapp.setQuitOnLastWindowClosed(False)
        self.settings = Settings(
            QSettings(args.settings, QSettings.Format.IniFormat) if args.settings else QSettings()
        )
        self.translations = Translations()
        self.language = resolve_language(args.language or self.settings.get(LANGUAGE))
        self.translations.install(self.language)
        self.bridge = SyncBridge()
        self.window: Any = None
        self.ctx: Any = None
        self.session: Any = None
        self.exit_code = 0
        self._closing = False
        #: The session is shown before signing in (a returning demo user's copy).
        self._sign_in_later = False
        #: Signing that session in is under way (a screenshot waits for it).
        self._signing_in = False
        if os.environ.get("KANSLI_GUI_GUARD") == "1":
            from desktop.guard import GuiThreadGuard

            self.guard = GuiThreadGuard(raise_errors=False).install()

    # -- start ------------------------------------------------------------------------

    def start(self) -> None:
        from desktop.common.background import run_task

        if self.demo is not None and self.demo.returning():
            # A returning user's copy: its rows are shown while the server starts,
            # signing in and syncing follow once it answers.
            self._sign_in_later = True
            run_task(self._returning_demo_session, self.open_session, self.fail)
        elif self.demo is not None:
            run_task(self._demo_session, self.open_session, self.fail)
        elif self.args.database:
            path = Path(self.args.database)
            run_task(lambda: self._database_session(path), self.open_session, self.fail)
        if self.demo is not None or self.args.database:
            # While the store opens (and the server starts, the first sync runs),
            # load the window's code.
            import desktop.mainwindow  # noqa: F401
        else:
            from desktop.login import LoginDialog

            dialog = LoginDialog(self.settings, self.bridge)
            dialog.signed_in.connect(self.open_session)
            dialog.rejected.connect(lambda: self.quit(0) if self.window is None else None)
            dialog.show()
            dialog.try_remembered()
            self.login = dialog

    @staticmethod
    def _database_session(path: Path) -> Session:
        """``--database``: the file as it is; an encrypted one with the keyring's key."""
        from desktop.session import open_local
        from sync import cipher

        if not cipher.is_encrypted(path):
            return open_local(path)
        from sync.local_keys import LocalKeys

        return open_local(path, key=LocalKeys().known(path))

    def _returning_demo_session(self) -> Session:
        from desktop.session import open_known

        return open_known(
            self.demo.client_db, self.demo.url, bridge=self.bridge, keys=self.demo.keys()
        )

    def _demo_sign_in(self, session: Session) -> dict[str, Any]:
        """Off the GUI thread: wait for the demo server, sign the shown session in."""
        from desktop.demo import admin_user
        from desktop.session import sign_in_known

        info: dict[str, Any] = self.demo.wait_ready()
        timing("demo server answers")
        user = admin_user(info)
        sign_in_known(session, user["email"], user["password"], keys=self.demo.keys())
        return info

    def _demo_signed_in(self, info: dict[str, Any]) -> None:
        from desktop.settings import SYNC_INTERVAL_SECONDS

        timing("signed in")
        self._signing_in = False
        self.demo_info = info
        if self.ctx is None or self.session is None:
            return
        self.ctx.demo_info = info
        if self.window is not None:
            self.window.sync_status.demo.setEnabled(True)
        self.session.engine.start(self.settings.get(SYNC_INTERVAL_SECONDS))

    def _demo_sign_in_failed(self, exc: Exception) -> None:
        """The rows stay on screen, offline; the user is told why (or a screenshot run ends)."""
        from PySide6.QtWidgets import QMessageBox

        log.error("demo sign-in failed: %s", exc, exc_info=exc)
        self._signing_in = False
        if self.args.screenshot or self.window is None:
            self.fail(exc)
            return
        QMessageBox.warning(self.window, "Kansli", str(exc))

    def _demo_session(self) -> Session:
        from desktop.demo import admin_user
        from desktop.session import sign_in

        info = self.demo.wait_ready()
        self.demo_info = info
        timing("demo server answers")
        self.demo.forget_stale_client(str(info["url"]))
        user = admin_user(info)
        return sign_in(
            info["url"],
            user["email"],
            user["password"],
            bridge=self.bridge,
            db_path=self.demo.data_dir / "client.db",
            keys=self.demo.keys(),
            remember=True,  # the demo's key kept in the demo's folder: a returning demo opens
        )

    def open_session(self, session: Session) -> None:
        try:
            self._open_session(session)
        except Exception as exc:
            self.fail(exc)

    def _open_session(self, session: Session) -> None:
        from desktop.context import AppContext
        from desktop.operations import Operations
        from desktop.operations.undo import UndoStack
        from desktop.settings import SYNC_INTERVAL_SECONDS

        timing("local database open" if self._sign_in_later else "signed in and synced")
        self.session = session
        ops = Operations(session.store, session.actor, session.engine)
        self.ctx = AppContext(
            store=session.store,
            actor=session.actor,
            ops=ops,
            settings=self.settings,
            undo=UndoStack(),
            engine=session.engine,
            bridge=self.bridge if session.engine.client is not None else None,
            demo=self.demo is not None,
            demo_info=getattr(self, "demo_info", None),
            tenant_name=session.tenant_name,
            server_url=session.server_url,
            language=self.language,
        )
        if session.engine.client is not None:  # a server to sync with
            if not getattr(self, "_follows_roles", False):
                self.bridge.state_changed.connect(self.follow_roles)
                self._follows_roles = True
            self.bridge.on_state(session.engine.state)
            if not self._sign_in_later:
                session.engine.start(self.settings.get(SYNC_INTERVAL_SECONDS))
        self.show_window()
        if self._sign_in_later:
            from desktop.common.background import run_task

            self._sign_in_later = False
            self._signing_in = True
            run_task(
                lambda: self._demo_sign_in(session),
                self._demo_signed_in,
                self._demo_sign_in_failed,
            )
        if session.recovered is not None:
            from desktop.sync_ui.recovery import show_recovery

            self.recovery_box = show_recovery(self.window, session.recovered, session.store)

    def show_window(self) -> None:
        from desktop.mainwindow import MainWindow

        window = MainWindow(self.ctx)
        window.settings_requested.connect(self.open_settings)
        window.closed.connect(lambda w=window: self.quit(0) if w is self.window else None)
        self.window = window
        window.data_shown.connect(lambda: timing("main window shows its data"))
        if self.args.screenshot:
            window.resize(1360, 820)  # the same picture whatever size was saved
            window.show_tab(self.args.tab)
            window.data_shown.connect(self._screenshot_when_settled)
        self._log_first_paint(window)
        self._log_rows_painted(window)
        window.show()

    def _log_first_paint(self, window: MainWindow) -> None:
        """Log "main window painted" once the first paint pass of ``window`` is done.

        The start-up benchmark's marker: an event filter that sees the
        window's first paint event and removes itself at once.
        """
        from PySide6.QtCore import QEvent, QObject, QTimer

        class FirstPaint(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    watched.removeEventFilter(self)
                    # Children paint in the same pass: log when it is over.
                    QTimer.singleShot(0, lambda: timing("main window painted"))
                return False

        self._first_paint = FirstPaint(window)
        window.installEventFilter(self._first_paint)

    def _log_rows_painted(self, window: MainWindow) -> None:
        """Log "participants' rows painted" at the first paint of the Participants list
        that shows rows with their data (the ``desktop-demo`` benchmark's marker), once
        the Participants tab's view is made (when the tab is first shown)."""
        from PySide6.QtCore import QEvent, QObject, QTimer

        if window.built_view("participants") is None:
            window.tab_built.connect(
                lambda key: self._log_rows_painted(window) if key == "participants" else None
            )
            return
        table, model = window.participants.table, window.participants.model

        def rows_ready() -> bool:
            if model.rowCount() == 0:
                return False
            first = max(table.rowAt(0), 0)
            last = table.rowAt(table.viewport().height() - 1)
            last = model.rowCount() - 1 if last < 0 else last
            return all(model.cached_row(model.id_at(r) or "") is not None for r in (first, last))

        class RowsPainted(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and rows_ready():
                    watched.removeEventFilter(self)
                    QTimer.singleShot(0, lambda: timing("participants' rows painted"))
                return False

        self._rows_painted = RowsPainted(window)
        table.viewport().installEventFilter(self._rows_painted)

    # -- settings and language -------------------------------------------------------------

    def open_settings(self) -> None:
        from desktop.settings_dialog import SettingsDialog

        demo_server = self.ctx.server_url if self.demo is not None and self.ctx else ""
        dialog = SettingsDialog(self.settings, self.window, demo_server=demo_server)
        dialog.language_changed.connect(self.change_language)
        dialog.sync_interval_changed.connect(self._restart_engine)
        dialog.open()
        self.settings_dialog = dialog

    def change_language(self, setting: str) -> None:
        """Switch language now: install the translation and rebuild the window."""
        from desktop.i18n import resolve_language

        self.language = resolve_language(setting)
        self.translations.install(self.language)
        self.ctx.language = self.language
        old = self.window
        current = old.tabs.currentIndex() if old is not None else 0
        if old is not None:
            old.save_state()
        self.show_window()
        self.window.tabs.setCurrentIndex(min(current, 3))
        if old is not None:
            old.hide()
            old.deleteLater()

    def follow_roles(self, status: SyncStatus) -> None:
        """The account's roles changed on the server and a sync brought the new view
        (``SyncStatus.roles``): commands run with the new roles from now on and the
        window is built again, so menus, tabs and buttons shown by role follow; the
        status bar says why."""
        from dataclasses import replace

        roles = getattr(status, "roles", None)
        ctx = self.ctx
        if ctx is None or roles is None or frozenset(roles) == ctx.actor.roles:
            return
        actor = replace(ctx.actor, roles=frozenset(roles))
        ctx.actor = actor
        ctx.ops.actor = actor
        old = self.window
        current = old.tabs.currentIndex() if old is not None else 0
        if old is not None:
            old.save_state()
        self.show_window()
        self.window.tabs.setCurrentIndex(min(current, self.window.tabs.count() - 1))
        self.window.say_roles_changed()
        if old is not None:
            old.hide()
            old.deleteLater()

    def _restart_engine(self, seconds: int) -> None:
        if self.ctx is None:
            return
        engine = self.ctx.engine
        from desktop.common.background import ignore, run_task

        def restart() -> None:
            engine.stop()
            engine.start(seconds)

        run_task(restart, ignore, lambda exc: log.warning("restart: %s", exc))

    # -- screenshot -------------------------------------------------------------------------

    def _screenshot_when_settled(self) -> None:
        from PySide6.QtCore import QTimer

        window = self.window
        window.show_tab(self.args.tab)
        state = {"idle": 0}
        timer = QTimer(window)

        def poll() -> None:
            window.repaint()
            settled = self.ctx.ops.idle and not self._signing_in
            state["idle"] = state["idle"] + 1 if settled else 0
            if state["idle"] >= 4:
                timer.stop()
                path = Path(self.args.screenshot)
                path.parent.mkdir(parents=True, exist_ok=True)
                ok = window.grab().save(str(path))
                timing("screenshot saved")
                log.info("screenshot %s saved: %s", path, ok)
                self.quit(0 if ok else 1)

        timer.timeout.connect(poll)
        timer.start(60)

    # -- errors and shutdown ------------------------------------------------------------

    def fail(self, exc: Exception) -> None:
        from PySide6.QtWidgets import QMessageBox

        log.error("start-up failed: %s", exc, exc_info=exc)
        if self.args.screenshot:
            print(f"kansli: {exc}", file=sys.stderr)
            self.quit(1)
            return
        QMessageBox.critical(None, "Kansli", str(exc))
        self.quit(1)

    def quit(self, code: int = 0) -> None:
        self.exit_code = code
        self.shutdown()
        self.qapp.exit(code)

    def shutdown(self) -> None:
        if self._closing:
            return
        self._closing = True
        if self.window is not None:
            self.window.save_state()
            self.window.hide()
        if self.ctx is not None:
            self.ctx.ops.shutdown(wait=True)
        if self.session is not None:
            self.session.engine.close()
            if self.session.client is not None:
                self.session.client.close()
            self.session.store.close()
            from sync.local_keys import LocalKeys

            LocalKeys.forget_all_in_memory()  # no key outlives the session in this process
        if self.demo is not None:
            self.demo.stop()
        self.gc.thaw()
        timing("shut down")
