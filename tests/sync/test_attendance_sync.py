"""Check-in at two stations offline, over the real server (issue 19): both let Maria in
locally; the first to sync records her, the second is refused "Already checked in at
HH:MM" with the server's row, and both stations then answer red for her."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from devtools.server_data import server_session
from models.attendance import Attendance, MembershipCard, attendance_id, local_time
from models.audit import AuditEvent
from models.courses import Course, CourseRound, Registration, RoundSession
from models.people import Person
from models.presence import Green, Red, RedReason, check_in_answer
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


def _evening(db_url: str, tenant_id: str, today: date) -> dict[str, str]:
    """Maria, registered on a round with a session today, and her membership card."""
    with server_session(db_url) as s:
        maria = Person(tenant_id=tenant_id, first_name="Maria", last_name="Ek")
        course = Course(tenant_id=tenant_id, code="TANGO1", name="Tango", category="dans")
        s.add_all([maria, course])
        s.flush()
        round_ = CourseRound(tenant_id=tenant_id, course_id=course.id, name="Tango HT26")
        s.add(round_)
        s.flush()
        tonight = RoundSession(
            tenant_id=tenant_id, round_id=round_.id, day=today, start_minute=18 * 60
        )
        s.add_all(
            [
                tonight,
                Registration(tenant_id=tenant_id, round_id=round_.id, participant_id=maria.id),
                MembershipCard(tenant_id=tenant_id, person_id=maria.id, code="KORT-4711"),
            ]
        )
        s.flush()
        return {"maria": maria.id, "session": tonight.id}


def test_two_offline_stations_check_maria_in_once(
    server: LiveServer, account: Account, tmp_path: Path
) -> None:
    today = date.today()
    ids = _evening(server.db_url, account.tenant_id, today)
    a = connect(server.url, account, tmp_path / "door.db")
    b = connect(server.url, account, tmp_path / "hall.db")
    try:
        a.sync_once()
        b.sync_once()
        for station in (a, b):  # offline: each answers green and records her locally
            with station.store.sessions() as s:
                answer = check_in_answer(
                    s, account.tenant_id, ids["session"], "KORT-4711", today=today
                )
            assert answer == Green(ids["maria"], {"name": "Maria"})
            args = {"session_id": ids["session"], "person_id": ids["maria"], "how": "scan"}
            station.execute(command("attendance.check_in", args), station.actor())
        assert a.sync_once().applied == 1
        report = b.sync_once()
        assert (report.applied, report.rejected) == (0, 1)
        [refused] = b.store.open_rejections()
        with server_session(server.db_url) as s:
            row = s.get(Attendance, attendance_id(ids["session"], ids["maria"]))
            assert row is not None and row.checked_in_at is not None
            first = local_time(row.checked_in_at)
        assert (refused.code, refused.message) == (
            "transition_refused",
            f"Already checked in at {first}",
        )
        for station in (a, b):
            assert differences(local_view(station.store), server_view(station.client)) == []
            with station.store.sessions() as s:
                answer = check_in_answer(
                    s, account.tenant_id, ids["session"], "KORT-4711", today=today
                )
            assert isinstance(answer, Red)
            assert answer.reason == RedReason.ALREADY_CHECKED_IN
            assert answer.values == {"name": "Maria", "time": first}
    finally:
        close(a)
        close(b)


def test_staff_letting_someone_in_is_audited_on_the_server(
    server: LiveServer, account: Account, tmp_path: Path
) -> None:
    today = date.today()
    ids = _evening(server.db_url, account.tenant_id, today)
    with server_session(server.db_url) as s:
        guest = Person(tenant_id=account.tenant_id, first_name="Gäst", last_name="Gästsson")
        s.add(guest)
        s.flush()
        guest_id = guest.id
    station = connect(server.url, account, tmp_path / "door.db")
    try:
        station.sync_once()
        with station.store.sessions() as s:
            answer = check_in_answer(s, account.tenant_id, ids["session"], "KORT-X", today=today)
        assert answer == Red(RedReason.UNKNOWN_PERSON, {})
        args = {
            "session_id": ids["session"],
            "person_id": guest_id,
            "reason": "Provar på en gång",
            "overridden": "not_registered",
        }
        station.execute(command("attendance.override", args), station.actor())
        assert station.sync_once().applied == 1
        with server_session(server.db_url) as s:
            row = s.get(Attendance, attendance_id(ids["session"], guest_id))
            assert row is not None and row.how == "override"
            [event] = s.scalars(
                select(AuditEvent).where(
                    AuditEvent.entity_id == row.id, AuditEvent.action == "attendance.override"
                )
            ).all()
            assert event.details["reason"] == "Provar på en gång"
            assert event.actor_email == account.email
    finally:
        close(station)
