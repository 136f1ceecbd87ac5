"""The chart under a report window's table (economics, returning participants)."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter


def report_chart(min_height: int) -> tuple[QChart, QChartView]:
    """A chart with its legend at the bottom, in an antialiased view."""
    chart = QChart()
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(min_height)
    return chart, view


def clear_chart(chart: QChart, title: str) -> None:
    """Take the chart's series and axes away (to draw it anew) and title it."""
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    chart.setTitle(title)


def category_axes(chart: QChart, categories: list[str]) -> tuple[QBarCategoryAxis, QValueAxis]:
    """``categories`` along the bottom, whole numbers up the left side (added to ``chart``)."""
    across = QBarCategoryAxis()
    across.append(categories)
    values = QValueAxis()
    values.setLabelFormat("%.0f")
    chart.addAxis(across, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    return across, values
