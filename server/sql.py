"""SQL idioms the server's services share."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import ColumnElement, Connection, CursorResult, Update, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def conflict_insert(owner: Session | Connection, table: Any) -> Any:
    """An INSERT into ``table`` that takes ``on_conflict_do_update`` /
    ``on_conflict_do_nothing``, in the dialect of ``owner``'s database (PostgreSQL or SQLite)."""
    bind = owner.get_bind() if isinstance(owner, Session) else owner
    return (postgresql.insert if bind.dialect.name == "postgresql" else sqlite.insert)(table)


def updated_rows(session: Session, statement: Update) -> int:
    """Run ``statement`` (not synchronised into the session's objects) and return how many
    rows it changed: a conditional update used as a claim tells whether this caller won."""
    result = session.execute(statement.execution_options(synchronize_session=False))
    return cast(CursorResult[Any], result).rowcount


def count_rows(session: Session, table: Any, *conditions: ColumnElement[bool]) -> int:
    """How many rows of ``table`` meet every one of ``conditions``."""
    return session.scalar(select(func.count()).select_from(table).where(*conditions)) or 0
