"""Faults on the way: server down or restarted, connections cut, delayed and stalled.

Every test runs the real server in a subprocess and talks to it over real
HTTP, most through :class:`tests.utils.tcp_proxy.TcpProxy`.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from models import PersonPhone
from sync.client import ServerUnavailable
from sync.engine import SyncEngine, SyncState
from tests.sync.helpers import (
    Account,
    close,
    command,
    connect,
    differences,
    local_view,
    new_account,
    seed_people,
    server_session,
    server_view,
)
from tests.utils.servers import LiveServer, wait_until
from tests.utils.tcp_proxy import TcpProxy


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[LiveServer]:
    """A server of this test alone: it is stopped, killed and restarted."""
    live = LiveServer(f"sqlite:///{tmp_path / 'server.db'}").start()
    try:
        yield live
    finally:
        live.stop()


@pytest.fixture
def proxy(own_server: LiveServer) -> Iterator[TcpProxy]:
    with TcpProxy(own_server.port) as p:
        yield p


def _phones(n: int, people: list[str]) -> list[Any]:
    return [
        command(
            "person.add_phone", {"person_id": people[i % len(people)], "number": f"+4673{i:07d}"}
        )
        for i in range(n)
    ]


def _applied_once(db_url: str, account: Account, commands: list[Any], people: list[str]) -> None:
    """Every command is in the server's log once, applied, and had exactly one effect."""
    ids = {c.id for c in commands}
    with server_session(db_url) as s:
        from server.tables import CommandLog

        logged = dict(
            s.execute(
                select(CommandLog.command_id, CommandLog.status).where(
                    CommandLog.tenant_id == account.tenant_id
                )
            ).all()
        )
        phones = s.scalar(
            select(func.count()).select_from(PersonPhone).where(PersonPhone.person_id.in_(people))
        )
    assert {i: logged.get(i) for i in ids} == dict.fromkeys(ids, "applied")
    assert phones == len(people) + len(commands)  # one seeded phone each, one per command


def _same_as_server(engine: SyncEngine) -> None:
    assert differences(local_view(engine.store), server_view(engine.client)) == []


def test_server_down_when_the_client_starts_then_catching_up(
    own_server: LiveServer, tmp_path: Path
) -> None:
    account = new_account(own_server.db_url)
    people = seed_people(own_server.db_url, account.tenant_id, 5)
    first = connect(own_server.url, account, tmp_path / "c.db")
    first.sync_once()
    token = first.client.token
    close(first)
    own_server.stop()

    # The app starts again: the server is down.
    states: list[SyncState] = []
    engine = connect_offline(own_server.url, tmp_path / "c.db", token, on_state=states.append)
    try:
        engine.start(interval=60, max_backoff=0.4)
        wait_until(
            lambda: sum(s.status == "syncing" for s in states) >= 3,
            what="several attempts while the server is down",
        )
        state = engine.state
        assert state.status in ("offline", "syncing") and state.offline_since is not None
        work = _phones(3, people)
        for c in work:
            engine.execute(c, engine.actor())  # work continues offline
        assert engine.state.pending == 3
        own_server.start()
        wait_until(
            lambda: engine.state.status == "online" and engine.state.pending == 0,
            what="catching up once the server is back",
        )
        assert engine.state.offline_since is None and engine.state.error is None
        _applied_once(own_server.db_url, account, work, people)
        _same_as_server(engine)
    finally:
        close(engine)


def connect_offline(url: str, path: Path, token: str | None, **kw: Any) -> SyncEngine:
    from sync.client import ServerClient
    from sync.store import ClientStore

    client = ServerClient(url, token=token, timeout=(1.0, 3.0))
    return SyncEngine(ClientStore(path), client, backoff_base=0.05, **kw)


def test_push_answer_cut_off_is_sent_again_without_a_second_effect(
    own_server: LiveServer, proxy: TcpProxy, tmp_path: Path
) -> None:
    account = new_account(own_server.db_url)
    people = seed_people(own_server.db_url, account.tenant_id, 3)
    engine = connect(proxy.url, account, tmp_path / "c.db")
    try:
        engine.sync_once()
        work = _phones(6, people)
        for c in work:
            engine.execute(c, engine.actor())
        proxy.cut_response("/api/v1/sync/push")  # applied on the server, the answer lost
        with pytest.raises(ServerUnavailable):
            engine.sync_once()
        assert engine.state.status == "offline" and engine.state.pending == 6
        assert "cut down /api/v1/sync/push" in proxy.events
        report = engine.sync_once()
        assert report.applied == 6 and engine.state.pending == 0
        _applied_once(own_server.db_url, account, work, people)
        _same_as_server(engine)
    finally:
        close(engine)


def test_push_cut_while_sending_is_sent_again(
    own_server: LiveServer, proxy: TcpProxy, tmp_path: Path
) -> None:
    account = new_account(own_server.db_url)
    people = seed_people(own_server.db_url, account.tenant_id, 3)
    engine = connect(proxy.url, account, tmp_path / "c.db")
    try:
        engine.sync_once()
        work = _phones(40, people)
        for c in work:
            engine.execute(c, engine.actor())
        proxy.cut_request("/api/v1/sync/push", after_bytes=1500)
        with pytest.raises(ServerUnavailable):
            engine.sync_once()
        assert engine.state.pending == 40
        assert engine.sync_once().applied == 40
        _applied_once(own_server.db_url, account, work, people)
        _same_as_server(engine)
    finally:
        close(engine)


def _seq(cursor: str) -> int:
    return int(cursor.rsplit(".", 1)[-1] or 0)


def test_pull_cut_mid_page_keeps_the_committed_pages_and_resumes(
    own_server: LiveServer, proxy: TcpProxy, tmp_path: Path
) -> None:
    account = new_account(own_server.db_url)
    seed_people(own_server.db_url, account.tenant_id, 200)
    engine = connect(proxy.url, account, tmp_path / "c.db", page_size=100)
    try:
        engine.sync_once()  # the cursor is somewhere; now more changes arrive
        seed_people(own_server.db_url, account.tenant_id, 200, seed=2)
        # The first page gets through (and is committed), the second is cut mid-body.
        proxy.cut_response("/api/v1/sync/pull", after_bytes=5000, skip=1)
        before = engine.store.cursor()
        with pytest.raises(ServerUnavailable):
            engine.sync_once()
        assert engine.state.status == "offline"
        assert "cut down /api/v1/sync/pull" in " ".join(proxy.events)
        # The cursor is "v<view>.<seq>" (docs/CONTRACTS.md): it moved on in the same view.
        assert _seq(engine.store.cursor()) > _seq(before)
        assert engine.store.cursor().split(".")[0] == before.split(".")[0]
        report = engine.sync_once()
        assert report.caught_up
        _same_as_server(engine)
    finally:
        close(engine)


def test_stalled_pull_times_out_and_the_next_sync_completes(
    own_server: LiveServer, proxy: TcpProxy, tmp_path: Path
) -> None:
    account = new_account(own_server.db_url)
    seed_people(own_server.db_url, account.tenant_id, 30)
    engine = connect(proxy.url, account, tmp_path / "c.db", timeout=(1.0, 0.5))
    try:
        # urllib3 repeats a GET once after a read timeout: stall both attempts.
        proxy.stall_response("/api/v1/sync/pull", times=2)
        with pytest.raises(ServerUnavailable, match="did not answer in time"):
            engine.sync_once()
        assert engine.state.status == "offline"
        proxy.stall_response("/api/v1/sync/pull", times=1)  # one stall: the retry gets through
        proxy.delay = 0.005
        assert engine.sync_once().caught_up
        _same_as_server(engine)
    finally:
        close(engine)


@pytest.mark.parametrize("how", ["restart", "kill"])
def test_server_restarted_in_the_middle_of_a_push(
    own_server: LiveServer, tmp_path: Path, how: str
) -> None:
    account = new_account(own_server.db_url)
    people = seed_people(own_server.db_url, account.tenant_id, 10)
    engine = connect(own_server.url, account, tmp_path / "c.db", push_batch=100, backoff_base=0.05)
    engine.sync_once()
    # Twelve batches: the push takes long enough (~0.3 s even at ~4,000 commands/s) that
    # a restart after the first batch's commit lands while later batches are in flight.
    work = _phones(1200, people)
    for c in work:
        engine.execute(c, engine.actor())
    server_file = own_server.db_url.removeprefix("sqlite:///")

    def logged() -> int:
        with sqlite3.connect(server_file, timeout=30) as conn:
            return int(
                conn.execute(
                    "SELECT count(*) FROM command_log WHERE tenant_id = ?", (account.tenant_id,)
                ).fetchone()[0]
            )

    restarted = threading.Event()
    at_restart: list[int] = []

    def restart_mid_batch() -> None:
        wait_until(lambda: logged() >= 100, timeout=30, what="the first batch to be committed")
        at_restart.append(logged())
        if how == "kill":
            own_server.kill()
            own_server.start()
        else:
            own_server.restart()
        restarted.set()

    t = threading.Thread(target=restart_mid_batch)
    t.start()
    try:
        engine.start(interval=60, max_backoff=0.5)
        t.join(60)
        assert restarted.is_set()
        assert 100 <= at_restart[0] < len(work), "the restart came in the middle of the push"
        wait_until(
            lambda: engine.state.pending == 0 and engine.state.status == "online",
            timeout=60,
            what="the push to finish after the restart",
        )
        _applied_once(own_server.db_url, account, work, people)
        _same_as_server(engine)
    finally:
        close(engine)
