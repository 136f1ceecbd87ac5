"""The status bar's sync widget: one glance tells the state; a click opens the sync issues.

"● Online · synced 14:02 · 3 pending · 1 needs attention". Colour is never
the only signal: the state is written out. Offline it says since when and
that work continues.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from desktop import __version__
from desktop.common.domain_text import matched_text
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP, format_datetime, format_time
from desktop.operations import Changes, DbOp
from desktop.sync_bridge import SyncStatus
from desktop.sync_ui.operations import Counts, load_counts

#: The engine's errors (``sync.engine.SyncEngine.sync_once``), for the user's language; the
#: technical reason inside stays as the system wrote it.
ENGINE_ERRORS = (
    QT_TRANSLATE_NOOP(
        "SyncStatus", "The server no longer accepts your sign-in; sign in again ({reason})"
    ),
    QT_TRANSLATE_NOOP("SyncStatus", "Sync failed: {reason}"),
)

COLOURS = {
    "online": "#1e6b24",
    "syncing": "#1565c0",
    "offline": "#8a5a00",
    "error": "#b00020",
    "local": "#666666",
}


def status_text(status: SyncStatus, counts: Counts | None, progress: object = None) -> str:
    """The words of the status bar for a state and the outbox counts."""
    s = status.status
    if s == "online":
        head = QCoreApplication.translate("SyncStatus", "Online")
        if status.last_sync_at is not None:
            head += " · " + QCoreApplication.translate("SyncStatus", "synced %1").replace(
                "%1", format_time(status.last_sync_at)
            )
    elif s == "syncing":
        head = QCoreApplication.translate("SyncStatus", "Syncing…")
        rows = getattr(progress, "rows", 0)
        if rows:
            head = QCoreApplication.translate("SyncStatus", "Syncing… %1 rows").replace(
                "%1", str(rows)
            )
    elif s == "offline":
        head = QCoreApplication.translate("SyncStatus", "Offline")
        if status.offline_since is not None:
            head += " " + QCoreApplication.translate("SyncStatus", "since %1").replace(
                "%1", format_datetime(status.offline_since)
            )
        head += " · " + QCoreApplication.translate("SyncStatus", "work continues here")
    elif s == "error" and status.update_required:
        head = QCoreApplication.translate(
            "SyncStatus", "Update Kansli to %1 or later to sync (unsent changes kept)"
        ).replace("%1", status.update_required)
    elif s == "error" and status.store_damaged:
        head = QCoreApplication.translate(
            "SyncStatus",
            "The local database is damaged: restart Kansli to rebuild it from the server "
            "(your unsent changes are kept)",
        )
    elif s == "error" and status.disk_full:
        head = QCoreApplication.translate(
            "SyncStatus",
            "The disk is full: sync paused; free some space (your unsent changes are kept)",
        )
    elif s == "error":
        error = status.error or ""
        head = (
            QCoreApplication.translate("SyncStatus", "Sync error: %1").replace(
                "%1", matched_text("SyncStatus", ENGINE_ERRORS, error) or error
            )
            + " · "
            + QCoreApplication.translate("SyncStatus", "retry")
        )
    else:
        head = QCoreApplication.translate(
            "SyncStatus", "Local database only (not connected to a server)"
        )
    pending = counts.pending if counts is not None else status.pending
    rejected = counts.rejected if counts is not None else status.rejected
    parts = [head]
    if pending:
        parts.append(QCoreApplication.translate("SyncStatus", "%n pending", "", pending))
    if rejected:
        parts.append(QCoreApplication.translate("SyncStatus", "%n need(s) attention", "", rejected))
    return " · ".join(parts)


class SyncStatusWidget(QWidget):
    """Shows the sync state; clicking it asks for the sync issues list."""

    issues_requested = Signal()
    retry_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status = ctx.bridge.status if ctx.bridge is not None else SyncStatus()
        self.counts: Counts | None = None
        self.button = QToolButton()
        self.button.setObjectName("syncStatus")
        self.button.setAutoRaise(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setAccessibleName(self.tr("Sync state"))
        self.button.clicked.connect(self._clicked)
        self.demo = QToolButton()
        self.demo.setText(self.tr("demo data"))
        self.demo.setObjectName("demoBadge")
        self.demo.setStyleSheet(
            "background: #fff3cd; color: #6b4f00; border: 1px solid #e0c36a;"
            "border-radius: 3px; padding: 1px 6px;"
        )
        self.demo.setToolTip(self.tr("Where the demo's mail and SMS codes go, and its users"))
        self.demo.setVisible(ctx.demo)
        self.demo.setEnabled(ctx.demo_info is not None)
        self.demo.clicked.connect(self.show_demo_info)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.demo)
        if ctx.bridge is not None:
            ctx.bridge.state_changed.connect(self._state_changed)
            ctx.bridge.progress_changed.connect(lambda _p: self._render())
        ctx.ops.changed.connect(self._on_changes)
        self._render()
        self.refresh_counts()

    def show_demo_info(self) -> None:
        """The demo server's mail folder, SMS codes and users."""
        from desktop.demo_info import DemoInfoDialog

        if self.ctx.demo_info is None:
            return
        dialog = DemoInfoDialog(self.ctx.demo_info, self.window())
        dialog.setModal(True)
        dialog.show()
        self.demo_dialog = dialog

    def _state_changed(self, status: SyncStatus) -> None:
        self.status = status
        self.refresh_counts()

    def _on_changes(self, changes: Changes) -> None:
        if changes.outbox:
            self.refresh_counts()

    def refresh_counts(self) -> None:
        DbOp(load_counts, parent=self, label="sync.counts").success(self._counts_loaded).run(
            self.ctx.ops
        )

    def _counts_loaded(self, counts: Counts) -> None:
        self.counts = counts
        self._render()

    def text(self) -> str:
        return self.button.text()

    def _render(self) -> None:
        progress = self.ctx.bridge.progress if self.ctx.bridge is not None else None
        text = status_text(self.status, self.counts, progress)
        colour = COLOURS.get(self.status.status, "#666666")
        self.button.setText(f"● {text}")
        self.button.setStyleSheet(f"QToolButton {{ color: {colour}; }}")
        tip = self.tr("Click to see the sync issues and what waits to be sent")
        if self.status.status == "error" and self.status.update_required:
            tip = (
                self.tr(
                    "This version of Kansli (%1) is older than the server accepts: install "
                    "version %2 or later. Your unsent changes stay here and are sent once "
                    "Kansli is updated."
                )
                .replace("%1", __version__)
                .replace("%2", self.status.update_required)
            )
        self.button.setToolTip(tip)

    def _clicked(self) -> None:
        if self.status.status == "error":
            self.retry_requested.emit()
        self.issues_requested.emit()
