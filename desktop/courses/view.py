"""The Courses tab: courses on the left, the selected course's rounds on the right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
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
    list_action,
    popup_menu,
    refill_combo,
)
from desktop.context import AppContext
from desktop.courses.queries import load_courses, load_rounds, load_terms
from desktop.i18n import QT_TRANSLATE_NOOP, code_text, format_date
from desktop.operations import Changes, DbOp, OpContext

ROUND_STATUS = {
    "planned": QT_TRANSLATE_NOOP("Courses", "Planned"),
    "open": QT_TRANSLATE_NOOP("Courses", "Open"),
    "closed": QT_TRANSLATE_NOOP("Courses", "Closed"),
    "cancelled": QT_TRANSLATE_NOOP("Courses", "Cancelled"),
}


round_status_text = code_text("Courses", ROUND_STATUS)


def _dates(_v: object, row: Record) -> str:
    start, end = row.get("starts_on"), row.get("ends_on")
    if start and end and start != end:
        return f"{format_date(start)} – {format_date(end)}"
    return format_date(start)


COURSE_COLUMNS = (
    Column("code", QT_TRANSLATE_NOOP("Courses", "Code"), "Courses"),
    Column("name", QT_TRANSLATE_NOOP("Courses", "Course"), "Courses"),
    Column("rounds", QT_TRANSLATE_NOOP("Courses", "Rounds"), "Courses", align_right=True),
)
ROUND_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Courses", "Round"), "Courses"),
    Column("term", QT_TRANSLATE_NOOP("Courses", "Term"), "Courses"),
    Column(
        "starts_on",
        QT_TRANSLATE_NOOP("Courses", "Dates"),
        "Courses",
        format=_dates,
        export_as=(
            ("starts_on", QT_TRANSLATE_NOOP("Courses", "Starts")),
            ("ends_on", QT_TRANSLATE_NOOP("Courses", "Ends")),
        ),
    ),
    Column("place", QT_TRANSLATE_NOOP("Courses", "Place"), "Courses"),
    Column("seats", QT_TRANSLATE_NOOP("Courses", "Seats"), "Courses", align_right=True),
    Column("registered", QT_TRANSLATE_NOOP("Courses", "Registered"), "Courses", align_right=True),
    Column("approved", QT_TRANSLATE_NOOP("Courses", "Approved"), "Courses", align_right=True),
    Column(
        "waiting",
        QT_TRANSLATE_NOOP("Courses", "Waiting"),
        "Courses",
        align_right=True,
        header_tip=QT_TRANSLATE_NOOP("Courses", "Waiting for approval"),
    ),
    Column(
        "status",
        QT_TRANSLATE_NOOP("Courses", "Status"),
        "Courses",
        format=lambda v, _r: round_status_text(v),
    ),
)

WATCHED = ("course", "course_round", "registration")


class CoursesView(RowsListTab):
    """Courses with search and a term filter; rounds with a status filter and key numbers."""

    open_round = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.course_id: str | None = None
        self.search = SearchField(self.tr("Search courses and rounds…"), self)
        self.term = QComboBox()
        self.term.setAccessibleName(self.tr("Term"))
        self.term.addItem(self.tr("All terms"), "")
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Round status"))
        self.status.addItem(self.tr("Any status"), "")
        for key, title in ROUND_STATUS.items():
            self.status.addItem(QCoreApplication.translate("Courses", title), key)
        self.count_label = QLabel()
        bar = hbox(
            QLabel(self.tr("Term:")),
            self.term,
            QLabel(self.tr("Status:")),
            self.status,
            None,
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
        self.splitter = SavedSplitter(
            "courses", ctx.settings, [self.course_table, right], sizes=[330, 1000]
        )
        vbox(self, bar, (self.splitter, 1))

        self.open_action = list_action(
            self.round_table,
            self.tr("Open round"),
            self.open_selected_round,
            "Return",
            self.tr("Open the selected round's page"),
        )
        self.round_table.doubleClicked.connect(lambda _i: self.open_selected_round())
        self.round_table.customContextMenuRequested.connect(self._round_menu)
        self.course_table.selectionModel().currentRowChanged.connect(self._course_changed)
        self.search.search_changed.connect(lambda _t: self.reload())
        self.term.activated.connect(lambda _i: self.reload())
        self.status.activated.connect(lambda _i: self.reload_rounds())
        ctx.ops.changed.connect(self._on_changes)
        DbOp(load_terms, parent=self, label="terms").success(self._fill_terms).run(ctx.ops)
        self.reload()

    # -- loading ------------------------------------------------------------------

    def _fill_terms(self, terms: list[str]) -> None:
        refill_combo(self.term, (self.tr("All terms"), ""), ((t, t) for t in terms))

    def reload(self) -> None:
        search, term = self.search.text().strip(), self.term.currentData() or ""

        def run(c: OpContext) -> list[Record]:
            return load_courses(c, search=search, term=term)

        DbOp(run, parent=self, label="courses").success(self._courses_loaded).run(self.ctx.ops)

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

        def run(c: OpContext) -> list[Record]:
            return load_rounds(c, course_id=course_id, term=term, status=status, search=search)

        DbOp(run, parent=self, label="rounds").success(self._rounds_loaded).run(self.ctx.ops)

    def _rounds_loaded(self, rows: list[Record]) -> None:
        selected = self.selected_round_id()
        self.rounds.set_rows(rows)
        course = (
            self.courses.row_at(self.courses.row_of(self.course_id)) if self.course_id else None
        )
        self.rounds_title.setText(
            self.tr("Rounds of %1").replace("%1", course["name"])
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

    def _round_menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        self.open_action.setEnabled(self.selected_round_id() is not None)
        self._menu = popup_menu(self, self.round_table, pos, [self.open_action])

    def describe(self) -> str:
        return self.rounds_title.text()

    def save_layout(self) -> None:
        self.course_table.save_layout()
        self.round_table.save_layout()
        self.splitter.save_layout()
