"""Typed dependencies of the routes: database, settings, session and the signed-in user."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from server.api.errors import ApiError
from server.services.auth import Principal, authenticate
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


SessionDep = Annotated[Session, Depends(get_session)]


def current_principal(
    request: Request,
    db: DbDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    """The signed-in user of the request's bearer token, or 401."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise ApiError(
            401,
            "unauthorized",
            "Sign in first (Authorization: Bearer <token>)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    with db.sessions() as session:
        principal = authenticate(session=session, token=credentials.credentials)
    if principal is None:
        raise ApiError(
            401,
            "unauthorized",
            "The sign-in has expired or was revoked; sign in again",
            headers={"WWW-Authenticate": "Bearer"},
        )
    request.state.user_id = principal.user_id
    request.state.tenant_id = principal.tenant_id
    return principal


CurrentUser = Annotated[Principal, Depends(current_principal)]


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"
