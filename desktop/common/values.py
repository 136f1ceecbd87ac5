"""Values read with raw SQL from the local SQLite file, turned into Python values."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, TypeAlias

from models.errors import ValidationError
from models.pricing import kronor_text as kronor_text  # the desktop's lists show it

#: A row read with raw SQL by column name (an ``id`` key among them), as the
#: small lists hold it: the values its query read (text, numbers, dates), which
#: the code of each list knows.
Record: TypeAlias = dict[str, Any]


def utc(value: object) -> datetime | None:
    """A stored timestamp (naive UTC text or datetime) as an aware UTC datetime."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if not isinstance(value, datetime):
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def day(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def sql_time(value: datetime) -> str:
    """An aware datetime as SQLite stores it (naive UTC text), for comparisons in SQL."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def iso_day(text: str, field: str) -> str | None:
    """A day typed in a form as ``YYYY-MM-DD``, as the wire carries it; empty: None.
    Anything else is refused naming ``field``."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValidationError("Write the day as YYYY-MM-DD", field=field) from None
