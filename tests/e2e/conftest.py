"""Fixtures of the end-to-end tests: the real server in a subprocess with its mail
worker, a real SMTP server (aiosmtpd) it delivers to, and the desktop's sync engine.

One server per backend (SQLite file, real PostgreSQL) for the module; each test
signs in to its own fresh tenant, and tells its mails apart by their addresses.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from devtools.postgres import PostgresCluster
from server.services.database import Database
from sync.engine import SyncEngine
from tests.server.smtp import SmtpServer
from tests.sync.helpers import Account, close, connect, new_account
from tests.utils.servers import LiveServer, free_port

SECRET = "e2e-secret-key-of-at-least-32-characters"


@pytest.fixture(scope="module")
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer().start()
    try:
        yield server
    finally:
        server.stop()


def mailing_env(smtp: SmtpServer, port: int) -> dict[str, str]:
    """The settings of a server on ``port`` whose outbox worker polls every 0.1 s and
    delivers to ``smtp``, its links pointing at itself."""
    return {
        "KANSLI_SMTP_HOST": "127.0.0.1",
        "KANSLI_SMTP_PORT": str(smtp.port),
        "KANSLI_SMTP_TLS": "none",
        "KANSLI_SMTP_USERNAME": "",
        "KANSLI_RUN_WORKER": "1",
        "KANSLI_WORKER_POLL_SECONDS": "0.1",
        "KANSLI_PUBLIC_BASE_URL": f"http://127.0.0.1:{port}",
        "KANSLI_SECRET_KEY": SECRET,
        "KANSLI_LOG_LEVEL": "WARNING",
    }


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def live(
    request: pytest.FixtureRequest, smtp: SmtpServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """``python -m server serve`` with its outbox worker polling every 0.1 s into ``smtp``."""
    if request.param == "sqlite":
        url = f"sqlite:///{Path(tmp_path_factory.mktemp('e2e')) / 'server.db'}"
    else:
        cluster: PostgresCluster = request.getfixturevalue("pg_cluster")
        url = cluster.create_database("kansli_e2e_approving_manager")
    port = free_port()
    server = LiveServer(url, port=port, env=mailing_env(smtp, port)).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def server_db(live: LiveServer) -> Iterator[Database]:
    """The server's database, for checking what a refusal left unchanged."""
    db = Database(live.db_url)
    yield db
    db.dispose()


@pytest.fixture
def account(live: LiveServer) -> Account:
    """A fresh tenant with a course administrator."""
    return new_account(live.db_url, roles=("course_admin",))


@pytest.fixture
def engine(live: LiveServer, account: Account, tmp_path: Path) -> Iterator[SyncEngine]:
    """The desktop's local database and sync engine, signed in as the course administrator."""
    eng = connect(live.url, account, tmp_path / "client.db")
    yield eng
    close(eng)
