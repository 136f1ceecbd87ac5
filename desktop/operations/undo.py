"""One undo for the whole app: Edit › Undo (Ctrl+Z), the profile's Undo and the Alumni
queue's U take back the newest step of one stack.

An undoable operation records how to take it back, next to the data (Anki's undo:
the operation, not the widget, knows the old values), as an :class:`UndoStep`:

- ``withdraw``: the id of the command it queued. While the command waits in the
  outbox it is taken back with its local effect (:func:`withdraw_command`); once
  the server has it, the step says plainly why it cannot be undone (answered,
  in doubt, carried out although its answer was lost). Alumni decisions; a step marked
  ``reversible`` is then handed to the reverser its view registered
  (:meth:`UndoStack.set_reverser`), which asks and queues a reversing command
  (``alumni.reverse_decision``), so the one undo still takes it back.
- ``command`` and ``args``: the inverse command, issued like any local write, so it
  syncs and can itself be refused by the server if someone else changed the same
  field meanwhile. Person edits, an added e-mail address.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.operations.executor import DbOp, OpContext
from models.commands import build
from models.errors import DomainError
from models.ids import new_id
from sync.changes import Changes
from sync.store import AlreadyOnServer, InDoubt, InDoubtUntilUpdated, NotQueued, StoreError

if TYPE_CHECKING:
    from desktop.operations.executor import Operations


class CannotUndo(DomainError):
    """A step cannot be taken back here (sent already, or being sent)."""

    code = "cannot_undo"


class SentAlready(CannotUndo):
    """The step's command reached the server: only a reversing command can take it back."""


@dataclass(frozen=True, eq=False)
class UndoStep:
    """How to take back one operation, what to call it, and which row it concerns.

    Either ``withdraw`` (the queued command's id) or ``command`` (the inverse
    command's name, with ``args`` and ``version``). ``label`` completes "Undo …"
    ("decision for Anna Berg", "edit of Anna Berg"); ``table`` and ``row_id`` name
    the row, so a view can show it once it is taken back.
    """

    label: str
    table: str
    row_id: str
    command: str = ""
    args: dict[str, Any] = field(default_factory=dict)
    version: int = 1
    withdraw: str = ""
    #: Once its command reached the server, the reverser of ``table`` takes it back.
    reversible: bool = False


def _ensure_not_sending(ctx: OpContext) -> None:
    if getattr(ctx.engine.state, "status", "") == "syncing":
        raise CannotUndo(
            QCoreApplication.translate(
                "Undo", "Your decisions are being sent right now; try again in a moment."
            ),
        )


def withdraw_command(ctx: OpContext, command_id: str) -> Changes:
    """Take a queued command back through the engine; the Changes of the rows it touched.

    Raises :class:`CannotUndo` saying why when it cannot be."""
    _ensure_not_sending(ctx)
    touched = ctx.store.command_rows(command_id)
    try:
        ctx.engine.withdraw(command_id)  # holds the sync lock: no push can race it
    except AlreadyOnServer:
        # Sent, its answer lost: the server had it (the item shows the server's state now).
        raise SentAlready(
            QCoreApplication.translate(
                "Undo",
                "This decision had already been carried out on the server (its answer was "
                "lost on the way), so it was not undone. A decided item cannot be decided "
                "again.",
            )
        ) from None
    except NotQueued:
        raise SentAlready(
            QCoreApplication.translate(
                "Undo", "This decision has reached the server already; it cannot be undone here."
            )
        ) from None
    except InDoubtUntilUpdated as exc:
        raise CannotUndo(
            QCoreApplication.translate(
                "Undo",
                "This decision was sent to the server, but its answer did not arrive; the "
                "server accepts only Kansli %1 or later: update Kansli, then it can be undone.",
            ).replace("%1", exc.oldest)
        ) from None
    except InDoubt:
        raise CannotUndo(
            QCoreApplication.translate(
                "Undo",
                "This decision was sent to the server, but its answer did not arrive; it "
                "can be undone when you are back online.",
            )
        ) from None
    except StoreError as exc:  # a sync is sending it right now
        raise CannotUndo(str(exc)) from None
    return Changes(
        tables=frozenset(t for t, _ in touched) | {"alumni_registration"},
        ids=frozenset(i for _, i in touched),
        outbox=True,
    )


def take_back(*, parent: QObject | None, step: UndoStep) -> DbOp[UndoStep]:
    """Take ``step`` back: withdraw its queued command, or issue its inverse command."""

    def run(ctx: OpContext) -> UndoStep:
        if step.withdraw:
            ctx.changed(withdraw_command(ctx, step.withdraw))
        else:
            ctx.execute(build(step.command, step.version, step.args, id=new_id()))
        return step

    return DbOp(
        run,
        parent=parent,
        label=QCoreApplication.translate("Undo", "Undoing %1").replace("%1", step.label),
    )


class UndoStack(QObject):
    """The undoable steps of this session, newest last: the one undo of the app."""

    #: The steps changed (the newest one, what "Undo" names, may be another).
    changed = Signal()
    #: A step was taken back (its :class:`UndoStep`), whoever asked.
    undone = Signal(object)
    LIMIT = 500

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: list[UndoStep] = []
        #: Queued commands whose own operation failed: an undo of them says nothing.
        self._refused: set[str] = set()
        self._reversers: dict[str, Callable[[UndoStep], None]] = {}

    def set_reverser(self, table: str, reverser: Callable[[UndoStep], None]) -> None:
        """``reverser`` takes back a ``reversible`` step of ``table`` whose command reached
        the server (it asks the user, then queues the reversing command)."""
        self._reversers[table] = reverser

    def push(self, step: UndoStep | None) -> None:
        """Add the step of an operation (None: the operation changed nothing)."""
        if step is None:
            return
        self._steps.append(step)
        del self._steps[: -self.LIMIT]
        self.changed.emit()

    def pop(self) -> UndoStep | None:
        if not self._steps:
            return None
        step = self._steps.pop()
        self.changed.emit()
        return step

    def top(self) -> UndoStep | None:
        return self._steps[-1] if self._steps else None

    def __len__(self) -> int:
        return len(self._steps)

    def forget(self, table: str, row_id: str) -> None:
        """Drop the steps that withdraw a command on this row (a new decision replaced it)."""
        kept = [
            s for s in self._steps if not (s.withdraw and (s.table, s.row_id) == (table, row_id))
        ]
        if len(kept) != len(self._steps):
            self._steps = kept
            self.changed.emit()

    def refused(self, step: UndoStep) -> None:
        """The operation of ``step`` (pushed before it ran) failed: nothing to take back."""
        if step in self._steps:
            self._steps.remove(step)
            self.changed.emit()
        if step.withdraw:
            self._refused.add(step.withdraw)

    def undo_last(
        self,
        ops: Operations,
        *,
        parent: QObject | None,
        failed: Callable[[Exception], None],
        done: Callable[[UndoStep], None] | None = None,
    ) -> UndoStep | None:
        """Take back the newest step (None: nothing to undo). ``failed`` hears why not."""
        step = self.pop()
        if step is not None:
            self.undo(step, ops, parent=parent, failed=failed, done=done)
        return step

    def undo(
        self,
        step: UndoStep,
        ops: Operations,
        *,
        parent: QObject | None,
        failed: Callable[[Exception], None],
        done: Callable[[UndoStep], None] | None = None,
    ) -> None:
        """Take back ``step`` (the newest, or one the user pointed at)."""

        def succeeded(result: UndoStep) -> None:
            self.undone.emit(result)
            if done is not None:
                done(result)

        def refused(exc: Exception) -> None:
            reverser = self._reversers.get(step.table)
            if isinstance(exc, SentAlready) and step.reversible and reverser is not None:
                reverser(step)
            elif step.withdraw not in self._refused:  # its own failure said so already
                failed(exc)

        take_back(parent=parent, step=step).success(succeeded).failure(refused).run(ops)
