"""What a window shows from the local database, read again when the data changes."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject

from desktop.operations.executor import DbOp, OpContext, Operations
from sync.changes import Changes


class Reloader(QObject):
    """Reads with ``read`` off the GUI thread and ``show``s what it read (while ``parent``
    lives): on :meth:`reload`, and again whenever a change touches one of ``tables``."""

    def __init__(
        self,
        ops: Operations,
        parent: QObject,
        label: str,
        read: Callable[[OpContext], Any],
        show: Callable[[Any], None],
        tables: tuple[str, ...],
    ) -> None:
        super().__init__(parent)
        self._ops, self._owner, self._label = ops, parent, label
        self._read, self._show, self._tables = read, show, tables
        ops.changed.connect(self._on_changes)

    def reload(self) -> Future[Any]:
        return (
            DbOp(self._read, parent=self._owner, label=self._label)
            .success(self._show)
            .run(self._ops)
        )

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*self._tables):
            self.reload()
