"""The Alumni queue as a description the one lazy table model runs.

The model (:mod:`desktop.common.table_model`, after Anki's browser table)
holds the ordered ids and loads rows in batches; this module says how (the
SQL is :mod:`desktop.alumni.query`), each cell's text, tooltip and style,
and which changes concern the queue: a change that names its rows (a
decision) makes only those rows stale; a sync, which does not, all of them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from sqlalchemy import text

from desktop.alumni.query import (
    COLUMNS,
    AlumniQuery,
    AlumniRow,
    cell_text,
    ids_sql,
    rows_sql,
    total_sql,
)
from desktop.common.table_model import ALL_ROWS, IdsResult, LazyTableModel
from desktop.i18n import format_datetime
from desktop.operations import Changes, OpContext, Operations

#: Tables whose changes can change what this list shows.
WATCHED = ("alumni_registration",)

#: A warm background for conflicts; the ⚠ and the word say it too (never colour alone).
CONFLICT_BACKGROUND = QColor("#fff3cd")
CONFLICT_FOREGROUND = QColor("#5c4300")


def load_ids(ctx: OpContext, query: AlumniQuery) -> IdsResult:
    """The ordered ids ``query`` shows, and the unfiltered total."""
    sql, params = ids_sql(query)
    with ctx.read() as s:
        ids = [r[0] for r in s.execute(text(sql), params)]
        total = int(s.execute(text(total_sql())).scalar_one())
    return IdsResult(ids, total)


def load_rows(ctx: OpContext, ids: list[str]) -> dict[str, AlumniRow]:
    """The display rows of ``ids`` (at most a few hundred), by id."""
    if not ids:
        return {}
    with ctx.read() as s:
        result = s.execute(text(rows_sql(len(ids))), {f"id{i}": v for i, v in enumerate(ids)})
        rows = [AlumniRow.from_sql(r) for r in result]
    return {r.id: r for r in rows}


class AlumniSource:
    """The Alumni queue as a :class:`~desktop.common.table_model.TableSource`."""

    name = "alumni"
    context = "Alumni"
    columns = COLUMNS
    #: The first batch comes with the ids: the queue's first item is shown at once.
    rows_with_ids = True

    load_ids = staticmethod(load_ids)
    load_rows = staticmethod(load_rows)

    def cell(self, row: AlumniRow, key: str) -> str:
        return cell_text(row, key)

    def tooltip(self, row: AlumniRow, key: str) -> str | None:
        return tooltip(row, key)

    def style(self, row: AlumniRow, role: int) -> Any:
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

    def stale(self, changes: Changes) -> frozenset[str] | None:
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
    def rows(self) -> list[dict[str, Any]]:
        """The loaded rows in list order, as dicts (rows still loading are left out)."""
        return [r.as_dict() for r in self.loaded_rows()]


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
