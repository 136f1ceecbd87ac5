"""``sync.batching.BatchingSession``: flushes held back, and nothing a command reads or
rolls back to is ever wrong for it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, String, create_engine, event, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker

from sync.batching import BatchingSession


class _Base(DeclarativeBase):
    pass


class Item(_Base):
    __tablename__ = "item"

    id: Mapped[str] = mapped_column(String, primary_key=True)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = create_engine(f"sqlite:///{tmp_path / 'b.db'}")
    _Base.metadata.create_all(engine)
    yield engine
    engine.dispose()


def _inserts(engine: Engine) -> list[int]:
    """Counts, one per INSERT statement (or executemany) sent to the database."""
    sent: list[int] = []

    @event.listens_for(engine, "before_cursor_execute")
    def _count(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
        if statement.startswith("INSERT"):
            sent.append(len(params) if executemany else 1)

    return sent


def test_held_flushes_write_many_rows_at_once_and_every_query_sees_them(engine: Engine) -> None:
    sent = _inserts(engine)
    with sessionmaker(engine, class_=BatchingSession)() as s, s.begin():
        with s.holding_flushes():
            for i in range(5):
                s.add(Item(id=f"a{i}"))
                s.flush()  # what Command.apply does after each command: held
            assert sent == []
            # A query flushes what is held first, as an autoflush would.
            assert s.scalar(select(func.count()).select_from(Item)) == 5
            assert sent == [5]
            s.add(Item(id="b"))
            s.flush()
            assert s.get(Item, "b") is not None  # pending: found without the database
        assert sent == [5, 1]  # the block's end writes the rest
    with sessionmaker(engine)() as after:
        assert after.scalar(select(func.count()).select_from(Item)) == 6


def test_a_savepoint_rolled_back_keeps_the_rows_held_before_it(engine: Engine) -> None:
    with sessionmaker(engine, class_=BatchingSession)() as s, s.begin(), s.holding_flushes():
        s.add(Item(id="kept"))
        s.flush()
        with s.begin_nested() as savepoint:
            s.add(Item(id="undone"))
            s.flush()
            savepoint.rollback()
    with sessionmaker(engine)() as after:
        assert list(after.scalars(select(Item.id))) == ["kept"]
