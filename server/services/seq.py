"""``server_seq``: the order in which clients pull changes.

Every write of a synced row takes the next values from its tenant's
``tenant_seq`` row with ``UPDATE ... SET value = value + k RETURNING value``.
The UPDATE locks that row until the transaction ends, so two writers of one
tenant cannot both hold numbers that are not yet committed: whoever got the
lower numbers commits (or rolls back, giving them back) before the other can
take any. Seq order is therefore commit order, and a reader that has seen
every row up to seq S will never later find a newly committed row at or
below S (ARCHITECTURE.md, "Trap to avoid"). On SQLite the database's single
writer lock gives the same guarantee.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import cast

from sqlalchemy import Connection, Table, delete, select, update
from sqlalchemy.orm import Session

from models.base import SyncMixin
from models.ids import utcnow
from server.sql import conflict_insert
from server.tables import AuthToken, TenantSeq, WebHandover

_seq = cast(Table, TenantSeq.__table__)


def ensure_tenant_seq(conn: Connection, tenant_id: str) -> None:
    """Create the tenant's ``tenant_seq`` row at 0 unless it exists."""
    ins = conflict_insert(conn, _seq).values(tenant_id=tenant_id, value=0)
    conn.execute(ins.on_conflict_do_nothing(index_elements=["tenant_id"]))


def take_seq(conn: Connection, tenant_id: str, count: int) -> int:
    """Reserve ``count`` values for ``tenant_id``; returns the highest one.

    The reserved values are ``top - count + 1 .. top``. The tenant's
    ``tenant_seq`` row stays locked until the caller's transaction ends.
    """
    stmt = (
        update(_seq)
        .where(_seq.c.tenant_id == tenant_id)
        .values(value=_seq.c.value + count)
        .returning(_seq.c.value)
    )
    row = conn.execute(stmt).first()
    if row is None:
        ensure_tenant_seq(conn, tenant_id)
        row = conn.execute(stmt).first()
        assert row is not None
    return int(row[0])


def current_seq(conn: Connection, tenant_id: str) -> int:
    """The highest seq handed out in ``tenant_id`` (0 for a new tenant)."""
    value = conn.execute(select(_seq.c.value).where(_seq.c.tenant_id == tenant_id)).scalar()
    return int(value or 0)


def lock_tenant(session: Session, tenant_id: str) -> None:
    """Serialise this transaction with every other writer of ``tenant_id``.

    Called first in a command's transaction, before the command reads
    anything: the command then decides on data no concurrent writer can
    change until it commits (an officer's "approve" and a colleague's
    "deny" of the same item cannot both pass their checks). On SQLite this
    takes the database's write lock (``BEGIN IMMEDIATE``).
    """
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        dbapi = conn.connection.dbapi_connection
        if dbapi is not None and not dbapi.in_transaction:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        return
    ensure_tenant_seq(conn, tenant_id)
    conn.execute(select(_seq.c.value).where(_seq.c.tenant_id == tenant_id).with_for_update())


def assign_server_seq(session: Session, rows: Iterable[SyncMixin]) -> None:
    """Give each written synced row its next ``server_seq`` and ``updated_at``."""
    by_tenant: dict[str, list[SyncMixin]] = {}
    for row in rows:
        if not row.tenant_id:
            raise ValueError(f"{type(row).__name__} {row.id} has no tenant_id")
        by_tenant.setdefault(row.tenant_id, []).append(row)
    if not by_tenant:
        return
    now = utcnow()
    conn = session.connection()
    for tenant_id in sorted(by_tenant):  # a fixed order, so two tenants never deadlock
        group = by_tenant[tenant_id]
        top = take_seq(conn, tenant_id, len(group))
        for offset, row in enumerate(group):
            row.server_seq = top - len(group) + 1 + offset
            row.updated_at = now


def written_synced_rows(session: Session) -> list[SyncMixin]:
    """Synced rows this flush inserts or updates."""
    rows = [o for o in session.new if isinstance(o, SyncMixin)]
    rows.extend(
        o
        for o in session.dirty
        if isinstance(o, SyncMixin) and session.is_modified(o, include_collections=False)
    )
    return rows


# -- after a restore from a backup -------------------------------------------------

#: The bits of a seq above this are its *epoch*. A database restored from a backup
#: starts every tenant in a new epoch (:func:`start_new_epoch`, ``kansli-server
#: after-restore``): the seqs handed out between the backup and the restore were lost
#: with their rows, and a client's cursor from then must not be taken to cover the new
#: rows that get those numbers again. 2^40 seqs per tenant and epoch.
EPOCH_SHIFT = 40


#: Epochs are at least the hours since this moment (:func:`start_new_epoch`).
EPOCH_CLOCK_START = datetime(2026, 1, 1, tzinfo=UTC)

#: The ``tenant_seq`` row (no tenant's: tenant ids are UUIDs) that holds the identity of
#: the database the sequences were last checked in (:func:`database_identity`).
IDENTITY_ROW = "~database"


def next_epoch(value: int, now: datetime) -> int:
    """The epoch after ``value``'s: at least the hours since :data:`EPOCH_CLOCK_START`, so
    two restores from the same dump (the first one's new epoch read from the dump again)
    do not both start the same epoch."""
    hours = int((now - EPOCH_CLOCK_START).total_seconds() // 3600)
    return max((value >> EPOCH_SHIFT) + 1, hours)


def start_new_epoch(conn: Connection, now: datetime | None = None) -> int:
    """Move every tenant's sequence to the start of its next epoch; the tenants moved.
    Records the database's identity (:func:`record_identity`)."""
    at = now or utcnow()
    rows = conn.execute(
        select(_seq.c.tenant_id, _seq.c.value).where(_seq.c.tenant_id != IDENTITY_ROW)
    ).all()
    for tenant_id, value in rows:
        start = next_epoch(int(value), at) << EPOCH_SHIFT
        conn.execute(update(_seq).where(_seq.c.tenant_id == tenant_id).values(value=start))
    record_identity(conn)
    return len(rows)


def database_identity(conn: Connection) -> int | None:
    """Who this database is, as a number: on PostgreSQL the cluster's system identifier
    and the database's OID (a restore makes a new database, so a new OID; a new cluster
    a new identifier). None on SQLite (a file copied back is the same file)."""
    if conn.dialect.name != "postgresql":
        return None
    system = conn.exec_driver_sql("SELECT system_identifier FROM pg_control_system()").scalar()
    oid = conn.exec_driver_sql(
        "SELECT oid FROM pg_database WHERE datname = current_database()"
    ).scalar()
    digest = hashlib.sha256(f"{system}/{oid}".encode()).digest()
    return int.from_bytes(digest[:7], "big")  # fits a BIGINT


def record_identity(conn: Connection) -> None:
    """Note this database's identity in :data:`IDENTITY_ROW` (nothing on SQLite)."""
    identity = database_identity(conn)
    if identity is None:
        return
    ins = conflict_insert(conn, _seq).values(tenant_id=IDENTITY_ROW, value=identity)
    conn.execute(ins.on_conflict_do_update(index_elements=["tenant_id"], set_={"value": identity}))


def restored_unnoticed(conn: Connection) -> bool:
    """Whether this database is not the one its sequences were last checked in: it was
    restored from a backup (or copied) and ``after-restore`` was not run. A database that
    never noted its identity (new, or from before this check) notes it and is not."""
    identity = database_identity(conn)
    if identity is None:
        return False
    noted = conn.execute(select(_seq.c.value).where(_seq.c.tenant_id == IDENTITY_ROW)).scalar()
    if noted is None:
        record_identity(conn)
        return False
    return int(noted) != identity


def revoke_sessions(conn: Connection, now: datetime | None = None) -> int:
    """End every sign-in (``auth_token``; the web handover codes go): a backup brings back
    tokens signed out, revoked or of deactivated accounts since it was taken. How many."""
    tokens = cast(Table, AuthToken.__table__)
    ended = conn.execute(
        update(tokens).where(tokens.c.revoked_at.is_(None)).values(revoked_at=now or utcnow())
    ).rowcount
    conn.execute(delete(cast(Table, WebHandover.__table__)))
    return int(ended)


def from_before_restore(cursor: int, current: int) -> bool:
    """Whether a reader's cursor ``cursor`` was handed out before the database was
    restored: it is past the tenant's last seq (the server went back and nobody
    wrote since), or in an earlier epoch than the tenant's (after-restore ran)."""
    return cursor > current or (cursor >> EPOCH_SHIFT) < (current >> EPOCH_SHIFT)
