"""Fixtures of the signing tests: a migrated server database with the challenge table."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from server.db import make_engine, make_sessionmaker, migrate

SECRET_KEY = b"signing-tests-secret-key-0123456789"


@pytest.fixture
def sessions(server_db_url: str) -> Iterator[sessionmaker[Session]]:
    """Sessions on a migrated server database (SQLite file and PostgreSQL)."""
    migrate(server_db_url)
    engine = make_engine(server_db_url)
    try:
        yield make_sessionmaker(engine)
    finally:
        engine.dispose()


@pytest.fixture
def session(sessions: sessionmaker[Any]) -> Iterator[Session]:
    with sessions() as s:
        yield s
