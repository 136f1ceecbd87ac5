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

import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from devtools.postgres import PostgresCluster
from models import Person, PersonPhone
from models.ids import new_id
from server.services.seq import (
    EPOCH_CLOCK_START,
    EPOCH_SHIFT,
    from_before_restore,
    next_epoch,
    start_new_epoch,
)
from sync.client import AuthError, ServerClient
from sync.engine import SyncEngine
from sync.store import KEEP_PUSHED_DAYS, RESTART_CURSOR, ClientStore, PushedCommand
from tests.server.helpers import cmd
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


def _after_restore(url: str) -> None:
    """``kansli-server after-restore`` on the database at ``url``, as the operator runs it."""
    done = subprocess.run(
        [sys.executable, "-m", "server", "after-restore", "--database", url],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "new epoch" in done.stdout and "sign-ins ended" in done.stdout


@pytest.mark.postgres
@pytest.mark.parametrize("after_restore", [True, False], ids=["after-restore", "forgotten"])
def test_a_restored_server_gets_back_what_clients_pushed_after_the_dump(
    pg_cluster: PostgresCluster, tmp_path: Path, after_restore: bool
) -> None:
    """``forgotten``: the operator skipped ``after-restore``; ``serve`` notices that the
    database is not the one its sequences were noted in (a new database: a new OID) and
    does its steps itself, so the third client's writes on the restored server before the
    others sync do not lift the sequence past their cursors unnoticed."""
    url = pg_cluster.create_database(f"kansli_backup_live_{after_restore:d}")
    live = LiveServer(url).start()
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

        # Restore into a new database (a new cluster would be restored the same way).
        name = f"kansli_restored_{after_restore:d}"
        restored_url = pg_cluster.create_database(name)
        _pg(pg_cluster, "pg_restore", "--no-owner", "-d", name, str(dump))
        if after_restore:
            _after_restore(restored_url)
        with server_session(restored_url) as s:
            assert s.get(Person, p1).city == "Umeå"  # type: ignore[union-attr]  (lost)
        restored = LiveServer(restored_url, port=live.port).start()

        # Someone works on the restored server before the two workstations sync.
        three = connect(restored.url, account, tmp_path / "three.db")
        engines.append(three)
        three.sync_once()
        _push(three, command("person.add_phone", {"person_id": p0, "number": "+46709990000"}))
        for _ in range(4):  # more writes than the dump lacks: seqs past the others' cursors
            _push(three, _edit_city(p2, "Umeå", "Boden"))
            _push(three, _edit_city(p2, "Boden", "Umeå"))
        # Every sign-in ended with the restore: the workstations sign in again.
        for engine in (one, two):
            engine.client.login(account.email, account.password, tenant=account.tenant)

        for engine in (two, one, two, one, three):
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
    """The kept sent commands hold names and personnummer: they go after two weeks at the
    next open or sync (no later push needed), when a person is erased (forget_pushed), on a
    view change (the new roles may not read them) and with the organisation's data."""
    live = LiveServer(f"sqlite:///{tmp_path / 'server.db'}").start()
    engine: SyncEngine | None = None
    try:
        account = new_account(live.db_url)
        p0, p1, p2 = seed_people(live.db_url, account.tenant_id, 3)
        engine = connect(live.url, account, tmp_path / "client.db")
        engine.sync_once()
        first = _edit_city(p0, "Umeå", "Kiruna")
        _push(engine, first)
        assert engine.store.pushed_ids() == [first.id]  # type: ignore[attr-defined]
        old = datetime.now(UTC) - timedelta(days=KEEP_PUSHED_DAYS, minutes=1)
        with engine.store.session() as s:
            s.execute(update(PushedCommand).values(answered_at=old))
        reopened = ClientStore(tmp_path / "client.db", journal=False)  # pruned at the open
        reopened.close()
        assert engine.store.pushed_ids() == []
        second = _edit_city(p1, "Umeå", "Luleå")
        third = _edit_city(p2, "Umeå", "Gällivare")
        _push(engine, second)
        _push(engine, third)
        with engine.store.session() as s:
            s.execute(
                update(PushedCommand)
                .where(PushedCommand.command_id == second.id)  # type: ignore[attr-defined]
                .values(answered_at=old)
            )
        assert engine.sync_once().caught_up  # pruned at a sync that pushes nothing
        assert engine.store.pushed_ids() == [third.id]  # type: ignore[attr-defined]
        assert engine.store.forget_pushed(mentioning=p2) == 1  # the person erased
        assert engine.store.pushed_ids() == []
        _push(engine, _edit_city(p0, "Kiruna", "Boden"))
        assert engine.store.pushed_ids() != []
        me = engine.client.me()
        engine.store.refresh_account({**me, "view": "another-view"})  # the roles changed
        assert engine.store.pushed_ids() == []
        engine.store.refresh_account(me)
        assert engine.sync_once().caught_up
        _push(engine, _edit_city(p1, "Luleå", "Piteå"))
        engine.store.drop_view()  # the account lost its access to the organisation
        assert engine.store.pushed_ids() == []
    finally:
        if engine is not None:
            close(engine)
        live.stop()


def _sqlite_backup(url: str, to: Path) -> None:
    """An online copy of a live SQLite server database (the backup API)."""
    source = sqlite3.connect(url.removeprefix("sqlite:///"))
    target = sqlite3.connect(to)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()


def _sqlite_restore(backup: Path, url: str) -> None:
    """The server's database file replaced by ``backup``, then ``after-restore`` run."""
    path = Path(url.removeprefix("sqlite:///"))
    for extra in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        extra.unlink(missing_ok=True)
    shutil.copyfile(backup, path)
    _after_restore(url)


def test_offline_work_pending_at_a_restore_lands_after_what_the_restore_lost(
    tmp_path: Path,
) -> None:
    """The workstation's edit to Kiruna is applied after the backup (so lost by the
    restore); offline it then edits the city on to Luleå. Its next sync must not push
    Luleå before it learns of the restore: the server answers the push ``409 restored``
    (nothing applied), the lost Kiruna goes first, Luleå after, and the server ends at the
    newest value. Then the pull starts over once and is not told "restored" again."""
    url = f"sqlite:///{tmp_path / 'server.db'}"
    live = LiveServer(url).start()
    engine: SyncEngine | None = None
    restored: LiveServer | None = None
    try:
        account = new_account(url)
        (p0,) = seed_people(url, account.tenant_id, 1)
        engine = connect(live.url, account, tmp_path / "one.db")
        engine.sync_once()
        backup = tmp_path / "backup.db"
        _sqlite_backup(url, backup)
        _push(engine, _edit_city(p0, "Umeå", "Kiruna"))  # after the backup: lost
        engine.execute(_edit_city(p0, "Kiruna", "Luleå"), engine.actor())  # type: ignore[arg-type]
        live.stop()

        _sqlite_restore(backup, url)
        with server_session(url) as s:
            assert s.get(Person, p0).city == "Umeå"  # type: ignore[union-attr]
        restored = LiveServer(url, port=live.port).start()
        with pytest.raises(AuthError):  # after-restore ended every sign-in
            engine.client.me()
        engine.client.login(account.email, account.password, tenant=account.tenant)

        report = engine.sync_once()
        assert report.caught_up and report.rejected == 0, report
        assert report.applied == 2, report  # Kiruna again, then Luleå
        with server_session(url) as s:
            assert s.get(Person, p0).city == "Luleå"  # type: ignore[union-attr]
        assert engine.state.pending == 0
        assert differences(local_view(engine.store), server_view(engine.client)) == []
        # The next pull is in the new epoch: not "restored" again (nothing goes again).
        again = engine.sync_once()
        assert again.caught_up and again.pushed == 0 and not again.view_reset, again
    finally:
        if engine is not None:
            close(engine)
        if restored is not None:
            restored.stop()
        live.stop()


def test_the_restart_cursor_is_not_taken_for_one_from_before_a_restore(tmp_path: Path) -> None:
    """After the lost commands went again the client's cursor is the restart cursor: the
    pull starts over ("reset") but is not told "restored" (which would send them again)."""
    url = f"sqlite:///{tmp_path / 'server.db'}"
    live = LiveServer(url).start()
    try:
        account = new_account(url)
        seed_people(url, account.tenant_id, 1)
        with server_session(url) as s:
            start_new_epoch(s.connection())
        client = ServerClient(live.url)
        client.login(account.email, account.password, tenant=account.tenant)
        page = client.pull(RESTART_CURSOR, 100)
        assert page.get("reset") and not page.get("restored")
        stale = client.pull("7", 100)  # a plain cursor of the earlier epoch
        assert stale.get("restored")
        # The resend check asks only whether the server knows each id: no rows.
        unknown = new_id()
        assert client.command_status([unknown], light=True) == {
            unknown: {"id": unknown, "status": "unknown"}
        }
        # A server that refuses the push's cursor (one from before the restore check; here
        # a cursor it finds too long): the push goes without it, and so do the next ones.
        (p1,) = seed_people(url, account.tenant_id, 1)
        edit = cmd("person.edit", person_id=p1, changes={"city": {"old": "Umeå", "new": "Ystad"}})
        results, _view = client.push_in_view([edit], "9" * 41)
        assert [r["status"] for r in results] == ["applied"]
        assert client._push_cursor is False
    finally:
        live.stop()


def test_a_new_epoch_is_never_one_a_restore_of_the_same_dump_started() -> None:
    """The dump's epoch + 1 alone would be the same for two restores of one dump (the first
    restored server's writes and the second's then share seqs): at least the hours since
    2026-01-01, which move on between the two."""
    first = datetime(2026, 12, 4, 10, tzinfo=UTC)
    hours = int((first - EPOCH_CLOCK_START).total_seconds() // 3600)
    assert next_epoch(12, first) == hours
    assert next_epoch(12, first + timedelta(hours=1)) == hours + 1  # the same dump again
    assert next_epoch((hours + 5) << EPOCH_SHIFT, first) == hours + 6  # never backwards
