"""The server calls of the web features: the web-view handover and the notifications.

These run on the network pool (``NetOp``), never on the GUI thread. They
reuse the sync client's HTTP plumbing (timeouts, TLS settings, retries of
safe requests, and its three kinds of errors: ``ServerUnavailable``,
``AuthError``, ``ApiError``) with the token of the signed-in session. The
bearer token only ever travels in the ``Authorization`` header; the web view
gets a one-time code URL instead (``POST /api/v1/web/handover``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from PySide6.QtCore import QCoreApplication

from sync.client import ApiError, AuthError, ServerClient, ServerUnavailable

if TYPE_CHECKING:
    from desktop.context import AppContext

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ServerLink:
    """Where the server is and the token to call it with (a snapshot of the session)."""

    base_url: str
    token: str
    verify: bool | str = True

    @property
    def origin(self) -> str:
        return origin_of(self.base_url)


def origin_of(url: str) -> str:
    """``scheme://host[:port]`` of ``url``, lower case, default ports left out."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port is None or (scheme, port) in (("http", 80), ("https", 443)):
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"


def with_language(url: str, language: str) -> str:
    """``url`` asking the server for its pages in ``language`` (``?lang=sv``).

    The web view's profile already asks for the app's language (Accept-Language);
    the explicit choice also replaces one the user made with the page's own
    language switch earlier, which the server remembers in a cookie.
    """
    if language not in ("sv", "en"):
        return url
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "lang"]
    return urlunsplit(parts._replace(query=urlencode([*query, ("lang", language)])))


def server_link(ctx: AppContext) -> ServerLink | None:
    """The signed-in session's server and token, or None without a server (local file)."""
    client = ctx.engine.client
    token = getattr(client, "token", None)
    base = getattr(client, "base_url", "") or ctx.server_url
    if not token or not base:
        return None
    return ServerLink(str(base).rstrip("/"), str(token), getattr(client, "verify", True))


def known_offline(ctx: AppContext) -> bool:
    """True when the sync engine already found the server unreachable (no need to try)."""
    if ctx.engine.client is None:
        return True  # no server at all
    state = ctx.engine.state
    return bool(getattr(state, "status", "") == "offline" and getattr(state, "offline_since", None))


class WebApi(ServerClient):
    """The sync client's transport with the web features' endpoints."""

    def __init__(self, link: ServerLink, *, timeout: tuple[float, float] = (4, 20)) -> None:
        super().__init__(link.base_url, token=link.token, timeout=timeout, verify=link.verify)

    def handover(self, next_path: str) -> str:
        """A one-time URL that opens ``next_path`` (``/staff/...``) signed in."""
        data = self._json("POST", "/web/handover", body={"next": next_path})
        url = data.get("url")
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise ServerUnavailable("The server's handover answer has no URL")
        return url

    def notifications(self, *, limit: int = 100) -> dict[str, Any]:
        """``{"notifications": [...], "unread": n}``, newest first."""
        return self._json("GET", "/notifications", params={"limit": limit})

    def mark_read(self, notification_id: str) -> dict[str, Any]:
        return self._json("POST", f"/notifications/{notification_id}/read")

    def seen_orders(self) -> dict[str, Any]:
        """``{"seen": [{"order_id", "seen_at"}]}``: when I last opened each agent order."""
        return self._json("GET", "/agent-orders/seen")

    def order_seen(self, order_id: str) -> dict[str, Any]:
        """``{"order_id", "seen_at"}``: I opened the agent order now."""
        return self._json("POST", f"/agent-orders/{order_id}/seen")


def request_handover(link: ServerLink, next_path: str) -> str:
    """Ask for a handover URL (network pool)."""
    api = WebApi(link)
    try:
        return api.handover(next_path)
    finally:
        api.close()


def reason_of(exc: Exception) -> str:
    """Why the server could not be asked (a page, the notifications), in words."""
    if isinstance(exc, ServerUnavailable):
        return QCoreApplication.translate("WebApi", "The server cannot be reached.")
    if isinstance(exc, AuthError):
        return QCoreApplication.translate(
            "WebApi", "The server no longer accepts your sign-in. Sign in again."
        )
    if isinstance(exc, ApiError):
        return QCoreApplication.translate("WebApi", "The server refused: %1").replace(
            "%1", exc.message
        )
    log.warning("web view: a server call failed: %r", exc)
    return QCoreApplication.translate("WebApi", "Something went wrong: %1").replace("%1", str(exc))
