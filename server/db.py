"""The server's database: engine, sessions and migrations.

PostgreSQL in production, a SQLite file as the embedded default. The schema
is owned by Alembic (``server/migrations``); ``migrate`` brings any database
made since the first release's baseline (revision 0010) to the newest revision.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, make_url, pool
from sqlalchemy.orm import sessionmaker

import models  # noqa: F401  (registers every table)
import server.signing.tables
import server.tables  # noqa: F401
from models.bundle import data_path
from models.errors import DomainError
from models.files import private_sqlite

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = data_path("server", "migrations")

#: The revisions squashed into the baseline 0010 before the first release.
SQUASHED_REVISIONS = frozenset(f"{number:04d}" for number in range(1, 10))


class UnknownRevision(DomainError):
    """The database is at a revision this version's migrations cannot upgrade from."""

    code = "database_revision_unknown"


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
            # What is deleted or overwritten is zeroed in the file (an erasure, issue 23).
            cur.execute("PRAGMA secure_delete=ON")
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
    """Upgrade the database at ``url`` to ``revision``.

    Raises ``UnknownRevision``, before changing anything, for a database at a revision
    squashed into the baseline (it must be re-created) or at one these migrations do not
    know (made by a newer Kansli).
    """
    from alembic import command

    config = alembic_config(url)
    _check_revision(url, config)
    command.upgrade(config, revision)


def _check_revision(url: str, config: Config) -> None:
    """Raise ``UnknownRevision`` when the database at ``url`` is at a revision the
    migrations in ``config`` cannot upgrade from (a new database has none: it can)."""
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory

    engine = create_engine(url, poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_heads()
    finally:
        engine.dispose()
    known = {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}
    for found in current:
        if found in SQUASHED_REVISIONS:
            raise UnknownRevision(
                "The database is at revision {revision}, from before the migrations were "
                "squashed into one baseline (0010) for the first release: it cannot be "
                "upgraded. Re-create it (a new database, or a new demo folder).",
                params={"revision": found},
            )
        if found not in known:
            raise UnknownRevision(
                "The database is at revision {revision}, which this version of Kansli does "
                "not know (a newer version made it?): it cannot be upgraded.",
                params={"revision": found},
            )
