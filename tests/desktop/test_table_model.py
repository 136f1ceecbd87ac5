"""The one lazy table model, run over a tiny list description on a real store.

The description (``Tiny``) lists the rows of a table of its own: a search, a
sort by either column, ids and rows in SQL. What it counts (the batches it
loaded) and what it can hold back (a batch, until the test lets it go) show
what the model does: loads lazily by batch, keeps stale rows on screen
until their new version arrives, reloads only what a change concerns.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from sqlalchemy import text

from desktop.common.table_model import (
    ALL_ROWS,
    ID_ROLE,
    ROW_ROLE,
    IdsResult,
    LazyTableModel,
    iter_chunks,
    read_ids,
)
from desktop.operations import Changes, DbOp, OpContext, Operations
from models.commands.base import Actor
from sync.store import ClientStore
from tests.desktop.conftest import hold_the_database

ROWS = 23


@dataclass(frozen=True)
class Column:
    key: str
    title: str


@dataclass(frozen=True)
class TinyQuery:
    search: str = ""
    sort_key: str = "name"
    descending: bool = False

    def with_(self, **changes: Any) -> TinyQuery:
        return replace(self, **changes)


@dataclass(frozen=True)
class TinyRow:
    id: str
    name: str
    size: int


class Tiny:
    """A list of the ``tiny`` table: the whole description a lazy model needs."""

    name = "tiny"
    context = "Tiny"
    columns = (Column("name", "Name"), Column("size", "Size"))
    rows_with_ids = False

    def __init__(self) -> None:
        #: The ids of every batch loaded, in order (appended on the database thread).
        self.batches: list[list[str]] = []
        #: While cleared, a batch load holds what it read until ``gate.set()``.
        self.gate = threading.Event()
        self.gate.set()
        #: Set when a batch has been read.
        self.read = threading.Event()
        self.fail_ids = False

    def load_ids(self, ctx: OpContext, query: TinyQuery) -> IdsResult:
        if self.fail_ids:
            raise RuntimeError("the ids query failed")
        order = "size" if query.sort_key == "size" else "name"
        direction = "DESC" if query.descending else "ASC"
        with ctx.read() as s:
            ids = [
                r[0]
                for r in s.execute(
                    text(
                        f"SELECT id FROM tiny WHERE name LIKE :like "
                        f"ORDER BY {order} {direction}, id {direction}"
                    ),
                    {"like": f"%{query.search}%"},
                )
            ]
            total = s.execute(text("SELECT count(*) FROM tiny")).scalar_one()
        return IdsResult(ids, total)

    def load_rows(self, ctx: OpContext, ids: list[str]) -> dict[str, TinyRow]:
        marks = ", ".join(f":i{n}" for n in range(len(ids)))
        with ctx.read() as s:
            rows = s.execute(
                text(f"SELECT id, name, size FROM tiny WHERE id IN ({marks})"),
                {f"i{n}": v for n, v in enumerate(ids)},
            )
            found = {r[0]: TinyRow(r[0], r[1], r[2]) for r in rows}
        self.batches.append(list(ids))
        self.read.set()
        self.gate.wait(10)
        return found

    def cell(self, row: TinyRow, key: str) -> str:
        return row.name if key == "name" else str(row.size)

    def tooltip(self, row: TinyRow, key: str) -> str | None:
        return f"{row.name} is {row.size}" if key == "size" else None

    def style(self, row: TinyRow, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.size > 100:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def stale(self, changes: Changes) -> frozenset[str] | None:
        if not changes.touches("tiny"):
            return None
        return changes.ids or ALL_ROWS


class TinyModel(LazyTableModel[TinyQuery, TinyRow]):
    BATCH = 5


@pytest.fixture
def ops(store: ClientStore, gui_guard) -> Iterator[Operations]:  # type: ignore[no-untyped-def]
    with gui_guard.allowed(), store.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE tiny (id TEXT PRIMARY KEY, name TEXT, size INTEGER)")
        for n in range(ROWS):
            conn.exec_driver_sql(
                "INSERT INTO tiny VALUES (?, ?, ?)", (f"t{n:02}", f"item {n:02}", n)
            )
    operations = Operations(store, Actor(tenant_id="t", email="a@example.org", roles=frozenset()))
    errors: list[tuple[str, Exception]] = []
    operations.error_occurred.connect(lambda label, exc: errors.append((label, exc)))
    operations.errors = errors  # type: ignore[attr-defined]
    yield operations
    operations.shutdown(wait=True)


def set_size(gui_guard, store: ClientStore, row_id: str, size: int) -> None:  # type: ignore[no-untyped-def]
    with gui_guard.allowed(), store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE tiny SET size = ? WHERE id = ?", (size, row_id))


def loaded(qtbot, ops: Operations, query: TinyQuery | None = None) -> tuple[TinyModel, Tiny]:  # type: ignore[no-untyped-def]
    source = Tiny()
    model = TinyModel(ops, source, query or TinyQuery())
    with qtbot.waitSignal(model.ids_loaded, timeout=5000):
        model.reload()
    return model, source


def shown(qtbot, model: TinyModel, rows: range, column: int = 0) -> list[str]:  # type: ignore[no-untyped-def]
    """The texts of ``rows`` once loaded (asks for them as a view painting them would)."""
    for r in rows:
        model.data(model.index(r, column))
    qtbot.waitUntil(lambda: all(model.data(model.index(r, 0)) != "…" for r in rows), timeout=5000)
    return [model.data(model.index(r, column)) for r in rows]


def test_a_tiny_description_passes_the_qt_model_tester(qtbot, qtmodeltester, ops) -> None:
    model, _ = loaded(qtbot, ops)
    shown(qtbot, model, range(ROWS))
    qtmodeltester.check(model)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Size"
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_rows_load_by_batch_only_when_shown(qtbot, ops) -> None:
    model, source = loaded(qtbot, ops)
    assert (model.rowCount(), model.total, model.columnCount()) == (ROWS, ROWS, 2)
    assert source.batches == []  # the ids only
    assert model.data(model.index(12, 0)) == "…"
    assert model.data(model.index(12, 1)) is None
    assert model.data(model.index(12, 0), ID_ROLE) == "t12"  # known without the row
    with qtbot.waitSignal(model.rows_loaded) as loaded_rows:
        pass
    assert loaded_rows.args == [10, 14]
    assert source.batches == [["t10", "t11", "t12", "t13", "t14"]]
    assert model.data(model.index(12, 0)) == "item 12"
    assert model.data(model.index(12, 1), Qt.ItemDataRole.ToolTipRole) == "item 12 is 12"
    assert model.data(model.index(12, 0), ROW_ROLE) == TinyRow("t12", "item 12", 12)
    assert model.cached_row("t12") == TinyRow("t12", "item 12", 12)
    assert model.cached_row("t00") is None
    assert [r.id for r in model.loaded_rows()] == ["t10", "t11", "t12", "t13", "t14"]
    # Asking again for a loaded or loading batch loads nothing more.
    model.data(model.index(13, 0))
    assert source.batches == [["t10", "t11", "t12", "t13", "t14"]]


def test_sort_and_search_run_the_query_again(qtbot, ops) -> None:
    model, _ = loaded(qtbot, ops)
    with qtbot.waitSignal(model.ids_loaded):
        model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.query == TinyQuery(sort_key="size", descending=True)
    assert model.ids()[:3] == ["t22", "t21", "t20"]
    with qtbot.waitSignal(model.ids_loaded):
        model.set_query(model.query.with_(search="item 1"))
    assert model.ids() == [f"t{n}" for n in range(19, 9, -1)]
    assert (model.rowCount(), model.total) == (10, ROWS)
    assert shown(qtbot, model, range(2), column=1) == ["19", "18"]


def test_deferred_model_records_the_query_and_loads_once(qtbot, ops) -> None:
    model = TinyModel(ops, Tiny(), TinyQuery())
    model.deferred = True
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert model.query.sort_key == "size" and not model.loaded
    model.deferred = False
    with qtbot.waitSignal(model.ids_loaded):
        model.set_query(model.query)  # not loaded yet: the same query loads
    assert model.ids()[0] == "t00"


def test_a_change_naming_rows_reloads_their_batch_only_and_keeps_the_rest(
    qtbot, ops, store, gui_guard
) -> None:
    model, source = loaded(qtbot, ops)
    shown(qtbot, model, range(10))
    source.batches.clear()
    set_size(gui_guard, store, "t07", 700)
    with qtbot.waitSignal(model.ids_loaded):
        ops.notify(Changes.of_rows([("tiny", "t07")]))
    # The old row is shown until its new version arrives, then repainted.
    assert model.data(model.index(7, 1)) == "7"
    qtbot.waitUntil(lambda: model.data(model.index(7, 1)) == "700", timeout=5000)
    assert isinstance(model.data(model.index(7, 0), Qt.ItemDataRole.FontRole), QFont)
    assert shown(qtbot, model, range(5), column=1) == ["0", "1", "2", "3", "4"]
    assert source.batches == [["t05", "t06", "t07", "t08", "t09"]]


def test_a_change_without_rows_makes_every_row_stale_and_others_change_nothing(
    qtbot, ops, store, gui_guard
) -> None:
    model, source = loaded(qtbot, ops)
    shown(qtbot, model, range(10))
    set_size(gui_guard, store, "t01", 100)
    set_size(gui_guard, store, "t08", 800)
    with qtbot.assertNotEmitted(model.ids_loaded, wait=100):
        ops.notify(Changes.of_tables(["person"], outbox=True))
    assert model.data(model.index(1, 1)) == "1"
    source.batches.clear()
    with qtbot.waitSignal(model.ids_loaded):
        ops.notify(Changes.of_tables(["tiny"]))
    qtbot.waitUntil(
        lambda: (model.data(model.index(1, 1)), model.data(model.index(8, 1))) == ("100", "800"),
        timeout=5000,
    )
    assert sorted(map(tuple, source.batches)) == [
        ("t00", "t01", "t02", "t03", "t04"),
        ("t05", "t06", "t07", "t08", "t09"),
    ]


def test_a_batch_read_before_a_change_is_not_taken_for_fresh(qtbot, ops, store, gui_guard) -> None:
    model, source = loaded(qtbot, ops)
    source.gate.clear()
    model.data(model.index(3, 0))
    qtbot.waitUntil(source.read.is_set, timeout=5000)
    # The batch has read the old row and is held; the row changes meanwhile.
    set_size(gui_guard, store, "t03", 300)
    ops.notify(Changes.of_rows([("tiny", "t03")]))
    with qtbot.waitSignal(model.ids_loaded):  # the batch arrives first, then the ids
        source.gate.set()
    assert model.cached_row("t03") == TinyRow("t03", "item 03", 3)
    assert model.data(model.index(3, 1)) == "3"  # shown as read, and loaded again:
    qtbot.waitUntil(lambda: model.data(model.index(3, 1)) == "300", timeout=5000)
    assert source.batches == [["t00", "t01", "t02", "t03", "t04"]] * 2


def test_the_same_ids_again_repaint_without_a_reset(qtbot, ops) -> None:
    """A refresh that changes no ids keeps the view's selection (persistent indexes)."""
    model, _ = loaded(qtbot, ops)
    kept = model.index(4, 0)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignals([model.dataChanged, model.ids_loaded]):
        model.reload(invalidate=True)
    assert resets == [] and kept.isValid() and model.ids()[4] == "t04"


def test_a_newer_query_cancels_the_stale_load_and_a_reload_of_the_same_runs_once_more(
    qtbot, ops
) -> None:
    model, _ = loaded(qtbot, ops)
    counted: list[str] = []
    original = model.source.load_ids

    def counting(ctx: OpContext, query: TinyQuery) -> IdsResult:
        counted.append(query.search)
        return original(ctx, query)

    model.source.load_ids = counting  # type: ignore[method-assign]
    release = hold_the_database(ops)
    answers: list[int] = []
    model.ids_loaded.connect(lambda: answers.append(model.rowCount()))
    model.set_query(TinyQuery(search="item 1"))
    model.set_query(TinyQuery(search="item 2"))  # the "item 1" load is stale: it never runs
    model.reload()  # the same query again (a change came): once more after it
    release.set()
    qtbot.waitUntil(lambda: len(answers) == 1 and not model._loading, timeout=5000)
    assert counted == ["item 2", "item 2"]
    assert model.ids() == ["t20", "t21", "t22"] and answers == [3]


class Endless(Tiny):
    """The tiny list, read with :func:`read_ids`; searching "endless" runs a statement that
    counts to 150 million: far longer than the test waits for the newer search (5 s), unless
    it is stopped, yet it ends alone (~20 s on a quiet 2-core machine, ~35 s loaded) so a
    broken interrupt fails the test instead of hanging the suite in ops.shutdown(wait=True)."""

    def __init__(self) -> None:
        super().__init__()
        self.started = threading.Event()

    def load_ids(self, ctx: OpContext, query: TinyQuery) -> IdsResult:
        if query.search != "endless":
            return super().load_ids(ctx, query)
        self.started.set()
        endless = (
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
            "WHERE x < 150000000) SELECT 'none' FROM c WHERE x < 0"
        )
        return read_ids(ctx, [(endless, {})], ("SELECT count(*) FROM tiny", {}))


def test_a_stale_query_running_in_sqlite_is_stopped_for_the_newer_one(qtbot, ops) -> None:
    source = Endless()
    model = TinyModel(ops, source, TinyQuery())
    with qtbot.waitSignal(model.ids_loaded, timeout=5000):
        model.reload()
    model.set_query(TinyQuery(search="endless"))
    qtbot.waitUntil(source.started.is_set, timeout=5000)
    # The endless statement runs on the database thread; a newer search stops it.
    with qtbot.waitSignal(model.ids_loaded, timeout=5000):
        model.set_query(TinyQuery(search="item 2"))
    assert model.ids() == ["t20", "t21", "t22"]
    assert ops.errors == []  # type: ignore[attr-defined]  # stopped, not failed


def test_a_failed_load_is_reported_and_the_next_one_works(qtbot, ops) -> None:
    model, source = loaded(qtbot, ops)
    source.fail_ids = True
    with qtbot.waitSignal(ops.error_occurred) as failed:
        model.reload()
    assert failed.args[0] == "tiny"
    ops.errors.clear()  # type: ignore[attr-defined]
    source.fail_ids = False
    with qtbot.waitSignal(model.ids_loaded):
        model.set_query(TinyQuery(search="item 0"))
    assert model.rowCount() == 10


def test_row_of_scans_then_maps_and_the_cache_stays_bounded(qtbot, ops) -> None:
    model, _ = loaded(qtbot, ops)
    model.CACHE_LIMIT = 8  # type: ignore[misc]
    assert [model.row_of(f"t{n:02}") for n in (0, 22)] == [0, 22]
    assert model.row_of("nothing") == -1
    for n in range(TinyModel.SCANS_BEFORE_MAP):
        assert model.row_of(f"t{n:02}") == n
    assert model._positions is not None and model.row_of("t09") == 9
    for batch in (range(5), range(5, 10), range(10, 15)):
        shown(qtbot, model, batch)
    # The rows loaded last are kept.
    assert [r.id for r in model.loaded_rows()] == [f"t{n:02}" for n in range(7, 15)]


def test_iter_chunks_gives_every_row_in_order_with_progress(qtbot, ops) -> None:
    source = Tiny()
    by_size = TinyQuery(sort_key="size", descending=True)
    progress: list[tuple[int, int]] = []
    ops.progress.connect(lambda _op, done, total: progress.append((done, total)))
    op = DbOp(
        lambda ctx: [r.id for chunk in iter_chunks(ctx, source, by_size, chunk=10) for r in chunk],
        parent=None,
        label="all",
    )
    result: list[list[str]] = []
    op.success(result.append).run(ops)
    qtbot.waitUntil(lambda: bool(result), timeout=5000)
    assert result[0] == [f"t{n:02}" for n in range(22, -1, -1)]
    assert [len(b) for b in source.batches] == [10, 10, 3]
    qtbot.waitUntil(lambda: bool(progress), timeout=5000)
    assert progress[0] == (0, ROWS)
