"""The command journal beside the local database (sync/journal.py) and the salvage of a
damaged file that has none (a file written before the journal existed)."""

from __future__ import annotations

import contextlib
import sqlite3
import stat
from pathlib import Path

from models.commands import build
from models.ids import new_id
from sync.journal import CommandJournal, journal_path
from sync.store import ClientStore
from tests.sync.helpers import Account, close, command, connect, seed_people
from tests.utils.servers import LiveServer


def _env(i: int) -> dict[str, object]:
    return {"id": f"id-{i}", "name": "person.create", "version": 1, "args": {}, "issued_at": "x"}


def test_a_torn_last_line_is_ignored_and_lines_count_in_their_order(tmp_path: Path) -> None:
    journal = CommandJournal(tmp_path / "c.db.journal")
    journal.account({"user_email": "a@ex.se"})
    journal.queued([_env(1), _env(2), _env(3)])
    journal.done(["id-2"])
    journal.queued([_env(2)])  # the same id queued again after it was done: pending again
    journal.done(["id-1"])
    with journal.path.open("ab") as f:
        f.write(b'{"k": "cmd", "env": {"id": "id-4", "na')  # a kill in the middle of a write
    contents = journal.read()
    assert [env["id"] for env in contents.pending] == ["id-3", "id-2"]  # queued again: later
    assert contents.account == {"user_email": "a@ex.se"}
    assert contents.unreadable == 1
    assert stat.S_IMODE(journal.path.stat().st_mode) == 0o600


def test_rewrite_replaces_the_journal_and_later_appends_land_in_the_new_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "c.db.journal"
    one, two = CommandJournal(path), CommandJournal(path)
    one.queued([_env(1), _env(2)])
    two.rewrite({"tenant_id": "t"}, [_env(2)])
    one.queued([_env(3)])
    contents = CommandJournal(path).read()
    assert [env["id"] for env in contents.pending] == ["id-2", "id-3"]
    assert contents.account == {"tenant_id": "t"} and contents.unreadable == 0
    assert not path.with_name(path.name + ".new").exists()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_damaged_file_without_a_journal_gives_up_the_outbox_it_can_still_read(
    server: LiveServer, account: Account, tmp_path: Path
) -> None:
    people = seed_people(server.db_url, account.tenant_id, 200, seed=11)
    db = tmp_path / "client.db"
    engine = connect(server.url, account, db)
    engine.sync_once()
    queued = [
        command("person.add_phone", {"person_id": people[0], "number": "+46709990001"}),
        build(
            "person.create",
            1,
            {"person_id": new_id(), "first_name": "Salvage", "last_name": "Ny"},
            id=new_id(),
        ),
    ]
    for cmd in queued:
        engine.execute(cmd, engine.actor())
    close(engine)
    journal_path(db).unlink()  # as a file written before the journal existed
    with contextlib.closing(sqlite3.connect(db)) as conn:
        person_pages = [
            p for (p,) in conn.execute("SELECT pageno FROM dbstat WHERE name = 'person'")
        ]
    assert len(person_pages) > 2
    with db.open("r+b") as f:  # only the cached people are damaged; the outbox is readable
        for page in person_pages:
            f.seek((page - 1) * 4096)
            f.write(b"\xa5" * 4096)

    store = ClientStore(db)
    try:
        notice = store.recovery()
        assert notice is not None and notice.reason == "damaged" and notice.kept == 2
        assert [e.command_id for e in store.outbox()] == [c.id for c in queued]
        assert store.actor() is not None  # the account came from the damaged sync_state
    finally:
        store.close()
    engine = connect(server.url, account, db)
    try:
        report = engine.sync_once()
        assert report.applied == 2 and report.caught_up
    finally:
        close(engine)
