"""The Alembic migrations build the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from models.base import Base
from server.db import make_engine, migrate


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
