"""The Courses tab: courses on the left, the selected course's rounds on the right."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.common.layouts import hbox, vbox
from desktop.common.rows_model import Column, RowsModel
from desktop.common.tab_view import RowsListTab
from desktop.common.values import Record
from desktop.common.widgets import (
    SavedSplitter,
    SearchField,
    TableView,
    choice_box,
    open_action,
    refill_combo,
)
from desktop.context import AppContext
from desktop.courses.editing import COMMANDS, ROUND_STATUS
from desktop.courses.queries import load_courses, load_rounds, load_terms, review_count
from desktop.i18n import QT_TRANSLATE_NOOP, code_text, format_date
from desktop.operations import Changes, DbOp, Latest, OpContext
from desktop.operations.rows import set_archived
from models.commands import registered
from models.commands.courses import CourseEdit

if TYPE_CHECKING:
    from desktop.courses.evaluation_stats import EvaluationStatsWindow

round_status_text = code_text("Courses", ROUND_STATUS)


def _dates(_v: object, row: Record) -> str:
    start, end = row.get("starts_on"), row.get("ends_on")
    if start and end and start != end:
        return f"{format_date(start)} – {format_date(end)}"
    return format_date(start)


def _named(value: object, row: Record) -> str:
    """A name, marked when the row is archived (listed with "Show archived" only)."""
    archived = QCoreApplication.translate("Courses", "%1 (archived)")
    return archived.replace("%1", str(value)) if row.get("archived") else str(value)


def _requires(row: Record) -> str:
    """The courses a course requires (its prerequisites), in words; "" for none."""
    if not row.get("requires"):
        return ""
    return QCoreApplication.translate("Courses", "Requires %1").replace("%1", row["requires"])


#: The lists' columns, translated in context "Courses".
_column = partial(Column, context="Courses")
COURSE_COLUMNS = (
    _column("code", QT_TRANSLATE_NOOP("Courses", "Code")),
    _column("name", QT_TRANSLATE_NOOP("Courses", "Course"), format=_named, tooltip=_requires),
    _column("rounds", QT_TRANSLATE_NOOP("Courses", "Rounds"), align_right=True),
)
ROUND_COLUMNS = (
    _column("name", QT_TRANSLATE_NOOP("Courses", "Round"), format=_named),
    _column("term", QT_TRANSLATE_NOOP("Courses", "Term")),
    _column(
        "starts_on",
        QT_TRANSLATE_NOOP("Courses", "Dates"),
        format=_dates,
        export_as=(
            ("starts_on", QT_TRANSLATE_NOOP("Courses", "Starts")),
            ("ends_on", QT_TRANSLATE_NOOP("Courses", "Ends")),
        ),
    ),
    _column("place", QT_TRANSLATE_NOOP("Courses", "Place")),
    _column("seats", QT_TRANSLATE_NOOP("Courses", "Seats"), align_right=True),
    _column("registered", QT_TRANSLATE_NOOP("Courses", "Registered"), align_right=True),
    _column("approved", QT_TRANSLATE_NOOP("Courses", "Approved"), align_right=True),
    _column(
        "waiting",
        QT_TRANSLATE_NOOP("Courses", "Waiting"),
        align_right=True,
        header_tip=QT_TRANSLATE_NOOP("Courses", "Waiting for approval"),
    ),
    _column(
        "status",
        QT_TRANSLATE_NOOP("Courses", "Status"),
        format=lambda v, _r: round_status_text(v),
    ),
)

WATCHED = ("course", "course_round", "registration", "course_prerequisite")


class CoursesView(RowsListTab):
    """Courses with search and a term filter; rounds with a status filter and key numbers."""

    open_round = Signal(str)
    #: Sign-ups for review is asked for (its button, shown while some wait).
    open_review = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.course_id: str | None = None
        self.search = SearchField(self.tr("Search courses and rounds…"), self)
        self._courses_read, self._rounds_read, self._review_read = Latest(), Latest(), Latest()
        self.term = QComboBox()
        self.term.setAccessibleName(self.tr("Term"))
        self.term.addItem(self.tr("All terms"), "")
        self.status = choice_box(
            "Courses", ROUND_STATUS, name=self.tr("Round status"), first=(self.tr("Any status"), "")
        )
        self.show_archived = QCheckBox(self.tr("Show archived"))
        # Sign-ups held for review (issue 17), said where courses are kept; hidden when none.
        self.review_button = QPushButton()
        self.review_button.setToolTip(self.tr("Go › Sign-ups for review…"))
        self.review_button.clicked.connect(self.open_review)
        self.review_button.hide()
        self.count_label = QLabel()
        self.last_dialog: QDialog | None = None
        #: The evaluation results window opened last (issue 19).
        self.results_window: EvaluationStatsWindow | None = None
        bar = hbox(
            QLabel(self.tr("Term:")),
            self.term,
            QLabel(self.tr("Status:")),
            self.status,
            self.show_archived,
            None,
            self.review_button,
            self.search,
            self.count_label,
        )

        self.courses = RowsModel(COURSE_COLUMNS, self)
        self.course_table = TableView("courses", ctx.settings, self)
        self.course_table.setModel(self.courses)
        self.course_table.setSelectionMode(TableView.SelectionMode.SingleSelection)
        course_header = self.course_table.horizontalHeader()
        course_header.setStretchLastSection(False)
        course_header.setSectionResizeMode(1, course_header.ResizeMode.Stretch)
        self.course_table.setColumnWidth(0, 64)
        self.course_table.setColumnWidth(2, 70)
        course_header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        self.course_table.restore_layout()
        self.rounds = RowsModel(ROUND_COLUMNS, self)
        self.listed = self.rounds
        self.export_title = self.tr("Rounds")
        self.print_title = self.tr("Courses")
        self.round_table = TableView("rounds", ctx.settings, self)
        self.round_table.setModel(self.rounds)
        for col, width in enumerate((240, 66, 170, 160, 56, 86, 80, 70, 80)):
            self.round_table.setColumnWidth(col, width)
        self.round_table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.AscendingOrder)
        self.round_table.restore_layout()
        self.rounds_title = QLabel()
        self.rounds_title.setStyleSheet("font-weight: 600;")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.rounds_title)
        right_layout.addWidget(self.round_table)
        self.new_course_button = QPushButton(self.tr("&New course…"))
        self.edit_course_button = QPushButton(self.tr("&Edit course…"))
        self.archive_course_button = QPushButton(self.tr("&Archive course"))
        self.prerequisites_button = QPushButton(self.tr("&Prerequisites…"))
        self.prerequisites_button.setToolTip(
            self.tr("The courses a participant must have completed before booking this one")
        )
        self.evaluation_button = QPushButton(self.tr("E&valuation…"))
        self.evaluation_button.setToolTip(
            self.tr("The questionnaire participants answer after a round of this course")
        )
        self.results_button = QPushButton(self.tr("Evaluation res&ults…"))
        self.results_button.setToolTip(self.tr("What the participants answered, counted"))
        self.new_round_button = QPushButton(self.tr("New &round…"))
        self.edit_round_button = QPushButton(self.tr("Edi&t round…"))
        self.copy_round_button = QPushButton(self.tr("&Copy round to a new term…"))
        self.archive_round_button = QPushButton(self.tr("Archi&ve round"))
        for button, slot in (
            (self.new_course_button, self.new_course),
            (self.edit_course_button, self.edit_course),
            (self.archive_course_button, self.archive_course),
            (self.prerequisites_button, self.edit_prerequisites),
            (self.evaluation_button, self.edit_evaluation),
            (self.results_button, self.show_evaluation_results),
            (self.new_round_button, self.new_round),
            (self.edit_round_button, self.edit_round),
            (self.copy_round_button, self.copy_round),
            (self.archive_round_button, self.archive_round),
        ):
            button.clicked.connect(slot)
        right_layout.addLayout(
            hbox(
                self.new_round_button,
                self.edit_round_button,
                self.copy_round_button,
                self.archive_round_button,
                None,
            )
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.course_table)
        # Two rows: the course list is the narrow side of the splitter, and six buttons in
        # one row made the whole window wider than a 1366-pixel screen (in Swedish).
        left_layout.addLayout(
            hbox(self.new_course_button, self.edit_course_button, self.archive_course_button, None)
        )
        left_layout.addLayout(
            hbox(self.prerequisites_button, self.evaluation_button, self.results_button, None)
        )
        self.splitter = SavedSplitter("courses", ctx.settings, [left, right], sizes=[330, 1000])
        vbox(self, bar, (self.splitter, 1))

        self.open_action = open_action(
            self.round_table,
            self.tr("Open round"),
            self.open_selected_round,
            self.tr("Open the selected round's page"),
            has_row=lambda: self.selected_round_id() is not None,
        )
        self.course_table.selectionModel().currentRowChanged.connect(self._course_changed)
        self.search.search_changed.connect(lambda _t: self.reload())
        self.term.activated.connect(lambda _i: self.reload())
        self.status.activated.connect(lambda _i: self.reload_rounds())
        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.round_table.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons()
        )
        ctx.ops.changed.connect(self._on_changes)
        DbOp(load_terms, parent=self, label="terms").success(self._fill_terms).run(ctx.ops)
        self.reload()

    # -- loading ------------------------------------------------------------------

    def _fill_terms(self, terms: list[str]) -> None:
        refill_combo(self.term, (self.tr("All terms"), ""), ((t, t) for t in terms))

    def reload(self) -> None:
        search, term = self.search.text().strip(), self.term.currentData() or ""
        archived = self.show_archived.isChecked()

        def run(c: OpContext) -> list[Record]:
            return load_courses(c, search=search, term=term, archived=archived)

        # Search as you type: a newer search cancels the courses and rounds read before it.
        self._courses_read.run(
            DbOp(run, parent=self, label="courses").success(self._courses_loaded), self.ctx.ops
        )
        self._review_read.run(
            DbOp(review_count, parent=self, label="review").success(self._show_review_count),
            self.ctx.ops,
        )

    def _show_review_count(self, count: int) -> None:
        self.review_button.setText(self.tr("%n sign-up(s) for review", "", count))
        self.review_button.setVisible(
            count > 0
            and registered()[("registration.review_accept", 1)].may_run(self.ctx.actor.roles)
        )

    def _courses_loaded(self, rows: list[Record]) -> None:
        keep = self.course_id
        self.courses.set_rows(rows)
        self.course_table.set_empty_text(
            self.tr("No courses match — clear the search or choose another term.")
            if self.search.text() or self.term.currentData()
            else self.tr("No courses yet — they appear here after the first sync.")
        )
        row = self.courses.row_of(keep) if keep else -1
        if row >= 0:
            self.course_table.selectRow(row)
        else:
            self.course_id = None
            self.course_table.clearSelection()
            self.reload_rounds()

    def _course_changed(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        row = self.courses.row_at(current.row()) if current.isValid() else None
        self.course_id = row["id"] if row else None
        self.reload_rounds()

    def reload_rounds(self) -> None:
        course_id = self.course_id
        term = self.term.currentData() or ""
        status = self.status.currentData() or ""
        search = self.search.text().strip()
        archived = self.show_archived.isChecked()

        def run(c: OpContext) -> list[Record]:
            return load_rounds(
                c, course_id=course_id, term=term, status=status, search=search, archived=archived
            )

        self._rounds_read.run(
            DbOp(run, parent=self, label="rounds").success(self._rounds_loaded), self.ctx.ops
        )

    def _rounds_loaded(self, rows: list[Record]) -> None:
        selected = self.selected_round_id()
        self.rounds.set_rows(rows)
        course = (
            self.courses.row_at(self.courses.row_of(self.course_id)) if self.course_id else None
        )
        self.rounds_title.setText(
            " · ".join(
                t
                for t in (self.tr("Rounds of %1").replace("%1", course["name"]), _requires(course))
                if t
            )
            if course
            else self.tr("All rounds")
        )
        self.round_table.set_empty_text(self.tr("No rounds match the filters."))
        self.count_label.setText(
            self.tr("%n course(s)", "", self.courses.rowCount())
            + " · "
            + self.tr("%n round(s)", "", len(rows))
        )
        if selected:
            row = self.rounds.row_of(selected)
            if row >= 0:
                self.round_table.selectRow(row)
        self._update_buttons()
        self.loaded = True

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*WATCHED):
            self.reload()

    # -- actions -------------------------------------------------------------------

    def selected_round_id(self) -> str | None:
        rows = self.round_table.selected_rows()
        row = self.rounds.row_at(rows[0]) if rows else None
        return row["id"] if row else None

    def open_selected_round(self) -> None:
        rid = self.selected_round_id()
        if rid:
            self.open_round.emit(rid)

    def selected_course(self) -> Record | None:
        row = self.courses.row_of(self.course_id) if self.course_id else -1
        return self.courses.row_at(row) if row >= 0 else None

    def selected_round(self) -> Record | None:
        rows = self.round_table.selected_rows()
        return self.rounds.row_at(rows[0]) if rows else None

    def _update_buttons(self) -> None:
        may = CourseEdit.may_run(self.ctx.actor.roles)
        self.new_course_button.setEnabled(may)
        course = self.selected_course() if may else None
        round_ = self.selected_round() if may else None
        for button in (self.edit_course_button, self.archive_course_button):
            button.setEnabled(course is not None)
        self.new_round_button.setEnabled(course is not None)
        self.prerequisites_button.setEnabled(course is not None)
        self.evaluation_button.setEnabled(course is not None)
        self.results_button.setEnabled(course is not None)
        for button in (self.edit_round_button, self.copy_round_button, self.archive_round_button):
            button.setEnabled(round_ is not None)
        self.archive_course_button.setText(
            self.tr("Restore course")
            if course and course.get("archived")
            else self.tr("&Archive course")
        )
        self.archive_round_button.setText(
            self.tr("Restore round")
            if round_ and round_.get("archived")
            else self.tr("Archi&ve round")
        )

    def _opened(self, dialog: QDialog) -> None:
        self.last_dialog = dialog

    # The dialogs and windows below are imported when first opened, not with the tab (the
    # window opens on it at start-up; evaluation results load QtCharts).

    def new_course(self) -> None:
        from desktop.courses.dialogs import open_course_dialog

        open_course_dialog(self.ctx, self, None, self._opened)

    def edit_course(self) -> None:
        from desktop.courses.dialogs import open_course_dialog

        if self.course_id:
            open_course_dialog(self.ctx, self, self.course_id, self._opened)

    def edit_prerequisites(self) -> None:
        """The selected course's prerequisites, in a window of their own."""
        from desktop.courses.prerequisites import PrerequisitesWindow

        course = self.selected_course()
        if course is not None:
            window = PrerequisitesWindow(self.ctx, course["id"], str(course["name"]), self)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.show()
            self.last_dialog = window

    def edit_evaluation(self) -> None:
        """The selected course's evaluation questionnaire (issue 19)."""
        from desktop.courses.evaluation_editor import EvaluationEditorDialog

        course = self.selected_course()
        if course is not None:
            dialog = EvaluationEditorDialog(self.ctx, course["id"], str(course["name"]), self)
            dialog.open()
            self.last_dialog = dialog

    def show_evaluation_results(self) -> None:
        """The selected course's evaluation results, in a window of their own."""
        from desktop.courses.evaluation_stats import EvaluationStatsWindow

        course = self.selected_course()
        if course is not None:
            window = EvaluationStatsWindow(self.ctx, course["id"], str(course["name"]), self)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.show()
            self.results_window = window

    def new_round(self) -> None:
        from desktop.courses.dialogs import RoundDialog, show_dialog

        if self.course_id:
            show_dialog(RoundDialog(self.ctx, self.course_id, parent=self), self._opened)

    def edit_round(self) -> None:
        from desktop.courses.dialogs import open_round_dialog

        rid = self.selected_round_id()
        if rid:
            open_round_dialog(self.ctx, self, rid, self._opened)

    def copy_round(self) -> None:
        from desktop.courses.dialogs import open_round_dialog

        rid = self.selected_round_id()
        if rid:
            open_round_dialog(self.ctx, self, rid, self._opened, copy=True)

    def archive_course(self) -> None:
        course = self.selected_course()
        if course is not None:
            self._archive("course", course)

    def archive_round(self) -> None:
        round_ = self.selected_round()
        if round_ is not None:
            self._archive("course_round", round_)

    def _archive(self, table: str, row: Record) -> None:
        set_archived(
            parent=self,
            commands=COMMANDS[table],
            row_id=row["id"],
            name=row["name"],
            archived=not row.get("archived"),
        ).success(self.ctx.undo.push).run(self.ctx.ops)

    def describe(self) -> str:
        return self.rounds_title.text()

    def save_layout(self) -> None:
        self.course_table.save_layout()
        self.round_table.save_layout()
        self.splitter.save_layout()
