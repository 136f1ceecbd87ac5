"""The Participants table model: ids from SQL, rows loaded lazily in batches, a small cache.

Anki's browser table model: the model holds the ordered ids a query
returned (100,000 strings are cheap) and loads the rows the view asks for in
batches on the database executor. Until a batch arrives its cells show a
placeholder; then ``dataChanged`` repaints them. Filters, search and sort
are SQL (see :mod:`desktop.participants.query`), never a Python proxy.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
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
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from desktop.common.rows_model import ID_ROLE, ROW_ROLE
from desktop.i18n import format_date, format_datetime
from desktop.operations import Changes, DbOp, OpContext, Operations
from desktop.participants.query import (
    COLUMN_KEYS,
    COLUMNS,
    ParticipantQuery,
    ParticipantRow,
    Status,
    ids_statements,
    rows_sql,
    status_text,
    total_sql,
)

Index = QModelIndex | QPersistentModelIndex

#: Tables whose changes can change what this list shows.
WATCHED = ("registration", "person", "person_email", "organisation", "course_round")


@dataclass(frozen=True)
class IdsResult:
    ids: list[str]
    total: int


@contextmanager
def _read_cursor(ctx: OpContext) -> Iterator[sqlite3.Cursor]:
    """A raw ``sqlite3`` cursor inside one read transaction (one snapshot for all statements).

    Plain tuples instead of SQLAlchemy rows: building 100,000 result rows
    costs more than the query. ``BEGIN`` goes through SQLAlchemy, so the GUI
    thread guard sees this connection being used; closing the session rolls
    the read transaction back.
    """
    with ctx.read() as s:
        conn = s.connection()
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        if not raw.in_transaction:
            conn.exec_driver_sql("BEGIN")
        cursor = raw.cursor()
        try:
            yield cursor
        finally:
            cursor.close()


def load_ids(ctx: OpContext, query: ParticipantQuery) -> IdsResult:
    """The ordered ids ``query`` shows, and the unfiltered total."""
    count_sql, count_params = total_sql(query)
    with _read_cursor(ctx) as cursor:
        ids: list[str] = []
        for sql, params in ids_statements(query):
            ids += [r[0] for r in cursor.execute(sql, params)]
        total = int(cursor.execute(count_sql, count_params).fetchone()[0])
    return IdsResult(ids, total)


def load_rows(ctx: OpContext, ids: list[str]) -> dict[str, ParticipantRow]:
    """The display rows of ``ids`` (at most a few hundred), by id."""
    if not ids:
        return {}
    with _read_cursor(ctx) as cursor:
        result = cursor.execute(rows_sql(len(ids)), {f"id{i}": v for i, v in enumerate(ids)})
        rows = [ParticipantRow.from_sql(r) for r in result]
    return {r.id: r for r in rows}


class ParticipantsModel(QAbstractTableModel):
    """All registrations matching a :class:`ParticipantQuery`, loaded as they are shown."""

    #: The id list was (re)loaded: counts and selection may have changed.
    ids_loaded = Signal()
    #: A batch of rows arrived (first row, last row).
    rows_loaded = Signal(int, int)

    BATCH = 150
    CACHE_LIMIT = 4000
    SCANS_BEFORE_MAP = 8

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.query = ParticipantQuery()
        self.total = 0
        self.loaded = False
        self._ids: list[str] = []
        self._positions: dict[str, int] | None = None
        self._scans = 0
        self._cache: OrderedDict[str, tuple[int, ParticipantRow]] = OrderedDict()
        self._cache_generation = 0
        self._generation = 0
        self._requested: set[int] = set()
        self._reload_pending = False
        self._loading = False
        #: While True (a view being set up), sort and set_query only record the query.
        self.deferred = False
        ops.changed.connect(self._on_changes)

    # -- loading ----------------------------------------------------------------

    def set_query(self, query: ParticipantQuery) -> None:
        if self.deferred:
            self.query = query
        elif query != self.query or not self.loaded:
            self.query = query
            self.reload()

    def reload(self, *, invalidate: bool = False) -> None:
        """Run the query again; with ``invalidate`` also reload the rows already shown."""
        if invalidate:
            self._cache_generation += 1
        if self._loading:
            self._reload_pending = True
            return
        self._loading = True
        self._generation += 1
        generation = self._generation
        query = self.query
        DbOp(lambda ctx: load_ids(ctx, query), parent=self, label="participants.ids").success(
            lambda result: self._ids_arrived(generation, query, result)
        ).failure(self._load_failed).run(self.ops)

    def _load_failed(self, exc: Exception) -> None:
        self._loading = False
        self.ops.error_occurred.emit("participants", exc)

    def _ids_arrived(self, generation: int, query: ParticipantQuery, result: IdsResult) -> None:
        self._loading = False
        if self._reload_pending:
            self._reload_pending = False
            self.reload()
            return
        if generation != self._generation or query != self.query:
            return
        self.total = result.total
        self._requested.clear()
        if result.ids == self._ids and self.loaded:
            # Same rows in the same order: repaint, rows refetch as they are shown.
            if self._ids:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1)
                )
        else:
            self.beginResetModel()
            self._ids = result.ids
            self._positions = None
            self._scans = 0
            self.endResetModel()
        self.loaded = True
        self.ids_loaded.emit()

    def _on_changes(self, changes: Changes) -> None:
        if self.loaded and changes.touches(*WATCHED):
            self.reload(invalidate=True)

    def _request(self, row: int) -> None:
        batch = row // self.BATCH
        if batch in self._requested:
            return
        self._requested.add(batch)
        first = batch * self.BATCH
        ids = self._ids[first : first + self.BATCH]
        generation = self._generation
        cache_generation = self._cache_generation
        DbOp(lambda ctx: load_rows(ctx, ids), parent=self, label="participants.rows").success(
            lambda rows: self._rows_arrived(generation, cache_generation, batch, first, rows)
        ).failure(lambda exc: self._batch_failed(batch, exc)).run(self.ops)

    def _batch_failed(self, batch: int, exc: Exception) -> None:
        self._requested.discard(batch)
        self.ops.error_occurred.emit("participants", exc)

    def _rows_arrived(
        self,
        generation: int,
        cache_generation: int,
        batch: int,
        first: int,
        rows: dict[str, ParticipantRow],
    ) -> None:
        for row_id, row in rows.items():
            self._cache[row_id] = (cache_generation, row)
            self._cache.move_to_end(row_id)
        while len(self._cache) > self.CACHE_LIMIT:
            self._cache.popitem(last=False)
        if generation != self._generation:
            return
        self._requested.discard(batch)
        last = min(first + self.BATCH, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
            self.rows_loaded.emit(first, last)

    # -- access -----------------------------------------------------------------

    def row(self, row: int) -> ParticipantRow | None:
        """The loaded row at ``row`` (None while it is loading; a load is started)."""
        if not 0 <= row < len(self._ids):
            return None
        entry = self._cache.get(self._ids[row])
        if entry is None or entry[0] != self._cache_generation:
            self._request(row)
        return entry[1] if entry is not None else None

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def ids(self) -> list[str]:
        return list(self._ids)

    def ids_view(self) -> list[str]:
        """The id list itself (not a copy): read it, never change it."""
        return self._ids

    def row_of(self, registration_id: str) -> int:
        """The row of a registration, -1 if not shown.

        The first few look-ups after a reload scan the list (the current row
        after a sort: about a millisecond at 100,000); restoring a large
        selection builds a position map once instead.
        """
        if self._positions is None:
            self._scans += 1
            if self._scans <= self.SCANS_BEFORE_MAP:
                try:
                    return self._ids.index(registration_id)
                except ValueError:
                    return -1
            self._positions = {rid: n for n, rid in enumerate(self._ids)}
        return self._positions.get(registration_id, -1)

    def cached_row(self, registration_id: str) -> ParticipantRow | None:
        entry = self._cache.get(registration_id)
        return entry[1] if entry is not None else None

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
            return QCoreApplication.translate("Participants", COLUMNS[section].title)
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
        if role == Qt.ItemDataRole.FontRole and row.pending:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.approval_status == Status.CANCELLED:
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
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
        Qt.ItemDataRole.ForegroundRole,
        ROW_ROLE,
    }
)


def cell_text(row: ParticipantRow, key: str) -> str:
    """The text of one cell; also used by printing and export."""
    if key == "participant":
        return row.participant_name
    if key == "organisation":
        return row.organisation or ""
    if key == "email":
        return row.email or ""
    if key == "round":
        return row.round_name
    if key == "status":
        return status_text(row)
    if key == "manager":
        return row.manager_name
    if key == "requested":
        return format_datetime(row.approval_requested_at)
    if key == "approved":
        return format_datetime(row.approved_at)
    if key == "approved_by":
        return row.approved_by_email or ""
    if key == "created":
        return format_datetime(row.created_at)
    return ""


def tooltip(row: ParticipantRow, key: str) -> str | None:
    if key == "status":
        parts = [status_text(row)]
        if row.approval_request_count > 1:
            parts.append(
                QCoreApplication.translate(
                    "Participants", "%n request(s) sent", "", row.approval_request_count
                )
            )
        if row.pending:
            parts.append(
                QCoreApplication.translate(
                    "Participants", "A local change waits to be sent to the server."
                )
            )
        return "\n".join(parts)
    if key == "round" and row.round_starts_on:
        return f"{row.round_name}\n{format_date(row.round_starts_on)}"
    if key == "manager" and not row.manager_id and row.form_manager_email:
        return QCoreApplication.translate("Participants", "Given on the sign-up form: %1").replace(
            "%1", row.form_manager_email
        )
    return None
