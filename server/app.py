"""The FastAPI application factory."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request, Response
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

import models.commands  # noqa: F401  (registers every command)
from server.api.errors import install_error_handlers
from server.api.middleware import BearerFirst, BodyLimit, ClientVersionGate
from server.api.routes import meta, routers
from server.logging import configure_logging
from server.services.agent_orders.signers import send_queued_sms
from server.services.alumni.worker import AlumniWorker
from server.services.database import Database
from server.services.login_limits import HashGate
from server.services.mail import MailWorker
from server.services.payments import queue_receipts
from server.services.refunds import CardRefundJob
from server.services.reminders import ReminderJob
from server.services.retention import RetentionJob
from server.services.round_notices import RoundNoticeJob
from server.services.waiting_list import expire_offers
from server.settings import Settings
from server.web.routers import install as install_web

API_PREFIX = "/api/v1"
#: Bodies larger than this are refused as they stream in (500 commands fit easily).
MAX_BODY_BYTES = 20 * 1024 * 1024

log = logging.getLogger("kansli.http")

#: How uvicorn serves the app: the app logs itself (no uvicorn log config, no access log),
#: and it applies X-Forwarded-* itself, from KANSLI_TRUSTED_PROXIES only (uvicorn's own
#: handling would trust 127.0.0.1, or FORWARDED_ALLOW_IPS).
UVICORN_OPTIONS: dict[str, Any] = {"log_config": None, "access_log": False, "proxy_headers": False}


def background_jobs(database: Database, settings: Settings) -> list[Callable[[], object]]:
    """The passes run on the mail worker's beat, after the mail outbox: in
    ``kansli-server worker`` or, with ``run_worker``, in the one web process."""
    return [
        lambda: send_queued_sms(database, settings),
        # Waiting-list offers not answered in time go to the next (issue 15).
        lambda: expire_offers(database, settings),
        # Rounds opening, starting soon, ended (issue 16).
        RoundNoticeJob(database, settings),
        # Reminders of unpaid invoices, then the collection list (issue 18).
        ReminderJob(database, settings),
        # Receipts of the payments a BgMax import matched (issue 18).
        lambda: queue_receipts(database, settings),
        # Refunds due by card asked of the card provider (issue 18).
        CardRefundJob(database, settings),
        # The tenants' retention rules, once a night (issue 23).
        RetentionJob(database, settings),
    ]


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
            MailWorker(database, settings, also=background_jobs(database, settings)).start()
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
        # Swagger UI's page loads its script and styles from a CDN: development only.
        docs_url=f"{API_PREFIX}/docs" if settings.api_docs else None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.db = database
    app.state.worker = None
    # Password checks at once in this process (argon2 takes 64 MiB each).
    app.state.hash_gate = HashGate(settings)
    install_error_handlers(app)

    for router in routers():
        app.include_router(router, prefix=API_PREFIX)
    app.include_router(meta.probes)  # /healthz, /readyz at the root
    install_web(app, api_prefix=API_PREFIX)
    # Outer middleware runs first. Before any route or body: the client address from a
    # trusted proxy only, a sync request of a client older than the server accepts refused,
    # the body's size counted as it streams, the token of a signed-in API route checked
    # (server/api/middleware.py).
    app.add_middleware(BearerFirst, prefix=API_PREFIX)
    app.add_middleware(BodyLimit, max_bytes=MAX_BODY_BYTES)
    app.add_middleware(ClientVersionGate, prefix=API_PREFIX, oldest=settings.oldest_client)
    if settings.trusted_proxies:
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=settings.trusted_proxies)

    @app.middleware("http")
    async def access_log(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
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

    return app


def app_from_environment() -> FastAPI:
    """The app of one of ``kansli-server serve --workers N``'s processes: its settings
    from the environment (and ``KANSLI_SETTINGS_FILE``), its log set up as ``serve``'s."""
    settings = Settings()
    configure_logging(settings.log_level)
    return create_app(settings)
