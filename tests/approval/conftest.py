"""Fixtures of the approval and sign-up page tests: the real app over real HTTP.

One migrated database per backend (SQLite file, real PostgreSQL) and one
in-process server on it for the session; each test makes its own tenant.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from server.db import migrate
from server.services.database import Database
from server.settings import Settings
from tests.server.helpers import InProcessServer, World, make_world
from tests.utils.live_server import free_port
from tests.utils.pg import PostgresCluster

SECRET = "approval-pages-secret"


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def pages_db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    if request.param == "sqlite":
        url = f"sqlite:///{Path(tmp_path_factory.mktemp('pages')) / 'pages.db'}"
    else:
        cluster: PostgresCluster = request.getfixturevalue("pg_cluster")
        url = cluster.create_database("kansli_approval_pages")
    migrate(url)
    return url


@pytest.fixture(scope="session")
def site(pages_db_url: str) -> Iterator[InProcessServer]:
    """The app with links to plain http (so the sign-up cookie is not Secure-only)."""
    settings = Settings(
        database_url=pages_db_url,
        public_base_url="http://kansli.test",
        smtp_host="127.0.0.1",
        smtp_port=free_port(),
        run_worker=False,
        secret_key=SECRET,  # type: ignore[arg-type]
    )
    db = Database(pages_db_url)
    server = InProcessServer(settings, db).start()
    try:
        yield server
    finally:
        server.stop()
        db.dispose()


@pytest.fixture
def world(site: InProcessServer) -> World:
    """A fresh tenant with one signed-in user per role."""
    return make_world(site.url, site.db, site.settings, "ap")
