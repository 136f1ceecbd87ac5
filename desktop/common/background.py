"""Work off the GUI thread, results back on it: the desktop's one mechanism for it
(Picard's ``run_task``/``to_main``, Anki's taskman).

A :class:`Courier` made on the GUI thread calls what worker threads hand it on the
GUI thread, in the order handed over. :class:`desktop.operations.Operations`
returns every operation's result through one (its database executor and network
pool); :func:`run_task` is the same for the start-up work that comes before the
operations exist (signing in, opening the local database, waiting for the demo
server) and for the odd task outside them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Executor
from functools import partial
from queue import Empty, SimpleQueue
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

T = TypeVar("T")


class Courier(QObject):
    """Calls functions on the thread it lives on (the GUI thread), in the order given.

    What a worker hands over waits in a queue the GUI thread drains, and the worker
    drops its own references before it wakes the courier (:meth:`put`, then
    :meth:`wake`): the last reference to a callback, and so to the widgets it holds,
    is always let go on the GUI thread. A widget whose last reference went on a
    worker thread would be destroyed there, and Qt crashes on that.
    """

    _arrived = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: SimpleQueue[Callable[[], None]] = SimpleQueue()
        self._arrived.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    def put(self, fn: Callable[[], None]) -> None:
        """Queue ``fn`` for the courier's thread; it runs after the next :meth:`wake`."""
        self._queue.put(fn)

    def wake(self) -> None:
        """Have the queued functions called on the courier's thread (safe from any thread)."""
        self._arrived.emit()

    def to_main(self, fn: Callable[[], None]) -> None:
        """Have ``fn()`` called on the courier's thread (for ``fn`` that holds no widget)."""
        self.put(fn)
        self.wake()

    @Slot()
    def _drain(self) -> None:
        while True:
            try:
                fn = self._queue.get_nowait()
            except Empty:
                return
            fn()
            del fn  # let go here, on this thread


_courier: Courier | None = None


def courier() -> Courier:
    """The courier of :func:`run_task` (made on first use, from the GUI thread)."""
    global _courier
    if _courier is None:
        _courier = Courier()
    return _courier


def run_task(
    fn: Callable[[], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[Exception], None],
    *,
    executor: Executor | None = None,
    name: str = "kansli-task",
) -> None:
    """Call ``fn()`` off the GUI thread; ``on_success(result)`` or ``on_failure(exc)`` on it.

    Call from the GUI thread. ``fn`` runs on ``executor``, or without one on a
    thread of its own named ``name`` that does not hold up the app's exit (a
    sign-in waiting on the network must not keep a closed app alive).
    """
    back = courier()
    # The worker takes the task out of the box and lets go of it before it wakes the
    # courier: the callbacks (and the widgets they hold) end on the GUI thread.
    box = [(fn, on_success, on_failure)]

    def work() -> None:
        task, succeeded, failed = box.pop()
        try:
            result = task()
        except Exception as exc:  # delivered to the caller, who shows it
            back.put(partial(failed, exc))
            del task, succeeded, failed
            back.wake()
            return
        back.put(partial(succeeded, result))
        del task, succeeded, failed, result
        back.wake()

    if executor is not None:
        executor.submit(work)
        return
    threading.Thread(target=work, name=name, daemon=True).start()


def ignore(_result: object) -> None:
    """An ``on_success`` for a task whose result nobody needs."""
