"""What an operation changed, broadcast once so views refresh only what concerns them.

Anki's ``OpChanges``: a small value naming the kinds of rows that moved.
Views ask ``changes.touches("registration", "person")`` and ignore the rest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from models.base import synced_tables
from models.commands import Outcome

#: Every table a view may show; ``Changes.everything()`` names them all.
#: Every synced table (a full refresh touches all of them).
ALL_TABLES = frozenset(synced_tables())


@dataclass(frozen=True)
class Changes:
    """Which tables (and which rows of them) an operation or a sync changed.

    ``outbox`` is True when local commands were added or removed (the pending
    count moved); ``ids`` is empty when the rows are not known (a pull).
    """

    tables: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()
    outbox: bool = False

    @classmethod
    def from_outcome(cls, outcome: Outcome) -> Changes:
        """The changes a locally applied command made (always an outbox change)."""
        return cls(
            tables=frozenset(t for t, _ in outcome.concerns),
            ids=frozenset(i for _, i in outcome.concerns),
            outbox=True,
        )

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
        return Changes(
            tables=self.tables | other.tables,
            ids=self.ids | other.ids,
            outbox=self.outbox or other.outbox,
        )


@dataclass
class ChangeCollector:
    """Accumulates the changes of the commands one operation executes."""

    changes: Changes = field(default_factory=Changes)

    def add(self, changes: Changes) -> None:
        self.changes = self.changes.merged(changes)
