"""Typed dependencies of the routes: database, settings, session and the signed-in user."""

from __future__ import annotations

from collections.abc import Iterator, Set
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from server.api.errors import ApiError
from server.services.auth import Principal, authenticate, lost_access
from server.services.database import Database
from server.settings import Settings

_bearer = HTTPBearer(auto_error=False, description="The token from POST /api/v1/auth/login")


def get_db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


DbDep = Annotated[Database, Depends(get_db)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def get_session(db: DbDep) -> Iterator[Session]:
    """A session for reading; routes that write open their own transactions."""
    with db.sessions() as session:
        yield session


#: ``scope="function"``: the session is closed (its read transaction ended) before the
#: answer is sent, so a database that dies in between is a 503 like any other database
#: failure (:mod:`server.api.errors`) instead of an error after a 200 has started
#: ("response already started", issue 26).
SessionDep = Annotated[Session, Depends(get_session, scope="function")]


#: Where :class:`server.api.middleware.BearerFirst` leaves the principal it found.
PRINCIPAL_STATE = "kansli_principal"


def resolve_bearer(db: Database, authorization: str | None) -> Principal:
    """The principal of an ``Authorization: Bearer <token>`` header value, or ApiError 401."""
    scheme, _, token = (authorization or "").strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(
            401,
            "unauthorized",
            "Sign in first (Authorization: Bearer <token>)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    with db.sessions() as session:
        principal = authenticate(session=session, token=token.strip())
        gone = principal is None and lost_access(session=session, token=token.strip())
    if gone:
        raise ApiError(
            401,
            "no_access",
            "You no longer have access to this organisation; its administrator can give it back",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if principal is None:
        raise ApiError(
            401,
            "unauthorized",
            "The sign-in has expired or was revoked; sign in again",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return principal


def current_principal(
    request: Request,
    db: DbDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    """The signed-in user of the request's bearer token, or 401.

    The middleware has usually checked the token already, before the body was
    read; its principal is used then.
    """
    principal: Principal | None = getattr(request.state, PRINCIPAL_STATE, None)
    if principal is None:
        header = f"{credentials.scheme} {credentials.credentials}" if credentials else None
        principal = resolve_bearer(db, header)
    request.state.user_id = principal.user_id
    request.state.tenant_id = principal.tenant_id
    request.state.roles = principal.roles  # what error bodies may show (api.errors)
    return principal


CurrentUser = Annotated[Principal, Depends(current_principal)]


def require_roles(principal: Principal, roles: Set[str], refusal: str) -> None:
    """403 ``forbidden`` saying ``refusal`` unless ``principal`` holds one of ``roles`` in
    the tenant itself: an agent organisation's users never pass (e.g. the money roles,
    :data:`models.tenancy.MONEY_ROLES`)."""
    if principal.agent_id is not None or not roles & set(principal.roles):
        raise ApiError(403, "forbidden", refusal)


def client_address(request: Request) -> str:
    """The client's address: the connection's, or what a trusted proxy says it is.

    ``X-Forwarded-For`` is applied (to every request, before any route) only when
    the connection comes from one of ``Settings.trusted_proxies``
    (:func:`server.app.create_app`); servers run uvicorn with its own proxy
    handling off, so nothing else rewrites the address.
    """
    return request.client.host if request.client else "unknown"
