"""The Participants tab over a large local database, measured in a process of its own.

``python -m bench.participants_probe DB.db [--reps N]`` prints one JSON object
with the samples (milliseconds) and the process's peak RSS. A process of its
own, so the peak RSS is the tab's and not the benchmark runner's (which has
imported the server, made test data and so on).

Everything goes the way the app does it: the session from
:func:`desktop.session.open_local`, the real :class:`Operations` executors,
the real :class:`ParticipantsView` shown offscreen; a keystroke is a key
event on the search field, a sort is the header's sort indicator. Waiting is
a Qt event loop that quits on the model's signals (never a sleep), with a
deadline. "Updated view" means: the model holds the new ids, the rows in
the viewport are loaded, and the viewport has been repainted.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import desktop  # noqa: F401  (Qt work-arounds before any Qt use)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop.context import AppContext
from desktop.i18n import Translations
from desktop.local_index import match_expression
from desktop.operations import OpContext, Operations
from desktop.operations.undo import UndoStack
from desktop.participants.model import ParticipantsModel, ParticipantsSource
from desktop.participants.query import COLUMN_KEYS, ParticipantQuery
from desktop.participants.view import ParticipantsView
from desktop.session import open_local
from desktop.settings import Settings
from sync import cipher

DEADLINE_MS = 60_000
#: Typed letter by letter; every keystroke is one sample.
WORDS = ("lind", "berg", "anna", "erik", "ström", "karl")


class Waiter:
    """Run the Qt event loop until ``ready()`` holds, re-checked on the given signals."""

    def __init__(self, signals: list[Any]) -> None:
        self.signals = signals

    def until(self, ready: Callable[[], bool], what: str) -> None:
        if ready():
            return
        loop = QEventLoop()

        def check(*_: Any) -> None:
            if ready():
                loop.quit()

        for signal in self.signals:
            signal.connect(check)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(DEADLINE_MS)
        try:
            loop.exec()
        finally:
            timer.stop()
            for signal in self.signals:
                signal.disconnect(check)
        if not ready():
            raise TimeoutError(f"waited {DEADLINE_MS} ms for {what}")


def type_key(widget: Any, char: str) -> None:
    """Press and release the key of ``char`` (å, ä, ö too) on ``widget``, as a keyboard does."""
    key = ord(char.upper())  # Qt's key codes of Latin-1 letters are their upper-case code points
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def visible_rows_loaded(view: ParticipantsView) -> bool:
    """Every row in the viewport has its data (no "…" placeholder left to fill)."""
    model, table = view.model, view.table
    count = model.rowCount()
    if count == 0:
        return True
    first = max(table.rowAt(0), 0)
    last = table.rowAt(table.viewport().height() - 1)
    last = count - 1 if last < 0 else last
    return all(model.cached_row(model.id_at(r) or "") is not None for r in range(first, last + 1))


class Probe:
    def __init__(self, db: Path, settings_file: Path) -> None:
        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        self.translations = Translations()
        self.translations.install("en")
        # Set-up, not measured (the app does it off the GUI thread); an encrypted copy with
        # the keyring's key, as the app opens it.
        session = open_local(db, key=db_key(db))
        self.session = session
        self.ops = Operations(session.store, session.actor)
        self.ctx = AppContext(
            store=session.store,
            actor=session.actor,
            ops=self.ops,
            settings=Settings(QSettings(str(settings_file), QSettings.Format.IniFormat)),
            undo=UndoStack(),
            tenant_name=session.tenant_name,
        )
        self.view: ParticipantsView | None = None

    def close(self) -> None:
        self.ops.shutdown(wait=True)
        self.session.store.close()

    # -- steps ------------------------------------------------------------------------

    def _settled(
        self, view: ParticipantsView, query_ok: Callable[[ParticipantQuery], bool]
    ) -> bool:
        model = view.model
        return (
            model.loaded
            and not model._loading
            and query_ok(model.query)
            and visible_rows_loaded(view)
        )

    def _wait_view(
        self, view: ParticipantsView, query_ok: Callable[[ParticipantQuery], bool], what: str
    ) -> None:
        Waiter([view.model.ids_loaded, view.model.rows_loaded]).until(
            lambda: self._settled(view, query_ok), what
        )
        view.table.viewport().repaint()  # the updated rows on screen, painted now

    def open_view(self) -> float:
        """Make and show the tab until its first screen of rows is painted; ms."""
        if self.view is not None:
            self._drop_view()
        started = time.perf_counter()
        view = ParticipantsView(self.ctx)
        view.resize(1360, 780)
        view.show()
        self._wait_view(view, lambda q: True, "the tab's first rows")
        took = (time.perf_counter() - started) * 1000
        self.view = view
        return took

    def _drop_view(self) -> None:
        assert self.view is not None
        Waiter([self.ops.idle_changed]).until(lambda: self.ops.idle, "idle operations")
        self.view.close()
        self.view.deleteLater()
        self.view = None
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

    def clear_search(self) -> None:
        view = self.view
        assert view is not None
        view.search.clear()  # the clear button: searches at once, no debounce
        self._wait_view(view, lambda q: q.search == "", "the cleared search")

    def keystroke(self, char: str) -> tuple[float, float]:
        """One key typed into the search field: (key → view, search signal → view) in ms."""
        view = self.view
        assert view is not None
        expected = (view.search.text() + char).strip()
        fired: list[float] = []

        def emitted(_text: str) -> None:
            fired.append(time.perf_counter())

        view.search.search_changed.connect(emitted)
        try:
            started = time.perf_counter()
            type_key(view.search, char)
            self._wait_view(view, lambda q: q.search == expected, f"search {expected!r}")
            done = time.perf_counter()
        finally:
            view.search.search_changed.disconnect(emitted)
        assert fired, "the search field never reported the text"
        return (done - started) * 1000, (done - fired[0]) * 1000

    def sort(self, column: int, descending: bool) -> float:
        """Sort by a column as the header does; ms to the re-sorted, painted view."""
        view = self.view
        assert view is not None
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        key = COLUMN_KEYS[column]
        started = time.perf_counter()
        view.table.sortByColumn(column, order)
        self._wait_view(
            view,
            lambda q: q.sort_key == key and q.descending == descending,
            f"sort by {key}",
        )
        return (time.perf_counter() - started) * 1000


def expected_count(db: Path, search: str) -> int:
    """The registrations a search must show, counted from the synced tables themselves.

    Straight SQL over ``registration`` and the person search index, not the
    app's query (which reads the desktop's sort-key table), so the check
    also catches a sort-key table that has fallen out of step.
    """
    match = match_expression(search)
    assert match is not None, search
    hits = (
        "SELECT p.id FROM person_fts f JOIN person p ON p.rowid = f.rowid "
        "WHERE person_fts MATCH :match"
    )
    sql = (
        "SELECT count(*) FROM registration r WHERE r.deleted_at IS NULL "
        f"AND (r.participant_id IN ({hits}) OR r.approving_manager_id IN ({hits}))"
    )
    with contextlib.closing(cipher.connect(db, db_key(db))) as conn:
        return int(conn.execute(sql, {"match": match}).fetchone()[0])


def db_key(db: Path) -> bytes | None:
    """The key of an encrypted ``db`` (the keyring's: ``bench.keyring_file`` in a run of
    ``participants-view-encrypted``); None for a plain file."""
    if not cipher.is_encrypted(db):
        return None
    from sync.local_keys import LocalKeys

    return LocalKeys().known(db)


def query_floor(db: Path, queries: list[ParticipantQuery]) -> list[float]:
    """The floor of keystroke to view: the list's own query of each keystroke (its ids and
    the first batch of rows, as a load reads them), run directly on a fresh session with
    no Qt in between; ms."""
    session = open_local(db, key=db_key(db))
    try:
        ctx = OpContext(
            store=session.store, actor=session.actor, engine=None, cancel_event=threading.Event()
        )
        source = ParticipantsSource()
        samples: list[float] = []
        for query in queries:
            started = time.perf_counter()
            ids = source.load_ids(ctx, query).ids
            source.load_rows(ctx, ids[: ParticipantsModel.BATCH])
            samples.append((time.perf_counter() - started) * 1000)
        return samples
    finally:
        session.store.close()


def current_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run(db: Path, reps: int) -> dict[str, Any]:
    """Open, search and sort ``reps`` times or more each; the samples in ms."""
    out: dict[str, Any] = {"open_ms": [], "keystroke_ms": [], "search_ms": [], "sort_ms": {}}
    with tempfile.TemporaryDirectory() as tmp:
        probe = Probe(db, Path(tmp) / "kansli.ini")
        try:
            for _ in range(reps):
                out["open_ms"].append(probe.open_view())
            view = probe.view
            assert view is not None
            out["rows"] = view.model.rowCount()
            out["rss_after_open_mb"] = current_rss_mb()
            checks: dict[str, int] = {}
            queries: list[ParticipantQuery] = []
            typed = 0
            while typed < reps:
                for word in WORDS:
                    probe.clear_search()
                    for char in word:
                        key_ms, search_ms = probe.keystroke(char)
                        out["keystroke_ms"].append(key_ms)
                        out["search_ms"].append(search_ms)
                        checks[view.search.text().strip()] = view.model.rowCount()
                        queries.append(view.model.query)
                        typed += 1
                if typed >= reps:
                    break
            probe.clear_search()
            sorts = 0
            while sorts < max(reps, 4 * len(COLUMN_KEYS)):  # each column both ways, twice
                for column, key in enumerate(COLUMN_KEYS):
                    for descending in (False, True):
                        out["sort_ms"].setdefault(key, []).append(probe.sort(column, descending))
                        sorts += 1
            out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        finally:
            probe.close()
    # The counts shown agree with the database (checked after measuring, so the
    # check warms no cache the measured searches use).
    out["query_ms"] = query_floor(db, queries)
    wrong = {s: (n, expected_count(db, s)) for s, n in checks.items() if expected_count(db, s) != n}
    if wrong:
        raise AssertionError(f"searches showed wrong counts (shown, expected): {wrong}")
    out["searches_checked"] = len(checks)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.participants_probe")
    parser.add_argument("db", type=Path)
    parser.add_argument("--reps", type=int, default=20)
    args = parser.parse_args(argv)
    print(json.dumps(run(args.db, args.reps)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
