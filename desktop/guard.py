"""The GUI-thread guard: catches database queries and HTTP requests made on the GUI thread.

ARCHITECTURE.md: no database or network work on the GUI thread. The guard
listens to every SQLAlchemy engine (``before_cursor_execute``) and wraps
urllib3's ``urlopen`` (what ``requests`` uses) and ``http.client``; a call on
the guarded thread is recorded and raised. Tests switch it on for every Qt
test (tests/desktop/conftest.py) and fail a test that recorded a violation;
``KANSLI_GUI_GUARD=1`` switches it on in the running app.
"""

from __future__ import annotations

import http.client
import logging
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import urllib3.connectionpool
from sqlalchemy import event
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)


class GuiThreadViolation(RuntimeError):
    """Database or network work was started on the GUI thread."""


class GuiThreadGuard:
    """Records (and raises on) I/O on one thread, the GUI thread."""

    def __init__(self, gui_thread_ident: int | None = None, *, raise_errors: bool = True) -> None:
        self.gui_thread_ident = gui_thread_ident or threading.main_thread().ident
        self.raise_errors = raise_errors
        self.violations: list[str] = []
        self._allowed = 0
        self._installed = False
        self._saved: list[tuple[type, str, Callable[..., object]]] = []

    # -- switching on and off -------------------------------------------------

    def install(self) -> GuiThreadGuard:
        if self._installed:
            return self
        event.listen(Engine, "before_cursor_execute", self._on_sql)
        self._wrap(urllib3.connectionpool.HTTPConnectionPool, "urlopen", "HTTP request")
        self._wrap(http.client.HTTPConnection, "request", "HTTP request")
        self._installed = True
        return self

    def uninstall(self) -> None:
        if not self._installed:
            return
        event.remove(Engine, "before_cursor_execute", self._on_sql)
        for owner, name, original in reversed(self._saved):
            setattr(owner, name, original)
        self._saved.clear()
        self._installed = False

    @contextmanager
    def allowed(self) -> Iterator[None]:
        """Let the guarded thread do I/O on purpose (test set-up and checks)."""
        self._allowed += 1
        try:
            yield
        finally:
            self._allowed -= 1

    # -- checks ---------------------------------------------------------------

    def on_gui_thread(self) -> bool:
        return threading.get_ident() == self.gui_thread_ident and not self._allowed

    def _violation(self, what: str) -> None:
        stack = "".join(traceback.format_stack(limit=14)[:-2])
        self.violations.append(f"{what} on the GUI thread\n{stack}")
        log.warning("%s on the GUI thread\n%s", what, stack)
        if self.raise_errors:
            raise GuiThreadViolation(f"{what} on the GUI thread")

    def _on_sql(self, _conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if self.on_gui_thread():
            self._violation(f"database query {statement.split(chr(10))[0][:80]!r}")

    def _wrap(self, owner: type, name: str, what: str) -> None:
        original = getattr(owner, name)
        guard = self

        def guarded(*args: object, **kwargs: object) -> object:
            if guard.on_gui_thread():
                guard._violation(what)
            return original(*args, **kwargs)

        guarded.__wrapped__ = original  # type: ignore[attr-defined]
        self._saved.append((owner, name, original))
        setattr(owner, name, guarded)
