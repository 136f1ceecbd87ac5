"""The Jinja2 environment of the web pages (autoescaped, translated with gettext)."""

from __future__ import annotations

import secrets
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from models.bundle import data_path
from models.errors import DomainError
from models.pricing import kronor_text
from server.web.i18n import (
    _,
    current_language,
    domain_text,
    format_date,
    format_datetime,
    gettext,
    language_links,
    ngettext,
)

TEMPLATES = data_path("server", "templates")

env = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
    extensions=["jinja2.ext.i18n"],
)
# {% trans %} blocks are extracted with their whitespace collapsed (server/locale/update.py).
env.policies["ext.i18n.trimmed"] = True
# The callables read the request's language when the page is rendered (thread-safe).
env.install_gettext_callables(  # type: ignore[attr-defined]
    gettext=gettext, ngettext=ngettext, newstyle=True
)
env.filters["date"] = format_date
env.filters["datetime"] = format_datetime
env.filters["kronor"] = kronor_text

#: Pages are never framed by other sites, never cached, never leak their URL (tokens).
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
}


def content_security_policy(nonce: str) -> str:
    """The pages' CSP: scripts only from this site or inline with this response's
    ``nonce`` (``<script nonce="{{ csp_nonce }}">``), no ``<base>`` to redirect relative
    URLs, no plugins, forms posting to this site only, never framed."""
    return (
        "default-src 'self'; img-src 'self' https: data:; style-src 'self' 'unsafe-inline'; "
        f"script-src 'self' 'nonce-{nonce}'; object-src 'none'; base-uri 'none'; "
        "frame-ancestors 'none'; form-action 'self'"
    )


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """Render template ``name`` with ``context`` as an HTML response in the request's language.

    Each response gets a fresh CSP nonce (``csp_nonce`` in the template): an inline
    script runs only when the template gave it that nonce, so markup injected into a
    page cannot run script.
    """
    language = current_language()
    nonce = secrets.token_urlsafe(16)
    html = env.get_template(name).render(
        request=request,
        lang=language,
        language_links=language_links(request),
        csp_nonce=nonce,
        **context,
    )
    headers = {
        **SECURITY_HEADERS,
        "Content-Security-Policy": content_security_policy(nonce),
        "Content-Language": language,
        "Vary": "Accept-Language, Cookie",
    }
    return HTMLResponse(html, status_code=status_code, headers=headers)


def message(
    request: Request, heading: str, text: str, *, status_code: int = 200, tone: str = ""
) -> HTMLResponse:
    """A page that says one thing (link expired, thank you, ...)."""
    return render(
        request, "public/message.html", status_code, heading=heading, message=text, tone=tone
    )


def link_problem(request: Request, exc: DomainError) -> HTMLResponse:
    """The page of a mailed link that cannot be used: 410 when it expired or was used (its
    message names a day), 404 when it is forged or names nothing of ours."""
    known = bool(exc.params)
    return message(
        request,
        _("This link can no longer be used") if known else _("Link not valid"),
        domain_text(exc),
        status_code=410 if known else 404,
        tone="bad",
    )
