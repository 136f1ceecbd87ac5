"""The Alumni queue as a description the one lazy table model runs.

The model (:mod:`desktop.common.table_model`, after Anki's browser table)
holds the ordered ids and loads rows in batches; this module says how (the
SQL is :mod:`desktop.alumni.query`), each cell's text, tooltip and style,
and which changes concern the queue: a change that names its rows (a
decision) makes only those rows stale; a sync, which does not, all of them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.alumni.query import (
    COLUMNS,
    AlumniQuery,
    AlumniRow,
    cell_text,
    decision_by,
    ids_sql,
    rows_sql,
    total_sql,
)
from desktop.common.table_model import ALL_ROWS, LazyTableModel, SqlSource, Statement
from desktop.i18n import QT_TRANSLATE_NOOP, format_datetime
from desktop.operations import Changes, Operations

#: Tables whose changes can change what this list shows.
WATCHED = ("alumni_registration",)

#: A warm background for conflicts; the ⚠ and the word say it too (never colour alone).
CONFLICT_BACKGROUND = QColor("#fff3cd")
CONFLICT_FOREGROUND = QColor("#5c4300")


class AlumniSource(SqlSource[AlumniQuery, AlumniRow]):
    """The Alumni queue: a registration with what the local store knows of its decision."""

    name = "alumni"
    context = "Alumni"
    columns = COLUMNS
    #: The first batch comes with the ids: the queue's first item is shown at once.
    rows_with_ids = True
    cell = staticmethod(cell_text)
    rows_sql = staticmethod(rows_sql)
    make_row = staticmethod(AlumniRow.from_sql)

    def statements(self, query: AlumniQuery) -> tuple[list[Statement], Statement]:
        return [ids_sql(query)], (total_sql(), {})

    @staticmethod
    def tooltip(row: AlumniRow, key: str) -> str | None:
        if key == "status":
            if row.conflict is not None:
                return row.conflict.sentence()
            if row.queued_decision or row.pending:
                return QCoreApplication.translate(
                    "Alumni", "Decided here; waits to be sent to the server (U takes it back)."
                )
            return None
        if key == "reason" and row.reason:
            return row.reason
        if key == "decided" and row.status == "denied" and row.denial_reason:
            return row.denial_reason
        if key == "received_at" and row.received_at:
            return format_datetime(row.received_at)
        return None

    @staticmethod
    def style(row: AlumniRow, role: int) -> QFont | QBrush | None:
        if role == Qt.ItemDataRole.FontRole and (row.conflict or row.pending):
            font = QFont()
            font.setBold(row.conflict is not None)
            font.setItalic(row.conflict is None)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and row.conflict is not None:
            return QBrush(CONFLICT_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and row.conflict is not None:
            return QBrush(CONFLICT_FOREGROUND)
        return None

    @staticmethod
    def stale(changes: Changes) -> frozenset[str] | None:
        mine = changes.touches(*WATCHED)
        if not (mine or changes.outbox):
            return None
        # A decision names its rows; a sync or a discarded conflict may move any row.
        return changes.ids if mine and changes.ids else ALL_ROWS


class AlumniModel(LazyTableModel[AlumniQuery, AlumniRow]):
    """The alumni registrations an :class:`AlumniQuery` shows, loaded as they are shown."""

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(ops, AlumniSource(), AlumniQuery(), parent)

    @property
    def rows(self) -> list[dict[str, object]]:
        """The loaded rows in list order, as dicts (rows still loading are left out)."""
        return [r.as_dict() for r in self.loaded_rows()]


# The export's "Decided by" is two columns: who, and when (a real time).
DECIDED_AT = QT_TRANSLATE_NOOP("Alumni", "Decided at")


def export_table(rows: list[AlumniRow]) -> tuple[list[str], list[list[object]]]:
    """The queue's columns for an export: times and the graduation year as values (XLSX
    keeps them as times and numbers), who decided and when in separate cells."""
    headers: list[str] = []
    for column in COLUMNS:
        headers.append(QCoreApplication.translate("Alumni", column.title))
        if column.key == "decided":
            headers.append(QCoreApplication.translate("Alumni", DECIDED_AT))

    def values(row: AlumniRow) -> list[object]:
        out: list[object] = []
        for key in (c.key for c in COLUMNS):
            if key == "received_at":
                out.append(row.received_at)
            elif key == "graduation_year":
                out.append(row.graduation_year if row.graduation_year else "")
            elif key == "decided":
                out += list(decision_by(row))
            else:
                out.append(cell_text(row, key))
        return out

    return headers, [values(r) for r in rows]
