"""The real server in a subprocess, for tests and benchmarks that talk to it over HTTP.

    server = LiveServer(db_url).start()   # migrates db_url, waits for /api/v1/health
    requests.get(f"{server.url}/api/v1/health")
    server.restart()                      # same port, same database
    server.stop()

``LiveServer(db_url, *, port=None, env=None, args=())``: ``args`` are more
``serve`` options (e.g. ``("--workers", "2")``); ``port`` None picks a free
loopback port once (kept across restarts); ``env`` adds environment
variables (e.g. ``{"KANSLI_SMTP_PORT": "2525", "KANSLI_RUN_WORKER": "1"}``);
``KANSLI_SECRET_KEY`` and ``KANSLI_PUBLIC_BASE_URL`` (the server's own URL)
are set unless given, as production must set them.
The server's log goes to ``.log_path``; its tail is in the error when it
does not come up. The server runs in its own session (process group), so
:meth:`LiveServer.kill` kills its web processes (``--workers``) with it.
``LiveWorker(db_url, env=...)`` is ``python -m server worker`` the same way.
:func:`add_account` puts a tenant and a user in the database, for callers that
need to sign in; :func:`login` signs in.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Any

import requests

REPO = Path(__file__).resolve().parents[1]
START_TIMEOUT = 30.0


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PortTaken(RuntimeError):
    """The server could not bind its port: another process had taken it."""


class _LiveProcess:
    """A ``python -m server`` command in a subprocess of its own session (process group),
    its output in :attr:`log_path`."""

    #: How long :meth:`stop` waits after SIGTERM before it kills.
    stop_timeout = 10.0

    def __init__(self, log_prefix: str) -> None:
        self.log_path = Path(tempfile.mkstemp(prefix=log_prefix, suffix=".log")[1])
        self._proc: subprocess.Popen[bytes] | None = None
        self._log_start = 0

    def _spawn(self, cmd: list[str], env: dict[str, str]) -> None:
        with self.log_path.open("ab") as log:
            self._log_start = log.tell()
            # Its own session: the processes it starts (uvicorn's web processes) are
            # killed with it (kill()).
            self._proc = subprocess.Popen(  # noqa: S603  (our own server, fixed arguments)
                cmd,
                cwd=REPO,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def stop(self) -> None:
        """SIGTERM, then SIGKILL of the whole group after :attr:`stop_timeout` seconds;
        waits until it is gone."""
        proc, self._proc = self._proc, None
        if proc is not None:
            stop_process_group(proc, self.stop_timeout)

    def kill(self) -> None:
        """Kill it and every process it started at once (SIGKILL), as a crash would."""
        proc, self._proc = self._proc, None
        if proc is not None:
            kill_process_group(proc)

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def log_tail(self, lines: int = 40) -> str:
        with contextlib.suppress(OSError):
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        return ""


class LiveServer(_LiveProcess):
    """``python -m server serve`` on 127.0.0.1 in a subprocess."""

    def __init__(
        self,
        db_url: str,
        *,
        port: int | None = None,
        env: dict[str, str] | None = None,
        args: tuple[str, ...] = (),
    ) -> None:
        self.db_url = db_url
        self.args = tuple(args)
        self.port = port or free_port()
        #: A port picked here may be taken by another process (another pytest-xdist worker's
        #: server or client) before the server binds it: the first start then moves on.
        self._port_chosen = port is None
        self.env = dict(env or {})
        self.url = f"http://127.0.0.1:{self.port}"
        super().__init__("kansli-server-")
        self._migrated = False

    # -- lifecycle --------------------------------------------------------------

    def start(self) -> LiveServer:
        """Start the server (migrating the database the first time) and wait until it answers."""
        if self._proc is not None and self._proc.poll() is None:
            return self
        for _ in range(3):
            try:
                return self._start_once()
            except PortTaken:
                if not self._port_chosen or self._migrated:
                    raise
                self.port = free_port()
                self.url = f"http://127.0.0.1:{self.port}"
        return self._start_once()

    def _start_once(self) -> LiveServer:
        # What production must set (``serve`` refuses to start without them): a fixed
        # key, and links to this server.
        required = {
            "KANSLI_SECRET_KEY": "live-server-test-secret-of-32-characters",
            "KANSLI_PUBLIC_BASE_URL": self.url,
        }
        env = {
            **required,
            **os.environ,
            "PYTHONUNBUFFERED": "1",
            **self.env,
        }
        cmd = [
            sys.executable,
            "-m",
            "server",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--database",
            self.db_url,
            *self.args,
        ]
        if not self._migrated:
            cmd.append("--migrate")
        self._spawn(cmd, env)
        self._wait_until_healthy()
        self._migrated = True
        return self

    def _wait_until_healthy(self) -> None:
        assert self._proc is not None
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                error = PortTaken if self._lost_its_port() else RuntimeError
                raise error(f"the server exited with {self._proc.returncode}:\n{self.log_tail()}")
            try:
                if requests.get(f"{self.url}/api/v1/health", timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.05)  # polling interval while waiting for a condition with a deadline
        self.stop()
        raise RuntimeError(
            f"the server did not answer within {START_TIMEOUT} s:\n{self.log_tail()}"
        )

    def _lost_its_port(self) -> bool:
        """Whether this start's log says the port was in use (uvicorn: errno 98)."""
        with self.log_path.open("rb") as log:
            log.seek(self._log_start)
            return b"address already in use" in log.read().lower()

    def restart(self) -> LiveServer:
        """Stop and start again on the same port and database."""
        self.stop()
        return self.start()

    def __enter__(self) -> LiveServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def kill_process_group(proc: subprocess.Popen[bytes]) -> None:
    """SIGKILL ``proc``'s process group (it was started with ``start_new_session``): the
    process and every child it started; waits for ``proc``."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)


def stop_process_group(proc: subprocess.Popen[bytes], timeout: float = 10) -> None:
    """SIGTERM ``proc`` (it stops its children), then SIGKILL its process group after
    ``timeout`` seconds; the group is killed in any case, so no child outlives it."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=timeout)
    kill_process_group(proc)


class LiveWorker(_LiveProcess):
    """``python -m server worker`` in a subprocess (its own session), production settings
    set as :class:`LiveServer` sets them; ``env`` adds or overrides variables. ``stop``:
    SIGTERM (the worker ends the send under way), SIGKILL after 30 s."""

    stop_timeout = 30.0

    def __init__(self, db_url: str, *, env: dict[str, str] | None = None) -> None:
        super().__init__("kansli-worker-")
        self.db_url = db_url
        self.env = dict(env or {})

    def start(self) -> LiveWorker:
        env = {
            "KANSLI_SECRET_KEY": "live-worker-test-secret-of-32-characters",
            "KANSLI_PUBLIC_BASE_URL": "https://kansli.test",
            **os.environ,
            "PYTHONUNBUFFERED": "1",
            **self.env,
        }
        self._spawn([sys.executable, "-m", "server", "worker", "--database", self.db_url], env)
        return self


def add_account(
    db_url: str,
    *,
    tenant: str = "acme",
    email: str = "admin@acme.example",
    password: str = "correct horse battery",  # noqa: S107  (a test account)
    roles: tuple[str, ...] = ("admin",),
) -> dict[str, Any]:
    """Create (or reuse) ``tenant`` and a user with ``roles`` there, in a migrated database.

    Returns ``{"tenant", "tenant_id", "email", "password", "roles"}`` for logging in.
    """
    from argon2 import PasswordHasher
    from sqlalchemy import select

    from models.tenancy import Tenant, User
    from server.services.accounts import create_tenant, create_user, grant_roles
    from server.services.database import Database

    db = Database(db_url)
    try:
        with db.transaction() as session:
            t = session.scalar(select(Tenant).where(Tenant.slug == tenant))
            if t is None:
                t = create_tenant(session=session, slug=tenant, name=tenant.title())
            user = session.scalar(select(User).where(User.email == email.lower()))
            if user is None:
                # Cheap hash parameters: tests sign in often; verify reads them from the hash.
                user = create_user(
                    session=session,
                    email=email,
                    password=password,
                    hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1),
                )
            grant_roles(session=session, user=user, tenant=t, roles=roles)
            tenant_id = t.id
    finally:
        db.dispose()
    return {
        "tenant": tenant,
        "tenant_id": tenant_id,
        "email": email.lower(),
        "password": password,
        "roles": list(roles),
    }


def login(server_url: str, account: dict[str, Any]) -> requests.Session:
    """A requests session signed in as ``account`` (from :func:`add_account`)."""
    resp = requests.post(
        f"{server_url}/api/v1/auth/login",
        json={
            "email": account["email"],
            "password": account["password"],
            "tenant": account["tenant"],
        },
        timeout=10,
    )
    resp.raise_for_status()
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {resp.json()['token']}"
    return session
