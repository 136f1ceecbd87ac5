"""The real server for the web view tests, and the desktop signed in to it.

``web_server(tmp)`` starts ``python -m server serve`` (SQLite file) whose
public address is its own, so the handover URLs the web view opens point at
it. ``signed_in(...)`` signs the desktop in on a worker thread (network and
database work never run on the GUI thread, also not in tests) and returns
the app context with the real executors, engine and sync bridge.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from desktop.context import AppContext
from desktop.operations import Operations
from desktop.operations.undo import UndoStack
from desktop.session import Session, sign_in
from desktop.settings import Settings
from desktop.sync_bridge import SyncBridge
from tests.utils.servers import LiveServer, free_port

T = TypeVar("T")
SECRET = "desktop-web-view-tests-secret-key"


def in_thread(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run ``fn`` on a worker thread and wait for its result (set-up work off the GUI thread)."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(fn, *args, **kwargs).result()


def web_server(folder: Path) -> LiveServer:
    """The server on a fresh SQLite file, its links pointing at itself, no mail worker."""
    port = free_port()
    env = {
        "KANSLI_PUBLIC_BASE_URL": f"http://127.0.0.1:{port}",
        "KANSLI_SECRET_KEY": SECRET,
        "KANSLI_LOG_LEVEL": "WARNING",
        "KANSLI_RUN_WORKER": "0",
    }
    return LiveServer(f"sqlite:///{folder / 'server.db'}", port=port, env=env).start()


@contextmanager
def signed_in(
    server_url: str, email: str, password: str, db_path: Path, settings: Settings
) -> Iterator[tuple[AppContext, Session]]:
    """The desktop signed in as ``email`` (first sync done), its context, then closed."""
    bridge = SyncBridge()
    session = in_thread(sign_in, server_url, email, password, bridge=bridge, db_path=db_path)
    ops = Operations(session.store, session.actor, session.engine)
    ctx = AppContext(
        store=session.store,
        actor=session.actor,
        ops=ops,
        settings=settings,
        undo=UndoStack(),
        engine=session.engine,
        bridge=bridge,
        tenant_name=session.tenant_name,
        server_url=session.server_url,
    )
    bridge.on_state(session.engine.state)
    try:
        yield ctx, session
    finally:
        ops.shutdown(wait=True)
        in_thread(session.engine.close)
        session.client.close()
        in_thread(session.store.close)
