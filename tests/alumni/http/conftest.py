"""Fixtures of the alumni page and API tests: the real app over real HTTP, real SMTP.

One migrated database per backend (SQLite file, real PostgreSQL) and one
server on it for the session; each test makes its own tenant.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from devtools.postgres import PostgresCluster
from server.db import migrate
from tests.alumni.http.site import AlumniSite, Wakes
from tests.server.helpers import World
from tests.server.smtp import SmtpServer


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def site_db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """One migrated database per backend for the alumni site tests."""
    if request.param == "sqlite":
        url = f"sqlite:///{Path(tmp_path_factory.mktemp('alumni-site')) / 'site.db'}"
    else:
        cluster: PostgresCluster = request.getfixturevalue("pg_cluster")
        url = cluster.create_database("kansli_alumni_site")
    migrate(url)
    return url


@pytest.fixture(scope="session")
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def alumni_site(site_db_url: str, smtp: SmtpServer) -> Iterator[AlumniSite]:
    site = AlumniSite(site_db_url, smtp.port).start()
    try:
        yield site
    finally:
        site.stop()


@pytest.fixture
def world(alumni_site: AlumniSite) -> World:
    """A fresh tenant with a signed-in user per role."""
    return alumni_site.world()


@pytest.fixture
def wakes(alumni_site: AlumniSite) -> Iterator[Wakes]:
    """The site's mail worker replaced by a counter of the jobs finished after an answer."""
    before = getattr(alumni_site.app.state, "worker", None)
    counter = Wakes()
    alumni_site.app.state.worker = counter
    try:
        yield counter
    finally:
        alumni_site.app.state.worker = before
