"""Go › Service-desk cases… (desktop/service_desk/cases.py; issue 20, seed 004 step 5).

Against the real server over real HTTP: a case the server opened reaches the service
desk's desktop by sync and is listed (number, status, order and customer); Return opens it,
Ctrl+N and Ctrl+Return write a note, Take assigns it, and the sync sends both to the
server. Offline: a note written is applied here and waits in the outbox. The filters (open
cases, a status, mine), the menu entry, and the window in Swedish; screenshots of both."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.common.domain_text import error_text
from desktop.operations import DbOp
from desktop.service_desk.cases import CaseWindow, ServiceDeskCasesWindow
from desktop.sync_ui.describe import issue_message
from desktop.sync_ui.operations import Issue, load_issues
from models.agent_orders import AgentOrder
from models.errors import TransitionError
from models.organisations import Organisation
from models.service_desk import CaseStatus, ServiceDeskCase, ServiceDeskNote
from models.tenancy import User
from tests.desktop import test_alumni_live
from tests.desktop.conftest import make_window, read
from tests.desktop.test_alumni_live import Desktop
from tests.desktop.test_course_dialogs import queued
from tests.models.test_service_desk import a_case
from tests.sync.helpers import new_account, server_session
from tests.utils.servers import LiveServer
from tests.utils.tcp_proxy import TcpProxy

#: A live server of this module's own (the fixture of the Alumni queue's live tests).
server = test_alumni_live.server

OPENED = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
SHOTS = Path(os.environ.get("KANSLI_SHOTS", "/tmp/shots/h3"))


def add_case(session, tenant_id: str, n: int = 1, status: str = "new") -> str:  # type: ignore[no-untyped-def]
    """A case as the server opens it (:func:`tests.models.test_service_desk.a_case`) with a
    note; returns the case's id."""
    case = a_case(session, tenant_id, n, status, at=OPENED)
    session.add(
        ServiceDeskNote(
            tenant_id=tenant_id,
            case_id=case.id,
            author="Kansli",
            at=OPENED,
            text="Kunden vill ha installation före jul.",
        )
    )
    return case.id


def ids(window: ServiceDeskCasesWindow) -> list[str]:
    return [str(r["id"]) for r in window.model.rows]


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    """The window as shown (its layout brought up to date first) as a PNG under SHOTS."""
    widget.layout().activate()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


def test_a_case_the_server_opened_is_worked_from_the_desktop(
    qtbot, gui_guard, server: LiveServer, tmp_path: Path, settings
) -> None:
    with gui_guard.allowed():
        account = new_account(server.db_url, roles=("service_desk",))
        with server_session(server.db_url) as s:
            case_id = add_case(s, account.tenant_id)
    desk = Desktop(qtbot, gui_guard, server.url, account, tmp_path / "a.db", settings)
    try:
        window = desk.window.show_service_desk()
        assert isinstance(window, ServiceDeskCasesWindow)
        qtbot.waitUntil(lambda: ids(window) == [case_id], timeout=10_000)
        model = window.model
        cells = [model.data(model.index(0, c)) for c in range(4)]
        assert cells == ["SD-2026-00001", "New", "", "AO-2026-0001 · Region Norr"]
        assert not window.take_button.isEnabled()  # nothing chosen
        window.table.setFocus()
        window.table.selectRow(0)
        assert window.take_button.isEnabled() and window.open_button.isEnabled()
        shot(window, "cases_en")

        # Return opens the case; Ctrl+N is the note's field, Ctrl+Return saves the note.
        qtbot.keyClick(window.table, Qt.Key.Key_Return)
        case = window.case_windows[case_id]
        qtbot.waitUntil(lambda: case.case is not None, timeout=10_000)
        assert case.heading.text().startswith("SD-2026-00001 — Fiberanslutning")
        assert "Kunden vill ha installation före jul." in case.notes.toPlainText()
        qtbot.keyClick(case, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.focusWidget() is case.new_note
        qtbot.keyClicks(case.new_note, "Ringt kunden: installation bokad 12/12.")
        qtbot.keyClick(case.new_note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: "bokad 12/12" in case.notes.toPlainText(), timeout=10_000)
        assert case.new_note.toPlainText() == ""
        case.take_button.click()
        qtbot.waitUntil(lambda: case.assignee.text() == desk.ctx.actor.label, timeout=10_000)
        case.next_status.setCurrentIndex(case.next_status.findData("in_progress"))
        case.status_button.click()
        qtbot.waitUntil(lambda: case.status.text() == "In progress", timeout=10_000)
        shot(case, "case_en")

        # The sync sends them; the server holds the note, the assignee and the status.
        qtbot.waitUntil(
            lambda: desk.bridge.status.status == "online" and desk.bridge.status.pending == 0,
            timeout=20_000,
        )
        with gui_guard.allowed(), server_session(server.db_url) as s:
            row = s.get(ServiceDeskCase, case_id)
            assert row is not None
            assert (row.status, row.assignee_id) == ("in_progress", desk.ctx.actor.user_id)
            notes = s.scalars(
                select(ServiceDeskNote.text).where(ServiceDeskNote.case_id == case_id)
            ).all()
            assert sorted(notes) == [
                "Kunden vill ha installation före jul.",
                "Ringt kunden: installation bokad 12/12.",
            ]
        # Mine: the case is assigned to this user now.
        window.mine.setChecked(True)
        qtbot.waitUntil(lambda: ids(window) == [case_id], timeout=10_000)
        assert model.data(model.index(0, 2)) == desk.ctx.actor.label
    finally:
        desk.close(gui_guard)


def test_an_administrator_gives_a_case_to_the_service_desk(
    qtbot, gui_guard, server: LiveServer, tmp_path: Path, settings
) -> None:
    with gui_guard.allowed():
        admin = new_account(server.db_url, roles=("admin",))
        desk = new_account(server.db_url, roles=("service_desk",), tenant=admin.tenant)
        with server_session(server.db_url) as s:
            case_id = add_case(s, admin.tenant_id)
            desk_id = s.scalar(select(User.id).where(User.email == desk.email))
    office = Desktop(qtbot, gui_guard, server.url, admin, tmp_path / "admin.db", settings)
    try:
        window = office.window.show_service_desk()
        qtbot.waitUntil(lambda: ids(window) == [case_id], timeout=10_000)
        window.table.selectRow(0)
        case = window.open_selected()
        assert isinstance(case, CaseWindow)
        # The tenant's staff from the server: the administrator and the service desk.
        qtbot.waitUntil(lambda: case.assign_to.findData(desk_id) >= 0, timeout=10_000)
        case.assign_to.setCurrentIndex(case.assign_to.findData(desk_id))
        chosen = case.assign_to.currentText()
        assert case.assign_button.isEnabled()
        case.assign_button.click()
        qtbot.waitUntil(lambda: case.assignee.text() == chosen, timeout=10_000)
        shot(case, "case_admin_en")
        qtbot.waitUntil(
            lambda: office.bridge.status.status == "online" and office.bridge.status.pending == 0,
            timeout=20_000,
        )
        with gui_guard.allowed(), server_session(server.db_url) as s:
            row = s.get(ServiceDeskCase, case_id)
            assert row is not None and row.assignee_id == desk_id
    finally:
        office.close(gui_guard)


def test_offline_a_note_is_written_here_and_waits_in_the_outbox(
    qtbot, gui_guard, offline_ctx
) -> None:
    ctx = offline_ctx
    with gui_guard.allowed(), ctx.store.session() as s:
        first = add_case(s, ctx.actor.tenant_id, 1)
        closed = add_case(s, ctx.actor.tenant_id, 2, status="closed")
    window = make_window(qtbot, ctx)
    cases = window.show_service_desk()
    assert window.act_service_desk.text() == "&Service-desk cases…"
    qtbot.waitUntil(lambda: ids(cases) == [first], timeout=10_000)  # the open ones
    cases.filter.setCurrentIndex(cases.filter.findData(""))
    qtbot.waitUntil(lambda: sorted(ids(cases)) == sorted([first, closed]), timeout=10_000)
    cases.filter.setCurrentIndex(cases.filter.findData("closed"))
    qtbot.waitUntil(lambda: ids(cases) == [closed], timeout=10_000)
    cases.table.selectRow(0)
    case = cases.open_selected()
    assert isinstance(case, CaseWindow)
    qtbot.waitUntil(lambda: case.case is not None, timeout=10_000)
    assert not case.add_button.isEnabled() and not case.take_button.isEnabled()  # closed
    case.close()

    cases.filter.setCurrentIndex(cases.filter.findData("open"))
    qtbot.waitUntil(lambda: ids(cases) == [first], timeout=10_000)
    cases.table.selectRow(0)
    case = cases.open_selected()
    assert isinstance(case, CaseWindow)
    qtbot.waitUntil(lambda: case.case is not None, timeout=10_000)
    case.add_note()
    assert case.message.text() == "Write the note first."
    case.new_note.setPlainText("Skrivet offline.")
    case.add_note()
    qtbot.waitUntil(lambda: "Skrivet offline." in case.notes.toPlainText(), timeout=10_000)
    [args] = queued(gui_guard, ctx, "service_desk_case.add_note")
    assert (args["case_id"], args["text"]) == (first, "Skrivet offline.")
    rows = read(
        gui_guard, ctx.store, "SELECT author FROM service_desk_note WHERE text = 'Skrivet offline.'"
    )
    assert rows == [(ctx.actor.label,)]
    # Open order: the order's page, as a tab of the main window.
    order_id = case.case["order_id"] if case.case else None
    case.order_button.click()
    assert order_id in window.order_pages
    assert window.current_view() is window.order_pages[order_id]


def test_the_cases_in_swedish(qtbot, gui_guard, ctx, swedish) -> None:  # type: ignore[no-untyped-def]
    with gui_guard.allowed(), ctx.store.session() as s:
        case_id = add_case(s, ctx.actor.tenant_id)
    window = make_window(qtbot, ctx)
    assert window.act_service_desk.text() == "&Kundserviceärenden…"
    cases = window.show_service_desk()
    qtbot.waitUntil(lambda: ids(cases) == [case_id], timeout=10_000)
    assert cases.windowTitle() == "Kundserviceärenden"
    model = cases.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Ärende"
    assert model.data(model.index(0, 1)) == "Ny"
    shot(cases, "cases_sv")
    cases.table.selectRow(0)
    case = cases.open_selected()
    assert case is not None
    qtbot.waitUntil(lambda: case.case is not None, timeout=10_000)
    assert case.windowTitle() == "Ärende SD-2026-00001"
    assert case.add_button.text() == "&Lägg till anteckning"
    assert [case.next_status.itemText(i) for i in range(case.next_status.count())] == [
        "Pågår",
        "Väntar (på kund eller agent)",
        "Stängt",
    ]
    shot(case, "case_sv")


def test_a_status_the_server_refuses_is_told_in_words_in_english_and_swedish(
    qtbot, gui_guard, server: LiveServer, tmp_path: Path, settings, english
) -> None:
    """Offline the clerk sets a new case to waiting; meanwhile it was resolved on the
    server, which refuses the move naming both statuses by their codes. The sync issue
    names them in words, in the user's language (issue 20, H11)."""
    with gui_guard.allowed():
        account = new_account(server.db_url, roles=("service_desk",))
        with server_session(server.db_url) as s:
            case_id = add_case(s, account.tenant_id)
    proxy = TcpProxy(server.port).start()
    desk = Desktop(qtbot, gui_guard, proxy.url, account, tmp_path / "a.db", settings)
    try:
        window = desk.window.show_service_desk()
        qtbot.waitUntil(lambda: ids(window) == [case_id], timeout=10_000)
        proxy.refuse = True
        proxy.cut_all()
        desk.window.sync_now()
        qtbot.waitUntil(lambda: desk.bridge.status.status == "offline", timeout=10_000)
        window.table.selectRow(0)
        case = window.open_selected()
        assert isinstance(case, CaseWindow)
        qtbot.waitUntil(lambda: case.case is not None, timeout=10_000)
        case.next_status.setCurrentIndex(case.next_status.findData("waiting"))
        case.status_button.click()
        qtbot.waitUntil(lambda: case.status.text() == "Waiting (customer or agent)")
        with gui_guard.allowed(), server_session(server.db_url) as s:
            row = s.get(ServiceDeskCase, case_id)
            assert row is not None
            row.status = CaseStatus.RESOLVED
        proxy.refuse = False
        desk.window.sync_now()
        qtbot.waitUntil(
            lambda: desk.bridge.status.status == "online" and desk.bridge.status.rejected == 1,
            timeout=30_000,
        )
        found: list[list[Issue]] = []
        DbOp(load_issues, parent=None, label="issues").success(found.append).run(desk.ctx.ops)
        qtbot.waitUntil(lambda: bool(found), timeout=10_000)
        [issue] = found[0]
        # The server's words carry the codes; the desktop shows the statuses' names.
        assert issue.message == "Case SD-2026-00001 is resolved: it cannot be set to waiting"
        shown = {
            "en": "Case SD-2026-00001 is resolved: it cannot be set to waiting (customer or agent)",
            "sv": "Ärende SD-2026-00001 har status löst: det kan inte få status "
            "väntar (på kund eller agent)",
        }
        for language, said in shown.items():
            assert english.install(language)
            try:
                assert issue_message(issue) == said
                # As the Sync issues window lists it.
                dialog = desk.window.show_sync_issues()
                qtbot.waitUntil(lambda d=dialog: d.loaded and d.list.count() == 1)
                assert said in dialog.list.item(0).text()
                assert said in dialog.detail.toPlainText()
                now = {"en": "Status\nResolved", "sv": "Status\nLöst"}[language]
                assert now in dialog.detail.toPlainText(), dialog.detail.toPlainText()
                shot(dialog, f"sync_issue_case_status_{language}")
                dialog.close()
            finally:
                assert english.install("en")
    finally:
        desk.close(gui_guard)
        proxy.stop()


def test_a_refused_status_change_raised_here_names_the_statuses_in_words(english) -> None:
    """The same refusal raised on the desktop (the model's own check) reads the same."""
    refused = TransitionError(
        "Case {number} is {status}: it cannot be set to {target}",
        params={"number": "SD-2026-00007", "status": "in_progress", "target": "new"},
    )
    assert error_text(refused) == "Case SD-2026-00007 is in progress: it cannot be set to new"
    assert english.install("sv")
    try:
        assert error_text(refused) == (
            "Ärende SD-2026-00007 har status pågår: det kan inte få status ny"
        )
    finally:
        assert english.install("en")


def test_the_list_shows_every_column_whole_at_the_default_size(
    qtbot, gui_guard, ctx, english
) -> None:
    """With the main window at its default size (1360×820) the list has no horizontal
    scroll bar; each column but the order's holds its longest text and its heading, and
    the order's (of any customer's name) takes the room left, in English and Swedish
    (screenshots cases_wide_en/sv under SHOTS)."""
    with gui_guard.allowed(), ctx.store.session() as s:
        for n, status in enumerate(("new", "in_progress", "waiting", "resolved", "closed"), 1):
            case = a_case(s, ctx.actor.tenant_id, n, status, at=OPENED)
            if status == "waiting":
                case.assignee_id, case.assignee_name = ctx.actor.user_id, "Kristina Lindqvist-Åberg"
                order = s.get(AgentOrder, case.order_id)
                customer = s.get(Organisation, order.customer_organisation_id)
                customer.name = "Kommunalförbundet Räddningstjänsten Norra Hälsingland"
    window = make_window(qtbot, ctx)
    window.resize(1360, 820)
    for language in ("en", "sv"):
        assert english.install(language)
        try:
            cases = ServiceDeskCasesWindow(ctx, window)
            qtbot.addWidget(cases)
            cases.show()
            cases.filter.setCurrentIndex(cases.filter.findData(""))
            qtbot.waitUntil(lambda c=cases: len(ids(c)) == 5, timeout=10_000)
            shot(cases, f"cases_wide_{language}")
            table, header = cases.table, cases.table.horizontalHeader()
            assert not table.horizontalScrollBar().isVisible(), language
            last = header.count() - 1
            right = header.sectionViewportPosition(last) + header.sectionSize(last)
            assert right <= table.viewport().width(), language
            for column in range(header.count()):
                need = header.sectionSizeHint(column)
                if column != cases.stretched:
                    need = max(need, table.sizeHintForColumn(column))
                assert header.sectionSize(column) >= need, (language, column, need)
            cases.close()
        finally:
            assert english.install("en")
