"""A round's sessions over the real server (issue 15): added and edited offline on two
clients, merged per field on the server; an edit of a session removed meanwhile is refused,
and both clients end with the server's rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from devtools.server_data import server_session
from models import Course, CourseRound, RoundSession
from models.ids import new_id
from sync.engine import SyncEngine
from tests.sync.helpers import (
    Account,
    close,
    command,
    connect,
    differences,
    local_view,
    server_view,
)
from tests.utils.servers import LiveServer


def _round(db_url: str, tenant_id: str) -> str:
    with server_session(db_url) as s:
        course = Course(tenant_id=tenant_id, code="LED1", name="Ledarskap")
        s.add(course)
        s.flush()
        round_ = CourseRound(
            tenant_id=tenant_id,
            course_id=course.id,
            name="Ledarskap HT26",
            starts_on=date(2026, 9, 1),
            ends_on=date(2026, 9, 30),
        )
        s.add(round_)
        s.flush()
        return round_.id


def _session(engine: SyncEngine, session_id: str) -> RoundSession | None:
    with engine.store.sessions() as s:
        row = s.get(RoundSession, session_id)
        if row is not None:
            s.expunge(row)
        return row


def test_sessions_added_and_edited_offline_merge_on_the_server(
    server: LiveServer, account: Account, tmp_path: Path
) -> None:
    round_id = _round(server.db_url, account.tenant_id)
    a = connect(server.url, account, tmp_path / "a.db")
    b = connect(server.url, account, tmp_path / "b.db")
    try:
        a.sync_once()
        b.sync_once()
        first, second = new_id(), new_id()
        day = {"round_id": round_id, "day": "2026-09-14"}
        a.execute(
            command(
                "session.add",
                {"session_id": first, **day, "start_minute": 540, "end_minute": 960},
            ),
            a.actor(),
        )
        a.execute(command("session.add", {"session_id": second, **day, "room": "Sal B"}), a.actor())
        assert a.sync_once().applied == 2
        b.sync_once()
        # Offline, A moves the first session's room, B its end; B also edits the second,
        # which A removes meanwhile.
        a.execute(
            command("session.edit", {"session_id": first, "changes": {"room": {"new": "Sal A"}}}),
            a.actor(),
        )
        a.execute(command("session.remove", {"session_id": second}), a.actor())
        b.execute(
            command(
                "session.edit",
                {"session_id": first, "changes": {"end_minute": {"old": 960, "new": 900}}},
            ),
            b.actor(),
        )
        b.execute(
            command(
                "session.edit",
                {"session_id": second, "changes": {"room": {"old": "Sal B", "new": "Sal C"}}},
            ),
            b.actor(),
        )
        assert a.sync_once().applied == 2
        report = b.sync_once()
        assert (report.applied, report.rejected) == (1, 1)
        a.sync_once()
        for engine in (a, b):
            merged = _session(engine, first)
            assert merged is not None
            assert (merged.day, merged.start_minute, merged.end_minute, merged.room) == (
                date(2026, 9, 14),
                540,
                900,
                "Sal A",
            )
            removed = _session(engine, second)
            assert removed is not None and removed.deleted_at is not None  # a tombstone
            assert differences(local_view(engine.store), server_view(engine.client)) == []
    finally:
        close(a)
        close(b)
