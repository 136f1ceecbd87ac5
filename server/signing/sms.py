"""The SMS gateway adapter and the outbox worker step that sends queued SMS.

Services queue SMS as ``sms_outbox`` rows; :func:`send_pending_sms` hands
them to an :class:`SmsGateway`. :class:`HttpSmsGateway` speaks 46elks' SMS
API (form POST with basic auth, fields ``from``, ``to``, ``message`` and
``whendelivered``, the URL the delivery reports go to; JSON answer with the
message ``id``, stored on the row). The reports are recorded on the row by
:mod:`server.signing.sms_receipts`.
:class:`OutboxSmsGateway` sends nothing: it records, for offline use and
development.

Phone numbers and message bodies (which hold one-time codes) are never
logged, and once an SMS is sent (or given up) its stored body keeps no code
(:func:`scrub_codes`). The development spool file is the phone: it keeps the
codes, readable by its owner only (0600).
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

import requests
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models.ids import new_id
from server.sql import updated_rows
from server.tables import SmsOutbox

log = logging.getLogger(__name__)

FORTYSIX_ELKS_URL = "https://api.46elks.com/a1/sms"
DEFAULT_MAX_ATTEMPTS = 5
#: How long a claimed row stays away from other workers while it is being sent;
#: a worker that dies mid-send leaves it to be retried after this.
CLAIM_LEASE = timedelta(minutes=2)
_LOOPBACK_HOSTS = {"localhost", "127.0.0.1", "::1"}
#: What a sent SMS's stored body keeps in place of its code.
CODE_REMOVED = "[code removed after sending]"
_CODE = re.compile(r"\b\d{4,}\b")


def scrub_codes(body: str) -> str:
    """``body`` with every one-time code (a run of four or more digits) replaced."""
    return _CODE.sub(CODE_REMOVED, body)


class SmsSendError(Exception):
    """The gateway did not take the message.

    ``permanent`` means trying again cannot help (a refused number, bad
    credentials): the row is marked failed at once instead of retried.
    """

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


class SmsGateway(Protocol):
    """Something that delivers an SMS and answers with the provider's message id."""

    def send(self, to: str, body: str, *, receipt_url: str = "") -> str:
        """Send ``body`` to ``to`` (E.164); return the provider's message id.

        ``receipt_url``: where the gateway reports the delivery, if it can.
        Raises :class:`SmsSendError` when the message was not taken.
        """
        ...


@dataclass
class RecordedSms:
    message_id: str
    to: str
    body: str


@dataclass
class OutboxSmsGateway:
    """The offline default: records each SMS instead of sending it.

    Messages are kept in :attr:`sent` and, when ``spool_file`` is given,
    appended to it as JSON lines, so in development the code can be read
    there (the SMS counterpart of a local mail catcher).
    """

    spool_file: Path | None = None
    sent: list[RecordedSms] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def send(self, to: str, body: str, *, receipt_url: str = "") -> str:
        """Record the message (no delivery report comes); return a local message id."""
        message = RecordedSms(message_id=f"local-{new_id()}", to=to, body=body)
        with self._lock:
            self.sent.append(message)
            if self.spool_file is not None:
                self.spool_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                # The spool holds live codes: its owner's alone, whatever the umask.
                fd = os.open(self.spool_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
                os.fchmod(fd, 0o600)
                with os.fdopen(fd, "a", encoding="utf-8") as spool:
                    spool.write(json.dumps(message.__dict__, ensure_ascii=False) + "\n")
        return message.message_id


class HttpSmsGateway:
    """A real HTTP SMS API: form POST with basic auth, ``from``/``to``/``message`` fields.

    The default URL is 46elks'. HTTPS is required except on the loopback
    interface (a local stand-in or relay); TLS certificates are verified.
    """

    def __init__(
        self,
        *,
        username: str,
        password: str,
        sender: str,
        url: str = FORTYSIX_ELKS_URL,
        timeout: float = 10.0,
        http: requests.Session | None = None,
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme != "https" and not (
            parts.scheme == "http" and parts.hostname in _LOOPBACK_HOSTS
        ):
            raise ValueError(f"the SMS gateway URL must use https: {url}")
        if not sender:
            raise ValueError("the SMS sender name or number is missing")
        self.url = url
        self.sender = sender
        self.timeout = timeout
        self._auth = (username, password)
        self._http = http or requests.Session()

    def send(self, to: str, body: str, *, receipt_url: str = "") -> str:
        """POST the message; return the ``id`` of the gateway's JSON answer."""
        form = {"from": self.sender, "to": to, "message": body}
        if receipt_url:
            form["whendelivered"] = receipt_url
        try:
            response = self._http.post(
                self.url,
                data=form,
                auth=self._auth,
                timeout=self.timeout,
            )
        except requests.RequestException as exc:
            raise SmsSendError(f"SMS gateway not reachable: {type(exc).__name__}") from exc
        answer = f"HTTP {response.status_code}: {response.text[:300]}"
        if response.status_code >= 500 or response.status_code in (408, 429):
            raise SmsSendError(answer)
        if response.status_code >= 400:
            raise SmsSendError(answer, permanent=True)
        try:
            payload = response.json()
        except ValueError as exc:
            raise SmsSendError(f"SMS gateway answered without JSON: {answer}") from exc
        message_id = payload.get("id") if isinstance(payload, dict) else None
        if not message_id:
            raise SmsSendError(f"SMS gateway answered without a message id: {answer}")
        return str(message_id)

    def close(self) -> None:
        self._http.close()


@dataclass
class SmsBatchResult:
    """What one worker step did: outbox row ids by outcome, provider ids of sent rows."""

    sent: dict[str, str] = field(default_factory=dict)
    retrying: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def retry_delay(attempts: int) -> timedelta:
    """Wait before the next try after ``attempts`` failed ones: 30 s doubling, at most 1 h."""
    return min(timedelta(seconds=30 * 2 ** max(attempts - 1, 0)), timedelta(hours=1))


def send_pending_sms(
    *,
    session_factory: Callable[[], Session],
    gateway: SmsGateway,
    now: datetime,
    batch_size: int = 50,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    receipt_url: Callable[[str], str] | None = None,
) -> SmsBatchResult:
    """Send the queued SMS that are due at ``now``; one worker step.

    Each row is claimed with a conditional update (so two workers do not both
    send it) and committed before the gateway is called, so no transaction
    is open while waiting on the network. Success marks it ``sent``; a
    temporary failure schedules a retry with backoff (:func:`retry_delay`);
    a permanent failure, or the ``max_attempts``-th, marks it ``failed``.
    ``last_error`` holds the gateway's answer. ``receipt_url`` gives each row's
    delivery-report URL (:func:`server.signing.sms_receipts.receipt_urls`).
    """
    result = SmsBatchResult()
    with session_factory() as session:
        due = session.execute(
            select(SmsOutbox.id, SmsOutbox.attempts)
            .where(SmsOutbox.status == "queued", SmsOutbox.next_attempt_at <= now)
            .order_by(SmsOutbox.next_attempt_at)
            .limit(batch_size)
        ).all()
    for row_id, seen_attempts in due:
        with session_factory() as session:
            row = _claim(session, row_id, seen_attempts, now)
            if row is None:
                continue
            to, body, attempts = row.to_number, row.body, row.attempts
        try:
            message_id = gateway.send(
                to, body, receipt_url=receipt_url(row_id) if receipt_url else ""
            )
        except SmsSendError as exc:
            give_up = exc.permanent or attempts >= max_attempts
            _record(
                session_factory, row_id, now, error=str(exc), give_up=give_up, attempts=attempts
            )
            (result.failed if give_up else result.retrying).append(row_id)
            # The answer may echo the number, so it goes to last_error, not the log.
            log.warning(
                "SMS %s not sent (attempt %d)%s", row_id, attempts, "; giving up" if give_up else ""
            )
            continue
        _record(
            session_factory,
            row_id,
            now,
            error="",
            give_up=False,
            attempts=attempts,
            message_id=message_id,
        )
        result.sent[row_id] = message_id
        log.info("SMS %s sent, provider message id %s", row_id, message_id)
    return result


def _claim(session: Session, row_id: str, seen_attempts: int, now: datetime) -> SmsOutbox | None:
    claimed = updated_rows(
        session,
        update(SmsOutbox)
        .where(
            SmsOutbox.id == row_id,
            SmsOutbox.status == "queued",
            SmsOutbox.attempts == seen_attempts,
        )
        .values(attempts=seen_attempts + 1, next_attempt_at=now + CLAIM_LEASE),
    )
    session.commit()
    if claimed != 1:
        return None  # another worker has it
    return session.get(SmsOutbox, row_id, populate_existing=True)


def _record(
    session_factory: Callable[[], Session],
    row_id: str,
    now: datetime,
    *,
    error: str,
    give_up: bool,
    attempts: int,
    message_id: str = "",
) -> None:
    with session_factory() as session:
        row = session.get(SmsOutbox, row_id)
        if row is None:
            return
        if not error:
            row.status = "sent"
            row.sent_at = now
            row.provider_message_id = message_id[:100]
            row.last_error = ""
            row.body = scrub_codes(row.body)
        elif give_up:
            row.status = "failed"
            row.last_error = error[:1000]
            row.body = scrub_codes(row.body)
        else:
            row.next_attempt_at = now + retry_delay(attempts)
            row.last_error = error[:1000]
        session.commit()
