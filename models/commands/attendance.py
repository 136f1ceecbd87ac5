"""Commands of attendance at a round's sessions (issue 19).

* ``attendance.check_in`` records a person at a session from the check-in station (a
  scan or a personnummer typed). Once only: a second check-in, from the same station or
  another that was offline, is refused "Already checked in at 18:02". Only a person
  registered on the session's round is checked in; anyone else needs staff's override.
* ``attendance.override``: staff let someone in despite a red answer
  (:class:`models.presence.Red`); the reason is required, kept on the row and audited.
* ``attendance.set``: present or absent marked by hand, also afterwards from the printed
  sheet; the last marking wins (it commutes with itself), a check-in's time is kept.
* ``membership_card.add`` / ``membership_card.remove``: the code on a person's card, which
  the check-in finds them by (one live card per code in a tenant).

Who may: course staff, as for registrations. The row of a person at a session has one id
everywhere (:func:`models.attendance.attendance_id`).
"""

from __future__ import annotations

from typing import Any

import pydantic
from sqlalchemy import select

from models.attendance import Attendance, CheckInHow, MembershipCard, attendance_id, local_time
from models.commands.base import Args, Command, CommandContext, MultilineText, register
from models.commands.booking import MEMBERSHIP_ROLES
from models.commands.courses import COURSE_ROLES
from models.courses import NOT_SIGNED_UP, Registration, RoundSession
from models.errors import TransitionError, ValidationError
from models.people import Person


class CheckInArgs(Args):
    session_id: str
    person_id: str
    #: How the person was found: ``scan`` (card or MRZ) or ``typed`` (personnummer typed).
    how: CheckInHow = CheckInHow.SCAN


def _existing(ctx: CommandContext, session_id: str, person_id: str) -> Attendance | None:
    row = ctx.session.get(Attendance, attendance_id(session_id, person_id))
    if row is None or row.tenant_id != ctx.actor.tenant_id:
        return None
    ctx.concern(row)
    return row


def _refuse_if_present(row: Attendance | None) -> None:
    if row is not None and row.present and row.checked_in_at is not None:
        raise TransitionError(
            "Already checked in at {time}", params={"time": local_time(row.checked_in_at)}
        )
    if row is not None and row.present:
        raise TransitionError("Already marked present")


def _record(
    ctx: CommandContext, session: RoundSession, person: Person, **values: Any
) -> Attendance:
    """Write the person's attendance at ``session`` (the row made or changed)."""
    row = _existing(ctx, session.id, person.id)
    if row is None:
        row = Attendance(
            id=attendance_id(session.id, person.id), session_id=session.id, person_id=person.id
        )
        for key, value in values.items():
            setattr(row, key, value)
        ctx.add(row)
        return row
    for key, value in values.items():
        setattr(row, key, value)
    row.deleted_at = None
    return row


def is_registered(ctx: CommandContext, round_id: str, person_id: str) -> bool:
    """Whether ``person_id`` holds a live registration on ``round_id`` that counts as
    signed up (not cancelled, not held for review)."""
    found = ctx.session.scalar(
        select(Registration.id).where(
            Registration.tenant_id == ctx.actor.tenant_id,
            Registration.round_id == round_id,
            Registration.participant_id == person_id,
            Registration.deleted_at.is_(None),
            Registration.status.not_in([str(s) for s in NOT_SIGNED_UP]),
        )
    )
    return found is not None


@register
class AttendanceCheckIn(Command[CheckInArgs]):
    """Check a registered person in at a session, once."""

    name = "attendance.check_in"
    shape = "transition"
    args_model = CheckInArgs
    roles = COURSE_ROLES

    def run(self, ctx: CommandContext, args: CheckInArgs) -> None:
        if args.how not in (CheckInHow.SCAN, CheckInHow.TYPED):
            raise ValidationError("A check-in is scanned or typed", field="how")
        session = ctx.get(RoundSession, args.session_id, what="Session")
        person = ctx.get(Person, args.person_id, what="Person")
        _refuse_if_present(_existing(ctx, session.id, person.id))
        if not is_registered(ctx, session.round_id, person.id):
            raise TransitionError(
                "{name} is not registered on this round",
                params={"name": f"{person.first_name} {person.last_name}".strip()},
            )
        _record(
            ctx,
            session,
            person,
            present=True,
            checked_in_at=self.issued_at,
            how=args.how,
            override_reason="",
            overridden="",
            recorded_by=ctx.actor.label,
        )


class OverrideArgs(Args):
    session_id: str
    person_id: str
    #: Why staff let them in (required).
    reason: MultilineText = pydantic.Field(default="", max_length=2000)
    #: The red answer overridden (:class:`models.presence.RedReason`), as the station had it.
    overridden: str = pydantic.Field(default="", max_length=40)


@register
class AttendanceOverride(Command[OverrideArgs]):
    """Let a person in despite a red answer, with a reason (audited)."""

    name = "attendance.override"
    shape = "transition"
    args_model = OverrideArgs
    roles = COURSE_ROLES

    def run(self, ctx: CommandContext, args: OverrideArgs) -> None:
        if not args.reason:
            raise ValidationError("Give a reason for letting them in", field="reason")
        session = ctx.get(RoundSession, args.session_id, what="Session")
        person = ctx.get(Person, args.person_id, what="Person")
        _refuse_if_present(_existing(ctx, session.id, person.id))
        row = _record(
            ctx,
            session,
            person,
            present=True,
            checked_in_at=self.issued_at,
            how=CheckInHow.OVERRIDE,
            override_reason=args.reason,
            overridden=args.overridden,
            recorded_by=ctx.actor.label,
        )
        ctx.audit(
            "attendance.override",
            row,
            session_id=session.id,
            person_id=person.id,
            reason=args.reason,
            overridden=args.overridden,
            command_id=self.id,
        )


class AttendanceSetArgs(Args):
    session_id: str
    person_id: str
    present: bool


@register
class AttendanceSet(Command[AttendanceSetArgs]):
    """Mark a person present or absent at a session by hand (the last marking wins)."""

    name = "attendance.set"
    shape = "set_membership"
    args_model = AttendanceSetArgs
    roles = COURSE_ROLES

    def run(self, ctx: CommandContext, args: AttendanceSetArgs) -> None:
        session = ctx.get(RoundSession, args.session_id, what="Session")
        person = ctx.get(Person, args.person_id, what="Person")
        row = _existing(ctx, session.id, person.id)
        if row is not None and row.present == args.present:
            return  # already so: a check-in's time and way are kept
        _record(
            ctx,
            session,
            person,
            present=args.present,
            checked_in_at=None,
            how=CheckInHow.MANUAL,
            override_reason="",
            overridden="",
            recorded_by=ctx.actor.label,
        )


class CardAddArgs(Args):
    card_id: str
    person_id: str
    #: The code printed on the card (its barcode or QR), as the scanner reads it.
    code: str = pydantic.Field(max_length=100)


@register
class MembershipCardAdd(Command[CardAddArgs]):
    """Give a person a membership card: its code finds them at the check-in."""

    name = "membership_card.add"
    shape = "create"
    args_model = CardAddArgs
    roles = MEMBERSHIP_ROLES

    def run(self, ctx: CommandContext, args: CardAddArgs) -> None:
        if not args.code:
            raise ValidationError("Give the card's code", field="code")
        person = ctx.get(Person, args.person_id, what="Person")
        holder = ctx.session.scalar(
            select(Person)
            .join(MembershipCard, MembershipCard.person_id == Person.id)
            .where(
                MembershipCard.tenant_id == ctx.actor.tenant_id,
                MembershipCard.code == args.code,
                MembershipCard.deleted_at.is_(None),
            )
            .limit(1)
        )
        if holder is not None:
            raise ValidationError(
                "The card {code} is given to {name} already",
                field="code",
                params={"code": args.code, "name": holder.full_name},
            )
        ctx.add(MembershipCard(id=args.card_id, person_id=person.id, code=args.code))


class CardRemoveArgs(Args):
    card_id: str


@register
class MembershipCardRemove(Command[CardRemoveArgs]):
    """Withdraw a membership card (lost, replaced): its code no longer finds anyone."""

    name = "membership_card.remove"
    shape = "delete"
    args_model = CardRemoveArgs
    roles = MEMBERSHIP_ROLES

    def run(self, ctx: CommandContext, args: CardRemoveArgs) -> None:
        card = ctx.get(MembershipCard, args.card_id, what="Membership card")
        card.deleted_at = ctx.now
