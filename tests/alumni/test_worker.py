"""The alumni worker: picks up received registrations of every tenant, retries technical errors."""

from __future__ import annotations

import io
from contextlib import redirect_stdout
from datetime import UTC, datetime, timedelta
from typing import Any

from models.alumni import AlumniRegistration, AlumniStatus
from server.cli import main as cli_main
from server.services.alumni.forms import intake
from server.services.alumni.processing import retry_delay
from server.services.alumni.student_records import StudentRecordSource
from server.services.alumni.worker import AlumniWorker, database_sources
from server.services.database import Database
from server.settings import Settings
from tests.alumni import builders as b
from tests.utils.servers import wait_until

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def settings_for(db: Database, **extra: Any) -> Settings:
    return Settings(database_url=db.url, secret_key="test", **extra)  # type: ignore[arg-type]


def new_tenant(db: Database, *, records_for: str | None = None) -> str:
    """A tenant with the standard rules; a student record meeting them for ``records_for``."""
    with db.transaction() as s:
        t = b.tenant(s)
        b.standard_rules(s, t.id)
        if records_for:
            b.student_record(s, t.id, email=records_for)
        return t.id


def register(db: Database, tenant_id: str, email: str = "anna.berg@example.se") -> str:
    with db.transaction() as s:
        return intake(
            session=s,
            tenant_id=tenant_id,
            data={"email": email, "first_name": "Anna", "last_name": "Berg"},
            now=NOW,
        ).id


def load(db: Database, registration_id: str) -> AlumniRegistration:
    with db.sessions() as s:
        reg = s.get(AlumniRegistration, registration_id)
        assert reg is not None
        return reg


def test_one_pass_checks_the_received_registrations_of_every_tenant(db: Database) -> None:
    first = new_tenant(db, records_for="anna.berg@example.se")
    second = new_tenant(db)
    approved = register(db, first)
    queued = register(db, second, "erik@example.se")

    result = AlumniWorker(db, settings_for(db)).run_once(now=NOW)

    assert load(db, approved).status == AlumniStatus.APPROVED_ALUMNUS
    assert load(db, queued).status == AlumniStatus.NOT_APPROVED
    assert (result.decided, result.failed) == (2, 0)
    assert {first, second} <= set(result.tenants)
    # Nothing is left: the next pass finds no tenant with due work of ours.
    again = AlumniWorker(db, settings_for(db)).run_once(now=NOW)
    assert first not in again.tenants and second not in again.tenants


def test_a_technical_error_is_retried_when_due_and_then_decided(db: Database) -> None:
    tid = new_tenant(db, records_for="anna.berg@example.se")
    rid = register(db, tid)
    flaky: dict[str, b.FlakySource] = {}

    def sources(tenant_id: str) -> StudentRecordSource:
        inner = database_sources(db)(tenant_id)
        return flaky.setdefault(tenant_id, b.FlakySource(inner, failures=1))  # type: ignore[arg-type]

    worker = AlumniWorker(db, settings_for(db), sources=sources)

    worker.run_once(now=NOW)
    reg = load(db, rid)
    assert (reg.status, reg.attempts) == (AlumniStatus.RECEIVED, 1)
    assert reg.last_error.startswith("Student records could not be read: TimeoutError")
    assert reg.next_attempt_at == NOW + retry_delay(1)

    too_soon = worker.run_once(now=NOW + retry_delay(1) - timedelta(seconds=1))
    assert tid not in too_soon.tenants
    assert flaky[tid].calls == 1  # not asked again before its time

    worker.run_once(now=NOW + retry_delay(1))
    reg = load(db, rid)
    assert reg.status == AlumniStatus.APPROVED_ALUMNUS
    assert (reg.attempts, reg.last_error, reg.next_attempt_at) == (1, "", None)
    assert reg.decision_reason.startswith("No existing person matched; created as the rules hold")


def test_the_worker_thread_decides_a_new_registration_when_woken(sqlite_db: Database) -> None:
    tid = new_tenant(sqlite_db, records_for="anna.berg@example.se")
    worker = AlumniWorker(sqlite_db, settings_for(sqlite_db, worker_poll_seconds=30.0)).start()
    try:
        rid = register(sqlite_db, tid)
        worker.wake()
        wait_until(
            lambda: load(sqlite_db, rid).status == AlumniStatus.APPROVED_ALUMNUS,
            what="the worker thread",
        )
    finally:
        worker.stop()


def test_the_server_with_its_worker_checks_what_arrives(sqlite_db: Database) -> None:
    from tests.utils.servers import InProcessServer

    tid = new_tenant(sqlite_db, records_for="anna.berg@example.se")
    settings = settings_for(sqlite_db, run_worker=True, worker_poll_seconds=0.1)
    server = InProcessServer(settings, sqlite_db).start()
    try:
        rid = register(sqlite_db, tid)  # stored by another process: only the worker sees it
        wait_until(
            lambda: load(sqlite_db, rid).status == AlumniStatus.APPROVED_ALUMNUS,
            what="the in-process worker",
        )
    finally:
        server.stop()


def test_worker_command_runs_one_pass_of_the_alumni_check(sqlite_db: Database) -> None:
    tid = new_tenant(sqlite_db, records_for="anna.berg@example.se")
    rid = register(sqlite_db, tid)
    out = io.StringIO()

    with redirect_stdout(out):
        code = cli_main(["worker", "--once", "--dev", "--database", sqlite_db.url])

    assert code == 0
    assert "alumni registrations decided 1, failed 0" in out.getvalue()
    assert load(sqlite_db, rid).status == AlumniStatus.APPROVED_ALUMNUS
