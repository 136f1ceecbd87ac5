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
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

T = TypeVar("T")


class Courier(QObject):
    """Calls functions on the thread it lives on (the GUI thread), in the order given."""

    _arrived = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._arrived.connect(self._call, Qt.ConnectionType.QueuedConnection)

    def to_main(self, fn: Callable[[], None]) -> None:
        """Have ``fn()`` called on the courier's thread (safe from any thread)."""
        self._arrived.emit(fn)

    @Slot(object)
    def _call(self, fn: Callable[[], None]) -> None:
        fn()


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

    def work() -> None:
        try:
            result = fn()
        except Exception as exc:  # delivered to the caller, who shows it
            back.to_main(partial(on_failure, exc))
            return
        back.to_main(partial(on_success, result))

    if executor is not None:
        executor.submit(work)
        return
    threading.Thread(target=work, name=name, daemon=True).start()


def ignore(_result: Any) -> None:
    """An ``on_success`` for a task whose result nobody needs."""
