"""The Alumni queue's table model: ids from SQL, rows loaded lazily in batches, a small cache.

The pattern of the Participants list (``desktop.participants.model``, after
Anki's browser table): the model holds the ordered ids a query returned and
loads the rows the view shows in batches on the database executor; filter,
search and sort are SQL (:mod:`desktop.alumni.query`). A change that names
its rows (a decision) drops only those rows from the cache; a sync, which
does not, drops them all.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from sqlalchemy import text

from desktop.alumni.query import (
    COLUMN_KEYS,
    COLUMNS,
    AlumniQuery,
    AlumniRow,
    cell_text,
    ids_sql,
    rows_sql,
    total_sql,
)
from desktop.common.rows_model import ID_ROLE, ROW_ROLE
from desktop.i18n import format_datetime
from desktop.operations import Changes, DbOp, OpContext, Operations

Index = QModelIndex | QPersistentModelIndex

#: Tables whose changes can change what this list shows.
WATCHED = ("alumni_registration",)

#: A warm background for conflicts; the ⚠ and the word say it too (never colour alone).
CONFLICT_BACKGROUND = QColor("#fff3cd")
CONFLICT_FOREGROUND = QColor("#5c4300")


@dataclass(frozen=True)
class IdsResult:
    ids: list[str]
    total: int


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


class AlumniModel(QAbstractTableModel):
    """The alumni registrations an :class:`AlumniQuery` shows, loaded as they are shown."""

    #: The id list was (re)loaded and its first rows are here: counts and selection may move.
    ids_loaded = Signal()
    #: A batch of rows arrived (first row, last row).
    rows_loaded = Signal(int, int)

    BATCH = 150
    CACHE_LIMIT = 4000

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.query = AlumniQuery()
        self.total = 0
        self.loaded = False
        self._ids: list[str] = []
        self._positions: dict[str, int] | None = None
        self._cache: OrderedDict[str, AlumniRow] = OrderedDict()
        #: Ids whose cached row is out of date (shown until the new one arrives).
        self._stale: set[str] = set()
        self._all_stale = False
        self._generation = 0
        self._requested: set[int] = set()
        self._reload_pending = False
        self._loading = False
        #: While True (a view being set up), sort and set_query only record the query.
        self.deferred = False
        ops.changed.connect(self._on_changes)

    # -- loading ----------------------------------------------------------------

    def set_query(self, query: AlumniQuery) -> None:
        if self.deferred:
            self.query = query
        elif query != self.query or not self.loaded:
            self.query = query
            self.reload()

    def reload(self) -> None:
        """Run the query again (rows already shown are kept until their batch is reloaded)."""
        if self._loading:
            self._reload_pending = True
            return
        self._loading = True
        self._generation += 1
        generation = self._generation
        query = self.query

        def run(ctx: OpContext) -> tuple[IdsResult, dict[str, AlumniRow]]:
            # The first batch comes with the ids: the queue's first item is shown at once.
            result = load_ids(ctx, query)
            return result, load_rows(ctx, result.ids[: self.BATCH])

        DbOp(run, parent=self, label="alumni.ids").success(
            lambda r: self._ids_arrived(generation, query, *r)
        ).failure(self._load_failed).run(self.ops)

    def _load_failed(self, exc: Exception) -> None:
        self._loading = False
        self.ops.error_occurred.emit("alumni", exc)

    def _ids_arrived(
        self, generation: int, query: AlumniQuery, result: IdsResult, first: dict[str, AlumniRow]
    ) -> None:
        self._loading = False
        if self._reload_pending:
            self._reload_pending = False
            self.reload()
            return
        if generation != self._generation or query != self.query:
            return
        self.total = result.total
        self._requested.clear()
        self._store(first)
        if result.ids == self._ids and self.loaded:
            # Same rows in the same order: repaint; stale rows refetch as they are shown.
            if self._ids:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1)
                )
        else:
            self.beginResetModel()
            self._ids = result.ids
            self._positions = None
            self.endResetModel()
        self.loaded = True
        self.ids_loaded.emit()

    def _on_changes(self, changes: Changes) -> None:
        if not self.loaded or not (changes.touches(*WATCHED) or changes.outbox):
            return
        if changes.ids and changes.touches(*WATCHED):
            self._stale.update(changes.ids)
        else:  # a sync, a discarded conflict: any row may have moved
            self._all_stale = True
        self.reload()

    def _store(self, rows: dict[str, AlumniRow]) -> None:
        for row_id, row in rows.items():
            self._cache[row_id] = row
            self._cache.move_to_end(row_id)
            self._stale.discard(row_id)
        while len(self._cache) > self.CACHE_LIMIT:
            self._cache.popitem(last=False)

    def _request(self, row: int) -> None:
        batch = row // self.BATCH
        if batch in self._requested:
            return
        self._requested.add(batch)
        first = batch * self.BATCH
        ids = self._ids[first : first + self.BATCH]
        generation = self._generation
        DbOp(lambda ctx: load_rows(ctx, ids), parent=self, label="alumni.rows").success(
            lambda rows: self._rows_arrived(generation, batch, first, rows)
        ).failure(lambda exc: self._batch_failed(batch, exc)).run(self.ops)

    def _batch_failed(self, batch: int, exc: Exception) -> None:
        self._requested.discard(batch)
        self.ops.error_occurred.emit("alumni", exc)

    def _rows_arrived(
        self, generation: int, batch: int, first: int, rows: dict[str, AlumniRow]
    ) -> None:
        self._store(rows)
        if generation != self._generation:
            return
        self._requested.discard(batch)
        last = min(first + self.BATCH, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
            self.rows_loaded.emit(first, last)

    # -- access -----------------------------------------------------------------

    def row(self, row: int) -> AlumniRow | None:
        """The loaded row at ``row`` (None while it is loading; a load is started).

        An out-of-date row is returned as it was while its new version loads.
        """
        if not 0 <= row < len(self._ids):
            return None
        row_id = self._ids[row]
        found = self._cache.get(row_id)
        if found is None or self._all_stale or row_id in self._stale:
            if self._all_stale:
                self._stale.update(self._cache)
                self._all_stale = False
            self._request(row)
        return found

    def fresh_row(self, row: int) -> AlumniRow | None:
        """The row at ``row`` only if it is loaded and up to date."""
        found = self.row(row)
        if found is None or found.id in self._stale:
            return None
        return found

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def ids(self) -> list[str]:
        return list(self._ids)

    def row_of(self, registration_id: str) -> int:
        if self._positions is None:
            self._positions = {rid: n for n, rid in enumerate(self._ids)}
        return self._positions.get(registration_id, -1)

    def cached_row(self, registration_id: str) -> AlumniRow | None:
        return self._cache.get(registration_id)

    @property
    def rows(self) -> list[dict[str, Any]]:
        """The loaded rows in list order, as dicts (rows still loading are left out)."""
        return [self._cache[i].as_dict() for i in self._ids if i in self._cache]

    # -- Qt model -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Alumni", COLUMNS[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in _ROLES:
            return None
        row = self.row(index.row())
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return "…"
            return None
        if role == ROW_ROLE:
            return row
        key = COLUMN_KEYS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell_text(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(row, key)
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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.set_query(
                self.query.with_(
                    sort_key=COLUMN_KEYS[column],
                    descending=order == Qt.SortOrder.DescendingOrder,
                )
            )


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        ROW_ROLE,
    }
)


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
