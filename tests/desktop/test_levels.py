"""The Levels tab of a person's profile (issue 17), offline on a real local store: the
courses the person completed are listed; a leader's level approval is added with the
keyboard (``level_approval.add`` queued, listed as "Approved by …"), a missing course is
refused next to its field; Remove approval queues ``level_approval.remove`` and Edit ›
Undo restores it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.people.levels import LevelApprovalDialog, LevelsTab
from desktop.people.profile import PersonProfile
from models.courses import Course, CourseRound, Registration, RegistrationStatus
from tests.desktop.test_admin_booking import choose
from tests.desktop.test_admin_templates import typed
from tests.desktop.test_categories import undo
from tests.desktop.test_course_dialogs import queued


def completed_by_someone(guard, store) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    """A participant registered on a round that ended before today: (person, course
    name, round name)."""
    with guard.allowed(), store.sessions() as s:
        person, course, round_name = s.execute(
            select(Registration.participant_id, Course.name, CourseRound.name)
            .join(CourseRound, CourseRound.id == Registration.round_id)
            .join(Course, Course.id == CourseRound.course_id)
            .where(
                Registration.status == RegistrationStatus.REGISTERED,
                CourseRound.ends_on < date.today(),
            )
            .order_by(Registration.created_at)
        ).first()
        return person, course, round_name


def levels_of(qtbot, ctx, person_id: str) -> tuple[PersonProfile, LevelsTab]:  # type: ignore[no-untyped-def]
    profile = PersonProfile(ctx, person_id)
    qtbot.addWidget(profile)
    profile.show()
    titles = [profile.tabs.tabText(i).replace("&", "") for i in range(profile.tabs.count())]
    profile.tabs.setCurrentIndex(titles.index("Levels"))
    tab = profile.levels
    qtbot.waitUntil(lambda: tab.loaded)
    return profile, tab


def shown_levels(tab: LevelsTab) -> list[tuple[str, str]]:
    model = tab.model
    return [
        (str(model.data(model.index(r, 0))), str(model.data(model.index(r, 1))))
        for r in range(model.rowCount())
    ]


def test_approve_a_level_remove_and_undo(qtbot, offline_ctx, filled, gui_guard) -> None:  # type: ignore[no-untyped-def]
    ctx = offline_ctx
    person, course_name, round_name = completed_by_someone(gui_guard, ctx.store)
    _profile, tab = levels_of(qtbot, ctx, person)
    assert (course_name, f"Completed {round_name}") in shown_levels(tab)
    before = len(shown_levels(tab))
    assert not tab.remove_button.isEnabled()  # a completed course is no approval

    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.last_dialog
    assert isinstance(dialog, LevelApprovalDialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.course)
    assert dialog.approved_on.text() == date.today().isoformat()
    # No course chosen: refused next to the field, nothing queued.
    typed(qtbot, dialog.approved_by, "Lena Lind")
    qtbot.keyClick(dialog.approved_by, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.errors["course_id"].isVisible())
    assert dialog.errors["course_id"].text() == "Choose the course"
    assert queued(gui_guard, ctx, "level_approval.add") == []

    level = filled.course_ids[5]
    qtbot.waitUntil(lambda: dialog.course.findData(level) >= 0)
    choose(qtbot, dialog.course, level)
    typed(qtbot, dialog.note, "Danced a term in Lund")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(shown_levels(tab)) == before + 1)
    [made] = queued(gui_guard, ctx, "level_approval.add")
    assert (made["person_id"], made["course_id"], made["approved_by"], made["note"]) == (
        person,
        level,
        "Lena Lind",
        "Danced a term in Lund",
    )
    assert made["approved_on"] == date.today().isoformat()
    row = tab.model.row_of(made["level_approval_id"])
    assert shown_levels(tab)[row][1] == "Approved by Lena Lind"

    # Remove approval, then Edit › Undo restores it.
    tab.table.selectRow(row)
    qtbot.waitUntil(tab.remove_button.isEnabled)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown_levels(tab)) == before)
    [removed] = queued(gui_guard, ctx, "level_approval.remove")
    assert removed == {
        "level_approval_id": made["level_approval_id"],
        "changes": {"archived": {"old": False, "new": True}},
    }
    assert "Edit › Undo" in tab.message.text()
    undo(qtbot, ctx)
    qtbot.waitUntil(lambda: len(shown_levels(tab)) == before + 1)
    assert tab.model.row_of(made["level_approval_id"]) >= 0


def test_a_viewer_cannot_approve_levels(qtbot, offline_ctx, filled, gui_guard) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    ctx = offline_ctx
    ctx.actor = replace(ctx.actor, roles=frozenset({"viewer"}))
    person, _course, _round = completed_by_someone(gui_guard, ctx.store)
    _profile, tab = levels_of(qtbot, ctx, person)
    assert tab.model.rowCount() >= 1
    assert not tab.add_button.isEnabled() and not tab.remove_button.isEnabled()
