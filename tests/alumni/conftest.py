"""Fixtures of the alumni tests: a migrated server database with the server's flush listener."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from server.db import migrate
from server.services.database import Database


@pytest.fixture
def db(server_db_url: str) -> Iterator[Database]:
    """A migrated server database, once on SQLite and once on PostgreSQL."""
    migrate(server_db_url)
    database = Database(server_db_url)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    """A migrated server database on a SQLite file (for tests about files, not backends)."""
    url = f"sqlite:///{tmp_path / 'server.db'}"
    migrate(url)
    database = Database(url)
    yield database
    database.dispose()
