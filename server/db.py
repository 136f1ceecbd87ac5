"""The server's database: engine, sessions and migrations.

PostgreSQL in production, a SQLite file as the embedded default. The schema
is owned by Alembic (``server/migrations``); ``migrate`` brings any database
to the newest revision.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.orm import sessionmaker

import models  # noqa: F401  (registers every table)
import server.signing.tables
import server.tables  # noqa: F401
from models.files import private_sqlite

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"


def sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite ``url`` (None for another backend or in memory)."""
    if not url.startswith("sqlite"):
        return None
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for ``url`` with the settings each backend needs.

    A SQLite file (and its ``-wal``/``-shm``) is made readable by its owner only
    before the first connection: it holds personal data.
    """
    if url.startswith("sqlite"):
        db_file = sqlite_file(url)
        if db_file is not None and db_file.parent.is_dir():
            private_sqlite(db_file)
        engine = create_engine(
            url, connect_args={"timeout": 30, "check_same_thread": False}, **kwargs
        )

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def make_sessionmaker(engine: Engine) -> sessionmaker[Any]:
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config(url: str) -> Config:
    # Alembic (with Mako and Pygments) is imported only when migrating: about 0.1 s
    # that a server start on an up-to-date database does not need to pay.
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def migrate(url: str, revision: str = "head") -> None:
    """Upgrade the database at ``url`` to ``revision``."""
    from alembic import command

    command.upgrade(alembic_config(url), revision)
