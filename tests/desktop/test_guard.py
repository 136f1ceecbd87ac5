"""The GUI-thread guard catches database and HTTP work on the GUI thread, and only there."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests
from sqlalchemy import text

from desktop.guard import GuiThreadGuard, GuiThreadViolation


class _Ok(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def http_url():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Ok)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture
def own_guard(gui_guard, store):
    """A second guard under test; the autouse one is told these violations are on purpose."""
    gui_guard.uninstall()
    guard = GuiThreadGuard().install()
    yield guard
    guard.uninstall()
    gui_guard.install()


def test_query_on_gui_thread_is_a_violation(own_guard, store) -> None:
    with pytest.raises(Exception) as info, store.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    assert isinstance(info.value, GuiThreadViolation) or "GUI thread" in str(info.value)
    assert len(own_guard.violations) == 1
    assert "database query" in own_guard.violations[0]


def test_query_on_worker_thread_is_fine(own_guard, store) -> None:
    def query() -> int:
        with store.engine.connect() as conn:
            return int(conn.execute(text("SELECT 41 + 1")).scalar_one())

    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(query).result() == 42
    assert own_guard.violations == []


def test_http_request_on_gui_thread_is_a_violation(own_guard, http_url) -> None:
    with pytest.raises(GuiThreadViolation):
        requests.get(http_url, timeout=5)
    assert any("HTTP request" in v for v in own_guard.violations)
    with ThreadPoolExecutor(1) as pool:
        own_guard.violations.clear()
        assert pool.submit(lambda: requests.get(http_url, timeout=5).text).result() == "ok"
    assert own_guard.violations == []


def test_allowed_block_lets_set_up_code_query(own_guard, store) -> None:
    with own_guard.allowed(), store.engine.connect() as conn:
        assert conn.execute(text("SELECT 1")).scalar_one() == 1
    assert own_guard.violations == []


def test_uninstall_removes_every_hook(store) -> None:
    guard = GuiThreadGuard().install()
    guard.uninstall()
    # the autouse guard still watches: use a worker to prove this guard saw nothing
    with ThreadPoolExecutor(1) as pool:
        pool.submit(lambda: store.get_state("cursor")).result()
    assert guard.violations == []
