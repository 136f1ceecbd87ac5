"""The attendance grid of a round (issue 19), clicked and typed as a user does, offline:
marks by hand through ``attendance.set``, totals per participant, session and round,
undo; the session's printed sheet with who checked in."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.operations import DbOp
from desktop.presence.attendance import AttendanceWindow, how_text
from desktop.printing.sheet import write_pdf
from models.attendance import Attendance, CheckInHow, attendance_id
from models.ids import new_id
from tests.desktop.conftest import pdf_pages_text, read
from tests.desktop.test_course_dialogs import queued

SHOTS = Path("/tmp/shots/h12")


def add_sessions(qtbot, ctx, gui_guard, round_id: str, n: int = 2) -> list[str]:  # type: ignore[no-untyped-def]
    [(start,)] = read(
        gui_guard, ctx.store, "SELECT starts_on FROM course_round WHERE id = :i", i=round_id
    )
    first = date.fromisoformat(str(start))
    ids = [new_id() for _ in range(n)]

    def run(c):  # type: ignore[no-untyped-def]
        for i, sid in enumerate(ids):
            args = {
                "session_id": sid,
                "round_id": round_id,
                "day": first.isoformat(),
                "start_minute": 540 + 120 * i,
                "end_minute": 600 + 120 * i,
            }
            c.execute(c.command("session.add", args))

    done: list[bool] = []
    DbOp(run, parent=None, label="sessions").success(lambda _r: done.append(True)).run(ctx.ops)
    qtbot.waitUntil(lambda: bool(done))
    return ids


def check_in(gui_guard, ctx, session_id: str, person_id: str, at: datetime) -> None:  # type: ignore[no-untyped-def]
    """A check-in as a station recorded it (the row the check-in command makes)."""
    with gui_guard.allowed(), ctx.store.sessions() as s:
        s.add(
            Attendance(
                id=attendance_id(session_id, person_id),
                tenant_id=ctx.actor.tenant_id,
                session_id=session_id,
                person_id=person_id,
                present=True,
                checked_in_at=at,
                how=CheckInHow.SCAN,
                recorded_by="Station 1",
            )
        )
        s.commit()


def open_grid(qtbot, ctx, round_id: str) -> AttendanceWindow:  # type: ignore[no-untyped-def]
    window = AttendanceWindow(ctx, round_id)
    qtbot.addWidget(window)
    window.resize(1100, 600)
    window.show()
    qtbot.waitUntil(lambda: window.loaded)
    return window


def click(qtbot, window: AttendanceWindow, row: int, column: int) -> None:  # type: ignore[no-untyped-def]
    index = window.model.index(row, column)
    rect = window.table.visualRect(index)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def text_at(window: AttendanceWindow, row: int, column: int) -> str:
    return window.model.data(window.model.index(row, column)) or ""


def test_marks_by_hand_totals_and_undo(qtbot, offline_ctx, gui_guard, filled, tmp_path) -> None:
    ctx = offline_ctx
    rid = filled.big_round_id
    s1, s2 = add_sessions(qtbot, ctx, gui_guard, rid)
    window = open_grid(qtbot, ctx, rid)
    people = window.model.grid.people
    [(registered,)] = read(
        gui_guard, ctx.store, "SELECT count(*) FROM registration WHERE round_id = :i"
        " AND status = 'registered' AND deleted_at IS NULL", i=rid,
    )  # fmt: skip
    assert len(people) == registered > 100 and window.model.columnCount() == 4
    # Checked in by a scan at 18:02 Swedish summer time (16:02 UTC).
    check_in(gui_guard, ctx, s2, people[1].id, datetime(2026, 6, 1, 16, 2, tzinfo=UTC))
    window.reload()
    qtbot.waitUntil(lambda: text_at(window, 1, 2) == "✓")
    assert how_text(window.model.grid.cells[(people[1].id, s2)]) == "Present: scanned at 18:02"
    assert text_at(window, 0, 1) == ""
    tip = window.model.data(window.model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Not recorded"

    # A click marks present; Space then marks absent.
    click(qtbot, window, 0, 1)
    qtbot.waitUntil(lambda: text_at(window, 0, 1) == "✓")
    assert queued(gui_guard, ctx, "attendance.set") == [
        {"session_id": s1, "person_id": people[0].id, "present": True}
    ]
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(0, 1))
    qtbot.keyClick(window.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: text_at(window, 0, 1) == "–")
    tip = window.model.data(window.model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Absent: marked by hand")
    click(qtbot, window, 0, 2)
    click(qtbot, window, 2, 2)
    qtbot.waitUntil(lambda: text_at(window, 2, 2) == "✓")
    # Totals: per participant (last column), per session (last row), the round's.
    total_row, total_col = len(people), 3
    assert [text_at(window, r, total_col) for r in range(3)] == ["1", "1", "1"]
    assert [text_at(window, total_row, c) for c in (1, 2, 3)] == ["0", "3", "3"]
    assert "3 present in all" in window.total.text()
    header = window.model.headerData(2, Qt.Orientation.Horizontal)
    assert header.splitlines()[-1] == "3 present"
    window.grab().save(str(SHOTS / "attendance_en.png"))

    # Marking the scanned check-in absent, then Undo: the scan's time and way are back.
    click(qtbot, window, 1, 2)
    qtbot.waitUntil(lambda: text_at(window, 1, 2) == "–")
    failures: list[Exception] = []
    ctx.undo.undo_last(ctx.ops, parent=window, failed=failures.append)
    qtbot.waitUntil(lambda: text_at(window, 1, 2) == "✓")
    assert window.model.grid.cells[(people[1].id, s2)].how == "scan"
    # Undo of the first mark of a cell: not recorded again; of a mark over one by hand:
    # the inverse marking.
    ctx.undo.undo_last(ctx.ops, parent=window, failed=failures.append)  # (2, 2)
    qtbot.waitUntil(lambda: text_at(window, 2, 2) == "")
    ctx.undo.undo_last(ctx.ops, parent=window, failed=failures.append)  # (0, 2)
    qtbot.waitUntil(lambda: text_at(window, 0, 2) == "")
    ctx.undo.undo_last(ctx.ops, parent=window, failed=failures.append)  # (0, 1) absent
    qtbot.waitUntil(lambda: text_at(window, 0, 1) == "✓")
    assert failures == []
    assert text_at(window, total_row, 3) == "2"

    # The sheet of the second session: who checked in, and when.
    window.table.setCurrentIndex(window.model.index(0, 2))
    spec = window.session_sheet(window.current_session())
    pdf = tmp_path / "sheet.pdf"
    write_pdf(spec, str(pdf))
    shutil.copy(pdf, SHOTS / "sheet_en.pdf")
    first = pdf_pages_text(pdf)[0]
    assert "Checked in" in first and "Signature" in first
    line = next(x for x in first.splitlines() if people[1].name in x)
    assert "Checked in 18:02" in line
    assert not any("Checked in 18:02" in x for x in first.splitlines() if people[0].name in x)


def test_swedish_grid_and_sheet(qtbot, offline_ctx, gui_guard, filled, swedish, tmp_path) -> None:
    ctx = offline_ctx
    rid = filled.big_round_id
    s1, _s2 = add_sessions(qtbot, ctx, gui_guard, rid)
    window = open_grid(qtbot, ctx, rid)
    person = window.model.grid.people[0]
    check_in(gui_guard, ctx, s1, person.id, datetime(2026, 6, 1, 16, 2, tzinfo=UTC))
    window.reload()
    qtbot.waitUntil(lambda: text_at(window, 0, 1) == "✓")
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Deltagare"
    assert how_text(window.model.grid.cells[(person.id, s1)]) == "Närvarande: skannad kl. 18:02"
    window.grab().save(str(SHOTS / "attendance_sv.png"))
    window.table.setCurrentIndex(window.model.index(0, 1))
    pdf = tmp_path / "blad.pdf"
    write_pdf(window.session_sheet(window.current_session()), str(pdf))
    shutil.copy(pdf, SHOTS / "sheet_sv.pdf")
    first = pdf_pages_text(pdf)[0]
    line = next(x for x in first.splitlines() if person.name in x)
    assert "Incheckad 18:02" in line and "Namnteckning" in first


def test_opened_from_the_round_page_and_tells_how_each_was_recorded(
    qtbot, offline_ctx, gui_guard, filled
) -> None:
    from desktop.courses.round_page import RoundPage
    from desktop.presence.attendance import Cell

    ctx = offline_ctx
    rid = filled.big_round_id
    add_sessions(qtbot, ctx, gui_guard, rid, n=1)
    page = RoundPage(ctx, rid)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded)
    qtbot.mouseClick(page.attendance_button, Qt.MouseButton.LeftButton)
    window = page.last_dialog
    assert isinstance(window, AttendanceWindow)
    qtbot.waitUntil(lambda: window.loaded)
    assert window.model.columnCount() == 3 and window.isVisible()
    at = datetime(2026, 12, 4, 17, 2, tzinfo=UTC)  # winter: 18:02 in Stockholm
    assert how_text(Cell(True, "typed", at)) == "Present: personnummer typed at 18:02"
    assert (
        how_text(Cell(True, "override", at, "Forgot the card", "Eva"))
        == "Present: let in by Eva at 18:02: Forgot the card"
    )
    assert how_text(Cell(False, "manual", None, "", "Eva")) == "Absent: marked by hand by Eva"
    window.close()
