"""``login-storm``: a real ``kansli-server serve`` process under the attacks of issue 13.

* 200 parallel logins (one thread each, released together) against 20 accounts
  with production argon2 parameters, from 200 addresses (the bench plays a
  configured proxy, so each thread is a client of its own);
* 40 parallel wrong passwords against one account from one address;
* 100 MB of chunked JSON without a token to ``/api/v1/sync/push``.

Reported: the server's peak RSS (``VmHWM`` of /proc/<pid>/status, and the
highest ``VmRSS`` sampled every 20 ms), how many password checks actually ran
(the server logs one ``password_check`` line per argon2 check; the bench counts
them in its log), the answers by status, and how much of the 100 MB had gone
out when the server answered.
"""

from __future__ import annotations

import os
import select
import socket
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests
from sqlalchemy import update

from bench.harness import Result, load_average
from devtools.live_server import LiveServer, add_account
from models.tenancy import User
from server.db import migrate
from server.services.accounts import hash_password
from server.services.database import Database

PASSWORD = "storm password"  # noqa: S105  (throwaway accounts of a throwaway database)
MIB = 1024 * 1024


def _kib(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    return 0


def _checks(log: Path) -> int:
    return sum(
        '"msg":"password_check"' in line for line in log.read_text(errors="replace").splitlines()
    )


def _accounts(db_url: str, n: int) -> list[str]:
    """``n`` accounts whose password hash has production parameters (made once, shared)."""
    emails = [
        add_account(db_url, email=f"user{i}@storm.example", password=PASSWORD)["email"]
        for i in range(n)
    ]
    production_hash = hash_password(PASSWORD)
    db = Database(db_url)
    try:
        with db.transaction() as session:
            session.execute(
                update(User).where(User.email.in_(emails)).values(password_hash=production_hash)
            )
    finally:
        db.dispose()
    return emails


def _storm(url: str, attempts: list[tuple[str, str, str]]) -> Counter[int]:
    barrier = threading.Barrier(len(attempts))

    def one(attempt: tuple[str, str, str]) -> int:
        email, password, address = attempt
        barrier.wait(timeout=60)
        try:
            return requests.post(
                f"{url}/api/v1/auth/login",
                json={"email": email, "password": password},
                headers={"X-Forwarded-For": address},
                timeout=120,
            ).status_code
        except requests.RequestException:
            return 0

    with ThreadPoolExecutor(max_workers=len(attempts)) as pool:
        return Counter(pool.map(one, attempts))


def _stream_without_token(url: str, total: int) -> tuple[int, int]:
    """POST ``total`` bytes of chunked JSON, no token; (status, bytes out when it answered)."""
    host, port = url.removeprefix("http://").split(":")
    chunk = b'{"id": "x", "name": "course.create", "args": {"code": "' + b"A" * 65_000 + b'"}},'
    frame = b"%x\r\n" % len(chunk) + chunk + b"\r\n"
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(
            f"POST /api/v1/sync/push HTTP/1.1\r\nHost: {host}:{port}\r\n"
            "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n".encode()
            + b"1\r\n[\r\n"
        )
        sock.setblocking(False)
        sent, pending = 0, b""
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            readable, writable, _ = select.select([sock], [sock] if sent < total else [], [], 1)
            if readable:
                break
            if writable:
                pending = pending or frame
                try:
                    n = sock.send(pending)
                except OSError:
                    break
                pending, sent = pending[n:], sent + n
        sock.setblocking(True)
        sock.settimeout(60)
        head = b""
        while b"\r\n" not in head:
            part = sock.recv(4096)
            if not part:
                break
            head += part
    status = int(head.split(b"\r\n", 1)[0].split()[1]) if head else 0
    return status, sent


def login_storm(size: int | None) -> Result:
    """200 parallel logins, a 40-guess burst on one account, 100 MB without a token."""
    parallel = size or 200
    result = Result("login-storm", {"parallel_logins": parallel, "accounts": 20, "body_mb": 100})
    result.notes.append(f"load average (1 min) before: {load_average()}")
    with tempfile.TemporaryDirectory(prefix="kansli-bench-storm-") as tmp:
        db_url = f"sqlite:///{Path(tmp) / 'server.db'}"
        migrate(db_url)
        emails = _accounts(db_url, 20)
        # The bench is the proxy of 200 clients; everything else is production's default.
        env = {"KANSLI_TRUSTED_PROXIES": "127.0.0.1", "KANSLI_LOG_LEVEL": "INFO"}
        server = LiveServer(db_url, env=env).start()
        try:
            assert server._proc is not None
            pid = server._proc.pid
            rss_before = _kib(pid, "VmRSS") / 1024
            sampled = [rss_before]
            stop = threading.Event()

            def sample() -> None:
                while not stop.wait(0.02):
                    sampled.append(_kib(pid, "VmRSS") / 1024)

            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
            # Every tenth attempt has the right password; each from an address of its own.
            attempts = [
                (
                    emails[i % 20],
                    PASSWORD if i % 10 == 0 else f"guess{i}",
                    f"10.50.{i // 250}.{i % 250 + 1}",
                )
                for i in range(parallel)
            ]
            started = time.perf_counter()
            answers = _storm(server.url, attempts)
            storm_s = time.perf_counter() - started
            checks_storm = _checks(server.log_path)
            # 40 parallel guesses at one account from one address.
            burst = _storm(server.url, [("user0@storm.example", "burst", "10.60.0.1")] * 40)
            checks_burst = _checks(server.log_path) - checks_storm
            # 100 MB of chunked JSON without a token.
            body_status, body_sent = _stream_without_token(server.url, 100 * MIB)
            stop.set()
            sampler.join(5)
            peak = _kib(pid, "VmHWM") / 1024
        finally:
            server.stop()
    result.record("peak_rss_mib", peak)
    result.record("peak_rss_sampled_mib", max(sampled))
    result.record("rss_before_mib", rss_before)
    result.record("storm_seconds", storm_s)
    result.record("storm_password_checks", checks_storm)
    for status in (200, 401, 429, 503, 0):
        result.record(f"storm_answers_{status or 'failed'}", answers.get(status, 0))
    result.record("burst_password_checks", checks_burst)
    for status in (401, 429, 503):
        result.record(f"burst_answers_{status}", burst.get(status, 0))
    result.record("no_token_body_status", body_status)
    result.record("no_token_body_sent_mib", body_sent / MIB)
    result.record("no_token_answered_before_body_end", int(body_sent < 100 * MIB))
    result.target("peak_rss_mib", "<", 400)
    result.target("burst_password_checks", "<=", 5)
    result.target("storm_password_checks", "<=", parallel)
    result.target("no_token_answered_before_body_end", ">=", 1)
    result.notes.append(
        "password checks = password_check lines in the server's log (one per argon2 check, "
        "at most login_max_concurrent_hashes at once; default 2); a 503 is a login that "
        "found no check slot within login_hash_wait_seconds (5 s) and was not counted"
    )
    result.notes.append(f"server settings: defaults of serve, cpus {os.cpu_count()}")
    return result
