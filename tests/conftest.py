"""Shared fixtures: real SQLite files, a real PostgreSQL cluster for the session."""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
# Demo servers started by tests keep their prepared database here, not in ~/.cache.
os.environ["KANSLI_CACHE_DIR"] = tempfile.mkdtemp(prefix="kansli-test-cache-")
atexit.register(shutil.rmtree, os.environ["KANSLI_CACHE_DIR"], ignore_errors=True)

from devtools.postgres import PostgresCluster  # noqa: E402  (after the environment above)

_db_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PostgresCluster]:
    cluster = PostgresCluster().start()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: PostgresCluster) -> str:
    """A fresh, empty PostgreSQL database for one test."""
    return pg_cluster.create_database(f"kansli_test_{next(_db_numbers)}")


@pytest.fixture(params=["sqlite", "postgres"])
def server_db_url(request: pytest.FixtureRequest, tmp_path) -> str:  # type: ignore[no-untyped-def]
    """An empty server database URL, once on a SQLite file and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.db'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def module_server_db_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> str:
    """As ``server_db_url``, but one database for a module's tests: for tests that each
    make their own tenant, so a server on it can be started once per module and backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path_factory.mktemp('server') / 'server.db'}"
    cluster: PostgresCluster = request.getfixturevalue("pg_cluster")
    return cluster.create_database(f"kansli_test_{next(_db_numbers)}")
