"""Error answers: always ``{"detail": {"code", "message", "field"?}}`` (CONTRACTS.md).

A malformed request is a 4xx naming what is wrong and where; a database
that is busy or unreachable is a 503 with ``Retry-After``; anything else
unexpected is logged (without request data) and answered 500.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError, PendingRollbackError
from starlette.exceptions import HTTPException as StarletteHTTPException

from models.errors import DomainError
from server.api.responses import JsonResponse
from server.services.rows import Roles, redact_message

log = logging.getLogger("kansli.api")

_STATUS_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid",
    429: "rate_limited",
}

_DOMAIN_STATUS = {
    "invalid": 422,
    "not_found": 404,
    "forbidden": 403,
    "conflict": 409,
    "transition_refused": 409,
}


class ApiError(HTTPException):
    """An error answer with a machine code, a readable message and optionally the field."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        field: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        detail: dict[str, Any] = {"code": code, "message": message}
        if field:
            detail["field"] = field
        super().__init__(status_code=status, detail=detail, headers=headers)


def _body(detail: dict[str, Any], request: Request | None = None) -> dict[str, Any]:
    """The error body; its message as the caller may read it (personal data masked
    unless the signed-in caller's roles may read it: ``server.services.rows``)."""
    if request is not None and isinstance(detail.get("message"), str):
        reader = Roles(frozenset(getattr(request.state, "roles", frozenset())))
        detail = {**detail, "message": redact_message(reader, detail["message"])}
    return {"detail": detail}


def _validation_message(exc: RequestValidationError) -> tuple[str, str]:
    errors = exc.errors()
    if not errors:
        return "request", "The request is not valid"
    first = errors[0]
    loc = [str(p) for p in first.get("loc", ())]
    where = ".".join(loc) if loc else "request"
    msg = str(first.get("msg", "is not valid"))
    if first.get("type") == "json_invalid":
        return "body", f"The body is not valid JSON ({first.get('ctx', {}).get('error', msg)})"
    return where, f"{where}: {msg}"


def install_error_handlers(app: FastAPI) -> None:
    """Make every error answer follow the contract's shape."""

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JsonResponse:
        field, message = _validation_message(exc)
        return JsonResponse(
            _body({"code": "invalid", "message": message, "field": field}, request),
            status_code=422,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JsonResponse:
        detail: dict[str, Any] = exc.detail if isinstance(exc.detail, dict) else {}
        if not detail:
            detail = {
                "code": _STATUS_CODES.get(exc.status_code, "error"),
                "message": str(exc.detail),
            }
        return JsonResponse(
            _body(detail, request),
            status_code=exc.status_code,
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(DomainError)
    async def _domain(request: Request, exc: DomainError) -> JsonResponse:
        detail: dict[str, Any] = {"code": exc.code, "message": exc.message}
        if exc.details.get("field"):
            detail["field"] = exc.details["field"]
        return JsonResponse(_body(detail, request), status_code=_DOMAIN_STATUS.get(exc.code, 400))

    @app.exception_handler(DBAPIError)
    async def _database(request: Request, exc: DBAPIError) -> JsonResponse:
        if not database_unavailable(exc):
            return await _unexpected(request, exc)
        return _unavailable_answer(exc)

    @app.exception_handler(PendingRollbackError)
    async def _pending(_request: Request, exc: PendingRollbackError) -> JsonResponse:
        # A session whose connection died earlier in the request.
        return _unavailable_answer(exc)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JsonResponse:
        log.error(
            "unhandled error",
            exc_info=exc,
            extra={"fields": {"method": request.method, "route": _route(request)}},
        )
        return JsonResponse(
            _body({"code": "internal_error", "message": "The server failed; nothing was changed"}),
            status_code=500,
        )


def database_unavailable(exc: DBAPIError) -> bool:
    """True if ``exc`` means the database is busy or out of reach (not a bad statement):
    an operational error (locked, connection refused or lost, server shutting down), a
    connection SQLAlchemy found dead (``connection_invalidated``), or the driver's
    interface refusing a closed connection."""
    return isinstance(exc, OperationalError | InterfaceError) or bool(exc.connection_invalidated)


def _unavailable_answer(exc: Exception) -> JsonResponse:
    orig = getattr(exc, "orig", None) or exc
    log.error("database unavailable", extra={"fields": {"error": type(orig).__name__}})
    return JsonResponse(
        _body({"code": "unavailable", "message": "The database is busy; try again shortly"}),
        status_code=503,
        headers={"Retry-After": "5"},
    )


def _route(request: Request) -> str:
    route = request.scope.get("route")
    return str(getattr(route, "path", "?"))
