"""A session that writes many commands' rows in a few flushes (``ClientStore.execute_many``).

``Command.apply`` flushes after every command, which is right for one command
(its errors surface at it) but makes an import of thousands of commands pay
the unit of work's fixed cost thousands of times: one flush per command was
most of the ~2 ms each command of a participant import cost locally.

Inside :meth:`BatchingSession.holding_flushes` a plain ``flush()`` only
postpones: the rows stay pending until :meth:`BatchingSession.flush_held`.
Nothing a command reads can miss them: before any statement the session
executes (a query, an ``session.get`` that misses the identity map, a lazy
load, an ORM update) the held rows are flushed for real, exactly where an
autoflush would have run; and the caller flushes every few commands so the
pending set (which ``refuse_unreadable_writes`` walks on every apply) stays
small. Whatever a flush would refuse (a constraint) is then refused at the
batch's flush instead of its command's: the caller's transaction is rolled
back all the same.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction


class BatchingSession(Session):
    """A :class:`Session` whose flushes can be held back (see the module docstring)."""

    _holding = False

    def flush(self, objects: Sequence[Any] | None = None) -> None:
        if self._holding and objects is None:
            return  # written by flush_held, or before the next statement
        super().flush(objects)

    def flush_held(self) -> None:
        """Flush what is pending now, held or not."""
        super().flush()

    # A savepoint or a commit flushes first: the held rows are written before it, never
    # inside a savepoint a rollback would take them back with, nor left out of a commit.
    def begin_nested(self) -> SessionTransaction:
        self.flush_held()
        return super().begin_nested()

    def commit(self) -> None:
        self.flush_held()
        super().commit()

    @contextmanager
    def holding_flushes(self) -> Iterator[None]:
        """Hold back plain flushes in this block; the held rows are flushed at its end."""
        event.listen(self, "do_orm_execute", _flush_before_statement)
        self._holding = True
        try:
            yield
        finally:
            self._holding = False
            event.remove(self, "do_orm_execute", _flush_before_statement)
        self.flush()


def _flush_before_statement(state: ORMExecuteState) -> None:
    session = state.session
    if isinstance(session, BatchingSession) and session.autoflush:
        session.flush_held()  # what the statement's autoflush would have written
