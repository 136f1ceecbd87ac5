"""The FastAPI application factory."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, Response

import models.commands  # noqa: F401  (registers every command)
from server import web
from server.api.errors import install_error_handlers
from server.api.responses import JsonResponse
from server.api.routes import meta, routers
from server.services.agent_order_signers import send_queued_sms
from server.services.alumni.worker import AlumniWorker
from server.services.database import Database
from server.services.mail import MailWorker
from server.settings import Settings

API_PREFIX = "/api/v1"
#: Bodies larger than this are refused before they are read (500 commands fit easily).
MAX_BODY_BYTES = 20 * 1024 * 1024

log = logging.getLogger("kansli.http")


def create_app(settings: Settings | None = None, *, db: Database | None = None) -> FastAPI:
    """The server application for ``settings`` (from the environment when None).

    ``db`` lets a caller share an open database handle (tests, the demo);
    otherwise the app opens its own and closes it on shutdown.
    """
    settings = settings or Settings()
    own_db = db is None
    database = db or Database(settings.database_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        worker = (
            MailWorker(
                database, settings, also=[lambda: send_queued_sms(database, settings)]
            ).start()
            if settings.run_worker
            else None
        )
        app.state.worker = worker
        # Alumni registrations: the automatic check and its retries (issue 7).
        alumni_worker = (
            AlumniWorker.for_app(app, database, settings).start() if settings.run_worker else None
        )
        app.state.alumni_worker = alumni_worker
        try:
            yield
        finally:
            if alumni_worker is not None:
                alumni_worker.stop()
            if worker is not None:
                worker.stop()
            if own_db:
                database.dispose()

    app = FastAPI(
        title="Kansli",
        version=meta.VERSION,
        summary="Sync and account API of the Kansli back-office server",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.db = database
    app.state.worker = None
    install_error_handlers(app)

    @app.middleware("http")
    async def access_log(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        size = request.headers.get("content-length")
        if size is not None and (not size.isdigit() or int(size) > MAX_BODY_BYTES):
            return JsonResponse(
                {
                    "detail": {
                        "code": "too_large",
                        "message": f"The body is larger than {MAX_BODY_BYTES} bytes",
                    }
                },
                status_code=413,
            )
        started = time.perf_counter()
        response = await call_next(request)
        route = request.scope.get("route")
        log.info(
            "request",
            extra={
                "fields": {
                    "method": request.method,
                    # The route template, never the raw path: paths can carry tokens.
                    "route": getattr(route, "path", "(unmatched)"),
                    "status": response.status_code,
                    "ms": round((time.perf_counter() - started) * 1000, 1),
                    "user_id": getattr(request.state, "user_id", None),
                    "tenant_id": getattr(request.state, "tenant_id", None),
                }
            },
        )
        return response

    for router in routers():
        app.include_router(router, prefix=API_PREFIX)
    web.install(app, api_prefix=API_PREFIX)
    return app
