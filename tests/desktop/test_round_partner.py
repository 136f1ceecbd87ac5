"""A partner course (issue 17), offline on a real local store: the round page's Partner
course box (Space on it) queues ``round.edit`` of ``partner_course`` and shows the round as
saved, Edit › Undo sets it back; a new round is made one in its dialog (``round.create``
with ``partner_course``), shown ticked when edited and on its page; the sign-ups held for
review are counted among the round's key numbers, and the round's participants say "For
review" in their status."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.courses.dialogs import RoundDialog
from desktop.courses.round_page import RoundPage
from desktop.participants.dialogs import AddRegistrationDialog
from desktop.participants.query import Status, registration_status_text
from models.courses import CourseRound, Registration
from models.people import Person
from tests.desktop.test_categories import undo
from tests.desktop.test_course_dialogs import make_courses, queued, type_fields
from tests.desktop.test_review_list import hold_for_review, status_of


def test_partner_course_box_and_review_count(qtbot, offline_ctx, filled, gui_guard) -> None:  # type: ignore[no-untyped-def]
    ctx = offline_ctx
    [held] = hold_for_review(gui_guard, ctx.store, filled, 1)
    with gui_guard.allowed(), ctx.store.sessions() as s:
        reg = s.get(Registration, held)
        assert reg is not None
        round_id = reg.round_id
    page = RoundPage(ctx, round_id)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded and page.partner_box.isEnabled())
    assert not page.partner_box.isChecked()
    assert page.numbers["review"].value.text() == "1"
    assert status_of(gui_guard, ctx.store, held) == "review"

    page.partner_box.setFocus()
    qtbot.waitUntil(page.partner_box.hasFocus)
    qtbot.keyClick(page.partner_box, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(queued(gui_guard, ctx, "round.edit")) == 1)
    assert queued(gui_guard, ctx, "round.edit") == [
        {"round_id": round_id, "changes": {"partner_course": {"old": False, "new": True}}}
    ]
    qtbot.waitUntil(lambda: page.info is not None and page.info.partner_course)
    qtbot.waitUntil(page.partner_box.isEnabled)
    assert page.partner_box.isChecked()

    undo(qtbot, ctx)
    qtbot.waitUntil(lambda: page.info is not None and not page.info.partner_course)
    assert not page.partner_box.isChecked()
    assert queued(gui_guard, ctx, "round.edit")[1]["changes"] == {
        "partner_course": {"old": True, "new": False}
    }


def test_review_is_a_status_in_words() -> None:
    assert registration_status_text("review", Status.NOT_REQUESTED) == "For review"


def test_a_new_round_is_made_a_partner_course_in_its_dialog(
    qtbot, offline_ctx, filled, gui_guard
) -> None:  # type: ignore[no-untyped-def]
    ctx = offline_ctx
    view = make_courses(qtbot, ctx)
    view.course_table.selectRow(0)
    qtbot.waitUntil(lambda: view.new_round_button.isEnabled() and view.loaded)
    view.new_round_button.click()
    dialog = view.last_dialog
    assert isinstance(dialog, RoundDialog) and not dialog.partner.isChecked()
    dialog.activateWindow()
    dialog.partner.setFocus()
    qtbot.waitUntil(dialog.partner.hasFocus)
    qtbot.keyClick(dialog.partner, Qt.Key.Key_Space)
    assert dialog.partner.isChecked()
    dialog.name.setFocus()
    type_fields(qtbot, dialog, "Onsdagar", "VT2027", "2027-03-10", "2027-05-12")
    qtbot.waitUntil(lambda: bool(queued(gui_guard, ctx, "round.create")))
    [made] = queued(gui_guard, ctx, "round.create")
    assert (made["name"], made["partner_course"]) == ("Onsdagar", True)

    # Its edit dialog shows it so; the round page's box too.
    qtbot.waitUntil(lambda: view.rounds.row_of(made["round_id"]) >= 0)
    view.round_table.selectRow(view.rounds.row_of(made["round_id"]))
    view.edit_round_button.click()
    qtbot.waitUntil(
        lambda: isinstance(view.last_dialog, RoundDialog) and view.last_dialog != dialog
    )
    edit = view.last_dialog
    assert isinstance(edit, RoundDialog) and edit.partner.isChecked()
    edit.reject()
    page = RoundPage(ctx, made["round_id"])
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded)
    assert page.partner_box.isChecked()


def test_a_pair_is_entered_on_a_partner_course_and_shown_in_the_detail(
    qtbot, offline_ctx, filled, gui_guard
) -> None:  # type: ignore[no-untyped-def]
    ctx = offline_ctx
    round_id = filled.round_ids[1]
    with gui_guard.allowed(), ctx.store.session() as s:
        round_ = s.get(CourseRound, round_id)
        assert round_ is not None
        round_.partner_course = True
        taken = set(
            s.scalars(select(Registration.participant_id).where(Registration.round_id == round_id))
        )
        first, second = [p for p in filled.participant_ids if p not in taken][:2]
        names = {p: s.get(Person, p).full_name for p in (first, second)}  # type: ignore[union-attr]
    page = RoundPage(ctx, round_id)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded and page.partner_box.isChecked())

    made = []
    for person, partner in ((first, second), (second, first)):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        dialog = page.last_dialog
        assert isinstance(dialog, AddRegistrationDialog) and dialog.partner.isVisible()
        dialog.person_id = person
        dialog.person_label.setText(names[person])
        qtbot.mouseClick(dialog.partner.choose, Qt.MouseButton.LeftButton)
        picker = dialog.partner.picker
        assert picker is not None
        picker.search.setText(names[partner].split()[-1])
        picker.search.returnPressed.emit()
        qtbot.waitUntil(lambda p=picker, q=partner: p.model.row_of(q) >= 0)
        picker.table.selectRow(picker.model.row_of(partner))
        picker.ok.click()
        qtbot.waitUntil(lambda d=dialog, q=partner: d.partner.person_id == q)
        dialog._check()
        with qtbot.waitSignal(dialog.accepted, timeout=5000):
            dialog.ok.click()
        made.append(dialog.registration_id)
    created = queued(gui_guard, ctx, "registration.create")
    assert [(c["participant_id"], c["partner_id"]) for c in created] == [
        (first, second),
        (second, first),
    ]

    # The participant's detail names the partner, a link to their profile.
    view, pane = page.participants, page.participants.detail
    qtbot.waitUntil(lambda: view.model.row_of(str(made[0])) >= 0)
    view.table.selectRow(view.model.row_of(str(made[0])))
    qtbot.waitUntil(lambda: pane.detail is not None and pane.detail.id == made[0])
    assert pane.labels["partner"].isVisible()
    assert f'href="person:{second}"' in pane.labels["partner"].text()
    assert not pane.labels["review"].isVisible()


def test_the_detail_says_why_a_sign_up_waits(qtbot, ctx, filled, gui_guard) -> None:  # type: ignore[no-untyped-def]
    [held] = hold_for_review(gui_guard, ctx.store, filled, 1)
    with gui_guard.allowed(), ctx.store.sessions() as s:
        reg = s.get(Registration, held)
        assert reg is not None
        round_id = reg.round_id
    page = RoundPage(ctx, round_id)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded)
    view, pane = page.participants, page.participants.detail
    qtbot.waitUntil(lambda: view.model.row_of(held) >= 0)
    view.table.selectRow(view.model.row_of(held))
    qtbot.waitUntil(lambda: pane.detail is not None and pane.detail.id == held)
    assert pane.labels["status"].text() == "For review"
    assert pane.labels["review"].isVisible()
    assert pane.labels["review"].text() == (
        "Has not completed Tango Nybörjare; Fees overdue: 450 kr"
    )
    assert not pane.labels["partner"].isVisible()
