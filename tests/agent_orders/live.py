"""The real app under uvicorn on a thread of the test process, at the URL its settings name."""

from __future__ import annotations

import threading
import time

import uvicorn

from server.app import create_app
from server.services.database import Database
from server.settings import Settings
from tests.agent_orders.builders import Cast, make_cast


class LiveApp:
    """The real app under uvicorn on a thread, at the URL its settings name."""

    def __init__(self, settings: Settings, db: Database, port: int) -> None:
        self.settings, self.db, self.port = settings, db, port
        self.url = f"http://127.0.0.1:{port}"
        self.app = create_app(settings, db=db)
        config = uvicorn.Config(
            self.app, host="127.0.0.1", port=port, log_config=None, access_log=False
        )
        self.server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self) -> LiveApp:
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the app did not start")
            time.sleep(0.01)  # polling a condition with a deadline
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self._thread.join(15)

    def cast(self) -> Cast:
        return make_cast(self.db, self.settings, prefix="web")
