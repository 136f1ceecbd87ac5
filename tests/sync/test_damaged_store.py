"""A damaged local database keeps the offline work (issue 26, item 2).

A client queues commands offline; then its SQLite file is damaged (cut short,
pages in the middle overwritten, header zeroed) or lost. Opening it again keeps
the damaged file aside, makes a new one with the commands queued again (same ids)
and tells the user; the next sync over real HTTP brings every command to the real
server exactly once (also one the server had already applied while its answer
was lost) and fills the cache with the server's view.
"""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from models import PersonPhone
from models.ids import new_id
from server.tables import CommandLog
from sync.client import ServerClient
from sync.engine import SyncEngine
from sync.journal import journal_path
from sync.store import ClientStore
from tests.sync.helpers import (
    Account,
    close,
    command,
    connect,
    differences,
    local_view,
    seed_people,
    server_session,
    server_view,
)
from tests.utils.servers import LiveServer

PAGE = 4096


def truncate(db: Path) -> None:
    """Cut the file to a third of its length (on a page boundary)."""
    size = db.stat().st_size
    os.truncate(db, (size // 3) // PAGE * PAGE)


def overwrite_middle(db: Path) -> None:
    """Overwrite every page between a third and two thirds of the file with noise."""
    size = db.stat().st_size
    start = (size // 3) // PAGE * PAGE
    end = (2 * size // 3) // PAGE * PAGE
    noise = random.Random(26).randbytes(end - start)
    with db.open("r+b") as f:
        f.seek(start)
        f.write(noise)


def zero_header(db: Path) -> None:
    """Zero SQLite's 100-byte file header."""
    with db.open("r+b") as f:
        f.write(bytes(100))


def remove(db: Path) -> None:
    db.unlink()


DAMAGE: dict[str, Callable[[Path], None]] = {
    "truncated": truncate,
    "pages_overwritten": overwrite_middle,
    "header_zeroed": zero_header,
}


@pytest.fixture
def offline_work(
    server: LiveServer, account: Account, tmp_path: Path
) -> Iterator[dict[str, object]]:
    """A synced client that then queued four commands offline; its files are closed."""
    people = seed_people(server.db_url, account.tenant_id, 30)
    db = tmp_path / "client.db"
    engine = connect(server.url, account, db)
    engine.sync_once()
    actor = engine.actor()
    answered = command("person.add_phone", {"person_id": people[0], "number": "+46701110000"})
    engine.execute(answered, actor)
    engine.sync_once()  # answered and done with: must not come back
    offline = [
        command("person.add_phone", {"person_id": people[1], "number": "+46702220000"}),
        command(
            "person.edit",
            {"person_id": people[2], "changes": {"title": {"old": None, "new": "Rektor"}}},
        ),
        command("person.create", {"person_id": new_id(), "first_name": "Ny", "last_name": "P"}),
        command("person.add_phone", {"person_id": people[3], "number": "+46703330000"}),
    ]
    for cmd in offline:
        engine.execute(cmd, actor)
    token = engine.client.token
    # The server got the first offline command, but its answer never came back.
    lost = ServerClient(server.url, token=token)
    assert lost.push([offline[0].envelope()])[0]["status"] == "applied"
    lost.close()
    user_id = actor.user_id
    close(engine)
    with pytest.raises(FileNotFoundError):
        (tmp_path / "client.db-wal").stat()  # the last close checkpointed into the file
    yield {
        "db": db,
        "ids": [c.id for c in offline],
        "answered": answered.id,
        "token": token,
        "user_id": user_id,
        "people": people,
        "tenant_id": account.tenant_id,
    }


def _reopen(server: LiveServer, db: Path, token: str) -> SyncEngine:
    return SyncEngine(ClientStore(db), ServerClient(server.url, token=token, timeout=(2, 10)))


def _assert_once_on_server(server: LiveServer, work: dict[str, object], number: str) -> None:
    user_id, answered, ids = work["user_id"], work["answered"], work["ids"]
    assert isinstance(ids, list)
    with server_session(server.db_url) as s:
        logged = s.execute(
            select(CommandLog.command_id, CommandLog.status).where(CommandLog.user_id == user_id)
        ).all()
        phones = s.scalars(
            select(PersonPhone.number).where(
                PersonPhone.number == number, PersonPhone.tenant_id == work["tenant_id"]
            )
        ).all()
    statuses = {cid: status for cid, status in logged}
    assert len(logged) == len(statuses), "a command id was logged twice"
    assert set(statuses) == {answered, *ids}
    assert set(statuses.values()) == {"applied"}
    assert phones == [number], "the command whose answer was lost applied twice"


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_a_damaged_file_is_kept_aside_and_its_offline_commands_reach_the_server_once(
    server: LiveServer, offline_work: dict[str, object], kind: str
) -> None:
    db = offline_work["db"]
    assert isinstance(db, Path)
    ids = offline_work["ids"]
    assert isinstance(ids, list)
    before = db.read_bytes()
    DAMAGE[kind](db)

    engine = _reopen(server, db, str(offline_work["token"]))
    try:
        store = engine.store
        notice = store.recovery()
        assert notice is not None, "the user is not told"
        assert notice.reason == "damaged" and notice.kept == len(ids)
        aside = Path(notice.damaged_path)
        assert aside.parent == db.parent and aside.name.startswith("client.db.damaged-")
        assert aside.read_bytes() != before and aside.stat().st_size > 0  # the damaged file, kept
        assert [e.command_id for e in store.outbox()] == ids  # in order, same ids
        assert all(store.in_doubt(cid) for cid in ids)  # an undo asks the server first
        assert stat.S_IMODE(db.stat().st_mode) == 0o600
        assert stat.S_IMODE(journal_path(db).stat().st_mode) == 0o600

        report = engine.sync_once()
        assert report.caught_up and report.applied == len(ids) and report.rejected == 0
        assert engine.state.pending == 0 and engine.state.rejected == 0
        _assert_once_on_server(server, offline_work, "+46702220000")
        assert differences(local_view(store), server_view(engine.client)) == []
        store.acknowledge_recovery()
        assert store.recovery() is None
    finally:
        close(engine)
    # Healthy again: opening it once more recovers nothing.
    again = ClientStore(db)
    try:
        assert again.recovery() is None and again.pending_count() == 0
    finally:
        again.close()


def test_a_deleted_file_is_rebuilt_from_its_journal(
    server: LiveServer, offline_work: dict[str, object]
) -> None:
    db = offline_work["db"]
    assert isinstance(db, Path)
    ids = offline_work["ids"]
    assert isinstance(ids, list)
    db.unlink()
    engine = _reopen(server, db, str(offline_work["token"]))
    try:
        notice = engine.store.recovery()
        assert notice is not None and notice.reason == "missing" and notice.kept == len(ids)
        assert engine.actor().user_id == offline_work["user_id"]  # the account came back too
        assert engine.sync_once().caught_up
        _assert_once_on_server(server, offline_work, "+46702220000")
        assert differences(local_view(engine.store), server_view(engine.client)) == []
    finally:
        close(engine)


def test_a_file_lost_with_nothing_queued_keeps_its_account(
    server: LiveServer, account: Account, tmp_path: Path
) -> None:
    """A kill between moving a damaged file aside and putting the rebuilt one in its place
    leaves no database and a journal with the account but no commands: the next open
    still knows who signed in (found by the kill loop)."""
    db = tmp_path / "client.db"
    engine = connect(server.url, account, db)
    engine.sync_once()
    user_id, token = engine.actor().user_id, engine.client.token
    close(engine)
    db.unlink()
    engine = _reopen(server, db, str(token))
    try:
        notice = engine.store.recovery()
        assert notice is not None and notice.reason == "missing" and notice.kept == 0
        assert engine.actor().user_id == user_id
        assert engine.sync_once().caught_up
        assert differences(local_view(engine.store), server_view(engine.client)) == []
    finally:
        close(engine)


def test_a_refused_command_the_user_has_not_seen_comes_back_after_a_recovery(
    server: LiveServer, account: Account, tmp_path: Path
) -> None:
    people = seed_people(server.db_url, account.tenant_id, 3, seed=7)
    db = tmp_path / "client.db"
    engine = connect(server.url, account, db)
    engine.sync_once()
    refused = command("person.add_phone", {"person_id": people[0], "number": "not a number"})
    refused_env = refused.envelope()
    # Queued without a local check (as a newer client's command would be), refused by the server.
    engine.store.requeue({}, [refused_env])
    engine.sync_once()
    assert [r.command_id for r in engine.store.open_rejections()] == [refused.id]
    token = engine.client.token
    close(engine)
    zero_header(db)
    engine = _reopen(server, db, str(token))
    try:
        engine.sync_once()
        assert [r.command_id for r in engine.store.open_rejections()] == [refused.id]
        engine.discard_rejection(refused.id)
    finally:
        close(engine)
    zero_header(db)  # let go of: a later recovery does not bring it back
    again = ClientStore(db)
    try:
        notice = again.recovery()
        assert notice is not None and notice.kept == 0 and again.pending_count() == 0
    finally:
        again.close()


def test_the_journal_is_compacted_when_the_outbox_empties(
    server: LiveServer, account: Account, tmp_path: Path
) -> None:
    people = seed_people(server.db_url, account.tenant_id, 3, seed=9)
    db = tmp_path / "client.db"
    engine = connect(server.url, account, db)
    try:
        engine.sync_once()
        for i in range(20):
            engine.execute(
                command("person.add_phone", {"person_id": people[1], "number": f"+467055{i:05d}"}),
                engine.actor(),
            )
        grown = journal_path(db).stat().st_size
        engine.sync_once()
        lines = journal_path(db).read_text().splitlines()
        assert len(lines) == 1 and '"k": "account"' in lines[0]
        assert journal_path(db).stat().st_size < grown / 10
    finally:
        close(engine)


def test_damage_the_open_does_not_read_is_said_when_met_and_rebuilt_at_the_next_open(
    server: LiveServer, offline_work: dict[str, object]
) -> None:
    """After a clean close the open checks the header, the file's length and the tables
    a new file could not get back; cached pages overwritten while the file was closed
    are met by the sync, which says so plainly, and the next open rebuilds the file."""
    db = offline_work["db"]
    assert isinstance(db, Path)
    ids = offline_work["ids"]
    assert isinstance(ids, list)
    with contextlib.closing(sqlite3.connect(db)) as conn:
        pages = [
            p
            for (p,) in conn.execute(
                "SELECT pageno FROM dbstat WHERE name IN ('person', 'person_phone')"
            )
        ]
    with db.open("r+b") as f:
        for page in pages:
            f.seek((page - 1) * PAGE)
            f.write(b"\xa5" * PAGE)

    engine = _reopen(server, db, str(offline_work["token"]))
    try:
        assert engine.store.recovery() is None  # the open's checks pass
        with pytest.raises(Exception) as raised:
            engine.sync_once()
        assert "malformed" in str(raised.value)
        assert engine.state.status == "error" and engine.state.store_damaged
        assert engine.state.error == (
            "The local database is damaged: restart Kansli to rebuild it from the server "
            "(your unsent changes are kept)"
        )
        assert engine.state.pending == len(ids)  # nothing half-recorded
    finally:
        close(engine)

    engine = _reopen(server, db, str(offline_work["token"]))
    try:
        notice = engine.store.recovery()
        assert notice is not None and notice.reason == "damaged" and notice.kept == len(ids)
        assert engine.sync_once().caught_up
        _assert_once_on_server(server, offline_work, "+46702220000")
        assert differences(local_view(engine.store), server_view(engine.client)) == []
    finally:
        close(engine)
