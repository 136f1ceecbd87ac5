"""HTTP to the outside registers of alumni processing (Ladok, FS, Navet): one careful client.

Each request has a timeout; a timeout, a dropped connection or a 5xx answer is tried
again after a backoff that doubles; anything still failing raises
:class:`SourceUnavailable`, which processing treats as a technical error (the
registration stays ``received`` and is retried later). A 404 is an answer ("not
there"), not a failure.

Nothing identifying goes into a message or the log: a request is named by what it
asks for ("student by personnummer"), never by its URL, which can hold a personnummer.
httpx itself logs each request's URL at INFO: the server's logging keeps httpx
and httpcore at WARNING (server/logging.py), and :class:`NoPersonnummer` blanks a
URL's query, e-mail addresses and personnummer in those lines wherever they go.
"""

from __future__ import annotations

import logging
import re
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypedDict

import httpx

log = logging.getLogger("kansli.alumni.sources")

#: A personnummer or samordningsnummer as it can stand in a URL (10 or 12 digits).
PERSONNUMMER_PATTERN = re.compile(r"(?<!\d)(?:\d{2})?\d{6}[-+]?\d{4}(?!\d)")


#: The query of a URL (FS's ``?epost=``), and an e-mail address anywhere.
_QUERY = re.compile(r"(https?://[^\s?#\"']*)\?[^\s#\"']*")
_EMAIL = re.compile(r"[^\s@\"'<>(),;:]+@[^\s@\"'<>(),;:]+\.[^\s@\"'<>(),;:]+")


class NoPersonnummer(logging.Filter):
    """Blanks what can identify someone in a log line (httpx's request lines): a URL's
    whole query, an e-mail address and what looks like a personnummer."""

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        blanked = _QUERY.sub(r"\1?[query]", text)
        blanked = _EMAIL.sub("[e-mail]", blanked)
        blanked = PERSONNUMMER_PATTERN.sub("[personnummer]", blanked)
        if blanked != text:
            record.msg, record.args = blanked, ()
        return True


def _guard_httpx_log() -> None:
    httpx_log = logging.getLogger("httpx")
    if not any(isinstance(f, NoPersonnummer) for f in httpx_log.filters):
        httpx_log.addFilter(NoPersonnummer())


_guard_httpx_log()


class Retries(TypedDict, total=False):
    """How patiently an adapter asks its register (the :class:`Endpoint` fields of the same
    names): every adapter takes them as keyword arguments, the settings give them."""

    timeout: float
    attempts: int
    backoff: float
    max_wait: float
    deadline: float


class SourceUnavailable(RuntimeError):
    """An outside register could not be asked (network, TLS, 5xx, a malformed answer)."""


@dataclass(frozen=True)
class Endpoint:
    """Where a register answers and how this server identifies itself to it.

    ``cert_file``/``key_file``: the institution's client certificate and key
    (PEM) for mutual TLS; ``ca_file``: the CA bundle the register's server
    certificate is checked against (the system's when None).
    """

    name: str
    base_url: str
    cert_file: Path | str | None = None
    key_file: Path | str | None = None
    ca_file: Path | str | None = None
    timeout: float = 10.0
    attempts: int = 3
    backoff: float = 0.5
    auth: tuple[str, str] | None = None
    #: The longest wait between two tries, and the most one lookup may take in all.
    max_wait: float = 10.0
    deadline: float = 60.0

    def tls(self) -> ssl.SSLContext:
        """The TLS context: the register's CA, and our certificate when there is one."""
        context = ssl.create_default_context(cafile=str(self.ca_file) if self.ca_file else None)
        if self.cert_file is not None:
            context.load_cert_chain(
                str(self.cert_file), str(self.key_file) if self.key_file else None
            )
        return context


def _tls_refused(exc: BaseException) -> bool:
    """True if ``exc`` comes of TLS: a certificate refused (by either side), no cipher.

    With TLS 1.3 the server refuses a client certificate after the client thinks the
    handshake is done, so the refusal surfaces as a read error caused by an SSL alert.
    """
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


class OutsideClient:
    """GET and POST with timeouts and retries against one :class:`Endpoint`.

    ``sleep`` waits between tries and ``clock`` tells the time (tests pass ones that
    record the waits). The requests of one lookup (:meth:`lookup`) share the
    endpoint's ``deadline``: a lookup is given up rather than block the worker.
    """

    def __init__(
        self,
        endpoint: Endpoint,
        *,
        sleep: Callable[[float], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.endpoint = endpoint
        self._sleep = sleep or time.sleep
        self._clock = clock
        self._client: httpx.Client | None = None
        self._lock = threading.Lock()
        self._until = threading.local()

    @contextmanager
    def lookup(self) -> Iterator[None]:
        """The requests inside share one deadline (the endpoint's, from now)."""
        outer = getattr(self._until, "at", None)
        if outer is None:
            self._until.at = self._clock() + self.endpoint.deadline
        try:
            yield
        finally:
            if outer is None:
                self._until.at = None

    def _left(self) -> float:
        """Seconds left of the current lookup's deadline (a lone request starts its own)."""
        at = getattr(self._until, "at", None)
        return self.endpoint.deadline if at is None else at - self._clock()

    def _http(self) -> httpx.Client:
        with self._lock:
            return self._client or self._open()

    def _open(self) -> httpx.Client:
        if self._client is None:
            try:
                context = self.endpoint.tls()
            except (OSError, ssl.SSLError) as exc:
                raise SourceUnavailable(
                    f"{self.endpoint.name}: the certificate files cannot be read "
                    f"({type(exc).__name__})"
                ) from exc
            self._client = httpx.Client(
                base_url=self.endpoint.base_url.rstrip("/") + "/",
                verify=context,
                timeout=self.endpoint.timeout,
                auth=self.endpoint.auth,
                headers={"User-Agent": "Kansli"},
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def request(
        self,
        method: str,
        path: str,
        *,
        what: str,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
        params: Mapping[str, str] | None = None,
        answers: Callable[[httpx.Response], bool] | None = None,
    ) -> httpx.Response | None:
        """The answer to ``method path`` (None for 404), tried again on timeouts and 5xx.

        ``what`` names the request in errors and the log instead of its URL. A 5xx
        answer ``answers`` holds for (a SOAP fault) is returned, not tried again.
        """
        name = self.endpoint.name
        tries = max(1, self.endpoint.attempts)
        problem = ""
        for attempt in range(1, tries + 1):
            if self._left() <= 0:
                raise SourceUnavailable(
                    f"{name}: gave up asking for {what} after the deadline of "
                    f"{self.endpoint.deadline:g}s ({problem or 'no answer yet'})"
                )
            try:
                answer = self._http().request(
                    # "": the endpoint's URL itself (a SOAP service's), without a "/" added
                    method,
                    path or self.endpoint.base_url,
                    headers=headers,
                    content=content,
                    params=params,
                    timeout=min(self.endpoint.timeout, max(self._left(), 0.001)),
                )
            except httpx.TransportError as exc:
                if _tls_refused(exc):
                    # A refused certificate does not get better by asking again.
                    raise SourceUnavailable(
                        f"{name}: the TLS handshake failed asking for {what} (is the "
                        "institution's client certificate configured and valid?)"
                    ) from exc
                problem = f"no answer ({type(exc).__name__})"
            else:
                if answer.status_code == 404:
                    return None
                if answer.status_code < 400:
                    return answer
                if answer.status_code < 500:
                    raise SourceUnavailable(
                        f"{name} refused the request for {what} (HTTP {answer.status_code})"
                    )
                if answers is not None and answers(answer):
                    return answer
                problem = f"answered HTTP {answer.status_code}"
            if attempt < tries:
                wait = min(self.endpoint.backoff * 2 ** (attempt - 1), self.endpoint.max_wait)
                if wait >= self._left():
                    raise SourceUnavailable(
                        f"{name} {problem} for {what}; gave up after {attempt} tries "
                        f"(deadline {self.endpoint.deadline:g}s)"
                    )
                log.info("%s: %s for %s; trying again in %.1fs", name, problem, what, wait)
                self._sleep(wait)
        raise SourceUnavailable(f"{name} {problem} for {what} after {tries} tries")

    def get_json(self, path: str, *, what: str, accept: str) -> Any:
        """The JSON of ``GET path`` (None for 404)."""
        answer = self.request("GET", path, what=what, headers={"Accept": accept})
        if answer is None:
            return None
        try:
            return answer.json()
        except ValueError as exc:
            raise SourceUnavailable(
                f"{self.endpoint.name} answered {what} with something not JSON"
            ) from exc
