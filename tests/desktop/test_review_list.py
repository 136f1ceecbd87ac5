"""Go › Sign-ups for review… (issue 17), offline on a real local store: the sign-ups a
booking held for review are listed with their reasons in words; A accepts (the command
is queued, the row leaves the list, the next is chosen; a full round puts it on the
waiting list), D declines with an optional reason, U withdraws the last decision while
it waits to be sent (the sign-up is back in the list); the list follows what a sync
brings; the reasons read in Swedish too."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from desktop.courses.review_list import DeclineDialog, ReviewWindow, reason_text
from desktop.operations import Changes
from models.courses import SEAT_HOLDING, CourseRound, Registration, RegistrationStatus
from models.people import Person
from tests.desktop.conftest import make_window
from tests.desktop.test_admin_bindings import shown
from tests.desktop.test_admin_templates import typed
from tests.desktop.test_course_dialogs import queued
from tests.desktop.test_swedish_screens import english_on, english_sources

LEVEL = {"code": "level_missing", "values": {"course": "Tango Nybörjare"}}
FEES = {"code": "overdue_fees", "values": {"amount": 45_000}}


def hold_for_review(guard, store, filled, count: int, *, full_round: bool = False) -> list[str]:  # type: ignore[no-untyped-def]
    """``count`` registered sign-ups (each on a round of its own, not the big one) put in
    review as a booking does, oldest first; the first one's round full with ``full_round``."""
    with guard.allowed(), store.session() as s:
        regs: list[Registration] = []
        rounds: set[str] = set()
        for reg in s.scalars(
            select(Registration)
            .where(
                Registration.status == RegistrationStatus.REGISTERED,
                Registration.round_id != filled.big_round_id,
            )
            .order_by(Registration.created_at)
        ):
            if reg.round_id not in rounds:
                rounds.add(reg.round_id)
                regs.append(reg)
            if len(regs) == count:
                break
        for n, reg in enumerate(regs):
            reg.status = RegistrationStatus.REVIEW
            reg.review_reasons = [LEVEL, FEES] if n == 0 else [LEVEL]
        if full_round:
            s.flush()
            round_ = s.get(CourseRound, regs[0].round_id)
            assert round_ is not None
            round_.seats = int(
                s.scalar(
                    select(func.count()).where(
                        Registration.round_id == round_.id,
                        Registration.status.in_(SEAT_HOLDING),
                        Registration.deleted_at.is_(None),
                    )
                )
                or 0
            )
        return [r.id for r in regs]


def name_of(guard, store, registration_id: str) -> str:  # type: ignore[no-untyped-def]
    with guard.allowed(), store.sessions() as s:
        reg = s.get(Registration, registration_id)
        assert reg is not None
        person = s.get(Person, reg.participant_id)
        assert person is not None
        return person.full_name


def status_of(guard, store, registration_id: str) -> str:  # type: ignore[no-untyped-def]
    with guard.allowed(), store.sessions() as s:
        reg = s.get(Registration, registration_id)
        assert reg is not None
        return str(reg.status)


def ids(window: ReviewWindow) -> list[str]:
    return [str(r["id"]) for r in window.model.rows]


def key(qtbot, window: ReviewWindow, key: Any) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.keyClick(window.table, key)


def test_accept_decline_and_undo_offline(qtbot, offline_ctx, filled, gui_guard) -> None:  # type: ignore[no-untyped-def]
    ctx = offline_ctx
    held = hold_for_review(gui_guard, ctx.store, filled, 3, full_round=True)
    window = shown(qtbot, ReviewWindow(ctx))
    assert ids(window) == held
    first = window.model.rows[0]
    assert window.model.data(window.model.index(0, 4)) == (
        "Has not completed Tango Nybörjare; Fees overdue: 450 kr"
    )
    assert first["participant"] == name_of(gui_guard, ctx.store, held[0])
    assert not window.accept_button.isEnabled()  # nothing chosen yet

    # A on the first: queued, gone from the list, the next one chosen. Its round is
    # full: it waits on the waiting list, and the message says so.
    window.table.selectRow(0)
    key(qtbot, window, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: ids(window) == held[1:])
    assert queued(gui_guard, ctx, "registration.review_accept") == [{"registration_id": held[0]}]
    assert status_of(gui_guard, ctx.store, held[0]) == RegistrationStatus.WAITING
    assert "waiting list" in window.message.text()
    qtbot.waitUntil(lambda: window.selected() is not None)
    assert window.selected()["id"] == held[1]  # type: ignore[index]

    # D asks for an optional reason; Return declines.
    key(qtbot, window, Qt.Key.Key_D)
    dialog = window.last_dialog
    assert isinstance(dialog, DeclineDialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reason)
    typed(qtbot, dialog.reason, "Take the beginners course first")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ids(window) == held[2:])
    assert queued(gui_guard, ctx, "registration.review_decline") == [
        {"registration_id": held[1], "reason": "Take the beginners course first"}
    ]
    assert status_of(gui_guard, ctx.store, held[1]) == RegistrationStatus.CANCELLED
    assert window.message.text().startswith("Declined: ")

    # U withdraws the decline while it waits to be sent: the sign-up is back for review.
    qtbot.waitUntil(lambda: "decline" in window.undo_button.text())
    key(qtbot, window, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: ids(window) == held[1:])
    assert queued(gui_guard, ctx, "registration.review_decline") == []
    assert status_of(gui_guard, ctx.store, held[1]) == RegistrationStatus.REVIEW
    assert window.message.text().startswith("Undone: ")
    # The acceptance stays queued: one undo, one step.
    assert len(queued(gui_guard, ctx, "registration.review_accept")) == 1

    # Accepting on a round with seats gives a place.
    window.table.selectRow(window.model.row_of(held[2]))
    qtbot.mouseClick(window.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ids(window) == [held[1]])
    assert status_of(gui_guard, ctx.store, held[2]) == RegistrationStatus.REGISTERED
    assert window.message.text().startswith("Accepted: ") and "has a place" in (
        window.message.text()
    )


def test_the_list_follows_what_a_sync_brings(qtbot, ctx, filled, gui_guard) -> None:  # type: ignore[no-untyped-def]
    window = shown(qtbot, ReviewWindow(ctx))
    assert ids(window) == []
    assert "No sign-ups wait for review" in window.table.empty_text
    held = hold_for_review(gui_guard, ctx.store, filled, 2)
    # A sync's pull reports the rows it wrote (desktop.sync_bridge -> Operations.notify).
    ctx.ops.notify(Changes(tables=frozenset({"registration"}), ids=frozenset(held)))
    qtbot.waitUntil(lambda: ids(window) == held)


def test_go_menu_opens_one_window_and_return_the_profile(qtbot, ctx, filled, gui_guard) -> None:  # type: ignore[no-untyped-def]
    [held] = hold_for_review(gui_guard, ctx.store, filled, 1)
    window = make_window(qtbot, ctx)
    # The Courses tab says how many wait; its button opens the list too.
    button = window.courses.review_button
    qtbot.waitUntil(button.isVisible)
    assert button.text() == "1 sign-up for review"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    review = window.review_window
    assert isinstance(review, ReviewWindow)
    assert window.act_review.isEnabled()
    window.act_review.trigger()
    assert window.review_window is review
    # Return on a sign-up opens the participant's profile (their levels, to approve one).
    qtbot.waitUntil(lambda: ids(review) == [held])
    review.table.selectRow(0)
    key(qtbot, review, Qt.Key.Key_Return)
    person = review.model.rows[0]["person_id"]
    qtbot.waitUntil(lambda: person in window.profiles and window.profiles[person].loaded)
    assert window.profiles[person].name.text() == review.model.rows[0]["participant"]
    # Accepted: none wait any more, and the Courses tab says nothing.
    review.table.selectRow(0)
    qtbot.mouseClick(review.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not button.isVisible() and ids(review) == [])


def test_reasons_in_swedish(qtbot, swedish) -> None:  # type: ignore[no-untyped-def]
    assert reason_text(LEVEL) == "Har inte gått Tango Nybörjare"
    assert reason_text(FEES) == "Förfallna avgifter: 450 kr"
    # A code the app does not know is shown as it is, never dropped.
    assert reason_text({"code": "new_check", "values": {}}) == "new_check"


def test_the_review_window_shows_no_english_in_swedish(
    qtbot, ctx, filled, gui_guard, swedish
) -> None:  # type: ignore[no-untyped-def]
    hold_for_review(gui_guard, ctx.store, filled, 2)
    window = shown(qtbot, ReviewWindow(ctx))
    window.table.selectRow(0)
    sources = english_sources()
    assert english_on(window, sources) == []
    assert window.windowTitle() == "Anmälningar att granska"
    assert window.model.data(window.model.index(1, 4)) == "Har inte gått Tango Nybörjare"
    dialog = DeclineDialog("Anna Berg", window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert english_on(dialog, sources) == []


def test_a_decision_on_a_sign_up_no_longer_in_review_is_refused_in_words(
    qtbot, offline_ctx, filled, gui_guard
) -> None:  # type: ignore[no-untyped-def]
    ctx = offline_ctx
    [held] = hold_for_review(gui_guard, ctx.store, filled, 1)
    window = shown(qtbot, ReviewWindow(ctx))
    assert ids(window) == [held]
    # Decided meanwhile (the list has not heard of it yet).
    with gui_guard.allowed(), ctx.store.session() as s:
        reg = s.get(Registration, held)
        assert reg is not None
        reg.status = RegistrationStatus.REGISTERED
    window.table.selectRow(0)
    key(qtbot, window, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: window.message.text() != "")
    assert window.message.text() == "The registration does not wait for review"
    assert queued(gui_guard, ctx, "registration.review_accept") == []
    assert ctx.undo.top() is None
