"""``notify-fanout``: one notification to 10,000 recipients, queued, then sent over SMTP.

A tenant on the real PostgreSQL of the benchmarks (``devtools.postgres``) binds the event
``round.opens`` (its shipped default template, by e-mail) to its static recipients
(``notification_recipient``): 10,000 (``--size``) people with an address each. The
server's own :func:`server.services.notify.notify` queues the fan-out in one transaction
(``queue_s``: from the call to the commit), then the real
:class:`server.services.mail.MailWorker` renders the messages and sends them to a local
SMTP server (aiosmtpd on a real socket, in a thread of this process) until every mail is
sent (``send_s``, ``mails_per_s``). Targets (issue 16): queued in at most 2 s, sent at
200 mails/s or more. ``*_cpu_s``: this process's CPU time in each phase (the SMTP
server's thread included, PostgreSQL not): what the phase costs when the machine is shared.
"""

from __future__ import annotations

import threading
import time
from datetime import date
from typing import Any

from sqlalchemy import func, insert, select

from bench.harness import Result, load_average, peak_rss_mb, profiled, timer
from models.ids import new_id, utcnow
from models.notifications import EventType, NotificationBinding, NotificationRecipient
from models.people import Person, PersonEmail

ROUND_VALUES = {
    "course": "Projektledning",
    "round": "Projektledning VT 2027",
    "round_details": "2027-02-01 – 2027-02-03\nUppsala\n3 sessions",
    "signup_link": "https://kansli.example/signup/projektledning-vt-2027",
}


class _Counter:
    """aiosmtpd handler: takes every mail and counts it (the body is not kept)."""

    def __init__(self) -> None:
        self.count = 0
        self._lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self._lock:
            self.count += 1
        return "250 2.0.0 Message accepted"


def _recipients(db_url: str, tenant_id: str, n: int) -> None:
    """``n`` people with an address each, all static notification recipients, and the
    binding of ``round.opens`` to them (shipped default template, e-mail); bulk inserted
    with server seqs, as the demo data is."""
    from server.services.database import Database
    from server.services.seq import ensure_tenant_seq, take_seq

    people = [new_id() for _ in range(n)]
    now = utcnow()
    db = Database(db_url)
    try:
        with db.engine.begin() as conn:
            ensure_tenant_seq(conn, tenant_id)
            seq = iter(range(take_seq(conn, tenant_id, 3 * n + 1) - 3 * n, 10**12))

            def synced(**values: Any) -> dict[str, Any]:
                return {"tenant_id": tenant_id, "server_seq": next(seq), "updated_at": now} | values

            conn.execute(
                insert(Person.__table__),  # type: ignore[arg-type]
                [synced(id=p, first_name=f"Mottagare{i}", last_name="Svensson")
                 for i, p in enumerate(people)],
            )  # fmt: skip
            conn.execute(
                insert(PersonEmail.__table__),  # type: ignore[arg-type]
                [synced(id=new_id(), person_id=p, address=f"mottagare{i}@fanout.example",
                        is_primary=True) for i, p in enumerate(people)],
            )  # fmt: skip
            conn.execute(
                insert(NotificationRecipient.__table__),  # type: ignore[arg-type]
                [synced(id=new_id(), person_id=p, role="Kursadministratör") for p in people],
            )
            conn.execute(
                insert(NotificationBinding.__table__),  # type: ignore[arg-type]
                [synced(id=new_id(), event_type=EventType.ROUND_OPENS.value, template_id=None,
                        scope_kind="tenant", scope_id=None, recipients=["static"],
                        channels=["email"])],
            )  # fmt: skip
    finally:
        db.dispose()


def notify_fanout(size: int | None) -> Result:
    from aiosmtpd.controller import Controller

    from devtools.live_server import add_account, free_port
    from devtools.postgres import PostgresCluster
    from server.db import migrate
    from server.services.database import Database
    from server.services.mail import MailWorker
    from server.services.notify import Concerns, notify
    from server.settings import Settings
    from server.tables import MailOutbox

    n = size or 10_000
    result = Result(
        "notify-fanout", {"recipients": n, "event": "round.opens", "database": "postgresql"}
    )
    cluster = PostgresCluster().start()
    counter = _Counter()
    smtp = Controller(counter, hostname="127.0.0.1", port=free_port())
    smtp.start()
    try:
        db_url = cluster.create_database("bench")
        migrate(db_url)
        account = add_account(db_url, tenant="bench", email="admin@bench.example")
        tenant_id = account["tenant_id"]
        _recipients(db_url, tenant_id, n)
        settings = Settings(
            database_url=db_url,
            public_base_url="https://kansli.example",
            smtp_host="127.0.0.1",
            smtp_port=smtp.port,
            run_worker=False,
        )
        db = Database(db_url)
        try:
            load = load_average()
            cpu = time.process_time()
            with timer() as took, profiled("notify-queue"), db.transaction() as s:
                queued = notify(
                    s,
                    settings,
                    tenant_id=tenant_id,
                    event=EventType.ROUND_OPENS,
                    values=ROUND_VALUES,
                    concerns=Concerns(round_id=new_id()),
                    recipients={},
                    related_id=None,
                )
            result.record("queue_s", took())
            result.record("queue_cpu_s", time.process_time() - cpu)
            assert len(queued) == n, f"{len(queued)} of {n} mails queued"
            worker = MailWorker(db, settings)
            cpu = time.process_time()
            with timer() as took, profiled("notify-send"):
                while counter.count < n:
                    run = worker.run_once(limit=1000)
                    assert run.failed == run.retried == 0, run
                    if run.sent == 0:
                        break
            result.record("send_s", took())
            result.record("send_cpu_s", time.process_time() - cpu)
            with db.sessions() as s:
                sent = s.scalar(
                    select(func.count()).select_from(MailOutbox).where(MailOutbox.status == "sent")
                )
            assert sent == n == counter.count, f"{sent} sent, {counter.count} arrived of {n}"
            result.record("queued_per_s", n / result.figures["queue_s"])
            result.record("mails_per_s", n / result.figures["send_s"])
            result.record("peak_rss_mb", peak_rss_mb())
            result.notes.append(f"load average (1 min) before / after: {load} / {load_average()}")
        finally:
            db.dispose()
    finally:
        smtp.stop()
        cluster.stop()
    result.notes.append(
        "the shipped default of round.opens bound at tenant scope to the static recipients; "
        f"SMTP: aiosmtpd in this process (127.0.0.1); {date.today().isoformat()}"
    )
    result.target("queue_s", "<=", 2.0)
    result.target("mails_per_s", ">=", 200.0)
    return result
