"""Health of the server, for load balancers and for waiting until it answers.

``/api/v1/health``: the server and its database answer. The probes at the root, for a
supervisor or a load balancer (deploy/, docs/SCALING.md), need no sign-in and say
nothing of any person: ``/healthz`` the process is alive (no database asked: a
database outage must not make a supervisor restart every web process), ``/readyz``
the database answers and is migrated to the revision this version needs (503 until
then: a process of a newer version waits for ``kansli-server migrate``). A database
already at a newer version's schema (a rolling deploy migrated it first) is served and
said to be ``ahead``. ``/readyz`` asks on a connection of its own, not from the pool
(a pool busy under load must not make a process look dead), given 2 s.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from fastapi import APIRouter
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.pool import NullPool

from models.version import VERSION as VERSION  # the server's (and its clients') version
from server.api.deps import DbDep
from server.api.errors import ApiError
from server.api.schemas import HealthOut, ReadyOut, error_responses

router = APIRouter(tags=["meta"])
#: The probes, served at the root (not under the API's prefix).
probes = APIRouter(tags=["meta"])


@router.get("/health", responses=error_responses(503))
def health(db: DbDep) -> HealthOut:
    """200 when the server and its database answer."""
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        raise ApiError(503, "unavailable", "The database does not answer") from exc
    return HealthOut(status="ok", version=VERSION)


@lru_cache(maxsize=1)
def schema_heads() -> frozenset[str]:
    """The migration revisions (heads) this version's database must be at."""
    from alembic.script import ScriptDirectory

    from server.db import alembic_config

    return frozenset(ScriptDirectory.from_config(alembic_config("sqlite://")).get_heads())


@lru_cache(maxsize=1)
def known_revisions() -> frozenset[str]:
    """Every migration revision this version has (a database at another is ahead of it)."""
    from alembic.script import ScriptDirectory

    from server.db import alembic_config

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return frozenset(rev.revision for rev in script.walk_revisions())


#: How long /readyz waits for the database (connecting, then asking).
PROBE_TIMEOUT_SECONDS = 2


@lru_cache(maxsize=4)
def probe_engine(url: str) -> Engine:
    """An engine of its own for /readyz: no pool (a connection each probe, closed after),
    :data:`PROBE_TIMEOUT_SECONDS` to connect and to answer."""
    connect_args: dict[str, Any]
    if url.startswith("sqlite"):
        connect_args = {"timeout": PROBE_TIMEOUT_SECONDS, "check_same_thread": False}
    else:
        connect_args = {
            "connect_timeout": PROBE_TIMEOUT_SECONDS,
            "options": f"-c statement_timeout={PROBE_TIMEOUT_SECONDS * 1000}",
        }
    return create_engine(url, poolclass=NullPool, connect_args=connect_args)


@probes.get("/healthz")
def healthz() -> HealthOut:
    """200 while the process serves requests (liveness: the database is not asked)."""
    return HealthOut(status="ok", version=VERSION)


@probes.get("/readyz", responses=error_responses(503))
def readyz(db: DbDep) -> ReadyOut:
    """200 when the database answers and is at this version's schema (or a newer
    version's: ``ahead``), else 503."""
    from alembic.migration import MigrationContext

    retry = {"Retry-After": "5"}
    try:
        with probe_engine(db.url).connect() as conn:
            current = frozenset(MigrationContext.configure(conn).get_current_heads())
    except Exception as exc:
        raise ApiError(503, "unavailable", "The database does not answer", headers=retry) from exc
    if current == schema_heads():
        return ReadyOut(status="ok", version=VERSION, database_schema="current")
    if current - known_revisions():  # a revision this version does not know: a newer one's
        return ReadyOut(status="ok", version=VERSION, database_schema="ahead")
    raise ApiError(
        503, "not_migrated", "The database is not at this version's schema", headers=retry
    )
