"""Internal notes on a registration (:mod:`models.registration_notes`; seed 000, issue 20):
``registration.add_note`` writes one, ``registration.remove_note`` withdraws one. For the
roles that edit registrations; both work offline and write one entry each, on the
participant's timeline, tied to the registration (``registration_id``). The approving
manager's profile shows that same entry too, saying whose registration it is (the desktop
reads the entries of the registrations a person approves: ``APPROVAL_KINDS`` in
:mod:`desktop.people.profile`); nothing is written on the manager's timeline."""

from __future__ import annotations

import pydantic

from models.commands.base import Args, Command, CommandContext, MultilineText, register
from models.commands.courses import COURSE_ROLES, note_activity
from models.courses import Registration
from models.errors import ValidationError
from models.people import ActivityKind
from models.registration_notes import NOTE_MAX_LENGTH, RegistrationNote

#: The timeline's subject lines (the desktop shows them in the user's language).
NOTE_SUBJECT = "Internal note"
REMOVED_SUBJECT = "Internal note withdrawn"


def _on_timeline(
    ctx: CommandContext, reg: Registration, note_id: str, kind: ActivityKind, body: str = ""
) -> None:
    """The note's entry (written or withdrawn: ``kind``) on the participant's timeline."""
    subject = NOTE_SUBJECT if kind == ActivityKind.REGISTRATION_NOTE else REMOVED_SUBJECT
    note_activity(ctx, reg, reg.participant_id, kind, subject, body, note_id=note_id)


class RegistrationAddNoteArgs(Args):
    registration_id: str
    note_id: str
    text: MultilineText = pydantic.Field(max_length=NOTE_MAX_LENGTH)


@register
class RegistrationAddNote(Command[RegistrationAddNoteArgs]):
    """Write an internal note on a registration ("approval received by phone")."""

    name = "registration.add_note"
    shape = "create"
    roles = COURSE_ROLES

    def run(self, ctx: CommandContext, args: RegistrationAddNoteArgs) -> None:
        reg = ctx.get(Registration, args.registration_id, what="Registration")
        if not args.text.strip():
            raise ValidationError("Write the internal note", field="text")
        ctx.add(
            ctx.new(
                RegistrationNote,
                id=args.note_id,
                registration_id=reg.id,
                author_email=ctx.actor.email,
                written_at=ctx.now,
                text=args.text,
            )
        )
        _on_timeline(ctx, reg, args.note_id, ActivityKind.REGISTRATION_NOTE, args.text)


class RegistrationRemoveNoteArgs(Args):
    note_id: str


@register
class RegistrationRemoveNote(Command[RegistrationRemoveNoteArgs]):
    """Withdraw an internal note: it stays, marked withdrawn by whom and when."""

    name = "registration.remove_note"
    shape = "transition"
    roles = COURSE_ROLES

    def run(self, ctx: CommandContext, args: RegistrationRemoveNoteArgs) -> None:
        note = ctx.get(RegistrationNote, args.note_id, what="Note")
        reg = ctx.get(Registration, note.registration_id, what="Registration")
        note.withdraw(by=ctx.actor.email, now=ctx.now)
        _on_timeline(ctx, reg, note.id, ActivityKind.REGISTRATION_NOTE_REMOVED)
