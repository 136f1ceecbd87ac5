"""The real app under uvicorn on a thread of the test process, at the URL its settings name."""

from __future__ import annotations

from server.services.database import Database
from server.settings import Settings
from tests.agent_orders.builders import Cast, make_cast
from tests.utils.servers import InProcessServer


class LiveApp(InProcessServer):
    """The real app under uvicorn on a thread, at the URL its settings name."""

    def __init__(self, settings: Settings, db: Database, port: int) -> None:
        super().__init__(settings, db, port=port, proxy_headers=True)

    def cast(self) -> Cast:
        return make_cast(self.db, self.settings, prefix="web")
