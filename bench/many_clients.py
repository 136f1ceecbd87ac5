"""``many-clients``: many clients of one tenant syncing at once, against 1 and 2 web processes.

``python -m bench many-clients [--size N]``: on PostgreSQL, a real server
(``kansli-server serve``, then ``serve --workers 2``: two web processes on one
port, issue 24) with one tenant of 200 persons (each with an e-mail address and
a phone), and N clients (30 unless ``--size``) of that tenant, each a real store
and engine in a thread of this process. Every client first syncs (not timed),
then two windows:

- ``paced`` (issue 22's target): for :data:`PACED_SECONDS` seconds each client
  syncs every :data:`PERIOD` seconds (their starts spread over the period) with a
  few changes (1 to 3 ``person.add_phone`` made locally), then ``sync_once``
  (push, then pull until caught up): p99 cycle <= 200 ms, no errors;
- ``busy`` (throughput): for :data:`SECONDS` seconds each client repeats its
  cycle (one change, ``sync_once``) with no pause: commands pushed per second and
  pull requests answered per second, what one and two web processes carry.

Figures per window (``{procs}p.{window}.``):

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

Bounded: two windows of :data:`PACED_SECONDS` and :data:`SECONDS` seconds per
server after the initial syncs, under three minutes in all on a quiet machine.
"""

from __future__ import annotations

import json
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from bench.env import PASSWORD, Tenant, server_with_tenant
from bench.harness import Result, load_average, median, percentile
from devtools.live_server import add_account
from devtools.server_data import seed_people
from models.commands import build
from models.ids import new_id
from sync.client import ServerClient
from sync.engine import SyncEngine
from sync.store import ClientStore

SECONDS = 10.0
PACED_SECONDS = 20.0
#: Seconds between two syncs of one client in the paced window ("every few seconds").
PERIOD = 3.0
PERSONS = 200
CLIENTS = 30
#: Web processes: ``serve``, then ``serve --workers 2``.
PROCESSES = (1, 2)
#: The parts of a command's time spent holding the tenant's lock (server log fields).
HELD = ("parse_ms", "apply_ms", "effects_ms", "rows_ms", "commit_ms")


class TimedClient(ServerClient):
    """The real client, timing its push and pull calls."""

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.push_times: list[float] = []
        self.pull_times: list[float] = []

    def push_in_view(
        self, envelopes: Any, cursor: str | None = None
    ) -> tuple[list[dict[str, Any]], str | None]:
        # The engine's push (``push`` is the older name the engine no longer calls).
        started = time.perf_counter()
        try:
            return super().push_in_view(envelopes, cursor)
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


def _run(
    t: Tenant,
    emails: list[str],
    tmp: Path,
    result: Result,
    prefix: str,
    *,
    seconds: float,
    period: float = 0.0,
) -> None:
    """One window of ``seconds`` of load by ``len(emails)`` clients, each syncing every
    ``period`` seconds (0: with no pause); figures recorded under ``prefix``."""
    engines: list[SyncEngine] = []
    for i, email in enumerate(emails):
        engines.append(_engine(t, email, tmp / f"{prefix}-{i}.db"))
    errors: list[str] = []
    ready = threading.Barrier(len(engines) + 1)
    go = threading.Event()
    cycles: list[float] = []
    lock = threading.Lock()
    made = [0]
    stop_at = [0.0, 0.0]  # the window's end and start

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
        # Paced: the clients' starts spread over one period, then one sync per period.
        tick = stop_at[1] + (i * period / len(engines) if period else 0.0)
        while people and time.monotonic() < stop_at[0]:
            if period:
                pause = tick - time.monotonic()
                if pause > 0:
                    time.sleep(pause)  # the client's own pace: it syncs every `period` s
                tick += period
                if time.monotonic() >= stop_at[0]:
                    break
            try:
                for _ in range(1 + n % 3 if period else 1):
                    n += 1
                    number = f"+4673{i:02d}{n:05d}"  # 0 + 9 digits: a valid Swedish mobile
                    args = {"person_id": people[n % len(people)], "number": number}
                    engine.execute(build("person.add_phone", 1, args, id=new_id()), engine.actor())
                    with lock:
                        made[0] += 1
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
    load = load_average()
    started = time.monotonic()
    stop_at[:] = [started + seconds, started]
    go.set()
    for th in threads:
        th.join(seconds + 120)
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
    r(f"{prefix}.errors", len(errors))
    r(f"{prefix}.commands_per_s", made[0] / window if window else 0.0)
    r(f"{prefix}.pulls_per_s", len(pulls) / window if window else 0.0)
    r(f"{prefix}.load_average", load)
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
    """N clients of one tenant, paced and busy, against 1 and 2 web processes (module doc)."""
    count = size or CLIENTS
    result = Result(
        "many-clients",
        {
            "clients": count,
            "period_s": PERIOD,
            "paced_seconds": PACED_SECONDS,
            "busy_seconds": SECONDS,
            "persons": PERSONS,
            "processes": list(PROCESSES),
        },
    )
    for procs in PROCESSES:
        args = ("--workers", str(procs)) if procs > 1 else ()
        # Persons only (with an e-mail and a phone each), through the server's own
        # Database: what the cycle writes and pulls.
        with server_with_tenant(0, backend="postgres", server_args=args) as t:
            seed_people(t.db_url, t.tenant_id, PERSONS)
            emails = []
            for i in range(count):
                email = f"client{i}@bench.example"
                add_account(t.db_url, tenant=t.slug, email=email, password=PASSWORD)
                emails.append(email)
            for window, seconds, period in (("paced", PACED_SECONDS, PERIOD), ("busy", SECONDS, 0)):
                prefix = f"{procs}p.{window}"
                with tempfile.TemporaryDirectory(prefix="kansli-many-") as tmp:
                    _run(t, emails, Path(tmp), result, prefix, seconds=seconds, period=period)
        result.target(f"{procs}p.paced.cycle_p99_s", "<=", 0.2)
        result.target(f"{procs}p.paced.errors", "<=", 0)
        result.target(f"{procs}p.busy.errors", "<=", 0)
    result.notes.append(
        "paced: each client syncs every PERIOD s with 1-3 changes (the target); busy: with "
        "no pause, one change a cycle (throughput: commands_per_s pushed, pulls_per_s "
        "answered). wait_* is the wait for the tenant's lock (lock_*: the tenant_seq row); "
        "parse/apply/effects/rows/commit run while it is held (rows: the answer's rows and "
        "the flush with server_seq; commit: COMMIT); client_share: cycle time spent in the "
        "client, outside its HTTP calls (its threads share this process's GIL and the 2 "
        "cores with the server processes)"
    )
    return result
