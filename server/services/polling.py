"""The background thread the outbox and alumni workers share: a pass on a beat.

A worker runs its pass, then waits for ``settings.worker_poll_seconds`` or
until :meth:`PollingWorker.wake` is called, until :meth:`PollingWorker.stop`.
"""

from __future__ import annotations

import threading
from typing import Self

from server.settings import Settings


class PollingWorker:
    """A pass (:meth:`run_pass`) run on a daemon thread every poll interval or on a wake-up."""

    #: The thread's name, as logs and debuggers show it.
    thread_name = "kansli-worker"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def run_pass(self) -> None:
        """One pass of the thread; it logs its own failures and does not raise."""
        raise NotImplementedError

    def wake(self) -> None:
        """Run the next pass now instead of at the next poll."""
        self._wake.set()

    def run(self) -> None:
        """Loop until :meth:`stop`: a pass, then wait for the poll interval or a wake-up."""
        while not self._stop.is_set():
            self.run_pass()
            self._wake.wait(self.settings.worker_poll_seconds)
            self._wake.clear()

    def start(self) -> Self:
        """Run :meth:`run` on a daemon thread."""
        self._stop.clear()
        self._thread = threading.Thread(target=self.run, name=self.thread_name, daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 30.0) -> None:
        """Stop the thread once its current pass is done (waiting up to ``timeout`` seconds)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
