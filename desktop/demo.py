"""``kansli --demo``: the local demo server as a child process, and signing in to it.

The child is ``kansli-server demo`` on a free loopback port with its data in
a temporary folder; it writes an info file (URL, users) once it answers.
The child is stopped when the app exits: on a normal quit, on SIGINT or
SIGTERM, and at interpreter exit.

The demo's folder is kept between starts (:func:`default_dir`, per user, or
``--demo-dir``): what the user did in the demo is there the next time, and a
kept folder is started again on the port it had, so the desktop's copy there
(``client.db``, which records the server's address) is the returning user's:
:meth:`DemoServer.returning` says so, and the app shows it at once while the
server starts. ``--demo-reset`` empties the folder first. A folder another
``kansli --demo`` is using (its lock is taken) is not shared: this start then
uses a temporary folder, removed on exit.

The desktop's copy is encrypted like any account's (:mod:`sync.cipher`); its key is
kept in the demo's folder (:class:`FolderKeyring`, 0600), not in the system's
password store: the demo's people are made up, and a returning demo opens before
its server answers, without a password and without leaving keys behind in the
user's keyring for folders that are removed.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.bundle import server_command
from models.files import private_dir, private_file

if TYPE_CHECKING:
    from sync.local_keys import LocalKeys

log = logging.getLogger(__name__)

LOCK_NAME = "in-use.lock"


def default_dir() -> Path:
    """Where ``kansli --demo`` keeps its data between starts (the user's data folder)."""
    import platformdirs

    return platformdirs.user_data_path("Kansli", appauthor=False) / "demo"


class FolderKeyring:
    """A keyring backend (duck-typed, not registered with ``keyring``) that keeps its
    entries in one JSON file (0600): the demo folder's database key."""

    priority = 1

    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def get_password(self, service: str, username: str) -> str | None:
        value = self._read().get(f"{service}|{username}")
        return str(value) if value else None

    def _write(self, data: dict[str, str]) -> None:
        private_file(self.path)
        self.path.write_text(json.dumps(data), encoding="utf-8")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._write(self._read() | {f"{service}|{username}": password})

    def delete_password(self, service: str, username: str) -> None:
        data = self._read()
        data.pop(f"{service}|{username}", None)
        self._write(data)


class DemoError(RuntimeError):
    """The demo server did not start; the message says why and where its log is."""


class DemoServer:
    """One ``kansli-server demo`` child process."""

    def __init__(self, data_dir: Path | None = None, *, reset: bool = False) -> None:
        self._lock: Any = None
        if data_dir is not None:
            private_dir(data_dir)  # a --demo-dir that does not exist yet is made, 0700
            self._lock = _take_lock(data_dir / LOCK_NAME)
            if self._lock is None:
                log.warning("demo: %s is in use by another Kansli; using a temporary folder",
                            data_dir)  # fmt: skip
                data_dir = None
            elif reset:
                _empty(data_dir, keep=LOCK_NAME)
        self.owns_dir = data_dir is None
        self.data_dir = data_dir or Path(tempfile.mkdtemp(prefix="kansli-demo-"))
        self.info_file = self.data_dir / "demo.json"
        self.log_file = self.data_dir / "server.log"
        self.client_db = self.data_dir / "client.db"
        #: The key of ``client_db`` (:class:`FolderKeyring`).
        self.keys_file = self.data_dir / "client.keys"
        #: The port the last start of this folder had (a kept folder starts on it again).
        self.port_file = self.data_dir / "port"
        #: The loopback URL the server was started on, when it could be chosen in advance.
        self.url = ""
        self.process: subprocess.Popen[bytes] | None = None
        self._log: Any = None

    def start(self) -> DemoServer:
        # An info file left by a start that was killed would pass for this one's.
        self.info_file.unlink(missing_ok=True)
        self._log = self.log_file.open("ab")
        port = _free_port(_read_port(self.port_file))
        if port:
            self.url = f"http://127.0.0.1:{port}"
        self.process = subprocess.Popen(  # noqa: S603  (our own interpreter or bundle)
            [
                *server_command(),
                "demo",
                "--port",
                str(port),
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
            info = _read_info(self.info_file)
            if info is not None:
                self._remember_port(str(info.get("url") or ""))
                return info
            if self.process is None or self.process.poll() is not None:
                raise DemoError(f"The demo server stopped while starting; see {self.log_file}")
            time.sleep(0.03)
        raise DemoError(
            f"The demo server did not answer within {timeout:.0f} s; see {self.log_file}"
        )

    def keys(self) -> LocalKeys:
        """Where the key of the demo's copy is kept: the demo's folder."""
        from sync.local_keys import LocalKeys

        return LocalKeys(FolderKeyring(self.keys_file))

    def _recorded_url(self) -> str:
        from desktop.session import recorded_state

        secret = self.keys().known(self.client_db)
        return recorded_state(self.client_db, "server_url", secret=secret)

    def returning(self) -> bool:
        """The folder holds the desktop's copy of this server's data, made on the URL the
        server is being started on: it can be shown before the server answers."""
        return bool(self.url) and self._recorded_url() == self.url

    def forget_stale_client(self, url: str) -> None:
        """Remove a desktop copy made on another address of this folder's server (its port
        was taken): signing in fills a new one from the same server data."""
        recorded = self._recorded_url()
        if recorded and recorded != url:
            log.info("demo: the server moved from %s to %s; the local copy is made again",
                     recorded, url)  # fmt: skip
            self.keys().forget(self.client_db)  # the next copy gets a new key
            for suffix in ("", "-journal", "-wal", "-shm", ".journal", ".key"):
                Path(f"{self.client_db}{suffix}").unlink(missing_ok=True)

    def _remember_port(self, url: str) -> None:
        port = url.rsplit(":", 1)[-1]
        if self.owns_dir or not port.isdigit():
            return
        with contextlib.suppress(OSError):
            self.port_file.write_text(port)

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
        if self._lock is not None:
            self._lock.close()  # the lock goes with the file handle
            self._lock = None
        with contextlib.suppress(Exception):
            atexit.unregister(self.stop)


def _take_lock(path: Path) -> Any:
    """An open handle holding an exclusive lock on ``path``, or None if another process
    holds it. The lock ends when the handle is closed or the process ends."""
    handle = path.open("a+b")
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        return None
    return handle


def _empty(folder: Path, *, keep: str) -> None:
    """Remove everything in ``folder`` but the file named ``keep``."""
    for entry in folder.iterdir():
        if entry.name == keep:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)


def _read_info(path: Path) -> dict[str, Any] | None:
    """The server's info file, None until it is there (and whole: it is written atomically,
    but be safe)."""
    try:
        return dict(json.loads(path.read_text()))
    except (OSError, ValueError):
        return None


def _read_port(path: Path) -> int:
    try:
        return int(path.read_text().strip())
    except (OSError, ValueError):
        return 0


def _free_port(port: int) -> int:
    """``port`` when it is free on the loopback interface, else 0 (the server picks one)."""
    if not port:
        return 0
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return 0
    return port


def admin_user(info: dict[str, Any]) -> dict[str, Any]:
    """The demo administrator from the server's info."""
    users = info.get("users") or []
    for u in users:
        if "admin" in (u.get("roles") or []):
            return dict(u)
    if not users:
        raise DemoError("The demo server lists no users")
    return dict(users[0])
