"""Run database and network work off the GUI thread (Anki's ``CollectionOp`` / taskman).

One single-thread executor owns the local database; a small pool does
network work. Results come back to the GUI thread through one queued
signal, where the operation's ``success`` or ``failure`` callback runs. An
operation that executed commands broadcasts one :class:`Changes` value on
:attr:`Operations.changed` after its success callback.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Generic, NoReturn, Protocol, Self, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from desktop.common.background import Courier
from models.commands import Actor, Command, Outcome, build
from models.ids import new_id
from sync.changes import Changes
from sync.client import ServerClient
from sync.engine import SyncState
from sync.local import LocalEngine
from sync.store import ClientStore

log = logging.getLogger(__name__)

T = TypeVar("T")


class EngineLike(Protocol):
    """What the desktop needs of ``sync.engine.SyncEngine`` (a server) or
    ``sync.local.LocalEngine`` (none: ``client`` is None)."""

    @property
    def state(self) -> SyncState: ...

    @property
    def client(self) -> ServerClient | None: ...

    def execute(self, command: Command[Any], actor: Actor) -> Outcome: ...

    def execute_many(
        self,
        commands: Sequence[Command[Any]],
        actor: Actor,
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[Outcome]: ...

    def start(self, interval: float) -> None: ...

    def stop(self) -> None: ...

    def trigger(self) -> None: ...

    def discard_rejection(self, command_id: str) -> None: ...

    def withdraw(self, command_id: str) -> int: ...

    def retry_rejection(self, command_id: str, args: dict[str, Any] | None = None) -> None: ...


class Cancelled(Exception):
    """The user cancelled the operation."""


@dataclass
class ChangeCollector:
    """Accumulates the changes of the commands one operation executes."""

    changes: Changes = field(default_factory=Changes)

    def add(self, changes: Changes) -> None:
        self.changes = self.changes.merged(changes)


class OpContext:
    """What a database operation works with: the store, the actor, the engine.

    ``execute`` is the one way an operation changes synced data: the command
    is applied locally and queued for the server (through the engine; without
    a server, the local engine), and what it touched is collected for the ``Changes``
    broadcast.
    """

    def __init__(
        self,
        *,
        store: ClientStore,
        actor: Actor,
        engine: EngineLike | None,
        cancel_event: threading.Event,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self.store = store
        self.actor = actor
        self.engine: EngineLike = engine or LocalEngine(store, actor=actor)
        self.collector = ChangeCollector()
        self._cancel = cancel_event
        self._progress = progress

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (no commit)."""
        with self.store.sessions() as s:
            yield s

    def command(self, name: str, args: dict[str, Any], *, version: int = 1) -> Command[Any]:
        """A new command with a fresh id; raises ValidationError on bad arguments."""
        return build(name, version, args, id=new_id())

    def execute(self, command: Command[Any]) -> Outcome:
        """Apply ``command`` locally and queue it for the server."""
        outcome = self.engine.execute(command, self.actor)
        self.collector.add(Changes.from_outcome(outcome))
        return outcome

    def changed(self, changes: Changes) -> None:
        """Report changes made other than through :meth:`execute`."""
        self.collector.add(changes)

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    @property
    def cancelled(self) -> bool:
        """The operation was cancelled (work that cannot raise :class:`Cancelled` where
        it is, such as an SQLite progress handler, polls this)."""
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        """Report progress of long work (shown with a Cancel button); checks for cancel."""
        self.check_cancelled()
        if self._progress is not None:
            self._progress(done, total)


def _spent(*_args: object) -> NoReturn:
    raise RuntimeError("this operation has run; make a new one")


class _Op(Generic[T]):
    def __init__(self, *, parent: QObject | None, label: str) -> None:
        self.parent = parent
        self.label = label
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[Exception], None] | None = None
        self._cancelled: Callable[[], None] | None = None
        self.cancel_event = threading.Event()

    def success(self, callback: Callable[[T], None]) -> Self:
        self._success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> Self:
        self._failure = callback
        return self

    def when_cancelled(self, callback: Callable[[], None]) -> Self:
        """``callback`` runs (on the GUI thread) when the operation ended cancelled:
        stopped by :class:`Cancelled`, or cancelled while it waited and never started
        (neither success nor failure runs then)."""
        self._cancelled = callback
        return self

    def cancel(self) -> None:
        """Ask the operation to stop at its next ``check_cancelled`` (a SQL statement of
        :func:`~desktop.common.table_model.read_cursor` at once); one not started yet does
        not start."""
        self.cancel_event.set()

    def parent_alive(self) -> bool:
        return self.parent is None or shiboken6.isValid(self.parent)

    def release(self) -> None:
        """Let go of the work and its callbacks once the answer is delivered. They hold
        the widgets and models that asked, and :class:`Latest`'s hold the operation: a
        cycle that kept a closed list's model (100,000 ids) until the next full
        collection."""
        self._success = self._failure = self._cancelled = None


class DbOp(_Op[T]):
    """Work on the local database: ``fn(ctx)`` runs on the database executor."""

    def __init__(
        self, fn: Callable[[OpContext], T], *, parent: QObject | None = None, label: str = ""
    ) -> None:
        super().__init__(parent=parent, label=label or getattr(fn, "__name__", "db"))
        self.fn = fn

    def run(self, ops: Operations) -> Future[T]:
        return ops.run_db(self)

    def release(self) -> None:
        super().release()
        self.fn = _spent


class NetOp(_Op[T]):
    """Network work: ``fn()`` runs on the network pool."""

    def __init__(
        self, fn: Callable[[], T], *, parent: QObject | None = None, label: str = ""
    ) -> None:
        super().__init__(parent=parent, label=label or getattr(fn, "__name__", "net"))
        self.fn = fn

    def run(self, ops: Operations) -> Future[T]:
        return ops.run_net(self)

    def release(self) -> None:
        super().release()
        self.fn = _spent


class OneAtATime:
    """One request at a time, so no answer is stale: a request asked for while one runs
    runs once after it, however often it was asked for."""

    def __init__(self) -> None:
        self.busy = False
        self.again = False

    def start(self) -> bool:
        """True when a request may start now (it is then the running one); False when one
        runs (the new one is then due after it)."""
        if self.busy:
            self.again = True
            return False
        self.busy = True
        return True

    def done(self, *, again: bool = True) -> bool:
        """The running request ended: True when another was asked for meanwhile (run it
        now); with ``again`` False (it failed, say) that one is dropped."""
        self.busy = False
        due, self.again = self.again and again, False
        return due


class Latest:
    """Reads of which only the newest answer matters (search as you type): running one
    cancels the one before (one waiting does not run; a running statement of
    :func:`~desktop.common.table_model.read_cursor` stops) and only the newest one's
    callbacks run."""

    def __init__(self) -> None:
        self._op: _Op[Any] | None = None

    @property
    def running(self) -> bool:
        """The newest one has not answered yet."""
        return self._op is not None

    def cancel(self) -> None:
        """Cancel the running one (its answer is dropped)."""
        op, self._op = self._op, None
        if op is not None:
            op.cancel()

    def run(self, op: DbOp[T], ops: Operations) -> Future[T]:
        self.cancel()
        self._op = op
        success, failure = op._success, op._failure

        def succeeded(result: T) -> None:
            if self._op is op:
                self._op = None
                if success is not None:
                    success(result)

        def failed(exc: Exception) -> None:
            if self._op is op:
                self._op = None
                if failure is not None:
                    failure(exc)
                    return
                log.error("operation %s failed", op.label, exc_info=exc)
                ops.error_occurred.emit(op.label, exc)

        op._success, op._failure = succeeded, failed
        return op.run(ops)


class Operations(QObject):
    """The executors, and the signals through which results reach the GUI."""

    #: A :class:`Changes` value, once per operation that changed something.
    changed = Signal(object)
    #: (label, exception) of a failed operation that had no failure callback.
    error_occurred = Signal(str, object)
    #: (operation, done, total) of long work; the operation can be cancelled.
    progress = Signal(object, int, int)
    #: An operation that reported progress has ended.
    progress_done = Signal(object)
    #: True when no operation is running or waiting for its callback.
    idle_changed = Signal(bool)
    #: An operation's result has been delivered (its callback has run).
    delivered = Signal()

    def __init__(
        self,
        store: ClientStore,
        actor: Actor,
        engine: EngineLike | None = None,
        *,
        net_workers: int = 4,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.actor = actor
        #: Without a server, the local engine: commands are queued for a later sign-in.
        self.engine: EngineLike = engine or LocalEngine(store, actor=actor)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kansli-db")
        self._net = ThreadPoolExecutor(max_workers=net_workers, thread_name_prefix="kansli-net")
        self._in_flight = 0
        self._closed = False
        #: Results reach the GUI thread through it, in the order they were handed over.
        self._courier = Courier(self)

    # -- state ----------------------------------------------------------------

    @property
    def idle(self) -> bool:
        return self._in_flight == 0

    def _started(self) -> None:
        self._in_flight += 1
        if self._in_flight == 1:
            self.idle_changed.emit(False)

    def _finished(self) -> None:
        self._in_flight -= 1
        if self._in_flight == 0:
            self.idle_changed.emit(True)

    # -- running --------------------------------------------------------------

    def run_db(self, op: DbOp[T]) -> Future[T]:
        """Queue ``op`` on the database executor (operations run one at a time, in order)."""

        # The worker takes the operation out of the box and lets go of it before it
        # wakes the GUI thread (see Courier): the operation's parent and callbacks
        # are widgets, and a widget whose last reference ends on a worker crashes Qt.
        box = [op]

        def work() -> T:
            job = box.pop()
            held = [job]  # what progress reports on; emptied with ``job``
            reported = threading.Event()
            last = [0.0]

            def progress(done: int, total: int) -> None:
                now = time.monotonic()
                if done < total and now - last[0] < 0.1:
                    return  # at most ten updates a second
                last[0] = now
                reported.set()
                if held:
                    self.progress.emit(held[0], done, total)

            ctx = OpContext(
                store=self.store,
                actor=self.actor,
                engine=self.engine,
                cancel_event=job.cancel_event,
                progress=progress,
            )
            try:
                ctx.check_cancelled()  # cancelled while it waited: it does not run
                result = job.fn(ctx)
            except BaseException as exc:
                if reported.is_set():
                    self.progress_done.emit(job)
                self._courier.put(partial(self._on_deliver, partial(self._fail, job, exc)))
                del job
                held.clear()
                self._courier.wake()
                raise
            changes = ctx.collector.changes
            if reported.is_set():
                self.progress_done.emit(job)
            self._courier.put(
                partial(self._on_deliver, partial(self._succeed, job, result, changes))
            )
            del job
            held.clear()
            self._courier.wake()
            return result

        return self._submit(self._db, work)

    def run_net(self, op: NetOp[T]) -> Future[T]:
        """Queue ``op`` on the network pool."""
        box = [op]

        def work() -> T:
            job = box.pop()
            try:
                result = job.fn()
            except BaseException as exc:
                self._courier.put(partial(self._on_deliver, partial(self._fail, job, exc)))
                del job
                self._courier.wake()
                raise
            self._courier.put(
                partial(self._on_deliver, partial(self._succeed, job, result, Changes()))
            )
            del job
            self._courier.wake()
            return result

        return self._submit(self._net, work)

    def _submit(self, executor: ThreadPoolExecutor, work: Callable[[], T]) -> Future[T]:
        if self._closed:
            # A timer or late signal after shutdown: nothing runs, nothing fails.
            log.debug("operation submitted after shutdown; ignored")
            future: Future[T] = Future()
            future.cancel()
            return future
        self._started()
        return executor.submit(work)

    def _on_deliver(self, callback: Callable[[], None]) -> None:
        try:
            callback()
        finally:
            self._finished()
            self.delivered.emit()

    def _succeed(self, op: _Op[T], result: T, changes: Changes) -> None:
        try:
            alive = op.parent_alive()
            if alive and op._success is not None:
                op._success(result)
        finally:
            op.release()
        if changes:
            self.changed.emit(changes)

    def _fail(self, op: _Op[T], exc: BaseException) -> None:
        try:
            self._deliver_failure(op, exc)
        finally:
            op.release()

    def _deliver_failure(self, op: _Op[T], exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            if op._cancelled is not None and op.parent_alive():
                op._cancelled()
            return
        if not isinstance(exc, Exception):
            raise exc
        if op._failure is not None:
            if op.parent_alive():
                op._failure(exc)
            return
        log.error("operation %s failed", op.label, exc_info=exc)
        self.error_occurred.emit(op.label, exc)

    def notify(self, changes: Changes) -> None:
        """Broadcast changes that did not come from an operation (e.g. a sync pull)."""
        if changes:
            self.changed.emit(changes)

    def shutdown(self, *, wait: bool = True) -> None:
        """Stop accepting work; wait for what runs. Queued work is dropped."""
        self._closed = True
        self._db.shutdown(wait=wait, cancel_futures=True)
        self._net.shutdown(wait=wait, cancel_futures=True)
