"""Declarative base, column types and the sync columns every synced row has."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, BigInteger, DateTime, Index, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from models.ids import new_id, utcnow

# Stable constraint names, so Alembic migrations are the same on SQLite and
# PostgreSQL and autogenerate compares like with like.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp that is always timezone-aware UTC in Python.

    SQLite has no time zone type; without this, values read back naive and
    compare wrongly with aware ones.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use models.ids.utcnow() or an aware value")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # raw SQLite text, e.g. after a bulk insert
            value = datetime.fromisoformat(value)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
        list[str]: JSON(),
    }


class SyncMixin:
    """The columns of ARCHITECTURE.md that every synced row carries.

    ``server_seq`` is set by the server on every write (never by a client);
    ``deleted_at`` is the tombstone: synced rows are not hard-deleted while
    a client may hold them.
    """

    __synced__: ClassVar[bool] = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    tenant_id: Mapped[str] = mapped_column(String(36), index=False)
    server_seq: Mapped[int | None] = mapped_column(BigInteger, default=None)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)

    @declared_attr.directive
    @classmethod
    def __table_args__(cls) -> tuple[Any, ...]:
        return sync_table_args(cls.__tablename__)  # type: ignore[attr-defined]


def sync_table_args(name: str, *extra: Any) -> tuple[Any, ...]:
    """``__table_args__`` of a synced table: its pull index, marked synced.

    A model that needs more constraints passes them as ``extra``.
    """
    # Pull reads "changes of tenant T after seq S": this index serves it.
    return (
        Index(f"ix_{name}_tenant_seq", "tenant_id", "server_seq"),
        *extra,
        {"info": {"synced": True}},
    )


def synced_tables() -> list[str]:
    """Names of the tables that sync to clients, in dependency order."""
    return [t.name for t in Base.metadata.sorted_tables if t.info.get("synced")]
