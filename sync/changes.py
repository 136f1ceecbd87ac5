"""What a change did, told once so views refresh only what concerns them.

Anki's ``OpChanges``: a small value naming the kinds of rows (and the rows) that
moved. A local command's outcome gives one (:meth:`Changes.from_outcome`), and so
does a sync (``sync.engine.SyncReport.changes``: rows pulled, rows the server sent
back with its answers, rows reverted after a refusal). Views ask
``changes.touches("registration", "person")`` and ignore the rest.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sized
from dataclasses import dataclass
from typing import Any

from models.base import synced_tables
from models.commands import Outcome

#: Every synced table (a full refresh touches all of them).
ALL_TABLES = frozenset(synced_tables())
#: Rows the server sent at once from which they are told by table alone (ids unknown):
#: a view reloads such a table anyway, and a first sync's pages, merged id by id
#: (``SyncReport.changes``), copied an ever larger set per page (100 pages of 5,000 rows:
#: ~25 million ids copied, seconds of a 100k tenant's first sync).
KNOWN_ROWS = 2000


@dataclass(frozen=True)
class Changes:
    """Which tables (and which rows of them) an operation or a sync changed.

    ``outbox`` is True when local commands were added or removed, or their answers
    recorded (the pending or refused counts moved); ``ids`` is empty when the rows
    are not known (every row of ``tables`` may have moved).
    """

    tables: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()
    outbox: bool = False

    @classmethod
    def from_outcome(cls, outcome: Outcome) -> Changes:
        """The changes a locally applied command made (always an outbox change)."""
        return cls.of_rows(outcome.concerns, outbox=True)

    @classmethod
    def of_rows(cls, rows: Iterable[tuple[str, str]], *, outbox: bool = False) -> Changes:
        """The changes of these ``(table, id)`` rows."""
        pairs = list(rows)
        return cls(
            tables=frozenset(t for t, _ in pairs),
            ids=frozenset(i for _, i in pairs),
            outbox=outbox,
        )

    @classmethod
    def of_server_rows(
        cls,
        rows: Mapping[str, Iterable[Mapping[str, Any]]],
        tombstones: Mapping[str, Iterable[Any]] | None = None,
    ) -> Changes:
        """The changes of rows the server sent (``{table: [row, ...]}``, JSON form) and of
        tombstones (``{table: [id, ...]}``), as in a pull page or a push answer; more than
        :data:`KNOWN_ROWS` of them by their tables alone."""
        count = sum(len(r) for r in rows.values() if isinstance(r, Sized))
        count += sum(len(i) for i in (tombstones or {}).values() if isinstance(i, Sized))
        if count > KNOWN_ROWS:
            tables = [t for t, r in rows.items() if r] + [
                t for t, i in (tombstones or {}).items() if i
            ]
            return cls.of_tables(str(t) for t in tables)
        return cls.of_rows(server_row_keys(rows, tombstones))

    @classmethod
    def everything(cls) -> Changes:
        return cls(tables=ALL_TABLES, outbox=True)

    @classmethod
    def of_tables(cls, tables: Iterable[str], *, outbox: bool = False) -> Changes:
        return cls(tables=frozenset(tables), outbox=outbox)

    def __bool__(self) -> bool:
        return bool(self.tables) or self.outbox

    def touches(self, *tables: str) -> bool:
        """True if any of ``tables`` changed."""
        return not self.tables.isdisjoint(tables)

    def merged(self, other: Changes) -> Changes:
        """Both changes in one. Rows known on one side and unknown (whole tables) on the
        other stay unknown: merging with :meth:`everything` is everything."""
        if (not self.ids and self.tables) or (not other.ids and other.tables):
            ids: frozenset[str] = frozenset()
        else:
            ids = self.ids | other.ids
        return Changes(
            tables=self.tables | other.tables,
            ids=ids,
            outbox=self.outbox or other.outbox,
        )


def server_row_keys(
    rows: Mapping[str, Iterable[Mapping[str, Any]]],
    tombstones: Mapping[str, Iterable[Any]] | None = None,
) -> list[tuple[str, str]]:
    """The ``(table, id)`` of rows and tombstones the server sent (JSON form)."""
    keys = [
        (str(table), str(row["id"]))
        for table, table_rows in rows.items()
        for row in table_rows or ()
        if isinstance(row, Mapping) and "id" in row
    ]
    for table, ids in (tombstones or {}).items():
        keys += [(str(table), str(row_id)) for row_id in ids or ()]
    return keys
