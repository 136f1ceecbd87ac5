"""HTTP client of the server's API (``/api/v1``, docs/CONTRACTS.md).

One ``requests.Session`` (connection reuse), a timeout on every request,
TLS verification on. Retries happen inside urllib3 only where repeating is
safe: connection failures (the request never reached the server) for every
method, and read errors and 502/503/504 for ``GET`` only. A push is
idempotent by protocol (the server keeps each command id's first answer),
but it is repeated by the sync engine, which knows what it sent, never
blindly by the transport.

Errors are three kinds the engine and the desktop can act on:
:class:`ServerUnavailable` (network, timeouts, 5xx: try again later),
:class:`AuthError` (401: sign in again) and :class:`ApiError` (any other
refusal, with the server's code and message).
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

import orjson

if TYPE_CHECKING:
    # Imported where a client is made or an answer read: ``requests`` costs a tenth of
    # the desktop's start-up, and a start on a local database makes no request.
    import requests
    from urllib3.util.retry import Retry

from models.version import CLIENT_HEADER, VERSION

API_PREFIX = "/api/v1"
#: Seconds to wait for the answer to ``/sync/status`` at most (an undo waits on it).
STATUS_READ_TIMEOUT = 10.0
#: The User-Agent of a client of ``version``.
USER_AGENT = "Kansli/{version} (sync)"


class ClientError(Exception):
    """Base of the client's errors; ``message`` is readable as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ServerUnavailable(ClientError):
    """The server could not be reached or did not answer properly (network, timeout, 5xx)."""


class AuthError(ClientError):
    """The server does not accept the credentials or the token (401).

    ``code`` is the server's: ``no_access`` when the sign-in is live but the user no
    longer has any role in the organisation (the local copy of its data is dropped).
    """

    def __init__(self, message: str, code: str = "unauthorized") -> None:
        super().__init__(message)
        self.code = code


class ApiError(ClientError):
    """The server refused the request (4xx other than 401) with a code and a message."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        field: str | None = None,
        retry_after: float | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.field = field
        self.retry_after = retry_after
        #: The answer's whole ``detail`` object (more than code and message, where given).
        self.details: dict[str, Any] = dict(details or {})

    def __str__(self) -> str:
        return f"{self.message} ({self.status} {self.code})"


class ClientTooOld(ApiError):
    """The server takes sync requests only from a newer client (426 ``client_too_old``):
    Kansli must be updated; nothing was sent, the unsent work stays queued."""

    def __init__(self, error: ApiError) -> None:
        super().__init__(
            error.status, error.code, error.message, field=error.field, details=error.details
        )
        #: The oldest version the server accepts, as it said.
        self.oldest = str(self.details.get("oldest") or "")


class TenantRequired(ApiError):
    """The user belongs to several organisations: sign in again naming one of ``tenants``."""

    def __init__(self, error: ApiError) -> None:
        super().__init__(
            error.status, error.code, error.message, field=error.field, details=error.details
        )
        #: ``[{"slug", "name"}, ...]`` as the server lists them.
        self.tenants: list[dict[str, str]] = [
            {"slug": str(t["slug"]), "name": str(t.get("name") or t["slug"])}
            for t in self.details.get("tenants") or []
            if isinstance(t, dict) and t.get("slug")
        ]


@dataclass(frozen=True)
class LoginResult:
    """What a successful sign-in gives: the token and who the user is in which tenant."""

    token: str
    expires_at: datetime | None
    user: dict[str, Any]
    tenant: dict[str, Any]
    roles: list[str] = field(default_factory=list)


def _retry_policy() -> Retry:
    from urllib3.util.retry import Retry

    return Retry(
        total=4,
        connect=2,
        read=1,
        status=2,
        other=0,
        allowed_methods=frozenset({"GET", "HEAD", "OPTIONS"}),
        status_forcelist=(502, 503, 504),
        backoff_factor=0.2,
        raise_on_status=False,
        respect_retry_after_header=True,
    )


class ServerClient:
    """The server's API over one HTTP session."""

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        timeout: tuple[float, float] = (5, 60),
        verify: bool | str = True,
        version: str = VERSION,
    ) -> None:
        import requests
        from requests.adapters import HTTPAdapter

        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.session = requests.Session()
        #: Whether pushes carry the pull cursor (False once a server refused it: an older one).
        self._push_cursor = True
        self.verify = verify
        #: The client version named on every request (``X-Kansli-Client``): the server
        #: refuses a sync request of a version older than it accepts (:class:`ClientTooOld`).
        self.version = version
        self.session.headers["User-Agent"] = USER_AGENT.format(version=version)
        self.session.headers[CLIENT_HEADER] = version
        adapter = HTTPAdapter(max_retries=_retry_policy(), pool_connections=2, pool_maxsize=4)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)

    # -- API ----------------------------------------------------------------

    def login(self, email: str, password: str, tenant: str | None = None) -> LoginResult:
        """Sign in; the token is kept on this client and returned.

        Raises :class:`TenantRequired` (with the organisations to choose from)
        when the user belongs to several and ``tenant`` names none.
        """
        body: dict[str, Any] = {"email": email, "password": password}
        if tenant:
            body["tenant"] = tenant
        try:
            data = self._json("POST", "/auth/login", body=body, auth=False)
        except ApiError as exc:
            if exc.code == "tenant_required":
                raise TenantRequired(exc) from exc
            raise
        token = data.get("token")
        if not isinstance(token, str) or not token:
            raise ServerUnavailable("The server's sign-in answer has no token")
        self.token = token
        expires = data.get("expires_at")
        return LoginResult(
            token=token,
            expires_at=datetime.fromisoformat(expires) if isinstance(expires, str) else None,
            user=dict(data.get("user") or {}),
            tenant=dict(data.get("tenant") or {}),
            roles=[str(r) for r in data.get("roles") or []],
        )

    def request_password_reset(self, email: str) -> None:
        """Ask the server to mail ``email`` a link to choose a new password.

        The server answers the same whether or not it knows the address.
        """
        self._request("POST", "/auth/password-reset", body={"email": email}, auth=False)

    def me(self) -> dict[str, Any]:
        """Who the token belongs to: ``{"user", "tenant", "roles", "expires_at"?}``."""
        return self._json("GET", "/me")

    def logout(self) -> None:
        """End the token's session on the server (a missing or expired one is fine)."""
        with contextlib.suppress(AuthError):
            self._request("POST", "/auth/logout")
        self.token = None

    def push(self, envelopes: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """Send commands; the server's results in the order sent."""
        return self.push_in_view(envelopes)[0]

    def push_in_view(
        self, envelopes: Sequence[Mapping[str, Any]], cursor: str | None = None
    ) -> tuple[list[dict[str, Any]], str | None]:
        """Send commands; the server's results in the order sent and the view key their
        rows were read in (None from a server that does not say).

        ``cursor``: this client's pull cursor; one from before a restore of the server's
        database is refused with :class:`ApiError` ``409 restored``, nothing applied."""
        body: dict[str, Any] = {"commands": list(envelopes)}
        if cursor and self._push_cursor:
            body["cursor"] = cursor
        try:
            data = self._json("POST", "/sync/push", body=body)
        except ApiError as exc:
            if "cursor" not in body or exc.status != 422 or exc.field != "body.cursor":
                raise
            # A server from before the restore check (its push takes no cursor): without.
            self._push_cursor = False
            del body["cursor"]
            data = self._json("POST", "/sync/push", body=body)
        results = data.get("results")
        if not isinstance(results, list) or not all(isinstance(r, dict) for r in results):
            raise ServerUnavailable("The server's push answer has no list of results")
        view = data.get("view")
        return cast(list[dict[str, Any]], results), view if isinstance(view, str) else None

    def command_status(
        self, ids: Sequence[str], *, withdraw: bool = False, light: bool = False
    ) -> dict[str, dict[str, Any]]:
        """What the server did with one's own pushed commands, by id (``POST /sync/status``).

        Each answer is the command's first result (``status`` ``applied`` or
        ``rejected``, as a push answers it) or ``{"status": "unknown"}``. With
        ``withdraw`` the server settles an unknown id as taken back: a push of it
        can then never apply it, and it answers ``rejected`` with code ``withdrawn``.
        With ``light`` each answer is only ``{"id", "status"}`` (no rows).
        """
        body: dict[str, Any] = {"ids": list(ids), "withdraw": withdraw}
        if light:
            body["light"] = True
        # Asked while the user waits for an undo: a short read timeout.
        timeout = (self.timeout[0], min(self.timeout[1], STATUS_READ_TIMEOUT))
        data = self._json("POST", "/sync/status", body=body, timeout=timeout)
        results = data.get("results")
        if not isinstance(results, list):
            raise ServerUnavailable("The server's status answer has no list of results")
        return {str(r["id"]): r for r in results if isinstance(r, dict) and "id" in r}

    def alumni_candidates(self, registration_id: str) -> list[dict[str, Any]]:
        """Possible duplicates of an alumni registration's person, best first, with scores."""
        data = self._json("GET", f"/alumni/registrations/{registration_id}/candidates")
        return [c for c in data.get("candidates") or [] if isinstance(c, dict)]

    def merge_persons(self, *, survivor_id: str, duplicate_id: str) -> dict[str, Any]:
        """Merge ``duplicate_id`` into ``survivor_id`` on the server (audited)."""
        body = {"survivor_id": survivor_id, "duplicate_id": duplicate_id}
        return self._json("POST", "/persons/merge", body=body)

    def pull(self, cursor: str, limit: int) -> dict[str, Any]:
        """One page of changes after ``cursor``."""
        data = self._json("GET", "/sync/pull", params={"cursor": cursor, "limit": int(limit)})
        if "next_cursor" not in data or not isinstance(data.get("changes", {}), dict):
            raise ServerUnavailable("The server's pull answer is not a page of changes")
        data.setdefault("changes", {})
        data.setdefault("tombstones", {})
        data.setdefault("has_more", False)
        return data

    def close(self) -> None:
        self.session.close()

    # -- plumbing -----------------------------------------------------------

    def _json(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        params: Mapping[str, Any] | None = None,
        auth: bool = True,
        timeout: tuple[float, float] | None = None,
    ) -> dict[str, Any]:
        response = self._request(method, path, body=body, params=params, auth=auth, timeout=timeout)
        try:
            data = orjson.loads(response.content)
        except orjson.JSONDecodeError as exc:
            # A body cut off on the way, or something that is not our server.
            raise ServerUnavailable(f"The server's answer to {path} is not valid JSON") from exc
        if not isinstance(data, dict):
            raise ServerUnavailable(f"The server's answer to {path} is not a JSON object")
        return data

    def _request(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        params: Mapping[str, Any] | None = None,
        auth: bool = True,
        timeout: tuple[float, float] | None = None,
    ) -> requests.Response:
        import requests

        headers = {"Accept": "application/json"}
        if auth and self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        data = None
        if body is not None:
            data = orjson.dumps(body)
            headers["Content-Type"] = "application/json"
        url = f"{self.base_url}{API_PREFIX}{path}"
        try:
            response = self.session.request(
                method,
                url,
                data=data,
                params=params,
                headers=headers,
                timeout=timeout or self.timeout,
                # Per request: a session-level setting loses to REQUESTS_CA_BUNDLE.
                verify=self.verify,
            )
            if response.status_code < 400:
                _ = response.content  # read the whole body here, inside the error handling
        except requests.exceptions.SSLError as exc:
            raise ServerUnavailable(f"The server's certificate was not accepted: {exc}") from exc
        except requests.exceptions.RequestException as exc:
            if _timed_out(exc):
                raise ServerUnavailable(f"The server did not answer in time ({path})") from exc
            raise ServerUnavailable(f"Cannot reach the server at {self.base_url}") from exc
        if response.status_code >= 500:
            raise ServerUnavailable(
                f"The server had a problem ({response.status_code}); trying again later"
            )
        if response.status_code == 401:
            code, message, _field = _detail(response)
            raise AuthError(message or "Sign in again", code or "unauthorized")
        if response.status_code >= 400:
            code, message, field_ = _detail(response)
            retry_after = response.headers.get("Retry-After")
            error = ApiError(
                response.status_code,
                code or f"http_{response.status_code}",
                message or response.reason or "Refused",
                field=field_,
                retry_after=float(retry_after) if retry_after and retry_after.isdigit() else None,
                details=_detail_object(response),
            )
            if response.status_code == 426 and error.code == "client_too_old":
                raise ClientTooOld(error)
            raise error
        return response


def parse_time(value: Any) -> datetime | None:
    """An ISO-8601 time of an API answer, or None (absent, not text, not a time)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _timed_out(exc: requests.exceptions.RequestException) -> bool:
    """A timeout, also one that urllib3 retried and requests reports as a connection error."""
    import requests
    import urllib3.exceptions

    if isinstance(exc, requests.exceptions.Timeout):
        return True
    inner = exc.args[0] if exc.args else None
    reason = getattr(inner, "reason", None)
    if isinstance(reason, urllib3.exceptions.NewConnectionError):
        return False  # "connection refused"; urllib3 2 derives it from ConnectTimeoutError
    return isinstance(reason, TimeoutError | urllib3.exceptions.TimeoutError)


def _detail_object(response: requests.Response) -> dict[str, Any]:
    """The ``detail`` object of an error answer, or an empty one."""
    import requests

    try:
        data = orjson.loads(response.content)
    except (orjson.JSONDecodeError, requests.exceptions.RequestException):
        return {}
    detail = data.get("detail") if isinstance(data, dict) else None
    return dict(detail) if isinstance(detail, dict) else {}


def _detail(response: requests.Response) -> tuple[str, str, str | None]:
    """``(code, message, field)`` of an error answer, as far as it says."""
    import requests

    try:
        data = orjson.loads(response.content)
    except (orjson.JSONDecodeError, requests.exceptions.RequestException):
        return "", "", None
    detail = data.get("detail") if isinstance(data, dict) else None
    if isinstance(detail, dict):
        field_ = detail.get("field")
        return (
            str(detail.get("code") or ""),
            str(detail.get("message") or ""),
            str(field_) if field_ else None,
        )
    if isinstance(detail, str):
        return "", detail, None
    if isinstance(detail, list) and detail and isinstance(detail[0], dict):
        loc = ".".join(str(p) for p in detail[0].get("loc", []))
        return "invalid", str(detail[0].get("msg") or "Invalid request"), loc or None
    return "", "", None
