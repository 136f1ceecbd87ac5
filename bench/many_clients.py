"""``many-clients``: where a sync cycle's time goes when many clients of one tenant sync at once.

``python -m bench many-clients [--size N]``: on SQLite and on PostgreSQL, a
real server (subprocess) with one tenant of 200 persons (each with an e-mail
address and a phone), and N clients (10 and
30 unless ``--size``) of that tenant, each a real store and engine in a thread
of this process. Every client first syncs (not timed), then for
:data:`SECONDS` seconds repeats a cycle: one command made locally
(``person.add_phone``), then ``sync_once`` (push, then pull until caught up).

Figures per backend and client count:

- ``cycle_p50/p99/max_s``: one ``sync_once`` as the client sees it;
  ``commands_per_s`` over the window;
- ``push_http_p50/p99_s``, ``pull_http_p50/p99_s``: the client's HTTP calls
  (``client_share``: the share of the cycle spent outside them, in the client);
- from the server's log (``server.services.sync`` logs each command's split):
  ``wait_mean/p99_ms`` (waiting for the tenant's lock: ``queue`` for the turn of
  the SQLite writers of the server process, then ``lock``: ``BEGIN IMMEDIATE`` on
  SQLite, the ``tenant_seq`` row on PostgreSQL), then the parts run while it is
  held: ``parse`` (validating the envelope), ``apply``, ``effects`` (mail,
  notifications), ``rows`` (the answer's rows, the savepoint's flush with
  server_seq) and ``commit``; ``begin`` (a connection from the pool);
  ``lock_held_share`` (seconds the lock was held per second: 1.0 is a lock busy
  all the time); and the server's own time per push and pull request
  (``server_push_p50_ms``, ...).

Bounded: a run is :data:`SECONDS` seconds of load after the initial syncs,
well under 60 s each.
"""

from __future__ import annotations

import json
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from bench.env import PASSWORD, Tenant, server_with_tenant
from bench.harness import Result, median, percentile
from devtools.live_server import add_account
from devtools.server_data import seed_people
from models.commands import build
from models.ids import new_id
from sync.client import ServerClient
from sync.engine import SyncEngine
from sync.store import ClientStore

SECONDS = 15.0
PERSONS = 200
COUNTS = (10, 30)
#: The parts of a command's time spent holding the tenant's lock (server log fields).
HELD = ("parse_ms", "apply_ms", "effects_ms", "rows_ms", "commit_ms")


class TimedClient(ServerClient):
    """The real client, timing its push and pull calls."""

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.push_times: list[float] = []
        self.pull_times: list[float] = []

    def push(self, envelopes: Any) -> list[dict[str, Any]]:
        started = time.perf_counter()
        try:
            return super().push(envelopes)
        finally:
            self.push_times.append(time.perf_counter() - started)

    def pull(self, cursor: str, limit: int) -> dict[str, Any]:
        started = time.perf_counter()
        try:
            return super().pull(cursor, limit)
        finally:
            self.pull_times.append(time.perf_counter() - started)


def _engine(t: Tenant, email: str, path: Path) -> SyncEngine:
    client = TimedClient(t.url, timeout=(10, 120))
    login = client.login(email, PASSWORD, t.slug)
    store = ClientStore(path)
    store.remember_account(
        server_url=t.url, user=login.user, tenant=login.tenant, roles=login.roles
    )
    return SyncEngine(store, client, page_size=1000)


def _people(engine: SyncEngine, count: int) -> list[str]:
    from sqlalchemy import text

    with engine.store.sessions() as s:
        rows = s.execute(text("SELECT id FROM person ORDER BY id LIMIT :n"), {"n": count})
        return [str(r[0]) for r in rows]


def _server_log(path: Path, offset: int) -> list[dict[str, Any]]:
    entries = []
    with path.open("rb") as fh:
        fh.seek(offset)
        for line in fh:
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if isinstance(entry, dict):
                entries.append(entry)
    return entries


def _run(t: Tenant, emails: list[str], tmp: Path, result: Result, prefix: str) -> None:
    """One window of load by ``len(emails)`` clients; figures recorded under ``prefix``."""
    engines: list[SyncEngine] = []
    for i, email in enumerate(emails):
        engines.append(_engine(t, email, tmp / f"{prefix}-{i}.db"))
    errors: list[str] = []
    ready = threading.Barrier(len(engines) + 1)
    go = threading.Event()
    cycles: list[float] = []
    lock = threading.Lock()
    stop_at = [0.0]

    def client(i: int, engine: SyncEngine) -> None:
        try:
            engine.sync_once()  # the initial sync, not timed
            people = _people(engine, 20)
            engine.client.push_times.clear()  # type: ignore[attr-defined]
            engine.client.pull_times.clear()  # type: ignore[attr-defined]
        except Exception as exc:  # reported, the run goes on
            errors.append(f"setup: {type(exc).__name__}: {exc}")
            people = []
        ready.wait()
        go.wait()
        n = 0
        while people and time.monotonic() < stop_at[0]:
            n += 1
            number = f"+4673{i:02d}{n:05d}"  # 0 + 9 digits: a valid Swedish mobile
            args = {"person_id": people[n % len(people)], "number": number}
            try:
                engine.execute(build("person.add_phone", 1, args, id=new_id()), engine.actor())
                started = time.perf_counter()
                engine.sync_once()
                took = time.perf_counter() - started
            except Exception as exc:
                errors.append(f"{type(exc).__name__}: {exc}")
                if len(errors) > 50:
                    return  # something is wrong with the scenario: stop, say so
                continue
            with lock:
                cycles.append(took)

    threads = [
        threading.Thread(target=client, args=(i, e), name=f"bench-client-{i}")
        for i, e in enumerate(engines)
    ]
    for th in threads:
        th.start()
    ready.wait()
    offset = t.server.log_path.stat().st_size
    started = time.monotonic()
    stop_at[0] = started + SECONDS
    go.set()
    for th in threads:
        th.join(SECONDS + 120)
    window = time.monotonic() - started
    pushes = [x for e in engines for x in e.client.push_times]  # type: ignore[attr-defined]
    pulls = [x for e in engines for x in e.client.pull_times]  # type: ignore[attr-defined]
    # The server logs a request after answering it: read the log once it holds a line for
    # every push and pull the clients timed (or after a deadline).
    deadline = time.monotonic() + 10
    while True:
        log = _server_log(t.server.log_path, offset)
        logged = sum(1 for e in log if e.get("msg") == "request")
        if logged >= len(pushes) + len(pulls) or time.monotonic() > deadline:
            break
        time.sleep(0.05)  # polling the log with a deadline
    commands = [e for e in log if e.get("msg") == "command applied"]
    requests = [e for e in log if e.get("msg") == "request"]
    server_push = [float(e["ms"]) for e in requests if str(e.get("route")).endswith("/sync/push")]
    server_pull = [float(e["ms"]) for e in requests if str(e.get("route")).endswith("/sync/pull")]

    def split(key: str) -> list[float]:
        return [float(e[key]) for e in commands if key in e]

    r = result.record
    r(f"{prefix}.cycles", len(cycles))
    r(f"{prefix}.commands_per_s", len(cycles) / window if window else 0.0)
    if cycles:
        r(f"{prefix}.cycle_p50_s", median(cycles))
        r(f"{prefix}.cycle_p99_s", percentile(cycles, 99))
        r(f"{prefix}.cycle_max_s", max(cycles))
    if pushes:
        r(f"{prefix}.push_http_p50_s", median(pushes))
        r(f"{prefix}.push_http_p99_s", percentile(pushes, 99))
    if pulls:
        r(f"{prefix}.pull_http_p50_s", median(pulls))
        r(f"{prefix}.pull_http_p99_s", percentile(pulls, 99))
        r(f"{prefix}.pulls_per_cycle", len(pulls) / max(1, len(cycles)))
    if cycles and (pushes or pulls):
        r(f"{prefix}.client_share", max(0.0, 1 - (sum(pushes) + sum(pulls)) / sum(cycles)))
    waits = [float(e.get("queue_ms", 0)) + float(e.get("lock_ms", 0)) for e in commands]
    if waits:
        r(f"{prefix}.wait_mean_ms", sum(waits) / len(waits))
        r(f"{prefix}.wait_p99_ms", percentile(waits, 99))
    for key in ("queue", "lock", "begin", "parse", "apply", "effects", "rows", "commit"):
        values = split(f"{key}_ms")
        if values:
            r(f"{prefix}.{key}_mean_ms", sum(values) / len(values))
            r(f"{prefix}.{key}_p99_ms", percentile(values, 99))
    total = split("ms")
    if total:
        r(f"{prefix}.command_mean_ms", sum(total) / len(total))
        locked = [sum(float(e.get(k, 0)) for k in HELD) for e in commands]
        # How busy the tenant's lock was: the time it was held, per second of the window.
        r(f"{prefix}.lock_held_share", sum(locked) / 1000 / window if window else 0.0)
    if server_push:
        r(f"{prefix}.server_push_p50_ms", median(server_push))
        r(f"{prefix}.server_push_p99_ms", percentile(server_push, 99))
    if server_pull:
        r(f"{prefix}.server_pull_p50_ms", median(server_pull))
        r(f"{prefix}.server_pull_p99_ms", percentile(server_pull, 99))
    if errors:
        result.notes.append(f"{prefix}: {len(errors)} errors, first: {errors[0]}")
    for e in engines:
        e.close()
        e.client.close()
        e.store.close()


def many_clients(size: int | None) -> Result:
    """N clients of one tenant syncing in a loop, on SQLite and PostgreSQL (module doc)."""
    counts = (size,) if size else COUNTS
    result = Result(
        "many-clients",
        {"clients": list(counts), "seconds": SECONDS, "persons": PERSONS},
    )
    for backend in ("sqlite", "postgres"):
        # Persons only (with an e-mail and a phone each), through the server's own
        # Database: what the cycle writes and pulls.
        with server_with_tenant(0, backend=backend) as t:
            seed_people(t.db_url, t.tenant_id, PERSONS)
            emails = []
            for i in range(max(counts)):
                email = f"client{i}@bench.example"
                add_account(t.db_url, tenant=t.slug, email=email, password=PASSWORD)
                emails.append(email)
            for n in counts:
                with tempfile.TemporaryDirectory(prefix="kansli-many-") as tmp:
                    _run(t, emails[:n], Path(tmp), result, f"{backend}.{n}")
    result.notes.append(
        "wait_* is the wait for the tenant's lock (queue_*: the SQLite writers' turn in "
        "the server process, lock_*: the database lock); parse/apply/effects/rows/commit "
        "run while it is held (rows: the answer's rows and the flush with server_seq; "
        "commit: COMMIT); client_share: cycle time spent "
        "in the client, outside its HTTP calls (its threads share this process's GIL "
        "and the 2 cores with the server)"
    )
    return result
