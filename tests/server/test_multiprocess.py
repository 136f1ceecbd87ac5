"""Two web processes and two workers on one PostgreSQL (issue 24), all real processes.

Writers (real client stores and sync engines) push through either web process while a
reader pulls through both in turn; the workers send the outbox to real SMTP servers
(aiosmtpd, one each, so what each worker sent is known). Then one web process and one
worker are killed (SIGKILL) mid-work: the writers go on through the other process, the
surviving worker sends the mails the dead one had claimed once their claim runs out. At
the end every client holds exactly the server's rows (converged; the reader, pulling all
along, skipped nothing), every command was applied once, and every mail arrived: exactly
once while nobody died, never twice from one worker, and a second time only when the
killed worker had sent it unrecorded (SMTP cannot tell a sender that died between the
server's "250" and recording it; the repeat keeps its Message-ID, docs/SCALING.md).
"""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path

from sqlalchemy import func, select, text

from devtools.server_data import seed_people
from models.commands import build
from models.ids import new_id
from models.people import PersonPhone
from server.db import migrate
from server.services.database import Database
from server.services.mail import new_mail, queue_mails
from server.settings import Settings
from server.tables import MailOutbox
from sync.client import ServerClient, ServerUnavailable
from sync.engine import SyncEngine
from sync.store import ClientStore
from tests.server.smtp import SmtpServer
from tests.utils.servers import LiveServer, LiveWorker, add_account, wait_until

WRITERS = 4
PERSONS = 20
#: A worker's claim on the mails it is sending; the survivor sends a dead one's after it.
LEASE_SECONDS = 6
PASSWORD = "correct horse battery"


class Web:
    """The two web processes; a client's address, and the other when it is unreachable."""

    def __init__(self, servers: list[LiveServer]) -> None:
        self.servers = servers

    def other(self, url: str) -> str:
        return next(s.url for s in self.servers if s.url != url)


def _engine(url: str, email: str, tenant: str, path: Path) -> SyncEngine:
    client = ServerClient(url, timeout=(5, 60))
    login = client.login(email, PASSWORD, tenant)
    store = ClientStore(path)
    store.remember_account(server_url=url, user=login.user, tenant=login.tenant, roles=login.roles)
    return SyncEngine(store, client, page_size=50)


def _sync(engine: SyncEngine, web: Web) -> None:
    """One sync; an unreachable web process: the next try goes to the other."""
    try:
        engine.sync_once()
    except ServerUnavailable:
        engine.client.base_url = web.other(engine.client.base_url)


def _phones(engine: SyncEngine) -> set[tuple[str, str]]:
    with engine.store.sessions() as s:
        rows = s.execute(text("SELECT id, number FROM person_phone WHERE deleted_at IS NULL"))
        return {(str(i), str(n)) for i, n in rows}


def _worker(db_url: str, smtp: SmtpServer) -> LiveWorker:
    """A ``kansli-server worker`` sending to ``smtp``: its lease at least two sends' worst
    case (3 SMTP timeouts each)."""
    env = {
        "KANSLI_SMTP_HOST": "127.0.0.1",
        "KANSLI_SMTP_PORT": str(smtp.port),
        "KANSLI_SMTP_TIMEOUT_SECONDS": "1",
        "KANSLI_WORKER_POLL_SECONDS": "0.2",
        "KANSLI_MAIL_LEASE_SECONDS": str(LEASE_SECONDS),
    }
    return LiveWorker(db_url, env=env).start()


def _queue(db: Database, tenant_id: str, count: int, kind: str) -> set[str]:
    """``count`` mails in the outbox; their Message-IDs."""
    settings = Settings(database_url=db.url)
    mails = [
        new_mail(
            settings=settings,
            tenant_id=tenant_id,
            kind=kind,
            to_address=f"m{n}@example.se",
            subject=f"{kind} {n}",
            body_text="Hej",
        )
        for n in range(count)
    ]
    with db.transaction() as s:
        queue_mails(s, mails)
    return {m.message_id for m in mails}


def test_two_web_processes_and_two_workers_lose_nothing_when_one_of_each_is_killed(
    pg_url: str, smtp: SmtpServer, other_smtp: SmtpServer, tmp_path: Path
) -> None:
    migrate(pg_url)
    accounts = [
        add_account(pg_url, tenant="multi", email=f"clerk{i}@multi.example", password=PASSWORD)
        for i in range(WRITERS + 1)
    ]
    tenant_id = accounts[0]["tenant_id"]
    people = seed_people(pg_url, tenant_id, PERSONS)
    # A moment per mail, so a worker is killed with mails claimed.
    smtp.recorder.delay = other_smtp.recorder.delay = 0.03
    #: The SMTP server of workers[0] (killed), of workers[1] (the survivor).
    killed_smtp, survivor_smtp = smtp, other_smtp
    env = {"KANSLI_SMTP_HOST": "127.0.0.1", "KANSLI_SMTP_PORT": str(survivor_smtp.port)}
    web = Web([])
    workers: list[LiveWorker] = []
    db = Database(pg_url)
    engines: list[SyncEngine] = []

    def messages() -> list[str]:
        """The Message-IDs both SMTP servers received."""
        return [m["Message-ID"] for m in (*killed_smtp.messages, *survivor_smtp.messages)]

    try:
        web.servers += [LiveServer(pg_url, env=env).start(), LiveServer(pg_url, env=env).start()]
        workers += [_worker(pg_url, killed_smtp), _worker(pg_url, survivor_smtp)]
        for i, account in enumerate(accounts):
            url = web.servers[i % 2].url
            engines.append(_engine(url, account["email"], "multi", tmp_path / f"c{i}.db"))
        *writers, reader = engines
        for engine in engines:
            engine.sync_once()  # the initial sync
        stop = threading.Event()
        numbers: list[str] = []
        errors: list[BaseException] = []

        def write(i: int, engine: SyncEngine) -> None:
            n = 0
            try:
                while not stop.is_set():
                    for _ in range(1 + n % 3):  # a few changes a cycle
                        n += 1
                        number = f"+4673{i:02d}{n:05d}"
                        args = {"person_id": people[n % PERSONS], "number": number}
                        engine.execute(
                            build("person.add_phone", 1, args, id=new_id()), engine.actor()
                        )
                        numbers.append(number)
                    _sync(engine, web)
            except BaseException as exc:  # reported by the test, not lost in a thread
                errors.append(exc)

        def read() -> None:
            try:
                while not stop.is_set():
                    _sync(reader, web)
                    # Through the other process next time (while both live).
                    if all(s.running for s in web.servers):
                        reader.client.base_url = web.other(reader.client.base_url)
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=write, args=(i, e)) for i, e in enumerate(writers)]
        threads.append(threading.Thread(target=read))
        for th in threads:
            th.start()
        try:
            # While nobody dies: every mail exactly once.
            calm = _queue(db, tenant_id, 40, "test.calm")
            wait_until(lambda: calm <= set(messages()), timeout=30, what="the first mails")
            received = Counter(messages())
            assert all(received[mid] == 1 for mid in calm)
            # Both workers busy with batches, both web processes with pushes: kill one of each.
            killed = _queue(db, tenant_id, 200, "test.killed")
            before = len(killed_smtp.messages)
            wait_until(lambda: len(killed_smtp.messages) >= before + 15, timeout=30, what="sending")
            workers[0].kill()
            web.servers[0].kill()
            pushed_then = len(numbers)
            wait_until(lambda: len(numbers) >= pushed_then + 20, timeout=30, what="more pushes")
        finally:
            stop.set()
            for th in threads:
                th.join(60)
        assert not errors, errors
        for engine in engines:  # what was left unsent, through the living process
            engine.client.base_url = web.servers[1].url
            engine.sync_once()
            assert engine.store.pending_count() == 0
        reader.sync_once()

        # Every command applied once; every client holds exactly the server's rows.
        with db.sessions() as s:
            rows = s.execute(
                select(PersonPhone.id, PersonPhone.number).where(
                    PersonPhone.tenant_id == tenant_id, PersonPhone.deleted_at.is_(None)
                )
            ).all()
        on_server = {(str(i), str(n)) for i, n in rows}
        made = Counter(n for _, n in on_server)
        assert all(made[n] == 1 for n in numbers), "a command applied twice or not at all"
        assert len(numbers) > 60
        for engine in engines:
            assert _phones(engine) == on_server

        # Every mail the killed worker had claimed was sent by the other once its claim ran
        # out. The survivor sent each mail at most once; a mail arrived twice only when the
        # killed worker had sent it before dying unrecorded: one copy in its SMTP server,
        # and at most one batch of those.
        def all_sent() -> bool:
            with db.sessions() as s:
                return not s.scalar(
                    select(func.count()).where(
                        MailOutbox.tenant_id == tenant_id, MailOutbox.status != "sent"
                    )
                )

        wait_until(all_sent, timeout=30, what="every mail sent")
        received = Counter(messages())
        assert set(received) == calm | killed
        by_killed = Counter(m["Message-ID"] for m in killed_smtp.messages)
        by_survivor = Counter(m["Message-ID"] for m in survivor_smtp.messages)
        assert max(by_survivor.values()) == 1, "the surviving worker sent a mail twice"
        assert max(by_killed.values()) == 1, "the killed worker sent a mail twice"
        twice = {mid for mid, n in received.items() if n > 1}
        assert all(by_killed[mid] == 1 and by_survivor[mid] == 1 for mid in twice)
        assert len(twice) <= 50  # one batch of the killed worker
        assert all(received[mid] == 1 for mid in calm)
        with db.sessions() as s:
            reclaimed = s.scalar(
                select(func.count()).where(
                    MailOutbox.tenant_id == tenant_id, MailOutbox.attempts > 1
                )
            )
        assert reclaimed, "the killed worker held no claimed mail: the test did not test it"
    finally:
        for engine in engines:
            engine.close()
            engine.client.close()
            engine.store.close()
        for worker in workers:
            worker.stop()
        for server in web.servers:
            server.stop()
        db.dispose()
