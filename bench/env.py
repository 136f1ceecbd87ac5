"""What the benchmarks run against: a real PostgreSQL cluster, the real server
over HTTP, tenants of any size from the deterministic demo generator."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from devtools.live_server import LiveServer, add_account
from devtools.postgres import PostgresCluster
from models.ids import new_id
from server.db import migrate
from server.demo.generate import DemoSizes, generate
from server.demo.seed import insert_rows
from server.services.database import Database

PASSWORD = "bench password"  # noqa: S105  (a throwaway account of a throwaway cluster)


def sizes_for(n: int) -> DemoSizes:
    """A tenant with ``n`` persons and ``n`` registrations, the rest in proportion."""
    return DemoSizes(
        organisations=max(10, n // 500),
        courses=max(5, n // 2000),
        rounds=max(10, n // 300),
        persons=n,
        registrations=n,
        alumni=max(10, n // 50),
        agent_orders=max(5, n // 1000),
    )


@dataclass
class Tenant:
    server: LiveServer
    db_url: str
    slug: str
    tenant_id: str
    email: str
    password: str
    rows: int

    @property
    def url(self) -> str:
        return self.server.url


def fill(db_url: str, tenant_id: str, n: int, seed: int = 7) -> int:
    db = Database(db_url)
    try:
        data = generate(tenant_id=tenant_id, sizes=sizes_for(n), seed=seed, today=date(2026, 11, 1))
        with db.engine.begin() as conn:
            return insert_rows(conn, data)
    finally:
        db.dispose()


@contextlib.contextmanager
def filled_postgres(name: str, n: int) -> Iterator[tuple[Database, str]]:
    """A PostgreSQL database ``name`` (its own cluster, stopped after) holding one
    generated tenant of size ``n``: (the database, the tenant's id)."""
    cluster = PostgresCluster().start()
    db: Database | None = None
    try:
        url = cluster.create_database(name)
        migrate(url)
        tenant_id = new_id()
        fill(url, tenant_id, n)
        db = Database(url)
        yield db, tenant_id
    finally:
        if db is not None:
            db.dispose()
        cluster.stop()


@contextlib.contextmanager
def server_with_tenant(
    n: int, *, backend: str = "postgres", server_args: tuple[str, ...] = ()
) -> Iterator[Tenant]:
    """A running server whose database holds one tenant of size ``n`` and an admin;
    ``server_args``: more ``serve`` options (e.g. ``("--workers", "2")``)."""
    cluster = None
    tmp = Path(tempfile.mkdtemp(prefix="kansli-bench-"))
    try:
        if backend == "postgres":
            cluster = PostgresCluster().start()
            db_url = cluster.create_database("bench")
        else:
            db_url = f"sqlite:///{tmp / 'server.db'}"
        migrate(db_url)
        slug = "bench"
        account = add_account(
            db_url, tenant=slug, email="admin@bench.example", password=PASSWORD, roles=("admin",)
        )
        rows = fill(db_url, account["tenant_id"], n) if n else 0
        server = LiveServer(db_url, args=server_args).start()
        try:
            yield Tenant(
                server, db_url, slug, account["tenant_id"], account["email"], PASSWORD, rows
            )
        finally:
            server.stop()
    finally:
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(tmp, ignore_errors=True)
