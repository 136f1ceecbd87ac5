"""Undo of recent local edits: a stack of inverse commands (Edit › Undo, Ctrl+Z).

The operations that edit record how to take the edit back
(:class:`desktop.operations.people.UndoEntry`); undoing issues that inverse
command like any other local write, so it syncs and can itself be refused
by the server if someone else changed the same field meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.operations.people import UndoEntry


class UndoStack(QObject):
    """The last few undoable edits of this session, newest last."""

    changed = Signal()
    LIMIT = 30

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[UndoEntry] = []

    def push(self, entry: UndoEntry | None) -> None:
        if entry is None:
            return
        self._entries.append(entry)
        del self._entries[: -self.LIMIT]
        self.changed.emit()

    def pop(self) -> UndoEntry | None:
        if not self._entries:
            return None
        entry = self._entries.pop()
        self.changed.emit()
        return entry

    def top(self) -> UndoEntry | None:
        return self._entries[-1] if self._entries else None

    def __len__(self) -> int:
        return len(self._entries)
