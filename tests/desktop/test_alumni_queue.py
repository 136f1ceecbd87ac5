"""The Alumni queue tab on a real local store: the list, the detail pane's three columns,
keyboard triage (A, D + reason, J/K, arrows, U), pending decisions and conflicts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop.alumni.dialogs import DenyDialog, ReverseDialog
from desktop.alumni.model import AlumniModel
from desktop.alumni.options import deny_reasons
from desktop.alumni.query import CONFLICTS, PENDING, QUEUE
from desktop.alumni.view import AlumniQueueView
from desktop.people.profile import PersonProfile
from tests.desktop.alumni_setup import (
    DECIDED_COL,
    OTHER_OFFICER,
    REASON_COL,
    STATUS_COL,
    answer,
    enrich,
    outbox,
    queue_ids,
)
from tests.desktop.conftest import read


@pytest.fixture
def data(gui_guard, store, filled):  # type: ignore[no-untyped-def]
    return enrich(gui_guard, store, filled)


def make_view(qtbot, ctx) -> AlumniQueueView:  # type: ignore[no-untyped-def]
    view = AlumniQueueView(ctx)
    qtbot.addWidget(view)
    view.resize(1360, 760)
    view.show()
    qtbot.waitUntil(lambda: view.loaded and view.current_row() is not None)
    qtbot.waitUntil(lambda: view.detail.detail is not None)
    view.activateWindow()
    view.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table)
    return view


def press(qtbot, view: AlumniQueueView, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """A key on the queue once it has the focus back (after a dialog closed)."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table)
    qtbot.keyClick(view.table, key)


def in_dialog(qtbot, dialog, text: str = "") -> None:  # type: ignore[no-untyped-def]
    """Type into the dialog as the user would (it has the focus), then press Enter."""
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and QApplication.focusWidget() is not None)
    if text:
        qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def wait_idle(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: ctx.ops.idle)


def row_of(view: AlumniQueueView, item: str):  # type: ignore[no-untyped-def]
    return view.model.cached_row(item)


def test_queue_lists_the_manual_queue_oldest_first_and_passes_the_model_tester(
    qtbot, qtmodeltester, ctx, data, gui_guard, store
) -> None:
    view = make_view(qtbot, ctx)
    expected = queue_ids(gui_guard, store)
    assert view.model.ids() == expected
    assert view.model.query.filter == QUEUE
    assert view.current_id() == expected[0] == data["item"]
    first = view.model.row(0)
    assert first is not None and first.status == "not_approved"
    assert view.model.data(view.model.index(0, STATUS_COL)) == "Not approved"
    assert "credits 87 < 180" in view.model.data(view.model.index(0, REASON_COL))
    qtmodeltester.check(view.model)
    # Every status is reachable through the filter.
    keys = [view.status.itemData(i) for i in range(view.status.count())]
    for status in ("approved_manually", "denied", "received", "approved_alumnus", ""):
        assert status in keys


def test_detail_shows_entered_person_and_records_side_by_side_with_marked_differences(
    qtbot, ctx, data
) -> None:
    view = make_view(qtbot, ctx)
    pane = view.detail
    assert pane.reason.text() == "No degree found in student records; credits 87 < 180"
    assert "✗ No degree found in student records" in pane.rules.text()
    assert pane.heads[0].text() == "Entered by the alumnus"
    assert pane.heads[1].text().startswith("Matched person")
    # The person has another personnummer, the record another graduation year: marked
    # with ≠ and a tooltip (not by colour alone).
    person_pnr = pane.cells[("personnummer", 2)]
    assert person_pnr.text() == "≠ 19900312-4568"
    assert person_pnr.toolTip() == "19900312-4568\nDiffers from what the alumnus entered"
    assert person_pnr.accessibleDescription() == "Differs from what the alumnus entered"
    assert pane.cells[("personnummer", 1)].text() == "19850101-2382"
    assert pane.cells[("personnummer", 3)].text() == "19850101-2382"
    assert pane.cells[("graduation_year", 3)].text() == "≠ 2009"
    assert pane.cells[("graduation_year", 1)].text() == "2008"
    assert pane.cells[("program", 3)].text() == "Civilingenjör datateknik"
    assert pane.cells[("credits", 3)].text() == "87"
    assert not pane.cells[("name", 2)].text().startswith("≠")
    assert "matched on e-mail" in pane.match_line.text() and "score 85" in pane.match_line.text()
    # Offline (no engine): duplicates need a connection; the automatic check's are listed.
    assert "needs a connection" in pane.dup_state.text()
    assert pane.dup_list.topLevelItemCount() == 1
    assert pane.dup_list.topLevelItem(0).text(1) == "62"
    assert not pane.merge.isEnabled()


def test_keyboard_triage_approve_deny_with_remembered_reason_next_previous_and_undo(
    qtbot, ctx, data, gui_guard, store, settings
) -> None:
    view = make_view(qtbot, ctx)
    ids = view.model.ids()

    # A approves and moves on: one keystroke.
    press(qtbot, view, Qt.Key.Key_A)
    assert view.current_id() == ids[1]
    qtbot.waitUntil(lambda: len(outbox(gui_guard, store)) == 1)
    first = outbox(gui_guard, store)[0]
    assert first["name"] == "alumni.decide"
    assert first["args"]["alumni_registration_id"] == ids[0]
    assert first["args"]["decision"] == "approve"
    assert first["args"]["expected_status"] == "not_approved"
    qtbot.waitUntil(lambda: bool((r := row_of(view, ids[0])) and r.queued_decision))
    assert view.model.data(view.model.index(0, STATUS_COL)) == "Approved manually · pending"

    # D asks for a reason; an empty one is refused next to the field.
    press(qtbot, view, Qt.Key.Key_D)
    dialog = view.last_dialog
    assert isinstance(dialog, DenyDialog) and dialog.isVisible()
    assert dialog.text() == ""
    in_dialog(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == "Give a reason for the denial."
    in_dialog(qtbot, dialog, "Not a former student")
    qtbot.waitUntil(lambda: len(outbox(gui_guard, store)) == 2)
    assert outbox(gui_guard, store)[1]["args"] == {
        "alumni_registration_id": ids[1],
        "decision": "deny",
        "reason": "Not a former student",
        "shared_reason": "",  # nothing to tell the alumnus but the denial
        "expected_status": "not_approved",
    }
    assert view.current_id() == ids[2]
    assert deny_reasons(settings) == ["Not a former student"]

    # The next denial: D, then Enter takes the remembered reason (two keystrokes).
    press(qtbot, view, Qt.Key.Key_D)
    dialog = view.last_dialog
    assert isinstance(dialog, DenyDialog) and dialog.text() == "Not a former student"
    in_dialog(qtbot, dialog)
    qtbot.waitUntil(lambda: len(outbox(gui_guard, store)) == 3)
    assert outbox(gui_guard, store)[2]["args"]["reason"] == "Not a former student"
    assert view.current_id() == ids[3]

    # J/K and the arrows move; they decide nothing.
    press(qtbot, view, Qt.Key.Key_K)
    assert view.current_id() == ids[2]
    press(qtbot, view, Qt.Key.Key_J)
    press(qtbot, view, Qt.Key.Key_Down)
    assert view.current_id() == ids[4]
    press(qtbot, view, Qt.Key.Key_Up)
    assert view.current_id() == ids[3]

    # U takes back the last decision (not yet sent) with its local effect, and goes there.
    qtbot.waitUntil(lambda: (r := row_of(view, ids[2])) is not None and r.status == "denied")
    press(qtbot, view, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: view.current_id() == ids[2] and "taken back" in view.feedback.text())
    assert len(outbox(gui_guard, store)) == 2
    status = read(
        gui_guard, store, "SELECT status FROM alumni_registration WHERE id = :i", i=ids[2]
    )
    assert status == [("not_approved",)]
    qtbot.waitUntil(lambda: bool((r := row_of(view, ids[2])) and not r.queued_decision))
    assert view.model.data(view.model.index(2, STATUS_COL)) == "Not approved"
    assert "taken back" in view.feedback.text()
    wait_idle(qtbot, ctx)
    assert len(outbox(gui_guard, store)) == 2


def test_deciding_again_replaces_the_queued_decision_instead_of_conflicting(
    qtbot, ctx, data, gui_guard, store
) -> None:
    view = make_view(qtbot, ctx)
    item = view.current_id()
    press(qtbot, view, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: len(outbox(gui_guard, store)) == 1)
    qtbot.waitUntil(lambda: (r := row_of(view, item)) is not None and r.status != "not_approved")
    press(qtbot, view, Qt.Key.Key_K)
    press(qtbot, view, Qt.Key.Key_D)
    dialog = view.last_dialog
    in_dialog(qtbot, dialog, "Changed my mind")
    qtbot.waitUntil(lambda: [e["args"]["decision"] for e in outbox(gui_guard, store)] == ["deny"])
    queued = outbox(gui_guard, store)
    assert len(queued) == 1 and queued[0]["args"]["expected_status"] == "not_approved"
    assert read(
        gui_guard, store, "SELECT status FROM alumni_registration WHERE id = :i", i=item
    ) == [("denied",)]
    # One undo takes the item back to the queue; a second has nothing left of this session.
    press(qtbot, view, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: outbox(gui_guard, store) == [])
    press(qtbot, view, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: "Nothing to undo" in view.feedback.text())


def test_undo_of_a_decision_the_server_has_asks_and_queues_its_reversal(
    qtbot, ctx, data, gui_guard, store, filled
) -> None:
    view = make_view(qtbot, ctx)
    item = view.current_id()
    press(qtbot, view, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: len(outbox(gui_guard, store)) == 1)
    wait_idle(qtbot, ctx)
    answer(gui_guard, store, filled, applied=[outbox(gui_guard, store)[0]["id"]])
    status = "SELECT status FROM alumni_registration WHERE id = :i"
    press(qtbot, view, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: isinstance(view.last_dialog, ReverseDialog))
    dialog = view.last_dialog
    assert "has reached the server" in dialog.findChild(QLabel).text()
    # No reason, no reversal: the dialog says what is missing and stays.
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.isVisibleTo(dialog)
    in_dialog(qtbot, dialog, "Approved the wrong person")
    qtbot.waitUntil(lambda: len(outbox(gui_guard, store)) == 1)
    [queued] = outbox(gui_guard, store)
    assert queued["name"] == "alumni.reverse_decision"
    assert queued["args"] == {
        "alumni_registration_id": item,
        "reason": "Approved the wrong person",
        "expected_status": "approved_manually",
    }
    assert read(gui_guard, store, status, i=item) == [("not_approved",)]
    qtbot.waitUntil(lambda: "Reversal queued" in view.feedback.text())
    qtbot.waitUntil(view.detail.undo.isEnabled)  # the pane's Undo (U) offers it too
    # The reversal is one step of the one undo: while queued, U takes it back.
    press(qtbot, view, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: outbox(gui_guard, store) == [])
    assert read(gui_guard, store, status, i=item) == [("approved_manually",)]
    qtbot.waitUntil(lambda: view.feedback.text() == "Reversal taken back; the decision stands.")


def test_reverse_decision_button_shows_only_for_an_officers_decision(
    qtbot, ctx, data, gui_guard, store, filled
) -> None:
    view = make_view(qtbot, ctx)
    pane = view.detail
    assert not pane.reverse.isVisible()  # an item of the queue: nothing to reverse
    item = view.current_id()
    press(qtbot, view, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: len(outbox(gui_guard, store)) == 1)
    wait_idle(qtbot, ctx)
    answer(gui_guard, store, filled, applied=[outbox(gui_guard, store)[0]["id"]])
    view.select_id(item)
    qtbot.waitUntil(lambda: pane.detail is not None and pane.detail.row.id == item)
    qtbot.waitUntil(lambda: pane.reverse.isVisible())
    pane.reverse.click()
    qtbot.waitUntil(lambda: isinstance(view.last_dialog, ReverseDialog))
    view.last_dialog.reject()
    assert outbox(gui_guard, store) == []


def test_conflict_shows_who_decided_what_and_when_in_list_and_pane_until_dismissed(
    qtbot, ctx, data, gui_guard, store, filled
) -> None:
    view = make_view(qtbot, ctx)
    ids = view.model.ids()
    for _ in range(3):
        press(qtbot, view, Qt.Key.Key_A)
        qtbot.waitUntil(lambda: view.current_row() is not None)
    qtbot.waitUntil(lambda: len(outbox(gui_guard, store)) == 3)
    wait_idle(qtbot, ctx)
    queued = outbox(gui_guard, store)
    # The server: the 1st and 3rd applied, the 2nd refused (someone denied it first).
    answer(
        gui_guard,
        store,
        filled,
        applied=[queued[0]["id"], queued[2]["id"]],
        conflicts=[queued[1]["id"]],
    )
    from desktop.operations import Changes

    ctx.ops.notify(Changes.everything())  # what the main window does after a sync
    qtbot.waitUntil(lambda: (r := row_of(view, ids[1])) is not None and r.conflict is not None)
    wait_idle(qtbot, ctx)
    # Applied decisions leave the queue; the conflict stays, marked.
    assert ids[0] not in view.model.ids() and ids[2] not in view.model.ids()
    row = view.model.row_of(ids[1])
    status_cell = view.model.data(view.model.index(row, STATUS_COL))
    decided_cell = view.model.data(view.model.index(row, DECIDED_COL))
    assert status_cell == "⚠ Conflict: Denied"
    assert decided_cell.startswith(f"{OTHER_OFFICER}, 2026-11-23 ")
    assert view.model.data(view.model.index(row, 0), Qt.ItemDataRole.FontRole).bold()
    tip = view.model.data(view.model.index(row, STATUS_COL), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(f"{OTHER_OFFICER} decided first: Denied, at 2026-11-23 ")
    assert tip.endswith("Your decision (approve) was not applied.")

    view.select_id(ids[1])
    qtbot.waitUntil(lambda: view.detail.detail is not None and view.detail.detail.row.id == ids[1])
    pane = view.detail
    assert pane.banner.isVisible()
    assert OTHER_OFFICER in pane.banner_text.text() and "No degree in our records" in (
        pane.banner_text.text()
    )
    assert not pane.approve.isEnabled()
    # A on a conflict decides nothing and says why.
    press(qtbot, view, Qt.Key.Key_A)
    assert OTHER_OFFICER in view.feedback.text()
    assert len(outbox(gui_guard, store)) == 0

    view.status.setCurrentIndex(view.status.findData(CONFLICTS))
    view.status.activated.emit(view.status.currentIndex())
    qtbot.waitUntil(lambda: view.model.ids() == [ids[1]])
    pane.dismiss.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert read(gui_guard, store, "SELECT state FROM rejection") == [("discarded",)]


def test_filters_show_pending_decisions_and_every_status(
    qtbot, ctx, data, gui_guard, store
) -> None:
    view = make_view(qtbot, ctx)
    item = view.current_id()
    press(qtbot, view, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: len(outbox(gui_guard, store)) == 1)
    wait_idle(qtbot, ctx)

    def choose(key: str) -> None:
        view.loaded = False
        view.status.setCurrentIndex(view.status.findData(key))
        view.status.activated.emit(view.status.currentIndex())
        qtbot.waitUntil(lambda: view.loaded)

    choose(PENDING)
    assert view.model.ids() == [item]
    choose("approved_manually")
    statuses = {r["status"] for r in view.model.rows}
    assert statuses == {"approved_manually"} and item in view.model.ids()
    choose("not_approved")
    assert item not in view.model.ids()
    choose(QUEUE)
    assert view.model.ids()[0] == item  # decided here, still in sight until synced


def test_a_model_over_an_empty_store_says_nothing_waits(
    qtbot, qtmodeltester, ctx, gui_guard, store
):  # type: ignore[no-untyped-def]
    with gui_guard.allowed(), store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alumni_registration SET status = 'denied'")
    view = AlumniQueueView(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.loaded)
    assert view.model.rowCount() == 0
    assert view.table.empty_text == "Nothing waits for a decision."
    assert isinstance(view.model, AlumniModel)
    qtmodeltester.check(view.model)


def test_letters_typed_in_the_search_field_search_and_decide_nothing(
    qtbot, ctx, data, gui_guard, store
) -> None:
    view = make_view(qtbot, ctx)
    first = view.model.row(0)
    assert first is not None
    term = first.email.split("@")[0]  # "ida.strom.alumn0": has the letters a, d, u
    assert {"a", "d", "u"} <= set(term)
    view.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.search)
    qtbot.keyClicks(view.search, term)
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.query.search == term and view.loaded)
    wait_idle(qtbot, ctx)
    assert outbox(gui_guard, store) == []
    assert view.model.ids() == [data["item"]]


def test_without_an_alumni_role_the_keys_say_why_nothing_happens(
    qtbot, store, filled, settings, data, gui_guard
) -> None:
    from dataclasses import replace

    from tests.desktop.conftest import make_ctx

    clerk = replace(filled, actor=replace(filled.actor, roles=frozenset({"course_admin"})))
    ctx = make_ctx(store, clerk, settings)
    try:
        view = make_view(qtbot, ctx)
        assert not view.rules_button.isVisible()
        press(qtbot, view, Qt.Key.Key_A)
        assert "do not allow" in view.feedback.text()
        assert not view.detail.approve.isEnabled()
        assert outbox(gui_guard, store) == []
    finally:
        ctx.ops.shutdown(wait=True)


def test_export_and_print_take_every_row_of_the_list(qtbot, ctx, data, tmp_path) -> None:
    view = make_view(qtbot, ctx)
    done: list[int] = []
    view.export_op(tmp_path / "queue.csv").success(done.append).run(ctx.ops)
    qtbot.waitUntil(lambda: bool(done))
    lines = (tmp_path / "queue.csv").read_text(encoding="utf-8-sig").splitlines()
    assert done == [view.model.rowCount()] and len(lines) == view.model.rowCount() + 1
    assert lines[0].split(",")[:3] == ["Received", "Name", "Status"]
    assert "Not approved" in lines[1]
    view.print_list()
    qtbot.waitUntil(lambda: view.last_dialog is not None)
    view.last_dialog.close()


def test_the_profile_reverses_an_officers_decision_too(
    qtbot, ctx, data, gui_guard, store, filled
) -> None:
    view = make_view(qtbot, ctx)
    row = view.current_row()
    assert row is not None and row.person_id
    press(qtbot, view, Qt.Key.Key_D)
    in_dialog(qtbot, view.last_dialog, "Not an alumnus")
    qtbot.waitUntil(lambda: len(outbox(gui_guard, store)) == 1)
    wait_idle(qtbot, ctx)
    answer(gui_guard, store, filled, applied=[outbox(gui_guard, store)[0]["id"]])
    profile = PersonProfile(ctx, row.person_id)
    qtbot.addWidget(profile)
    profile.show()
    qtbot.waitUntil(lambda: profile.loaded)
    titles = [profile.tabs.tabText(i).replace("&", "") for i in range(profile.tabs.count())]
    profile.tabs.setCurrentIndex(titles.index("Consents and alumni"))
    qtbot.waitUntil(profile.reverse_button.isVisible)
    with qtbot.waitSignal(profile.reversal.opened) as opened:
        profile.reverse_button.click()
    dialog = opened.args[0]
    assert isinstance(dialog, ReverseDialog)
    in_dialog(qtbot, dialog, "Denied the wrong person")
    qtbot.waitUntil(lambda: len(outbox(gui_guard, store)) == 1)
    [queued] = outbox(gui_guard, store)
    assert (queued["name"], queued["args"]["expected_status"]) == (
        "alumni.reverse_decision",
        "denied",
    )
    qtbot.waitUntil(lambda: "Reversal queued" in profile.alumni_message.text())
    qtbot.waitUntil(lambda: not profile.reverse_button.isVisible())
