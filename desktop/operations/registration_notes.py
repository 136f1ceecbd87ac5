"""Internal notes on a registration (seed 000; :mod:`models.registration_notes`): read them,
write one, withdraw one. Each works offline: the command is applied here and waits in the
outbox until the server has it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject
from sqlalchemy.orm import Session

from desktop.operations.executor import DbOp, OpContext
from models.ids import new_id
from models.registration_notes import notes_of


@dataclass(frozen=True)
class NoteRow:
    """One note as the detail pane shows it."""

    id: str
    author: str
    written_at: datetime
    text: str
    removed_at: datetime | None
    removed_by: str
    #: Written or withdrawn here and not yet on the server.
    pending: bool


def load_notes(ctx: OpContext, s: Session, registration_id: str) -> list[NoteRow]:
    """The registration's notes, newest first (withdrawn ones too), in ``s``."""
    notes = notes_of(s, registration_id)
    pending = ctx.store.pending_ids("registration_note", [n.id for n in notes], session=s)
    return [
        NoteRow(
            id=n.id,
            author=n.author_email,
            written_at=n.written_at,
            text=n.text,
            removed_at=n.removed_at,
            removed_by=n.removed_by or "",
            pending=n.id in pending,
        )
        for n in notes
    ]


def add_note(*, parent: QObject | None, registration_id: str, text: str) -> DbOp[str]:
    """Write an internal note on the registration; the op's result is the note's id."""

    def run(ctx: OpContext) -> str:
        note_id = new_id()
        args = {"registration_id": registration_id, "note_id": note_id, "text": text}
        ctx.execute(ctx.command("registration.add_note", args))
        return note_id

    label = QCoreApplication.translate("RegistrationOps", "Adding a note")
    return DbOp(run, parent=parent, label=label)


def withdraw_note(*, parent: QObject | None, note_id: str) -> DbOp[None]:
    """Withdraw an internal note (it stays, marked withdrawn)."""

    def run(ctx: OpContext) -> None:
        ctx.execute(ctx.command("registration.remove_note", {"note_id": note_id}))

    label = QCoreApplication.translate("RegistrationOps", "Withdrawing a note")
    return DbOp(run, parent=parent, label=label)
