"""A course's prerequisites (issue 17; seed 003), from the Courses tab (Prerequisites…):
the courses a participant must have completed (or have a leader's level approval for)
before a booking of this course gets a place; otherwise the sign-up waits in Go ›
Sign-ups for review.

Each required course is added or removed by its command (``prerequisite.add`` /
``prerequisite.remove``), offline too. Edit › Undo (Ctrl+Z here too) takes the last one
back: an addition still waiting to be sent is withdrawn, a removal restored.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QWidget
from sqlalchemy import select

from desktop.common.domain_text import domain_message
from desktop.common.layouts import hbox
from desktop.common.rows_model import Column
from desktop.common.rows_window import RowsWindow
from desktop.common.values import Record
from desktop.common.widgets import list_action, push_button, refill_combo
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import OpContext
from desktop.operations.rows import RowCommands, save_row, set_archived
from desktop.operations.undo import UndoStep
from models.commands import registered
from models.courses import Course
from models.ids import new_id
from models.prerequisites import CoursePrerequisite

C = "Prerequisites"


def load_prerequisites(c: OpContext, course_id: str) -> list[Record]:
    """The courses ``course_id`` requires (each row: the prerequisite's id, the required
    course's id, code and name), by name."""
    with c.read() as s:
        rows = s.execute(
            select(CoursePrerequisite.id, Course.id, Course.code, Course.name)
            .join(Course, Course.id == CoursePrerequisite.required_course_id)
            .where(
                CoursePrerequisite.course_id == course_id,
                CoursePrerequisite.deleted_at.is_(None),
                Course.deleted_at.is_(None),
            )
            .order_by(Course.name, Course.id)
        )
        return [
            {"id": pid, "required_course_id": cid, "code": code, "name": name}
            for pid, cid, code, name in rows
        ]


def course_choices(c: OpContext, course_id: str) -> list[tuple[str, str]]:
    """The courses a course may require: every live, unarchived course but itself, as
    (id, "code name"), by name."""
    with c.read() as s:
        rows = s.execute(
            select(Course.id, Course.code, Course.name)
            .where(Course.deleted_at.is_(None), ~Course.archived, Course.id != course_id)
            .order_by(Course.name, Course.code)
        )
        return [(cid, f"{code} {name}".strip()) for cid, code, name in rows]


#: A prerequisite is added, and removed (restored by Edit › Undo), by its commands.
COMMANDS = RowCommands(
    "course_prerequisite", "prerequisite.add", "", "prerequisite_id", "prerequisite.remove"
)


class PrerequisitesWindow(RowsWindow):
    """The courses one course requires (see the module); one window per course."""

    watched = ("course_prerequisite", "course")
    columns = (
        Column("code", QT_TRANSLATE_NOOP("Prerequisites", "Code"), C),
        Column("name", QT_TRANSLATE_NOOP("Prerequisites", "Required course"), C),
    )
    list_name, widths, window_size = "prerequisites", (90,), (620, 420)

    def __init__(
        self, ctx: AppContext, course_id: str, course_name: str, parent: QWidget | None = None
    ) -> None:
        self.course_id, self.course_name = course_id, course_name
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Prerequisites of %1").replace("%1", course_name))
        self.table.set_empty_text(
            self.tr("No prerequisites: anyone may book. Add the courses to complete first.")
        )
        self.may_edit = registered()[("prerequisite.add", 1)].may_run(ctx.actor.roles)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Course to require"))
        self.choice.setMinimumContentsLength(30)
        self.add_button = push_button(self.tr("&Add"), self.add)
        self.remove_button = push_button(self.tr("&Remove"), self.remove)
        label = QLabel(self.tr("Re&quires:"))
        label.setBuddy(self.choice)
        list_action(self.table, self.tr("Remove"), self.remove, QKeySequence.StandardKey.Delete)
        list_action(self, self.tr("Undo"), self.undo, QKeySequence.StandardKey.Undo)
        self.lay_out(
            hbox(label, (self.choice, 1), self.add_button),
            under_table=hbox(self.remove_button, None),
            hint=self.tr(
                "A booking gets a place when the participant has completed every course listed "
                "(a round of it that has ended) or has a leader's level approval for it; "
                "otherwise the sign-up waits in Go › Sign-ups for review."
            ),
        )
        self.choice.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reload()

    def load(self, c: OpContext, *, archived: bool = False) -> list[Record]:
        rows = load_prerequisites(c, self.course_id)
        self._choices = course_choices(c, self.course_id)
        return rows

    def prepare(self, rows: list[Record]) -> list[Record]:
        required = {r["required_course_id"] for r in rows}
        refill_combo(
            self.choice,
            (self.tr("Choose a course…"), None),
            ((cid, label) for cid, label in self._choices if cid not in required),
        )
        return rows

    def update_actions(self) -> None:
        self.add_button.setEnabled(self.may_edit)
        self.choice.setEnabled(self.may_edit)
        self.remove_button.setEnabled(self.may_edit and self.selected() is not None)

    def add(self) -> None:
        required = self.choice.currentData()
        if not self.may_edit:
            return
        if not required:
            self.say(self.tr("Choose the course to require first."), error=True)
            return
        name = self.choice.currentText()
        save_row(
            parent=self,
            commands=COMMANDS,
            row_id=new_id(),
            values={"course_id": self.course_id, "required_course_id": required},
            shown=None,
            name=name,
        ).success(lambda step: self._done(step, self.tr("Added: %1.").replace("%1", name))).failure(
            self._failed
        ).run(self.ctx.ops)

    def remove(self) -> None:
        """Ask, then take the selected prerequisite away (Delete never removes unasked)."""
        row = self.selected()
        if row is None or not self.may_edit:
            return
        name = str(row["name"])
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove prerequisite"),
            self.tr("Should %1 no longer require %2?")
            .replace("%1", self.course_name)
            .replace("%2", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        # Named here: Qt's own button texts are not in the app's translation.
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Remove"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda _r: self._remove(row) if box.clickedButton() is yes else None)
        box.open()
        self.opened(box)

    def _remove(self, row: Record) -> None:
        name = str(row["name"])
        said = self.tr("Removed: %1. Edit › Undo restores it.").replace("%1", name)
        set_archived(
            parent=self, commands=COMMANDS, row_id=row["id"], name=name, archived=True
        ).success(lambda step: self._done(step, said)).failure(self._failed).run(self.ctx.ops)

    def _done(self, step: UndoStep | None, said: str) -> None:
        self.ctx.undo.push(step)
        self.say(said)

    def _failed(self, exc: Exception) -> None:
        self.say(domain_message(exc), error=True)
