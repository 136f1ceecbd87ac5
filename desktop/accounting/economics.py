"""Accounting › Economics report…: per course, category or term what the bookings brought
in a period — invoiced, cancelled, paid, outstanding, discounts, credit used and given,
refunds — as the server sums them from the bookings and the ledger
(``GET /api/v1/reports/economics``), with a bar chart of invoiced, paid and outstanding,
print (the printing module's table sheet) and export (XLSX or CSV, amounts as numbers).

For those who handle money (administrators, treasurers). The ledger lives on the server:
offline the window says a connection is needed.
"""

from __future__ import annotations

from concurrent.futures import Future
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCharts import QBarSeries, QBarSet
from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDateEdit, QLabel, QSplitter, QWidget

from desktop.admin.model import FilteredRowsModel, item_row
from desktop.admin.operations import _call
from desktop.admin.server_window import ServerListWindow
from desktop.common.model_export import ReportOutput, export_rows
from desktop.common.report_chart import category_axes, clear_chart, report_chart
from desktop.common.rows_model import Column, kronor_column
from desktop.common.values import Record
from desktop.common.widgets import choice_box
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP, format_date
from desktop.operations import NetOp
from desktop.webview.server_api import ServerLink
from models.pricing import kronor_text
from sync.economics import EconomicsClient, EconomicsReport, EconomicsRow

CONTEXT = "Economics"
_column = partial(Column, context=CONTEXT)

#: What a row of the report is, by the server's group: its name (the first column's header).
GROUPS = {
    "course": QT_TRANSLATE_NOOP("Economics", "Course"),
    "category": QT_TRANSLATE_NOOP("Economics", "Category"),
    "term": QT_TRANSLATE_NOOP("Economics", "Term"),
}
#: The periods to choose, by key.
PERIODS = {
    "all": QT_TRANSLATE_NOOP("Economics", "All time"),
    "this_year": QT_TRANSLATE_NOOP("Economics", "This year"),
    "last_year": QT_TRANSLATE_NOOP("Economics", "Last year"),
    "this_month": QT_TRANSLATE_NOOP("Economics", "This month"),
    "custom": QT_TRANSLATE_NOOP("Economics", "Chosen days"),
}
#: The amounts, in the table's order: (field, title, tooltip).
AMOUNTS = (
    ("invoiced", QT_TRANSLATE_NOOP("Economics", "Invoiced"), QT_TRANSLATE_NOOP(
        "Economics", "What the bookings were charged (before any credit balance used)"
    )),
    ("cancelled", QT_TRANSLATE_NOOP("Economics", "Cancelled"), QT_TRANSLATE_NOOP(
        "Economics", "Charges given up again by cancellations and credit notes"
    )),
    ("paid", QT_TRANSLATE_NOOP("Economics", "Paid"), QT_TRANSLATE_NOOP(
        "Economics", "Money received: Bankgiro and card payments"
    )),
    ("outstanding", QT_TRANSLATE_NOOP("Economics", "Outstanding"), QT_TRANSLATE_NOOP(
        "Economics", "What is still owed at the end of the period"
    )),
    ("discounts", QT_TRANSLATE_NOOP("Economics", "Discounts"), QT_TRANSLATE_NOOP(
        "Economics", "The discounts of the bookings charged in the period"
    )),
    ("credit_used", QT_TRANSLATE_NOOP("Economics", "Credit used"), QT_TRANSLATE_NOOP(
        "Economics", "Credit balances used to pay for bookings"
    )),
    ("credit_given", QT_TRANSLATE_NOOP("Economics", "Credit given"), QT_TRANSLATE_NOOP(
        "Economics", "Credit balances given by cancellations and overpayments"
    )),
    ("refunds", QT_TRANSLATE_NOOP("Economics", "Refunds"), QT_TRANSLATE_NOOP(
        "Economics", "Money paid back"
    )),
)  # fmt: skip
#: The chart's series: (field, colour).
CHARTED = (("invoiced", "#1f77b4"), ("paid", "#2ca02c"), ("outstanding", "#d62728"))


def _t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


COLUMNS = [
    _column("name", GROUPS["course"]),  # titled by the group shown (EconomicsModel)
    _column(
        "bookings",
        QT_TRANSLATE_NOOP("Economics", "Bookings"),
        align_right=True,
        header_tip=QT_TRANSLATE_NOOP("Economics", "Bookings charged in the period"),
    ),
    *(kronor_column(key, title, CONTEXT, header_tip=tip) for key, title, tip in AMOUNTS),
]


def row_name(row: EconomicsRow, group: str) -> str:
    """The row's name in words: a course's name, the category, the term; what it is when
    there is none."""
    if row.key is None:
        return _t(QT_TRANSLATE_NOOP("Economics", "Not tied to a booking"))
    if row.name:
        return row.name
    if group == "category":
        return _t(QT_TRANSLATE_NOOP("Economics", "No category"))
    return _t(QT_TRANSLATE_NOOP("Economics", "No term"))


def period(choice: str, today: date) -> tuple[date | None, date | None]:
    """The days of a period choice (None, None: all time)."""
    if choice == "this_year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if choice == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if choice == "this_month":
        following = date(today.year + today.month // 12, today.month % 12 + 1, 1)
        return date(today.year, today.month, 1), date.fromordinal(following.toordinal() - 1)
    return None, None


def load_report(
    link: ServerLink, *, parent: QObject | None, group: str, start: date | None, end: date | None
) -> NetOp[EconomicsReport]:
    return NetOp(
        _call(link, lambda c: c.economics(group, start, end), EconomicsClient),
        parent=parent,
        label=_t(QT_TRANSLATE_NOOP("Economics", "Loading the economics report")),
    )


class EconomicsModel(FilteredRowsModel):
    """The report's rows; the first column's header says what a row is."""

    def __init__(self) -> None:
        super().__init__(COLUMNS)
        self.first_header = GROUPS["course"]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (section, orientation, role) == (0, Qt.Orientation.Horizontal, 0):
            return _t(self.first_header)
        return super().headerData(section, orientation, role)


class EconomicsWindow(ReportOutput, ServerListWindow):
    """The economics report (one window per main window)."""

    LIST_NAME = "accounting_economics"
    TITLE = QT_TRANSLATE_NOOP("EconomicsWindow", "Economics report")
    MODEL = EconomicsModel
    model: EconomicsModel

    # The name wider than the amounts, printed.
    NAME_WEIGHT = 1.5
    NO_SERVER = QT_TRANSLATE_NOOP(
        "UsersAdmin",
        "The economics report is made by the server from its ledger, and this copy of the "
        "data is not connected to one. Sign in to the server to see it.",
    )
    OFFLINE = QT_TRANSLATE_NOOP(
        "UsersAdmin",
        "Offline: the economics report needs a connection to the server, which keeps the "
        "ledger. Your other work goes on; try again when online.",
    )
    OFFLINE_WHEN_UNREACHABLE = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent=parent)
        self.report: EconomicsReport | None = None
        #: The group and period the report shown was asked for.
        self.shown_for: tuple[str, date | None, date | None] = ("course", None, None)
        #: The report last asked for: an answer to an earlier question (a quicker choice made
        #: meanwhile, answers can arrive in any order) is not shown over it.
        self.asked_for: tuple[str, date | None, date | None] | None = None
        self.group_choice = choice_box(CONTEXT, GROUPS, name=self.tr("Per"))
        self.period_choice = choice_box(CONTEXT, PERIODS, name=self.tr("Period"))
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit, name in ((self.start_edit, self.tr("From")), (self.end_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.setDisplayFormat("yyyy-MM-dd")
        today = date.today()
        self.start_edit.setDate(QDate(today.year, 1, 1))
        self.end_edit.setDate(QDate(today.year, today.month, today.day))
        group_label = QLabel(self.tr("&Per:"))
        group_label.setBuddy(self.group_choice)
        period_label = QLabel(self.tr("P&eriod:"))
        period_label.setBuddy(self.period_choice)
        self.act_print = self._action(
            self.tr("&Print…"), self.print_report, "Ctrl+P", self.tr("Print the report")
        )
        self.act_export = self._action(
            self.tr("&Export…"),
            self.ask_export,
            "Ctrl+E",
            self.tr("Save the report as an Excel workbook or a CSV file"),
        )
        self.summary = QLabel()
        self.summary.setObjectName("economics_summary")
        self._finish(
            self.tr("Report actions"),
            (self.act_print, self.act_export),
            filter_hint=self.tr("Filter by name…"),
            leading=(
                group_label,
                self.group_choice,
                period_label,
                self.period_choice,
                self.start_edit,
                QLabel("–"),
                self.end_edit,
            ),
        )
        self.chart, self.chart_view = report_chart(200)
        central = self.centralWidget()
        layout = central.layout() if central is not None else None
        assert layout is not None  # _finish laid the window out
        splitter = QSplitter(Qt.Orientation.Vertical)
        layout.replaceWidget(self.table, splitter)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart_view)
        splitter.setSizes([300, 260])
        self.statusBar().addPermanentWidget(self.summary)
        self.resize(1200, 700)
        self._period_changed()
        self.group_choice.currentIndexChanged.connect(lambda _i: self.refresh())
        self.period_choice.currentIndexChanged.connect(lambda _i: self._period_changed(True))
        self.start_edit.dateChanged.connect(lambda _d: self._days_changed())
        self.end_edit.dateChanged.connect(lambda _d: self._days_changed())

    # -- the choices ------------------------------------------------------------------

    def group(self) -> str:
        return str(self.group_choice.currentData())

    def days(self) -> tuple[date | None, date | None]:
        """The period chosen (None, None: all time)."""
        choice = str(self.period_choice.currentData())
        if choice == "custom":
            return self.start_edit.date().toPython(), self.end_edit.date().toPython()  # type: ignore[return-value]
        return period(choice, date.today())

    def _period_changed(self, ask: bool = False) -> None:
        choice = str(self.period_choice.currentData())
        start, end = period(choice, date.today())
        for edit, day in ((self.start_edit, start), (self.end_edit, end)):
            edit.setEnabled(choice == "custom")
            if day is not None:
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        if ask:
            self.refresh()

    def _days_changed(self) -> None:
        if str(self.period_choice.currentData()) == "custom":
            self.refresh()

    # -- the report -------------------------------------------------------------------

    def refresh(self, *, select: str | None = None) -> None:
        """Ask the server for the report of the group and period chosen."""
        link = self._link()
        if link is None:
            return
        keep = select or self._asking()
        group, (start, end) = self.group(), self.days()
        if start and end and start > end:
            self.busy = False
            self._offline(self.tr("The period ends before it starts."), retry=False)
            return
        asked = self.asked_for = (group, start, end)
        load_report(link, parent=self, group=group, start=start, end=end).success(
            lambda report: self._listed(report, asked, keep)
        ).failure(self._list_failed).run(self.ctx.ops)

    def _listed(
        self,
        report: EconomicsReport,
        shown_for: tuple[str, date | None, date | None],
        keep: str | None,
    ) -> None:
        if shown_for != self.asked_for:
            return  # a later choice's report is on its way
        self.report, self.shown_for = report, shown_for
        self.model.set_all([self._as_row(r) for r in report.rows])
        self.set_filter(self.filter.text())
        self.model.first_header = GROUPS[shown_for[0]]
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)
        self._arrived(keep, empty=self.tr("No bookings or payments in this period."))
        self._draw_chart()

    def _as_row(self, row: EconomicsRow) -> Record:
        name = row_name(row, self.group())
        return item_row(row, name, id=row.key if row.key is not None else "", name=name)

    def clear_rows(self) -> None:
        self.report = None
        self.model.set_all([])
        if hasattr(self, "chart"):
            self._draw_chart()

    def _update_actions(self) -> None:
        super()._update_actions()
        has_rows = bool(self.loaded and self.model.rows)
        for action in (self.act_print, self.act_export):
            action.setEnabled(has_rows)
        if self.report is None or not self.loaded:
            self.summary.setText("")
            return
        total = self.report.total
        self.summary.setText(
            self.tr("In all: %1 invoiced · %2 paid · %3 outstanding")
            .replace("%1", kronor_text(total.invoiced))
            .replace("%2", kronor_text(total.paid))
            .replace("%3", kronor_text(total.outstanding))
        )

    def _draw_chart(self) -> None:
        """Invoiced, paid and outstanding per row shown (kronor)."""
        chart = self.chart
        clear_chart(chart, self.tr("Invoiced, paid and outstanding (kr)"))
        rows = self.model.rows
        self.chart_view.setVisible(bool(rows))
        if not rows:
            return
        series = QBarSeries()
        titles = {key: title for key, title, _tip in AMOUNTS}
        for key, colour in CHARTED:
            bars = QBarSet(_t(titles[key]))
            bars.setColor(QColor(colour))
            bars.append([int(r[key]) / 100 for r in rows])
            series.append(bars)
        chart.addSeries(series)
        categories, values = category_axes(chart, [str(r["name"]) for r in rows])
        series.attachAxis(categories)
        series.attachAxis(values)
        values.applyNiceNumbers()

    # -- print and export ---------------------------------------------------------------

    def headers(self) -> list[str]:
        return [_t(GROUPS[self.shown_for[0]]), *(c.header() for c in COLUMNS[1:])]

    def subtitle(self) -> str:
        start, end = self.shown_for[1:]
        if start is None and end is None:
            return _t(QT_TRANSLATE_NOOP("Economics", "All time"))
        return f"{format_date(start) if start else '…'} – {format_date(end) if end else '…'}"

    def table_rows(self, *, numbers: bool) -> list[list[object]]:
        """The rows shown and the total: amounts as kronor numbers (an export) or texts."""
        keys = ("bookings", *(key for key, _t, _tip in AMOUNTS))
        total: Record = {"name": _t(QT_TRANSLATE_NOOP("Economics", "Total"))}
        if self.report is not None:
            total |= {k: getattr(self.report.total, k) for k in keys}
        out: list[list[object]] = []
        for row in (*self.model.rows, total):

            def value(key: str, row: Record = row) -> object:
                amount = int(row.get(key) or 0)
                if key == "bookings":
                    return amount
                return amount / 100 if numbers else kronor_text(amount)

            out.append([row["name"], *(value(k) for k in keys)])
        return out

    def print_titles(self) -> tuple[str, str, str]:
        title = self.tr("Per %1").replace("%1", _t(GROUPS[self.shown_for[0]]).lower())
        return title, self.subtitle(), self.tr("Economics report")

    def print_rows(self) -> list[list[object]]:
        return self.table_rows(numbers=False)

    def _has_report(self) -> bool:
        return self.act_print.isEnabled()

    def export_names(self) -> tuple[str, str]:
        return self.tr("Export the report"), self.tr("Economics")

    def export_to(self, path: Path) -> Future[int]:
        """Write the report as shown (with its total) to ``path``, off the GUI thread."""
        headers, rows = self.headers(), self.table_rows(numbers=True)
        return (
            export_rows(
                parent=self,
                headers=headers,
                rows=rows,
                path=path,
                title=self.tr("Economics report"),
            )
            .success(lambda _n: self._say(self.tr("Saved %1.").replace("%1", path.name)))
            .failure(self._failed)
            .run(self.ctx.ops)
        )
