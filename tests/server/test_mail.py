"""The mail outbox: approval requests queue a mail with a personal link, the worker
delivers over real SMTP (aiosmtpd) with retries, and records each delivery."""

from __future__ import annotations

import hashlib
import re
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import requests
from sqlalchemy import delete, select, update

from models.ids import new_id, utcnow
from server.db import migrate
from server.services.database import Database
from server.services.mail import MailWorker, queue_mail
from server.settings import Settings
from server.tables import LinkToken, MailOutbox
from tests.server.conftest import api_settings
from tests.server.helpers import World, cmd, registrations_awaiting_approval
from tests.server.smtp import SmtpServer
from tests.utils.servers import LiveServer, add_account, login, wait_until

LINK = re.compile(r"https://kansli\.test/approve/([A-Za-z0-9_-]{40,})")


def test_approval_request_queues_mail_with_personal_link(world: World) -> None:
    [reg_id] = registrations_awaiting_approval(
        lambda cs: world.push(*cs), 1, manager_email="karin.chef@firma.se"
    )
    [result] = world.push(
        cmd("registration.request_approval", registration_id=reg_id, message="Hej Karin!"),
        role="course_admin",
    )
    assert result["status"] == "applied", result
    with world.db.sessions() as s:
        [mail] = s.scalars(select(MailOutbox).where(MailOutbox.related_id == reg_id)).all()
        assert mail.tenant_id == world.tenant_id
        assert mail.to_address == "karin.chef@firma.se"
        assert mail.status == "queued"
        assert "Deltagare0 Svensson" in mail.subject
        assert "Hej Karin!" in mail.body_text
        token = LINK.search(mail.body_text).group(1)  # type: ignore[union-attr]
        link = s.scalar(
            select(LinkToken).where(
                LinkToken.token_hash == hashlib.sha256(token.encode()).hexdigest()
            )
        )
        assert link is not None
        assert token not in (link.token_hash, link.id)
        assert link.email == "karin.chef@firma.se"
        assert link.entity_id == reg_id
        assert link.purpose == "registration_approval"
        assert link.tenant_id == world.tenant_id
        days = (link.expires_at - link.created_at) / timedelta(days=1)
        assert days == pytest.approx(14, abs=0.01)
    listed = (
        world.client()
        .get(f"{world.url}/api/v1/mail", params={"related_id": reg_id}, timeout=10)
        .json()["mails"]
    )
    assert [m["id"] for m in listed] == [mail.id]
    one = world.client().get(f"{world.url}/api/v1/mail/{mail.id}", timeout=10).json()
    assert one["status"] == "queued" and one["attempts"] == 0


def test_only_administrators_read_the_mail_records(world: World) -> None:
    with world.db.transaction() as s:
        mail = queue_mail(
            session=s,
            settings=world_settings(),
            tenant_id=world.tenant_id,
            kind="mail.test",
            to_address="someone.private@example.se",
            subject="Private",
            body_text="-",
        )
        mail_id = mail.id
    for role in ("viewer", "course_admin", "alumni_officer", "attestant"):
        listed = world.client(role).get(f"{world.url}/api/v1/mail", timeout=10)
        assert listed.status_code == 403, (role, listed.text)
        assert listed.json()["detail"]["code"] == "forbidden"
        one = world.client(role).get(f"{world.url}/api/v1/mail/{mail_id}", timeout=10)
        assert one.status_code == 403 and "someone.private" not in one.text
    admin = world.client("admin").get(f"{world.url}/api/v1/mail", timeout=10)
    assert admin.status_code == 200
    assert mail_id in {m["id"] for m in admin.json()["mails"]}


def world_settings() -> Settings:
    return Settings(database_url="sqlite://", public_base_url="https://kansli.test")


def test_rejected_request_queues_no_mail(world: World) -> None:
    [reg_id] = registrations_awaiting_approval(lambda cs: world.push(*cs), 1)
    [result] = world.push(
        cmd("registration.request_approval", registration_id=reg_id), role="viewer"
    )
    assert result["status"] == "rejected"
    with world.db.sessions() as s:
        assert s.scalars(select(MailOutbox).where(MailOutbox.related_id == reg_id)).all() == []


# -- the worker against a real SMTP server ------------------------------------------------


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def mail_db(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Database]:
    if request.param == "sqlite":
        url = f"sqlite:///{Path(tmp_path_factory.mktemp('mail')) / 'mail.db'}"
    else:
        url = request.getfixturevalue("pg_cluster").create_database("kansli_mail")
    migrate(url)
    db = Database(url)
    yield db
    db.dispose()


def _worker(db: Database, smtp_port: int, **settings: object) -> MailWorker:
    with db.transaction() as s:
        s.execute(delete(MailOutbox))
    values: dict[str, object] = {"smtp_port": smtp_port, "mail_retry_base_seconds": 60.0}
    values.update(settings)
    return MailWorker(db, api_settings(db.url, **values))


def _queue(worker: MailWorker, n: int = 1, to: str = "mottagare@example.se") -> list[str]:
    ids = []
    with worker.db.transaction() as s:
        for i in range(n):
            mail = queue_mail(
                session=s,
                settings=worker.settings,
                tenant_id=new_id(),
                kind="test",
                to_address=to,
                subject=f"Ämne {i}",
                body_text=f"Hej {i}!\nLänk: https://x/y",
            )
            ids.append(mail.id)
    return ids


def _rows(db: Database) -> dict[str, MailOutbox]:
    with db.sessions() as s:
        return {m.id: m for m in s.scalars(select(MailOutbox))}


def test_worker_delivers_and_records_sent(mail_db: Database, smtp: SmtpServer) -> None:
    worker = _worker(mail_db, smtp.port)
    [mail_id] = _queue(worker)
    result = worker.run_once()
    assert (result.sent, result.retried, result.failed) == (1, 0, 0)
    [msg] = smtp.messages
    assert msg["Subject"] == "Ämne 0"
    assert msg["To"] == "mottagare@example.se"
    assert msg.get_content().strip().startswith("Hej 0!")  # type: ignore[attr-defined]
    row = _rows(mail_db)[mail_id]
    assert row.status == "sent" and row.sent_at is not None and row.attempts == 1
    assert msg["Message-ID"] == row.message_id
    assert worker.run_once().sent == 0  # nothing is sent twice


def test_permanent_refusal_fails_with_the_smtp_answer(mail_db: Database, smtp: SmtpServer) -> None:
    worker = _worker(mail_db, smtp.port)
    smtp.recorder.refuse_rcpt = "550 5.1.1 Mailbox unavailable"
    [mail_id] = _queue(worker)
    assert worker.run_once().failed == 1
    row = _rows(mail_db)[mail_id]
    assert row.status == "failed"
    assert row.last_error == "550 5.1.1 Mailbox unavailable"
    assert smtp.messages == []


def test_temporary_refusal_is_retried_with_backoff(mail_db: Database, smtp: SmtpServer) -> None:
    worker = _worker(mail_db, smtp.port)
    smtp.recorder.refuse_rcpt = "451 4.3.0 Try again later"
    [mail_id] = _queue(worker)
    before = utcnow()
    assert worker.run_once().retried == 1
    row = _rows(mail_db)[mail_id]
    assert row.status == "queued" and row.attempts == 1
    assert row.last_error == "451 4.3.0 Try again later"
    assert row.next_attempt_at >= before + timedelta(seconds=45)  # 60 s +-20 %
    assert worker.run_once().retried == 0  # not due yet
    smtp.recorder.refuse_rcpt = None
    with mail_db.transaction() as s:
        s.execute(update(MailOutbox).values(next_attempt_at=utcnow()))
    assert worker.run_once().sent == 1
    assert _rows(mail_db)[mail_id].status == "sent"
    assert len(smtp.messages) == 1


def test_too_many_attempts_fail_for_good(mail_db: Database, smtp: SmtpServer) -> None:
    worker = _worker(mail_db, smtp.port, mail_max_attempts=2, mail_retry_base_seconds=0.001)
    smtp.recorder.refuse_rcpt = "421 4.7.0 Busy"
    [mail_id] = _queue(worker)
    assert worker.run_once().retried == 1
    deadline = time.monotonic() + 10
    while _rows(mail_db)[mail_id].next_attempt_at > utcnow():
        assert time.monotonic() < deadline
        time.sleep(0.005)  # polling a condition with a deadline
    assert worker.run_once().failed == 1
    row = _rows(mail_db)[mail_id]
    assert row.status == "failed" and row.attempts == 2 and row.last_error.startswith("421")


def test_two_workers_never_send_one_mail_twice(mail_db: Database, smtp: SmtpServer) -> None:
    first = _worker(mail_db, smtp.port)
    second = MailWorker(mail_db, first.settings)
    ids = _queue(first, 12)
    results = []
    threads = [
        threading.Thread(target=lambda w=w: results.append(w.run_once())) for w in (first, second)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sum(r.sent for r in results) == 12
    assert sorted(m["Subject"] for m in smtp.messages) == sorted(f"Ämne {i}" for i in range(12))
    assert {r.status for r in _rows(mail_db).values()} == {"sent"}
    assert set(_rows(mail_db)) == set(ids)


def test_a_slow_smtp_server_never_outlasts_the_claim(mail_db: Database, smtp: SmtpServer) -> None:
    # Another worker takes a claim whose lease ran out (its claimer died): a batch's mail is
    # tried only while one send's worst case (3 SMTP timeouts, 0.9 s) fits in its 1.8 s
    # lease; the rest is given back as it was.
    worker = _worker(mail_db, smtp.port, mail_lease_seconds=1.8, smtp_timeout_seconds=0.3)
    smtp.recorder.delay = 0.25
    ids = _queue(worker, 6)
    first = worker.run_once()
    assert 1 <= first.sent < 6 and first.retried == first.failed == 0
    back = [r for r in _rows(mail_db).values() if r.status != "sent"]
    assert len(back) == 6 - first.sent
    assert all(r.status == "queued" and r.attempts == 0 for r in back)
    for _ in range(10):
        if worker.run_once().sent == 0:
            break
    rows = _rows(mail_db)
    assert {r.status for r in rows.values()} == {"sent"} and set(rows) == set(ids)
    assert all(r.attempts == 1 for r in rows.values())
    assert sorted(m["Subject"] for m in smtp.messages) == sorted(f"Ämne {i}" for i in range(6))


def test_a_lease_shorter_than_two_sends_is_refused() -> None:
    with pytest.raises(ValueError, match="KANSLI_MAIL_LEASE_SECONDS=5 must be at least 12"):
        Settings(mail_lease_seconds=5, smtp_timeout_seconds=2)
    assert Settings(smtp_timeout_seconds=2).mail_lease() == 42  # 2 x 3 timeouts + 30 s


def test_a_live_worker_s_later_batches_are_never_taken_by_another(
    mail_db: Database, smtp: SmtpServer
) -> None:
    # The reviewer's case: small batches (3 mails, 0.75 s each), a pass longer than one
    # lease (1.8 s), and a second worker that starts once the first batch's lease has run
    # out, while the first sends its third batch. Each batch is claimed at its own time, so
    # the second worker never finds a claim of the live one expired.
    first = _worker(mail_db, smtp.port, mail_lease_seconds=1.8, smtp_timeout_seconds=0.3)
    first.batch = 3
    smtp.recorder.delay = 0.25
    ids = _queue(first, 9)
    second = MailWorker(mail_db, first.settings)
    runner = threading.Thread(target=lambda: first.run_once(limit=100))
    runner.start()
    try:

        def a_lease_ran_out() -> bool:  # a claim's end (kept once sent) has passed
            now = utcnow()
            return any(r.attempts and r.next_attempt_at <= now for r in _rows(mail_db).values())

        wait_until(a_lease_ran_out, timeout=30, what="the first batch's lease over")
        while runner.is_alive():
            second.run_once(limit=100)
    finally:
        runner.join(60)
    second.run_once(limit=100)  # what the first gave back
    received = Counter(m["Message-ID"] for m in smtp.messages)
    rows = _rows(mail_db)
    assert {r.status for r in rows.values()} == {"sent"} and set(rows) == set(ids)
    assert len(received) == 9
    assert [mid for mid, n in received.items() if n > 1] == []


def test_a_stopping_worker_sends_no_further_mail(mail_db: Database, smtp: SmtpServer) -> None:
    # SIGTERM (stop) mid-batch: the mail under way is sent and recorded, the rest of the
    # batch given back as it was, and the other jobs of the pass are not started.
    others: list[str] = []
    worker = _worker(mail_db, smtp.port)
    worker = MailWorker(mail_db, worker.settings, also=[lambda: others.append("sms")])
    smtp.recorder.delay = 0.2
    ids = _queue(worker, 20)
    worker.start()
    wait_until(lambda: smtp.messages, what="the first mail")
    worker.stop()
    rows = _rows(mail_db)
    sent = [r for r in rows.values() if r.status == "sent"]
    back = [r for r in rows.values() if r.status != "sent"]
    assert 1 <= len(sent) < 5 and len(smtp.messages) == len(sent)
    assert all(r.status == "queued" and r.attempts == 0 for r in back)
    assert len(rows) == len(ids) and others == []


def test_a_worker_whose_claim_ran_out_cannot_overwrite_another_s(
    mail_db: Database, smtp: SmtpServer
) -> None:
    # Worker A claims, its lease runs out, worker B claims the mail again: what A then
    # records (a retry, a release) does not touch B's claim.
    a = _worker(mail_db, smtp.port)
    b = MailWorker(mail_db, a.settings)
    [mail_id] = _queue(a)
    due = {mail_id: _rows(mail_db)[mail_id].next_attempt_at}
    [claim_a] = a._claim([mail_id], utcnow())
    later = utcnow() + a._lease() + timedelta(seconds=1)
    [claim_b] = b._claim([mail_id], later)
    assert claim_b.attempts == claim_a.attempts + 1
    a._record(claim_a, "queued", "451 too late")
    a._release([claim_a], due)
    a._record_sent([claim_a])
    row = _rows(mail_db)[mail_id]
    assert (row.status, row.attempts, row.last_error) == ("sending", 2, claim_b.last_error)
    b._record_sent([claim_b])
    assert _rows(mail_db)[mail_id].status == "sent"


# -- the real server with the SMTP server down for a while --------------------------------


def _wait(condition: object, what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)  # polling a condition with a deadline


def test_smtp_down_then_up_every_mail_delivered_exactly_once(server_db_url: str) -> None:
    smtp = SmtpServer()  # not started: the SMTP server is down
    env = {
        "KANSLI_SMTP_HOST": "127.0.0.1",
        "KANSLI_SMTP_PORT": str(smtp.port),
        "KANSLI_RUN_WORKER": "1",
        "KANSLI_WORKER_POLL_SECONDS": "0.2",
        "KANSLI_MAIL_RETRY_BASE_SECONDS": "0.2",
        "KANSLI_MAIL_RETRY_MAX_SECONDS": "0.5",
        "KANSLI_PUBLIC_BASE_URL": "https://kansli.test",
    }
    server = LiveServer(server_db_url, env=env).start()
    db = Database(server_db_url)
    try:
        # admin: reads the mail records
        account = add_account(server_db_url, roles=("course_admin", "admin"))
        client = login(server.url, account)

        def push(commands: list[dict[str, object]]) -> list[dict[str, object]]:
            resp = client.post(
                f"{server.url}/api/v1/sync/push", json={"commands": commands}, timeout=30
            )
            assert resp.status_code == 200, resp.text
            return resp.json()["results"]  # type: ignore[no-any-return]

        reg_ids = registrations_awaiting_approval(push, 6)
        results = push([cmd("registration.request_approval", registration_id=r) for r in reg_ids])
        assert {r["status"] for r in results} == {"applied"}

        def all_tried() -> bool:
            rows = _rows(db).values()
            return len(rows) == 6 and all(m.attempts >= 1 and m.status == "queued" for m in rows)

        _wait(all_tried, "every mail to be tried against the closed port")
        assert all(
            "Connection" in m.last_error or "refused" in m.last_error.lower()
            for m in _rows(db).values()
        )
        server.restart()  # nothing is lost across a restart either
        client = login(server.url, account)
        smtp.start()
        try:
            messages = smtp.wait_for(6)
            _wait(lambda: {m.status for m in _rows(db).values()} == {"sent"}, "all sent")
            # A few more worker passes must not send anything again.
            passes_done = time.monotonic() + 1.0
            _wait(lambda: time.monotonic() > passes_done, "worker passes", timeout=5)
            messages = smtp.messages
        finally:
            smtp.stop()
        assert len(messages) == 6
        ids = [m["Message-ID"] for m in messages]
        assert len(set(ids)) == 6
        assert set(ids) == {m.message_id for m in _rows(db).values()}
        links = {LINK.search(m.get_content()).group(1) for m in messages}  # type: ignore[union-attr]
        assert len(links) == 6
        delivery = client.get(f"{server.url}/api/v1/mail", timeout=10).json()["mails"]
        assert {m["status"] for m in delivery} == {"sent"}
        assert requests.get(f"{server.url}/api/v1/health", timeout=10).status_code == 200
    finally:
        server.stop()
        db.dispose()
