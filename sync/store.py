"""The client's local database: one SQLite file per account.

It holds a cache of the synced tables (rebuildable from the server at any
time) and the outbox of commands not yet acknowledged (never rebuilt, only
migrated: it is the user's unsent work).

Opening a store checks two versions kept in ``sync_state``:

- the *cache fingerprint*, a hash of the synced tables' DDL: when the app's
  models changed, the cache tables are dropped and recreated empty and the
  pull cursor is reset, while the outbox stays as it is;
- the *outbox version*: a store written by a newer app is refused with a
  clear message instead of being damaged.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Engine,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
from sqlalchemy.schema import CreateTable

import models  # noqa: F401  (registers every table)
import models.commands  # noqa: F401  (registers every command)
from models.base import Base, UTCDateTime
from models.commands import Actor, Command, Outcome
from models.ids import utcnow

OUTBOX_VERSION = 1


class StoreError(Exception):
    """The local database cannot be used as it is; the message says why."""


class ClientBase(DeclarativeBase):
    metadata = MetaData()


class OutboxEntry(ClientBase):
    """A command applied locally and not yet acknowledged by the server."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    command_id: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    version: Mapped[int] = mapped_column(Integer)
    args: Mapped[str] = mapped_column(Text)  # JSON
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)

    def envelope(self) -> dict[str, Any]:
        return {
            "id": self.command_id,
            "name": self.name,
            "version": self.version,
            "args": json.loads(self.args),
            "issued_at": self.issued_at.isoformat(),
        }


class Rejection(ClientBase):
    """A command the server refused: kept, with the server's word and rows, until the user acts."""

    __tablename__ = "rejection"

    command_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    envelope: Mapped[str] = mapped_column(Text)
    code: Mapped[str] = mapped_column(String(40))
    message: Mapped[str] = mapped_column(Text)
    details: Mapped[str] = mapped_column(Text, default="{}")
    server_rows: Mapped[str] = mapped_column(Text, default="{}")
    rejected_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: open | discarded | retried
    state: Mapped[str] = mapped_column(String(12), default="open")


class PendingRow(ClientBase):
    """A synced row touched by a command still in the outbox (shown as pending)."""

    __tablename__ = "pending_row"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    command_id: Mapped[str] = mapped_column(
        ForeignKey("outbox.command_id", ondelete="CASCADE"), primary_key=True
    )


class SyncState(ClientBase):
    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


def synced_metadata_tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.info.get("synced")]


def cache_fingerprint() -> str:
    """A hash of the synced tables' SQLite DDL; changes whenever a model does."""
    from sqlalchemy.dialects import sqlite

    ddl = "\n".join(
        str(CreateTable(t).compile(dialect=sqlite.dialect())) for t in synced_metadata_tables()
    )
    return hashlib.sha256(ddl.encode()).hexdigest()[:16]


def _sqlite_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}", connect_args={"timeout": 30, "check_same_thread": False}
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    return engine


class ClientStore:
    """The local SQLite file of one account: cache, outbox and sync state."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.engine = _sqlite_engine(self.path)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.rebuilt_cache = False
        self._open()

    # -- schema -------------------------------------------------------------

    def _open(self) -> None:
        ClientBase.metadata.create_all(self.engine)
        with self.session() as s:
            found = s.get(SyncState, "outbox_version")
            if found is not None and int(found.value) > OUTBOX_VERSION:
                raise StoreError(
                    f"The local database {self.path} was written by a newer Kansli "
                    f"(outbox version {found.value}, this version understands "
                    f"{OUTBOX_VERSION}). Update Kansli; your unsent work is kept in that file."
                )
            fingerprint = s.get(SyncState, "cache_fingerprint")
        if fingerprint is None or fingerprint.value != cache_fingerprint():
            self.rebuild_cache()
        with self.session() as s:
            self._set(s, "outbox_version", str(OUTBOX_VERSION))

    def rebuild_cache(self) -> None:
        """Drop and recreate the cached tables and reset the cursor. The outbox stays."""
        tables = synced_metadata_tables()
        with self.engine.connect() as conn:
            # Outside any transaction: SQLite ignores this pragma inside one.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
            with conn.begin():
                Base.metadata.drop_all(conn, tables=list(reversed(tables)))
                Base.metadata.create_all(conn, tables=tables)
                conn.execute(delete(PendingRow))
                conn.execute(
                    delete(SyncState).where(SyncState.key.in_(["cursor", "cache_fingerprint"]))
                )
                conn.execute(
                    insert(SyncState).values(key="cache_fingerprint", value=cache_fingerprint())
                )
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()
        self.rebuilt_cache = True

    # -- sessions and state -------------------------------------------------

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        with self.sessions() as s, s.begin():
            yield s

    @staticmethod
    def _set(session: Session, key: str, value: str) -> None:
        row = session.get(SyncState, key)
        if row is None:
            session.add(SyncState(key=key, value=value))
        else:
            row.value = value

    def get_state(self, key: str, default: str | None = None) -> str | None:
        with self.sessions() as s:
            row = s.get(SyncState, key)
            return row.value if row is not None else default

    def set_state(self, key: str, value: str) -> None:
        with self.session() as s:
            self._set(s, key, value)

    # -- local writes -------------------------------------------------------

    def execute(self, command: Command[Any], actor: Actor) -> Outcome:
        """Apply ``command`` locally and append it to the outbox, in one transaction.

        Rows the command concerns are marked pending until the server answers.
        A domain error leaves the database as it was and is raised.
        """
        with self.session() as s:
            outcome = command.apply(s, actor)
            env = command.envelope()
            s.add(
                OutboxEntry(
                    command_id=command.id,
                    name=command.name,
                    version=command.version,
                    args=json.dumps(env["args"], ensure_ascii=False),
                    issued_at=command.issued_at,
                )
            )
            s.flush()
            for table, row_id in outcome.concerns:
                s.merge(PendingRow(table_name=table, row_id=row_id, command_id=command.id))
        return outcome

    def outbox(self, limit: int | None = None) -> list[OutboxEntry]:
        with self.sessions() as s:
            q = select(OutboxEntry).order_by(OutboxEntry.seq)
            if limit is not None:
                q = q.limit(limit)
            return list(s.scalars(q))

    def pending_count(self) -> int:
        with self.sessions() as s:
            return int(s.scalar(select(func.count()).select_from(OutboxEntry)) or 0)

    def open_rejections(self) -> list[Rejection]:
        with self.sessions() as s:
            q = select(Rejection).where(Rejection.state == "open").order_by(Rejection.rejected_at)
            return list(s.scalars(q))

    def now(self) -> datetime:
        return utcnow()

    def close(self) -> None:
        self.engine.dispose()
