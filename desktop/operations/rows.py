"""Creating, editing and archiving one row through its commands, with undo (issue 15): the
operations every create/edit dialog runs on the database executor (courses, rounds,
categories, ...).

Every change is a command (``<kind>.create`` / ``<kind>.edit`` / ``<kind>.archive``),
applied locally and queued for the server. An edit sends only the fields the form
changed, each with the value it showed. Each save returns the :class:`UndoStep` that
takes it back: a create is withdrawn while it waits in the outbox; an edit is taken back
by the inverse edit, an archive by the inverse archive.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from desktop.operations.executor import DbOp, OpContext
from desktop.operations.undo import UndoStep
from models.commands.edits import changes_between


@dataclass(frozen=True)
class RowCommands:
    """The commands that create, edit and archive one kind of row, and their id argument."""

    table: str
    create: str
    edit: str
    id_arg: str
    archive: str = ""

    @classmethod
    def of(cls, table: str, *, id_arg: str = "") -> RowCommands:
        """The commands named after ``table``: ``<table>.create``, ``.edit`` and ``.archive``,
        the row's id in ``id_arg`` (``<table>_id`` unless given)."""
        return cls(
            table, f"{table}.create", f"{table}.edit", id_arg or f"{table}_id", f"{table}.archive"
        )


def save_row(
    *,
    parent: QObject | None,
    commands: RowCommands,
    row_id: str,
    values: Mapping[str, Any],
    shown: Mapping[str, Any] | None,
    extra: Mapping[str, Any] | None = None,
    name: str = "",
) -> DbOp[UndoStep | None]:
    """Create the row ``row_id`` with ``values`` (``shown`` None; ``extra``: the create's
    other arguments, such as the round's course) or edit the fields of ``values`` that
    differ from ``shown``. ``name`` names the row in the undo step (else its ``name``
    value). Returns how to undo it (None: nothing changed)."""
    key = commands.id_arg
    name = name or str(values.get("name") or "")

    def run(ctx: OpContext) -> UndoStep | None:
        if shown is None:
            args = {key: row_id, **(extra or {}), **_present(values)}
            command = ctx.command(commands.create, args)
            ctx.execute(command)
            return UndoStep(
                label=QCoreApplication.translate("RowOps", "creating %1").replace("%1", name),
                table=commands.table,
                row_id=row_id,
                withdraw=command.id,
            )
        changes = changes_between(shown, values)
        if not changes:
            return None
        ctx.execute(ctx.command(commands.edit, {key: row_id, "changes": changes}))
        inverse = {f: {"old": c["new"], "new": c["old"]} for f, c in changes.items()}
        return UndoStep(
            label=QCoreApplication.translate("RowOps", "edit of %1").replace("%1", name),
            table=commands.table,
            row_id=row_id,
            command=commands.edit,
            args={key: row_id, "changes": inverse},
        )

    return DbOp(
        run,
        parent=parent,
        label=QCoreApplication.translate("RowOps", "Saving %1").replace("%1", name),
    )


def _present(values: Mapping[str, Any]) -> dict[str, Any]:
    """A create's arguments: the values given (an empty field takes the default)."""
    return {k: v for k, v in values.items() if v is not None and v != ""}


def set_archived(
    *, parent: QObject | None, commands: RowCommands, row_id: str, name: str, archived: bool
) -> DbOp[UndoStep]:
    """Archive the row (``archived``) or take it back out of the archive."""
    key = commands.id_arg

    def change(to: bool) -> dict[str, Any]:
        return {key: row_id, "changes": {"archived": {"old": not to, "new": to}}}

    def run(ctx: OpContext) -> UndoStep:
        ctx.execute(ctx.command(commands.archive, change(archived)))
        return UndoStep(
            label=(
                QCoreApplication.translate("RowOps", "archiving %1")
                if archived
                else QCoreApplication.translate("RowOps", "restoring %1")
            ).replace("%1", name),
            table=commands.table,
            row_id=row_id,
            command=commands.archive,
            args=change(not archived),
        )

    return DbOp(
        run,
        parent=parent,
        label=QCoreApplication.translate("RowOps", "Archiving %1").replace("%1", name),
    )
