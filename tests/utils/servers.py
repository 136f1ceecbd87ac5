"""The real server for tests that talk to it over HTTP: in a subprocess (``LiveServer``,
with ``add_account`` and ``login``: :mod:`devtools.live_server`, which the benchmarks
use too) or under uvicorn on a thread of the test process (``InProcessServer``); and
``wait_until``, the one way tests wait on a condition with a deadline.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from devtools.live_server import (
    REPO,
    START_TIMEOUT,
    LiveServer,
    LiveWorker,
    PortTaken,
    add_account,
    free_port,
    login,
)

if TYPE_CHECKING:
    from server.services.database import Database
    from server.settings import Settings


def wait_until(condition: Callable[[], Any], *, timeout: float = 20.0, what: str = "it") -> Any:
    """Wait for ``condition`` to return something truthy, with a deadline; returns it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.02)  # polling interval while waiting on a condition with a deadline
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


class InProcessServer:
    """The real app under uvicorn on a thread of the test process (real HTTP, shared DB handle).

    ``port`` None picks a free one. ``proxy_headers`` False, as ``serve``: the app, not
    uvicorn, decides whom X-Forwarded-For is believed from.
    """

    def __init__(
        self,
        settings: Settings,
        db: Database,
        *,
        port: int | None = None,
        proxy_headers: bool = False,
    ) -> None:
        import uvicorn

        from server.app import create_app

        self.settings = settings
        self.db = db
        self.app = create_app(settings, db=db)
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            self.app,
            host="127.0.0.1",
            port=self.port,
            log_config=None,
            access_log=False,
            proxy_headers=proxy_headers,
        )
        self.server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self) -> InProcessServer:
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("in-process server did not start")
            time.sleep(0.01)  # polling a condition with a deadline
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self._thread.join(15)


__all__ = [
    "REPO",
    "START_TIMEOUT",
    "InProcessServer",
    "LiveServer",
    "LiveWorker",
    "PortTaken",
    "add_account",
    "free_port",
    "login",
    "wait_until",
]
