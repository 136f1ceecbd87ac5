"""The check-in station (issue 19): keyboard-wedge bursts and typing told apart, each
answer (green and every red), decoding generated barcode and QR images, the override
with its reason, the side list and counts; screenshots at full-screen sizes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import zxingcpp
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QMessageBox

from desktop.presence import checkin
from desktop.presence.checkin import CheckInChooser, CheckInWindow, decode_frame
from devtools.server_data import server_session
from models import ledger
from models.attendance import Attendance, MembershipCard, attendance_id, local_time
from models.courses import Course, CourseRound, Registration, RoundSession
from models.ids import new_id
from models.mrz import compose_td1, compose_td3
from models.people import Person
from models.presence import Green, Red, RedReason
from server.services import ledger as accounts
from tests.desktop import test_alumni_live
from tests.desktop.conftest import read
from tests.utils.tcp_proxy import TcpProxy

#: A live server of this module's own (the fixture of the Alumni queue's live tests).
server = test_alumni_live.server

TODAY = date.today()
MARIA_PNR = "198703142391"
SHOTS = Path("/tmp/shots/h11")
SHOTS_H15 = Path("/tmp/shots/h15")
#: Maria's national ID card's machine-readable zone (TD1, three lines).
MARIA_TD1 = compose_td1(
    document_number="59000002",
    birth="870314",
    expiry="300102",
    surname="Ek",
    given_names="Maria",
    optional1=MARIA_PNR,
)
#: Her passport's (TD3, two lines; an older passport's 10-digit personal number).
MARIA_TD3 = compose_td3(
    document_number="XA1234567",
    birth="870314",
    expiry="300101",
    surname="Ek",
    given_names="Maria",
    sex="F",
    personal_number=MARIA_PNR[2:],
)


@pytest.fixture
def evening(store: Any, filled: Any, gui_guard: Any) -> dict[str, str]:
    """Maria (card KORT-4711, personnummer), registered on Tango with a session today;
    Olle on Salsa today; Gäst registered nowhere; a session of Tango tomorrow."""
    tenant = filled.tenant_id
    with gui_guard.allowed(), store.session() as s:
        people = {
            key: Person(tenant_id=tenant, first_name=first, last_name=last, personnummer=pnr)
            for key, first, last, pnr in (
                ("maria", "Maria", "Ek", MARIA_PNR),
                ("olle", "Olle", "Berg", None),
                ("guest", "Gäst", "Gästsson", None),
                ("ulla", "Ulla", "Lind", None),
            )
        }
        courses = [
            Course(tenant_id=tenant, code=code, name=name, category="dans")
            for code, name in (("TANGO1", "Tango"), ("SALSA1", "Salsa"))
        ]
        s.add_all([*people.values(), *courses])
        s.flush()
        tango = CourseRound(tenant_id=tenant, course_id=courses[0].id, name="Tango HT26")
        salsa = CourseRound(tenant_id=tenant, course_id=courses[1].id, name="Salsa HT26")
        s.add_all([tango, salsa])
        s.flush()
        tonight = RoundSession(
            tenant_id=tenant,
            round_id=tango.id,
            day=TODAY,
            start_minute=18 * 60,
            end_minute=19 * 60 + 30,
            room="Sal A",
        )
        tomorrow = RoundSession(
            tenant_id=tenant, round_id=tango.id, day=TODAY + timedelta(days=1), start_minute=18 * 60
        )
        salsa_tonight = RoundSession(
            tenant_id=tenant, round_id=salsa.id, day=TODAY, start_minute=20 * 60
        )
        s.add_all([tonight, tomorrow, salsa_tonight])
        s.add_all(
            [
                Registration(
                    tenant_id=tenant, round_id=tango.id, participant_id=people["maria"].id
                ),
                Registration(tenant_id=tenant, round_id=tango.id, participant_id=people["ulla"].id),
                Registration(tenant_id=tenant, round_id=salsa.id, participant_id=people["olle"].id),
                MembershipCard(tenant_id=tenant, person_id=people["maria"].id, code="KORT-4711"),
                MembershipCard(tenant_id=tenant, person_id=people["olle"].id, code="KORT-0042"),
                MembershipCard(tenant_id=tenant, person_id=people["guest"].id, code="KORT-0007"),
                MembershipCard(tenant_id=tenant, person_id=people["ulla"].id, code="KORT-0099"),
            ]
        )
        s.flush()
        return {
            **{k: p.id for k, p in people.items()},
            "session": tonight.id,
            "tomorrow": tomorrow.id,
        }


class Clock:
    """The station's clock in tests: a scanner's keys 5 ms apart, a person's 150 ms."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _station(qtbot: Any, ctx: Any, session_id: str, **kw: Any) -> CheckInWindow:
    clock = Clock()
    window = CheckInWindow(ctx, session_id, camera=False, now_ms=clock, **kw)
    window.clock = clock  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.data is not None)
    return window


def _keys(window: CheckInWindow, text: str, gap_ms: float) -> None:
    """``text`` then Enter through the window's key handler, ``gap_ms`` apart."""
    clock: Clock = window.clock  # type: ignore[attr-defined]
    for char in [*text, "\r"]:
        clock.now += gap_ms
        if not window.feed_key(char, clock()):
            window.entry.insert(char)


def _scan(qtbot: Any, window: CheckInWindow, text: str, gap_ms: float = 5) -> Any:
    with qtbot.waitSignal(window.answered, timeout=5000) as blocker:
        for line in text.split("\n"):
            _keys(window, line, gap_ms)
    return blocker.args[0]


def _present(gui_guard: Any, store: Any, session_id: str) -> list[tuple[Any, ...]]:
    return read(
        gui_guard,
        store,
        "SELECT person_id, how, override_reason FROM attendance WHERE session_id = :s AND present",
        s=session_id,
    )


def test_a_scanned_card_is_welcomed_and_checked_in(
    qtbot: Any, ctx: Any, evening: dict[str, str], gui_guard: Any, store: Any
) -> None:
    window = _station(qtbot, ctx, evening["session"])
    assert window.counts.text() == "0 checked in · 2 registered"
    answer = _scan(qtbot, window, "KORT-4711")
    assert answer == Green(evening["maria"], {"name": "Maria"})
    assert (window.symbol.text(), window.headline.text()) == ("✓", "Checked in")
    assert window.message.text() == "Welcome Maria"
    assert window.sounds.last == "ok"
    assert window.entry.text() == ""
    assert _present(gui_guard, store, evening["session"]) == [(evening["maria"], "scan", "")]
    qtbot.waitUntil(lambda: window.counts.text() == "1 checked in · 2 registered")
    assert window.list.item(0).text().endswith("Maria Ek")


def test_typing_a_personnummer_is_told_from_a_scan(
    qtbot: Any, ctx: Any, evening: dict[str, str], gui_guard: Any, store: Any
) -> None:
    window = _station(qtbot, ctx, evening["session"])
    answer = _scan(qtbot, window, "870314-2391", gap_ms=150)
    assert answer == Green(evening["maria"], {"name": "Maria"})
    assert _present(gui_guard, store, evening["session"]) == [(evening["maria"], "typed", "")]


def test_the_entry_field_shows_what_is_typed_until_enter(
    qtbot: Any, ctx: Any, evening: dict[str, str], gui_guard: Any, store: Any
) -> None:
    window = _station(qtbot, ctx, evening["session"])
    window.entry.setFocus()
    qtbot.keyClicks(window.entry, "8703")
    assert window.entry.text() == "8703"
    window.entry.clear()
    window.detector.reset()
    # The keys through the field's event filter: all at once (the clock stands still), a scan.
    qtbot.keyClicks(window.entry, "KORT-4711")
    with qtbot.waitSignal(window.answered) as blocker:
        qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    assert blocker.args[0] == Green(evening["maria"], {"name": "Maria"})
    assert window.entry.text() == ""
    assert _present(gui_guard, store, evening["session"]) == [(evening["maria"], "scan", "")]


def test_an_id_cards_and_a_passports_mrz_scanned_find_maria(
    qtbot: Any, ctx: Any, evening: dict[str, str], gui_guard: Any, store: Any
) -> None:
    window = _station(qtbot, ctx, evening["session"])
    assert _scan(qtbot, window, MARIA_TD1) == Green(evening["maria"], {"name": "Maria"})
    answer = _scan(qtbot, window, MARIA_TD3)  # now she is in already
    assert isinstance(answer, Red) and answer.reason == RedReason.ALREADY_CHECKED_IN
    assert _present(gui_guard, store, evening["session"]) == [(evening["maria"], "scan", "")]


def test_each_red_answer_is_shown_with_its_reason(
    qtbot: Any, ctx: Any, evening: dict[str, str], gui_guard: Any, store: Any
) -> None:
    owes = {evening["ulla"]: 25_000}
    window = _station(qtbot, ctx, evening["session"], overdue_of=lambda pid: owes.get(pid, 0))
    assert window.fees_state.text() == ""
    _scan(qtbot, window, "KORT-4711")
    cases = [
        ("KORT-4711", RedReason.ALREADY_CHECKED_IN, "Maria is already checked in (at "),
        ("KORT-0007", RedReason.NOT_REGISTERED, "Gäst is not registered on this round"),
        ("KORT-0042", RedReason.WRONG_SESSION, "Olle, your session today is Salsa HT26 at 20:00"),
        ("KORT-0099", RedReason.FEE_OVERDUE, "Ulla has an overdue fee of 250 kr"),
        ("KORT-9999", RedReason.UNKNOWN_PERSON, "Not found: scan again or type the personnummer"),
    ]
    for code, reason, text in cases:
        answer = _scan(qtbot, window, code)
        assert isinstance(answer, Red) and answer.reason == reason
        assert window.message.text().startswith(text)
        assert (window.symbol.text(), window.headline.text()) == ("✕", "Not checked in")
        assert window.sounds.last == "refused"
        assert window.override_button.isVisible() == (
            reason not in (RedReason.ALREADY_CHECKED_IN, RedReason.UNKNOWN_PERSON)
        )
    assert _present(gui_guard, store, evening["session"]) == [(evening["maria"], "scan", "")]

    tomorrow = _station(qtbot, ctx, evening["tomorrow"])
    answer = _scan(qtbot, tomorrow, "KORT-4711")
    assert isinstance(answer, Red) and answer.reason == RedReason.NOT_TODAY


def test_a_misread_mrz_is_refused_in_words(qtbot: Any, ctx: Any, evening: dict[str, str]) -> None:
    broken = MARIA_TD1.replace("59000002", "59000003", 1)
    window = _station(qtbot, ctx, evening["session"])
    answer = _scan(qtbot, window, broken)
    assert isinstance(answer, str) and "check digit" in answer
    assert window.symbol.text() == "✕"


def test_staff_let_in_anyway_with_a_reason(
    qtbot: Any, ctx: Any, evening: dict[str, str], gui_guard: Any, store: Any
) -> None:
    window = _station(qtbot, ctx, evening["session"])
    _scan(qtbot, window, "KORT-0007")
    window.override_button.click()
    dialog = window.last_dialog
    assert dialog is not None and not dialog.ok.isEnabled()  # type: ignore[attr-defined]
    dialog.reason.setPlainText("Provar på en gång")  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.answered) as blocker:
        dialog.ok.click()  # type: ignore[attr-defined]
    assert blocker.args[0] == Green(evening["guest"], {"name": "Gäst"})
    assert _present(gui_guard, store, evening["session"]) == [
        (evening["guest"], "override", "Provar på en gång")
    ]
    with gui_guard.allowed(), store.sessions() as s:
        row = s.get(Attendance, attendance_id(evening["session"], evening["guest"]))
        assert row is not None and row.overridden == "not_registered"
    qtbot.waitUntil(lambda: window.list.count() == 1)
    assert window.list.item(0).text().endswith("Gäst Gästsson  (let in: Provar på en gång)")


def test_the_overdue_fees_are_said_to_be_unchecked_without_a_server(
    qtbot: Any, ctx: Any, evening: dict[str, str]
) -> None:
    window = _station(qtbot, ctx, evening["session"])
    assert window.fees_state.text() == "Overdue fees not checked: offline"
    assert "No camera found" in window.camera_state.text()


def test_escape_asks_before_leaving(
    qtbot: Any, ctx: Any, evening: dict[str, str], monkeypatch: Any
) -> None:
    window = _station(qtbot, ctx, evening["session"])
    said: list[QMessageBox.StandardButton] = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: said[0])
    window.entry.setFocus()
    qtbot.keyClick(window.entry, Qt.Key.Key_Escape)
    assert window.isVisible()
    said[0] = QMessageBox.StandardButton.Yes
    qtbot.keyClick(window.entry, Qt.Key.Key_Escape)
    assert not window.isVisible()


def _with_margin(image: QImage, margin: int = 60) -> QImage:
    """The code on a larger grey frame, as a camera sees a card held up."""
    frame = QImage(
        image.width() + 2 * margin, image.height() + 2 * margin, QImage.Format.Format_RGB32
    )
    frame.fill(QColor("#d8d8d8"))
    painter = QPainter(frame)
    painter.fillRect(
        QRect(margin - 20, margin - 20, image.width() + 40, image.height() + 40), QColor("white")
    )
    painter.drawImage(margin, margin, image)
    painter.end()
    return frame


def _qimage(barcode: Any, scale: int) -> QImage:
    picture = barcode.to_image(scale=scale)
    height, width = memoryview(picture).shape
    data = bytes(memoryview(picture))
    return QImage(data, width, height, width, QImage.Format.Format_Grayscale8).copy()


def test_camera_frames_with_a_card_barcode_or_a_qr_are_decoded(
    qtbot: Any, ctx: Any, evening: dict[str, str], gui_guard: Any, store: Any
) -> None:
    card = _qimage(zxingcpp.create_barcode("KORT-4711", zxingcpp.BarcodeFormat.Code128), 3)
    qr = _qimage(zxingcpp.create_barcode("KORT-0099", zxingcpp.BarcodeFormat.QRCode), 8)
    assert decode_frame(_with_margin(card)) == ["KORT-4711"]
    assert decode_frame(_with_margin(qr)) == ["KORT-0099"]
    blank = QImage(640, 480, QImage.Format.Format_RGB32)
    blank.fill(QColor("white"))
    assert decode_frame(blank) == []

    window = _station(qtbot, ctx, evening["session"])
    with qtbot.waitSignal(window.answered) as blocker:
        window.camera._on_decoded(decode_frame(_with_margin(qr)))  # as the camera thread gives it
    assert blocker.args[0] == Green(evening["ulla"], {"name": "Ulla"})
    with qtbot.assertNotEmitted(window.answered, wait=100):
        window.camera._on_decoded(["KORT-0099"])  # the same card still held up
    assert _present(gui_guard, store, evening["session"]) == [(evening["ulla"], "scan", "")]


def test_go_check_in_lists_todays_sessions(qtbot: Any, ctx: Any, evening: dict[str, str]) -> None:
    chooser = CheckInChooser(ctx, today=TODAY)
    qtbot.addWidget(chooser)
    qtbot.waitUntil(lambda: chooser.list.count() == 2)
    assert [chooser.list.item(i).text() for i in range(2)] == [
        "18:00–19:30, Tango HT26, Sal A",
        "20:00, Salsa HT26",
    ]
    chooser.open_chosen()
    station = chooser.station
    assert station is not None and station.session_id == evening["session"]
    qtbot.addWidget(station)
    assert station.isFullScreen()


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
@pytest.mark.parametrize("language", ["en", "sv"])
def test_screenshots(
    qtbot: Any,
    ctx: Any,
    evening: dict[str, str],
    size: tuple[int, int],
    language: str,
    request: Any,
) -> None:
    if language == "sv":
        request.getfixturevalue("swedish")
    SHOTS.mkdir(parents=True, exist_ok=True)
    window = _station(qtbot, ctx, evening["session"])
    window.setGeometry(0, 0, *size)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    for name, code in (("green", "KORT-4711"), ("red", "KORT-0042")):
        _scan(qtbot, window, code)
        qtbot.waitUntil(lambda: window.list.count() == 1)
        shot = window.grab()
        assert shot.width() == size[0]
        assert shot.save(str(SHOTS / f"checkin-{name}-{size[0]}x{size[1]}-{language}.png"))


def test_the_round_pages_sessions_open_the_station_of_the_selected_one(
    qtbot: Any, ctx: Any, evening: dict[str, str], gui_guard: Any, store: Any
) -> None:
    from desktop.courses.round_page import RoundPage

    with gui_guard.allowed(), store.sessions() as s:
        session = s.get(RoundSession, evening["session"])
        assert session is not None
        round_id = session.round_id
    page = RoundPage(ctx, round_id)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded and page.sessions.loaded)
    assert not page.checkin_button.isEnabled()
    page.sessions.table.selectRow(0)  # today's, the first by day
    assert page.checkin_button.isEnabled()
    page.resize(1366, 768)
    page.sections.setCurrentWidget(page.sessions)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(SHOTS / "round-sessions-en.png"))
    page.checkin_button.click()
    station = page.last_dialog
    assert isinstance(station, CheckInWindow) and station.session_id == evening["session"]
    qtbot.addWidget(station)
    assert station.isFullScreen()


def test_go_menu_has_check_in(qtbot: Any, ctx: Any, evening: dict[str, str]) -> None:
    from desktop.mainwindow import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.act_checkin.shortcut().toString() == "Ctrl+Shift+I"
    assert window.act_checkin.isEnabled()
    window.act_checkin.trigger()
    chooser = window.check_in_chooser_window
    assert isinstance(chooser, CheckInChooser)
    qtbot.waitUntil(lambda: chooser.list.count() == 2)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert chooser.grab().save(str(SHOTS / "chooser-en.png"))
    chooser.close()


def test_an_offline_check_in_reaches_the_server_as_attendance(
    qtbot: Any, gui_guard: Any, server: Any, tmp_path: Path, settings: Any
) -> None:
    from devtools.server_data import server_session
    from tests.desktop.test_alumni_live import Desktop
    from tests.sync.helpers import new_account
    from tests.sync.test_attendance_sync import _evening
    from tests.utils.tcp_proxy import TcpProxy

    with gui_guard.allowed():
        account = new_account(server.db_url, roles=("course_admin",))
        ids = _evening(server.db_url, account.tenant_id, TODAY)
    proxy = TcpProxy(server.port).start()
    desk = Desktop(qtbot, gui_guard, proxy.url, account, tmp_path / "door.db", settings)
    try:
        proxy.refuse = True
        proxy.cut_all()
        desk.window.sync_now()
        qtbot.waitUntil(lambda: desk.bridge.status.status == "offline", timeout=10_000)
        window = _station(qtbot, desk.ctx, ids["session"])
        assert _scan(qtbot, window, "KORT-4711") == Green(ids["maria"], {"name": "Maria"})
        with gui_guard.allowed():
            assert [e.name for e in desk.store.outbox()] == ["attendance.check_in"]

        proxy.refuse = False
        desk.window.sync_now()
        qtbot.waitUntil(
            lambda: desk.bridge.status.status == "online" and desk.bridge.status.pending == 0,
            timeout=20_000,
        )
        with gui_guard.allowed(), server_session(server.db_url) as s:
            row = s.get(Attendance, attendance_id(ids["session"], ids["maria"]))
            assert row is not None and row.present and row.how == "scan"
            assert row.checked_in_at is not None
        window.close()
    finally:
        desk.close(gui_guard)
        proxy.stop()


def test_the_answer_stays_a_few_seconds_then_the_station_waits_again(
    qtbot: Any, ctx: Any, evening: dict[str, str], monkeypatch: Any
) -> None:
    monkeypatch.setattr(checkin, "GREEN_MS", 50)
    window = _station(qtbot, ctx, evening["session"])
    _scan(qtbot, window, "KORT-4711")
    assert window.answer is not None
    qtbot.waitUntil(lambda: window.answer is None)
    assert window.headline.text() == "Welcome"
    assert window.message.text() == "Scan your card or ID"


@contextmanager
def _owing_desk(
    qtbot: Any, gui_guard: Any, server: Any, tmp_path: Path, settings: Any
) -> Iterator[tuple[Any, Any, dict[str, str], TcpProxy]]:
    """A course administrator's desktop (through a proxy that can cut it off) of a tenant
    where Maria, registered on tonight's session (:func:`tests.sync.test_attendance_sync.
    _evening`), owes 400 kr charged 40 days ago, unpaid: overdue on the server's ledger."""
    from tests.desktop.test_alumni_live import Desktop
    from tests.server.test_ledger import _charged
    from tests.sync.helpers import new_account
    from tests.sync.test_attendance_sync import _evening

    with gui_guard.allowed():
        account = new_account(server.db_url, roles=("course_admin",))
        ids = _evening(server.db_url, account.tenant_id, TODAY)
        with server_session(server.db_url) as s:
            charge = _charged(ids["maria"], 40_000, TODAY - timedelta(days=40))
            accounts.record(s, account.tenant_id, charge)
    proxy = TcpProxy(server.port).start()
    desk = Desktop(qtbot, gui_guard, proxy.url, account, tmp_path / "door.db", settings)
    try:
        yield desk, account, ids, proxy
    finally:
        desk.close(gui_guard)
        proxy.stop()


def _shot(qtbot: Any, window: CheckInWindow, name: str) -> None:
    window.setGeometry(0, 0, 1366, 768)
    qtbot.waitUntil(lambda: window.size().width() == 1366)
    SHOTS_H15.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS_H15 / f"{name}.png"))


@pytest.fixture(params=["en", "sv"])
def owing(
    request: Any, qtbot: Any, gui_guard: Any, server: Any, tmp_path: Path, settings: Any
) -> Iterator[tuple[str, Any, Any, dict[str, str], TcpProxy]]:
    """:func:`_owing_desk` in English and in Swedish: (language, desk, account, ids, proxy)."""
    if request.param == "sv":
        request.getfixturevalue("swedish")
    with _owing_desk(qtbot, gui_guard, server, tmp_path, settings) as made:
        yield (request.param, *made)


def test_online_the_station_knows_who_has_a_fee_overdue(
    qtbot: Any, gui_guard: Any, server: Any, owing: Any
) -> None:
    language, desk, account, ids, _proxy = owing
    window = _station(qtbot, desk.ctx, ids["session"])
    qtbot.waitUntil(lambda: window.overdue is not None, timeout=20_000)
    assert window.overdue == {ids["maria"]: 40_000}
    as_of = local_time(window.overdue_as_of)  # type: ignore[arg-type]
    said = {"en": "Overdue fees as of %s", "sv": "Förfallna avgifter per kl. %s"}[language]
    assert window.fees_state.text() == said % as_of
    answer = _scan(qtbot, window, "KORT-4711")
    assert isinstance(answer, Red) and answer.reason == RedReason.FEE_OVERDUE
    assert answer.values["amount"] == "400"
    with gui_guard.allowed():
        assert desk.store.outbox() == []  # not checked in
    _shot(qtbot, window, f"checkin-fee-overdue-{language}")
    # She pays; the next asking (every few minutes while open) knows it.
    assert window.overdue_timer.isActive()
    assert window.overdue_timer.interval() == checkin.OVERDUE_REFRESH_MS
    with gui_guard.allowed(), server_session(server.db_url) as s:
        paid = ledger.payment(new_id(), ids["maria"], 40_000, TODAY, "OCR 1")
        accounts.record(s, account.tenant_id, paid)
    window.overdue_timer.timeout.emit()
    qtbot.waitUntil(lambda: window.overdue == {}, timeout=20_000)
    assert _scan(qtbot, window, "KORT-4711") == Green(ids["maria"], {"name": "Maria"})
    window.close()


def test_offline_the_station_says_fees_are_not_checked_and_lets_in(qtbot: Any, owing: Any) -> None:
    language, desk, _account, ids, proxy = owing
    proxy.refuse = True
    proxy.cut_all()
    desk.window.sync_now()
    qtbot.waitUntil(lambda: desk.bridge.status.status == "offline", timeout=10_000)
    window = _station(qtbot, desk.ctx, ids["session"])
    said = {
        "en": "Overdue fees not checked: offline",
        "sv": "Förfallna avgifter inte kontrollerade: offline",
    }
    qtbot.waitUntil(lambda: window.fees_state.text() == said[language])
    assert window.overdue is None
    assert _scan(qtbot, window, "KORT-4711") == Green(ids["maria"], {"name": "Maria"})
    qtbot.waitUntil(lambda: window.list.count() == 1)
    _shot(qtbot, window, f"checkin-offline-{language}")
    window.close()
