"""A service-desk note's text is for the service desk and administrators only
(models/visibility.py RESTRICTED_COLUMNS; issue 20's security review): a viewer's desktop
receives the case and its notes by sync from the real server, each note's text empty, and
the case window says so instead of showing nothing; in Swedish too. Screenshots of both."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import update

from desktop.service_desk.cases import CaseWindow, ServiceDeskCasesWindow
from models.service_desk import ServiceDeskNote
from tests.desktop import test_alumni_live
from tests.desktop.conftest import make_window
from tests.desktop.test_alumni_live import Desktop
from tests.desktop.test_service_desk import OPENED, add_case, ids
from tests.models.test_service_desk import a_case
from tests.sync.helpers import new_account, server_session
from tests.utils.servers import LiveServer

server = test_alumni_live.server
SHOTS = Path(os.environ.get("KANSLI_SHOTS", "/tmp/shots/h14"))

HIDDEN_EN = "Only the service desk and administrators read notes."
HIDDEN_SV = "Bara kundservice och administratörer läser anteckningarna."


def test_a_viewer_gets_the_case_but_not_the_text_of_its_notes(
    qtbot, gui_guard, server: LiveServer, tmp_path: Path, settings
) -> None:
    with gui_guard.allowed():
        account = new_account(server.db_url, roles=("viewer",))
        with server_session(server.db_url) as s:
            case_id = add_case(s, account.tenant_id)
    viewer = Desktop(qtbot, gui_guard, server.url, account, tmp_path / "v.db", settings)
    try:
        window = viewer.window.show_service_desk()
        assert isinstance(window, ServiceDeskCasesWindow)
        qtbot.waitUntil(lambda: ids(window) == [case_id], timeout=10_000)
        window.table.selectRow(0)
        case = window.open_selected()
        assert isinstance(case, CaseWindow)
        qtbot.waitUntil(lambda: case.case is not None, timeout=10_000)
        shown = case.notes.toPlainText()
        assert HIDDEN_EN in shown and "Kansli" in shown  # the author and time stay
        assert "före jul" not in shown
        assert not case.add_button.isEnabled()  # a viewer writes no note
        case.layout().activate()
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert case.grab().save(str(SHOTS / "case_viewer_en.png"))
    finally:
        viewer.close(gui_guard)


def test_the_hidden_note_in_swedish(qtbot, gui_guard, ctx, swedish) -> None:  # type: ignore[no-untyped-def]
    with gui_guard.allowed(), ctx.store.session() as s:
        case = a_case(s, ctx.actor.tenant_id, 1, "new", at=OPENED)
        note = ServiceDeskNote(
            tenant_id=ctx.actor.tenant_id, case_id=case.id, author="Kansli", at=OPENED
        )
        s.add(note)
        s.flush()
        # As a viewer's pull stores it: the text null.
        s.execute(update(ServiceDeskNote).where(ServiceDeskNote.id == note.id).values(text=None))
    window = make_window(qtbot, ctx)
    cases = window.show_service_desk()
    qtbot.waitUntil(lambda: ids(cases) == [case.id], timeout=10_000)
    cases.table.selectRow(0)
    opened = cases.open_selected()
    assert opened is not None
    qtbot.waitUntil(lambda: opened.case is not None, timeout=10_000)
    assert HIDDEN_SV in opened.notes.toPlainText()
    opened.layout().activate()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert opened.grab().save(str(SHOTS / "case_viewer_sv.png"))
