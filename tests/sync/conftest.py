"""Fixtures of the sync tests: the real server in a subprocess, over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.helpers import Account, new_account
from tests.utils.servers import LiveServer


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """One real server per test module, on a SQLite file; tests use their own tenants."""
    path = tmp_path_factory.mktemp("server") / "server.db"
    live = LiveServer(f"sqlite:///{path}").start()
    try:
        yield live
    finally:
        live.stop()


@pytest.fixture(scope="module")
def live(module_server_db_url: str) -> Iterator[LiveServer]:
    """One real server per test module and backend (SQLite file, PostgreSQL); tests use
    their own tenants and never stop it."""
    server = LiveServer(module_server_db_url).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def account(server: LiveServer) -> Account:
    """A fresh tenant with an administrator (sees every table)."""
    return new_account(server.db_url)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "client.db"
