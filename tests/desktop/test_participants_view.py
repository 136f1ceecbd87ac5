"""The Participants tab: filters, saved filters, selection, row actions and their dialogs."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from desktop.local_index import match_expression
from desktop.participants.dialogs import RemoveApprovalDialog, RequestApprovalDialog
from desktop.participants.query import Status
from desktop.participants.view import ParticipantsView
from tests.desktop.conftest import hold_the_database, read


def make_view(qtbot, ctx, **kw) -> ParticipantsView:
    view = ParticipantsView(ctx, **kw)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    qtbot.waitUntil(lambda: view.model.loaded)
    return view


def wait_query(qtbot, view: ParticipantsView, action) -> None:
    with qtbot.waitSignal(view.model.ids_loaded, timeout=5000):
        action()


def select_rows(view: ParticipantsView, rows: list[int]) -> None:
    sel = view.table.selectionModel()
    sel.clearSelection()
    for r in rows:
        sel.select(
            view.model.index(r, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    sel.setCurrentIndex(view.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)


def test_shows_counts_and_every_column(qtbot, ctx, filled) -> None:
    view = make_view(qtbot, ctx)
    n = len(filled.registration_ids)
    assert view.count_label.text() == f"{n:,} of {n:,} shown"
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(10)]
    assert headers == [
        "Participant", "Organisation", "E-mail", "Round", "Status", "Approving manager",
        "Approval requested", "Approved date", "Approved via e-mail", "Created",
    ]  # fmt: skip


def test_saved_filter_not_yet_approved(qtbot, ctx, gui_guard) -> None:
    view = make_view(qtbot, ctx)
    wait_query(qtbot, view, lambda: view.apply_saved_filter("not_approved"))
    expected = read(
        gui_guard, ctx.store,
        "SELECT count(*) FROM registration WHERE status = 'registered' AND approved_at IS NULL",
    )[0][0]  # fmt: skip
    assert view.model.rowCount() == expected
    assert view.status.currentData() == Status.NOT_APPROVED


def test_requested_more_than_a_week_ago_filter_is_stricter(qtbot, ctx) -> None:
    view = make_view(qtbot, ctx)
    wait_query(qtbot, view, lambda: view.apply_saved_filter("not_approved"))
    not_approved = view.model.rowCount()
    wait_query(qtbot, view, lambda: view.apply_saved_filter("requested_7d"))
    assert 0 < view.model.rowCount() < not_approved
    assert view.model.query.requested_before is not None


def test_user_saves_a_filter_and_gets_it_back(qtbot, ctx) -> None:
    view = make_view(qtbot, ctx)
    view.status.setCurrentIndex(view.status.findData(str(Status.APPROVED)))
    wait_query(qtbot, view, lambda: view.status.activated.emit(view.status.currentIndex()))
    approved = view.model.rowCount()
    view.save_filter("Godkända")  # the same query: nothing to reload
    assert ctx.settings.saved_filters()[0]["name"] == "Godkända"
    assert view.saved.currentText() == "Godkända"
    wait_query(qtbot, view, lambda: view.apply_saved_filter("all"))
    again = make_view(qtbot, ctx)
    wait_query(qtbot, again, lambda: again.apply_saved_filter("user:Godkända"))
    assert again.model.rowCount() == approved


def test_search_with_no_match_says_what_to_do(qtbot, ctx) -> None:
    view = make_view(qtbot, ctx)
    view.search.setText("qqqzzzxxx")
    wait_query(qtbot, view, view.search.returnPressed.emit)
    assert view.model.rowCount() == 0
    assert view.table.empty.isVisible()
    assert "No registrations match" in view.table.empty.text()


def registrations_matching(gui_guard, store, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The registrations whose participant or approving manager matches ``text``, by SQL."""
    hits = (
        "SELECT p.id FROM person_fts f JOIN person p ON p.rowid = f.rowid "
        "WHERE person_fts MATCH :match"
    )
    sql = (
        "SELECT r.id FROM registration r WHERE r.deleted_at IS NULL "
        f"AND (r.participant_id IN ({hits}) OR r.approving_manager_id IN ({hits}))"
    )
    return {r[0] for r in read(gui_guard, store, sql, match=match_expression(text))}


def type_keys(qtbot, view: ParticipantsView, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` a key at a time; each key reports its search (no waiting for a pause)."""
    for char in text:
        with qtbot.waitSignal(view.search.search_changed, timeout=1000):
            qtbot.keyClick(view.search, char)


def test_search_as_you_type_shows_exactly_the_last_texts_rows(qtbot, ctx, gui_guard) -> None:
    view = make_view(qtbot, ctx)
    name = read(gui_guard, ctx.store, "SELECT last_name FROM person ORDER BY last_name")[0][0]
    typed = name[:4].lower()
    expected = registrations_matching(gui_guard, ctx.store, typed)
    assert 0 < len(expected) < view.model.rowCount()
    # Typed fast: each key searches at once while the search before may still run.
    type_keys(qtbot, view, typed)
    qtbot.waitUntil(lambda: view.model.query.search == typed and not view.model._loading)
    assert set(view.model.ids()) == expected
    wait_query(qtbot, view, view.search.clear)
    # While a long query holds the database, the searches of the keys typed meanwhile
    # are stale but the last: only that one runs and is shown.
    answers: list[str] = []
    view.model.ids_loaded.connect(lambda: answers.append(view.model.query.search))
    ran: list[str] = []
    source = view.model.source
    load_ids = source.load_ids

    def counted(c, query):  # type: ignore[no-untyped-def]
        ran.append(query.search)
        return load_ids(c, query)

    source.load_ids = counted  # type: ignore[method-assign]
    release = hold_the_database(ctx.ops)
    type_keys(qtbot, view, typed)
    assert view.model.rowCount() == len(read(gui_guard, ctx.store, "SELECT id FROM registration"))
    release.set()
    qtbot.waitUntil(lambda: answers == [typed] and not view.model._loading)
    assert ran == [typed]
    assert set(view.model.ids()) == expected
    assert view.count_label.text().startswith(f"{len(expected):,} of ")


def test_keyboard_and_mouse_multi_select(qtbot, ctx) -> None:
    view = make_view(qtbot, ctx)
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(view.selected_ids()) == 3
    rect = view.table.visualRect(view.model.index(6, 1))
    qtbot.mouseClick(
        view.table.viewport(), Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier, rect.center(),
    )  # fmt: skip
    assert len(view.selected_ids()) == 4
    assert view.model.id_at(6) in view.selected_ids()
    assert view.act_request.isEnabled() and view.act_copy_emails.isEnabled()
    assert not view.act_open.isEnabled()  # one row only


def test_context_menu_offers_the_row_actions(qtbot, ctx) -> None:
    view = make_view(qtbot, ctx)
    view.table.selectRow(0)
    view._context_menu(view.table.visualRect(view.model.index(0, 0)).center())
    texts = [a.text() for a in view._menu.actions() if not a.isSeparator()]
    assert "Send request to approving manager…" in texts
    assert "Cancel registration…" in texts
    assert "Open participant's profile" in texts
    view._menu.close()


def test_request_approval_dialog_lists_who_gets_what_and_queues_commands(
    qtbot, ctx, gui_guard
) -> None:
    rows = read(
        gui_guard, ctx.store,
        "SELECT id, approved_at IS NOT NULL, status FROM registration ORDER BY created_at LIMIT 40",
    )  # fmt: skip
    ids = [r[0] for r in rows]
    dialog = RequestApprovalDialog(ctx, ids)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.plan) == len(ids))
    skipped = [p for p in dialog.plan if p.skip_reason]
    assert any("already approved" in (p.skip_reason or "") for p in skipped)
    assert dialog.offline.text().startswith("Not connected to a server")
    assert not dialog.offline.isHidden()
    eligible = dialog.eligible_ids()
    assert eligible and dialog.send.isEnabled()
    dialog.message.setPlainText("Välkommen!")
    dialog.send.click()  # more e-mails than the setting allows at once: asks first
    assert dialog.confirm_box.text() == f"Send {len(eligible)} e-mails to approving managers?"
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert dialog.result_.applied == len(eligible)
    outbox = read(gui_guard, ctx.store, "SELECT name FROM outbox")
    assert [r[0] for r in outbox] == ["registration.request_approval"] * len(eligible)


def test_pending_rows_show_pending_after_a_local_change(qtbot, ctx) -> None:
    view = make_view(qtbot, ctx)
    wait_query(qtbot, view, lambda: view.apply_saved_filter("not_approved"))
    qtbot.waitUntil(lambda: view.model.row(0) is not None)
    rid = view.model.id_at(0)
    view.set_manager([rid], view.model.row(0).manager_id and None)
    qtbot.waitUntil(lambda: (r := view.model.cached_row(rid)) is not None and r.pending)
    assert "pending" in view.model.data(view.model.index(view.model.row_of(rid), 4))


def test_remove_approval_needs_a_reason(qtbot) -> None:
    dialog = RemoveApprovalDialog("Sofia Eliasson and Hugo Ali")
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "x")
    assert not dialog.ok.isEnabled() and dialog.hint.text()
    qtbot.keyClicks(dialog.reason, "yz fel chef")
    assert dialog.ok.isEnabled() and not dialog.hint.text()


def test_remove_approval_action_takes_back_approvals(qtbot, ctx, gui_guard) -> None:
    view = make_view(qtbot, ctx)
    view.status.setCurrentIndex(view.status.findData(str(Status.APPROVED)))
    wait_query(qtbot, view, lambda: view.status.activated.emit(view.status.currentIndex()))
    select_rows(view, [0, 1])
    ids = view.selected_ids()
    view.remove_approval()
    qtbot.waitUntil(lambda: isinstance(view.last_dialog, RemoveApprovalDialog))
    dialog = view.last_dialog
    dialog.reason.setText("Fel chef godkände")
    with qtbot.waitSignal(ctx.ops.changed, timeout=5000):
        dialog.accept()
    left = read(
        gui_guard, ctx.store,
        "SELECT count(*) FROM registration WHERE approved_at IS NOT NULL AND id IN (:a, :b)",
        a=ids[0], b=ids[1],
    )[0][0]  # fmt: skip
    assert left == 0


def test_cancel_asks_first_and_keep_changes_nothing(qtbot, ctx, gui_guard) -> None:
    view = make_view(qtbot, ctx)
    wait_query(qtbot, view, lambda: view.apply_saved_filter("not_approved"))
    select_rows(view, [0])
    rid = view.selected_ids()[0]
    name = view.model.row(0).participant_name
    view.cancel_selected()
    qtbot.waitUntil(lambda: isinstance(view.last_dialog, QMessageBox))
    box: QMessageBox = view.last_dialog
    assert f"Cancel the registration of {name}?" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: ctx.ops.idle)
    assert read(gui_guard, ctx.store, "SELECT status FROM registration WHERE id=:i", i=rid)[0][
        0
    ] == ("registered")
    view.cancel_selected()
    qtbot.waitUntil(lambda: view.last_dialog is not box)
    with qtbot.waitSignal(ctx.ops.changed, timeout=5000):
        view.last_dialog.button(QMessageBox.StandardButton.Yes).click()
    assert read(gui_guard, ctx.store, "SELECT status FROM registration WHERE id=:i", i=rid)[0][
        0
    ] == ("cancelled")


def test_copy_email_addresses_of_the_selection(qtbot, ctx) -> None:
    view = make_view(qtbot, ctx)
    select_rows(view, [0, 1, 2])
    QGuiApplication.clipboard().clear()
    view.copy_emails()
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text().count("@") == 3)


def test_detail_pane_shows_the_current_registration_and_links_people(qtbot, ctx) -> None:
    view = make_view(qtbot, ctx)
    select_rows(view, [0])
    view._current_changed(view.model.index(0, 0), view.model.index(-1, -1))
    qtbot.waitUntil(lambda: view.detail.detail is not None)
    row = view.model.row(0)
    assert view.detail.title.text() == row.participant_name
    with qtbot.waitSignal(view.open_person) as blocker:
        view.detail._link(f"person:{row.participant_id}")
    assert blocker.args == [row.participant_id]


def test_round_view_shows_only_that_round(qtbot, ctx, filled) -> None:
    view = make_view(qtbot, ctx, round_id=filled.big_round_id, list_name="round_participants")
    assert view.model.rowCount() == 120
    assert view.round_combo.isHidden()


def test_ctrl_return_works_on_the_row_selected_at_start_up(qtbot, ctx, gui_guard) -> None:
    """The first row is selected before its values are read: the manager's action follows
    once they arrive, so Ctrl+Return opens the manager without touching the selection."""
    with gui_guard.allowed(), ctx.store.engine.begin() as conn:  # the newest has a manager
        conn.exec_driver_sql(
            "UPDATE registration SET approving_manager_id = (SELECT approving_manager_id "
            "FROM registration WHERE approving_manager_id IS NOT NULL LIMIT 1) "
            "WHERE id = (SELECT id FROM registration "
            "ORDER BY created_at DESC LIMIT 1)"
        )
    view = make_view(qtbot, ctx)
    qtbot.waitUntil(lambda: view.current_row() is not None)
    row = view.current_row()
    assert row is not None and row.manager_id
    assert view.table.selected_count() == 1
    qtbot.waitUntil(view.act_open_manager.isEnabled, timeout=3000)
    with qtbot.waitSignal(view.open_person) as opened:
        view.table.setFocus()
        qtbot.keyClick(view.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert opened.args == [row.manager_id]


def test_staff_move_registrations_to_the_waiting_list_and_give_places(
    qtbot, ctx, gui_guard
) -> None:
    view = make_view(qtbot, ctx)
    wait_query(qtbot, view, lambda: view.apply_saved_filter("not_approved"))
    select_rows(view, [0, 1])
    ids = view.selected_ids()
    view._context_menu(view.table.visualRect(view.model.index(0, 0)).center())
    texts = [a.text() for a in view._menu.actions() if not a.isSeparator()]
    view._menu.close()
    assert {"Move to the waiting list", "Give a place from the waiting list"} <= set(texts)

    def status_cells() -> list[str]:
        rows = [view.model.row_of(i) for i in ids]
        return [str(view.model.data(view.model.index(r, 4))) if r >= 0 else "" for r in rows]

    with qtbot.waitSignal(ctx.ops.changed, timeout=5000):
        view.act_to_waiting.trigger()
    # Both wait, in the order they registered: places 1 and 2 of the round's list.
    pair = "FROM registration WHERE id IN (:a, :b)"
    created = dict(read(gui_guard, ctx.store, f"SELECT id, created_at {pair}", a=ids[0], b=ids[1]))
    first, second = sorted(ids, key=lambda i: (created[i], i))
    # They left "not yet approved" (the waiting list is not); the whole list shows them.
    wait_query(qtbot, view, lambda: view.apply_saved_filter("all"))
    qtbot.waitUntil(lambda: all(t.startswith("Waiting list (") for t in status_cells()))
    rows = {i: view.model.cached_row(i) for i in ids}
    assert [rows[first].waiting_position, rows[second].waiting_position] == [1, 2]
    select_rows(view, [view.model.row_of(first)])
    with qtbot.waitSignal(ctx.ops.changed, timeout=5000):
        view.act_from_waiting.trigger()
    qtbot.waitUntil(
        lambda: (r := view.model.cached_row(second)) is not None and r.waiting_position == 1
    )
    statuses = dict(read(gui_guard, ctx.store, f"SELECT id, status {pair}", a=ids[0], b=ids[1]))
    assert statuses == {first: "registered", second: "waiting"}
    assert "Waiting list (1)" in view.model.data(view.model.index(view.model.row_of(second), 4))
    # The detail pane says the same.
    row = view.model.row_of(second)
    select_rows(view, [row])
    view._current_changed(view.model.index(row, 0), view.model.index(-1, -1))
    qtbot.waitUntil(lambda: view.detail.detail is not None and view.detail.detail.id == second)
    assert view.detail.labels["status"].text() == "Waiting list (1)"
