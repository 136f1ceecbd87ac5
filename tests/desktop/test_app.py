"""``kansli`` end to end: argument parsing, ``--database`` and ``--demo`` with
``--screenshot`` as real processes, the login dialog against a real server, and
switching language in a running application."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop.app import parse_args
from desktop.demo import DemoServer, admin_user
from desktop.login import LoginDialog
from desktop.sync_bridge import SyncBridge
from sync import cipher

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KANSLI_TIMING": "1"}


def run_kansli(*args: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        env=ENV, capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip


def test_arguments() -> None:
    args = parse_args(["--demo", "--screenshot", "x.png", "--tab", "Agent orders"])
    assert args.demo and args.screenshot == "x.png" and args.tab == "agent-orders"
    assert parse_args([]).tab == "courses"
    with pytest.raises(SystemExit):
        parse_args(["--tab", "nowhere"])


@pytest.fixture
def local_db(store, filled, gui_guard, tmp_path) -> Path:
    """A filled local database file that no one else has open."""
    with gui_guard.allowed():
        store.close()
    target = tmp_path / "copy.db"
    shutil.copyfile(store.path, target)
    return target


def test_screenshot_of_a_local_database_in_swedish(local_db, tmp_path) -> None:
    out = tmp_path / "participants_sv.png"
    result = run_kansli(
        "--database", str(local_db), "--settings", str(tmp_path / "k.ini"),
        "--screenshot", str(out), "--tab", "participants", "--language", "sv",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1360, 820)
    assert "main window shows its data" in result.stderr


def test_bad_tab_name_is_refused_with_the_choices() -> None:
    result = run_kansli("--tab", "kalender")
    assert result.returncode == 2
    assert "--tab must be one of" in result.stderr


def test_demo_starts_the_server_signs_in_and_stops_it(tmp_path) -> None:
    demo_dir = tmp_path / "demo"
    demo_dir.mkdir()
    out = tmp_path / "demo.png"
    result = run_kansli(
        "--demo", "--demo-dir", str(demo_dir), "--settings", str(tmp_path / "k.ini"),
        "--screenshot", str(out), "--tab", "participants",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).width() == 1360
    # How fast is measured in bench/ (a shared CI box is no stopwatch); here: that it happened.
    assert re.search(r"main window shows its data after ([\d.]+) s", result.stderr)
    # The child was stopped cleanly: the server removes its info file on the way out.
    assert not (demo_dir / "demo.json").exists()
    assert (demo_dir / "client.db").exists()
    assert cipher.is_encrypted(demo_dir / "client.db")  # the demo's copy too (issue 23)
    port = (demo_dir / "port").read_text()
    # A returning user: the kept copy is shown from the local file (no sign-in first),
    # then signed in on the same port, and the screenshot waits for that.
    again = run_kansli(
        "--demo", "--demo-dir", str(demo_dir), "--settings", str(tmp_path / "k.ini"),
        "--screenshot", str(out), "--tab", "participants",
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert "local database open" in again.stderr
    assert "signed in and synced" not in again.stderr
    assert "participants' rows painted" in again.stderr
    marks = [m.group(1) for m in re.finditer(r"kansli: (.+?) after", again.stderr)]
    assert marks.index("signed in") < marks.index("screenshot saved")
    assert (demo_dir / "port").read_text() == port


def test_a_demo_copy_of_another_port_is_made_again(tmp_path) -> None:
    """The kept folder's port was taken: the copy recording the old address goes, so
    signing in fills a new one (a copy of another address would be refused)."""
    import sqlite3

    demo = DemoServer(tmp_path)
    with sqlite3.connect(demo.client_db) as conn:
        conn.execute("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT)")
        conn.execute("INSERT INTO sync_state VALUES ('server_url', 'http://127.0.0.1:5001')")
    conn.close()
    demo.url = "http://127.0.0.1:5001"
    assert demo.returning()
    demo.forget_stale_client("http://127.0.0.1:5001")
    assert demo.client_db.exists()
    demo.url = "http://127.0.0.1:5002"
    assert not demo.returning()
    demo.keys().keep(demo.client_db, bytes(32))  # the removed copy's key goes with it
    demo.forget_stale_client("http://127.0.0.1:5002")
    assert not demo.client_db.exists()
    from sync.local_keys import LocalKeys

    LocalKeys.forget_all_in_memory()
    assert demo.keys().known(demo.client_db) is None


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory):  # type: ignore[no-untyped-def]
    server = DemoServer(tmp_path_factory.mktemp("server")).start()
    try:
        info = server.wait_ready()
        yield info
    finally:
        server.stop()


def test_login_with_a_wrong_password_says_so(qtbot, demo_server, settings, tmp_path) -> None:
    dialog = LoginDialog(settings, SyncBridge(), data_root=tmp_path)
    qtbot.addWidget(dialog)
    dialog.server.setText(demo_server["url"])
    dialog.email.setText(admin_user(demo_server)["email"])
    dialog.password.setText("fel-lösenord")
    assert dialog.sign_in_button.isEnabled()
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=15_000)
    assert dialog.message.text() == "Wrong e-mail address or password."


def test_login_opens_the_account_database_and_syncs(
    qtbot, demo_server, settings, tmp_path, gui_guard
) -> None:
    bridge = SyncBridge()
    dialog = LoginDialog(settings, bridge, data_root=tmp_path)
    qtbot.addWidget(dialog)
    user = admin_user(demo_server)
    dialog.server.setText(demo_server["url"])
    dialog.email.setText(user["email"])
    dialog.password.setText(user["password"])
    dialog.remember.setChecked(True)
    with qtbot.waitSignal(dialog.signed_in, timeout=30_000) as blocker:
        dialog.submit()
    session = blocker.args[0]
    try:
        assert session.actor.email == user["email"] and "admin" in session.actor.roles
        assert session.store.path.parent == tmp_path / "accounts"
        assert dialog.credentials.get(user["email"], demo_server["url"])
        with gui_guard.allowed():
            assert session.store.last_sync_at() is not None
            people = session.store.engine.connect().exec_driver_sql("SELECT count(*) FROM person")
            assert people.scalar_one() > 100
            assert (
                session.store.engine.connect()
                .exec_driver_sql("SELECT count(*) FROM person_fts")
                .scalar_one()
                > 100
            )
    finally:
        session.engine.close()
        session.client.close()
        with gui_guard.allowed():
            session.store.close()
    # The next time the account's copy is there: "Work offline" is offered.
    dialog2 = LoginDialog(settings, bridge, data_root=tmp_path)
    qtbot.addWidget(dialog2)
    assert not dialog2.offline_button.isHidden()


def test_unreachable_server_is_said_plainly(qtbot, settings, tmp_path) -> None:
    dialog = LoginDialog(settings, SyncBridge(), data_root=tmp_path)
    qtbot.addWidget(dialog)
    dialog.server.setText("http://127.0.0.1:9")
    dialog.email.setText("anna@example.se")
    dialog.password.setText("x")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=20_000)
    assert dialog.message.text().startswith("The server cannot be reached")


def test_running_app_switches_to_swedish(qtbot, local_db, tmp_path) -> None:
    from desktop.application import Application

    args = parse_args(["--database", str(local_db), "--settings", str(tmp_path / "k.ini")])
    app = Application(args)
    try:
        app.start()
        qtbot.waitUntil(lambda: app.window is not None, timeout=10_000)
        window = app.window
        qtbot.waitUntil(window.all_loaded, timeout=10_000)
        assert window.tabs.tabText(0) == "Courses"
        app.change_language("sv")
        qtbot.waitUntil(
            lambda: app.window is not window and app.window.all_loaded(), timeout=10_000
        )
        titles = [app.window.tabs.tabText(i) for i in range(4)]
        assert titles == ["Utbildningar", "Deltagare", "Alumnkö", "Beställningar via agent"]
        assert "Endast lokal databas" in app.window.sync_status.text()
    finally:
        app.translations.install("en")
        app.shutdown()


def test_start_up_does_not_load_web_engine_or_printing() -> None:
    code = (
        "import sys, desktop.app, desktop.application, desktop.mainwindow; "
        "print(sorted(m for m in sys.modules if 'WebEngine' in m or 'PrintSupport' in m))"
    )
    out = subprocess.run([sys.executable, "-c", code], env=ENV, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def run_script(code: str, local_db: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """``code`` run by a Python of its own over ``local_db``; it must succeed."""
    out = subprocess.run(
        [sys.executable, "-c", code, "--database", str(local_db),
         "--settings", str(tmp_path / "k.ini")],
        env=ENV, capture_output=True, text=True, timeout=90,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    return out


#: A script's start for :func:`run_script`: the app started as ``kansli`` starts it.
START_APP = """
import sys
from desktop.app import parse_args
from desktop.webview import prepare_application
prepare_application()
from desktop.application import Application
app = Application(parse_args(sys.argv[1:]))
app.start()
"""

#: A script's end for :func:`run_script`: its ``check()`` every 20 ms until it quits the app.
POLL_CHECK = """
from PySide6.QtCore import QTimer
timer = QTimer()
timer.timeout.connect(check)
timer.start(20)
QTimer.singleShot(60_000, lambda: app.quit(3))
code = app.qapp.exec()
app.shutdown()
sys.exit(app.exit_code or code)
"""


def test_web_engine_is_not_loaded_by_start_up_and_the_shown_window(local_db, tmp_path) -> None:
    code = (
        START_APP
        + """
def check():
    if app.window is None or not app.window.all_loaded():
        return
    print(sorted(m for m in sys.modules if "WebEngine" in m))
    app.quit(0)
"""
        + POLL_CHECK
    )
    out = run_script(code, local_db, tmp_path)
    assert out.stdout.strip().splitlines()[-1] == "[]"


#: Not needed for the first paint of a window opening on Courses: the other tabs' views, the
#: Courses tab's dialogs and charts, exporting and printing (imported when used), QtWebEngine.
DEFERRED = (
    "desktop.participants.view",
    "desktop.alumni.view",
    "desktop.agent_orders.view",
    "desktop.organisations.view",
    "desktop.courses.dialogs",
    "desktop.courses.evaluation_stats",
    "desktop.common.model_export",
    "PySide6.QtCharts",
    "PySide6.QtWebEngineWidgets",
)


def test_first_paint_imports_only_the_shown_tab_and_the_rest_is_imported_after(
    local_db, tmp_path
) -> None:
    """Start-up paints the window with the tab it opens on (Courses) and nothing else: the
    modules in sys.modules at the app's own "main window painted" mark; once the data is
    shown, the other tabs' modules are imported (no view made) so their first show is quick."""
    code = (
        """
import json, sys
import desktop.application
modules_at = {}
logged = desktop.application.timing
def timing(what):
    logged(what)
    modules_at.setdefault(what, sorted(sys.modules))
desktop.application.timing = timing
"""
        + START_APP
        + """
def check():
    window = app.window
    if window is None or "main window shows its data" not in modules_at:
        return
    if not all(f"desktop.{m}.view" in sys.modules for m in ("alumni", "organisations")):
        return  # the warm-up's imports, after the data is shown
    from desktop.mainwindow import TAB_KEYS
    print(json.dumps({
        "painted": modules_at["main window painted"],
        "later": sorted(sys.modules),
        "made": [key for key in TAB_KEYS if window.built_view(key) is not None],
        "shown": window.tabs.currentIndex(),
    }))
    app.quit(0)
"""
        + POLL_CHECK
    )
    out = run_script(code, local_db, tmp_path)
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    painted, later = set(seen["painted"]), set(seen["later"])
    assert "desktop.mainwindow" in painted and "desktop.courses.view" in painted
    assert sorted(painted & set(DEFERRED)) == []
    assert not any("WebEngine" in m for m in painted | later)
    assert {f"desktop.{m}.view" for m in ("participants", "alumni", "agent_orders")} <= later
    assert seen["made"] == ["courses"] and seen["shown"] == 0


def test_start_up_freezes_its_imports_so_the_first_collection_is_quick(local_db, tmp_path) -> None:
    """``kansli`` imports with the collector off (desktop.app.main); the ~130,000 objects
    made meanwhile are frozen as the GUI thread's collector starts, so its first collect(0),
    as the window comes up, does not walk them all (measured: 90 ms of a frozen GUI without
    the freeze, 0.0 ms with it). Shutting down thaws them."""
    code = """
import gc
gc.disable()  # as desktop.app.main does before its imports
import sys, time
from desktop.app import parse_args
from desktop.webview import prepare_application
prepare_application()
from desktop.application import Application
app = Application(parse_args(sys.argv[1:]))
young, frozen = gc.get_count()[0], gc.get_freeze_count()
started = time.perf_counter()
gc.collect(0)  # what the collector's first tick does
print("young", young, frozen, round((time.perf_counter() - started) * 1000, 1))
app.shutdown()
print("thawed", gc.get_freeze_count())
"""
    out = run_script(code, local_db, tmp_path)
    lines = dict(line.split(" ", 1) for line in out.stdout.strip().splitlines())
    young, frozen, _ms = lines["young"].split()
    # Without the freeze the young generation holds every object of the imports.
    assert int(frozen) > 100_000 and int(young) < 1_000
    assert lines["thawed"] == "0"


def test_local_edit_is_pushed_and_the_status_bar_follows(
    qtbot, demo_server, settings, tmp_path, gui_guard
) -> None:
    """The whole loop with a real server: edit offline-first, the engine pushes, the bridge
    brings the state to the GUI thread, the status bar and the lists follow."""
    from concurrent.futures import ThreadPoolExecutor

    from desktop.context import AppContext
    from desktop.mainwindow import MainWindow
    from desktop.operations import Operations
    from desktop.operations.people import edit_person
    from desktop.operations.undo import UndoStack
    from desktop.session import sign_in

    bridge = SyncBridge()
    user = admin_user(demo_server)
    with ThreadPoolExecutor(1) as pool:  # signing in is network and database work
        session = pool.submit(
            sign_in, demo_server["url"], user["email"], user["password"], bridge=bridge,
            db_path=tmp_path / "client.db",
        ).result()  # fmt: skip
    ops = Operations(session.store, session.actor, session.engine)
    ctx = AppContext(
        store=session.store, actor=session.actor, ops=ops, settings=settings, undo=UndoStack(),
        engine=session.engine, bridge=bridge, demo=True, tenant_name=session.tenant_name,
    )  # fmt: skip
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    try:
        session.engine.start(3600)
        qtbot.waitUntil(lambda: window.sync_status.text().startswith("● Online"), timeout=20_000)
        assert not window.sync_status.demo.isHidden()
        with gui_guard.allowed(), session.store.engine.connect() as conn:
            pid = conn.exec_driver_sql("SELECT id FROM person LIMIT 1").scalar_one()
        edit_person(parent=None, person_id=pid, changes={"title": (None, "Studierektor")}).run(ops)
        qtbot.waitUntil(lambda: "pending" not in window.sync_status.text(), timeout=20_000)
        qtbot.waitUntil(lambda: window.sync_status.text().startswith("● Online"), timeout=20_000)
        with gui_guard.allowed():
            assert session.store.pending_count() == 0
            assert session.store.rejected_count() == 0  # applied by the server, not refused
    finally:
        ops.shutdown(wait=True)
        session.engine.close()
        session.client.close()
        with gui_guard.allowed():
            session.store.close()


def test_resume_after_a_cache_rebuild_fills_the_cache_and_its_index(
    demo_server, tmp_path, gui_guard
) -> None:
    """After an upgrade the cache is rebuilt empty (the outbox stays); resuming with the
    remembered sign-in syncs it again before the desktop's index is built on it."""
    from desktop import local_index
    from desktop.session import resume, sign_in
    from sync.local_keys import LocalKeys
    from sync.store import ClientStore

    user = admin_user(demo_server)
    path = tmp_path / "account.db"
    with gui_guard.allowed():  # no Qt here: the session functions run on this thread
        first = sign_in(demo_server["url"], user["email"], user["password"], db_path=path)
        token = first.client.token
        first.engine.close()
        first.client.close()
        first.store.close()
        old = ClientStore(path, key=LocalKeys().known(path))  # encrypted by sign_in
        old.rebuild_cache()  # what a newer app does with a cache of an older model
        old.close()

        session = resume(demo_server["url"], user["email"], token, db_path=path)
        try:
            with session.store.engine.connect() as con:
                registrations = con.exec_driver_sql(
                    "SELECT count(*) FROM registration WHERE deleted_at IS NULL"
                ).scalar_one()
                sort_keys = con.exec_driver_sql(
                    f"SELECT count(*) FROM {local_index.SORT_TABLE}"
                ).scalar_one()
            assert session.store.last_sync_at() is not None and not session.offline
            assert registrations > 1000 and sort_keys == registrations
            assert not local_index.prepare(session.store), "the index was not complete"
        finally:
            session.engine.close()
            session.client.close()
            session.store.close()
