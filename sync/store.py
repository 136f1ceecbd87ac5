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

**Server truth and local speculation.** The live tables always hold the
server's truth as last pulled *plus* the effects of the commands in the
outbox. To be able to take the speculative part back, the first local write
to a row (inside :meth:`ClientStore.execute`) copies the row's previous
state into a *base* shadow table (``base__<table>``, filled by triggers;
``row_base`` lists the rows, ``existed = 0`` for rows a command created).
Server rows that arrive for a row with a base replace the base, not the
live row. When the server has answered every command (the outbox is empty)
or refused one, :meth:`ClientStore.record_push_results` *rebases*: restores
all bases (the server's truth), drops rows that only local commands made,
and replays the remaining outbox on top. So a refused command's local
effects disappear, commands that depended on it are re-derived, and nothing
the server never confirmed can stay behind silently.

Three SQLAlchemy engines share the file: ``engine`` for reads (deferred
transactions, never blocks on a writer in WAL mode), one for local writes
(``BEGIN IMMEDIATE``, foreign keys on) and one for the sync engine's bulk
writes (``BEGIN IMMEDIATE``, foreign keys off: the server is the authority on
integrity, and a pulled child may refer to a parent that was deleted before
this client ever saw it).
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any, Protocol, cast

try:
    import fcntl
except ImportError:  # not POSIX: one process per file is assumed there
    fcntl = None  # type: ignore[assignment]

from sqlalchemy import (
    Connection,
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
    or_,
    select,
    update,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
from sqlalchemy.schema import CreateTable
from sqlalchemy.sql.elements import ColumnElement

import models.commands  # noqa: F401  (registers every table and command)
from models.base import Base, SyncMixin, UTCDateTime
from models.commands import Actor, Command, Outcome, build, from_envelope
from models.commands.base import ROW_WRITER, collector_paused, insert_rows
from models.errors import DomainError
from models.files import private_dir, private_sqlite
from models.ids import new_id, utcnow
from models.visibility import (
    PERSONAL_TABLES,
    may_read_table,
    personal_values,
    redact_details,
    redact_row,
    redact_text,
)
from sync import bulk, cipher, erasure, views
from sync.batching import BatchingSession
from sync.changes import Changes, server_row_keys
from sync.journal import CommandJournal, journal_kind, journal_path
from sync.recovery import (
    ACCOUNT_KEYS,
    RECOVERED_KEY,
    StoreRecovered,
    is_damage,
    recover_if_needed,
    remove_plain_asides,
)
from sync.rows import quote, storage_datetime, table_specs
from sync.views import OpenRejection, QueuedCommand

log = logging.getLogger(__name__)

OUTBOX_VERSION = 1
#: ``sync_state`` key set when a pulled page started the view over (roles changed):
#: the account's roles are to be asked again (``SyncEngine``), then the key is removed.
VIEW_RESET = "view_reset"
#: ``sync_state`` key: the view (``/me``'s ``view``, as pull cursors name it) of the recorded
#: roles. While the cursor's view is another, the roles may not be the cache's: the reset
#: note stays (or is set) and the engine asks ``/me`` again.
ROLES_VIEW = "roles_view"
#: Bump when the store's own layout of the cache (base tables, triggers) changes.
CACHE_LAYOUT = 2
#: Commands of :meth:`ClientStore.execute_many` whose rows are written in one flush: few
#: enough that what each command's apply walks of the pending rows stays small.
_FLUSH_EVERY = 50


class StoreError(Exception):
    """The local database cannot be used as it is; the message says why."""


class WrongKey(StoreError):
    """The key given does not open the (encrypted) local database."""


class InUse(StoreError):
    """The plain local database is open in another Kansli: not encrypted under it."""


class DiskFull(StoreError):
    """The disk is full (or the file cannot grow): nothing was half-saved."""


#: errno values of a disk (or quota, or file-size limit) that takes no more bytes.
_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
_SQLITE_FULL = 13
#: SQLite's code for a failed write(2) other than ENOSPC: EFBIG and EDQUOT come out so.
_SQLITE_IOERR_WRITE = 778
#: SQLite's primary I/O error: ``sqlcipher3`` turns on no extended result codes, so a
#: failed write (EFBIG, EDQUOT) of an encrypted store comes out as this alone.
_SQLITE_IOERR = 10


def is_disk_full(exc: BaseException) -> bool:
    """Whether ``exc`` (or what caused it) says the disk takes no more bytes."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, DiskFull):
            return True
        if isinstance(current, OSError) and current.errno in _FULL_ERRNOS:
            return True
        if isinstance(current, cipher.SQLITE_ERRORS):
            code = getattr(current, "sqlite_errorcode", None)
            if code is not None and (code & 0xFF == _SQLITE_FULL or code == _SQLITE_IOERR_WRITE):
                return True
            if code == _SQLITE_IOERR and isinstance(current, cipher.DBAPI.Error):
                return True
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else current.__cause__
    return False


@contextmanager
def disk_full_said(what: str) -> Iterator[None]:
    """Turn a full disk inside the block into :class:`DiskFull` saying ``what`` was not done."""
    try:
        yield
    except DiskFull:
        raise
    except Exception as exc:
        if is_disk_full(exc):
            raise DiskFull(f"The disk is full: {what}; free some space") from exc
        raise


class NotQueued(StoreError):
    """The command is not in the outbox (already answered by the server): it cannot be withdrawn."""


class InDoubt(StoreError):
    """The command was sent but its answer was lost, and the server cannot be asked now.

    The server may have carried it out: it can be taken back only once the server
    says it had not (back online).
    """


class InDoubtUntilUpdated(InDoubt):
    """In doubt, and the server cannot be asked by this version: it takes requests only
    from Kansli ``oldest`` or later (426 ``client_too_old``); an update lets it be undone."""

    def __init__(self, message: str, *, oldest: str) -> None:
        super().__init__(message)
        self.oldest = oldest


class AlreadyOnServer(NotQueued):
    """The server had already carried the command out (its answer had been lost).

    ``result`` is the server's first answer, ``envelope`` the command, ``reverse``
    the command that would reverse it (:func:`sync.reverse.reverse_command`) or None.
    """

    def __init__(
        self,
        message: str,
        *,
        envelope: Mapping[str, Any],
        result: Mapping[str, Any],
        reverse: Any = None,
    ) -> None:
        super().__init__(message)
        self.envelope = dict(envelope)
        self.result = dict(result)
        self.reverse = reverse


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


class PushSent(ClientBase):
    """A queued command sent in a push whose answer has not arrived: *in doubt*.

    Marked before the push is sent and cleared when an answer records it (or a
    refusal of the whole request shows it was not applied). A mark left by a lost
    answer means the server may have applied the command: it cannot be withdrawn
    locally before the server is asked (:meth:`sync.engine.SyncEngine.withdraw`).
    """

    __tablename__ = "push_sent"

    command_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime())


#: The cursor that makes the next pull start over with ``"reset"`` (a plain number: no view).
RESTART_CURSOR = "1"

#: How long an applied command is kept after the server's answer (:class:`PushedCommand`):
#: a restore of the server from a backup up to this old loses none of this client's work.
KEEP_PUSHED_DAYS = 14


class PushedCommand(ClientBase):
    """A command the server applied, kept :data:`KEEP_PUSHED_DAYS` after its answer.

    Should the server be restored from a backup taken before the answer, the command is
    lost there; a pull then says ``"restored"`` and the engine sends again the kept
    commands the server no longer knows (:meth:`ClientStore.requeue_lost`).
    """

    __tablename__ = "pushed"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    command_id: Mapped[str] = mapped_column(String(36), unique=True)
    envelope: Mapped[str] = mapped_column(Text)  # JSON, as pushed
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)


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

    def command(self) -> dict[str, Any]:
        """The refused command's envelope."""
        return cast(dict[str, Any], json.loads(self.envelope))

    def details_dict(self) -> dict[str, Any]:
        return cast(dict[str, Any], json.loads(self.details or "{}"))

    def rows(self) -> dict[str, list[dict[str, Any]]]:
        """The server's rows as it sent them (JSON form), by table."""
        return cast(dict[str, list[dict[str, Any]]], json.loads(self.server_rows or "{}"))


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


class RowBase(ClientBase):
    """A synced row changed by local commands since the server's truth was last taken."""

    __tablename__ = "row_base"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    #: 1: ``base__<table>`` holds the server's version; 0: only local commands made it.
    existed: Mapped[int] = mapped_column(Integer)


class SyncCapture(ClientBase):
    """One row: 1 while a local command runs, so the triggers keep pre-images."""

    __tablename__ = "sync_capture"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    enabled: Mapped[int] = mapped_column(Integer, default=0)


@dataclass(frozen=True)
class PushRecord:
    """What recording one push answer did."""

    applied: int
    rejected: int
    unanswered: int
    replayed: int
    #: The rows the answers changed locally: the server's rows taken, the rows put back
    #: to the server's truth by a rebase (and those the replay wrote again).
    changes: Changes = field(default_factory=Changes)


def synced_metadata_tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.info.get("synced")]


def cache_fingerprint() -> str:
    """A hash of the synced tables' SQLite DDL; changes whenever a model does."""
    from sqlalchemy.dialects import sqlite

    ddl = "\n".join(
        str(CreateTable(t).compile(dialect=sqlite.dialect())) for t in synced_metadata_tables()
    )
    return hashlib.sha256(f"layout {CACHE_LAYOUT}\n{ddl}".encode()).hexdigest()[:16]


def _sqlite_engine(
    path: Path, *, immediate: bool = False, foreign_keys: bool = True, key: bytes | None = None
) -> Engine:
    if key is None:
        engine = create_engine(
            f"sqlite:///{path}", connect_args={"timeout": 30, "check_same_thread": False}
        )
    else:
        # Encrypted (sync.cipher): every pooled connection is made keyed, the key its
        # first statement; SQLAlchemy's dialect is told the driver, so its errors are
        # wrapped as the standard library's are.
        engine = create_engine(
            f"sqlite:///{path}",
            module=cipher.DBAPI,
            creator=lambda: cipher.connect(path, key, timeout=30, check_same_thread=False),
        )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA synchronous=NORMAL")
        # 32 MB of page cache per connection (the default is 2 MB): a sync writes into
        # a dozen indexes per table, and a 100k-row store's indexes outgrow 2 MB. An
        # encrypted file's page outside it is decrypted (and its HMAC checked) at every
        # read; the lists' searches and sorts walk covering indexes, which fit (64 MB per
        # reader had cost 40 MB of peak memory for no faster search: participants-view).
        cur.execute("PRAGMA cache_size=-32000")
        cur.close()
        views.create_views(dbapi_conn)  # what lists may read of the outbox (sync.views)
        if immediate:
            # SQLAlchemy's recipe: let SQLAlchemy emit BEGIN itself (below).
            dbapi_conn.isolation_level = None

    if immediate:
        # A writer takes the lock when it begins, not at its first write: a
        # deferred transaction that read before another writer committed
        # would fail at once with SQLITE_BUSY instead of waiting.
        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _raw(conn: Connection) -> sqlite3.Connection:
    return cast(sqlite3.Connection, conn.connection.driver_connection)


#: Session info key: the store's :class:`BulkIndexer` list (``ClientStore.bulk_indexers``).
BULK_INDEXERS = "kansli.bulk_indexers"


class BulkIndexer(Protocol):
    """Something triggers on the synced tables keep current (the desktop's search index and
    sort keys) that can index a bulk write's rows in a few set-based statements instead
    of row by row (:func:`_indexed_at_once`): :meth:`hold` before the write (the
    indexer's triggers may then skip its rows), :meth:`written` after, with the written
    rows' ids by table (it indexes them as they now are), :meth:`stamped` with the rows of
    which the write changed only the stamps (``server_seq``, ``updated_at``,
    ``created_at``: a push answer's rows taken in place, :func:`sync.bulk.take_server_rows`),
    and :meth:`release` last, also when the write failed. All inside the writing
    transaction: a hold is never committed."""

    def hold(self, raw: sqlite3.Connection) -> None: ...

    def written(self, raw: sqlite3.Connection, ids: Mapping[str, Sequence[str]]) -> None: ...

    def stamped(self, raw: sqlite3.Connection, ids: Mapping[str, Sequence[str]]) -> None: ...

    def release(self, raw: sqlite3.Connection) -> None: ...


def _write_rows(session: Session, rows: Sequence[SyncMixin]) -> None:
    """A command's new rows, written by ``executemany`` on the session's SQLite connection
    (:func:`sync.bulk.insert_new`): SQLAlchemy's per-row parameter processing was a fifth
    of an import's local time. The store's :class:`BulkIndexer` s index them afterwards,
    all at once, instead of their triggers row by row."""
    indexers: Sequence[BulkIndexer] = session.info.get(BULK_INDEXERS) or ()
    if not indexers:
        insert_rows(session, rows, _insert_new)
        return
    # What the session holds pending is written first, while the triggers still index it.
    getattr(session, "flush_held", session.flush)()
    ids: dict[str, list[str]] = {}
    for row in rows:
        ids.setdefault(row.__tablename__, []).append(str(row.id))  # type: ignore[attr-defined]
    with _indexed_at_once(indexers, _raw(session.connection()), ids):
        insert_rows(session, rows, _insert_new)


@contextmanager
def _indexed_at_once(
    indexers: Sequence[BulkIndexer],
    raw: sqlite3.Connection,
    ids: Mapping[str, Sequence[str]],
    stamped: Mapping[str, Sequence[str]] | None = None,
) -> Iterator[None]:
    """The block's writes (of the rows ``ids``) indexed after it by ``indexers``, not by
    their triggers row by row (:class:`BulkIndexer`). ``stamped``: filled by the block
    with those of the rows of which it wrote only the stamps (told apart after it)."""
    for indexer in indexers:
        indexer.hold(raw)
    try:
        yield
        if stamped:
            only = {t: set(row_ids) for t, row_ids in stamped.items()}
            ids = {
                t: [i for i in row_ids if i not in only.get(t, ())] for t, row_ids in ids.items()
            }
        for indexer in indexers:
            indexer.written(raw, ids)
            if stamped:
                indexer.stamped(raw, stamped)
    finally:
        for indexer in indexers:
            indexer.release(raw)


def _insert_new(session: Session, table: Table, values: list[dict[str, Any]]) -> None:
    bulk.insert_new(_raw(session.connection()), table_specs()[table.name], values)


def _refill(
    path: Path,
    account: Mapping[str, str],
    envelopes: Sequence[Mapping[str, Any]],
    notice: StoreRecovered,
    *,
    key: bytes | None = None,
) -> None:
    """The new file of a recovery (:data:`sync.recovery.Refill`), checkpointed and closed
    (encrypted with ``key`` as the file it replaces)."""
    store = ClientStore(path, journal=False, key=key)
    try:
        store.requeue(account, envelopes, notice)
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
        # The key's check is recorded beside the database once the new file takes its name.
        cipher.sidecar_path(path).unlink(missing_ok=True)


def _check_key(path: Path, key: bytes) -> None:
    """Refuse ``key`` when it is not the key of the existing file ``path`` (before the
    recovery, which would take a file it cannot read for a damaged one)."""
    cipher.discard_unfinished(path)
    if not cipher.is_encrypted(path):
        return  # new, or plain (encrypted at this open)
    matches = cipher.key_matches(path, key)
    if matches is None:
        # No check recorded (its sidecar was removed): a file this key cannot read is
        # refused, never taken for damage.
        matches = cipher.opens(path, key)
    if not matches:
        raise WrongKey(
            f"The local database {path.name} cannot be opened with the key given: it was "
            "encrypted with another one. Sign in with your password; nothing was changed."
        )


def _locked_without_key(path: Path) -> bool:
    """Whether ``path`` (or its journal) is encrypted, so that opening it without a key
    must be refused: a journal with sealed lines, or a non-empty file that is not plain
    SQLite unless its check is absent and its journal is plain (a plain file whose
    header was damaged: the recovery's)."""
    kind = journal_kind(journal_path(path))
    if kind == "sealed":
        return True
    if not cipher.is_encrypted(path):
        return False
    return cipher.has_check(path) or kind != "plain"


@contextmanager
def _opening_lock(path: Path, exclusive: bool) -> Iterator[None]:
    """With ``exclusive``: an exclusive ``flock`` on ``<db>.lock`` (0600) while the file is
    checked, recovered and encrypted, so that a second Kansli opening the same file
    waits (and then finds it encrypted) instead of encrypting or recovering it too."""
    if not exclusive or fcntl is None:
        yield
        return
    lock = path.with_name(path.name + ".lock")
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _plain_era(path: Path, key: bytes | None) -> bool:
    """Whether the journal of ``path`` may hold plain lines at this open: without a key;
    with one, while the database is still plain, or lost with a journal never sealed."""
    if key is None or cipher.is_plain(path):
        return True
    lost = not path.exists() or path.stat().st_size == 0
    return lost and journal_kind(journal_path(path)) == "plain"


class ClientStore:
    """The local SQLite file of one account: cache, outbox and sync state."""

    #: Whether :data:`VIEW_RESET` is set, once known (:meth:`view_reset_pending`).
    _view_reset: bool | None = None

    def __init__(self, path: Path | str, *, journal: bool = True, key: bytes | None = None) -> None:
        """``key``: the file is encrypted with it (:mod:`sync.cipher`; a plain file is
        encrypted at this open); None: a plain SQLite file (tools, tests, benchmarks)."""
        self.path = Path(path)
        #: Whether the file is encrypted (the key itself is not kept on the store).
        self.encrypted = key is not None
        # The account's data (people, personnummer, the outbox): its owner's alone. The
        # files are made 0600 below; a folder the user chose is created private but an
        # existing one is left as it is (it may be /tmp or their documents).
        private_dir(self.path.parent, tighten_existing=False)
        # (Not for the new file a recovery fills: it is made under the lock of the one it replaces.)
        with _opening_lock(self.path, key is not None and journal):
            self._prepare(key, journal)
        private_sqlite(self.path)
        self.engine = _sqlite_engine(self.path, key=key)
        self._write_engine = _sqlite_engine(self.path, immediate=True, key=key)
        self._sync_engine = _sqlite_engine(self.path, immediate=True, foreign_keys=False, key=key)
        # A command's rows written in bulk (``CommandContext.write_rows``) go straight to
        # SQLite (:func:`_write_rows`).
        #: What indexes a bulk write's rows at once (:class:`BulkIndexer`; the desktop's
        #: ``local_index.prepare`` adds its own).
        self.bulk_indexers: list[BulkIndexer] = []
        info = {ROW_WRITER: _write_rows, BULK_INDEXERS: self.bulk_indexers}
        self.sessions = sessionmaker(self.engine, expire_on_commit=False, info=info)
        self._write_sessions = sessionmaker(self._write_engine, expire_on_commit=False, info=info)
        self._batch_sessions = sessionmaker(
            self._write_engine, class_=BatchingSession, expire_on_commit=False, info=info
        )
        self.rebuilt_cache = False
        self._closed = self._suspected = False
        for engine in (self.engine, self._write_engine, self._sync_engine):
            event.listen(engine, "handle_error", self._on_error)
        try:
            with disk_full_said("the local database could not be opened"):
                self._open()
        except BaseException:
            self._closed = True  # not a clean session: no "closed" note
            self.close()
            raise
        if self.journal is not None:
            try:
                self._sync_journal()
            except Exception as exc:
                # The journal as it is stays valid (the healthy file is the truth).
                if not is_disk_full(exc):
                    raise
                log.warning("the journal could not be rewritten: the disk is full")

    def _prepare(self, key: bytes | None, journal: bool) -> None:
        """Before the engines: the key checked, the journal opened, a damaged or lost file
        recovered, a plain one encrypted (with a key: under :func:`_opening_lock`)."""
        if key is not None:
            _check_key(self.path, key)
        elif _locked_without_key(self.path):
            # Encrypted (by its check, its sealed journal, or a header that is not SQLite's
            # with no plain journal to say it was plain), not damaged: the recovery must
            # not take it for a damaged file, nor drop the journal's sealed lines.
            raise WrongKey(
                f"The local database {self.path.name} is encrypted: it opens only with "
                "its key. Sign in with your password; nothing was changed."
            )
        #: Encrypted at this open: the damaged copies a plain era put aside go too.
        was_plain = key is not None and cipher.is_plain(self.path)
        #: The command journal beside the file (:mod:`sync.journal`); None only for the
        #: new file a recovery fills.
        self.journal = (
            CommandJournal(journal_path(self.path), key=key, plain_lines=_plain_era(self.path, key))
            if journal
            else None
        )
        if self.journal is not None:
            # Before the file is created: a lost file is recovered from its journal.
            with disk_full_said("the damaged local database could not be rebuilt"):
                recover_if_needed(self.path, self.journal, partial(_refill, key=key), key=key)
        if key is not None:
            with disk_full_said("the local database could not be encrypted"):
                if cipher.is_plain(self.path):
                    log.info("encrypting the local database %s", self.path.name)
                    try:
                        cipher.encrypt_plain(self.path, key)
                    except cipher.FileInUse as exc:
                        raise InUse(
                            f"The local database {self.path.name} is open in another Kansli "
                            "window: close it and try again. Nothing was changed."
                        ) from exc
                if was_plain:
                    remove_plain_asides(self.path)
                cipher.remember_check(self.path, key)

    def _on_error(self, context: Any) -> None:
        """Every statement error of the three engines: damage is noted for the next open."""
        if is_damage(context.original_exception):
            self.suspect_damage()

    # -- the command journal and recovery ---------------------------------------

    def _journal_snapshot(self, conn: Connection) -> tuple[dict[str, str], list[dict[str, Any]]]:
        """The account and every command not done with: open refusals, then the outbox."""
        account = {
            str(k): str(v)
            for k, v in conn.execute(
                select(SyncState.key, SyncState.value).where(SyncState.key.in_(ACCOUNT_KEYS))
            )
        }
        refused = conn.execute(
            select(Rejection.envelope)
            .where(Rejection.state == "open")
            .order_by(Rejection.rejected_at)
        ).scalars()
        envelopes = [json.loads(env) for env in refused]
        envelopes += [_envelope(entry) for entry in _outbox_rows(conn)]
        return account, envelopes

    def _sync_journal(self) -> None:
        """Rewrite the journal to mirror this (healthy) file, under its write lock."""
        assert self.journal is not None
        with self._sync_engine.begin() as conn:
            self.journal.rewrite(*self._journal_snapshot(conn))

    def requeue(
        self,
        account: Mapping[str, str],
        envelopes: Sequence[Mapping[str, Any]],
        notice: StoreRecovered | None = None,
    ) -> None:
        """Fill a new file after a recovery: account, commands (same ids, in order), notice."""
        with self.session() as s:
            for key, value in account.items():
                self._set(s, key, value)
            for env in envelopes:
                s.add(
                    OutboxEntry(
                        command_id=str(env["id"]),
                        name=str(env["name"]),
                        version=int(env["version"]),
                        args=json.dumps(env["args"], ensure_ascii=False),
                        issued_at=_aware(datetime.fromisoformat(str(env["issued_at"]))),
                    )
                )
                # The damaged file may have sent it with the answer lost: in doubt, so an
                # undo asks the server first (SyncEngine.withdraw).
                s.merge(PushSent(command_id=str(env["id"]), sent_at=utcnow()))
            if notice is not None:
                self._set(s, RECOVERED_KEY, notice.to_json())
            if self.journal is not None:
                self.journal.queued(envelopes)

    def recovery(self) -> StoreRecovered | None:
        """The recovery that made this file, until :meth:`acknowledge_recovery` (user told)."""
        value = self.get_state(RECOVERED_KEY)
        return StoreRecovered.from_json(value) if value else None

    def acknowledge_recovery(self) -> None:
        """The user has been told about the recovery: forget the notice."""
        with self.session() as s:
            s.execute(delete(SyncState).where(SyncState.key == RECOVERED_KEY))

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
        self.prune_pushed()
        with self._sync_engine.connect() as conn:
            complete = bulk.layout_complete(_raw(conn))
        if not complete:
            with self._sync_engine.begin() as conn:
                bulk.create_layout(_raw(conn))

    def rebuild_cache(self) -> None:
        """Drop and recreate the cached tables and reset the cursor. The outbox stays."""
        tables = synced_metadata_tables()
        # On the sync engine: foreign keys are off there, and toggling the
        # pragma on a pooled connection inside a transaction would be a no-op.
        with self._sync_engine.begin() as conn:
            Base.metadata.drop_all(conn, tables=list(reversed(tables)))
            Base.metadata.create_all(conn, tables=tables)
            conn.execute(delete(PendingRow))
            conn.execute(
                delete(SyncState).where(
                    SyncState.key.in_(["cursor", "cache_fingerprint", "last_sync_at"])
                )
            )
            conn.execute(
                insert(SyncState).values(key="cache_fingerprint", value=cache_fingerprint())
            )
            bulk.drop_layout(_raw(conn))
            bulk.create_layout(_raw(conn))
        self.rebuilt_cache = True

    # -- sessions and state -------------------------------------------------

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A write session in one transaction: committed on success, rolled back on error.

        The transaction takes SQLite's write lock when it begins. For reads
        that should never wait on a writer use :attr:`sessions`.
        """
        with self._write_sessions() as s, s.begin():
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

    def cursor(self) -> str:
        """The pull cursor: where the next pull continues ("" before the first page)."""
        return self.get_state("cursor") or ""

    def last_sync_at(self) -> datetime | None:
        """When a pull last caught up with the server."""
        value = self.get_state("last_sync_at")
        return datetime.fromisoformat(value) if value else None

    def remember_account(
        self,
        *,
        server_url: str,
        user: Mapping[str, Any],
        tenant: Mapping[str, Any],
        roles: Sequence[str],
        view: str | None = None,
    ) -> bool:
        """Record whose data this file holds (from login or ``/me``).

        A file holds one account's data: a different server, user or tenant
        is refused, so one tenant's cache never mixes with another's. ``view`` is the
        view of ``roles`` (``/me``'s ``view``): when the cursor's is another, the cache
        is not (yet) of these roles and the view-reset note is set (:data:`ROLES_VIEW`);
        returns whether it was.
        """
        other_view = False
        email = str(user.get("email", ""))
        tenant_id = str(tenant.get("id", ""))
        with self.session() as s:
            known = {r.key: r.value for r in s.scalars(select(SyncState))}
            for key, new in (
                ("server_url", server_url),
                ("user_email", email),
                ("tenant_id", tenant_id),
            ):
                old = known.get(key)
                if old and old != new:
                    raise StoreError(
                        f"The local database {self.path} holds the data of "
                        f"{known.get('user_email')} (tenant {known.get('tenant_slug') or old}) "
                        f"on {known.get('server_url')}; use another file for {email} "
                        f"on {server_url}."
                    )
            values = {
                "server_url": server_url,
                "user_email": email,
                "user_id": str(user.get("id") or ""),
                "display_name": str(user.get("display_name") or ""),
                "tenant_id": tenant_id,
                "tenant_slug": str(tenant.get("slug") or ""),
                "tenant_name": str(tenant.get("name") or ""),
                "roles": json.dumps(sorted(str(r) for r in roles)),
            }
            for key, value in values.items():
                self._set(s, key, value)
            # Roles of unknown view that changed (a sign-in) may not be the cache's either.
            at = _cursor_view(known.get("cursor") or "")
            changed = known.get("roles") != values["roles"]
            if view is not None:
                self._set(s, ROLES_VIEW, view)
            elif changed:
                s.execute(delete(SyncState).where(SyncState.key == ROLES_VIEW))
            if at is not None and (at != view if view is not None else changed):
                self._set(s, VIEW_RESET, utcnow().isoformat())
                self._view_reset = other_view = True
                # The sent commands kept against a restore were written under the old
                # roles: what they hold (names, personnummer) the new ones may not read.
                s.execute(delete(PushedCommand))
            if self.journal is not None and any(known.get(k) != v for k, v in values.items()):
                self.journal.account(values)
        return other_view

    def refresh_account(self, me: Mapping[str, Any]) -> None:
        """Record the account as ``/me`` describes it now (its roles above all) and
        clear the view-reset note (:data:`VIEW_RESET`), unless ``/me``'s view is not
        the cursor's: the roles changed again after the page that started the view
        over, so the next pull starts over once more (or, if they changed back, the
        next ``/me`` agrees with the cursor)."""
        server_url = self.get_state("server_url") or ""
        view = me.get("view")
        other_view = self.remember_account(
            server_url=server_url,
            user=me.get("user") or {},
            tenant=me.get("tenant") or {},
            roles=me.get("roles") or [],
            view=view if isinstance(view, str) else None,
        )
        reader = Roles(frozenset(str(r) for r in me.get("roles") or []))
        with self.session() as s:
            # What the server told under the old roles, kept with refused commands, as
            # the new roles may read it (models.visibility: the rule the server applies),
            # and the refused commands as typed (a personnummer written in one).
            typed = [_redact_rejection(reader, r) for r in s.scalars(select(Rejection))]
            if not other_view:
                s.execute(delete(SyncState).where(SyncState.key == VIEW_RESET))
        if any(typed) and self.journal is not None:
            self._sync_journal()  # the journal holds the refused commands as they were
        self._view_reset = other_view

    def drop_view(self) -> int:
        """Remove every cached synced row, the kept sent commands and the pull cursor, in
        one transaction; the outbox and the rejections stay. For an account that lost its
        access to the organisation (the server's ``no_access``): nothing it may no longer
        see stays in the file. Returns how many rows went.
        """
        specs = table_specs()
        with self._sync_engine.begin() as conn:
            raw = _raw(conn)
            bulk.set_capture(raw, False)
            removed = _clear_cache(raw, specs)
            for spec in specs.values():
                raw.execute(f"DELETE FROM {quote(spec.base_table)}")
            raw.execute("DELETE FROM row_base")
            # The sent commands kept against a restore hold the organisation's data too.
            raw.execute("DELETE FROM pushed")
            raw.execute("DELETE FROM sync_state WHERE key IN ('cursor', 'last_sync_at')")
            erasure.note(raw, [])
        self.scrub()
        return removed

    def scrub_pending(self) -> bool:
        """True while the file is to be scrubbed (:mod:`sync.erasure`)."""
        return self.get_state(erasure.SCRUB) is not None

    def scrub(self) -> int:
        """Remove from the file's bytes what it may no longer hold (:mod:`sync.erasure`):
        erased persons' rows and the kept commands naming them (only with the outbox
        empty; else at a later sync, and nothing else now: the rewrite would be done
        twice), the FTS indexes' old segments, free pages and the WAL. Returns how many
        rows went. Never raises for a failure of its own: the note stays and the next
        sync scrubs again."""
        removed = 0
        commands = 0
        try:
            with self._sync_engine.connect() as conn:
                raw = _raw(conn)
                raw.execute("PRAGMA secure_delete = ON")
                try:
                    with conn.begin():
                        tables = erasure.tables(raw)
                        idle = raw.execute("SELECT 1 FROM outbox LIMIT 1").fetchone() is None
                        if not idle and erasure.pending(raw):
                            return 0  # the erased persons' rows go once the outbox is sent
                        for person_id in erasure.pending(raw):
                            named = erasure.mentioned_ids(raw, person_id, tables)
                            removed += erasure.remove_person(raw, person_id, tables)
                            erasure.forget_in_rejections(raw, person_id)
                            commands += erasure.forget_in_commands(raw, named)
                        erasure.rebuild_search_indexes(raw)
                        erasure.done(raw, erasure.pending(raw))
                    if erasure.compact(raw):
                        with conn.begin():
                            erasure.scrubbed(raw)
                finally:
                    raw.execute("PRAGMA secure_delete = OFF")
            if commands and self.journal is not None:
                self._sync_journal()  # the refusals' commands, as now masked
        except _SCRUB_ERRORS as exc:
            # The note stays: the next sync scrubs again; the sync itself goes on.
            if is_disk_full(exc):
                log.warning("the local database could not be compacted: the disk is full")
            else:
                log.warning("the local database could not be scrubbed: %s", type(exc).__name__)
            return removed
        if removed:
            log.info("erased persons' rows removed from the local database: %d", removed)
        return removed

    def view_reset_pending(self) -> bool:
        """True while the roles after a view reset are still to be asked (:data:`VIEW_RESET`).

        Read from the file once per store, then kept in memory: a sync in the same view
        costs no query for it.
        """
        if self._view_reset is None:
            self._view_reset = self.get_state(VIEW_RESET) is not None
        return self._view_reset

    def actor(self) -> Actor | None:
        """The account's actor as recorded by :meth:`remember_account`, if any."""
        with self.sessions() as s:
            known = {r.key: r.value for r in s.scalars(select(SyncState))}
        if not known.get("tenant_id") or not known.get("user_email"):
            return None
        return Actor(
            tenant_id=known["tenant_id"],
            email=known["user_email"],
            roles=frozenset(json.loads(known.get("roles") or "[]")),
            user_id=known.get("user_id") or None,
            display_name=known.get("display_name") or "",
        )

    # -- local writes -------------------------------------------------------

    def execute(self, command: Command[Any], actor: Actor) -> Outcome:
        """Apply ``command`` locally and append it to the outbox, in one transaction.

        Rows the command concerns are marked pending until the server answers.
        A domain error leaves the database as it was and is raised.
        """
        with self._queueing("this change was not saved") as journal, self.session() as s:
            outcome = self._execute_in(s, command, actor)
            journal(command)
            return outcome

    def execute_many(
        self,
        commands: Sequence[Command[Any]],
        actor: Actor,
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[Outcome]:
        """Apply ``commands`` in order and append them to the outbox, all in one transaction.

        All or nothing: a domain error in any command (or an exception raised
        by ``progress(done, total)``, called after each command, e.g. to
        cancel) rolls every one of them back and is raised.
        """
        outcomes: list[Outcome] = []
        # The collector paused to the commit (models.commands.base): once on, it walked the
        # import's live rows while the outbox and the pending marks were being made.
        with (
            collector_paused(),
            self._queueing("these changes were not saved") as journal,
            self._batch_sessions() as s,
            s.begin(),
        ):
            # In bulk (an import is thousands of commands): capture on for all of them, then
            # their outbox entries (in order) and pending rows in one statement each.
            s.execute(update(SyncCapture).where(SyncCapture.id == 1).values(enabled=1))
            # The rows the commands write or read stay in the session for the later commands
            # (the identity map alone holds them weakly: a registration would read its new
            # participant, and every one its round, back from the database).
            kept: list[object] = []
            event.listen(s, "pending_to_persistent", lambda _s, row: kept.append(row))
            event.listen(s, "loaded_as_persistent", lambda _s, row: kept.append(row))
            # Their rows written a few commands at a time (sync.batching), not command by command.
            with s.holding_flushes():
                for command in commands:
                    outcomes.append(command.apply(s, actor))
                    if len(outcomes) % _FLUSH_EVERY == 0:
                        s.flush_held()
                    if progress is not None:
                        progress(len(outcomes), len(commands))
            s.execute(update(SyncCapture).where(SyncCapture.id == 1).values(enabled=0))
            conn = s.connection()  # plain inserts, not the ORM's bulk path (an import: 10^4)
            if commands:
                conn.execute(
                    insert(cast(Table, OutboxEntry.__table__)),
                    [_outbox_values(c) for c in commands],
                )
            pending = [
                {"table_name": table, "row_id": row_id, "command_id": command.id}
                for command, outcome in zip(commands, outcomes, strict=True)
                for table, row_id in outcome.concerns
            ]
            if pending:
                conn.execute(insert(cast(Table, PendingRow.__table__)), pending)
            journal(*commands)
        return outcomes

    @contextmanager
    def _queueing(self, what: str) -> Iterator[Callable[..., None]]:
        """Around a transaction that queues commands: yields the function that journals
        them (called inside the transaction, last, before it commits). If the commit
        then fails, the journal is told they never were (as far as it can be: the next
        open puts it right anyway); a full disk becomes :class:`DiskFull` (``what``)."""
        journaled: list[str] = []

        def journal(*commands: Command[Any]) -> None:
            if self.journal is not None:
                self.journal.queued([command.envelope() for command in commands])
                journaled.extend(command.id for command in commands)

        with disk_full_said(what):
            try:
                yield journal
            except BaseException:
                if journaled and self.journal is not None:
                    try:
                        self.journal.done(journaled)
                    except OSError:
                        log.warning(
                            "the journal could not note %d unsaved command(s)", len(journaled)
                        )
                raise

    def _execute_in(self, s: Session, command: Command[Any], actor: Actor) -> Outcome:
        s.execute(update(SyncCapture).where(SyncCapture.id == 1).values(enabled=1))
        outcome = command.apply(s, actor)
        s.add(OutboxEntry(**_outbox_values(command)))
        s.flush()
        for table, row_id in outcome.concerns:
            s.merge(PendingRow(table_name=table, row_id=row_id, command_id=command.id))
        s.flush()
        s.execute(update(SyncCapture).where(SyncCapture.id == 1).values(enabled=0))
        return outcome

    # -- what the desktop asks of queued and refused commands (sync.views) ------

    @contextmanager
    def _reading(self, session: Session | None) -> Iterator[Session]:
        if session is not None:
            yield session  # the caller's read transaction: one snapshot with its own reads
        else:
            with self.sessions() as s:
                yield s

    def queued_commands(
        self,
        name: str,
        key: str,
        values: Iterable[str] | None = None,
        *,
        session: Session | None = None,
    ) -> dict[str, QueuedCommand]:
        """The newest queued ``name`` command per value of its argument ``key`` (only
        ``values``, if given), in one query: ``{registration id: QueuedCommand}``."""
        with self._reading(session) as s:
            return views.queued_commands(s, name, key, values)

    def open_rejections_by(
        self,
        name: str,
        key: str,
        values: Iterable[str] | None = None,
        *,
        session: Session | None = None,
    ) -> dict[str, OpenRejection]:
        """The newest open refusal of a ``name`` command per value of its argument ``key``
        (only ``values``, if given), in one query."""
        with self._reading(session) as s:
            return views.open_rejections_by(s, name, key, values)

    def pending_ids(
        self, table: str, ids: Iterable[str] | None = None, *, session: Session | None = None
    ) -> set[str]:
        """The ids of ``table``'s rows (among ``ids``, if given) that queued commands
        touched: shown as pending until the server answers."""
        with self._reading(session) as s:
            return views.pending_ids(s, table, ids)

    def command_rows(
        self, command_id: str, *, session: Session | None = None
    ) -> list[tuple[str, str]]:
        """The ``(table, id)`` of the rows a queued command touched locally."""
        with self._reading(session) as s:
            return views.command_rows(s, command_id)

    def outbox(self, limit: int | None = None) -> list[OutboxEntry]:
        with self.sessions() as s:
            q = select(OutboxEntry).order_by(OutboxEntry.seq)
            if limit is not None:
                q = q.limit(limit)
            return list(s.scalars(q))

    def pending_count(self) -> int:
        with self.sessions() as s:
            return int(s.scalar(select(func.count()).select_from(OutboxEntry)) or 0)

    def rejected_count(self) -> int:
        """Refused commands the user has not dealt with yet."""
        with self.sessions() as s:
            q = select(func.count()).select_from(Rejection).where(Rejection.state == "open")
            return int(s.scalar(q) or 0)

    def open_rejections(self) -> list[Rejection]:
        with self.sessions() as s:
            q = select(Rejection).where(Rejection.state == "open").order_by(Rejection.rejected_at)
            return list(s.scalars(q))

    def rejection(self, command_id: str) -> Rejection | None:
        with self.sessions() as s:
            return s.get(Rejection, command_id)

    def discard_rejection(self, command_id: str) -> None:
        """The user has seen a refusal and lets it go (kept, marked discarded)."""
        with self.session() as s:
            found = s.get(Rejection, command_id)
            if found is None:
                raise StoreError(f"No refused command {command_id}")
            found.state = "discarded"
            if self.journal is not None:
                self.journal.done([command_id])

    def retry_rejection(self, command_id: str, command: Command[Any], actor: Actor) -> Outcome:
        """Queue ``command`` (a new id) in place of a refused one, in one transaction."""
        with self._queueing("this change was not saved") as journal, self.session() as s:
            found = s.get(Rejection, command_id)
            if found is None or found.state != "open":
                raise StoreError(f"No open refused command {command_id}")
            outcome = self._execute_in(s, command, actor)
            found.state = "retried"
            journal(command)
            if self.journal is not None:
                self.journal.done([command_id])
            return outcome

    def retry(self, command_id: str, args: dict[str, Any] | None, actor: Actor) -> Outcome:
        """Queue an open refused command again as a new command (a new id), with ``args``
        in place of its own when given (the user edited them); see :meth:`retry_rejection`."""
        rejection = self.rejection(command_id)
        if rejection is None:
            raise StoreError(f"No refused command {command_id}")
        env = rejection.command()
        command = build(
            str(env["name"]),
            int(env["version"]),
            args if args is not None else env["args"],
            id=new_id(),
        )
        return self.retry_rejection(command_id, command, actor)

    def mark_sent(self, command_ids: Sequence[str]) -> None:
        """Note that these commands are being pushed: in doubt until an answer comes."""
        now = utcnow()
        if command_ids:
            with self.session() as s:
                s.execute(
                    insert(PushSent).prefix_with("OR REPLACE"),
                    [{"command_id": c, "sent_at": now} for c in command_ids],
                )

    def clear_sent(self, command_ids: Sequence[str]) -> None:
        """The push of these commands was refused as a whole: none of them is in doubt."""
        with self.session() as s:
            s.execute(delete(PushSent).where(PushSent.command_id.in_(list(command_ids))))

    def in_doubt(self, command_id: str) -> bool:
        """Whether the command was pushed and its answer never came (:class:`PushSent`)."""
        with self.sessions() as s:
            return s.get(PushSent, command_id) is not None

    def withdraw(self, command_id: str, *, actor: Actor, settled: bool = False) -> int:
        """Take back a queued command the server has not answered yet (the user's undo).

        In one transaction the command leaves the outbox with its pending
        marks, every locally changed row goes back to its base (the server's
        truth as last known) and the rest of the outbox is replayed on top:
        the same rebase as after a refusal, so commands that built on the
        withdrawn one are re-derived. Returns the number of commands replayed.

        Raises :class:`NotQueued` when the command is not in the outbox (it
        was answered by the server, or never queued): then it cannot be taken
        back locally. The caller makes sure the command is not being pushed
        at this moment (the sync engine is not syncing); an answer to a
        command withdrawn meanwhile would be ignored and the next pull would
        bring the server's truth.

        Raises :class:`InDoubt` for a command pushed without an answer (the server
        may have carried it out) unless ``settled``: the server said it took it
        back (:meth:`sync.engine.SyncEngine.withdraw` asks it).
        """
        with self._sync_engine.begin() as conn:
            raw = _raw(conn)
            found = conn.execute(
                select(OutboxEntry.seq).where(OutboxEntry.command_id == command_id)
            ).first()
            if found is None:
                raise NotQueued(f"Command {command_id} is not waiting in the outbox")
            sent = select(PushSent.command_id).where(PushSent.command_id == command_id)
            if not settled and conn.execute(sent).first() is not None:
                raise InDoubt(
                    "This action was sent to the server, but its answer did not arrive; "
                    "it can be undone when you are back online"
                )
            conn.execute(delete(PendingRow).where(PendingRow.command_id == command_id))
            conn.execute(delete(OutboxEntry).where(OutboxEntry.command_id == command_id))
            conn.execute(delete(PushSent).where(PushSent.command_id == command_id))
            bulk.set_capture(raw, False)
            bulk.restore_bases(raw)
            replayed = self._replay(conn, actor) if _outbox_rows(conn) else 0
            bulk.set_capture(raw, False)
            if self.journal is not None:
                self.journal.done([command_id])
        return replayed

    def now(self) -> datetime:
        return utcnow()

    # -- the sync engine's writes --------------------------------------------

    def record_push_results(
        self, results: Sequence[Mapping[str, Any]], *, actor: Actor, view: str | None = None
    ) -> PushRecord:
        """Record the server's answers to pushed commands, in one transaction.

        ``view``: the view the answers' rows were read in (the push answer's ``view``);
        only when it is the cursor's may the cursor move past them
        (:func:`cursor_past_answers`): rows read in another view (roles changed, and
        perhaps back, before the pull) must come again from the pull.

        An applied command leaves the outbox; a refused one leaves it for the
        ``rejection`` table, with the server's message, details and rows.
        The rows the server sent become the server's truth for those rows.
        If a command was refused, or the outbox is now empty, the local state
        is rebased (see the module docstring). A command without an answer
        stays in the outbox and is sent again; the server answers a repeat
        with its first answer, so it never has a second effect.
        """
        answers = {str(r["id"]): r for r in results if isinstance(r, Mapping) and "id" in r}
        applied = rejected = 0
        changed: set[tuple[str, str]] = set()
        applied_ids: list[str] = []
        answered: list[str] = []
        #: The answers' rows by table, in outbox order (a later answer's row wins).
        server_rows: dict[str, list[Any]] = {}
        answered_rows: list[Mapping[str, Any]] = []
        #: The applied commands, kept should the server lose them (:class:`PushedCommand`).
        kept: list[tuple[str, str]] = []
        now = utcnow()
        with (
            disk_full_said("the server's answers were not recorded"),
            self._sync_engine.begin() as conn,
        ):
            raw = _raw(conn)
            bulk.set_capture(raw, False)
            # Only the answered entries: a push answers a few hundred of a queue that may
            # hold thousands (an import), and each batch's record must not cost the queue.
            for entry in _outbox_rows(conn, list(answers)):
                answer = answers[entry["command_id"]]
                status = answer.get("status")
                if status not in ("applied", "rejected"):
                    continue
                rows = answer.get("rows") or {}
                if isinstance(rows, Mapping):
                    for table, table_rows in rows.items():
                        server_rows.setdefault(str(table), []).extend(table_rows)
                    changed.update(server_row_keys(rows))
                    answered_rows.append(rows)
                answered.append(entry["command_id"])
                if status == "rejected":
                    rejected += 1
                    conn.execute(
                        insert(Rejection).prefix_with("OR REPLACE"),
                        {
                            "command_id": entry["command_id"],
                            "envelope": json.dumps(_envelope(entry), ensure_ascii=False),
                            "code": str(answer.get("code") or "rejected"),
                            "message": str(answer.get("message") or "The server refused this"),
                            "details": json.dumps(answer.get("details") or {}, ensure_ascii=False),
                            "server_rows": json.dumps(rows, ensure_ascii=False),
                            "rejected_at": now,
                            "state": "open",
                        },
                    )
                else:
                    applied += 1
                    applied_ids.append(entry["command_id"])
                    kept.append(
                        (entry["command_id"], json.dumps(_envelope(entry), ensure_ascii=False))
                    )
            # The answered commands' pending marks go first: a row only they touched may
            # skip its base (bulk.take_server_rows).
            bulk.forget_commands(raw, answered)
            _keep_pushed(conn, kept, now)
            # The rows' stamps change the sort keys of registrations (created_at): indexed
            # at once; the rows taken in place (their stamps only, an import's answers) are
            # told to the indexers as such.
            written = {t: [str(r["id"]) for r in rows] for t, rows in server_rows.items()}
            stamped: dict[str, list[str]] = {}
            with _indexed_at_once(self.bulk_indexers, raw, written, stamped):
                bulk.take_server_rows(raw, server_rows, settled=stamped)
            stored = raw.execute("SELECT value FROM sync_state WHERE key = 'cursor'").fetchone()
            cursor = str(stored[0]) if stored else ""
            moved = None
            if view is not None and _cursor_view(cursor) == view:
                moved = cursor_past_answers(cursor, answered_rows)
            if moved is not None:  # the pull need not bring these rows back
                raw.execute("UPDATE sync_state SET value = ? WHERE key = 'cursor'", (moved,))
            remaining = int(raw.execute("SELECT count(*) FROM outbox").fetchone()[0])
            replayed = 0
            if rejected or remaining == 0:
                changed.update(_based_rows(raw))
                bulk.restore_bases(raw)
                if remaining:
                    replayed = self._replay(conn, actor)
                    changed.update(_based_rows(raw))
            bulk.set_capture(raw, False)
            if self.journal is not None:
                # Refused commands stay in the journal until the user lets them go: a
                # recovered file gets them back from the server's first answer.
                if remaining == 0:
                    account, pending = self._journal_snapshot(conn)
                    self.journal.rewrite(account, pending, suspect=self._suspected)  # compacted
                else:
                    self.journal.done(applied_ids)
        outbox = bool(applied or rejected)
        return PushRecord(
            applied, rejected, remaining, replayed, Changes.of_rows(changed, outbox=outbox)
        )

    def prune_pushed(self, now: datetime | None = None) -> int:
        """Forget the sent commands kept longer than :data:`KEEP_PUSHED_DAYS`; how many
        went. At every open and every sync: not only when a later push is answered."""
        cutoff = (now or utcnow()) - timedelta(days=KEEP_PUSHED_DAYS)
        with self._sync_engine.begin() as conn:
            old = delete(PushedCommand).where(PushedCommand.answered_at < cutoff)
            return int(conn.execute(old).rowcount)

    def forget_pushed(self, *, ids: Sequence[str] = (), mentioning: str | None = None) -> int:
        """Forget kept sent commands (:class:`PushedCommand`): those whose id is in ``ids``
        and those whose envelope mentions ``mentioning`` (a person's id on erasure: the
        commands that created or changed the person hold its name and personnummer).
        Returns how many went. A forgotten command is not sent again after a restore."""
        conditions: list[ColumnElement[bool]] = []
        if ids:
            conditions.append(PushedCommand.command_id.in_(list(ids)))
        if mentioning:
            conditions.append(PushedCommand.envelope.contains(mentioning, autoescape=True))
        if not conditions:
            return 0
        with self._sync_engine.begin() as conn:
            return int(conn.execute(delete(PushedCommand).where(or_(*conditions))).rowcount)

    def pushed_ids(self) -> list[str]:
        """The kept applied commands' ids, oldest first (:class:`PushedCommand`)."""
        with self.sessions() as s:
            return list(s.scalars(select(PushedCommand.command_id).order_by(PushedCommand.seq)))

    def requeue_lost(self, command_ids: Sequence[str]) -> int:
        """Queue again, ahead of the outbox and in their first order, the kept commands
        a server restored from a backup no longer knows; their ids stay the same, so a
        server that does know one answers it once more without a second effect."""
        lost = set(command_ids)
        with self._sync_engine.begin() as conn:
            kept = [
                row
                for row in conn.execute(
                    select(PushedCommand.command_id, PushedCommand.envelope).order_by(
                        PushedCommand.seq
                    )
                )
                if row.command_id in lost
            ]
            if not kept:
                return 0
            first = conn.execute(select(func.min(OutboxEntry.seq))).scalar()
            start = (int(first) if first is not None else 1) - len(kept)
            envelopes = [json.loads(row.envelope) for row in kept]
            for offset, env in enumerate(envelopes):
                conn.execute(
                    insert(OutboxEntry).values(
                        seq=start + offset,
                        command_id=str(env["id"]),
                        name=str(env["name"]),
                        version=int(env["version"]),
                        args=json.dumps(env["args"], ensure_ascii=False),
                        issued_at=_aware(datetime.fromisoformat(str(env["issued_at"]))),
                        attempts=0,
                    )
                )
            conn.execute(
                delete(PushedCommand).where(
                    PushedCommand.command_id.in_([r.command_id for r in kept])
                )
            )
            # Once they are pushed, the pull starts over with "reset" whatever the server's
            # seqs are by then: a plain number names no view (server.services.sync.pull_view).
            conn.execute(
                update(SyncState).where(SyncState.key == "cursor").values(value=RESTART_CURSOR)
            )
            if self.journal is not None:
                self.journal.queued(envelopes)
        log.warning("the server was restored from a backup: %d sent commands go again", len(kept))
        return len(kept)

    def _replay(self, conn: Connection, actor: Actor) -> int:
        """Apply the outbox again, in order, on top of the server's truth.

        A command that no longer applies locally stays in the outbox without
        a local effect: the server decides, and its refusal will be kept.
        """
        conn.execute(delete(PendingRow))
        entries = _outbox_rows(conn)
        replayed = 0
        with (
            collector_paused(),
            BatchingSession(bind=conn, join_transaction_mode="create_savepoint") as s,
        ):
            s.execute(update(SyncCapture).where(SyncCapture.id == 1).values(enabled=1))
            # A few dozen commands at a time in one savepoint (an import's queue is 10^4);
            # a part where one no longer applies goes again command by command.
            for start in range(0, len(entries), _FLUSH_EVERY):
                part = entries[start : start + _FLUSH_EVERY]
                together = _replay_together(s, actor, part)
                replayed += together if together is not None else _replay_each(s, actor, part)
            s.execute(update(SyncCapture).where(SyncCapture.id == 1).values(enabled=0))
            s.commit()  # releases the session's savepoint; the caller commits the transaction
        return replayed

    def apply_page(self, page: Mapping[str, Any], *, cursor: str) -> int | None:
        """Apply one pulled page and move the cursor, in one transaction.

        The checkpoint rule: a page is applied only while the outbox is
        empty, so a pull never overwrites an unacknowledged local change; it
        is also applied only if the stored cursor is still ``cursor`` (the
        one the page was asked for). Returns the number of rows written, or
        None when the page was not applied (pull it again after pushing).

        Tombstones set ``deleted_at`` on the local row (soft delete, as on the
        server): local commands then see exactly what the server's commands
        see (a removed category link is revived, not duplicated), and rows
        referring to a deleted row keep a valid reference.

        A page with ``"reset": true`` (what the account may see changed: roles,
        agent scope) starts the server's view over: in the same transaction every
        cached row is removed before the page's rows are written, and
        ``sync_state`` notes the reset (:data:`VIEW_RESET`) for the engine to
        refresh the account's roles. The outbox is empty at this point (the
        checkpoint rule) and rejections stay. A kill before the commit leaves the
        old cache with the old cursor; after it, a cache that is the start of the
        new view with its cursor, which the next pull continues like a first sync.
        """
        specs = table_specs()
        changes = page.get("changes") or {}
        tombstones = page.get("tombstones") or {}
        for name in set(changes) | set(tombstones):
            if name not in specs:
                log.warning("pulled rows of unknown table %s ignored (newer server?)", name)
        # Convert before taking the write lock: the lock is held only for writing.
        converted = [(s, s.convert_many(changes[n])) for n, s in specs.items() if changes.get(n)]
        now = storage_datetime(utcnow())
        assert now is not None
        written = 0
        erased = False  # personal rows deleted outright: their old pages leave the WAL after
        # A full disk rolls the page back with its cursor: the last good state holds.
        with disk_full_said("sync paused"), self._sync_engine.begin() as conn:
            raw = _raw(conn)
            if raw.execute("SELECT 1 FROM outbox LIMIT 1").fetchone() is not None:
                return None
            stored = raw.execute("SELECT value FROM sync_state WHERE key = 'cursor'").fetchone()
            if (stored[0] if stored else "") != cursor:
                return None
            bulk.set_capture(raw, False)
            bulk.restore_bases(raw)
            if page.get("reset"):
                written += _clear_cache(raw, specs)
            for spec, values in converted:
                bulk.upsert(raw, spec, values)
                written += len(values)
            for name, spec in reversed(specs.items()):
                if tombstones.get(name):
                    count = bulk.tombstone(raw, spec, tombstones[name], now)
                    erased = erased or (count > 0 and name in PERSONAL_TABLES)
                    written += count
            state = {"cursor": str(page.get("next_cursor") or cursor)}
            roles_view = raw.execute(
                "SELECT value FROM sync_state WHERE key = ?", (ROLES_VIEW,)
            ).fetchone()
            other_view = roles_view is not None and _cursor_view(state["cursor"]) != roles_view[0]
            if page.get("reset") or other_view:
                # The account's roles may have changed: the engine asks /me (and clears this).
                state[VIEW_RESET] = utcnow().isoformat()
                if not page.get("restored"):  # (a restore's: their ids were asked first)
                    # The sent commands kept against a restore were typed under the old
                    # roles: what they hold (a personnummer) the new ones may not read.
                    raw.execute("DELETE FROM pushed")
            if page.get("erased") or page.get("reset"):
                # What the file may no longer hold leaves its bytes once caught up (scrub).
                erasure.note(raw, page.get("erased") or [])
            if not page.get("has_more"):
                state["last_sync_at"] = utcnow().isoformat()
            raw.executemany(
                "INSERT INTO sync_state (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                list(state.items()),
            )
        if erased:
            with self._sync_engine.connect() as conn:
                bulk.checkpoint_erased(_raw(conn))
        if VIEW_RESET in state:
            self._view_reset = True
        return written

    def close(self) -> None:
        for engine in (self.engine, self._write_engine, self._sync_engine):
            engine.dispose()
        if self.journal is not None and not self._closed:
            self._closed = True
            try:
                self.journal.closed()  # the next open may skip the check of every page
            except OSError:
                log.warning("could not note a clean close in %s", self.journal.path)

    def suspect_damage(self) -> None:
        """SQLite reported damage: have the next open check (and recover) the whole file."""
        if self.journal is not None and not self._suspected:
            self._suspected = True
            try:
                self.journal.suspect()
            except OSError:
                log.warning("could not note damage in %s", self.journal.path)


@dataclass(frozen=True)
class Roles:
    """A reader known by roles only (for :mod:`models.visibility`)."""

    roles: frozenset[str]


#: What a scrub may fail with (the database's errors, the disk's): the sync goes on.
_SCRUB_ERRORS: tuple[type[Exception], ...] = (*cipher.SQLITE_ERRORS, SQLAlchemyError, OSError)


def _redact_rejection(reader: Roles, rejection: Rejection) -> bool:
    """A kept rejection's server rows, details, message and command as ``reader`` may
    read them; whether the command changed (the journal holds it as it was)."""
    values: set[str] = set()
    rows: dict[str, list[dict[str, Any]]] = {}
    for table, table_rows in rejection.rows().items():
        for row in table_rows:
            values |= personal_values(table, row)
        if may_read_table(reader, table):
            rows[table] = [redact_row(reader, table, dict(r)) or {} for r in table_rows]
    server_rows = json.dumps(rows, ensure_ascii=False)
    details = json.dumps(
        redact_details(reader, rejection.details_dict(), values), ensure_ascii=False
    )
    message = redact_text(reader, rejection.message, values)
    if (server_rows, details, message) != (
        rejection.server_rows,
        rejection.details,
        rejection.message,
    ):
        rejection.server_rows, rejection.details, rejection.message = server_rows, details, message
    command = rejection.command()
    args = redact_details(reader, command.get("args", {}), values)
    if args == command.get("args", {}):
        return False
    rejection.envelope = json.dumps({**command, "args": args}, ensure_ascii=False)
    return True


def _keep_pushed(conn: Connection, kept: Sequence[tuple[str, str]], now: datetime) -> None:
    """Keep the applied commands (:class:`PushedCommand`); forget those kept long enough."""
    if kept:
        conn.execute(
            insert(PushedCommand).prefix_with("OR IGNORE"),
            [{"command_id": c, "envelope": e, "answered_at": now} for c, e in kept],
        )
    cutoff = now - timedelta(days=KEEP_PUSHED_DAYS)
    conn.execute(delete(PushedCommand).where(PushedCommand.answered_at < cutoff))


def _clear_cache(raw: sqlite3.Connection, specs: Mapping[str, Any]) -> int:
    """Remove every cached synced row (children first); returns how many went.

    Only for a view reset (:meth:`ClientStore.apply_page`): the outbox is empty and
    the bases are restored, so nothing speculative is lost.
    """
    removed = 0
    for name in reversed(list(specs)):
        removed += raw.execute(f"DELETE FROM {quote(name)}").rowcount
    raw.execute("DELETE FROM pending_row")
    return removed


_VIEW_CURSOR = re.compile(r"(v[0-9a-f]{12}\.)([0-9]{1,18})")
#: Tables whose rows a pull sends with companions (an agent order's customer and contacts,
#: however old): answers with them never stand in for a pull.
_COMPANIONS = frozenset({"agent_order"})


def _cursor_view(cursor: str) -> str | None:
    """The view key a pull cursor names (``v<view>.<seq>``), or None (a plain number, "")."""
    match = _VIEW_CURSOR.fullmatch(cursor)
    return match.group(1)[1:-1] if match is not None else None


def cursor_past_answers(cursor: str, answers: Sequence[Mapping[str, Any]]) -> str | None:
    """The cursor a pull from ``cursor`` reaches by bringing exactly the rows the push
    answers hold (``answers``: each answer's rows by table, in outbox order), or None.

    Proof that such a pull brings nothing else: every write of a tenant's synced row
    takes the tenant's next ``server_seq``, one value per write, none twice. When the
    answers' row versions after the cursor's seq ``c`` hold every value of ``c+1 ..
    top``, every write in that range is one the client holds; a row whose newest write
    is in the range is answered at that write. The rows are taken last answer first
    (:func:`sync.bulk.take_server_rows`), so a later answer holding an older version
    of a row than an earlier one gives None. A gap (a write of someone else, a row the
    reader may not see, a value a refused command left unused) gives None, and the
    pull brings the range as ever. Only a view cursor (``v<view>.<seq>``) moves, within
    its view: a changed view still starts over at the next pull.
    """
    match = _VIEW_CURSOR.fullmatch(cursor)
    if match is None:
        return None
    after = int(match.group(2))
    newest: dict[tuple[str, str], int] = {}
    seqs: set[int] = set()
    for rows in answers:
        for table, table_rows in rows.items():
            if table in _COMPANIONS or not isinstance(table_rows, list):
                return None
            for row in table_rows:
                seq = row.get("server_seq") if isinstance(row, Mapping) else None
                if not isinstance(seq, int) or isinstance(seq, bool):
                    return None
                key = (str(table), str(row.get("id")))
                if seq < newest.get(key, 0):
                    return None
                newest[key] = seq
                if seq > after:
                    seqs.add(seq)
    if not seqs or len(seqs) != max(seqs) - after:
        return None
    return f"{match.group(1)}{max(seqs)}"


def _based_rows(raw: sqlite3.Connection) -> list[tuple[str, str]]:
    """The ``(table, id)`` of every row local commands changed since the server's truth
    was last taken (``row_base``): the rows a rebase puts back."""
    return [(str(t), str(i)) for t, i in raw.execute("SELECT table_name, row_id FROM row_base")]


def _aware(moment: datetime) -> datetime:
    """A stored time read back without its zone (SQLite keeps UTC) as aware UTC."""
    from datetime import UTC

    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _replay_together(
    s: BatchingSession, actor: Actor, entries: Sequence[Mapping[str, Any]]
) -> int | None:
    """Apply ``entries`` again in one savepoint, their flushes held: how many, or None
    (and nothing kept) when one of them does not apply."""
    try:
        with s.begin_nested(), s.holding_flushes():
            for entry in entries:
                outcome = from_envelope(_envelope(entry)).apply(s, actor)
                s.add_all(
                    PendingRow(table_name=table, row_id=row_id, command_id=entry["command_id"])
                    for table, row_id in dict.fromkeys(outcome.concerns)
                )
    except Exception:
        s.expire_all()
        return None
    return len(entries)


def _replay_each(s: Session, actor: Actor, entries: Sequence[Mapping[str, Any]]) -> int:
    """Apply ``entries`` again one by one, each in its savepoint: one that no longer
    applies keeps no local effect (the server decides). How many applied."""
    replayed = 0
    for entry in entries:
        try:
            command = from_envelope(_envelope(entry))
            with s.begin_nested():
                outcome = command.apply(s, actor)
                s.add_all(
                    PendingRow(table_name=table, row_id=row_id, command_id=entry["command_id"])
                    for table, row_id in dict.fromkeys(outcome.concerns)
                )
                s.flush()
            replayed += 1
        except DomainError as exc:
            log.info("queued command %s no longer applies locally: %s", entry["name"], exc.code)
        except Exception:
            # Never let one command block recording the server's answers for ever.
            log.exception("queued command %s failed to apply locally", entry["name"])
        s.expire_all()
    return replayed


def _outbox_rows(
    conn: Connection, command_ids: Sequence[str] | None = None
) -> list[dict[str, Any]]:
    """The outbox in order, or only its entries of ``command_ids`` (in outbox order)."""
    q = select(OutboxEntry.__table__).order_by(OutboxEntry.seq)
    if command_ids is not None:
        q = q.where(OutboxEntry.command_id.in_(command_ids))
    return [dict(r) for r in conn.execute(q).mappings()]


def _envelope(entry: Mapping[str, Any]) -> dict[str, Any]:
    issued = entry["issued_at"]
    if isinstance(issued, str):
        issued = datetime.fromisoformat(issued)
    if issued.tzinfo is None:
        from datetime import UTC

        issued = issued.replace(tzinfo=UTC)
    return {
        "id": entry["command_id"],
        "name": entry["name"],
        "version": entry["version"],
        "args": json.loads(entry["args"]),
        "issued_at": issued.isoformat(),
    }


def _outbox_values(command: Command[Any]) -> dict[str, Any]:
    """The outbox row of ``command``, for a bulk insert."""
    return {
        "command_id": command.id,
        "name": command.name,
        "version": command.version,
        # The arguments' JSON made by pydantic in one go (an import writes 10^4 of them).
        "args": command.args.model_dump_json(),
        "issued_at": command.issued_at,
        "attempts": 0,
    }
