"""Person categories in the desktop (issue 15): the tenant's list, and giving or taking a
category on one person or many, with undo.

The list is made and changed by ``category.create`` / ``category.rename`` /
``category.archive`` (through :mod:`desktop.operations.rows`); a category is given or
taken by ``person.set_category`` (one person) or ``person.set_category_many`` (a
selection, one command). The undo step takes back only what changed: the persons who
already had the category (or lacked it) are left out of the inverse.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass

from PySide6.QtCore import QCoreApplication, QObject
from sqlalchemy import func, select

from desktop.operations.executor import DbOp, OpContext
from desktop.operations.rows import RowCommands
from desktop.operations.undo import UndoStep
from models.people import Category, PersonCategory

CATEGORY_COMMANDS = RowCommands(
    "category", "category.create", "category.rename", "category_id", "category.archive"
)


@dataclass(frozen=True)
class CategoryRow:
    """A category as the list shows it: its name, key, how many persons have it."""

    id: str
    key: str
    name: str
    archived: bool
    persons: int

    def as_record(self) -> dict[str, object]:
        return asdict(self)


def load_categories(ctx: OpContext, *, archived: bool = False) -> list[CategoryRow]:
    """The tenant's categories by name (the archived too with ``archived``), each with the
    number of persons who have it."""
    counts = (
        select(PersonCategory.category_id, func.count().label("n"))
        .where(PersonCategory.deleted_at.is_(None))
        .group_by(PersonCategory.category_id)
        .subquery()
    )
    query = (
        select(Category, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.category_id == Category.id)
        .order_by(func.lower(Category.name), Category.id)
    )
    if not archived:
        query = query.where(Category.deleted_at.is_(None))
    with ctx.read() as s:
        return [
            CategoryRow(c.id, c.key, c.name, c.deleted_at is not None, int(n))
            for c, n in s.execute(query)
        ]


def holders(ctx: OpContext, key: str, person_ids: Sequence[str]) -> set[str]:
    """Those of ``person_ids`` who have the category ``key`` now."""
    with ctx.read() as s:
        category = select(Category.id).where(Category.key == key).scalar_subquery()
        held = select(PersonCategory.person_id).where(
            PersonCategory.category_id == category,
            PersonCategory.deleted_at.is_(None),
            PersonCategory.person_id.in_(list(person_ids)),
        )
        return set(s.scalars(held))


def person_category_keys(ctx: OpContext, person_id: str) -> set[str]:
    """The keys of the categories the person has now."""
    with ctx.read() as s:
        return set(
            s.scalars(
                select(Category.key)
                .join(PersonCategory, PersonCategory.category_id == Category.id)
                .where(PersonCategory.person_id == person_id, PersonCategory.deleted_at.is_(None))
            )
        )


def _command(person_ids: list[str], key: str, present: bool) -> tuple[str, dict[str, object]]:
    if len(person_ids) == 1:
        args = {"person_id": person_ids[0], "category_key": key, "present": present}
        return "person.set_category", args
    args = {"person_ids": person_ids, "category_key": key, "present": present}
    return "person.set_category_many", args


def set_category(
    *,
    parent: QObject | None,
    person_ids: Sequence[str],
    key: str,
    name: str,
    present: bool,
) -> DbOp[UndoStep | None]:
    """Give (``present``) or take the category ``key`` (called ``name``) on ``person_ids``.
    Returns the step that takes it back for those it changed (None: nobody changed)."""
    wanted = list(dict.fromkeys(person_ids))

    def run(ctx: OpContext) -> UndoStep | None:
        had = holders(ctx, key, wanted)
        changed = [p for p in wanted if (p in had) != present]
        if not changed:
            return None
        ctx.execute(ctx.command(*_command(changed, key, present)))
        command, args = _command(changed, key, not present)
        label = (
            QCoreApplication.translate("CategoryOps", "giving %1 to %n person(s)", "", len(changed))
            if present
            else QCoreApplication.translate(
                "CategoryOps", "taking %1 from %n person(s)", "", len(changed)
            )
        )
        return UndoStep(
            label=label.replace("%1", name),
            table="person",
            row_id=changed[0],
            command=command,
            args=args,
        )

    return DbOp(
        run,
        parent=parent,
        label=QCoreApplication.translate("CategoryOps", "Setting the category %1").replace(
            "%1", name
        ),
    )
