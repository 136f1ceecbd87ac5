"""Fixtures of the approval and sign-up page tests: the real app over real HTTP.

One migrated database per backend (SQLite file, real PostgreSQL) and one
in-process server on it for the session; each test makes its own tenant.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from devtools.postgres import PostgresCluster
from server.db import migrate
from tests.server.helpers import World, make_world, pages_site
from tests.utils.servers import InProcessServer

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
    with pages_site(pages_db_url, secret=SECRET) as server:
        yield server


@pytest.fixture
def world(site: InProcessServer) -> World:
    """A fresh tenant with one signed-in user per role."""
    return make_world(site.url, site.db, site.settings, "ap")
