"""An erasure syncs, and leaves no byte of the person in a client's file (issue 23).

A real server process (SQLite file and PostgreSQL) over real HTTP, real client files
with the desktop's search index: the person's personnummer, name, e-mail and phone are
in the bytes of a synced client's ``.db`` and ``-wal`` before the erasure; after an
administrator's ``person.erase`` is pulled they are in none of the client's files (the
database, its WAL, the FTS index's shadow tables, the command journal), nor in the
erasing administrator's own file, nor in any row of the server's database. A user
whose roles shrink loses the personnummer from the file's bytes at the next sync, and
the work queued before is still pushed.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
import requests
from sqlalchemy import create_engine, inspect, text

from desktop import local_index
from models import Person, PersonPhone
from models.ids import new_id
from server.db import sqlite_file
from server.tables.ledger import LedgerPosting, LedgerTransaction
from sync import erasure
from sync.engine import SyncEngine
from tests.sync.helpers import (
    Account,
    close,
    command,
    connect,
    new_account,
    seed_varied,
    server_session,
)
from tests.utils.servers import LiveServer

PNR = "198112289874"  # seed_varied's person, Åsa Öberg <asa@ex.se>
PHONE = "+46701239876"
NOTES = b"Two lines"  # seed_varied's notes text (in the refused and the kept sent edits)
STREET = "Ekvägen 12"
SECRETS = (PNR.encode(), "Öberg".encode(), b"asa@ex.se", PHONE.encode(), NOTES, STREET.encode())


def _file_bytes(path: Path) -> bytes:
    """Every file of the client's store: the database, its WAL and shm, the journal."""
    return b"".join(p.read_bytes() for p in sorted(path.parent.glob(f"{path.name}*")))


def _found(path: Path) -> list[bytes]:
    data = _file_bytes(path)
    return [s for s in SECRETS if s in data]


def _client(live: LiveServer, account: Account, path: Path) -> SyncEngine:
    engine = connect(live.url, account, path)
    local_index.prepare(engine.store)  # the desktop's FTS index over names and e-mails
    return engine


def _world(live: LiveServer) -> tuple[Account, Account, str]:
    admin = new_account(live.db_url)
    ids = seed_varied(live.db_url, admin.tenant_id)
    with server_session(live.db_url) as s:
        s.add(PersonPhone(tenant_id=admin.tenant_id, person_id=ids["person"], number=PHONE))
        person = s.get(Person, ids["person"])
        assert person is not None
        person.street = STREET
    officer = new_account(live.db_url, tenant=admin.tenant, roles=("alumni_officer",))
    return admin, officer, ids["person"]


def _server_rows_naming(db_url: str, tenant_id: str) -> list[str]:
    """Every server table whose rows (as text) hold one of the person's values."""
    engine = create_engine(db_url)
    hits = []
    try:
        with engine.connect() as conn:
            for table in inspect(conn).get_table_names():
                if table == "alembic_version":
                    continue
                quoted = f'"{table}"'
                as_text = (
                    f"CAST(t AS TEXT) FROM {quoted} t"
                    if engine.dialect.name == "postgresql"
                    else f"* FROM {quoted}"
                )
                for row in conn.execute(text(f"SELECT {as_text}")):
                    joined = " ".join(str(v) for v in row)
                    if any(s.decode() in joined for s in SECRETS):
                        hits.append(table)
                        break
    finally:
        engine.dispose()
    return hits


@pytest.mark.parametrize("mode", ["erase", "anonymise"])
def test_an_erasure_pulled_leaves_no_byte_of_the_person_in_the_clients_files(
    live: LiveServer, tmp_path: Path, mode: str
) -> None:
    admin, officer, person_id = _world(live)
    theirs = _client(live, officer, tmp_path / "officer" / "c.db")
    mine = _client(live, admin, tmp_path / "admin" / "c.db")
    try:
        theirs.sync_once()
        mine.sync_once()
        assert _found(theirs.store.path) == list(SECRETS)  # the test can fail
        assert _found(mine.store.path) == list(SECRETS)
        # A refusal the officer keeps, with the server's row of the person (and their name).
        with theirs.store.engine.connect() as conn:
            notes = conn.scalar(text("SELECT notes FROM person WHERE id = :p"), {"p": person_id})
        for engine, new in ((theirs, "Officerens"), (mine, "Adminens")):
            change = {"notes": {"old": notes, "new": new}}
            engine.execute(
                command("person.edit", {"person_id": person_id, "changes": change}),
                engine.actor(),
            )
        assert mine.sync_once().rejected == 0
        assert theirs.sync_once().rejected == 1
        [kept] = theirs.store.open_rejections()
        assert PNR in kept.server_rows

        erase = command(
            "person.erase",
            {"person_id": person_id, "mode": mode, "reason": "Begäran enligt art. 17"},
        )
        mine.execute(erase, mine.actor())
        report = mine.sync_once()
        assert report.rejected == 0, mine.store.open_rejections()
        theirs.sync_once()

        [kept] = theirs.store.open_rejections()  # still there, without the person
        assert kept.code == "conflict" and person_id not in kept.server_rows
        for engine in (theirs, mine):
            assert _found(engine.store.path) == [], engine.store.path
            with engine.store.engine.connect() as conn:
                names = text("SELECT last_name FROM person WHERE id = :p")
                left = [str(n) for n in conn.scalars(names, {"p": person_id})]
                if mode == "erase":
                    assert left == []
                else:  # the anonymous reference stays, with the registration it had
                    assert left == [f"Erased person #{person_id.replace('-', '')[-8:]}"]
                    live_regs = text(
                        "SELECT count(*) FROM registration WHERE participant_id = :p"
                        " AND deleted_at IS NULL"
                    )
                    assert conn.scalar(live_regs, {"p": person_id}) == 1
                hits = conn.scalar(
                    text("SELECT count(*) FROM person_fts WHERE person_fts MATCH 'Öberg'")
                )
                assert hits == 0
        assert _server_rows_naming(live.db_url, admin.tenant_id) == []
        server_file = sqlite_file(live.db_url)
        if server_file is not None:  # the embedded server's file: its bytes too, once its
            # WAL is checkpointed (SQLite's automatic checkpoint; here at once)
            with sqlite3.connect(server_file) as conn:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            assert _found(server_file) == []
    finally:
        close(theirs)
        close(mine)


DEMOTED_PNR = "197005191239"
TYPED_PNR = "197503024569"
REFUSED_PNR = "196408233234"


def test_a_demoted_users_next_sync_removes_the_personnummer_from_the_file_and_pushes_the_queue(
    live: LiveServer, tmp_path: Path
) -> None:
    admin = new_account(live.db_url)
    with server_session(live.db_url) as s:
        person = Person(
            tenant_id=admin.tenant_id,
            first_name="Doris",
            last_name="Demoted",
            personnummer=DEMOTED_PNR,
            birth_date=date(1970, 5, 19),
        )
        egon = Person(tenant_id=admin.tenant_id, first_name="Egon", last_name="Ny")
        frida = Person(tenant_id=admin.tenant_id, first_name="Frida", last_name="Ny")
        s.add_all([person, egon, frida])
        s.flush()
        person_id, egon_id, frida_id = person.id, egon.id, frida.id
    user = new_account(live.db_url, tenant=admin.tenant, roles=("course_admin", "alumni_officer"))
    engine = _client(live, user, tmp_path / "c.db")
    try:
        engine.sync_once()
        assert DEMOTED_PNR.encode() in _file_bytes(engine.store.path)  # the test can fail
        user_id = engine.actor().user_id
        # A personnummer the user typed: sent and applied (kept against a restore) and
        # in a refused command (an old value that was not the server's).
        typed = {"personnummer": {"old": None, "new": TYPED_PNR}}
        engine.execute(
            command("person.edit", {"person_id": egon_id, "changes": typed}), engine.actor()
        )
        with server_session(live.db_url) as s:  # written on the server meanwhile
            frida = s.get(Person, frida_id)
            assert frida is not None
            frida.personnummer = "198111111111"
        late = {"personnummer": {"old": None, "new": REFUSED_PNR}}
        engine.execute(
            command("person.edit", {"person_id": frida_id, "changes": late}), engine.actor()
        )
        assert engine.sync_once().rejected == 1
        assert TYPED_PNR.encode() in _file_bytes(engine.store.path)  # the test can fail
        assert REFUSED_PNR.encode() in _file_bytes(engine.store.path)
        # Work queued offline, which the narrower roles still allow.
        notes = command(
            "person.edit",
            {"person_id": person_id, "changes": {"notes": {"old": "", "new": "Ringer i maj"}}},
        )
        engine.execute(notes, engine.actor())
        assert engine.store.pending_count() == 1

        boss = requests.Session()
        login = boss.post(
            f"{live.url}/api/v1/auth/login",
            json={"email": admin.email, "password": admin.password, "tenant": admin.tenant},
            timeout=10,
        )
        boss.headers["Authorization"] = f"Bearer {login.json()['token']}"
        changed = boss.patch(
            f"{live.url}/api/v1/users/{user_id}", json={"roles": ["course_admin"]}, timeout=10
        )
        assert changed.status_code == 200, changed.text

        report = engine.sync_once()

        assert report.view_reset and report.pushed == 1 and report.rejected == 0
        assert engine.store.pending_count() == 0
        with server_session(live.db_url) as s:
            assert s.get(Person, person_id).notes == "Ringer i maj"  # pushed, applied
        assert DEMOTED_PNR.encode() not in _file_bytes(engine.store.path)
        assert TYPED_PNR.encode() not in _file_bytes(engine.store.path)
        assert REFUSED_PNR.encode() not in _file_bytes(engine.store.path)
        assert len(engine.store.open_rejections()) == 1  # the refusal stays, without it
        assert b"1970-05-19" not in _file_bytes(engine.store.path)
        with engine.store.engine.connect() as conn:
            left = text("SELECT first_name, personnummer, notes FROM person WHERE id = :p")
            assert tuple(conn.execute(left, {"p": person_id}).one()) == (
                "Doris",
                None,
                "Ringer i maj",
            )
    finally:
        close(engine)


def test_an_erasure_the_server_refuses_scrubs_nothing(live: LiveServer, tmp_path: Path) -> None:
    admin, _officer, person_id = _world(live)
    with server_session(live.db_url) as s:  # an unpaid invoice: the server refuses
        tx = LedgerTransaction(
            tenant_id=admin.tenant_id, kind="charge", day=date(2026, 3, 1), reference="F1"
        )
        s.add(tx)
        s.flush()
        for account, amount, person in (("receivable", 100, person_id), ("revenue", -100, None)):
            s.add(
                LedgerPosting(
                    tenant_id=admin.tenant_id,
                    transaction_id=tx.id,
                    account=account,
                    amount=amount,
                    person_id=person,
                )
            )
    mine = _client(live, admin, tmp_path / "c.db")
    try:
        mine.sync_once()
        erase = command(
            "person.erase", {"person_id": person_id, "mode": "erase", "reason": "Begäran"}
        )
        mine.execute(erase, mine.actor())

        assert not mine.store.scrub_pending()  # noted only when the server's pull says so
        assert mine.sync_once().rejected == 1
        assert not mine.store.scrub_pending()
        assert mine.store.get_state(erasure.ERASED) is None
    finally:
        close(mine)


def test_a_scrub_waits_for_the_outbox_keeps_its_note_when_busy_and_never_fails_the_sync(
    live: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin, _officer, person_id = _world(live)
    mine = _client(live, admin, tmp_path / "c.db")
    try:
        mine.sync_once()
        store = mine.store
        with store.engine.begin() as conn:  # free pages a VACUUM would drop
            conn.execute(text("CREATE TABLE filler (x TEXT)"))
            conn.execute(
                text(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                    " WHERE i < 2000) INSERT INTO filler SELECT hex(randomblob(200)) FROM n"
                )
            )
            conn.execute(text("DROP TABLE filler"))
        with store.engine.begin() as conn:
            erasure.note(_raw_of(conn), [new_id()])
        notes = {"notes": {"old": 'Says "hej"\nTwo lines', "new": "Ny"}}
        mine.execute(
            command("person.edit", {"person_id": person_id, "changes": notes}), mine.actor()
        )

        store.scrub()  # erased persons wait for the outbox: nothing rewritten now

        with store.engine.connect() as conn:
            assert conn.scalar(text("PRAGMA freelist_count")) > 0
        assert store.scrub_pending()

        # A reader holding the WAL: the note stays for the next sync.
        monkeypatch.setattr(erasure, "compact", lambda raw: False)
        assert mine.sync_once().pushed == 1
        assert store.scrub_pending()

        def broken(raw: object) -> bool:
            raise sqlite3.OperationalError("database is locked")

        monkeypatch.setattr(erasure, "compact", broken)
        report = mine.sync_once()  # the scrub fails: the sync does not
        assert report.caught_up and store.scrub_pending()

        monkeypatch.undo()
        mine.sync_once()
        assert not store.scrub_pending()
        with store.engine.connect() as conn:
            assert conn.scalar(text("PRAGMA freelist_count")) == 0
    finally:
        close(mine)


def _raw_of(conn: object) -> sqlite3.Connection:
    return conn.connection.dbapi_connection  # type: ignore[attr-defined, no-any-return]
