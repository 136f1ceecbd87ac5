"""A table model over a small list of rows loaded in one query (courses, rounds, queues).

Large lists use the lazy model (:mod:`desktop.common.table_model`); this
one holds every row and sorts in Python, which is right for the hundreds to
a few thousand rows these lists have.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from desktop.common.table_model import ID_ROLE, ROW_ROLE, Index
from desktop.common.values import Record, kronor_text
from desktop.i18n import format_date, format_datetime, format_number


@dataclass(frozen=True)
class Column:
    """One column: the row key it shows, its title (English source), its formatting."""

    key: str
    title: str
    context: str
    format: Callable[[Any, Record], str] | None = None
    align_right: bool = False
    tooltip: Callable[[Record], str] | None = None
    #: Longer text for the header's tooltip (English source, same context).
    header_tip: str = ""
    #: In an export, these (row key, title) columns of the row's own values instead
    #: (a range of dates as a real start and end date).
    export_as: tuple[tuple[str, str], ...] = ()

    def header(self) -> str:
        return QCoreApplication.translate(self.context, self.title)


def display(value: object) -> str:
    """The usual text of a value."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("RowsModel", "Yes")
        return QCoreApplication.translate("RowsModel", "No")
    if isinstance(value, int | float):
        return format_number(value)
    return str(value)


def kronor_cell(value: Any, _row: Record) -> str:
    """A column's ``format`` for an amount in öre: "1 250 kr"."""
    return kronor_text(value)


def kronor_column(key: str, title: str, context: str, **options: Any) -> Column:
    """A column of amounts in öre, shown in kronor ("1 250 kr") at the right."""
    return Column(key, title, context, format=kronor_cell, align_right=True, **options)


def _sort_key(value: object) -> tuple[int, object]:
    if value is None or value == "":
        return (1, "")
    if isinstance(value, str):
        return (0, value.casefold())
    if isinstance(value, datetime):
        return (0, value.timestamp())
    if isinstance(value, date):
        return (0, value.toordinal())
    return (0, value)


class RowsModel(QAbstractTableModel):
    """Rows as dicts with an ``id`` key; columns as :class:`Column`."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Record] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.loaded = False

    # -- content --------------------------------------------------------------

    def set_rows(self, rows: list[Record]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if self._sort is not None:
            self._apply_sort(*self._sort)
        self.loaded = True
        self.endResetModel()

    def row_at(self, row: int) -> Record | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, row_id: str) -> int:
        for i, r in enumerate(self.rows):
            if r.get("id") == row_id:
                return i
        return -1

    # -- Qt model -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        col = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            value = row.get(col.key)
            return col.format(value, row) if col.format else display(value)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if col.align_right else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.get("id")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header()
        if role == Qt.ItemDataRole.ToolTipRole and column.header_tip:
            return QCoreApplication.translate(column.context, column.header_tip)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self.rows[i.row()].get("id") for i in before]
        self._apply_sort(column, order)
        positions = {r.get("id"): n for n, r in enumerate(self.rows)}
        after = [self.index(positions[i], p.column()) for i, p in zip(ids, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _apply_sort(self, column: int, order: Qt.SortOrder) -> None:
        key = self.columns[column].key
        self.rows.sort(
            key=lambda r: _sort_key(r.get(key)),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
