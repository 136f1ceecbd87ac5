"""A PostgreSQL that crashes under pulls: every answer is 200 or 503 with Retry-After (issue 26, 7).

A cluster of the test's own (not the session's shared one) is stopped with
``pg_ctl stop -m immediate`` (every backend killed at once, as in a crash) while
clients pull over real HTTP from a real server process; then started again.
Nothing may surface as a 500: a connection lost in the middle of a request, in
the pool, or while a dependency closes its session is the database being
unavailable, which the contract answers 503 with ``Retry-After``.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections import Counter
from collections.abc import Iterator

import pytest
import requests

from devtools.postgres import PostgresCluster
from tests.sync.helpers import seed_people
from tests.utils.servers import LiveServer, add_account

KILLS = 4
TERMINATIONS = 80
CLIENTS = 3


class _Cluster(PostgresCluster):
    def crash(self) -> None:
        """Every backend killed at once, no shutdown checkpoint: a crash."""
        self._run("pg_ctl", "-D", str(self.datadir), "-m", "immediate", "-w", "stop")

    def start(self) -> _Cluster:
        """As the shared cluster, but commits are durable (synchronous_commit on): a
        crash loses no committed sign-in, as in production."""
        if self._as_root:
            os.chmod(self.root, 0o755)
            shutil.chown(self.root, "postgres", "postgres")
        self._run("initdb", "-D", str(self.datadir), "-A", "trust", "-U", self.user, "-E", "UTF8")
        self.restart()
        return self

    def restart(self) -> None:
        self._run(
            "pg_ctl",
            "-D",
            str(self.datadir),
            "-w",
            "-l",
            str(self.root / "log"),
            "-o",
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c max_connections=200",
            "start",
        )


@pytest.fixture
def cluster() -> Iterator[_Cluster]:
    own = _Cluster()
    own.start()
    try:
        yield own
    finally:
        own.stop()


def test_pulls_while_postgresql_crashes_answer_only_200_or_503_with_retry_after(
    cluster: _Cluster,
) -> None:
    url = cluster.create_database("crash")
    server = LiveServer(url).start()
    try:
        account = add_account(url, tenant="crash", email="admin@crash.example")
        seed_people(url, account["tenant_id"], 150)
        token = requests.post(
            f"{server.url}/api/v1/auth/login",
            json={"email": account["email"], "password": account["password"]},
            timeout=10,
        ).json()["token"]

        statuses: Counter[int] = Counter()
        bad: list[str] = []
        lock = threading.Lock()
        stop = threading.Event()
        deadline = time.monotonic() + 120  # the loops stop by themselves

        def puller() -> None:
            s = requests.Session()
            s.headers["Authorization"] = f"Bearer {token}"
            cursor = ""
            while not stop.is_set() and time.monotonic() < deadline:
                try:
                    resp = s.get(
                        f"{server.url}/api/v1/sync/pull",
                        params={"cursor": cursor, "limit": 40},
                        timeout=30,
                    )
                except requests.RequestException as exc:
                    with lock:
                        bad.append(f"no answer: {type(exc).__name__}")
                    continue
                with lock:
                    statuses[resp.status_code] += 1
                    if resp.status_code == 503 and not resp.headers.get("Retry-After"):
                        bad.append("503 without Retry-After")
                    elif resp.status_code not in (200, 503):
                        bad.append(f"{resp.status_code}: {resp.text[:200]}")
                if resp.status_code == 200:
                    page = resp.json()
                    cursor = "" if not page["has_more"] else page["next_cursor"]

        def wait_for(status: int, more_than: int) -> None:
            until = time.monotonic() + 30
            while time.monotonic() < until:
                with lock:
                    if statuses[status] > more_than:
                        return
                time.sleep(0.01)  # polling a condition with a deadline
            raise AssertionError(f"no {status} answer within 30 s: {dict(statuses)}")

        threads = [threading.Thread(target=puller, daemon=True) for _ in range(CLIENTS)]
        for t in threads:
            t.start()
        try:
            for _ in range(KILLS):
                with lock:
                    ok = statuses[200]
                wait_for(200, ok + 5)  # pulls are running on a live database
                cluster.crash()
                with lock:
                    unavailable = statuses[503]
                wait_for(503, unavailable)  # the crash was seen
                cluster.restart()
            with lock:
                ok = statuses[200]
            wait_for(200, ok + 5)  # and the server recovers by itself
        finally:
            stop.set()
            for t in threads:
                t.join(60)
        assert bad == [], f"{bad[:5]} ({dict(statuses)})\n{server.log_tail(60)}"
        assert statuses[503] >= KILLS and set(statuses) <= {200, 503}
        _no_unhandled_errors(server)
    finally:
        server.stop()


def _no_unhandled_errors(server: LiveServer) -> None:
    """A failure after the answer began (a session closed on a dead connection once the
    200 was on its way) never reaches the client as a status: the server's log tells."""
    lines = server.log_path.read_text(errors="replace").splitlines()
    found = [line for line in lines if "unhandled error" in line or "RuntimeError" in line]
    assert found == [], "\n".join(found[:5])


def test_backends_killed_at_random_moments_of_pulls_give_no_unhandled_error(
    cluster: _Cluster,
) -> None:
    """Every backend of the database terminated again and again while pulls run: some
    die between a pull's query and the end of its read transaction, after the page was
    computed. Answers are 200 or 503 and the server logs no unhandled error."""
    import psycopg

    url = cluster.create_database("terminate")
    server = LiveServer(url).start()
    try:
        account = add_account(url, tenant="term", email="admin@term.example")
        seed_people(url, account["tenant_id"], 60)
        token = requests.post(
            f"{server.url}/api/v1/auth/login",
            json={"email": account["email"], "password": account["password"]},
            timeout=10,
        ).json()["token"]
        statuses: Counter[int] = Counter()
        stop = threading.Event()
        deadline = time.monotonic() + 60

        def puller() -> None:
            s = requests.Session()
            s.headers["Authorization"] = f"Bearer {token}"
            while not stop.is_set() and time.monotonic() < deadline:
                resp = s.get(f"{server.url}/api/v1/sync/pull", params={"limit": 20}, timeout=30)
                statuses[resp.status_code] += 1

        threads = [threading.Thread(target=puller, daemon=True) for _ in range(CLIENTS)]
        for t in threads:
            t.start()
        killer = psycopg.connect(
            host="127.0.0.1",
            port=cluster.port,
            user=cluster.user,
            dbname="postgres",
            autocommit=True,
        )
        try:
            for _ in range(TERMINATIONS):
                before = sum(statuses.values())
                killer.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = 'terminate' AND pid <> pg_backend_pid()"
                )
                until = min(deadline, time.monotonic() + 10)
                while sum(statuses.values()) <= before + 1 and time.monotonic() < until:
                    time.sleep(0.001)  # polling: answers between two terminations
        finally:
            killer.close()
            stop.set()
            for t in threads:
                t.join(60)
        assert set(statuses) <= {200, 503}, dict(statuses)
        assert statuses[200] > 0 and statuses[503] > 0, dict(statuses)
        _no_unhandled_errors(server)
    finally:
        server.stop()
