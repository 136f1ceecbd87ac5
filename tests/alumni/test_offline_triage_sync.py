"""Triage offline, sync, and see exactly what a colleague decided meanwhile as conflicts.

Issue 7's "done" test at the sync level: the real server in a subprocess,
two officers each with their own client store and sync engine. Officer A
pulls the manual queue, loses the connection (a proxy that refuses), works
through all 200 items; meanwhile officer B decides 10 of them on the
server. When A is back online and syncs, those 10 and only those are
refused as conflicts naming B and the time, the other 190 are applied, and
A's local rows show B's decisions (the server's truth).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from models import AlumniRegistration
from models.alumni import AlumniStatus
from sync.client import ServerClient, ServerUnavailable
from sync.engine import SyncEngine
from sync.store import ClientStore
from tests.sync.helpers import (
    Account,
    close,
    command,
    differences,
    local_view,
    new_account,
    seed_alumni_queue,
    server_session,
    server_view,
)
from tests.utils.servers import LiveServer
from tests.utils.tcp_proxy import TcpProxy

ITEMS = 200
TAKEN_BY_B = 10


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    path = tmp_path_factory.mktemp("triage") / "server.db"
    live = LiveServer(f"sqlite:///{path}").start()
    try:
        yield live
    finally:
        live.stop()


def engine_for(url: str, account: Account, path: Path) -> SyncEngine:
    store = ClientStore(path)
    client = ServerClient(url, timeout=(5.0, 60.0))
    login = client.login(account.email, account.password, tenant=account.tenant)
    store.remember_account(server_url=url, user=login.user, tenant=login.tenant, roles=login.roles)
    return SyncEngine(store, client)


def decide(item: str, approve: bool, reason: str = "") -> Any:
    args = {"alumni_registration_id": item, "decision": "approve" if approve else "deny"}
    if not approve:
        args["reason"] = reason
    return command("alumni.decide", args)


def local_items(engine: SyncEngine) -> dict[str, AlumniRegistration]:
    with engine.store.sessions() as s:
        return {r.id: r for r in s.scalars(select(AlumniRegistration))}


def test_two_hundred_items_triaged_offline_show_exactly_the_ten_decided_meanwhile_as_conflicts(
    server: LiveServer, tmp_path: Path
) -> None:
    officer_a = new_account(server.db_url, roles=("alumni_officer",))
    officer_b = new_account(server.db_url, roles=("alumni_officer",), tenant=officer_a.tenant)
    items = seed_alumni_queue(server.db_url, officer_a.tenant_id, ITEMS)
    taken = set(random.Random(7).sample(items, TAKEN_BY_B))
    proxy = TcpProxy(server.port).start()
    a = engine_for(proxy.url, officer_a, tmp_path / "a.db")
    b = engine_for(server.url, officer_b, tmp_path / "b.db")
    try:
        assert a.sync_once().caught_up
        assert {r.status for r in local_items(a).values()} == {AlumniStatus.NOT_APPROVED}
        assert len(local_items(a)) == ITEMS

        # A loses the connection and keeps working.
        proxy.refuse = True
        proxy.cut_all()
        with pytest.raises(ServerUnavailable):
            a.sync_once()
        assert a.state.status == "offline" and a.state.offline_since is not None
        mine: dict[str, bool] = {}
        for n, item in enumerate(items):
            mine[item] = n % 3 != 0
            a.execute(decide(item, mine[item], "Not a former student"), a.actor())
        assert a.state.pending == ITEMS

        # Meanwhile B decides ten of them on the server.
        b.sync_once()
        for item in sorted(taken):
            b.execute(decide(item, False, "Denied by B: no degree"), b.actor())
        assert b.sync_once().applied == TAKEN_BY_B
        b_label = b.actor().label

        # A is back and syncs.
        proxy.refuse = False
        report = a.sync_once()

        assert (report.pushed, report.applied, report.rejected) == (ITEMS, ITEMS - 10, 10)
        assert a.state.pending == 0 and a.state.rejected == TAKEN_BY_B
        rejections = a.store.open_rejections()
        refused = {r.command()["args"]["alumni_registration_id"]: r for r in rejections}
        assert set(refused) == taken
        with server_session(server.db_url) as s:
            truth = {
                r.id: r
                for r in s.scalars(
                    select(AlumniRegistration).where(
                        AlumniRegistration.tenant_id == officer_a.tenant_id
                    )
                )
            }
        for item, rejection in refused.items():
            decided_at = truth[item].decided_at
            assert decided_at is not None
            assert rejection.code == "conflict"
            assert rejection.message == (
                f"Already denied by {b_label} at {decided_at:%Y-%m-%d %H:%M}"
            )
            assert rejection.details_dict()["decided_by"] == b_label

        a_label = a.actor().label
        rows = local_items(a)
        for item in items:
            row = rows[item]
            if item in taken:  # the server's truth: B's decision, not A's
                assert (row.status, row.decided_by, row.denial_reason) == (
                    AlumniStatus.DENIED,
                    b_label,
                    "Denied by B: no degree",
                )
            else:
                expected = AlumniStatus.APPROVED_MANUALLY if mine[item] else AlumniStatus.DENIED
                assert (row.status, row.decided_by) == (expected, a_label)
                assert truth[item].status == expected
        assert differences(local_view(a.store), server_view(a.client)) == []
    finally:
        close(a)
        close(b)
        proxy.stop()
