"""server_seq under concurrent writers: a reader pulling with its cursor never skips a row.

The trap (ARCHITECTURE.md): on PostgreSQL a transaction that took seq 5
can commit after one that took seq 6; a reader that saw 6 would never see 5.
Seq assignment holds the tenant's tenant_seq row lock until commit, so that
cannot happen. These tests run concurrent writer transactions against a
reader pulling over HTTP in a loop, on SQLite and on PostgreSQL, and prove
on PostgreSQL that a second writer really waits for the first to end.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter

import pytest
from sqlalchemy import text

from models.courses import Course
from models.ids import new_id
from server.db import migrate
from server.services.auth import authenticate
from server.services.database import Database
from server.services.sync import pull
from tests.server.helpers import World

WRITERS = 4
TRANSACTIONS = 15
ROWS_PER_FLUSH = 2


def _writer(
    db: Database,
    tenant_id: str,
    barrier: threading.Barrier,
    written: list[str],
    errors: list[BaseException],
    seed: int,
) -> None:
    rng = random.Random(seed)
    try:
        for _ in range(TRANSACTIONS):
            with db.sessions() as s, s.begin():
                s.execute(text("SELECT 1"))  # the transaction is open (PostgreSQL)...
                barrier.wait(timeout=60)  # ...at the same time as every other writer's
                ids = []
                for _flush in range(2):  # two flushes: the lock is held across both
                    for _ in range(ROWS_PER_FLUSH):
                        course = Course(id=new_id(), tenant_id=tenant_id, code="C", name="Kurs")
                        s.add(course)
                        ids.append(course.id)
                    s.flush()
                    # More work after taking seqs, of varying length, so that without
                    # the lock later seqs would often commit before earlier ones.
                    for _ in range(rng.randint(0, 12)):
                        s.execute(text("SELECT count(*) FROM course"))
            written.extend(ids)
    except BaseException as exc:
        errors.append(exc)
        barrier.abort()


def test_reader_pulling_during_concurrent_writes_sees_every_row_once(world: World) -> None:
    barrier = threading.Barrier(WRITERS)
    written: list[str] = []
    errors: list[BaseException] = []
    writers = [
        threading.Thread(
            target=_writer, args=(world.db, world.tenant_id, barrier, written, errors, n)
        )
        for n in range(WRITERS)
    ]
    seen: list[str] = []
    cursors: list[int] = []
    with world.db.sessions() as s:
        principal = authenticate(session=s, token=world.tokens["viewer"])
    assert principal is not None
    cursor = 0

    def pull_once() -> bool:
        # The pull service itself (what GET /sync/pull runs), called as fast as it answers.
        nonlocal cursor
        with world.db.sessions() as s:
            page = pull(session=s, principal=principal, cursor=cursor, limit=7)
        seen.extend(r["id"] for r in page["changes"].get("course", []))
        cursor = int(page["next_cursor"])
        cursors.append(cursor)
        return bool(page["has_more"])

    for w in writers:
        w.start()
    deadline = time.monotonic() + 120
    while any(w.is_alive() for w in writers):
        assert time.monotonic() < deadline, "writers did not finish"
        pull_once()
    for w in writers:
        w.join()
    assert not errors, errors
    while pull_once():
        pass
    assert len(written) == WRITERS * TRANSACTIONS * 2 * ROWS_PER_FLUSH
    duplicates = [i for i, n in Counter(seen).items() if n > 1]
    assert not duplicates
    missing = set(written) - set(seen)
    assert not missing, f"the reader skipped {len(missing)} rows"
    assert cursors == sorted(cursors)


@pytest.mark.postgres
def test_second_writer_waits_until_first_commits_on_postgres(pg_url: str) -> None:
    migrate(pg_url)
    db = Database(pg_url)
    tenant_id = new_id()
    try:
        with db.transaction() as s:  # the tenant's seq row exists
            s.add(Course(id=new_id(), tenant_id=tenant_id, code="C", name="Första"))
        first = db.sessions()
        first.begin()
        early = Course(id=new_id(), tenant_id=tenant_id, code="C", name="Tidig")
        first.add(early)
        first.flush()  # holds the tenant's seq lock from here until commit
        result: dict[str, int] = {}

        def second_writer() -> None:
            with db.transaction() as s:
                late = Course(id=new_id(), tenant_id=tenant_id, code="C", name="Sen")
                s.add(late)
                s.flush()
                assert late.server_seq is not None
                result["seq"] = late.server_seq

        thread = threading.Thread(target=second_writer)
        thread.start()
        deadline = time.monotonic() + 20
        with db.engine.connect() as probe:
            while True:
                waiting = probe.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity "
                        "WHERE wait_event_type = 'Lock' AND query LIKE 'UPDATE tenant_seq%'"
                    )
                ).scalar()
                if waiting:
                    break
                assert time.monotonic() < deadline, "the second writer never waited for the lock"
                assert thread.is_alive(), "the second writer finished while the first was open"
                probe.rollback()
                time.sleep(0.01)  # polling a condition with a deadline
        assert "seq" not in result
        assert early.server_seq is not None
        first.commit()
        first.close()
        thread.join(20)
        assert result["seq"] > early.server_seq
    finally:
        db.dispose()
