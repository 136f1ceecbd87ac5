"""Reading the posted web forms: the one reader every page uses.

:func:`read_form` takes a small URL-encoded body and gives its fields, or
raises :class:`BadForm` (too large, too many fields, not UTF-8, a control
character that no typed text holds). :func:`install` makes every page answer
a :class:`BadForm`, wherever it is raised, with a plain 4xx page, so no
malformed form can become a server error.

What a field may hold beyond that (one line or several, a valid address) is
the business of the field's validator (``models.validators``).
"""

from __future__ import annotations

import unicodedata
from urllib.parse import parse_qsl

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.formparsers import MultiPartException

from server.web.i18n import _
from server.web.templates import message

#: The manager's form is a few short fields; anything much larger is not ours.
MAX_FORM_BYTES = 16 * 1024
MAX_FORM_FIELDS = 200
#: Control characters a typed form may carry (line breaks of a text area, a tab);
#: the field's validator decides whether that field may hold them.
_TYPED_CONTROLS = frozenset("\t\r\n")


class BadForm(Exception):
    """A posted body that is not a small URL-encoded web form."""

    def __init__(self, status: int, text: str) -> None:
        super().__init__(text)
        self.status = status
        self.text = text


def _has_control(text: str) -> bool:
    return any(
        unicodedata.category(c) == "Cc" and c not in _TYPED_CONTROLS for c in text if c < "\xa0"
    )


async def read_form(request: Request, *, limit: int = MAX_FORM_BYTES) -> dict[str, str]:
    """The posted URL-encoded form (first value of each name), read at most ``limit`` bytes.

    Raises BadForm for another content type, a larger body, more than
    :data:`MAX_FORM_FIELDS` fields, bytes that are not UTF-8 or a control
    character other than a tab or a line break.
    """
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    declared = request.headers.get("content-length", "")
    too_large = BadForm(413, _("The form is larger than {size} KB.").format(size=limit // 1024))
    if declared.isdigit() and int(declared) > limit:
        raise too_large
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise too_large
    if not body:
        return {}  # nothing sent: an empty form, whatever the type says
    if ctype != "application/x-www-form-urlencoded":
        raise BadForm(415, _("The form was not sent as a web form. Reload the page and try again."))
    try:
        pairs = parse_qsl(
            body.decode("utf-8"),
            keep_blank_values=True,
            max_num_fields=MAX_FORM_FIELDS,
            errors="strict",
        )
    except (UnicodeDecodeError, ValueError) as exc:
        raise BadForm(400, _("The form could not be read. Reload the page and try again.")) from exc
    form: dict[str, str] = {}
    for name, value in pairs:
        if _has_control(name) or _has_control(value):
            raise BadForm(400, _("The form holds a character that is not allowed."))
        form.setdefault(name, value)
    return form


def refuse_as_json(request: Request) -> None:
    """Answer an unreadable form of this request as JSON (a script's poll), not as a page."""
    request.state.refuse_as_json = True


def bad_form_page(request: Request, exc: BadForm) -> HTMLResponse:
    """The page that says the form could not be read, and why."""
    return message(
        request, _("The form could not be read"), exc.text, status_code=exc.status, tone="bad"
    )


def install(app: FastAPI) -> None:
    """Answer every unreadable form on every page with :func:`bad_form_page`
    (as JSON where the route asked for it, :func:`refuse_as_json`)."""

    @app.exception_handler(BadForm)
    async def _bad_form(request: Request, exc: BadForm) -> Response:
        if getattr(request.state, "refuse_as_json", False):
            return JSONResponse({"status": "failed", "message": exc.text, "done": True}, exc.status)
        return bad_form_page(request, exc)

    @app.exception_handler(MultiPartException)
    async def _bad_multipart(request: Request, _exc: MultiPartException) -> HTMLResponse:
        # Starlette's own parser (max_fields, max_files, a broken part) on any route.
        return bad_form_page(
            request,
            BadForm(400, _("The form could not be read. Reload the page and try again.")),
        )
