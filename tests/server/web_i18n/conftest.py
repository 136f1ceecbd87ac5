"""Fixtures of the web-page language tests: the real app over real HTTP on one SQLite file.

What is tested here is the pages' language, not the database: one backend is
enough, and the page flows themselves run on both backends in their own
folders (tests/approval, tests/alumni/http, tests/agent_orders).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from server.db import migrate
from tests.server.helpers import World, make_world, pages_site
from tests.utils.servers import InProcessServer

SECRET = "web-language-tests-secret-key-0123456789"


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[InProcessServer]:
    """The app on a migrated SQLite file; links to plain http, so cookies are not Secure-only."""
    url = f"sqlite:///{Path(tmp_path_factory.mktemp('web-i18n')) / 'pages.db'}"
    migrate(url)
    with pages_site(url, secret=SECRET) as server:
        yield server


@pytest.fixture
def world(site: InProcessServer) -> World:
    """A fresh tenant with one signed-in user per role."""
    return make_world(site.url, site.db, site.settings, "sv")
