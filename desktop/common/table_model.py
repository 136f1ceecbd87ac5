"""The one lazy table model: ids from SQL, rows loaded in batches as they are shown, a cache.

After Anki's browser table (``qt/aqt/browser/table/model.py`` over a
``state.py``): the model holds the ordered ids a query returned (100,000
strings are cheap) and loads the rows the view asks for in batches on the
database executor; until a batch arrives its cells show a placeholder, then
``dataChanged`` repaints them. Filter, search and sort are SQL, never a
Python proxy. What a list shows is a :class:`TableSource`: a small
description (how to load ids and rows, the columns, a cell's text, which
changes concern it); the model does the rest.

Staleness: every change the source says concerns it bumps a version; a
change that names its rows marks those rows stale, one that does not (a
sync) marks every cached row stale. A stale row is still shown until its
new version arrives (no flicker), and is reloaded when it is shown. A batch
requested before a change never passes for fresh after it.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, Protocol, Self, TypeVar, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.operations import Changes, DbOp, Latest, OpContext, Operations
from sync import cipher

Index = QModelIndex | QPersistentModelIndex

#: The role under which a row is returned (a lazy model's row object, a rows model's dict).
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: The role under which a row's id is returned.
ID_ROLE = Qt.ItemDataRole.UserRole + 2

#: What :meth:`TableSource.stale` answers for a change that may have moved any row.
ALL_ROWS: frozenset[str] = frozenset({"*"})


class SortableQuery(Protocol):
    """A list's query: immutable, comparable, sorted by a column key."""

    @property
    def sort_key(self) -> str: ...

    @property
    def descending(self) -> bool: ...

    def with_(self, **changes: Any) -> Self: ...


class ColumnTitle(Protocol):
    """A column as the model needs it: its key and its title (English source)."""

    @property
    def key(self) -> str: ...

    @property
    def title(self) -> str: ...


@dataclass(frozen=True)
class IdsResult:
    """The ordered ids a query shows, and the unfiltered total (the N of "n of N")."""

    ids: list[str]
    total: int


Q = TypeVar("Q", bound=SortableQuery)
R = TypeVar("R")
Q_contra = TypeVar("Q_contra", bound=SortableQuery, contravariant=True)


class TableSource(Protocol[Q_contra, R]):
    """What one list shows: the description a :class:`LazyTableModel` runs."""

    @property
    def name(self) -> str:
        """Names the list's operations ("participants.ids") and its errors."""
        ...

    @property
    def context(self) -> str:
        """The translation context of the column titles."""
        ...

    @property
    def columns(self) -> Sequence[ColumnTitle]: ...

    @property
    def rows_with_ids(self) -> bool:
        """Load the first batch of rows with the ids (the first item is shown at once)."""
        return False

    def load_ids(self, ctx: OpContext, query: Q_contra) -> IdsResult:
        """The ordered ids ``query`` shows (on the database executor)."""
        ...

    def load_rows(self, ctx: OpContext, ids: list[str]) -> dict[str, R]:
        """The rows of ``ids`` (at most a few hundred), by id (on the database executor)."""
        ...

    def cell(self, row: R, key: str) -> str:
        """The text of the cell of column ``key``."""
        ...

    def tooltip(self, row: R, key: str) -> str | None: ...

    def style(self, row: R, role: int) -> object:
        """The font, background or foreground of a row (None: the view's own)."""
        ...

    def stale(self, changes: Changes) -> frozenset[str] | None:
        """The rows ``changes`` may have changed: None (not this list's), some ids, or
        :data:`ALL_ROWS`."""
        ...


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
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)


class LazyTableModel(QAbstractTableModel, Generic[Q, R]):
    """The rows a :class:`TableSource` shows for a query, loaded as they are shown."""

    #: The id list was (re)loaded (with the first batch, if the source loads it so):
    #: counts and selection may have changed.
    ids_loaded = Signal()
    #: A batch of rows arrived (first row, last row).
    rows_loaded = Signal(int, int)

    BATCH: ClassVar[int] = 150
    CACHE_LIMIT: ClassVar[int] = 4000
    #: Look-ups by id that scan the list after a reload before a position map is built.
    SCANS_BEFORE_MAP: ClassVar[int] = 8

    def __init__(
        self,
        ops: Operations,
        source: TableSource[Q, R],
        query: Q,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.source = source
        self.query = query
        self.total = 0
        self.loaded = False
        self._ids: list[str] = []
        self._positions: dict[str, int] | None = None
        self._scans = 0
        #: id -> (the version the row was requested at, the row).
        self._cache: OrderedDict[str, tuple[int, R]] = OrderedDict()
        #: Bumped by every change that concerns the list.
        self._version = 0
        #: Rows loaded before this version are stale; per id, and for every row.
        self._stale_since: dict[str, int] = {}
        self._all_stale_since = 0
        self._generation = 0
        self._requested: set[int] = set()
        self._reload_pending = False
        #: A load of ids is under way (for ``_loading_query``).
        self._loading = False
        self._loading_query: Q | None = None
        self._load = Latest()
        #: While True (a view being set up), sort and set_query only record the query.
        self.deferred = False
        ops.changed.connect(self._on_changes)

    # -- loading ----------------------------------------------------------------

    def set_query(self, query: Q) -> None:
        if self.deferred:
            self.query = query
        elif query != self.query or not self.loaded:
            self.query = query
            self.reload()

    def reload(self, *, invalidate: bool = False) -> None:
        """Run the query again (rows already shown are kept until their batch is reloaded);
        with ``invalidate`` every cached row is reloaded as it is shown.

        A load of another query still running is stale (search as you type): it is
        cancelled, its SQL interrupted, and the new one starts at once. The same query
        asked for again while it loads (a change arrived) runs once more after it.
        """
        if invalidate:
            self._mark_stale(ALL_ROWS)
        if self._load.running and self._loading_query == self.query:
            self._reload_pending = True
            return
        self._start_load()

    def _start_load(self) -> None:
        self._reload_pending = False
        self._loading = True
        self._generation += 1
        generation, version, query = self._generation, self._version, self.query
        self._loading_query = query
        source, batch = self.source, self.BATCH

        def run(ctx: OpContext) -> tuple[IdsResult, dict[str, R]]:
            result = source.load_ids(ctx, query)
            ctx.check_cancelled()
            first = source.load_rows(ctx, result.ids[:batch]) if source.rows_with_ids else {}
            return result, first

        op = DbOp(run, parent=self, label=f"{source.name}.ids")
        op.success(lambda r: self._ids_arrived(generation, version, query, *r))
        self._load.run(op.failure(self._load_failed), self.ops)

    def _load_failed(self, exc: Exception) -> None:
        self._loading = False
        self.ops.error_occurred.emit(self.source.name, exc)

    def _ids_arrived(
        self, generation: int, version: int, query: Q, result: IdsResult, first: dict[str, R]
    ) -> None:
        self._loading = False
        if self._reload_pending:
            self._start_load()
            return
        if generation != self._generation or query != self.query:
            return
        self.total = result.total
        self._requested.clear()
        self._store(version, first)
        if result.ids == self._ids and self.loaded:
            # Same rows in the same order: repaint; stale rows reload as they are shown.
            if self._ids:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._ids) - 1, self.columnCount() - 1)
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
        if not self.loaded:
            return
        stale = self.source.stale(changes)
        if stale is not None:
            self._mark_stale(stale)
            self.reload()

    def _mark_stale(self, ids: frozenset[str]) -> None:
        self._version += 1
        if ids == ALL_ROWS:
            self._all_stale_since = self._version
        else:
            self._stale_since.update(dict.fromkeys(ids, self._version))

    def _is_fresh(self, row_id: str, version: int) -> bool:
        return version >= self._all_stale_since and version >= self._stale_since.get(row_id, 0)

    def _store(self, version: int, rows: dict[str, R]) -> None:
        for row_id, row in rows.items():
            self._cache[row_id] = (version, row)
            self._cache.move_to_end(row_id)
            if self._is_fresh(row_id, version):
                self._stale_since.pop(row_id, None)
        while len(self._cache) > self.CACHE_LIMIT:
            self._cache.popitem(last=False)

    def _request(self, row: int) -> None:
        batch = row // self.BATCH
        if batch in self._requested:
            return
        self._requested.add(batch)
        first = batch * self.BATCH
        ids = self._ids[first : first + self.BATCH]
        generation, version, source = self._generation, self._version, self.source
        DbOp(
            lambda ctx: source.load_rows(ctx, ids), parent=self, label=f"{source.name}.rows"
        ).success(lambda rows: self._rows_arrived(generation, version, batch, first, rows)).failure(
            lambda exc: self._batch_failed(batch, exc)
        ).run(self.ops)

    def _batch_failed(self, batch: int, exc: Exception) -> None:
        self._requested.discard(batch)
        self.ops.error_occurred.emit(self.source.name, exc)

    def _rows_arrived(
        self, generation: int, version: int, batch: int, first: int, rows: dict[str, R]
    ) -> None:
        self._store(version, rows)
        if generation != self._generation:
            return
        self._requested.discard(batch)
        last = min(first + self.BATCH, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
            self.rows_loaded.emit(first, last)

    # -- access -----------------------------------------------------------------

    def row(self, row: int) -> R | None:
        """The row at ``row`` (None while it is loading; a load is started).

        An out-of-date row is returned as it was while its new version loads.
        """
        if not 0 <= row < len(self._ids):
            return None
        row_id = self._ids[row]
        entry = self._cache.get(row_id)
        if entry is None or not self._is_fresh(row_id, entry[0]):
            self._request(row)
        return entry[1] if entry is not None else None

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def ids(self) -> list[str]:
        return list(self._ids)

    def ids_view(self) -> list[str]:
        """The id list itself (not a copy): read it, never change it."""
        return self._ids

    def row_of(self, row_id: str) -> int:
        """The row of an id, -1 if not shown.

        The first few look-ups after a reload scan the list (the current row
        after a sort: about a millisecond at 100,000); restoring a large
        selection builds a position map once instead.
        """
        if self._positions is None:
            self._scans += 1
            if self._scans <= self.SCANS_BEFORE_MAP:
                try:
                    return self._ids.index(row_id)
                except ValueError:
                    return -1
            self._positions = {rid: n for n, rid in enumerate(self._ids)}
        return self._positions.get(row_id, -1)

    def cached_row(self, row_id: str) -> R | None:
        """The row of ``row_id`` if it is in the cache (fresh or not); loads nothing."""
        entry = self._cache.get(row_id)
        return entry[1] if entry is not None else None

    def loaded_rows(self) -> list[R]:
        """The cached rows in list order (rows still loading are left out)."""
        return [entry[1] for i in self._ids if (entry := self._cache.get(i)) is not None]

    # -- Qt model -----------------------------------------------------------------

    def column_priority(self) -> list[int]:
        """The columns in order of importance (what a narrow screen shows first): the
        source's ``column_priority`` keys, then the rest left to right."""
        keys = [c.key for c in self.source.columns]
        first = [keys.index(k) for k in getattr(self.source, "column_priority", ()) if k in keys]
        return first + [n for n in range(len(keys)) if n not in first]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.source.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        columns = self.source.columns
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.source.context, columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
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
        key = self.source.columns[index.column()].key
        if role in _TEXT_ROLES:
            return self.source.cell(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.source.tooltip(row, key)
        return self.source.style(row, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        columns = self.source.columns
        if 0 <= column < len(columns):
            self.set_query(
                self.query.with_(
                    sort_key=columns[column].key,
                    descending=order == Qt.SortOrder.DescendingOrder,
                )
            )


def iter_chunks(
    ctx: OpContext, source: TableSource[Q, R], query: Q, *, chunk: int = 500
) -> Iterator[list[R]]:
    """Every row ``query`` shows, in its order, a chunk at a time (export and printing,
    on the database executor); reports progress, so a cancel stops it between chunks."""
    ids = source.load_ids(ctx, query).ids
    for start in range(0, len(ids), chunk):
        ctx.report(start, len(ids))
        part = ids[start : start + chunk]
        by_id = source.load_rows(ctx, part)
        yield [by_id[i] for i in part if i in by_id]


# -- reading ids and rows in SQL (what a source's load_ids and load_rows usually are) -------

Statement = tuple[str, dict[str, object]]

#: How often (SQLite virtual machine steps) a read checks whether it was cancelled:
#: well under a millisecond apart, a few per cent of a query's time.
PROGRESS_STEPS = 10_000


class HasId(Protocol):
    @property
    def id(self) -> str: ...


RowT = TypeVar("RowT", bound=HasId)


@contextmanager
def read_cursor(ctx: OpContext) -> Iterator[sqlite3.Cursor]:
    """A raw ``sqlite3`` cursor inside one read transaction (one snapshot for all statements).

    Plain tuples instead of SQLAlchemy rows: building 100,000 result rows
    costs more than the query. ``BEGIN`` goes through SQLAlchemy, so the GUI
    thread guard sees this connection being used; closing the session rolls
    the read transaction back. A cancel of the operation stops the statement
    running (:class:`~desktop.operations.Cancelled` is raised).
    """
    with ctx.read() as s:
        conn = s.connection()
        raw = conn.connection.driver_connection
        assert isinstance(raw, cipher.CONNECTIONS)  # plain or encrypted (sync.cipher)
        raw = cast(sqlite3.Connection, raw)
        if not raw.in_transaction:
            conn.exec_driver_sql("BEGIN")
        cursor = raw.cursor()
        # A cancel (a newer search) stops a running statement: SQLite asks the handler
        # every PROGRESS_STEPS virtual machine steps and gives up when it answers True.
        raw.set_progress_handler(lambda: ctx.cancelled, PROGRESS_STEPS)
        try:
            yield cursor
        except Exception:
            ctx.check_cancelled()  # "interrupted": the operation was cancelled
            raise
        finally:
            raw.set_progress_handler(None, 0)
            cursor.close()


def read_ids(ctx: OpContext, statements: Sequence[Statement], total: Statement) -> IdsResult:
    """The ids the ``statements`` select, one after the other, and the count ``total``
    selects, in one snapshot."""
    with read_cursor(ctx) as cursor:
        ids: list[str] = []
        for sql, params in statements:
            ctx.check_cancelled()
            ids += [r[0] for r in cursor.execute(sql, params)]
        count = int(cursor.execute(*total).fetchone()[0])
    return IdsResult(ids, count)


def read_rows(
    ctx: OpContext, rows_sql: Callable[[int], str], ids: list[str], make: Callable[[Any], RowT]
) -> dict[str, RowT]:
    """The rows of ``ids`` by id: ``rows_sql(n)`` selects n ids bound as :id0 … :idN-1,
    ``make`` builds a row of a result tuple."""
    if not ids:
        return {}
    with read_cursor(ctx) as cursor:
        result = cursor.execute(rows_sql(len(ids)), {f"id{i}": v for i, v in enumerate(ids)})
        rows = [make(r) for r in result]
    return {r.id: r for r in rows}


class SqlSource(TableSource[Q_contra, RowT]):
    """A source whose ids and rows are SQL: the list names its statements, the rows' SQL
    and how a row is built of a result tuple."""

    #: SQL selecting the rows of n ids, bound as :id0 … :idN-1.
    rows_sql: Callable[[int], str]
    #: A row of a result tuple of ``rows_sql``.
    make_row: Callable[[Any], RowT]

    def statements(self, query: Q_contra) -> tuple[Sequence[Statement], Statement]:
        """The statements whose results, one after the other, are the ids ``query`` shows,
        and the statement counting every row (the N of "n of N")."""
        raise NotImplementedError

    def load_ids(self, ctx: OpContext, query: Q_contra) -> IdsResult:
        return read_ids(ctx, *self.statements(query))

    def load_rows(self, ctx: OpContext, ids: list[str]) -> dict[str, RowT]:
        return read_rows(ctx, self.rows_sql, ids, self.make_row)
