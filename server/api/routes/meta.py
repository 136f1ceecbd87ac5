"""Health of the server, for load balancers and for waiting until it answers.

``/api/v1/health``: the server and its database answer. The probes at the root, for a
supervisor or a load balancer (deploy/, docs/SCALING.md), need no sign-in and say
nothing of any person: ``/healthz`` the process is alive (no database asked: a
database outage must not make a supervisor restart every web process), ``/readyz``
the database answers and is migrated to the revision this version needs (503 until
then: a process of a newer version waits for ``kansli-server migrate``).
"""

from __future__ import annotations

from functools import lru_cache

from fastapi import APIRouter
from sqlalchemy import text

from server.api.deps import DbDep
from server.api.errors import ApiError
from server.api.schemas import HealthOut, error_responses

router = APIRouter(tags=["meta"])
#: The probes, served at the root (not under the API's prefix).
probes = APIRouter(tags=["meta"])

VERSION = "0.1.0"


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


@probes.get("/healthz")
def healthz() -> HealthOut:
    """200 while the process serves requests (liveness: the database is not asked)."""
    return HealthOut(status="ok", version=VERSION)


@probes.get("/readyz", responses=error_responses(503))
def readyz(db: DbDep) -> HealthOut:
    """200 when the database answers and is at this version's schema, else 503."""
    from alembic.migration import MigrationContext

    retry = {"Retry-After": "5"}
    try:
        with db.engine.connect() as conn:
            current = frozenset(MigrationContext.configure(conn).get_current_heads())
    except Exception as exc:
        raise ApiError(503, "unavailable", "The database does not answer", headers=retry) from exc
    if current != schema_heads():
        raise ApiError(
            503, "not_migrated", "The database is not at this version's schema", headers=retry
        )
    return HealthOut(status="ok", version=VERSION)
