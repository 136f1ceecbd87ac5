"""A local SMTP server that keeps every mail as a ``.eml`` file (the demo's mail catcher)."""

from __future__ import annotations

import itertools
import socket
import threading
import time
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

from models.files import private_dir, private_file


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _SaveToFolder:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._numbers = itertools.count(1)
        self._lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self._lock:
            n = next(self._numbers)
        name = f"{time.strftime('%Y%m%d-%H%M%S')}-{n:05d}.eml"
        tmp = private_file(self.folder / f".{name}.tmp")  # the demo's mailbox: its owner's
        tmp.write_bytes(envelope.original_content or envelope.content)
        tmp.replace(self.folder / name)
        return "250 Message accepted for delivery"


class MailCatcher:
    """aiosmtpd on a free loopback port, saving mails into ``folder``."""

    def __init__(self, folder: Path, *, port: int | None = None) -> None:
        self.folder = private_dir(folder)
        self.port = port or _free_port()
        self._controller = Controller(
            _SaveToFolder(self.folder), hostname="127.0.0.1", port=self.port
        )

    def start(self) -> MailCatcher:
        self._controller.start()
        return self

    def stop(self) -> None:
        self._controller.stop()

    def messages(self) -> list[Path]:
        return sorted(self.folder.glob("*.eml"))
