"""The Levels tab of a person's profile (issue 17; seed 003): the courses the person has
completed (a round of it that has ended) and the leaders' level approvals recorded on
them. A booking of a course that requires one of these counts it as met.

A leader's approval is added (Add level approval…: the course, the day, the leader's name,
a note) and removed with its commands (``level_approval.add`` / ``level_approval.remove``),
offline too; Edit › Undo takes the last one back (an addition still waiting to be sent is
withdrawn, a removal restored).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSizePolicy, QWidget
from sqlalchemy import or_, select

from desktop.common.domain_text import domain_message
from desktop.common.layouts import hbox, vbox
from desktop.common.row_dialog import ERROR_STYLE, RowDialog, show_dialog
from desktop.common.rows_model import Column, RowsModel
from desktop.common.rows_window import ListedRowDialog
from desktop.common.values import Record, iso_day
from desktop.common.widgets import TableView, line_edit, push_button
from desktop.context import AppContext
from desktop.courses.prerequisites import course_choices
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import Changes, DbOp, OpContext
from desktop.operations.rows import RowCommands, set_archived
from desktop.operations.undo import UndoStep
from models.commands import registered
from models.courses import Course, CourseRound, Registration, RegistrationStatus
from models.errors import ValidationError
from models.prerequisites import LevelApproval

C = "Levels"
COMMANDS = RowCommands(
    "level_approval", "level_approval.add", "", "level_approval_id", "level_approval.remove"
)
QT_TRANSLATE_NOOP("Validation", "Choose the course")


def load_levels(c: OpContext, person_id: str, *, today: date) -> list[Record]:
    """The person's levels: each leader's approval (its row: ``approval`` True, the
    fields) and each course completed by ``today`` (the round, the day it ended)."""
    ended = or_(
        CourseRound.ends_on < today,
        CourseRound.ends_on.is_(None) & (CourseRound.starts_on < today),
    )
    with c.read() as s:
        approvals = s.execute(
            select(LevelApproval, Course.name)
            .join(Course, Course.id == LevelApproval.course_id)
            .where(LevelApproval.person_id == person_id, LevelApproval.deleted_at.is_(None))
        )
        rows: list[Record] = [
            {
                "id": a.id,
                "approval": True,
                "course": name,
                "course_id": a.course_id,
                "day": a.approved_on,
                "approved_on": a.approved_on.isoformat(),
                "approved_by": a.approved_by,
                "note": a.note,
            }
            for a, name in approvals
        ]
        completed = s.execute(
            select(Registration.id, Course.name, CourseRound.name, CourseRound.starts_on)
            .add_columns(CourseRound.ends_on)
            .join(CourseRound, CourseRound.id == Registration.round_id)
            .join(Course, Course.id == CourseRound.course_id)
            .where(
                Registration.participant_id == person_id,
                Registration.deleted_at.is_(None),
                Registration.status == RegistrationStatus.REGISTERED,
                CourseRound.deleted_at.is_(None),
                ended,
            )
        )
        rows += [
            {
                "id": rid,
                "approval": False,
                "course": course,
                "round": round_name,
                "day": ends_on or starts_on,
                "note": "",
            }
            for rid, course, round_name, starts_on, ends_on in completed
        ]
    return sorted(rows, key=lambda r: (str(r["course"]).casefold(), r["day"] or date.min))


def _how(_value: object, row: Record) -> str:
    if row["approval"]:
        text = QCoreApplication.translate("Levels", "Approved by %1")
        return text.replace("%1", str(row["approved_by"] or "–"))
    return QCoreApplication.translate("Levels", "Completed %1").replace("%1", str(row["round"]))


COLUMNS = (
    Column("course", QT_TRANSLATE_NOOP("Levels", "Course"), C),
    Column("how", QT_TRANSLATE_NOOP("Levels", "How"), C, format=_how),
    Column("day", QT_TRANSLATE_NOOP("Levels", "Day"), C),
    Column("note", QT_TRANSLATE_NOOP("Levels", "Note"), C),
)


class LevelApprovalDialog(ListedRowDialog):
    """Add level approval…: a leader approves the person's level of a course."""

    commands = COMMANDS
    titles = (QT_TRANSLATE_NOOP("LevelApprovalDialog", "Add level approval"), "")

    def __init__(
        self, ctx: AppContext, person_id: str, *, today: date, parent: QWidget | None = None
    ) -> None:
        self.person_id, self.today = person_id, today
        super().__init__(ctx, None, parent)

    def build(self, row: Record | None) -> QWidget:
        # Each field made and placed in one line (RowDialog.add_field returns it).
        self.course = self.add_field("course_id", self.tr("Course:"), QComboBox())
        self.course.addItem(self.tr("Choose a course…"), None)
        self.course.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        on = line_edit("", self.tr("YYYY-MM-DD"))
        self.approved_on = self.add_field("approved_on", self.tr("Approved on:"), on)
        self.approved_on.setText(self.today.isoformat())
        by = line_edit("", self.tr("The leader's name"))
        self.approved_by = self.add_field("approved_by", self.tr("Approved by:"), by)
        self.approved_by.setMaxLength(200)
        self.note = self.add_field("note", self.tr("Note:"), QLineEdit())
        self.finish_layout(
            self.tr(
                "Counts as the course completed: a booking of a course that requires it gets "
                "a place without waiting for review."
            )
        )
        DbOp(lambda c: course_choices(c, ""), parent=self, label="courses").success(
            self._show_courses
        ).run(self.ctx.ops)
        return self.course

    def _show_courses(self, choices: list[tuple[str, str]]) -> None:
        for cid, label in choices:
            self.course.addItem(label, cid)

    def values(self) -> dict[str, Any]:
        if not self.course.currentData():
            raise ValidationError("Choose the course", field="course_id")
        return {
            "course_id": self.course.currentData(),
            "approved_on": iso_day(self.approved_on.text(), "approved_on"),
            "approved_by": self.approved_by.text().strip(),
            "note": self.note.text().strip(),
        }

    def extra(self) -> dict[str, Any]:
        return {"person_id": self.person_id}

    def row_name(self, values: dict[str, Any]) -> str:
        return self.course.currentText()


class LevelsTab(QWidget):
    """The person's completed courses and level approvals (see the module)."""

    def __init__(self, ctx: AppContext, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.person_id = ctx, person_id
        #: What "completed" counts from.
        self.today = date.today()
        self.loaded = False
        self.last_dialog: RowDialog | None = None
        self.may_edit = registered()[(COMMANDS.create, 1)].may_run(ctx.actor.roles)
        self.model = RowsModel(COLUMNS, self)
        self.table = TableView("profile_levels", ctx.settings, self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(TableView.SelectionMode.SingleSelection)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 220)
        self.table.set_empty_text(self.tr("No completed courses or level approvals yet."))
        self.add_button = push_button(self.tr("Add level approval…"), self.add)
        self.remove_button = push_button(self.tr("Remove approval"), self.remove)
        self.add_button.setEnabled(self.may_edit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        vbox(self, (self.table, 1), hbox(self.add_button, self.remove_button, None), self.message)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        ctx.ops.changed.connect(self._on_changes)
        self._update()
        self.reload()

    def reload(self) -> None:
        pid, today = self.person_id, self.today
        DbOp(lambda c: load_levels(c, pid, today=today), parent=self, label="levels").success(
            self._show
        ).run(self.ctx.ops)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("level_approval", "registration", "course_round", "course"):
            self.reload()

    def _show(self, rows: list[Record]) -> None:
        self.model.set_rows(rows)
        self.table.update_empty()
        self.loaded = True
        self._update()

    def _update(self) -> None:
        row = self.table.chosen_row()
        self.remove_button.setEnabled(self.may_edit and bool(row and row["approval"]))

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def add(self) -> None:
        if not self.may_edit:
            return
        dialog = LevelApprovalDialog(self.ctx, self.person_id, today=self.today, parent=self)
        show_dialog(dialog, lambda d: setattr(self, "last_dialog", d))

    def remove(self) -> None:
        row = self.table.chosen_row()
        if row is None or not row["approval"] or not self.may_edit:
            return
        said = self.tr("Removed the approval of %1. Edit › Undo restores it.").replace(
            "%1", str(row["course"])
        )

        def removed(step: UndoStep) -> None:
            self.ctx.undo.push(step)
            self.say(said)

        set_archived(
            parent=self, commands=COMMANDS, row_id=row["id"], name=str(row["course"]), archived=True
        ).success(removed).failure(lambda exc: self.say(domain_message(exc), error=True)).run(
            self.ctx.ops
        )
