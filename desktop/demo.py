"""``kansli --demo``: the local demo server as a child process, and signing in to it.

The child is ``kansli-server demo`` on a free loopback port with its data in
a temporary folder; it writes an info file (URL, users) once it answers.
The child is stopped when the app exits: on a normal quit, on SIGINT or
SIGTERM, and at interpreter exit.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from models.files import private_dir

log = logging.getLogger(__name__)


class DemoError(RuntimeError):
    """The demo server did not start; the message says why and where its log is."""


class DemoServer:
    """One ``kansli-server demo`` child process."""

    def __init__(self, data_dir: Path | None = None) -> None:
        self.owns_dir = data_dir is None
        self.data_dir = data_dir or Path(tempfile.mkdtemp(prefix="kansli-demo-"))
        self.info_file = self.data_dir / "demo.json"
        self.log_file = self.data_dir / "server.log"
        self.process: subprocess.Popen[bytes] | None = None
        self._log: Any = None

    def start(self) -> DemoServer:
        private_dir(self.data_dir)  # a --demo-dir that does not exist yet is made, 0700
        self._log = self.log_file.open("ab")
        self.process = subprocess.Popen(  # noqa: S603  (our own interpreter and module)
            [
                sys.executable,
                "-m",
                "server",
                "demo",
                "--port",
                "0",
                "--data-dir",
                str(self.data_dir / "server"),
                "--info-file",
                str(self.info_file),
            ],
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        atexit.register(self.stop)
        return self

    def wait_ready(self, timeout: float = 60.0) -> dict[str, Any]:
        """Wait (on a worker thread) until the server answers; its info (url, users)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.info_file.exists():
                try:
                    return dict(json.loads(self.info_file.read_text()))
                except ValueError:
                    pass  # being written; the server writes it atomically, but be safe
            if self.process is None or self.process.poll() is not None:
                raise DemoError(f"The demo server stopped while starting; see {self.log_file}")
            time.sleep(0.03)
        raise DemoError(
            f"The demo server did not answer within {timeout:.0f} s; see {self.log_file}"
        )

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the child (SIGTERM, then SIGKILL) and remove the demo's files."""
        proc, self.process = self.process, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
        if self._log is not None:
            self._log.close()
            self._log = None
        if self.owns_dir:
            shutil.rmtree(self.data_dir, ignore_errors=True)
        with contextlib.suppress(Exception):
            atexit.unregister(self.stop)


def admin_user(info: dict[str, Any]) -> dict[str, Any]:
    """The demo administrator from the server's info."""
    users = info.get("users") or []
    for u in users:
        if "admin" in (u.get("roles") or []):
            return dict(u)
    if not users:
        raise DemoError("The demo server lists no users")
    return dict(users[0])
