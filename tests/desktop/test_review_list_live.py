"""Sign-ups for review against the real server over real HTTP (issue 17; seed 003): a
booking of Tango Fortsättare by someone who has not completed Tango Nybörjare is held
for review on the server (server.services.booking.book); the desktop's list shows it after
a sync with its reason, and shows the next one a later sync brings; A accepts it, the
sync sends it, and the server gives the place and charges the booking then."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.courses.review_list import ReviewWindow
from models.courses import Course, CourseRound, Registration, RegistrationStatus
from models.ids import utcnow
from models.people import Person, PersonEmail
from models.prerequisites import CoursePrerequisite
from server.services.booking import book
from server.services.seq import lock_tenant
from server.tables.ledger import LedgerTransaction
from tests.desktop import test_alumni_live
from tests.desktop.test_alumni_live import Desktop
from tests.desktop.test_review_list import ids, key
from tests.server.conftest import api_settings
from tests.sync.helpers import new_account, server_session
from tests.utils.servers import LiveServer

#: A live server of this module's own (the fixture of the Alumni queue's live tests).
server = test_alumni_live.server


def _seed(db_url: str, tenant_id: str) -> dict[str, str]:
    start = date.today() + timedelta(days=30)
    with server_session(db_url) as s:
        basic = Course(tenant_id=tenant_id, code="TN", name="Tango Nybörjare")
        follow = Course(tenant_id=tenant_id, code="TF", name="Tango Fortsättare")
        s.add_all([basic, follow])
        s.flush()
        s.add(
            CoursePrerequisite(
                tenant_id=tenant_id, course_id=follow.id, required_course_id=basic.id
            )
        )
        round_ = CourseRound(
            tenant_id=tenant_id,
            course_id=follow.id,
            name="Onsdagar",
            term="VT2027",
            starts_on=start,
            ends_on=start + timedelta(days=60),
            seats=20,
            status="open",
            price_ore=100_000,
        )
        people = {}
        for first, last in (("Anders", "Berg"), ("Maria", "Lind")):
            person = Person(tenant_id=tenant_id, first_name=first, last_name=last)
            s.add(person)
            s.flush()
            s.add(
                PersonEmail(
                    tenant_id=tenant_id,
                    person_id=person.id,
                    address=f"{first.lower()}@tango.example",
                    is_primary=True,
                )
            )
            people[first] = person.id
        s.add(round_)
        s.flush()
        return {"round": round_.id, **people}


def _book(db_url: str, tenant_id: str, round_id: str, person_id: str) -> str:
    settings = api_settings(db_url)
    with server_session(db_url) as s:
        lock_tenant(s, tenant_id)
        booked = book(
            s, settings, tenant_id=tenant_id, round_id=round_id, person_id=person_id, now=utcnow()
        )
        assert booked.status == RegistrationStatus.REVIEW
        return booked.registration_id


def test_a_booking_held_on_the_server_is_accepted_from_the_desktop(
    qtbot, gui_guard, server: LiveServer, tmp_path: Path, settings
) -> None:
    with gui_guard.allowed():
        account = new_account(server.db_url, roles=("course_admin",))
        seeded = _seed(server.db_url, account.tenant_id)
        anders = _book(server.db_url, account.tenant_id, seeded["round"], seeded["Anders"])
    desk = Desktop(qtbot, gui_guard, server.url, account, tmp_path / "a.db", settings)
    try:
        window = desk.window.show_review()
        assert isinstance(window, ReviewWindow)
        qtbot.waitUntil(lambda: ids(window) == [anders], timeout=10_000)
        row = window.model.rows[0]
        assert (row["participant"], row["course"], row["round"]) == (
            "Anders Berg",
            "Tango Fortsättare",
            "Onsdagar",
        )
        assert window.model.data(window.model.index(0, 4)) == "Has not completed Tango Nybörjare"

        # Another booking held on the server meanwhile: the next sync brings it.
        with gui_guard.allowed():
            maria = _book(server.db_url, account.tenant_id, seeded["round"], seeded["Maria"])
        desk.window.sync_now()
        qtbot.waitUntil(lambda: sorted(ids(window)) == sorted([anders, maria]), timeout=20_000)

        # A accepts Anders; the sync sends it and the server charges the booking.
        window.table.selectRow(window.model.row_of(anders))
        key(qtbot, window, Qt.Key.Key_A)
        qtbot.waitUntil(lambda: ids(window) == [maria])
        desk.window.sync_now()
        qtbot.waitUntil(
            lambda: desk.bridge.status.status == "online" and desk.bridge.status.pending == 0,
            timeout=20_000,
        )
        with gui_guard.allowed(), server_session(server.db_url) as s:
            reg = s.get(Registration, anders)
            assert reg is not None and reg.status == RegistrationStatus.REGISTERED
            charged = s.scalars(
                select(LedgerTransaction).where(LedgerTransaction.reference == anders)
            ).all()
            assert len(charged) == 1
            held = s.get(Registration, maria)
            assert held is not None and held.status == RegistrationStatus.REVIEW
    finally:
        desk.close(gui_guard)
