"""The web pages put together: their language choice, the handover API and
each feature's router, named here (:func:`page_routers`)."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, Response

from server.web import (
    alumni,
    approval,
    booking,
    catalogue,
    consent,
    csrf,
    evaluation,
    forms,
    invoices,
    password,
    reports,
    session,
    sign_in,
    signup,
    staff,
    waiting_list,
)
from server.web.agent_orders import links as agent_order_links
from server.web.agent_orders import staff as agent_order_staff
from server.web.i18n import LanguageMiddleware


def install(app: FastAPI, *, api_prefix: str) -> None:
    """Add the web pages, their language choice and the handover API to ``app``."""
    app.add_middleware(LanguageMiddleware, skip_prefix=api_prefix)
    forms.install(app)
    csrf.install(app)
    app.include_router(session.api, prefix=api_prefix)
    app.include_router(session.pages)
    for router in page_routers():
        app.include_router(router)

    @app.exception_handler(alumni.NoAlumniPages)
    async def _no_alumni_pages(request: Request, _exc: Exception) -> HTMLResponse:
        return alumni.not_found(request)

    @app.exception_handler(session.WebSignInRequired)
    async def _signed_out(request: Request, _exc: Exception) -> Response:
        return session.sign_in_redirect(request)  # to the sign-in page, and back


def page_routers() -> list[APIRouter]:
    """The routers of the feature pages, each named here."""
    return [
        agent_order_links.router,
        agent_order_staff.router,
        alumni.router,
        approval.router,
        booking.router,
        catalogue.router,
        consent.router,
        evaluation.router,
        invoices.router,
        password.router,
        reports.router,
        sign_in.router,
        signup.router,
        staff.router,
        waiting_list.router,
    ]
