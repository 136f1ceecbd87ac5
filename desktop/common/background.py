"""Run one function on a fresh thread and get its result back on the GUI thread.

For start-up work that happens before the operations executors exist
(signing in, opening the local database, waiting for the demo server).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot


class _Courier(QObject):
    arrived = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.arrived.connect(self._call, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _call(self, fn: Callable[[], None]) -> None:
        fn()


_couriers: set[_Courier] = set()


def run_in_thread(
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
    *,
    name: str = "kansli-start",
) -> threading.Thread:
    """Call ``fn()`` on a new thread; ``on_success(result)`` or ``on_failure(exc)`` on the GUI."""
    courier = _Courier()  # made here, so it lives on the GUI thread
    _couriers.add(courier)

    def deliver(callback: Callable[[], None]) -> None:
        def done() -> None:
            _couriers.discard(courier)
            callback()

        courier.arrived.emit(done)

    def work() -> None:
        try:
            result = fn()
        except Exception as exc:  # delivered to the caller, who shows it
            deliver(partial(on_failure, exc))
            return
        deliver(lambda: on_success(result))

    thread = threading.Thread(target=work, name=name, daemon=True)
    thread.start()
    return thread
