"""Sync benchmarks: initial sync against its floor, incremental cycles, push rate."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import orjson
import requests

from bench.env import Tenant, server_with_tenant
from bench.harness import Result, median, percentile, timer
from models.commands import build
from models.ids import new_id
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


def floor_sync(t: Tenant, db_path: Path) -> int:
    """The simplest loop that moves the same rows: requests, orjson, sqlite3.executemany.

    No outbox, no checkpoint, no conversions: what any client must at least spend.
    """
    http = requests.Session()
    token = http.post(
        f"{t.url}/api/v1/auth/login",
        json={"email": t.email, "password": t.password, "tenant": t.slug},
        timeout=30,
    ).json()["token"]
    http.headers["Authorization"] = f"Bearer {token}"
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    made: set[str] = set()
    cursor, total = "", 0
    while True:
        resp = http.get(
            f"{t.url}/api/v1/sync/pull", params={"cursor": cursor, "limit": PAGE}, timeout=120
        )
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


def initial_sync(size: int | None) -> Result:
    n = size or 100_000
    result = Result("initial-sync", {"persons": n, "registrations": n, "page": PAGE})
    with server_with_tenant(n) as t, tempfile.TemporaryDirectory() as tmp:
        floor_times, engine_times = [], []
        rows = 0
        for i in range(2):  # alternate, so neither side gets a warmer cache
            with timer() as ft:
                rows = floor_sync(t, Path(tmp) / f"floor{i}.db")
            floor_times.append(ft())
            engine = signed_in_engine(t, Path(tmp) / f"client{i}.db")
            with timer() as et:
                report = engine.sync_once()
            engine_times.append(et())
            close(engine)
            assert report.pulled_rows == rows, (report.pulled_rows, rows)
        result.record("rows", rows)
        result.record("floor_s", min(floor_times))
        result.record("engine_s", min(engine_times))
        result.record("ratio_engine_to_floor", min(engine_times) / min(floor_times))
        result.record("engine_rows_per_s", rows / min(engine_times))
        result.target("ratio_engine_to_floor", "<=", 1.5)
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


def push(size: int | None) -> Result:
    k = size or 1000
    result = Result("push", {"commands": k})
    with server_with_tenant(2000) as t, tempfile.TemporaryDirectory() as tmp:
        engine = signed_in_engine(t, Path(tmp) / "client.db")
        engine.sync_once()
        actor = engine.actor()
        for i in range(k):
            engine.store.execute(
                build(
                    "person.create",
                    1,
                    {
                        "person_id": new_id(),
                        "first_name": f"Bench{i}",
                        "last_name": "Push",
                        "emails": [{"address": f"bench{i}@push.example"}],
                    },
                    id=new_id(),
                ),
                actor,
            )
        with timer() as took:
            report = engine.sync_once()
        assert report.applied == k, report
        close(engine)
    result.record("seconds", took())
    result.record("commands_per_s", k / took())
    return result
