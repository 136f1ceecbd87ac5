"""ASGI middleware every request goes through before any body is read.

* :class:`BodyLimit` counts the bytes of the request body as they arrive, for
  every request (with or without ``Content-Length``, chunked or not), and
  answers 413 as soon as the count passes the limit: a body is never read
  whole before it is refused.
* :class:`BearerFirst` refuses an API request to a route that needs a bearer
  token (every route that depends on :func:`server.api.deps.current_principal`)
  with 401 before its body is read, when the token is missing or not valid.
  FastAPI reads a route's body before it resolves the route's dependencies, so
  the check happens when the body is first asked for; the principal found is
  handed to the route's dependency, so the token is looked up once per request.
* :class:`ClientVersionGate` names the oldest client version the server accepts on
  every API answer and refuses a sync request of an older client with 426.

All are pure ASGI (no ``BaseHTTPMiddleware``), so the body stays a stream.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from fastapi.dependencies.models import Dependant
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from models.version import CLIENT_HEADER, OLDEST_HEADER, older_than
from server.api.deps import PRINCIPAL_STATE, current_principal, resolve_bearer
from server.api.responses import JsonResponse

#: The User-Agent every desktop sent before it named its version (``X-Kansli-Client``):
#: only 0.1.0 sent it, so a sync request with it and without the header is 0.1.0's.
LEGACY_AGENT = b"Kansli-sync/"
LEGACY_VERSION = "0.1.0"


class BodyTooLarge(HTTPException):
    """Raised from ``receive`` once the body passes the limit (FastAPI re-raises it)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"The body is larger than {limit} bytes")


def _too_large(limit: int) -> JsonResponse:
    return JsonResponse(
        {"detail": {"code": "too_large", "message": f"The body is larger than {limit} bytes"}},
        status_code=413,
        headers={"Connection": "close"},
    )


class BodyLimit:
    """Refuse request bodies larger than ``max_bytes`` while they stream in (413)."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_bytes
        for name, value in scope["headers"]:
            if name == b"content-length" and (not value.strip().isdigit() or int(value) > limit):
                await _too_large(limit)(scope, receive, send)
                return
        received = 0
        over = False
        answered = False  # our own 413 is out (or the app's answer had started)

        async def counted_receive() -> Message:
            nonlocal received, over
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    over = True
                    raise BodyTooLarge(limit)
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal answered
            if over:
                # Whatever the app makes of the cut-off body, the answer is 413.
                if not answered:
                    answered = True
                    await _too_large(limit)(scope, receive, send)
                return
            if message["type"] == "http.response.start":
                answered = True
            await send(message)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except BodyTooLarge:
            if answered:
                raise
            answered = True
            await _too_large(limit)(scope, receive, send)


def _depends_on(dependant: Dependant, call: Any) -> bool:
    if dependant.call is call:
        return True
    return any(_depends_on(sub, call) for sub in dependant.dependencies)


class BearerFirst:
    """401 for a signed-in API route without a valid token, before its body is read.

    The route is known once the router has matched it (``scope["route"]``), which
    is before FastAPI reads the body: the first ``receive`` of the body checks
    whether the route depends on ``current_principal`` and, if so, the token,
    and raises the 401 instead of handing over any of the body (FastAPI passes
    an ``HTTPException`` from reading the body on to the error handlers).
    """

    def __init__(self, app: ASGIApp, *, prefix: str) -> None:
        self.app = app
        self.prefix = prefix
        self._needs_token: dict[int, bool] = {}

    def needs_token(self, route: Any) -> bool:
        """True if ``route`` depends on ``current_principal`` (cached per route)."""
        known = self._needs_token.get(id(route))
        if known is None:
            dependant = getattr(route, "dependant", None)
            known = dependant is not None and _depends_on(dependant, current_principal)
            self._needs_token[id(route)] = known
        return known

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.prefix):
            await self.app(scope, receive, send)
            return
        checked = False

        async def checked_receive() -> Message:
            nonlocal checked
            if not checked:
                checked = True
                route = scope.get("route")
                if route is not None and self.needs_token(route):
                    await self._check(scope)
            return await receive()

        await self.app(scope, checked_receive, send)

    async def _check(self, scope: Scope) -> None:
        authorization = None
        for name, value in scope["headers"]:
            if name == b"authorization":
                authorization = value.decode("latin-1")
                break
        db = scope["app"].state.db
        # Raises ApiError 401; the route's dependency then uses the principal found.
        principal = await run_in_threadpool(resolve_bearer, db, authorization)
        scope.setdefault("state", {})[PRINCIPAL_STATE] = principal


class ClientVersionGate:
    """The client/server version agreement (``models.version``, CONTRACTS.md "Versions").

    Every API answer names the oldest client version the server accepts
    (``X-Kansli-Oldest-Client``). A sync request (``<prefix>/sync/...``) whose
    ``X-Kansli-Client`` names an older version, or none that reads as a version, is
    answered 426 ``client_too_old`` before anything else (no token checked, no body
    read): the desktop then asks its user to update and keeps its unsent work. A
    desktop built before the header says only ``User-Agent: Kansli-sync/1``: it is
    0.1.0 (:data:`LEGACY_VERSION`). Any other request without the header (a script,
    an integration) is not a desktop's and is not held to it; signing in stays open to
    every version, so the update message can follow a sign-in.
    """

    def __init__(self, app: ASGIApp, *, prefix: str, oldest: str) -> None:
        self.app = app
        self.prefix = prefix
        self.sync_prefix = f"{prefix}/sync/"
        self.oldest = oldest
        self._header = (OLDEST_HEADER.lower().encode(), oldest.encode())
        self._client_header = CLIENT_HEADER.lower().encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.prefix):
            await self.app(scope, receive, send)
            return
        if scope["path"].startswith(self.sync_prefix):
            version = self._client_version(scope["headers"])
            if version is not None and older_than(version, self.oldest):
                await self._too_old(version)(scope, receive, send)
                return
        header = self._header

        async def named_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", ()), header]
            await send(message)

        await self.app(scope, receive, named_send)

    def _client_version(self, headers: Iterable[tuple[bytes, bytes]]) -> str | None:
        """The version a request names: its ``X-Kansli-Client``; without one, a desktop
        built before the header (User-Agent ``Kansli-sync/…``, sent by 0.1.0 alone) is
        0.1.0; anything else (a script) names none."""
        agent: bytes | None = None
        for name, value in headers:
            if name == self._client_header:
                return value.decode("latin-1")
            if name == b"user-agent":
                agent = value
        if agent is not None and agent.startswith(LEGACY_AGENT):
            return LEGACY_VERSION
        return None

    def _too_old(self, version: str) -> JsonResponse:
        shown = version if len(version) <= 40 else version[:40] + "…"
        return JsonResponse(
            {
                "detail": {
                    "code": "client_too_old",
                    "message": f"This version of Kansli ({shown}) is older than the server "
                    f"accepts ({self.oldest} or later): update Kansli",
                    "oldest": self.oldest,
                }
            },
            status_code=426,
            # RFC 9110 15.5.22: a 426 names what to upgrade to.
            # The body is left unread: the connection closes after the answer (as a 413's).
            headers={
                "Upgrade": f"Kansli/{self.oldest}",
                OLDEST_HEADER: self.oldest,
                "Connection": "close",
            },
        )
