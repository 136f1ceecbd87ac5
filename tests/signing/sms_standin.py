"""A local HTTP server standing in for a 46elks-style SMS API.

``POST /a1/sms`` with basic auth and form fields ``from``, ``to``,
``message``; answers are scripted (status, body) and the last one repeats.
A successful answer is 46elks' JSON with the message ``id``.
"""

from __future__ import annotations

import base64
import json
import threading
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

USERNAME = "u0123456789abcdef"
PASSWORD = "gateway-password"


@dataclass(frozen=True)
class ReceivedSms:
    sender: str
    to: str
    message: str


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        server: SmsApiStandin = self.server  # type: ignore[assignment]
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8")
        expected = "Basic " + base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
        if self.path != "/a1/sms":
            status, body = 404, "Not found"
        elif self.headers.get("Authorization") != expected:
            status, body = 401, "Wrong API username or password"
        else:
            form = {k: v[0] for k, v in parse_qs(raw).items()}
            received = ReceivedSms(
                form.get("from", ""), form.get("to", ""), form.get("message", "")
            )
            with server.lock:
                status, body = server.answers[0]
                if len(server.answers) > 1:
                    server.answers.popleft()
                if status == 200:
                    server.received.append(received)
                    body = body or json.dumps(
                        {
                            "status": "created",
                            "direction": "outgoing",
                            "from": received.sender,
                            "to": received.to,
                            "message": received.message,
                            "id": f"s{len(server.received):032x}",
                            "parts": 1,
                        }
                    )
                server.attempts += 1
        payload = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("Content-Type", "application/json" if status == 200 else "text/plain")
        self.end_headers()
        self.wfile.write(payload)


class SmsApiStandin(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.lock = threading.Lock()
        self.answers: deque[tuple[int, str]] = deque([(200, "")])
        self.received: list[ReceivedSms] = []
        self.attempts = 0
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

    def __enter__(self) -> SmsApiStandin:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()
        self._thread.join(timeout=5)
