"""Qt test fixtures: the GUI-thread guard on every test, a real filled client store,
the app context with real executors.

Every test in this folder is a Qt test and runs with the guard of
:mod:`desktop.guard`: a database query or HTTP request on the GUI thread
fails the test. Set-up and checks that read the database on purpose do so
inside ``gui_guard.allowed()``.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop import local_index
from desktop.context import AppContext
from desktop.guard import GuiThreadGuard
from desktop.mainwindow import MainWindow
from desktop.operations import DbOp, OpContext, Operations
from desktop.operations.undo import UndoStack
from desktop.qt_workarounds import MainThreadGc
from desktop.settings import Settings
from desktop.sync_bridge import SyncBridge
from devtools.client_data import Filled, fill
from sync.client import ServerClient
from sync.engine import SyncEngine
from sync.store import ClientStore


def pytest_configure(config: pytest.Config) -> None:
    """QtWebEngine needs ``AA_ShareOpenGLContexts`` before pytest-qt makes the QApplication
    (the web view tests load it; the app sets it in ``desktop.app.main``)."""
    from desktop.webview import prepare_application

    prepare_application()


@pytest.fixture(scope="session", autouse=True)
def english(qapp):  # type: ignore[no-untyped-def]
    """The app's English translation (it carries the plural forms), as at start-up."""
    from desktop.i18n import Translations

    translations = Translations()
    assert translations.install("en")
    return translations


@pytest.fixture
def swedish(english):  # type: ignore[no-untyped-def]
    """The app in Swedish for one test (the session's translations), English again after it."""
    assert english.install("sv")
    try:
        yield
    finally:
        assert english.install("en")


@pytest.fixture(scope="session", autouse=True)
def main_thread_gc(qapp) -> Iterator[MainThreadGc]:  # type: ignore[no-untyped-def]
    """As in the app: no garbage collection on worker threads (desktop.qt_workarounds);
    collected on the GUI thread by its timer, and after each test (:func:`collect_garbage`)."""
    collector = MainThreadGc().start()
    try:
        yield collector
    finally:
        collector.stop()


@pytest.fixture(autouse=True)
def collect_garbage(main_thread_gc: MainThreadGc) -> Iterator[None]:
    """What the thresholds ask for, as the app's timer would (a full collection after
    every test cost minutes of the suite)."""
    yield
    main_thread_gc.collect()


@pytest.fixture(autouse=True)
def gui_guard(qapp) -> Iterator[GuiThreadGuard]:
    """Fails the test if the GUI thread ran a database query or an HTTP request."""
    guard = GuiThreadGuard().install()
    try:
        yield guard
    finally:
        guard.uninstall()
    if guard.violations:
        pytest.fail(
            f"{len(guard.violations)} GUI-thread violation(s); first:\n{guard.violations[0]}",
            pytrace=False,
        )


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "kansli.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def store(tmp_path: Path, gui_guard: GuiThreadGuard) -> Iterator[ClientStore]:
    with gui_guard.allowed():
        s = ClientStore(tmp_path / "client.db")
    yield s
    with gui_guard.allowed():
        s.close()


@pytest.fixture
def filled(store: ClientStore, gui_guard: GuiThreadGuard) -> Filled:
    """The store filled with 300 registrations (120 on the big round)."""
    with gui_guard.allowed():
        data = fill(store)
        local_index.prepare(store)
    return data


@pytest.fixture(scope="session")
def big_db_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Filled]:
    """A client database with 100,000 registrations, made once per session."""
    path = tmp_path_factory.mktemp("big") / "big.db"
    s = ClientStore(path)
    data = fill(s, participants=100_000)
    local_index.prepare(s)
    with s.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    s.close()
    return path, data


@pytest.fixture
def big_store(
    big_db_template: tuple[Path, Filled], tmp_path: Path, gui_guard: GuiThreadGuard
) -> Iterator[tuple[ClientStore, Filled]]:
    path, data = big_db_template
    target = tmp_path / "big.db"
    shutil.copyfile(path, target)
    with gui_guard.allowed():
        s = ClientStore(target)
    yield s, data
    with gui_guard.allowed():
        s.close()


class OpErrors(list):  # type: ignore[type-arg]
    """Failures of operations without a failure callback (each fails the test)."""


def make_ctx(store: ClientStore, data: Filled, settings: Settings, **kw: object) -> AppContext:
    ops = Operations(store, data.actor)
    return AppContext(
        store=store,
        actor=data.actor,
        ops=ops,
        settings=settings,
        undo=UndoStack(),
        tenant_name=data.tenant_name,
        **kw,  # type: ignore[arg-type]
    )


@pytest.fixture
def ctx(store: ClientStore, filled: Filled, settings: Settings) -> Iterator[AppContext]:
    """The app context over the filled store, no sync engine (local only)."""
    context = make_ctx(store, filled, settings)
    errors = OpErrors()
    context.ops.error_occurred.connect(lambda label, exc: errors.append((label, exc)))
    yield context
    context.ops.shutdown(wait=True)
    if errors:
        pytest.fail(f"operation failed: {errors[0][0]}: {errors[0][1]!r}", pytrace=False)


@pytest.fixture
def big_ctx(
    big_store: tuple[ClientStore, Filled], settings: Settings
) -> Iterator[tuple[AppContext, Filled]]:
    store, data = big_store
    context = make_ctx(store, data, settings)
    yield context, data
    context.ops.shutdown(wait=True)


UNREACHABLE = "http://127.0.0.1:9"


@pytest.fixture
def offline_ctx(store, filled, settings):
    bridge = SyncBridge()
    with ThreadPoolExecutor(1) as pool:  # the engine reads the store when made
        engine = pool.submit(
            lambda: SyncEngine(
                store, ServerClient(UNREACHABLE, token="t", timeout=(1, 1)),
                on_state=bridge.on_state, on_progress=bridge.on_progress,
                on_changes=bridge.on_changes,
            )
        ).result()  # fmt: skip
    context = make_ctx(store, filled, settings, engine=engine, bridge=bridge)
    yield context
    context.ops.shutdown(wait=True)
    engine.close()


@contextmanager
def engine_app(
    store: ClientStore, data: Filled, settings: Settings, client: ServerClient
) -> Iterator[AppContext]:
    """The context as the app makes it: a sync engine over ``client`` and the operations
    through it (an undo withdraws by asking the server); shut down after."""
    bridge = SyncBridge()
    with ThreadPoolExecutor(1) as pool:  # the engine reads the store when made
        engine = pool.submit(
            lambda: SyncEngine(
                store, client, on_state=bridge.on_state, on_changes=bridge.on_changes
            )
        ).result()
    context = AppContext(
        store=store,
        actor=data.actor,
        ops=Operations(store, data.actor, engine),
        settings=settings,
        undo=UndoStack(),
        tenant_name=data.tenant_name,
        engine=engine,
        bridge=bridge,
    )
    try:
        yield context
    finally:
        context.ops.shutdown(wait=True)
        engine.close()


def read(guard: GuiThreadGuard, store: ClientStore, sql: str, **params: object) -> list[tuple]:  # type: ignore[type-arg]
    """Run a check query from the test on purpose (allowed on the GUI thread)."""
    from sqlalchemy import text

    with guard.allowed(), store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def hold_the_database(ops: Operations) -> threading.Event:
    """Keep the database executor busy until the returned event is set: what is queued
    meanwhile waits behind it (a long query of the user's, made to order)."""
    release, holding = threading.Event(), threading.Event()

    def hold(_ctx: OpContext) -> None:
        holding.set()
        release.wait(10)

    DbOp(hold, label="hold").run(ops)
    assert holding.wait(10)
    return release


def pdf_pages_text(path: Path) -> list[str]:
    """The text of each page of a PDF (poppler's pdftotext)."""
    import subprocess

    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [page for page in out.split("\f") if page.strip()]


def make_window(qtbot, ctx, *, all_tabs: bool = True) -> MainWindow:  # type: ignore[no-untyped-def]
    """A shown main window over ``ctx``, once its data is on screen; with ``all_tabs`` every
    fixed tab's view made and loaded too (the app makes one when its tab is first shown)."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    if all_tabs:
        window.fixed_views()  # made before the show: data_shown waits for them all
    window.show()
    with qtbot.waitSignal(window.data_shown, timeout=10_000):
        pass
    return window
