"""The alumni pages and API under test: the real app over real HTTP, with a real SMTP server.

The fixtures are in this folder's ``conftest.py``: one migrated database per
backend (SQLite file, real PostgreSQL) and one server on it for the session;
each test makes its own tenant (``World``), so tests never see each other's
data. The server's public base URL is its own address, so links in mails
open on it.
"""

from __future__ import annotations

import re
import threading

import requests
from sqlalchemy import func, select

from models.alumni import AlumniRegistration
from server.services.database import Database
from server.settings import Settings
from tests.server.helpers import World, make_world
from tests.utils.servers import InProcessServer, free_port

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


class AlumniSite(InProcessServer):
    """The app under uvicorn on a thread of the test process, linking to itself."""

    def __init__(self, db_url: str, smtp_port: int) -> None:
        port = free_port()
        settings = Settings(
            database_url=db_url,
            public_base_url=f"http://127.0.0.1:{port}",
            smtp_host="127.0.0.1",
            smtp_port=smtp_port,
            run_worker=False,
            secret_key="test-secret",  # type: ignore[arg-type]
        )
        super().__init__(settings, Database(db_url), port=port, proxy_headers=True)

    def stop(self) -> None:
        super().stop()
        self.db.dispose()

    def world(self, prefix: str = "al") -> World:
        """A fresh tenant with a signed-in user per role."""
        return make_world(self.url, self.db, self.settings, prefix)


class Wakes:
    """Stands in for the app's mail worker: counts ``wake()`` calls, which the pages make
    when work done after an answer (a termination link's lookup) has finished."""

    def __init__(self) -> None:
        self.count = 0
        self._cond = threading.Condition()

    def wake(self) -> None:
        with self._cond:
            self.count += 1
            self._cond.notify_all()

    def wait_for(self, n: int, timeout: float = 20.0) -> None:
        """Wait until ``wake`` was called ``n`` times in all (deadline ``timeout``)."""
        with self._cond:
            if not self._cond.wait_for(lambda: self.count >= n, timeout):
                raise AssertionError(f"{self.count} of {n} jobs done after {timeout} s")


# -- helpers --------------------------------------------------------------------------


def csrf_of(page: requests.Response) -> str:
    """The CSRF token of the page's form."""
    found = CSRF.search(page.text)
    assert found, page.text
    return found.group(1)


def registrations(db: Database, tenant_id: str) -> list[AlumniRegistration]:
    with db.sessions() as s:
        return list(
            s.scalars(
                select(AlumniRegistration)
                .where(AlumniRegistration.tenant_id == tenant_id)
                .order_by(AlumniRegistration.received_at, AlumniRegistration.id)
            )
        )


def count_registrations(db: Database, tenant_id: str) -> int:
    with db.sessions() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(AlumniRegistration)
                .where(AlumniRegistration.tenant_id == tenant_id)
            )
            or 0
        )
