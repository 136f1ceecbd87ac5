"""The user's notifications from the server, fetched on the network pool and kept here.

``NotificationCenter.refresh()`` asks ``GET /api/v1/notifications`` (after
every sync and every few minutes); ``mark_read`` posts
``/notifications/{id}/read``. Without a connection the last list stays and
``offline`` says since when. Nothing here touches the network on the GUI
thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.context import AppContext
from desktop.operations import NetOp, OneAtATime
from desktop.sync_bridge import SyncStatus
from desktop.webview.server_api import (
    ServerLink,
    WebApi,
    known_offline,
    reason_of,
    server_link,
)
from sync.client import parse_time

#: How often the list is fetched besides after each sync.
POLL_MS = 120_000


@dataclass(frozen=True)
class Notification:
    id: str
    kind: str
    title: str
    body: str
    link_path: str
    related_id: str | None
    created_at: datetime | None
    read_at: datetime | None

    @property
    def unread(self) -> bool:
        return self.read_at is None

    @classmethod
    def of(cls, data: dict[str, Any]) -> Notification:
        return cls(
            id=str(data.get("id") or ""),
            kind=str(data.get("kind") or ""),
            title=str(data.get("title") or ""),
            body=str(data.get("body") or ""),
            link_path=str(data.get("link_path") or ""),
            related_id=data.get("related_id") or None,
            created_at=parse_time(data.get("created_at")),
            read_at=parse_time(data.get("read_at")),
        )


def fetch_notifications(link: ServerLink) -> tuple[list[Notification], int]:
    """The newest notifications and the unread count (network pool)."""
    api = WebApi(link)
    try:
        data = api.notifications()
    finally:
        api.close()
    notes = [Notification.of(n) for n in data.get("notifications") or [] if isinstance(n, dict)]
    return notes, int(data.get("unread") or 0)


def mark_read(link: ServerLink, ids: list[str]) -> tuple[list[Notification], int]:
    """Mark ``ids`` read, then fetch the list again (network pool)."""
    api = WebApi(link)
    try:
        for nid in ids:
            api.mark_read(nid)
    finally:
        api.close()
    return fetch_notifications(link)


class NotificationCenter(QObject):
    """The list and unread count, kept fresh; signals when either changes."""

    #: The list was fetched: (notifications, unread count).
    updated = Signal(list, int)
    #: Fetching failed (offline, signed out): the reason in words.
    failed = Signal(str)

    def __init__(
        self, ctx: AppContext, parent: QObject | None = None, *, poll_ms: int = POLL_MS
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notifications: list[Notification] = []
        self.unread = 0
        self.fetched_at: datetime | None = None
        self.problem = ""
        self.requests = OneAtATime()
        self._to_mark: list[str] = []
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.refresh)
        if server_link(ctx) is not None:
            self.timer.start()
        if ctx.bridge is not None:
            # A bound method: the connection goes with this object (the bridge outlives it).
            ctx.bridge.sync_finished.connect(self._synced)

    @property
    def available(self) -> bool:
        """True when there is a server to ask (not a local database only)."""
        return server_link(self.ctx) is not None

    def _synced(self, _status: SyncStatus) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Fetch the list now (once at a time; a request meanwhile fetches again after)."""
        link = server_link(self.ctx)
        if link is None:
            return
        if known_offline(self.ctx):
            self._failed_text(self.tr("Offline"))
            return
        if not self.requests.start():
            return
        NetOp(lambda: fetch_notifications(link), parent=self, label="notifications").success(
            self._fetched
        ).failure(self._failed).run(self.ctx.ops)

    def mark_read(self, ids: list[str]) -> None:
        """Mark ``ids`` read on the server, then fetch the list (after a running request)."""
        link = server_link(self.ctx)
        if link is None or not ids:
            return
        if self.requests.busy:
            self._to_mark.extend(i for i in ids if i not in self._to_mark)
            return
        self.requests.start()
        NetOp(lambda: mark_read(link, ids), parent=self, label="notifications.read").success(
            self._fetched
        ).failure(self._failed).run(self.ctx.ops)

    def _fetched(self, result: tuple[list[Notification], int]) -> None:
        again = self.requests.done()
        self.notifications, self.unread = result
        self.fetched_at = datetime.now(UTC)
        self.problem = ""
        self.updated.emit(self.notifications, self.unread)
        if self._to_mark:
            # Marking fetches the list afterwards anyway.
            ids, self._to_mark = self._to_mark, []
            self.mark_read(ids)
        elif again:
            self.refresh()

    def _failed(self, exc: Exception) -> None:
        self.requests.done(again=False)
        self._to_mark = []
        self._failed_text(reason_of(exc))

    def _failed_text(self, text: str) -> None:
        self.problem = text
        self.failed.emit(text)
