"""Server rows as the client stores them: JSON from the wire to SQLite storage forms.

Pulled pages are written with the raw ``sqlite3`` connection (``executemany``),
not through ORM objects: for 200,000 rows that is about 2 s against 18 s with
``Session.add_all``. The values must then be exactly what SQLAlchemy itself
writes on SQLite, so that ORM reads of these rows work and compare equal:

- datetimes: naive UTC text ``YYYY-MM-DD HH:MM:SS.ffffff`` (``UTCDateTime``
  adds the UTC zone back when reading);
- dates: ``YYYY-MM-DD``;
- JSON columns: JSON text;
- booleans: 0 / 1.

A :class:`TableSpec` holds, per synced table, the column list, one converter
per column and the SQL statements the store needs (upsert, the "base" shadow
table and the triggers that fill it; see ``sync/store.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from typing import Any, cast

import orjson
from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Table
from sqlalchemy.types import TypeDecorator

import models  # noqa: F401  (registers every table)
from models.base import Base

Converter = Callable[[Any], Any]

_DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"
#: From this year on, ``isoformat`` writes :data:`_DATETIME_FORMAT`'s text (``%Y`` does
#: not pad a smaller year to four digits on every platform).
_FOUR_DIGIT_YEAR = 1000


class RowFormatError(ValueError):
    """A value from the server does not have the form its column needs."""


def storage_datetime(value: Any) -> str | None:
    """An ISO-8601 timestamp from the server as SQLite storage text (naive UTC).

    The server sends ``2026-03-01T12:00:00.123456+00:00``; that common form is
    converted by slicing, anything else through ``datetime.fromisoformat``.
    """
    if value is None:
        return None
    if isinstance(value, str):
        if len(value) == 32 and value.endswith("+00:00") and value[10] == "T":
            return f"{value[:10]} {value[11:26]}"
        if len(value) == 25 and value.endswith("+00:00") and value[10] == "T":
            return f"{value[:10]} {value[11:19]}.000000"
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError as exc:
            raise RowFormatError(f"{value!r} is not an ISO-8601 timestamp") from exc
    elif isinstance(value, datetime):
        parsed = value
    else:
        raise RowFormatError(f"{value!r} is not a timestamp")
    if parsed.tzinfo is UTC:
        parsed = parsed.replace(tzinfo=None)
    elif parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    if parsed.year >= _FOUR_DIGIT_YEAR:
        # The same text as the format below, in a third of its time (every timestamp a
        # local command writes passes here: an import's 10,000 rows hold 120,000).
        return parsed.isoformat(" ", "microseconds")
    return parsed.strftime(_DATETIME_FORMAT)


def storage_date(value: Any) -> str | None:
    """A ``YYYY-MM-DD`` date (or a timestamp's date part) as SQLite storage text."""
    if value is None:
        return None
    if isinstance(value, str):
        if len(value) == 10 and value[4] == "-" and value[7] == "-":
            return value
        try:
            return date.fromisoformat(value[:10]).isoformat()
        except ValueError as exc:
            raise RowFormatError(f"{value!r} is not a date") from exc
    if isinstance(value, date):
        return value.isoformat()[:10]
    raise RowFormatError(f"{value!r} is not a date")


def storage_json(value: Any) -> str | None:
    """A JSON value as the JSON text SQLAlchemy's ``JSON`` type stores."""
    if value is None:
        return None
    return orjson.dumps(value).decode()


def storage_bool(value: Any) -> int | None:
    if value is None:
        return None
    return 1 if value else 0


def converter_for(column: Column[Any]) -> Converter | None:
    """The converter of one column, or None when the JSON value is stored as it is."""
    type_ = column.type
    if isinstance(type_, TypeDecorator):
        type_ = type_.impl_instance
    if isinstance(type_, DateTime):
        return storage_datetime
    if isinstance(type_, Date):
        return storage_date
    if isinstance(type_, JSON):
        return storage_json
    if isinstance(type_, Boolean):
        return storage_bool
    return None


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class TableSpec:
    """One synced table: columns, converters and the SQL the store runs on it."""

    name: str
    columns: tuple[str, ...]
    converters: tuple[Converter | None, ...]

    @property
    def base_table(self) -> str:
        """The shadow table holding the server's version of locally changed rows."""
        return f"base__{self.name}"

    def convert(self, row: Mapping[str, Any]) -> tuple[Any, ...]:
        """A server row (JSON) as a tuple of storage values in column order."""
        return self.convert_many([row])[0]

    def convert_many(self, rows: Sequence[Mapping[str, Any]]) -> list[tuple[Any, ...]]:
        """Many rows at once; a value of the wrong form raises RowFormatError naming the row."""
        convert = _compiled(self.columns, self.converters)
        try:
            return [convert(r) for r in rows]
        except RowFormatError:
            for r in rows:  # find the row to name it
                try:
                    convert(r)
                except RowFormatError as exc:
                    raise RowFormatError(f"{self.name} {r.get('id')}: {exc}") from exc
            raise

    def _cols(self) -> str:
        return ", ".join(quote(c) for c in self.columns)

    def _updates(self) -> str:
        return ", ".join(f"{quote(c)} = excluded.{quote(c)}" for c in self.columns if c != "id")

    def upsert_sql(self, target: str | None = None) -> str:
        """``INSERT ... ON CONFLICT(id) DO UPDATE`` for one row of values."""
        marks = ", ".join("?" for _ in self.columns)
        return (
            f"INSERT INTO {quote(target or self.name)} ({self._cols()}) VALUES ({marks}) "
            f"ON CONFLICT (id) DO UPDATE SET {self._updates()}"
        )

    def restore_sql(self) -> str:
        """Copy every row of the base table back over the live table."""
        return (
            f"INSERT INTO {quote(self.name)} ({self._cols()}) "
            f"SELECT {self._cols()} FROM {quote(self.base_table)} WHERE true "
            f"ON CONFLICT (id) DO UPDATE SET {self._updates()}"
        )

    def base_ddl(self) -> str:
        # Untyped columns: values are kept exactly as they were stored.
        cols = ", ".join(quote(c) for c in self.columns)
        return f"CREATE TABLE IF NOT EXISTS {quote(self.base_table)} ({cols}, PRIMARY KEY (id))"

    def trigger_ddl(self) -> list[str]:
        """Triggers that keep the pre-image of a row the first time a local write touches it.

        They fire only while ``sync_capture.enabled`` is 1, which is the case
        for every write except the sync engine's own (pulled rows, restores).
        """
        t = quote(self.name)
        lit = "'" + self.name.replace("'", "''") + "'"
        capture = "(SELECT enabled FROM sync_capture WHERE id = 1) = 1"
        old_values = ", ".join(f"OLD.{quote(c)}" for c in self.columns)
        statements = []
        for event in ("UPDATE", "DELETE"):
            name = quote(f"kansli_base_{self.name}_{event.lower()}")
            statements.append(
                f"CREATE TRIGGER {name} BEFORE {event} ON {t} "
                f"WHEN {capture} AND NOT EXISTS (SELECT 1 FROM row_base "
                f"WHERE table_name = {lit} AND row_id = OLD.id) "
                f"BEGIN "
                f"INSERT INTO row_base (table_name, row_id, existed) VALUES ({lit}, OLD.id, 1); "
                f"INSERT OR REPLACE INTO {quote(self.base_table)} ({self._cols()}) "
                f"VALUES ({old_values}); "
                f"END"
            )
        name = quote(f"kansli_base_{self.name}_insert")
        statements.append(
            f"CREATE TRIGGER {name} AFTER INSERT ON {t} "
            f"WHEN {capture} AND NOT EXISTS (SELECT 1 FROM row_base "
            f"WHERE table_name = {lit} AND row_id = NEW.id) "
            f"BEGIN "
            f"INSERT INTO row_base (table_name, row_id, existed) VALUES ({lit}, NEW.id, 0); "
            f"END"
        )
        return statements

    def trigger_names(self) -> list[str]:
        return [f"kansli_base_{self.name}_{e}" for e in ("update", "delete", "insert")]


@cache
def _compiled(
    columns: tuple[str, ...], converters: tuple[Converter | None, ...]
) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    """One function per table turning a row dict into its tuple, without a per-value loop.

    Generated code: about three times faster than a generator over the
    columns, which matters at 200,000 rows. Only our own column names go
    into the source, as string literals.
    """
    parts = []
    env: dict[str, Any] = {}
    for i, (name, conv) in enumerate(zip(columns, converters, strict=True)):
        get = f"g({name!r})"
        if conv is None:
            parts.append(get)
        else:
            env[f"c{i}"] = conv
            parts.append(f"c{i}({get})")
    source = f"lambda r: (lambda g: ({', '.join(parts)},))(r.get)"
    return cast(
        Callable[[Mapping[str, Any]], tuple[Any, ...]],
        eval(source, env),  # noqa: S307  (source built from our column names only)
    )


def spec_for(table: Table) -> TableSpec:
    cols = list(table.columns)
    return TableSpec(
        name=table.name,
        columns=tuple(c.name for c in cols),
        converters=tuple(converter_for(c) for c in cols),
    )


@cache
def table_specs() -> dict[str, TableSpec]:
    """Specs of every synced table, in dependency order (parents first)."""
    return {t.name: spec_for(t) for t in Base.metadata.sorted_tables if t.info.get("synced")}
