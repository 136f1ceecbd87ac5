"""Backup and restore of a live server's database (docs/OPERATIONS.md), tested as run.

``pg_dump`` of the live server's PostgreSQL database; the clients go on working and
pushing; the database is restored into a fresh cluster (``pg_restore``), ``kansli-server
after-restore`` starts every tenant's sequence in a new epoch, and the server starts on
it. The restored database lacks what the clients pushed after the dump: each client's
next pull is told ``"restored"``, it sends again its own commands the server no longer
knows (kept :data:`sync.store.KEEP_PUSHED_DAYS`), then starts its cache over. Nothing is
lost and every client ends equal to the server, including a change made on the restored
server before they synced (its seq reuses none a client has passed).

Real PostgreSQL clusters, the real server over real HTTP, the real CLI.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from devtools.postgres import PostgresCluster
from models import Person, PersonPhone
from server.services.seq import EPOCH_SHIFT, from_before_restore
from sync.engine import SyncEngine
from sync.store import KEEP_PUSHED_DAYS, PushedCommand
from tests.sync.helpers import (
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
from tests.utils.servers import REPO, LiveServer


def _edit_city(pid: str, old: str, new: str) -> object:
    return command("person.edit", {"person_id": pid, "changes": {"city": {"old": old, "new": new}}})


def _push(engine: SyncEngine, cmd: object) -> None:
    engine.execute(cmd, engine.actor())  # type: ignore[arg-type]
    report = engine.sync_once()
    assert report.caught_up and report.applied == 1, report


def _dbname(url: str) -> str:
    return url.rsplit("/", 1)[1]


def _pg(cluster: PostgresCluster, tool: str, *args: str) -> None:
    conn = ["-h", "127.0.0.1", "-p", str(cluster.port), "-U", cluster.user]
    subprocess.run([str(cluster.bindir / tool), *conn, *args], check=True, capture_output=True)


@pytest.mark.parametrize("after_restore", [True, False], ids=["after-restore", "forgotten"])
def test_a_restored_server_gets_back_what_clients_pushed_after_the_dump(
    pg_cluster: PostgresCluster, tmp_path: Path, after_restore: bool
) -> None:
    """``forgotten``: the operator skipped ``after-restore``; the clients' cursors are
    past the restored server's last seq, which is caught as long as they sync before
    others write more than was lost (the third client writes only after them)."""
    url = pg_cluster.create_database(f"kansli_backup_live_{after_restore:d}")
    live = LiveServer(url).start()
    restored_cluster: PostgresCluster | None = None
    restored: LiveServer | None = None
    engines: list[SyncEngine] = []
    try:
        account = new_account(url)
        p0, p1, p2 = seed_people(url, account.tenant_id, 3)
        one = connect(live.url, account, tmp_path / "one.db")
        two = connect(live.url, account, tmp_path / "two.db")
        engines += [one, two]
        for engine in engines:
            engine.sync_once()
        _push(one, _edit_city(p0, "Umeå", "Skellefteå"))  # in the backup

        dump = tmp_path / "kansli.dump"
        _pg(pg_cluster, "pg_dump", "-Fc", "-f", str(dump), _dbname(url))

        # After the dump: both workstations push; the server applies; the dump lacks it.
        _push(one, _edit_city(p1, "Umeå", "Kiruna"))
        _push(one, command("person.add_phone", {"person_id": p1, "number": "+46701112233"}))
        _push(two, _edit_city(p2, "Umeå", "Luleå"))
        one.sync_once()
        live.stop()

        # Restore into a fresh cluster, as after losing the database machine.
        restored_cluster = PostgresCluster().start()
        restored_url = restored_cluster.create_database("kansli_restored")
        _pg(restored_cluster, "pg_restore", "--no-owner", "-d", "kansli_restored", str(dump))
        if after_restore:
            done = subprocess.run(
                [sys.executable, "-m", "server", "after-restore", "--database", restored_url],
                cwd=REPO,
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert done.returncode == 0, done.stderr
            assert "new epoch" in done.stdout
        with server_session(restored_url) as s:
            assert s.get(Person, p1).city == "Umeå"  # type: ignore[union-attr]  (lost)
        restored = LiveServer(restored_url, port=live.port).start()

        # Someone works on the restored server before the two workstations sync.
        three = connect(restored.url, account, tmp_path / "three.db")
        engines.append(three)
        three.sync_once()
        if after_restore:
            _push(three, command("person.add_phone", {"person_id": p0, "number": "+46709990000"}))
        else:
            one.sync_once()
            two.sync_once()
            _push(three, command("person.add_phone", {"person_id": p0, "number": "+46709990000"}))

        for engine in (one, two, one, two, three):
            report = engine.sync_once()
            assert report.caught_up and report.rejected == 0, report
        with server_session(restored_url) as s:
            cities = {
                p.id: p.city for p in s.scalars(select(Person).where(Person.id.in_([p0, p1, p2])))
            }
            phones = set(
                s.scalars(
                    select(PersonPhone.number).where(
                        PersonPhone.deleted_at.is_(None), PersonPhone.person_id.in_([p0, p1])
                    )
                )
            )
        assert cities == {p0: "Skellefteå", p1: "Kiruna", p2: "Luleå"}
        assert {"+46701112233", "+46709990000"} <= phones
        truth = server_view(three.client)
        for engine in engines:
            assert engine.state.pending == 0
            assert differences(local_view(engine.store), truth) == []
    finally:
        for engine in engines:
            close(engine)
        if restored is not None:
            restored.stop()
        live.stop()
        if restored_cluster is not None:
            restored_cluster.stop()


def test_a_cursor_from_before_the_restore_is_recognised() -> None:
    epoch = 1 << EPOCH_SHIFT
    assert not from_before_restore(10, 10)
    assert not from_before_restore(9, 12)
    assert from_before_restore(15, 12)  # past the restored server's last seq
    assert from_before_restore(15, epoch + 3)  # an earlier epoch (after-restore ran)
    assert not from_before_restore(epoch + 1, epoch + 3)


def test_sent_commands_are_kept_two_weeks_and_leave_with_the_organisations_data(
    tmp_path: Path,
) -> None:
    live = LiveServer(f"sqlite:///{tmp_path / 'server.db'}").start()
    engine: SyncEngine | None = None
    try:
        account = new_account(live.db_url)
        p0, p1 = seed_people(live.db_url, account.tenant_id, 2)
        engine = connect(live.url, account, tmp_path / "client.db")
        engine.sync_once()
        first = _edit_city(p0, "Umeå", "Kiruna")
        _push(engine, first)
        assert engine.store.pushed_ids() == [first.id]  # type: ignore[attr-defined]
        old = datetime.now(UTC) - timedelta(days=KEEP_PUSHED_DAYS, minutes=1)
        with engine.store.session() as s:
            s.execute(update(PushedCommand).values(answered_at=old))
        second = _edit_city(p1, "Umeå", "Luleå")
        _push(engine, second)
        assert engine.store.pushed_ids() == [second.id]  # type: ignore[attr-defined]
        engine.store.drop_view()  # the account lost its access to the organisation
        assert engine.store.pushed_ids() == []
    finally:
        if engine is not None:
            close(engine)
        live.stop()
