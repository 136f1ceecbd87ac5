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
from models.commands.base import Args, ArgsT, Command, CommandContext, MultilineText, register
from models.commands.booking import MEMBERSHIP_ROLES
from models.commands.courses import COURSE_ROLES
from models.commands.edits import RemoveCommand
from models.courses import Registration, RoundSession
from models.errors import TransitionError, ValidationError
from models.people import Person
from models.presence import signed_up_rounds


class AtSessionArgs(Args):
    session_id: str
    person_id: str


class CheckInArgs(AtSessionArgs):
    #: How the person was found: ``scan`` (card or MRZ) or ``typed`` (personnummer typed).
    how: CheckInHow = CheckInHow.SCAN


def _existing(ctx: CommandContext, session_id: str, person_id: str) -> Attendance | None:
    row = ctx.session.get(Attendance, attendance_id(session_id, person_id))
    if row is None or row.tenant_id != ctx.actor.tenant_id:
        return None
    ctx.concern(row)
    return row


def _refuse_if_present(row: Attendance | None) -> None:
    if row is not None and row.deleted_at is not None:
        return  # a removed row is absent, as the check-in's decision reads it
    if row is not None and row.present and row.checked_in_at is not None:
        raise TransitionError(
            "Already checked in at {time}", params={"time": local_time(row.checked_in_at)}
        )
    if row is not None and row.present:
        raise TransitionError("Already marked present")


def is_registered(ctx: CommandContext, round_id: str, person_id: str) -> bool:
    """Whether ``person_id`` holds a live registration on ``round_id`` that counts as
    signed up (not cancelled, not held for review)."""
    rounds = signed_up_rounds(ctx.actor.tenant_id, person_id)
    return ctx.session.scalar(rounds.where(Registration.round_id == round_id)) is not None


class _Marking(Command[ArgsT]):
    """The base of the ``attendance.*`` commands: :meth:`refuse` what the arguments alone
    refuse, find the session and the person, then :meth:`mark` them."""

    roles = COURSE_ROLES

    def run(self, ctx: CommandContext, args: ArgsT) -> None:
        self.refuse(args)
        session = ctx.get(RoundSession, args.session_id, what="Session")  # type: ignore[attr-defined]
        person = ctx.get(Person, args.person_id, what="Person")  # type: ignore[attr-defined]
        self.mark(ctx, session, person, args)

    def refuse(self, args: ArgsT) -> None:
        """Refuse arguments that are wrong whatever the rows hold."""

    def mark(self, ctx: CommandContext, session: RoundSession, person: Person, args: ArgsT) -> None:
        raise NotImplementedError

    def record(
        self,
        ctx: CommandContext,
        session: RoundSession,
        person: Person,
        how: CheckInHow,
        *,
        present: bool = True,
        override_reason: str = "",
        overridden: str = "",
    ) -> Attendance:
        """Write the person's attendance at ``session`` (the row made or changed), checked
        in now unless marked by hand, by the actor."""
        values: dict[str, Any] = {
            "present": present,
            "checked_in_at": None if how == CheckInHow.MANUAL else self.issued_at,
            "how": how,
            "override_reason": override_reason,
            "overridden": overridden,
            "recorded_by": ctx.actor.label,
        }
        row = _existing(ctx, session.id, person.id)
        if row is None:
            row = Attendance(
                id=attendance_id(session.id, person.id),
                session_id=session.id,
                person_id=person.id,
                **values,
            )
            ctx.add(row)
            return row
        for key, value in values.items():
            setattr(row, key, value)
        row.deleted_at = None
        return row


@register
class AttendanceCheckIn(_Marking[CheckInArgs]):
    """Check a registered person in at a session, once."""

    name = "attendance.check_in"
    shape = "transition"

    def refuse(self, args: CheckInArgs) -> None:
        if args.how not in (CheckInHow.SCAN, CheckInHow.TYPED):
            raise ValidationError("A check-in is scanned or typed", field="how")

    def mark(
        self, ctx: CommandContext, session: RoundSession, person: Person, args: CheckInArgs
    ) -> None:
        _refuse_if_present(_existing(ctx, session.id, person.id))
        if not is_registered(ctx, session.round_id, person.id):
            raise TransitionError(
                "{name} is not registered on this round",
                params={"name": f"{person.first_name} {person.last_name}".strip()},
            )
        self.record(ctx, session, person, args.how)


class OverrideArgs(AtSessionArgs):
    #: Why staff let them in (required).
    reason: MultilineText = pydantic.Field(default="", max_length=2000)
    #: The red answer overridden (:class:`models.presence.RedReason`), as the station had it.
    overridden: str = pydantic.Field(default="", max_length=40)


@register
class AttendanceOverride(_Marking[OverrideArgs]):
    """Let a person in despite a red answer, with a reason (audited)."""

    name = "attendance.override"
    shape = "transition"

    def refuse(self, args: OverrideArgs) -> None:
        if not args.reason:
            raise ValidationError("Give a reason for letting them in", field="reason")

    def mark(
        self, ctx: CommandContext, session: RoundSession, person: Person, args: OverrideArgs
    ) -> None:
        _refuse_if_present(_existing(ctx, session.id, person.id))
        row = self.record(
            ctx,
            session,
            person,
            CheckInHow.OVERRIDE,
            override_reason=args.reason,
            overridden=args.overridden,
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


class AttendanceSetArgs(AtSessionArgs):
    present: bool


@register
class AttendanceSet(_Marking[AttendanceSetArgs]):
    """Mark a person present or absent at a session by hand (the last marking wins)."""

    name = "attendance.set"
    shape = "set_membership"

    def mark(
        self, ctx: CommandContext, session: RoundSession, person: Person, args: AttendanceSetArgs
    ) -> None:
        row = _existing(ctx, session.id, person.id)
        if row is not None and row.present == args.present:
            return  # already so: a check-in's time and way are kept
        self.record(ctx, session, person, CheckInHow.MANUAL, present=args.present)


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
        ctx.add(ctx.new_from(MembershipCard, args, "card_id", person_id=person.id))


class CardRemoveArgs(Args):
    card_id: str


@register
class MembershipCardRemove(RemoveCommand):
    """Withdraw a membership card (lost, replaced): its code no longer finds anyone."""

    name = "membership_card.remove"
    args_model = CardRemoveArgs
    roles = MEMBERSHIP_ROLES
    model, id_arg, what = MembershipCard, "card_id", "Membership card"
