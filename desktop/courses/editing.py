"""Creating, editing, archiving and copying courses and rounds (issue 15): the operations
the Courses tab's dialogs run on the database executor.

Every change is a command (``course.create`` / ``course.edit`` / ``course.archive``,
``round.create`` / ``round.edit`` / ``round.archive``), applied locally and queued for
the server. An edit sends only the fields the form changed, each with the value it
showed. Each save returns the :class:`UndoStep` that takes it back: a create is
withdrawn while it waits in the outbox; an edit is taken back by the inverse edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import DbOp, OpContext
from desktop.operations.undo import UndoStep
from models.commands.edits import as_json, changes_between
from models.courses import Course, CourseRound
from models.people import Person

ROUND_STATUS = {
    "planned": QT_TRANSLATE_NOOP("Courses", "Planned"),
    "open": QT_TRANSLATE_NOOP("Courses", "Open"),
    "closed": QT_TRANSLATE_NOOP("Courses", "Closed"),
    "cancelled": QT_TRANSLATE_NOOP("Courses", "Cancelled"),
}

#: What a course form shows and edits (course.create's arguments but the id).
COURSE_FIELDS = ("code", "name", "category", "description", "leader_id")
#: What a round form shows and edits (round.create's arguments but the ids).
ROUND_FIELDS = (
    "name",
    "term",
    "starts_on",
    "ends_on",
    "place",
    "seats",
    "status",
    "registration_opens_on",
    "registration_closes_on",
    "price_ore",
)

#: table -> (its create and edit commands, its id argument)
_COMMANDS = {
    "course": ("course.create", "course.edit", "course_id"),
    "course_round": ("round.create", "round.edit", "round_id"),
}


def load_course(ctx: OpContext, course_id: str) -> dict[str, Any]:
    """The course's form values (JSON as the commands carry them) and its leader's name."""
    with ctx.read() as s:
        course = s.get(Course, course_id)
        if course is None:
            return {}
        leader = s.get(Person, course.leader_id) if course.leader_id else None
        values = {f: as_json(getattr(course, f)) for f in COURSE_FIELDS}
        return {**values, "archived": course.archived, "leader_name": _name(leader)}


def load_round_values(ctx: OpContext, round_id: str) -> dict[str, Any]:
    """The round's form values (JSON as the commands carry them) and its course."""
    with ctx.read() as s:
        round_ = s.get(CourseRound, round_id)
        if round_ is None:
            return {}
        values = {f: as_json(getattr(round_, f)) for f in ROUND_FIELDS}
        return {**values, "course_id": round_.course_id, "archived": round_.archived}


def _name(person: Person | None) -> str:
    return person.full_name if person is not None else ""


def save_row(
    *,
    parent: QObject | None,
    table: str,
    row_id: str,
    values: Mapping[str, Any],
    shown: Mapping[str, Any] | None,
    extra: Mapping[str, Any] | None = None,
) -> DbOp[UndoStep | None]:
    """Create the ``table`` row ``row_id`` with ``values`` (``shown`` None; ``extra``: the
    create's other arguments, such as the round's course) or edit the fields of ``values``
    that differ from ``shown``. Returns how to undo it (None: nothing changed)."""
    create, edit, key = _COMMANDS[table]
    name = str(values.get("name") or "")

    def run(ctx: OpContext) -> UndoStep | None:
        if shown is None:
            args = {key: row_id, **(extra or {}), **_present(values)}
            command = ctx.command(create, args)
            ctx.execute(command)
            return UndoStep(
                label=QCoreApplication.translate("CourseOps", "creating %1").replace("%1", name),
                table=table,
                row_id=row_id,
                withdraw=command.id,
            )
        changes = changes_between(shown, values)
        if not changes:
            return None
        ctx.execute(ctx.command(edit, {key: row_id, "changes": changes}))
        inverse = {f: {"old": c["new"], "new": c["old"]} for f, c in changes.items()}
        return UndoStep(
            label=QCoreApplication.translate("CourseOps", "edit of %1").replace("%1", name),
            table=table,
            row_id=row_id,
            command=edit,
            args={key: row_id, "changes": inverse},
        )

    return DbOp(
        run,
        parent=parent,
        label=QCoreApplication.translate("CourseOps", "Saving %1").replace("%1", name),
    )


def _present(values: Mapping[str, Any]) -> dict[str, Any]:
    """A create's arguments: the values given (an empty field takes the default)."""
    return {k: v for k, v in values.items() if v is not None and v != ""}


def set_archived(
    *, parent: QObject | None, table: str, row_id: str, name: str, archived: bool
) -> DbOp[UndoStep]:
    """Archive the row (``archived``) or take it back out of the archive."""
    command_name = "course.archive" if table == "course" else "round.archive"
    key = _COMMANDS[table][2]

    def change(to: bool) -> dict[str, Any]:
        return {key: row_id, "changes": {"archived": {"old": not to, "new": to}}}

    def run(ctx: OpContext) -> UndoStep:
        ctx.execute(ctx.command(command_name, change(archived)))
        return UndoStep(
            label=(
                QCoreApplication.translate("CourseOps", "archiving %1")
                if archived
                else QCoreApplication.translate("CourseOps", "restoring %1")
            ).replace("%1", name),
            table=table,
            row_id=row_id,
            command=command_name,
            args=change(not archived),
        )

    return DbOp(
        run,
        parent=parent,
        label=QCoreApplication.translate("CourseOps", "Archiving %1").replace("%1", name),
    )
