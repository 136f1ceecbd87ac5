"""The Alembic migrations build the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

import re

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from models.base import Base
from server.db import UnknownRevision, alembic_config, make_engine, migrate


def test_migrations_upgrade_empty_database_to_models(server_db_url: str) -> None:
    migrate(server_db_url)
    engine = make_engine(server_db_url)
    try:
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(ctx, Base.metadata)
            tables = set(inspect(conn).get_table_names())
    finally:
        engine.dispose()
    assert diff == [], f"models and migrations disagree: {diff}"
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_migrations_are_idempotent(server_db_url: str) -> None:
    migrate(server_db_url)
    migrate(server_db_url)  # a second run must be a no-op, not an error


def _tables(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def _set_revision(url: str, revision: str) -> None:
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    finally:
        engine.dispose()


def test_downgrade_to_base_and_upgrade_again(server_db_url: str) -> None:
    migrate(server_db_url)
    command.downgrade(alembic_config(server_db_url), "base")
    assert _tables(server_db_url) == {"alembic_version"}
    migrate(server_db_url)
    assert set(Base.metadata.tables) <= _tables(server_db_url)


@pytest.mark.parametrize(
    ("revision", "says"),
    [("0007", "squashed into one baseline (0010)"), ("0099", "does not know")],
)
def test_a_database_at_an_unknown_revision_is_refused_with_a_sentence(
    server_db_url: str, revision: str, says: str
) -> None:
    migrate(server_db_url, "0010")
    _set_revision(server_db_url, revision)
    with pytest.raises(UnknownRevision, match=re.escape(says)) as refused:
        migrate(server_db_url)
    assert f"revision {revision}" in str(refused.value)
    assert refused.value.code == "database_revision_unknown"
    _set_revision(server_db_url, "0010")  # the head the old migrations ended at: still valid
    migrate(server_db_url)
