"""Sync benchmarks: initial sync against its floor, incremental cycles, push rate."""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import requests

from bench.env import Tenant, server_with_tenant
from bench.harness import Result, load_average, median, percentile, timer
from models.commands import build, from_envelope
from models.ids import new_id
from server.db import make_engine
from sync.client import ServerClient
from sync.engine import SyncEngine
from sync.store import ClientStore

PAGE = 5000


def signed_in_engine(t: Tenant, db_path: Path, page_size: int = PAGE) -> SyncEngine:
    client = ServerClient(t.url)
    login = client.login(t.email, t.password, t.slug)
    store = ClientStore(db_path)
    store.remember_account(
        server_url=t.url, user=login.user, tenant=login.tenant, roles=login.roles
    )
    return SyncEngine(store, client, page_size=page_size)


def close(engine: SyncEngine) -> None:
    engine.close()
    engine.client.close()
    engine.store.close()


def signed_in_http(t: Tenant) -> requests.Session:
    """A plain HTTP session signed in as the tenant's admin."""
    http = requests.Session()
    token = http.post(
        f"{t.url}/api/v1/auth/login",
        json={"email": t.email, "password": t.password, "tenant": t.slug},
        timeout=30,
    ).json()["token"]
    http.headers["Authorization"] = f"Bearer {token}"
    return http


def floor_sync(t: Tenant, db_path: Path, wire: list[int] | None = None) -> int:
    """The simplest loop that moves the same rows: requests, orjson, sqlite3.executemany.

    No outbox, no checkpoint, no conversions: what any client must at least spend.
    ``wire``: the bytes of the answers are added to its one element.
    """
    http = signed_in_http(t)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    made: set[str] = set()
    cursor, total = "", 0
    while True:
        resp = http.get(
            f"{t.url}/api/v1/sync/pull", params={"cursor": cursor, "limit": PAGE}, timeout=120
        )
        if wire is not None:
            wire[0] += _wire_bytes(resp)
        page = orjson.loads(resp.content)
        with conn:
            for table, rows in page["changes"].items():
                if not rows:
                    continue
                cols = list(rows[0])
                if table not in made:
                    conn.execute(f'CREATE TABLE "{table}" ({", ".join(cols)}, PRIMARY KEY(id))')
                    made.add(table)
                conn.executemany(
                    f'INSERT OR REPLACE INTO "{table}" VALUES ({", ".join("?" * len(cols))})',
                    [
                        tuple(
                            orjson.dumps(v).decode() if isinstance(v, dict | list) else v
                            for v in r.values()
                        )
                        for r in rows
                    ],
                )
                total += len(rows)
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    conn.close()
    return total


def _wire_bytes(resp: requests.Response) -> int:
    """The bytes an answer took on the wire: its status line and headers, and its body as
    sent (``Content-Length``: compressed, were the server to compress)."""
    head = len(f"HTTP/1.1 {resp.status_code} {resp.reason}\r\n\r\n")
    head += sum(len(k) + len(v) + 4 for k, v in resp.headers.items())
    return head + int(resp.headers.get("Content-Length") or len(resp.content))


def _counted(wire: list[int]) -> Callable[..., None]:
    """A ``requests`` response hook adding each answer's :func:`_wire_bytes` to ``wire``."""

    def count(resp: requests.Response, *_args: Any, **_kwargs: Any) -> None:
        wire[0] += _wire_bytes(resp)

    return count


def _reset_peak_rss(pid: int | str = "self") -> None:
    """Start the process's peak resident set (``VmHWM``) over from what it holds now
    (Linux: ``clear_refs`` 5), so a peak is that of what runs after."""
    Path(f"/proc/{pid}/clear_refs").write_text("5")


def _peak_rss_mb(pid: int | str = "self") -> float:
    """The process's peak resident set since it started or was reset, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmHWM for process {pid}")


def initial_sync(size: int | None) -> Result:
    """A new client's first sync of a tenant of ``n`` persons and ``n`` registrations
    (and the rest in proportion) against its floor (:func:`floor_sync`), the server in its
    own process on PostgreSQL.

    ``ratio_engine_to_floor``: ``SyncEngine.sync_once`` over the floor's time, each the
    best of two, run alternately. ``engine_mb``/``floor_mb``: MB (10^6 bytes) the pull's
    answers took on the wire (the server sends them uncompressed: on a local network
    compression costs both ends more CPU than it saves); ``client_peak_rss_mb``: the
    bench process's peak resident set while the engine synced (reset before it: the
    data generator ran in this process); ``server_peak_rss_mb``: the server process's
    over both syncs of the engine (reset before the first).
    """
    n = size or 100_000
    result = Result("initial-sync", {"persons": n, "registrations": n, "page": PAGE})
    load = load_average()
    with server_with_tenant(n) as t, tempfile.TemporaryDirectory() as tmp:
        assert t.server._proc is not None  # the server's own process (devtools.live_server)
        server_pid = t.server._proc.pid
        floor_times, engine_times = [], []
        rows = 0
        floor_wire = [0]
        engine_wire = [0]
        client_peak = server_peak = 0.0
        for i in range(2):  # alternate, so neither side gets a warmer cache
            floor_wire[0] = 0
            with timer() as ft:
                rows = floor_sync(t, Path(tmp) / f"floor{i}.db", floor_wire)
            floor_times.append(ft())
            engine = signed_in_engine(t, Path(tmp) / f"client{i}.db")
            engine_wire[0] = 0
            engine.client.session.hooks["response"].append(_counted(engine_wire))
            _reset_peak_rss()
            _reset_peak_rss(server_pid)
            with timer() as et:
                report = engine.sync_once()
            engine_times.append(et())
            client_peak = max(client_peak, _peak_rss_mb())
            server_peak = max(server_peak, _peak_rss_mb(server_pid))
            close(engine)
            assert report.pulled_rows == rows, (report.pulled_rows, rows)
        result.record("rows", rows)
        result.record("floor_s", min(floor_times))
        result.record("engine_s", min(engine_times))
        result.record("ratio_engine_to_floor", min(engine_times) / min(floor_times))
        result.record("engine_rows_per_s", rows / min(engine_times))
        result.record("floor_mb", floor_wire[0] / 1e6)
        result.record("engine_mb", engine_wire[0] / 1e6)
        result.record("client_peak_rss_mb", client_peak)
        result.record("server_peak_rss_mb", server_peak)
        result.record("load_average", load)
        result.target("ratio_engine_to_floor", "<=", 1.1)
    result.notes.append(f"load average (1 min) before / after: {load} / {load_average()}")
    return result


def _edit_commands(store: ClientStore, tenant_id: str, k: int, stamp: int) -> list[Any]:
    with store.engine.connect() as conn:
        rows = list(conn.exec_driver_sql(f"SELECT id, notes FROM person ORDER BY id LIMIT {k}"))
    return [
        build(
            "person.edit",
            1,
            {"person_id": pid, "changes": {"notes": {"old": notes, "new": f"edit {stamp}"}}},
            id=new_id(),
        )
        for pid, notes in rows
    ]


def incremental_sync(size: int | None) -> Result:
    n = size or 10_000
    reps = 50
    result = Result("incremental-sync", {"persons": n, "changed_rows": 10, "repetitions": reps})
    with server_with_tenant(n) as t, tempfile.TemporaryDirectory() as tmp:
        reader = signed_in_engine(t, Path(tmp) / "reader.db")
        writer = signed_in_engine(t, Path(tmp) / "writer.db")
        reader.sync_once()
        writer.sync_once()
        actor = writer.actor()
        cycles = []
        for rep in range(reps):
            # The writer changes 10 rows on the server (its own sync is not measured).
            for cmd in _edit_commands(writer.store, t.tenant_id, 10, rep):
                writer.store.execute(cmd, actor)
            writer.sync_once()
            with timer() as cycle:
                report = reader.sync_once()
            cycles.append(cycle() * 1000)
            assert report.pulled_rows >= 10
        close(reader)
        close(writer)
    result.record("p50_ms", median(cycles))
    result.record("p99_ms", percentile(cycles, 99))
    result.record("max_ms", max(cycles))
    result.target("p50_ms", "<=", 20)
    result.target("p99_ms", "<=", 60)
    return result


#: Commands per push request, as the client sends them (``sync.engine``; the server's limit).
PUSH_BATCH = 500
#: Timed pushes of the scenario's commands; the best counts (the machine is shared).
REPEATS = 2
#: What the server writes per ``person.create`` of :func:`_creates`: the tables the floor
#: copies (parents first), each with the column that ties a row to its command.
_WRITTEN = (("person", "id"), ("person_email", "person_id"), ("command_log", "command_id"))


def _creates(k: int, tag: str) -> list[dict[str, Any]]:
    """``k`` small commands: a person with one e-mail address each."""
    return [
        build(
            "person.create",
            1,
            {
                "person_id": new_id(),
                "first_name": f"Bench{i}",
                "last_name": "Push",
                "emails": [{"address": f"bench{tag}{i}@push.example"}],
            },
            id=new_id(),
        ).envelope()
        for i in range(k)
    ]


def _http_push(t: Tenant, envelopes: list[dict[str, Any]]) -> float:
    """Seconds to push ``envelopes`` over HTTP in batches of :data:`PUSH_BATCH`; all applied."""
    http = signed_in_http(t)
    with timer() as took:
        for start in range(0, len(envelopes), PUSH_BATCH):
            resp = http.post(
                f"{t.url}/api/v1/sync/push",
                json={"commands": envelopes[start : start + PUSH_BATCH]},
                timeout=300,
            )
            resp.raise_for_status()
            statuses = {r["status"] for r in resp.json()["results"]}
            assert statuses == {"applied"}, statuses
    http.close()
    return took()


def floor_push(db_url: str, envelopes: list[dict[str, Any]]) -> float:
    """The floor: the rows the push of ``envelopes`` wrote, taken out and written again
    with plain INSERTs (the driver's own, no ORM, no checks) in the push's transaction
    shape: per batch one transaction under the tenant's lock, a SAVEPOINT per command,
    the ``tenant_seq`` update, COMMIT. Returns its seconds; the rows are as before."""
    ids = {
        "person": [e["args"]["person_id"] for e in envelopes],
        "person_email": [e["args"]["person_id"] for e in envelopes],
        "command_log": [e["id"] for e in envelopes],
    }
    engine = make_engine(db_url)  # the server's connection settings (SQLite pragmas)
    raw = engine.raw_connection()
    try:
        pg = engine.dialect.name == "postgresql"
        mark = "%s" if pg else "?"
        cur = raw.cursor()
        rows: dict[str, dict[str, tuple[Any, ...]]] = {}
        columns: dict[str, list[str]] = {}
        for table, key in _WRITTEN:
            cur.execute(f"SELECT * FROM {table} WHERE 1 = 0")
            columns[table] = [d[0] for d in cur.description]
            at = columns[table].index(key)
            rows[table] = {}
            for start in range(0, len(ids[table]), 500):
                chunk = ids[table][start : start + 500]
                cur.execute(
                    f"SELECT * FROM {table} WHERE {key} IN ({', '.join([mark] * len(chunk))})",
                    chunk,
                )
                for row in cur.fetchall():
                    rows[table][row[at]] = tuple(_plain(v, pg) for v in row)
            assert len(rows[table]) == len(envelopes), (table, len(rows[table]))
        for table, key in reversed(_WRITTEN):
            for start in range(0, len(ids[table]), 500):
                chunk = ids[table][start : start + 500]
                cur.execute(
                    f"DELETE FROM {table} WHERE {key} IN ({', '.join([mark] * len(chunk))})",
                    chunk,
                )
        raw.commit()
        tenant = next(iter(rows["person"].values()))[columns["person"].index("tenant_id")]
        inserts = {
            table: f"INSERT INTO {table} ({', '.join(cols)}) "
            f"VALUES ({', '.join([mark] * len(cols))})"
            for table, cols in columns.items()
        }
        with timer() as took:
            for start in range(0, len(envelopes), PUSH_BATCH):
                if pg:
                    cur.execute(
                        "SELECT value FROM tenant_seq WHERE tenant_id = %s FOR UPDATE", (tenant,)
                    )
                else:
                    cur.execute("BEGIN IMMEDIATE")
                for env in envelopes[start : start + PUSH_BATCH]:
                    cur.execute("SAVEPOINT cmd")
                    person_id = env["args"]["person_id"]
                    cur.execute(inserts["person"], rows["person"][person_id])
                    cur.execute(inserts["person_email"], rows["person_email"][person_id])
                    cur.execute(inserts["command_log"], rows["command_log"][env["id"]])
                    cur.execute("RELEASE SAVEPOINT cmd")
                cur.execute(
                    f"UPDATE tenant_seq SET value = value WHERE tenant_id = {mark}", (tenant,)
                )
                raw.commit()
        return took()
    finally:
        raw.close()
        engine.dispose()


def _plain(value: Any, pg: bool) -> Any:
    """A value as read, ready to be written again by the same driver."""
    if pg and isinstance(value, dict | list):
        from psycopg.types.json import Json

        return Json(value)
    return value


def _engine_push(t: Tenant, k: int, tmp: Path) -> float:
    """Seconds of one ``sync_once`` of the sync engine that pushes ``k`` queued commands."""
    engine = signed_in_engine(t, tmp / "client.db")
    try:
        engine.sync_once()
        actor = engine.actor()
        for env in _creates(k, "engine"):
            engine.store.execute(from_envelope(env), actor)
        with timer() as took:
            report = engine.sync_once()
        assert report.applied == k, report
        return took()
    finally:
        close(engine)


def push(size: int | None) -> Result:
    """``k`` small commands (``person.create``) pushed to a server on SQLite and on
    PostgreSQL, against their floor (:func:`floor_push`).

    ``<backend>.commands_per_s``: the commands pushed over HTTP in batches of 500 per
    second, the best of :data:`REPEATS` pushes of ``k`` new commands to a server warmed
    by a batch; ``floor_commands_per_s`` the same rows written by plain INSERTs in the same
    transactions and savepoints; ``ratio_to_floor`` push time / floor time (the server's
    whole share: HTTP, JSON, checks, ORM, answers). ``engine_commands_per_s``: the same
    number of commands queued in a client store and pushed by ``SyncEngine.sync_once``
    (the client's share included). The server runs in its own process; profile its push
    path in-process (``server.services.sync.push`` under cProfile), not here.
    """
    k = size or 1000
    result = Result(
        "push",
        {"commands": k, "batch": PUSH_BATCH, "command": "person.create", "best_of": REPEATS},
    )
    load = load_average()
    for backend in ("sqlite", "postgres"):
        with server_with_tenant(2000, backend=backend) as t, tempfile.TemporaryDirectory() as tmp:
            # A warm server: the first requests import, and the first batch of each size
            # compiles its statements (SQLAlchemy's cache).
            _http_push(t, _creates(PUSH_BATCH, "warm"))
            runs = []
            for rep in range(REPEATS):
                envelopes = _creates(k, f"http{rep}")
                runs.append(_http_push(t, envelopes))
            seconds = min(runs)
            floor = floor_push(t.db_url, envelopes)
            engine = _engine_push(t, k, Path(tmp))
        result.record(f"{backend}.seconds", seconds)
        result.record(f"{backend}.commands_per_s", k / seconds)
        result.record(f"{backend}.floor_commands_per_s", k / floor)
        result.record(f"{backend}.ratio_to_floor", seconds / floor)
        result.record(f"{backend}.engine_commands_per_s", k / engine)
        result.target(f"{backend}.commands_per_s", ">=", 2000)
    result.record("load_average", load)
    result.notes.append(f"load average (1 min) before / after: {load} / {load_average()}")
    return result
