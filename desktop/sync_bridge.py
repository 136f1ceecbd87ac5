"""The Qt side of the sync engine: its callbacks become signals on the GUI thread.

``SyncEngine`` calls ``on_state`` and ``on_progress`` from its own thread.
The bridge hands each value to an internal signal connected with
``Qt.QueuedConnection`` to a slot of this object, which lives on the GUI
thread; the public signals are emitted from there, so every receiver runs
on the GUI thread whatever thread the engine used.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt, Signal, Slot

if TYPE_CHECKING:
    from sync.changes import Changes
    from sync.engine import SyncProgress, SyncState


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows (a GUI-side copy of ``sync.engine.SyncState``).

    ``status`` is "offline", "online", "syncing" or "error", or "local" when
    there is no engine (a local database without a server).
    """

    status: str = "local"
    pending: int = 0
    rejected: int = 0
    last_sync_at: datetime | None = None
    error: str | None = None
    offline_since: datetime | None = None
    #: Sync paused because the disk is full (``sync.engine.SyncState.disk_full``).
    disk_full: bool = False
    #: The local database was found damaged while syncing (``SyncState.store_damaged``).
    store_damaged: bool = False
    #: The server takes sync only from this version of Kansli or later: update
    #: (``SyncState.update_required``; the unsent work is kept).
    update_required: str | None = None
    #: The account's roles as the engine last recorded them (``SyncState.roles``); they
    #: change when a sync brought a new view (roles or agent scope changed on the server).
    roles: frozenset[str] | None = None

    @classmethod
    def of(cls, state: object) -> SyncStatus:
        """The status of a ``sync.engine.SyncState`` (or anything with its attributes)."""
        return cls(
            status=str(getattr(state, "status", "offline")),
            pending=int(getattr(state, "pending", 0) or 0),
            rejected=int(getattr(state, "rejected", 0) or 0),
            last_sync_at=getattr(state, "last_sync_at", None),
            error=getattr(state, "error", None),
            offline_since=getattr(state, "offline_since", None),
            disk_full=bool(getattr(state, "disk_full", False)),
            store_damaged=bool(getattr(state, "store_damaged", False)),
            update_required=getattr(state, "update_required", None),
            roles=_roles(getattr(state, "roles", None)),
        )


def _roles(value: Iterable[object] | None) -> frozenset[str] | None:
    return frozenset(str(r) for r in value) if value is not None else None


class SyncBridge(QObject):
    """Re-emits the engine's state and progress as signals queued to the GUI thread."""

    state_changed = Signal(object)  # SyncStatus
    progress_changed = Signal(object)  # sync.engine.SyncProgress
    #: A sync round ended (the state left "syncing").
    sync_finished = Signal(object)  # SyncStatus
    #: What a sync changed in the local database (``sync.engine.SyncReport.changes``),
    #: delivered before the state that ends that sync.
    data_changed = Signal(object)  # sync.changes.Changes
    _from_engine = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status = SyncStatus(status="offline")
        self.progress: SyncProgress | None = None
        self._from_engine.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    # -- called on the engine's thread ----------------------------------------------

    def on_state(self, state: SyncState) -> None:
        self._from_engine.emit("state", SyncStatus.of(state))

    def on_progress(self, progress: SyncProgress) -> None:
        self._from_engine.emit("progress", progress)

    def on_changes(self, changes: Changes) -> None:
        self._from_engine.emit("changes", changes)

    # -- on the GUI thread ----------------------------------------------------------

    @Slot(str, object)
    def _deliver(self, kind: str, value: object) -> None:
        if kind == "changes":
            self.data_changed.emit(value)
        elif kind == "state":
            value = cast(SyncStatus, value)
            previous = self.status
            self.status = value
            if value.status != "syncing":
                self.progress = None
            self.state_changed.emit(value)
            if previous.status == "syncing" and value.status != "syncing":
                self.sync_finished.emit(value)
        else:
            self.progress = cast("SyncProgress", value)
            self.progress_changed.emit(value)
