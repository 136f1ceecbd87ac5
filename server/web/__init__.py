"""Server-rendered web pages: the flows people outside the office use, and
staff pages the desktop shows in its embedded web view."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

from server.web import session
from server.web.templates import message


def install(app: FastAPI, *, api_prefix: str) -> None:
    """Add the web pages and the handover API to ``app``."""
    app.include_router(session.api, prefix=api_prefix)
    app.include_router(session.pages)
    for module in _page_modules():
        app.include_router(module.router)

    @app.exception_handler(session.WebSignInRequired)
    async def _signed_out(request: Request, _exc: Exception) -> HTMLResponse:
        return message(
            request,
            "You are not signed in",
            "Your session has ended. Open the page again from Kansli.",
            status_code=401,
            tone="bad",
        )


def _page_modules() -> list:  # type: ignore[type-arg]
    """Feature page modules, each with a ``router``."""
    import importlib
    import pkgutil

    found = []
    for info in pkgutil.iter_modules(__path__):
        if info.name in ("session", "templates", "csrf"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "router"):
            found.append(module)
    return found
