"""Courses › Evaluation results…: what a course's participants answered in its evaluation
(issue 19), as the server counts it (``GET /api/v1/reports/evaluations``): how many were
sent the evaluation and answered (the response rate), and per question the answers, the
average of a scale and the distribution, for every round or one round chosen. The
selected question's distribution is a bar chart; a free-text question lists what was
written. Print (the printing module's table sheet) and export (XLSX or CSV).

For course staff. The answers live on the server: offline the window says a connection
is needed.
"""

from __future__ import annotations

from concurrent.futures import Future
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QBarSeries, QBarSet
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QSplitter, QWidget

from desktop.admin.operations import _call
from desktop.admin.server_window import ServerListWindow
from desktop.common.model_export import ReportOutput, export_rows
from desktop.common.report_chart import category_axes, clear_chart, report_chart
from desktop.common.rows_model import Column
from desktop.common.values import Record
from desktop.context import AppContext
from desktop.courses.evaluation_editor import KINDS
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import NetOp
from models.evaluations import QuestionKind
from sync.client import ServerClient, ServerUnavailable

CONTEXT = "EvaluationStats"
_column = partial(Column, context=CONTEXT)

COLUMNS = [
    _column("number", QT_TRANSLATE_NOOP("EvaluationStats", "No."), align_right=True),
    _column("text", QT_TRANSLATE_NOOP("EvaluationStats", "Question")),
    _column("kind_text", QT_TRANSLATE_NOOP("EvaluationStats", "Kind")),
    _column("answered", QT_TRANSLATE_NOOP("EvaluationStats", "Answers"), align_right=True),
    _column("average_text", QT_TRANSLATE_NOOP("EvaluationStats", "Average"), align_right=True),
    _column("distribution_text", QT_TRANSLATE_NOOP("EvaluationStats", "Distribution")),
]


def _t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


class EvaluationsClient(ServerClient):
    """The evaluations' statistics, over the sync client's transport."""

    def evaluations(self, course_id: str, round_id: str | None) -> dict[str, Any]:
        params = {"round": round_id} if round_id else {"course": course_id}
        data = self._json("GET", "/reports/evaluations", params=params)
        if not isinstance(data.get("questions"), list) or not isinstance(data.get("rounds"), list):
            raise ServerUnavailable("The server's evaluations answer is malformed")
        return data


def as_row(number: int, q: dict[str, Any]) -> Record:
    """A question's statistics as a row of the table."""
    kind = QuestionKind(q["kind"])
    distribution = q.get("distribution") or {}
    average = q.get("average")
    return {
        "id": q["id"],
        "number": number,
        "text": q["text"],
        "kind": kind.value,
        "kind_text": QCoreApplication.translate("EvaluationEditor", KINDS[kind]),
        "answered": int(q["answered"]),
        "average": average,
        "average_text": f"{average:.2f}".replace(".", ",") if average is not None else "",
        "distribution": distribution,
        "distribution_text": " · ".join(f"{k}: {n}" for k, n in distribution.items()),
        "texts": list(q.get("texts") or []),
        "haystack": str(q["text"]).casefold(),
    }


class EvaluationStatsWindow(ReportOutput, ServerListWindow):
    """A course's evaluation results (see the module)."""

    LIST_NAME = "evaluation_stats"
    COLUMNS = COLUMNS
    NO_SERVER = QT_TRANSLATE_NOOP(
        "UsersAdmin",
        "The evaluation answers are kept by the server, and this copy of the data is not "
        "connected to one. Sign in to the server to see them.",
    )
    OFFLINE = QT_TRANSLATE_NOOP(
        "UsersAdmin",
        "Offline: the evaluation results need a connection to the server, which keeps the "
        "answers. Your other work goes on; try again when online.",
    )
    OFFLINE_WHEN_UNREACHABLE = True

    def __init__(
        self, ctx: AppContext, course_id: str, course_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent=parent)
        self.course_id, self.course_name = course_id, course_name
        self.setWindowTitle(self.tr("Evaluation results of %1").replace("%1", course_name))
        self.report: dict[str, Any] | None = None
        #: The round the report shown (None: every round) and last asked for.
        self.shown_for: str | None = None
        self.asked_for: str | None = None
        self.round_choice = QComboBox()
        self.round_choice.addItem(self.tr("All rounds"), None)
        self.round_choice.setAccessibleName(self.tr("Round"))
        round_label = QLabel(self.tr("&Round:"))
        round_label.setBuddy(self.round_choice)
        self.act_print = self._action(
            self.tr("&Print…"), self.print_report, "Ctrl+P", self.tr("Print the results")
        )
        self.act_export = self._action(
            self.tr("&Export…"),
            self.ask_export,
            "Ctrl+E",
            self.tr("Save the results as an Excel workbook or a CSV file"),
        )
        self.summary = QLabel()
        self._finish(
            self.tr("Results actions"),
            (self.act_print, self.act_export),
            filter_hint=self.tr("Filter by question…"),
            leading=(round_label, self.round_choice),
        )
        self.chart, self.chart_view = report_chart(200)
        self.chart.legend().hide()
        self.texts = QListWidget()
        self.texts.setAccessibleName(self.tr("Free texts"))
        self.texts.setWordWrap(True)
        central = self.centralWidget()
        layout = central.layout() if central is not None else None
        assert layout is not None  # _finish laid the window out
        splitter = QSplitter(Qt.Orientation.Vertical)
        layout.replaceWidget(self.table, splitter)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart_view)
        splitter.addWidget(self.texts)
        splitter.setSizes([220, 260, 120])
        self.statusBar().addPermanentWidget(self.summary)
        self.resize(1100, 720)
        self.round_choice.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._draw())

    def refresh(self, *, select: str | None = None) -> None:
        """Ask the server for the results of the course or the round chosen."""
        link = self._link()
        if link is None:
            return
        keep = select or self._asking()
        round_id = self.round_choice.currentData()
        self.asked_for = round_id
        course_id = self.course_id
        NetOp(
            _call(link, lambda c: c.evaluations(course_id, round_id), EvaluationsClient),
            parent=self,
            label=self.tr("Loading the evaluation results"),
        ).success(lambda report: self._listed(report, round_id, keep)).failure(
            self._list_failed
        ).run(self.ctx.ops)

    def _listed(self, report: dict[str, Any], round_id: str | None, keep: str | None) -> None:
        if round_id != self.asked_for:
            return  # a later choice's results are on their way
        self.report, self.shown_for = report, round_id
        if round_id is None and self.round_choice.count() == 1:
            self.round_choice.blockSignals(True)
            for r in report["rounds"]:
                self.round_choice.addItem(str(r["round"]), str(r["round_id"]))
            self.round_choice.blockSignals(False)
        rows = [as_row(n, q) for n, q in enumerate(report["questions"], start=1)]
        self.model.set_all(rows)
        self.set_filter(self.filter.text())
        self._arrived(keep, empty=self.tr("The course has no evaluation questions yet."))
        if self.selected_id() is None and rows:
            self.select_id(str(rows[0]["id"]))
        self._draw()

    def clear_rows(self) -> None:
        self.report = None
        self.model.set_all([])
        if hasattr(self, "chart"):
            self._draw()

    def _update_actions(self) -> None:
        super()._update_actions()
        has_rows = bool(self.loaded and self.model.rows)
        for action in (self.act_print, self.act_export):
            action.setEnabled(has_rows)
        self.summary.setText(self.summary_text())

    def summary_text(self) -> str:
        report = self.report
        if report is None or not self.loaded:
            return ""
        rate = report.get("response_rate")
        return (
            self.tr("Sent to %1 · answered by %2 · response rate %3")
            .replace("%1", str(report["invited"]))
            .replace("%2", str(report["answered"]))
            .replace("%3", f"{round(rate * 100)} %" if rate is not None else "–")
        )

    def selected_row(self) -> Record | None:
        row_id = self.selected_id()
        return next((r for r in self.model.rows if str(r["id"]) == row_id), None)

    def _draw(self) -> None:
        """The selected question's distribution as bars; its free texts listed."""
        chart = self.chart
        row = self.selected_row()
        clear_chart(chart, str(row["text"]) if row is not None else "")
        self.texts.clear()
        self.texts.setVisible(bool(row and row["kind"] == QuestionKind.TEXT))
        self.chart_view.setVisible(bool(row and row["distribution"]))
        if row is None:
            return
        self.texts.addItems([str(t) for t in row["texts"]])
        distribution: dict[str, int] = row["distribution"]
        if not distribution:
            return
        bars = QBarSet(self.tr("Answers"))
        bars.append([float(n) for n in distribution.values()])
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        categories, values = category_axes(chart, list(distribution))
        top = max(1, *distribution.values())
        values.setRange(0, top)
        if top <= 10:
            values.setTickCount(top + 1)  # a line per answer: counts are whole
        else:
            values.applyNiceNumbers()
        series.attachAxis(categories)
        series.attachAxis(values)

    # -- print and export ---------------------------------------------------------------

    def headers(self) -> list[str]:
        return [c.header() for c in COLUMNS]

    def table_rows(self, *, numbers: bool) -> list[list[object]]:
        """The questions shown; a free-text question's texts on the rows under it."""
        out: list[list[object]] = []
        for row in self.model.rows:
            average = row["average"] if numbers else row["average_text"]
            shown = average if average is not None else ""
            out.append(
                [row["number"], row["text"], row["kind_text"], row["answered"], shown,
                 row["distribution_text"]]
            )  # fmt: skip
            out += [["", f"– {t}", "", "", "", ""] for t in row["texts"]]
        return out

    def subtitle(self) -> str:
        chosen = self.round_choice.currentText() if self.shown_for else self.tr("All rounds")
        return f"{chosen} · {self.summary_text()}"

    def print_titles(self) -> tuple[str, str, str]:
        return self.course_name, self.subtitle(), self.tr("Evaluation results")

    def print_rows(self) -> list[list[object]]:
        return self.table_rows(numbers=False)

    def _has_report(self) -> bool:
        return self.act_print.isEnabled()

    def export_names(self) -> tuple[str, str]:
        return self.tr("Export the results"), self.tr("Evaluation")

    def export_to(self, path: Path) -> Future[int]:
        """Write the results as shown to ``path``, off the GUI thread."""
        headers, rows = self.headers(), self.table_rows(numbers=True)
        title = self.tr("Evaluation results")
        return (
            export_rows(parent=self, headers=headers, rows=rows, path=path, title=title)
            .success(lambda _n: self._say(self.tr("Saved %1.").replace("%1", path.name)))
            .failure(self._failed)
            .run(self.ctx.ops)
        )
