"""A real SMTP server for tests (aiosmtpd), recording what it receives."""

from __future__ import annotations

import asyncio
import email
import email.policy
import threading
import time
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller

from tests.utils.servers import free_port


class Recorder:
    """aiosmtpd handler: keeps every message; ``refuse_rcpt`` makes it answer RCPT with that,
    ``delay`` makes it take that many seconds a mail (a slow server)."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.refuse_rcpt: str | None = None
        self.delay = 0.0
        self._lock = threading.Lock()

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any
    ) -> str:
        if self.refuse_rcpt:
            return self.refuse_rcpt
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.delay:
            await asyncio.sleep(self.delay)  # the receiving server's own pace
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self._lock:
            self.messages.append(msg)  # type: ignore[arg-type]
        return "250 2.0.0 Message accepted"


class SmtpServer:
    """aiosmtpd on 127.0.0.1:``port`` (a free one by default); start and stop at will."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.recorder = Recorder()
        self._controller: Controller | None = None

    def start(self) -> SmtpServer:
        self._controller = Controller(self.recorder, hostname="127.0.0.1", port=self.port)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    @property
    def messages(self) -> list[EmailMessage]:
        return list(self.recorder.messages)

    def wait_for(self, count: int, timeout: float = 30.0) -> list[EmailMessage]:
        deadline = time.monotonic() + timeout
        while len(self.recorder.messages) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"{len(self.recorder.messages)} of {count} mails arrived")
            time.sleep(0.02)  # polling a condition with a deadline
        return self.messages
