"""One undo for the app (issue 14, item 3): Edit › Undo (Ctrl+Z), the profile's Undo and
the Alumni queue's U take back the newest step of one stack, whatever made it.

The main window on a real local store for the stack's order and its menu entry. An
undo after the command reached the server (the real server over HTTP) is tested in
tests/desktop/test_alumni_live.py, on that module's server.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from desktop.alumni.query import AlumniRow
from desktop.i18n import TRANSLATIONS_DIR
from desktop.mainwindow import MainWindow
from tests.desktop.alumni_setup import enrich, outbox
from tests.desktop.conftest import make_window, read
from tests.desktop.test_alumni_live import focus_queue
from tests.desktop.test_alumni_queue import press, wait_idle


def status_of(gui_guard, store, item: str) -> str:  # type: ignore[no-untyped-def]
    return read(gui_guard, store, "SELECT status FROM alumni_registration WHERE id = :i", i=item)[
        0
    ][0]


@pytest.fixture
def window(qtbot, ctx, gui_guard, store, filled) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window on the Alumni queue, the list holding the keys."""
    enrich(gui_guard, store, filled)
    window = make_window(qtbot, ctx)
    window.show_tab("alumni")
    qtbot.waitUntil(lambda: window.alumni.current_row() is not None)
    focus_queue(qtbot, window.alumni)
    return window


def approve_current(qtbot, window: MainWindow, gui_guard, store) -> AlumniRow:  # type: ignore[no-untyped-def]
    """A on the queue's current item, once the decision is queued: the item decided."""
    row = window.alumni.current_row()
    assert row is not None
    press(qtbot, window.alumni, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: len(outbox(gui_guard, store)) == 1)
    return row


def edit_title(qtbot, window: MainWindow, person_id: str, title: str) -> None:  # type: ignore[no-untyped-def]
    """Change a person's title in the profile and save; the profile closes."""
    profile = window.open_person(person_id)
    qtbot.waitUntil(lambda: profile.loaded)
    profile.editors["title"].setText(title)
    with qtbot.waitSignal(window.ctx.undo.changed, timeout=5000):
        profile.save()
    profile.close()


def test_a_decision_made_in_the_queue_is_named_and_undone_by_edit_undo(
    qtbot, ctx, window, gui_guard, store
) -> None:
    view = window.alumni
    assert not window.act_undo.isEnabled()
    row = approve_current(qtbot, window, gui_guard, store)
    wait_idle(qtbot, ctx)
    assert status_of(gui_guard, store, row.id) == "approved_manually"
    assert window.act_undo.isEnabled()
    assert window.act_undo.text() == f"&Undo decision for {row.name}"
    assert view.act_undo.text() == f"Undo decision for {row.name}"

    window.act_undo.trigger()  # Edit › Undo, not the queue's own key

    qtbot.waitUntil(lambda: outbox(gui_guard, store) == [])
    assert status_of(gui_guard, store, row.id) == "not_approved"
    # The queue shows the item that waits again, and says so.
    qtbot.waitUntil(lambda: view.current_id() == row.id and "taken back" in view.feedback.text())
    assert not window.act_undo.isEnabled() and window.act_undo.text() == "&Undo"


def test_u_and_ctrl_z_take_back_decisions_and_edits_newest_first_from_one_stack(
    qtbot, ctx, window, gui_guard, store, filled
) -> None:
    view = window.alumni
    item = approve_current(qtbot, window, gui_guard, store).id
    person = filled.participant_ids[0]
    edit_title(qtbot, window, person, "Prefekt")
    first, last = read(
        gui_guard, store, "SELECT first_name, last_name FROM person WHERE id = :i", i=person
    )[0]
    name = f"{first} {last}"
    wait_idle(qtbot, ctx)
    assert [e["name"] for e in outbox(gui_guard, store)] == ["alumni.decide", "person.edit"]
    assert len(ctx.undo) == 2
    assert window.act_undo.text() == f"&Undo edit of {name}"

    # U in the queue takes back the newest step, the edit made in the profile.
    focus_queue(qtbot, view)
    press(qtbot, view, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: view.feedback.text() == f"Undone: edit of {name}")
    wait_idle(qtbot, ctx)
    title = read(gui_guard, store, "SELECT title FROM person WHERE id = :i", i=person)[0][0]
    assert title in (None, "")
    assert [e["name"] for e in outbox(gui_guard, store)] == [
        "alumni.decide", "person.edit", "person.edit",
    ]  # fmt: skip
    assert status_of(gui_guard, store, item) == "approved_manually"  # the decision stays
    assert window.act_undo.text().startswith("&Undo decision for ")

    # Ctrl+Z (the Edit menu's key) takes back the one before: the decision.
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: [e["name"] for e in outbox(gui_guard, store)] == ["person.edit"] * 2)
    assert status_of(gui_guard, store, item) == "not_approved"
    qtbot.waitUntil(lambda: "taken back" in view.feedback.text())
    assert len(ctx.undo) == 0 and not window.act_undo.isEnabled()


@pytest.fixture
def swedish(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load("kansli_sv", str(TRANSLATIONS_DIR))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


def test_the_undo_entry_names_the_decision_in_swedish(
    qtbot, swedish, ctx, window, gui_guard, store
) -> None:
    row = approve_current(qtbot, window, gui_guard, store)
    qtbot.waitUntil(lambda: window.act_undo.isEnabled())
    assert window.act_undo.text() == f"&Ångra beslut om {row.name}"
    wait_idle(qtbot, ctx)
