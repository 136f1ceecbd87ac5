"""Fixtures of the server tests.

API tests share one migrated database per backend (SQLite file, real
PostgreSQL) and one in-process server on it; each test makes its own
tenants, so tests never see each other's data (which is tenant isolation
at work). Tests that need an empty database use ``server_db_url``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from devtools.postgres import PostgresCluster
from server.db import migrate
from server.services.database import Database
from server.settings import Settings
from tests.server.helpers import World, make_world
from tests.server.smtp import SmtpServer
from tests.utils.servers import InProcessServer, free_port


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def shared_db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """One migrated database per backend for the whole session."""
    if request.param == "sqlite":
        url = f"sqlite:///{Path(tmp_path_factory.mktemp('server')) / 'shared.db'}"
    else:
        cluster: PostgresCluster = request.getfixturevalue("pg_cluster")
        url = cluster.create_database("kansli_server_shared")
    migrate(url)
    return url


def api_settings(db_url: str, **overrides: object) -> Settings:
    """Settings of a test server: nothing listens on its SMTP port, links to kansli.test."""
    values: dict[str, object] = {
        "database_url": db_url,
        "public_base_url": "https://kansli.test",
        "smtp_host": "127.0.0.1",
        "smtp_port": free_port(),
        "run_worker": False,
        "secret_key": "test-secret",
        # The tests play the proxy: they give each simulated client an X-Forwarded-For.
        "trusted_proxies": ["127.0.0.1"],
        # Bursts of parallel logins wait for their password check rather than get a 503
        # (tests/server/test_login_limits.py tests the 503 on servers of its own).
        "login_hash_wait_seconds": 120,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def api(shared_db_url: str) -> Iterator[InProcessServer]:
    settings = api_settings(shared_db_url)
    db = Database(shared_db_url)
    server = InProcessServer(settings, db).start()
    try:
        yield server
    finally:
        server.stop()
        db.dispose()


@pytest.fixture
def world(api: InProcessServer) -> World:
    """A fresh tenant with one signed-in user per role."""
    return make_world(api.url, api.db, api.settings, "a")


@pytest.fixture
def other_world(api: InProcessServer) -> World:
    """A second tenant, for isolation tests."""
    return make_world(api.url, api.db, api.settings, "b")


def _smtp_server() -> Iterator[SmtpServer]:
    server = SmtpServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    """A real SMTP server (aiosmtpd) on a free loopback port, recording what it receives."""
    yield from _smtp_server()


@pytest.fixture
def other_smtp() -> Iterator[SmtpServer]:
    """A second one, apart from ``smtp`` (two workers, each with its own)."""
    yield from _smtp_server()
