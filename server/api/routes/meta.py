"""Health of the server, for load balancers and for waiting until it answers."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import text

from models.version import VERSION as VERSION  # the server's (and its clients') version
from server.api.deps import DbDep
from server.api.errors import ApiError
from server.api.schemas import HealthOut, error_responses

router = APIRouter(tags=["meta"])


@router.get("/health", responses=error_responses(503))
def health(db: DbDep) -> HealthOut:
    """200 when the server and its database answer."""
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        raise ApiError(503, "unavailable", "The database does not answer") from exc
    return HealthOut(status="ok", version=VERSION)
