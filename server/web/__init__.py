"""Server-rendered web pages: the flows people outside the office use, and
staff pages the desktop shows in its embedded web view, in English and
Swedish (:mod:`server.web.i18n`)."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse

from server.web import forms, session
from server.web.i18n import LanguageMiddleware, _
from server.web.templates import message


def install(app: FastAPI, *, api_prefix: str) -> None:
    """Add the web pages, their language choice and the handover API to ``app``."""
    app.add_middleware(LanguageMiddleware, skip_prefix=api_prefix)
    forms.install(app)
    app.include_router(session.api, prefix=api_prefix)
    app.include_router(session.pages)
    for module in _page_modules():
        app.include_router(module.router)

    @app.exception_handler(session.WebSignInRequired)
    async def _signed_out(request: Request, _exc: Exception) -> HTMLResponse:
        return message(
            request,
            _("You are not signed in"),
            _("Your session has ended. Open the page again from Kansli."),
            status_code=401,
            tone="bad",
        )


def _page_modules() -> list[ModuleType]:
    """Feature page modules (every module here with a ``router``), in name order."""
    found = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if isinstance(getattr(module, "router", None), APIRouter):
            found.append(module)
    return found
