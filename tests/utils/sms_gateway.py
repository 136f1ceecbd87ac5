"""A local stand-in for 46elks' SMS API, a real HTTP server on 127.0.0.1 in a thread.

It speaks the documented API (https://46elks.com/docs/send-sms,
https://46elks.se/docs/sms-delivery-reports):

- ``POST /a1/sms`` with HTTP basic auth and the form fields ``from``, ``to``,
  ``message`` and optionally ``whendelivered``. The answer is 46elks' JSON:
  ``id``, ``status`` ("created"), ``direction``, ``from``, ``to``, ``created``,
  ``message``, ``parts`` and ``cost`` (in 10000ths of the account's currency).
- Wrong credentials: 401. A request 46elks refuses (a ``to`` that is not an
  E.164 number, a missing message, a ``from`` that is neither a number nor a
  3-11 character name, a ``whendelivered`` that is not a URL): 403 with a
  one-line text, as 46elks answers request errors.
- With ``whendelivered``, once the answer is written, the delivery reports
  are POSTed to it as 46elks does (``application/x-www-form-urlencoded``):
  first ``id`` + ``status=sent``, then ``status=delivered`` with ``delivered``
  (the time in UTC) or ``status=failed``. A report answered outside 200-204 is
  tried again (46elks: at least 5 times over 6 hours; here 5 times, quickly).

What a number's report says is :attr:`SmsApiStandin.outcomes` (default
"delivered"). Answers can also be scripted (:meth:`SmsApiStandin.script`) to
play server trouble: status and body, the last one repeating.
"""

from __future__ import annotations

import base64
import json
import re
import threading
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import requests

from models.sms_text import sms_length

USERNAME = "u0123456789abcdef"
PASSWORD = "gateway-password"

_E164 = re.compile(r"\+[1-9]\d{6,14}")
_SENDER_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]{2,10}")
#: The cost of one part, in 10000ths of the currency (0.35 SEK).
PART_COST = 3500


@dataclass(frozen=True)
class ReceivedSms:
    sender: str
    to: str
    message: str
    whendelivered: str = ""


@dataclass(frozen=True)
class DeliveryReport:
    """One delivery report POSTed to a ``whendelivered`` URL, and the status it got."""

    url: str
    fields: dict[str, str]
    answer: int


class _Handler(BaseHTTPRequestHandler):
    server: SmsApiStandin

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        server = self.server
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8")
        expected = "Basic " + base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
        report: dict[str, Any] | None = None
        received: ReceivedSms | None = None
        if self.path.lower() != "/a1/sms":
            status, body = 404, "Not found"
        elif self.headers.get("Authorization") != expected:
            status, body = 401, "Wrong API username or password"
        else:
            form = {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}
            refusal = _refusal(form)
            with server.lock:
                server.attempts += 1
                status, body = server.answers[0]
                if len(server.answers) > 1:
                    server.answers.popleft()
                if refusal:
                    status, body = 403, refusal
                elif status == 200 and not body:
                    received = ReceivedSms(
                        form["from"], form["to"], form["message"], form.get("whendelivered", "")
                    )
                    server.received.append(received)
                    report = _answer(received, f"s{len(server.received):032x}")
                    body = json.dumps(report)
        payload = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("Content-Type", "application/json" if report else "text/plain")
        self.end_headers()
        self.wfile.write(payload)
        self.wfile.flush()
        if report is not None and received is not None and received.whendelivered:
            server.report(received.whendelivered, report["id"], received.to)


def _refusal(form: dict[str, str]) -> str:
    """46elks' refusal of the request's fields, or "" when it would take it."""
    for key in ("from", "to", "message"):
        if not form.get(key):
            return f"Missing key {key}"
    if not _E164.fullmatch(form["to"]):
        return 'Invalid "to" number'
    if not (_E164.fullmatch(form["from"]) or _SENDER_NAME.fullmatch(form["from"])):
        return 'Invalid "from" sender'
    url = urlsplit(form.get("whendelivered", ""))
    if form.get("whendelivered") and (url.scheme not in ("http", "https") or not url.hostname):
        return 'Invalid "whendelivered" URL'
    return ""


def _answer(sms: ReceivedSms, message_id: str) -> dict[str, Any]:
    parts = sms_length(sms.message).parts
    return {
        "status": "created",
        "direction": "outgoing",
        "from": sms.sender,
        "created": datetime.now(UTC).replace(tzinfo=None).isoformat(),
        "parts": parts,
        "to": sms.to,
        "cost": parts * PART_COST,
        "message": sms.message,
        "id": message_id,
    }


class SmsApiStandin(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, *, report_tries: int = 5) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.lock = threading.Lock()
        self.answers: deque[tuple[int, str]] = deque([(200, "")])
        self.received: list[ReceivedSms] = []
        self.attempts = 0
        #: What the delivery report says per number: "delivered" (default) or "failed".
        self.outcomes: dict[str, str] = {}
        self.reports: list[DeliveryReport] = []
        self.report_tries = report_tries
        self._reporters: list[threading.Thread] = []
        self._thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}/a1/sms"

    def script(self, *answers: tuple[int, str]) -> None:
        """The next answers, in order; the last one repeats. ``""`` as body: 46elks' JSON."""
        with self.lock:
            self.answers = deque(answers)

    def report(self, url: str, message_id: str, to: str) -> None:
        """POST the delivery reports of ``message_id`` to ``url`` in a thread of their own."""
        outcome = self.outcomes.get(to, "delivered")
        thread = threading.Thread(
            target=self._post_reports, args=(url, message_id, outcome), daemon=True
        )
        self._reporters.append(thread)
        thread.start()

    def _post_reports(self, url: str, message_id: str, outcome: str) -> None:
        final = {"id": message_id, "status": outcome}
        if outcome == "delivered":
            final["delivered"] = datetime.now(UTC).replace(tzinfo=None).isoformat()
        with requests.Session() as http:
            for fields in ({"id": message_id, "status": "sent"}, final):
                for _ in range(self.report_tries):
                    try:
                        answer = http.post(url, data=fields, timeout=10).status_code
                    except requests.RequestException:
                        answer = 0
                    with self.lock:
                        self.reports.append(DeliveryReport(url, fields, answer))
                    if 200 <= answer <= 204:
                        break

    def __enter__(self) -> SmsApiStandin:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()
        self._thread.join(timeout=5)
        for thread in self._reporters:
            thread.join(timeout=30)
