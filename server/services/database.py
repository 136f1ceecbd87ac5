"""The server's database handle: engine, sessions, and what every server flush does.

Server sessions differ from the client's in one way: before each flush the
guards of :mod:`server.services.guards` run, and every written synced row
gets its ``server_seq`` (:mod:`server.services.seq`). The listener is bound to
this sessionmaker only, so the client store (same models, same commands)
never assigns server sequence numbers.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, cast

import orjson
from sqlalchemy import Engine, Table, event, inspect, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from models.base import SyncMixin
from models.commands.base import ROW_WRITER, execute_insert, insert_rows
from models.ids import utcnow
from server.db import make_engine, make_sessionmaker
from server.services.approval import end_outstanding_links
from server.services.guards import check_flush, check_new_ids, check_references, check_values
from server.services.seq import assign_server_seq, ensure_tenant_seq, written_synced_rows
from server.tables import TenantSeq

if TYPE_CHECKING:
    import psycopg

#: ``session.info`` key: when true, a new row's id is left to the primary key to refuse
#: (an IntegrityError) instead of being looked up first
#: (:func:`server.services.guards.check_new_ids`, a query per table and flush). The
#: caller runs a refused command again without it, so the answer is the guard's as
#: ever (:func:`server.services.sync.push`).
NEW_IDS_BY_KEY = "kansli.new_ids_by_key"
#: ``session.info`` key of the :class:`SeqBlock` a transaction assigns its tenant's seqs from.
SEQ_BLOCK = "kansli.seq_block"
_seq = cast(Table, TenantSeq.__table__)


class SeqBlock:
    """The ``server_seq`` values of one tenant, for a transaction that holds the tenant's
    lock (:func:`server.services.seq.lock_tenant`) from before its first write to its end.

    No one else can take the tenant's values meanwhile, so they are counted here
    instead of one ``UPDATE tenant_seq`` per flush (a push batch flushes once per
    command): :meth:`open` reads the last value given out, each flush takes the next
    ones, and :meth:`close` stores the last one taken, in the same transaction.
    Values taken in a savepoint that is rolled back stay unused (a gap; pulls read
    ``seq > cursor``, gaps are harmless). Once closed, flushes take their values from
    ``tenant_seq`` again.
    """

    def __init__(self, tenant_id: str, top: int) -> None:
        self.tenant_id = tenant_id
        self.top = top
        self.closed = False

    @classmethod
    def open(cls, session: Session, tenant_id: str) -> SeqBlock:
        """Start counting ``tenant_id``'s values in ``session`` (its lock already held)."""
        conn = session.connection()
        ensure_tenant_seq(conn, tenant_id)
        top = conn.execute(select(_seq.c.value).where(_seq.c.tenant_id == tenant_id)).scalar()
        block = cls(tenant_id, int(top or 0))
        session.info[SEQ_BLOCK] = block
        return block

    def take(self, rows: Sequence[SyncMixin]) -> list[SyncMixin]:
        """Give the rows of this tenant their seqs; returns the others."""
        if self.closed:
            return list(rows)
        rest: list[SyncMixin] = []
        now = None
        for row in rows:
            if row.tenant_id != self.tenant_id:
                rest.append(row)
                continue
            now = now or utcnow()
            self.top += 1
            row.server_seq = self.top
            row.updated_at = now
        return rest

    def close(self, session: Session) -> None:
        """Flush what is pending and store the last value taken in ``tenant_seq``."""
        session.flush()
        session.connection().execute(
            update(_seq).where(_seq.c.tenant_id == self.tenant_id).values(value=self.top)
        )
        self.closed = True
        session.info.pop(SEQ_BLOCK, None)


def _held(session: Session, row: SyncMixin) -> bool:
    return inspect(row).mapper.identity_key_from_instance(row) in session.identity_map


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    # ``session.new`` builds a new set on every access: taken once, not once per row
    # (per row, a 50,000-row import spent its time rebuilding it: quadratic).
    added = session.new
    written = written_synced_rows(session)
    new = [o for o in written if o in added]
    changed = [o for o in written if o not in added]
    if session.info.get(NEW_IDS_BY_KEY):
        for obj in [*added, *session.dirty]:
            check_values(obj)
        # A new row whose id the session itself holds would only warn before the key
        # refuses it: checked here, as ever.
        check_new_ids(session, [o for o in new if _held(session, o)])
        check_references(session, new, changed)
    else:
        check_flush(session, new, changed)
    end_outstanding_links(session)
    rows = [*new, *changed]
    block: SeqBlock | None = session.info.get(SEQ_BLOCK)
    assign_server_seq(session, rows if block is None else block.take(rows))


def _write_rows(session: Session, rows: Sequence[SyncMixin]) -> None:
    """A command's new rows written in bulk (``CommandContext.write_rows``): what
    :func:`_before_flush` does for rows a flush inserts, for all of them at once, then
    their INSERTs, a COPY per table on PostgreSQL (:func:`models.commands.base.insert_rows`,
    which flushes what is pending first, so their seqs follow that)."""
    session.flush()
    for row in rows:
        check_values(row)
    if not session.info.get(NEW_IDS_BY_KEY):
        check_new_ids(session, list(rows))
    check_references(session, list(rows), [])
    block: SeqBlock | None = session.info.get(SEQ_BLOCK)
    assign_server_seq(session, rows if block is None else block.take(rows))
    postgres = session.connection().dialect.name == "postgresql"
    insert_rows(session, rows, copy_rows if postgres else execute_insert)


def copy_rows(session: Session, table: Table, values: list[dict[str, Any]]) -> None:
    """Rows into one table by PostgreSQL's ``COPY ... FROM STDIN`` (psycopg): a tenth of
    the time of an INSERT per row, which is what ``executemany`` sends. The values pass
    the columns' own bind processing first (``UTCDateTime``, JSON), as in an INSERT; a
    refusal is raised as SQLAlchemy's (``IntegrityError``, ``DataError``), as an INSERT's.
    """
    conn = session.connection()
    dialect = conn.dialect
    columns = list(table.columns)
    names = [str(c.name) for c in columns]
    processors = [
        (i, process)
        for i, c in enumerate(columns)
        if (process := c.type._cached_bind_processor(dialect)) is not None
    ]
    prepare = dialect.identifier_preparer
    sql = (
        f"COPY {prepare.format_table(table)} "
        f"({', '.join(prepare.format_column(c) for c in columns)}) FROM STDIN"
    )
    pg = cast("psycopg.Connection[Any]", conn.connection.driver_connection)
    try:
        with pg.cursor() as cursor, cursor.copy(sql) as copy:
            for row in values:
                line = [row[name] for name in names]
                for i, process in processors:
                    line[i] = process(line[i])
                copy.write_row(line)
    except dialect.loaded_dbapi.Error as exc:
        raise DBAPIError.instance(sql, None, exc, dialect.loaded_dbapi.Error) from exc


def _json_text(value: Any) -> str:
    """A JSON column's value as PostgreSQL gets it (the engine's ``json_serializer``):
    by orjson, a tenth of the standard library's time. A push's log entries each hold
    their answer's rows, and their JSON took more than a tenth of an import's push.
    Keys that are not text become text, as ``json.dumps`` makes them."""
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()


class Database:
    """Engine and session factory of one server database."""

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = url
        if url.startswith("postgresql"):
            engine_kwargs.setdefault("pool_size", 10)
            engine_kwargs.setdefault("max_overflow", 30)
            engine_kwargs.setdefault("json_serializer", _json_text)
        self.engine: Engine = make_engine(url, **engine_kwargs)
        self.sessions: sessionmaker[Session] = make_sessionmaker(self.engine)
        event.listen(self.sessions, "before_flush", _before_flush)
        self.sessions.configure(info={**self.sessions.kw.get("info", {}), ROW_WRITER: _write_rows})

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
