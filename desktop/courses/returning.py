"""Reports › Returning participants… (issue 19, seed 003 step 14): per course or course
category, term by term, how many participants took part in an earlier term (and the
share), with the selected row's detail — the earlier courses they came from, and how many
of each term's participants came back in a later term — a line chart of the returning
share over the terms (the row's and every course's), print (the printing module's table
sheet) and export (XLSX or CSV, numbers as numbers).

Made from the local database (:mod:`models.returning`): one query, counted on the database
executor for every grouping at once, so switching the grouping asks for nothing. A change
to registrations, rounds, courses or persons (a merge) counts again.
"""

from __future__ import annotations

from concurrent.futures import Future
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QLineSeries
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.common.domain_text import domain_message
from desktop.common.layouts import hbox, vbox
from desktop.common.model_export import ReportOutput, export_rows
from desktop.common.palette import HINT_STYLE
from desktop.common.report_chart import category_axes, clear_chart, report_chart
from desktop.common.row_dialog import ERROR_STYLE
from desktop.common.rows_model import Column, RowsModel, display
from desktop.common.values import Record
from desktop.common.widgets import TableView, push_button
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP, format_number
from desktop.operations import Changes, DbOp, OpContext
from models.returning import (
    GROUPS,
    GroupRow,
    ReturningReport,
    TermCount,
    load_takings,
    returning_report,
)

CONTEXT = "ReturningWindow"

#: The groupings to choose, by key: (the choice, the first column's header).
GROUPINGS = {
    "course": (
        QT_TRANSLATE_NOOP("ReturningWindow", "Per course"),
        QT_TRANSLATE_NOOP("ReturningWindow", "Course"),
    ),
    "category": (
        QT_TRANSLATE_NOOP("ReturningWindow", "Per category"),
        QT_TRANSLATE_NOOP("ReturningWindow", "Category"),
    ),
}
#: The tables whose changes count again.
WATCHED = ("registration", "course_round", "course", "person")
#: The chart's lines: the selected row's, every course's.
ROW_COLOUR, ALL_COLOUR = "#1f77b4", "#7f7f7f"


def _t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def share_text(count: TermCount | None) -> str:
    """ "2 of 3 (67 %)"; "" when nobody took part."""
    if count is None or not count.participants:
        return ""
    share = count.share or 0.0
    return (
        _t(QT_TRANSLATE_NOOP("ReturningWindow", "%1 of %2 (%3 %)"))
        .replace("%1", format_number(count.returning))
        .replace("%2", format_number(count.participants))
        .replace("%3", "<1" if 0 < share < 0.005 else format_number(round(share * 100)))
    )


def _cell(term: str, _value: Any, row: Record) -> str:
    return share_text(row["counts"].get(term))


def _total_cell(_value: Any, row: Record) -> str:
    return share_text(row["total"])


def row_name(row: GroupRow, group: str) -> str:
    if row.name:
        return row.name
    if group == "category":
        return _t(QT_TRANSLATE_NOOP("ReturningWindow", "No category"))
    return _t(QT_TRANSLATE_NOOP("ReturningWindow", "All courses"))


def fill(table: QTableWidget, headers: list[str], rows: list[list[object]]) -> None:
    """A detail table of ``rows`` under ``headers``: the first column's text, the rest
    counts (blank for none) at the right."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem("" if value is None else display(value))
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def load(c: OpContext) -> dict[str, ReturningReport]:
    """The report per grouping (and every course together as "all"), on the executor."""
    with c.read() as s:
        takings = load_takings(s, c.actor.tenant_id)
    return {group: returning_report(takings, group) for group in GROUPS}


class ReturningWindow(ReportOutput, QDialog):
    """The returning participants report (one window per main window)."""

    list_name = "courses_returning"

    # The name wider than the counts, printed.
    NAME_WEIGHT = 1.8

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Returning participants"))
        self.reports: dict[str, ReturningReport] = {}
        self.loaded = False
        self.group_choice = QComboBox()
        for key, (choice, _header) in GROUPINGS.items():
            self.group_choice.addItem(_t(choice), key)
        self.group_choice.setAccessibleName(self.tr("Per"))
        group_label = QLabel(self.tr("&Show:"))
        group_label.setBuddy(self.group_choice)
        self.print_button = push_button(self.tr("&Print…"), self.print_report)
        self.export_button = push_button(self.tr("&Export…"), self.ask_export)
        # Ctrl+P prints and Ctrl+E exports, as in the other report windows.
        for key, slot in (("Ctrl+P", self.print_report), ("Ctrl+E", self.ask_export)):
            QShortcut(QKeySequence(key), self, slot)
        self.model = RowsModel([], self)
        self.table = TableView(self.list_name, ctx.settings, self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(TableView.SelectionMode.SingleSelection)
        self.table.set_empty_text(self.tr("Nobody has taken part in a course yet."))
        self.table.horizontalHeader().setStretchLastSection(False)
        self.came_from = QTableWidget()
        self.came_from.setObjectName("returning_came_from")
        self.came_back = QTableWidget()
        self.came_back.setObjectName("returning_came_back")
        for detail in (self.came_from, self.came_back):
            detail.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            detail.setAlternatingRowColors(True)
            detail.setTabKeyNavigation(False)
            detail.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Returning participants per term"))
        self.came_from.setAccessibleName(self.tr("Came from"))
        self.came_back.setAccessibleName(self.tr("Came back"))
        self.came_from_label = QLabel()
        self.came_back_label = QLabel()
        for label in (self.came_from_label, self.came_back_label):
            label.setWordWrap(True)
        self.chart, self.chart_view = report_chart(220)
        self.message = QLabel()
        self.message.setWordWrap(True)
        note = QLabel(
            self.tr(
                "A participant returns when they took part in any course in an earlier term; "
                "a person is counted once per row and term, a merged duplicate as the person "
                "kept. Taking part: a place on a round that was not cancelled."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)

        details = QSplitter(Qt.Orientation.Horizontal)
        for label, table in (
            (self.came_from_label, self.came_from),
            (self.came_back_label, self.came_back),
        ):
            pane = QWidget()
            vbox(pane, label, table).setContentsMargins(0, 0, 0, 0)
            details.addWidget(pane)
        details.addWidget(self.chart_view)
        details.setSizes([330, 330, 420])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        splitter.setSizes([320, 300])
        vbox(
            self,
            hbox(group_label, self.group_choice, None, self.print_button, self.export_button),
            (splitter, 1),
            self.message,
            note,
            hbox(None, push_button(self.tr("Close"), self.close)),
        )
        self.group_choice.currentIndexChanged.connect(lambda _i: self.show_report())
        ctx.ops.changed.connect(self._on_changes)
        self.resize(1200, 760)
        self.show_report()
        self.reload()

    # -- the report ---------------------------------------------------------------------

    def group(self) -> str:
        return str(self.group_choice.currentData())

    def report(self) -> ReturningReport | None:
        return self.reports.get(self.group())

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*WATCHED):
            self.reload()

    def reload(self) -> None:
        """Count again from the local database (on the executor)."""
        DbOp(load, parent=self, label=self.tr("Counting returning participants")).success(
            self._loaded
        ).failure(lambda exc: self.say(domain_message(exc), error=True)).run(self.ctx.ops)

    def _loaded(self, reports: dict[str, ReturningReport]) -> None:
        self.reports, self.loaded = reports, True
        self.show_report()

    def columns(self) -> list[Column]:
        report, group = self.report(), self.group()
        terms = report.terms if report is not None else []
        first = GROUPINGS.get(group, GROUPINGS["course"])[1]
        return [
            Column("name", first, CONTEXT),
            *(
                Column(
                    f"term:{term}",
                    term,
                    "",
                    format=partial(_cell, term),
                    align_right=True,
                )
                for term in terms
            ),
            Column(
                "total_share",
                QT_TRANSLATE_NOOP("ReturningWindow", "All terms"),
                CONTEXT,
                format=_total_cell,
                align_right=True,
            ),
        ]

    def rows(self) -> list[Record]:
        """The report's rows as the table holds them, every course's last."""
        report, group = self.report(), self.group()
        if report is None:
            return []
        every = self.reports.get("all")
        rows = list(report.rows) + (list(every.rows) if every is not None else [])
        out: list[Record] = []
        for n, row in enumerate(rows):
            total = row.total()
            record: Record = {
                "id": f"{'all' if n >= len(report.rows) else group}:{row.key}",
                "name": row_name(row, group if n < len(report.rows) else "all"),
                "row": row,
                "counts": row.terms,
                "total": total,
                "total_share": total.share,
            }
            for term in report.terms:
                count = row.terms.get(term)
                record[f"term:{term}"] = count.share if count is not None else None
            out.append(record)
        return out

    def show_report(self) -> None:
        """The rows of the grouping chosen, its terms as columns (a new model: the terms
        change), the row chosen before chosen again (else the first)."""
        chosen, shown = self.table.chosen_row(), self.model
        self.model = RowsModel(self.columns(), self)
        self.model.set_rows(self.rows())
        self.table.setModel(self.model)
        shown.deleteLater()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_detail())
        self.table.setColumnWidth(0, 240)
        at = self.model.row_of(str(chosen["id"])) if chosen else -1
        if at < 0 and self.model.rowCount():
            at = 0
        if at >= 0:
            self.table.selectRow(at)
        self.table.update_empty(loaded=self.loaded)
        has_rows = bool(self.loaded and self.model.rowCount())
        for button in (self.print_button, self.export_button):
            button.setEnabled(has_rows)
        self.show_detail()

    def selected(self) -> GroupRow | None:
        record = self.table.chosen_row()
        return record["row"] if record else None

    # -- the detail and the chart --------------------------------------------------------

    def show_detail(self) -> None:
        record, report = self.table.chosen_row(), self.report()
        row = record["row"] if record else None
        name = str(record["name"]) if record else ""
        terms = report.terms if report is not None else []
        self.came_from_label.setText(
            self.tr("<b>Came from</b> (returning participants of %1 by earlier course)").replace(
                "%1", name or "…"
            )
        )
        self.came_back_label.setText(
            self.tr("<b>Came back</b> (of each term's participants, those in a later term)")
        )
        every_term = self.tr("All terms")
        fill(self.came_from, [self.tr("Earlier course"), *terms, every_term], self.came_from_rows())
        fill(
            self.came_back,
            [self.tr("Term"), self.tr("Participants"), *terms],
            self.came_back_rows(),
        )
        self._draw_chart(row, name, terms)

    def came_from_rows(self) -> list[list[object]]:
        """The selected row's earlier courses: [course, count per term …, all terms]."""
        row, report = self.selected(), self.report()
        if row is None or report is None:
            return []
        total = row.total().came_from
        out: list[list[object]] = []
        for course, n in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])):
            per_term = [
                row.terms[t].came_from.get(course) if t in row.terms else None for t in report.terms
            ]
            out.append([report.course_names.get(course, course), *per_term, n])
        return out

    def came_back_rows(self) -> list[list[object]]:
        """The selected row's cohorts: [term, participants, came back in each later term …]."""
        row, report = self.selected(), self.report()
        if row is None or report is None:
            return []
        return [
            [term, row.terms[term].participants, *(row.cohorts[term].get(t) for t in report.terms)]
            for term in report.terms
            if term in row.terms
        ]

    def _draw_chart(self, row: GroupRow | None, name: str, terms: list[str]) -> None:
        """The returning share (%) per term: the selected row's and every course's."""
        chart = self.chart
        clear_chart(chart, self.tr("Share of participants returning (%)"))
        every = self.reports.get("all")
        lines: list[tuple[str, str, GroupRow]] = []
        if row is not None:
            lines.append((name, ROW_COLOUR, row))
        if every is not None and every.rows and (row is None or row is not every.rows[0]):
            lines.append(
                (_t(QT_TRANSLATE_NOOP("ReturningWindow", "All courses")), ALL_COLOUR, every.rows[0])
            )
        self.chart_view.setVisible(bool(lines and terms))
        if not lines or not terms:
            return
        axis_x, axis_y = category_axes(chart, terms)
        axis_y.setRange(0, 100)
        for title, colour, shown in lines:
            series = QLineSeries()
            series.setName(title)
            series.setColor(QColor(colour))
            series.setPointsVisible(True)
            series.setMarkerSize(8)
            for x, term in enumerate(terms):
                count = shown.terms.get(term)
                if count is not None and count.share is not None:
                    series.append(x, count.share * 100)
            chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)

    # -- print and export ----------------------------------------------------------------

    def headers(self) -> list[str]:
        return [c.header() for c in self.model.columns]

    def table_rows(self) -> list[list[object]]:
        """The rows shown as printed: "2 of 3 (67 %)" per term."""
        out: list[list[object]] = []
        columns = range(self.model.columnCount())
        for r in range(self.model.rowCount()):
            out.append([self.model.data(self.model.index(r, c)) for c in columns])
        return out

    def export_headers(self) -> list[str]:
        report = self.report()
        terms = report.terms if report is not None else []
        first = _t(GROUPINGS.get(self.group(), GROUPINGS["course"])[1])
        each = (self.tr("participants"), self.tr("returning"), self.tr("share"))
        return [first, *(f"{term} {what}" for term in terms for what in each)]

    def export_rows(self) -> list[list[object]]:
        """The rows shown with numbers: participants, returning and share (0–1) per term."""
        report = self.report()
        terms = report.terms if report is not None else []
        out: list[list[object]] = []
        for r in range(self.model.rowCount()):
            record = self.model.row_at(r)
            assert record is not None
            values: list[object] = [record["name"]]
            for term in terms:
                count = record["counts"].get(term)
                if count is None:
                    values += [None, None, None]
                else:
                    share = None if count.share is None else round(count.share, 4)
                    values += [count.participants, count.returning, share]
            out.append(values)
        return out

    def print_titles(self) -> tuple[str, str, str]:
        title = _t(GROUPINGS.get(self.group(), GROUPINGS["course"])[0])
        subtitle = self.tr("Returning of the participants per term")
        return title, subtitle, self.tr("Returning participants")

    def print_rows(self) -> list[list[object]]:
        return self.table_rows()

    def _has_report(self) -> bool:
        return self.print_button.isEnabled()

    def export_names(self) -> tuple[str, str]:
        return self.tr("Export the report"), self.tr("Returning participants")

    def export_to(self, path: Path) -> Future[int]:
        """Write the report as shown to ``path`` (numbers as numbers), off the GUI thread."""
        headers, rows = self.export_headers(), self.export_rows()
        title = self.tr("Returning participants")
        return (
            export_rows(parent=self, headers=headers, rows=rows, path=path, title=title)
            .success(lambda _n: self.say(self.tr("Saved %1.").replace("%1", path.name)))
            .failure(lambda exc: self.say(domain_message(exc), error=True))
            .run(self.ctx.ops)
        )

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
