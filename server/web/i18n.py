"""The language of the web pages: gettext catalogs, the request's language, dates.

Texts are English in code and templates, marked with ``_()`` (``N_()`` for
module-level constants, translated where they are used) and ``{% trans %}``;
``server/locale/sv/LC_MESSAGES/messages.mo`` holds the Swedish, compiled from
``messages.po`` by ``server/locale/update.py``. Only the standard library's
:mod:`gettext` reads it at runtime.

A request's language is, in order: ``?lang=sv|en`` (which is then remembered
in a cookie for the following pages of the flow), that cookie, the browser's
``Accept-Language`` (``sv``/``sv-SE`` mean Swedish), else English.
:class:`LanguageMiddleware` decides it once per request and makes it the
current language of the code that answers, including code run on the thread
pool (a :class:`~contextvars.ContextVar`, copied to worker threads).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from urllib.parse import quote, urlencode

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.i18n import (
    DEFAULT_LANGUAGE,
    DOMAIN,
    LANGUAGES,
    LOCALE_DIR,
    N_,
    _,
    _language,
    current_language,
    domain_text,
    gettext,
    ngettext,
    pgettext,
    translations,
    use_language,
    valid_language,
)

__all__ = [
    "DEFAULT_LANGUAGE",
    "DOMAIN",
    "LANGUAGES",
    "LOCALE_DIR",
    "N_",
    "_",
    "current_language",
    "domain_text",
    "gettext",
    "ngettext",
    "pgettext",
    "translations",
    "use_language",
    "valid_language",
]

#: What the language switch calls each language (in that language).
LANGUAGE_NAMES = {"sv": "Svenska", "en": "English"}
COOKIE = "kansli_lang"
COOKIE_MAX_AGE = 365 * 24 * 3600
#: Dates and times on pages; ISO-style in both languages, as in the desktop (2026-11-25 14:02).
DATE_FORMATS = {"sv": "%Y-%m-%d", "en": "%Y-%m-%d"}
TIME_FORMATS = {"sv": "%H:%M", "en": "%H:%M"}


# -- choosing the language --------------------------------------------------------------


def from_accept_language(header: str) -> str | None:
    """The first of our languages the browser accepts, by its q-values (None: none).

    ``sv-SE,sv;q=0.9,en;q=0.6`` gives "sv"; ``de-DE,de`` gives None; a
    language with ``q=0`` is refused.
    """
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(header[:500].split(",")):
        tag, _sep, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            name, _eq, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in LANGUAGES and quality > 0:
            ranked.append((-quality, position, primary))
    return min(ranked)[2] if ranked else None


def choose_language(*, query: str | None, cookie: str | None, accept_language: str) -> str:
    """The page's language: explicit choice, then the remembered one, then the browser's."""
    return (
        valid_language(query)
        or valid_language(cookie)
        or from_accept_language(accept_language)
        or DEFAULT_LANGUAGE
    )


class LanguageMiddleware:
    """Decides each web request's language and remembers an explicit ``?lang=`` choice.

    Paths under ``skip_prefix`` (the JSON API) are left alone.
    """

    def __init__(self, app: ASGIApp, *, skip_prefix: str) -> None:
        self.app = app
        self.skip_prefix = skip_prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(self.skip_prefix):
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        explicit = valid_language(request.query_params.get("lang"))
        language = choose_language(
            query=explicit,
            cookie=request.cookies.get(COOKIE),
            accept_language=request.headers.get("accept-language", ""),
        )
        send_with_cookie = send
        if explicit:
            cookie = _cookie_header(explicit, secure=_secure_cookies(scope))

            async def send_with_cookie(message: Message) -> None:
                if message["type"] == "http.response.start":
                    message.setdefault("headers", [])
                    message["headers"] = [*message["headers"], (b"set-cookie", cookie)]
                await send(message)

        token = _language.set(language)
        try:
            await self.app(scope, receive, send_with_cookie)
        finally:
            _language.reset(token)


def _secure_cookies(scope: Scope) -> bool:
    """Cookies are Secure-only when the server's public address is https (as its others)."""
    app = scope.get("app")
    settings = getattr(getattr(app, "state", None), "settings", None)
    base = str(getattr(settings, "public_base_url", ""))
    return base.startswith("https://") or scope.get("scheme") == "https"


def _cookie_header(language: str, *, secure: bool) -> bytes:
    value = f"{COOKIE}={language}; Max-Age={COOKIE_MAX_AGE}; Path=/; HttpOnly; SameSite=Lax"
    return (value + ("; Secure" if secure else "")).encode("latin-1")


def language_links(request: Request) -> list[dict[str, Any]]:
    """The language switch of a page: each language, with a link unless it is the current one.

    Only pages answering a GET get one: the link loads the same page again in
    the other language (other query parameters kept), which a form's answer
    (a POST) cannot be.
    """
    if request.method != "GET":
        return []
    current = current_language()
    others = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
    # Relative to this server whatever the path holds ("//host" would leave it).
    path = quote("/" + request.url.path.lstrip("/"), safe="/")
    links = []
    for code in ("sv", "en"):
        href = f"{path}?{urlencode([*others, ('lang', code)])}"
        links.append(
            {
                "code": code,
                "name": LANGUAGE_NAMES[code],
                "href": href,
                "current": code == current,
            }
        )
    return links


# -- dates --------------------------------------------------------------------------------


def format_date(value: date | datetime | None) -> str:
    """A date in the current language's format (2026-11-25)."""
    if value is None:
        return ""
    day = value.date() if isinstance(value, datetime) else value
    return day.strftime(DATE_FORMATS[current_language()])


def format_datetime(value: datetime | None, *, seconds: bool = False) -> str:
    """A date and time in the current language's format (2026-11-25 14:02)."""
    if value is None:
        return ""
    clock = TIME_FORMATS[current_language()] + (":%S" if seconds else "")
    return value.strftime(f"{DATE_FORMATS[current_language()]} {clock}")
