"""The approving manager's actions on the Participants tab and a round's page (issue 6):
change the manager (with the manager the user saw), remove an approval (administrators
only), requests and reminders to many with a message, and the manager-page preview."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QItemSelectionModel

from desktop import local_index
from desktop.context import AppContext
from desktop.i18n import format_date
from desktop.participants.dialogs import RequestApprovalDialog
from desktop.participants.view import ParticipantsView
from devtools.client_data import fill
from models.tenancy import Role
from sync.store import ClientStore
from tests.desktop.conftest import make_ctx, read


def make_view(qtbot, ctx, **kw) -> ParticipantsView:  # type: ignore[no-untyped-def]
    view = ParticipantsView(ctx, **kw)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    qtbot.waitUntil(lambda: view.model.loaded)
    return view


def select(view: ParticipantsView, registration_id: str) -> None:
    with_rows = view.model.row_of(registration_id)
    assert with_rows >= 0
    view.table.selectionModel().setCurrentIndex(
        view.model.index(with_rows, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


@pytest.fixture
def course_admin_ctx(tmp_path, settings, gui_guard) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    """A course administrator (not an administrator) on a database of their own."""
    with gui_guard.allowed():
        own = ClientStore(tmp_path / "course_admin.db")
        data = fill(own, roles=frozenset({Role.COURSE_ADMIN.value}))
        local_index.prepare(own)
    context = make_ctx(own, data, settings)
    yield context
    context.ops.shutdown(wait=True)
    with gui_guard.allowed():
        own.close()


def test_change_approving_manager_sends_the_manager_the_user_saw(
    qtbot, ctx, filled, gui_guard
) -> None:
    rid, old = read(
        gui_guard, ctx.store,
        "SELECT id, approving_manager_id FROM registration WHERE approving_manager_id IS NOT NULL "
        "AND round_id = :r LIMIT 1",
        r=filled.big_round_id,
    )[0]  # fmt: skip
    new = next(m for m in filled.manager_ids if m != old)
    (surname,) = read(gui_guard, ctx.store, "SELECT last_name FROM person WHERE id = :i", i=new)[0]
    view = make_view(qtbot, ctx, round_id=filled.big_round_id, list_name="round_participants")
    select(view, rid)
    assert view.act_set_manager.text() == "Change approving manager…"
    assert view.act_set_manager.isEnabled()
    view.act_set_manager.trigger()
    qtbot.waitUntil(lambda: view.last_dialog is not None)
    picker = view.last_dialog
    picker.search.setText(surname)
    picker.search.returnPressed.emit()
    qtbot.waitUntil(lambda: picker.model.row_of(new) >= 0)
    picker.table.selectRow(picker.model.row_of(new))
    with qtbot.waitSignal(ctx.ops.changed, timeout=10_000):
        picker.ok.click()
    [(name, args)] = read(gui_guard, ctx.store, "SELECT name, args FROM outbox")
    assert name == "registration.set_manager"
    assert json.loads(args) == {
        "registration_id": rid, "approving_manager_id": new, "expected_manager_id": old,
    }  # fmt: skip
    assert read(
        gui_guard, ctx.store, "SELECT approving_manager_id FROM registration WHERE id = :i", i=rid
    ) == [(new,)]


def test_remove_approval_is_for_administrators_only_and_says_why(
    qtbot, course_admin_ctx, ctx
) -> None:
    limited = make_view(qtbot, course_admin_ctx)
    limited.table.selectRow(0)
    assert limited.act_request.isEnabled()  # a course administrator sends requests…
    assert not limited.act_remove_approval.isEnabled()  # …but cannot take back approvals
    assert limited.act_remove_approval.statusTip() == (
        "Only administrators can remove an approval; ask one if it is wrong"
    )
    admin = make_view(qtbot, ctx)
    admin.table.selectRow(0)
    assert admin.act_remove_approval.isEnabled()
    assert admin.act_remove_approval.statusTip() == "Administrators only: take back an approval"


def test_requests_and_reminders_go_to_many_with_the_optional_message(qtbot, ctx, gui_guard) -> None:
    rows = read(
        gui_guard, ctx.store,
        "SELECT id, approval_requested_at IS NOT NULL, approval_request_count, "
        "approved_at IS NOT NULL FROM registration r WHERE status = 'registered' "
        "AND approving_manager_id IS NOT NULL ORDER BY id",
    )  # fmt: skip
    reminder = next(r for r in rows if r[1] and not r[3])
    first = next(r for r in rows if not r[1] and not r[3])
    approved = next(r for r in rows if r[3])
    ids = [reminder[0], first[0], approved[0]]
    dialog = RequestApprovalDialog(ctx, ids)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.plan) == 3)
    what = {r["id"]: r["what"] for r in dialog.model.rows}
    sent_before = reminder[2]
    last = format_date(datetime.fromisoformat(read(
        gui_guard, ctx.store,
        "SELECT approval_requested_at FROM registration WHERE id = :i", i=reminder[0],
    )[0][0]).replace(tzinfo=UTC).astimezone().date())  # fmt: skip
    assert what[reminder[0]] == f"Reminder; last sent {last} ({sent_before} sent before)"
    assert what[first[0]] == "Request"
    assert what[approved[0]].startswith("Skipped: already approved by")
    assert dialog.summary.text() == (
        "Requests: 1 · Reminders: 1 · Skipped: 1 (already approved: 1)"
    )
    dialog.message.setPlainText("Specialpris 3 900 kr enligt ramavtalet.")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.send.click()
    sent = read(gui_guard, ctx.store, "SELECT name, args FROM outbox ORDER BY seq")
    assert [n for n, _ in sent] == ["registration.request_approval"] * 2
    assert [json.loads(a) for _, a in sent] == [
        {"registration_id": reminder[0], "message": "Specialpris 3 900 kr enligt ramavtalet."},
        {"registration_id": first[0], "message": "Specialpris 3 900 kr enligt ramavtalet."},
    ]
    count = read(
        gui_guard, ctx.store,
        "SELECT approval_request_count FROM registration WHERE id = :i", i=reminder[0],
    )[0][0]  # fmt: skip
    assert count == sent_before + 1


def test_preview_manager_page_opens_for_the_current_registration(qtbot, ctx, filled) -> None:
    from desktop.webview.dialog import StaffPageDialog

    view = make_view(qtbot, ctx)
    view.table.selectRow(0)
    assert view.act_preview.isEnabled()
    assert view.act_preview.shortcut().toString() == "Ctrl+Shift+M"
    rid = view.model.id_at(0)
    view.act_preview.trigger()
    dialog = view.last_dialog
    assert isinstance(dialog, StaffPageDialog)
    qtbot.addWidget(dialog)
    assert dialog.page.path == f"/staff/preview/registrations/{rid}"
    qtbot.waitUntil(lambda: dialog.page.state == "offline" and dialog.page.details is not None)
    dialog.close()
    # The detail pane offers it too.
    qtbot.waitUntil(lambda: view.detail.detail is not None and view.detail.detail.id == rid)
    assert view.detail.preview_link.isVisible()
    with qtbot.waitSignal(view.detail.preview_requested) as asked:
        view.detail._link("preview:")
    assert asked.args == [rid]
    view.last_dialog.close()
