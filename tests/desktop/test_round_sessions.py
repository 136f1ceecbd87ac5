"""A round's sessions on the round page (issue 15), typed and clicked as a user does:
offline, each change waits in the outbox and is undone; then made offline and synced to
the real server."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.courses.dialogs import RoundDialog
from desktop.courses.round_page import RoundPage
from desktop.courses.sessions import SessionDialog
from desktop.operations import DbOp
from desktop.sync_ui.describe import act
from desktop.sync_ui.operations import Issue, load_issues
from models.commands import build
from models.courses import Course, CourseRound, RoundSession
from models.ids import new_id
from tests.desktop import test_alumni_live
from tests.desktop.conftest import read
from tests.desktop.test_alumni_live import Desktop
from tests.desktop.test_alumni_queue import in_dialog
from tests.desktop.test_course_dialogs import queued, type_fields
from tests.desktop.test_sync_ui import _reject
from tests.sync.helpers import new_account, server_session
from tests.utils.servers import LiveServer
from tests.utils.tcp_proxy import TcpProxy

#: A live server of this module's own (the fixture of the Alumni queue's live tests).
server = test_alumni_live.server


def open_sessions(qtbot, ctx, round_id: str) -> RoundPage:  # type: ignore[no-untyped-def]
    page = RoundPage(ctx, round_id)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: page.loaded and page.sessions.loaded)
    tabs = page.sections.tabBar()
    at = page.sections.indexOf(page.sessions)
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(at).center())
    qtbot.waitUntil(lambda: page.sessions.isVisible())
    return page


def test_a_session_is_added_edited_removed_and_undone_offline(
    qtbot, offline_ctx, gui_guard, filled
) -> None:
    ctx = offline_ctx
    rid = filled.big_round_id
    [(start, end)] = read(
        gui_guard, ctx.store, "SELECT starts_on, ends_on FROM course_round WHERE id = :i", i=rid
    )
    first = date.fromisoformat(str(start))
    page = open_sessions(qtbot, ctx, rid)
    tab = page.sessions
    tab.today = lambda: first
    assert tab.model.rowCount() == 0 and not page.next_session.isVisible()

    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.last_dialog
    assert isinstance(dialog, SessionDialog)
    # A time that is not one is refused next to its field; nothing is queued.
    type_fields(qtbot, dialog, first.isoformat(), "25", "16", "Sal A")
    assert dialog.errors["start_minute"].isVisible()
    assert dialog.errors["start_minute"].text() == "Write the time as HH:MM, such as 09:30"
    # A day outside the round's dates is refused by the command's rule, naming them.
    before = (first - timedelta(days=1)).isoformat()
    dialog.day.setFocus()
    type_fields(qtbot, dialog, before, "9")
    qtbot.waitUntil(lambda: dialog.errors["day"].isVisible())
    assert f"{start} to {end}" in dialog.errors["day"].text()
    assert not queued(gui_guard, ctx, "session.add")
    dialog.day.setFocus()
    type_fields(qtbot, dialog, first.isoformat(), "9", "16:00", "Sal A")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    [args] = queued(gui_guard, ctx, "session.add")
    assert (args["round_id"], args["day"], args["start_minute"], args["end_minute"]) == (
        rid,
        first.isoformat(),
        540,
        960,
    )
    assert args["room"] == "Sal A"
    qtbot.waitUntil(lambda: page.next_session.isVisible())
    assert page.next_session.text() == f"Next session: {first.isoformat()} 09:00–16:00, Sal A"

    # Edit with the keyboard: Return on the selected row, a new room, Return.
    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.last_dialog is not dialog)
    edit = tab.last_dialog
    assert isinstance(edit, SessionDialog) and edit.start.text() == "09:00"
    edit.room.setFocus()
    type_fields(qtbot, edit, "Sal B")
    qtbot.waitUntil(lambda: bool(queued(gui_guard, ctx, "session.edit")))
    [change] = queued(gui_guard, ctx, "session.edit")
    assert change == {
        "session_id": args["session_id"],
        "changes": {"room": {"old": "Sal A", "new": "Sal B"}},
    }
    qtbot.waitUntil(
        lambda: tab.model.row_at(0) is not None and tab.model.row_at(0)["room"] == "Sal B"
    )

    # Delete removes it; Undo adds it again.
    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert queued(gui_guard, ctx, "session.remove") == [{"session_id": args["session_id"]}]
    qtbot.waitUntil(lambda: not page.next_session.isVisible())
    qtbot.waitUntil(lambda: ctx.undo.top() is not None and ctx.undo.top().command == "session.add")
    failures: list[Exception] = []
    ctx.undo.undo_last(ctx.ops, parent=page, failed=failures.append)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert failures == []
    again = tab.model.row_at(0)
    assert again is not None and (again["room"], again["time"]) == ("Sal B", "09:00–16:00")


def test_a_session_added_offline_reaches_the_server_when_back_online(
    qtbot, gui_guard, server: LiveServer, tmp_path: Path, settings
) -> None:
    with gui_guard.allowed():
        account = new_account(server.db_url, roles=("course_admin",))
        with server_session(server.db_url) as s:
            course = Course(tenant_id=account.tenant_id, code="FH1", name="Förhandling")
            s.add(course)
            s.flush()
            round_ = CourseRound(
                tenant_id=account.tenant_id,
                course_id=course.id,
                name="Förhandling HT27",
                starts_on=date(2027, 9, 1),
                ends_on=date(2027, 9, 2),
            )
            s.add(round_)
            s.flush()
            rid = round_.id
    proxy = TcpProxy(server.port).start()
    desk = Desktop(qtbot, gui_guard, proxy.url, account, tmp_path / "a.db", settings)
    try:
        page = open_sessions(qtbot, desk.ctx, rid)
        proxy.refuse = True
        proxy.cut_all()
        desk.window.sync_now()
        qtbot.waitUntil(lambda: desk.bridge.status.status == "offline", timeout=10_000)
        tab = page.sessions
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
        dialog = tab.last_dialog
        assert isinstance(dialog, SessionDialog)
        type_fields(qtbot, dialog, "2027-09-02", "13:15", "15.30", "Sal C")
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
        with gui_guard.allowed():
            assert [e.name for e in desk.store.outbox()] == ["session.add"]

        proxy.refuse = False
        desk.window.sync_now()
        qtbot.waitUntil(
            lambda: desk.bridge.status.status == "online" and desk.bridge.status.pending == 0,
            timeout=20_000,
        )
        with gui_guard.allowed(), server_session(server.db_url) as s:
            session = s.scalars(select(RoundSession).where(RoundSession.round_id == rid)).one()
            assert (str(session.day), session.start_minute, session.end_minute, session.room) == (
                "2027-09-02",
                13 * 60 + 15,
                15 * 60 + 30,
                "Sal C",
            )
        page.close()
    finally:
        desk.close(gui_guard)
        proxy.stop()


def test_a_refused_session_edit_names_the_session_in_the_sync_issues(
    qtbot, offline_ctx, gui_guard, filled
) -> None:
    ctx = offline_ctx
    rid = filled.big_round_id
    [(start,)] = read(
        gui_guard, ctx.store, "SELECT starts_on FROM course_round WHERE id = :i", i=rid
    )
    sid = new_id()
    args = {"session_id": sid, "round_id": rid, "day": str(start), "start_minute": 540}
    with gui_guard.allowed(), ctx.store.session() as s:
        build("session.add", 1, args, id=new_id()).apply(s, ctx.actor)
    _reject(
        ctx.store,
        gui_guard,
        name="session.edit",
        args={"session_id": sid, "changes": {"room": {"old": "", "new": "Sal D"}}},
        code="not_found",
        message=f"Session {sid} was not found",
        details={},
        rows={},
    )
    found: list[list[Issue]] = []
    DbOp(load_issues, parent=None, label="issues").success(found.append).run(ctx.ops)
    qtbot.waitUntil(lambda: bool(found))
    [issue] = found[0]
    assert act(issue) == f"Change the session {start} 09:00"


def test_a_round_copied_to_a_new_term_takes_its_sessions_moved_and_undo_takes_them_back(
    qtbot, offline_ctx, gui_guard, filled
) -> None:
    ctx = offline_ctx
    rid = filled.big_round_id
    [(start, end)] = read(
        gui_guard, ctx.store, "SELECT starts_on, ends_on FROM course_round WHERE id = :i", i=rid
    )
    first, last = date.fromisoformat(str(start)), date.fromisoformat(str(end))
    with gui_guard.allowed(), ctx.store.session() as s:
        for day, room in ((first, "Sal A"), (last, "Sal B")):
            args = {"session_id": new_id(), "round_id": rid, "day": day.isoformat(), "room": room}
            build("session.add", 1, args, id=new_id()).apply(s, ctx.actor)
    page = open_sessions(qtbot, ctx, rid)
    qtbot.waitUntil(lambda: page.sessions.model.rowCount() == 2)
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.last_dialog, RoundDialog))
    copy = page.last_dialog
    assert isinstance(copy, RoundDialog) and copy.copy_sessions is not None
    assert copy.copy_sessions.isChecked()
    assert copy.copy_sessions.text().startswith("Copy its 2 session")
    week = timedelta(days=28)
    copy.term.setFocus()
    type_fields(qtbot, copy, "VT2028", (first + week).isoformat(), (last + week).isoformat())
    qtbot.waitUntil(lambda: bool(queued(gui_guard, ctx, "round.create")))
    [created] = queued(gui_guard, ctx, "round.create")
    assert created["copy_sessions_from"] == rid
    moved = read(
        gui_guard,
        ctx.store,
        "SELECT day, room FROM round_session WHERE round_id = :r AND deleted_at IS NULL "
        "ORDER BY day",
        r=created["round_id"],
    )
    assert [(str(d), r) for d, r in moved] == [
        ((first + week).isoformat(), "Sal A"),
        ((last + week).isoformat(), "Sal B"),
    ]
    qtbot.waitUntil(lambda: ctx.undo.top() is not None and ctx.undo.top().withdraw != "")
    failures: list[Exception] = []
    ctx.undo.undo_last(ctx.ops, parent=page, failed=failures.append)
    qtbot.waitUntil(lambda: not queued(gui_guard, ctx, "round.create"))
    assert failures == []
    gone = "SELECT count(*) FROM round_session WHERE round_id = :r AND deleted_at IS NULL"
    assert read(gui_guard, ctx.store, gone, r=created["round_id"])[0][0] == 0


def test_new_round_dates_that_leave_a_session_outside_are_refused_next_to_the_dates(
    qtbot, offline_ctx, gui_guard, filled
) -> None:
    ctx = offline_ctx
    rid = filled.big_round_id
    [(start, end)] = read(
        gui_guard, ctx.store, "SELECT starts_on, ends_on FROM course_round WHERE id = :i", i=rid
    )
    first, last = date.fromisoformat(str(start)), date.fromisoformat(str(end))
    with gui_guard.allowed(), ctx.store.session() as s:
        for day in (first, last - timedelta(days=1), last):
            args = {"session_id": new_id(), "round_id": rid, "day": day.isoformat()}
            build("session.add", 1, args, id=new_id()).apply(s, ctx.actor)
    page = open_sessions(qtbot, ctx, rid)
    qtbot.waitUntil(lambda: page.sessions.model.rowCount() == 3)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.last_dialog, RoundDialog))
    dialog = page.last_dialog
    assert isinstance(dialog, RoundDialog)
    ends = dialog.dates["ends_on"]
    ends.setFocus()
    ends.selectAll()
    in_dialog(qtbot, dialog, (last - timedelta(days=2)).isoformat())
    qtbot.waitUntil(lambda: dialog.errors["ends_on"].isVisible())
    assert dialog.errors["ends_on"].text() == (
        f"Sessions outside these dates: 2, the first on {(last - timedelta(days=1)).isoformat()};"
        " move or remove them first"
    )
    assert dialog.isVisible() and dialog.ok.isEnabled()
    # The long refusal wraps inside the dialog instead of running past its edge.
    error = dialog.errors["ends_on"]
    qtbot.waitUntil(lambda: error.height() > 1.5 * error.fontMetrics().height())
    assert error.geometry().right() <= dialog.contentsRect().right()
    assert not queued(gui_guard, ctx, "round.edit")
    # Dates that hold every session are saved.
    ends.setFocus()
    ends.selectAll()
    in_dialog(qtbot, dialog, (last + timedelta(days=3)).isoformat())
    qtbot.waitUntil(lambda: bool(queued(gui_guard, ctx, "round.edit")))
    [args] = queued(gui_guard, ctx, "round.edit")
    assert args["changes"] == {
        "ends_on": {"old": last.isoformat(), "new": (last + timedelta(days=3)).isoformat()}
    }


def test_the_round_pages_participant_list_prints_its_sessions(
    qtbot, offline_ctx, gui_guard, filled, tmp_path
) -> None:
    from desktop.printing.sheet import SheetSpec, write_pdf
    from tests.desktop.conftest import pdf_pages_text

    ctx = offline_ctx
    rid = filled.big_round_id
    [(start,)] = read(
        gui_guard, ctx.store, "SELECT starts_on FROM course_round WHERE id = :i", i=rid
    )
    first = date.fromisoformat(str(start))
    with gui_guard.allowed(), ctx.store.session() as s:
        for n, room in enumerate(("Sal A", "Sal B", "Aulan")):
            day = (first + timedelta(days=n)).isoformat()
            args = dict(session_id=new_id(), round_id=rid, room=room, day=day, start_minute=540)
            build("session.add", 1, args, id=new_id()).apply(s, ctx.actor)
    page = open_sessions(qtbot, ctx, rid)
    specs: dict[str, SheetSpec] = {}
    for kind in ("list", "attendance"):
        page.load_sheet(kind, lambda spec, kind=kind: specs.__setitem__(kind, spec))
    qtbot.waitUntil(lambda: len(specs) == 2)
    listing = specs["list"]
    assert [line.split(", ")[-1] for line in listing.sessions] == ["Sal A", "Sal B", "Aulan"]
    assert specs["attendance"].sessions == []
    path = tmp_path / "list.pdf"
    write_pdf(listing, str(path))
    text = pdf_pages_text(path)[0]
    assert "Sessions" in text and all(room in text for room in ("Sal A", "Sal B", "Aulan"))
    assert "09:00" in text
