"""The server's database handle: engine, sessions, and what every server flush does.

Server sessions differ from the client's in one way: before each flush the
guards of :mod:`server.services.guards` run, and every written synced row
gets its ``server_seq`` (:mod:`server.services.seq`). The listener is bound to
this sessionmaker only, so the client store (same models, same commands)
never assigns server sequence numbers.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from server.db import make_engine, make_sessionmaker
from server.services.approval import end_outstanding_links
from server.services.guards import check_flush
from server.services.seq import assign_server_seq, written_synced_rows


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    # ``session.new`` builds a new set on every access: taken once, not once per row
    # (per row, a 50,000-row import spent its time rebuilding it: quadratic).
    added = session.new
    written = written_synced_rows(session)
    new = [o for o in written if o in added]
    changed = [o for o in written if o not in added]
    check_flush(session, new, changed)
    end_outstanding_links(session)
    assign_server_seq(session, [*new, *changed])


class Database:
    """Engine and session factory of one server database."""

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = url
        if url.startswith("postgresql"):
            engine_kwargs.setdefault("pool_size", 10)
            engine_kwargs.setdefault("max_overflow", 30)
        self.engine: Engine = make_engine(url, **engine_kwargs)
        self.sessions: sessionmaker[Session] = make_sessionmaker(self.engine)
        event.listen(self.sessions, "before_flush", _before_flush)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        with self.sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
