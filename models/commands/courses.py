"""Commands on courses, rounds and registrations (seed 000)."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta
from types import SimpleNamespace
from typing import Any, ClassVar

import pydantic
from sqlalchemy import select

from models.commands.base import Args, Command, CommandContext, MultilineText, register
from models.commands.edits import (
    ArchivedField,
    FieldChange,
    FieldEditArgs,
    FieldEditCommand,
    MultilineField,
    SupersededCommand,
    merge_changes,
    set_fields,
)
from models.courses import (
    Course,
    CourseRound,
    Registration,
    RegistrationStatus,
    RoundSession,
    RoundStatus,
    first_waiting,
    new_status,
    seats_taken,
)
from models.errors import ConflictError, ValidationError
from models.organisations import Organisation
from models.people import Activity, ActivityKind, Person
from models.sessions import check_round_sessions, check_session
from models.tenancy import Role

COURSE_ROLES = frozenset({Role.ADMIN, Role.COURSE_ADMIN})


class CourseCreateArgs(Args):
    course_id: str
    code: str = pydantic.Field(min_length=1, max_length=40)
    name: str = pydantic.Field(min_length=1, max_length=200)
    description: MultilineText = pydantic.Field(default="", max_length=20_000)
    category: str = pydantic.Field(default="", max_length=100)
    leader_id: str | None = None


@register
class CourseCreate(Command[CourseCreateArgs]):
    name = "course.create"
    shape = "create"
    args_model = CourseCreateArgs
    roles = COURSE_ROLES

    def run(self, ctx: CommandContext, args: CourseCreateArgs) -> None:
        if args.leader_id:
            ctx.get(Person, args.leader_id, what="Course leader")
        ctx.add(ctx.new_from(Course, args, "course_id"))


class RoundCreateArgs(Args):
    round_id: str
    course_id: str
    name: str = pydantic.Field(min_length=1, max_length=200)
    term: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    place: str = ""
    seats: int = pydantic.Field(default=0, ge=0)
    status: RoundStatus = RoundStatus.OPEN
    registration_opens_on: date | None = None
    registration_closes_on: date | None = None
    #: The price in öre; None: no price set.
    price_ore: int | None = pydantic.Field(default=None, ge=0)
    #: A partner course: pairs sign up together (issue 17).
    partner_course: bool = False
    #: A round whose sessions the new round gets, moved by the days between their starts.
    copy_sessions_from: str | None = None


@register
class RoundCreate(Command[RoundCreateArgs]):
    name = "round.create"
    shape = "create"
    args_model = RoundCreateArgs
    roles = COURSE_ROLES

    def run(self, ctx: CommandContext, args: RoundCreateArgs) -> None:
        ctx.get(Course, args.course_id, what="Course")
        check_round_dates(args)
        ctx.add(ctx.new_from(CourseRound, args, "round_id", but=["copy_sessions_from"]))
        if args.copy_sessions_from:
            copy_sessions(ctx, args.copy_sessions_from, args)


def copy_sessions(ctx: CommandContext, source_id: str, round_: RoundCreateArgs) -> None:
    """The live sessions of round ``source_id`` on the new round ``round_``, each moved by
    the days between the two rounds' starts (not moved when either has no start), by the
    rule of ``session.add``; their ids are derived from the command and the old ids."""
    source = ctx.get(CourseRound, source_id, what="Course round")
    shift = timedelta(0)
    if round_.starts_on and source.starts_on:
        shift = round_.starts_on - source.starts_on
    found = ctx.session.scalars(
        select(RoundSession)
        .where(RoundSession.round_id == source.id, RoundSession.deleted_at.is_(None))
        .order_by(RoundSession.day, RoundSession.start_minute, RoundSession.id)
    )
    for old in found:
        day = old.day + shift
        check_session(round_, day, old.start_minute, old.end_minute)
        values = {f: getattr(old, f) for f in ("start_minute", "end_minute", "room", "note")}
        new_id = ctx.new_id("session", old.id)
        ctx.add(
            RoundSession(
                id=new_id, round_id=round_.round_id, day=day, leader_id=old.leader_id, **values
            )
        )


def check_round_dates(round_: RoundCreateArgs | SimpleNamespace) -> None:
    """The one rule of a round's dates: it ends after it starts, and its registration
    closes after it opens."""
    if round_.starts_on and round_.ends_on and round_.ends_on < round_.starts_on:
        raise ValidationError("The round ends before it starts", field="ends_on")
    opens, closes = round_.registration_opens_on, round_.registration_closes_on
    if opens and closes and closes < opens:
        raise ValidationError("Registration closes before it opens", field="registration_closes_on")


class CourseFields(Args):
    """The editable fields of a course (``course.edit``), by the rules of ``course.create``."""

    code: str | None = pydantic.Field(default=None, min_length=1, max_length=40)
    name: str | None = pydantic.Field(default=None, min_length=1, max_length=200)
    description: MultilineField = pydantic.Field(default=None, max_length=20_000)
    category: str | None = pydantic.Field(default=None, max_length=100)
    leader_id: str | None = None


class _NamedRowEdit(FieldEditCommand[Any]):
    """A field edit of a course or round, by course staff; a conflict names the row."""

    roles = COURSE_ROLES
    named = "{row.name}"


@register
class CourseEdit(_NamedRowEdit):
    """Edit a course's fields, merged per field (each carries the value the user saw)."""

    name = "course.edit"
    model, id_arg, what = Course, "course_id", "Course"
    fields = CourseFields

    def check(self, ctx: CommandContext, row: Any, updates: dict[str, Any]) -> None:
        if updates.get("leader_id"):
            ctx.get(Person, updates["leader_id"], what="Course leader")


@register
class CourseArchive(_NamedRowEdit):
    """Archive a course (or take it back out of the archive); its rounds stay."""

    name = "course.archive"
    model, id_arg, what = Course, "course_id", "Course"
    fields = ArchivedField


def _date_or_none(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


ROUND_DATES = frozenset({"starts_on", "ends_on", "registration_opens_on", "registration_closes_on"})


class RoundFields(Args):
    """The editable fields of a round (``round.edit``), by the rules of ``round.create``."""

    name: str | None = pydantic.Field(default=None, min_length=1, max_length=200)
    term: str | None = pydantic.Field(default=None, max_length=10)
    starts_on: date | None = None
    ends_on: date | None = None
    place: str | None = pydantic.Field(default=None, max_length=200)
    seats: int | None = pydantic.Field(default=None, ge=0)
    status: RoundStatus | None = None
    registration_opens_on: date | None = None
    registration_closes_on: date | None = None
    price_ore: int | None = pydantic.Field(default=None, ge=0)
    #: A partner course: pairs sign up together (issue 17).
    partner_course: bool | None = None


@register
class RoundEdit(_NamedRowEdit):
    """Edit a round's fields, merged per field; the dates keep their order. Seats added
    to a full round are offered to the first on its waiting list, as a cancellation's."""

    name = "round.edit"
    model, id_arg, what = CourseRound, "round_id", "Course round"
    fields = RoundFields

    def value(self, row: Any, field: str, value: Any) -> Any:
        """Dates from ISO text."""
        return _date_or_none(value) if field in ROUND_DATES else value

    def check(self, ctx: CommandContext, row: Any, updates: dict[str, Any]) -> None:
        dates = SimpleNamespace(**{f: updates.get(f, getattr(row, f)) for f in ROUND_DATES})
        check_round_dates(dates)
        if "starts_on" in updates or "ends_on" in updates:
            check_round_sessions(ctx.session, row.id, row.tenant_id, dates)

    def written(self, ctx: CommandContext, row: Any, updates: dict[str, Any]) -> None:
        if {"status", "registration_opens_on"} & updates.keys():
            # The round's registration may open now (issue 16): announced once.
            ctx.effect("notify.round_opens", round_id=row.id)
        if "seats" in updates:
            while offer_freed_place(ctx, row.id) is not None:
                pass


@register
class RoundArchive(_NamedRowEdit):
    """Archive a round (or take it back out of the archive); its registrations stay."""

    name = "round.archive"
    model, id_arg, what = CourseRound, "round_id", "Course round"
    fields = ArchivedField


class RoundSetTermsArgs(Args):
    round_id: str
    terms_text: MultilineText = pydantic.Field(max_length=20_000)
    terms_version: str = pydantic.Field(min_length=1, max_length=40)


def _check_terms_version(round_: CourseRound, text: str, version: str) -> None:
    if text != round_.terms_text and version == round_.terms_version:
        raise ValidationError(
            "Changed terms need a new version, so earlier consents keep theirs",
            field="terms_version",
        )


@register
class RoundSetTermsV1(SupersededCommand[RoundSetTermsArgs]):
    """Version 1 of ``round.set_terms``: the whole terms."""

    name = "round.set_terms"
    args_model = RoundSetTermsArgs
    roles = COURSE_ROLES

    def run(self, ctx: CommandContext, args: RoundSetTermsArgs) -> None:
        round_ = ctx.get(CourseRound, args.round_id, what="Course round")
        _check_terms_version(round_, args.terms_text, args.terms_version)
        round_.terms_text = args.terms_text
        round_.terms_version = args.terms_version


class TermsFields(Args):
    terms_text: MultilineField = pydantic.Field(default=None, max_length=20_000)
    terms_version: str | None = pydantic.Field(default=None, min_length=1, max_length=40)


class RoundSetTermsEditArgs(FieldEditArgs):
    fields_model = TermsFields
    round_id: str


@register
class RoundSetTerms(FieldEditCommand[RoundSetTermsEditArgs]):
    """Set the terms an approving manager accepts, with a new version.

    Consents store the text and version they were given for, so a changed
    text must come with a new version. Each field carries the value the user
    saw: terms someone else set meanwhile are a conflict, not overwritten.
    """

    name = "round.set_terms"
    version = 2
    args_model = RoundSetTermsEditArgs
    roles = COURSE_ROLES
    model, id_arg, what = CourseRound, "round_id", "Course round"
    named = "the terms of {row.name}"

    def check(self, ctx: CommandContext, row: Any, updates: dict[str, Any]) -> None:
        _check_terms_version(
            row,
            updates.get("terms_text", row.terms_text),
            updates.get("terms_version", row.terms_version),
        )


class RegistrationCreateArgs(Args):
    registration_id: str
    round_id: str
    participant_id: str
    approving_manager_id: str | None = None
    organisation_id: str | None = None
    #: Whom they take the course with (a partner course, issue 17): staff entering a pair.
    partner_id: str | None = None


@register
class RegistrationCreate(Command[RegistrationCreateArgs]):
    """Add a registration by hand: a participant on a round, optionally with a manager."""

    name = "registration.create"
    shape = "create"
    args_model = RegistrationCreateArgs
    roles = COURSE_ROLES

    def run(self, ctx: CommandContext, args: RegistrationCreateArgs) -> None:
        round_ = open_round(ctx, args.round_id)
        participant = ctx.get(Person, args.participant_id, what="Participant")
        add_registration(ctx, round_, participant, args)


def open_round(ctx: CommandContext, round_id: str) -> CourseRound:
    """The round a registration is added to; refused when it is cancelled."""
    round_ = ctx.get(CourseRound, round_id, what="Course round")
    if round_.status == RoundStatus.CANCELLED:
        raise ValidationError(f"{round_.name} is cancelled", field="round_id")
    return round_


def add_registration(
    ctx: CommandContext,
    round_: CourseRound,
    participant: Person,
    args: RegistrationCreateArgs,
    *,
    at_hand: Mapping[str, Person] | None = None,
) -> Registration:
    """``participant`` registered on ``round_`` (:func:`open_round`): the one rule of
    ``registration.create`` (and of each row of ``registration.import``).

    ``at_hand``: people the caller created in this command (not flushed yet), so a
    manager among them is not looked for in the database.
    """
    manager = (at_hand or {}).get(args.approving_manager_id or "")
    if manager is not None:
        ctx.concern(manager)
    elif args.approving_manager_id:
        ctx.get(Person, args.approving_manager_id, what="Approving manager")
    if args.organisation_id:
        ctx.get(Organisation, args.organisation_id, what="Organisation")
    if args.partner_id == participant.id:
        raise ValidationError("A participant is not their own partner", field="partner_id")
    if args.partner_id and args.partner_id not in (at_hand or {}):
        ctx.get(Person, args.partner_id, what="Partner")
    registration = ctx.new(
        Registration,
        id=args.registration_id,
        round_id=round_.id,
        participant_id=participant.id,
        approving_manager_id=args.approving_manager_id,
        organisation_id=args.organisation_id or participant.organisation_id,
        partner_id=args.partner_id,
        status=seat_status(ctx, round_),
        created_at=ctx.now,
    )
    ctx.add(registration)
    return registration


#: Seats taken per command and round, counted once (a bulk command adds thousands of
#: registrations, collected rather than in the session) and kept up to date by
#: :func:`seat_status`.
_TAKEN: weakref.WeakKeyDictionary[CommandContext, dict[str, int]] = weakref.WeakKeyDictionary()


def seat_status(ctx: CommandContext, round_: CourseRound) -> RegistrationStatus:
    """The status of a new registration on ``round_``: a place while a seat is free
    (0 seats: not limited), else the waiting list (in order of registration).

    On the server a command runs under the tenant's lock (as the public sign-up does), so
    two registrations for the last seat cannot both count it free.
    """
    if not round_.seats:
        return RegistrationStatus.REGISTERED
    taken = _TAKEN.setdefault(ctx, {})
    if round_.id not in taken:
        taken[round_.id] = seats_taken(ctx.session, round_.id)
    status = new_status(round_, taken[round_.id])
    if status == RegistrationStatus.REGISTERED:
        taken[round_.id] += 1
    return status


class RegistrationSetManagerArgs(Args):
    registration_id: str
    approving_manager_id: str | None
    #: The manager the user saw; refused if someone else changed it meanwhile.
    expected_manager_id: str | None = None


@register
class RegistrationSetManager(Command[RegistrationSetManagerArgs]):
    """Link (or change, or unlink) the approving manager."""

    name = "registration.set_manager"
    shape = "expected_state"
    args_model = RegistrationSetManagerArgs
    roles = COURSE_ROLES

    def run(self, ctx: CommandContext, args: RegistrationSetManagerArgs) -> None:
        reg = ctx.get(Registration, args.registration_id, what="Registration")
        change = FieldChange(old=args.expected_manager_id, new=args.approving_manager_id)
        try:
            updates = merge_changes(
                ctx, reg, {"approving_manager_id": change}, what="the registration"
            )
        except ConflictError as exc:
            raise _manager_conflict(ctx, exc) from None
        if updates.get("approving_manager_id"):
            ctx.get(Person, updates["approving_manager_id"], what="Approving manager")
        set_fields(ctx, reg, updates)


def _manager_conflict(ctx: CommandContext, exc: ConflictError) -> ConflictError:
    """The manager conflict with people's names for the ids (the user reads names)."""
    detail = dict(exc.details["fields"]["approving_manager_id"])

    def name(person_id: object) -> str:
        person = ctx.session.get(Person, person_id) if isinstance(person_id, str) else None
        ok = person is not None and person.tenant_id == ctx.actor.tenant_id
        return person.full_name if ok and person is not None else "nobody"

    for side in ("yours", "theirs", "base"):
        detail[side] = name(detail.get(side))
    by = detail.get("changed_by") or "Someone else"
    return ConflictError(
        f"{by} changed the approving manager to {detail['theirs']}",
        details={"fields": {"approving_manager": detail}},
    )


def approver_email(ctx: CommandContext, reg: Registration) -> tuple[Person | None, str | None]:
    """The manager person (if linked) and the address a request goes to
    (:func:`request_address`)."""
    if reg.approving_manager_id:
        manager = ctx.get(Person, reg.approving_manager_id, what="Approving manager")
        return manager, request_address(reg, addresses_of(manager))
    return None, reg.form_manager_email


def addresses_of(person: Person) -> list[str]:
    """``person``'s live e-mail addresses, the main one first, then in their order."""
    live = [e for e in person.emails if e.deleted_at is None]
    return [e.address for e in sorted(live, key=lambda e: not e.is_primary)]


def request_address(reg: Registration, manager_addresses: Sequence[str]) -> str | None:
    """The address a request (or reminder) about ``reg`` goes to, given its linked
    manager's live ``manager_addresses``, the main one first: the address given on the
    sign-up form while it is one of theirs (the manager expects the mail there), else the
    main one; with no manager linked, the form's."""
    if not reg.approving_manager_id:
        return reg.form_manager_email
    given = (reg.form_manager_email or "").strip().lower()
    if given and given in manager_addresses:
        return given
    return manager_addresses[0] if manager_addresses else None


def note_activity(
    ctx: CommandContext,
    reg: Registration,
    person_id: str,
    kind: ActivityKind,
    subject: str,
    body: str,
    **data: object,
) -> None:
    """An entry about ``reg`` on ``person_id``'s timeline, by the command's actor, now."""
    ctx.add(
        Activity(
            id=ctx.new_id("activity"),
            person_id=person_id,
            kind=kind,
            subject=subject,
            body=body,
            occurred_at=ctx.now,
            registration_id=reg.id,
            actor=ctx.actor.email,
            data=data,
        )
    )


class RequestApprovalArgs(Args):
    registration_id: str
    #: Optional words of the sender, shown in the mail above the link.
    message: MultilineText = pydantic.Field(default="", max_length=4000)


@register
class RequestApproval(Command[RequestApprovalArgs]):
    """Send (or re-send as a reminder) the request to the approving manager.

    The mail itself leaves from the server's outbox once this command has
    reached the server; offline it waits in the client's outbox.
    """

    name = "registration.request_approval"
    shape = "transition"
    args_model = RequestApprovalArgs
    roles = COURSE_ROLES

    def run(self, ctx: CommandContext, args: RequestApprovalArgs) -> None:
        reg = ctx.get(Registration, args.registration_id, what="Registration")
        manager, recipient = approver_email(ctx, reg)
        reminder = reg.request_approval(recipient_email=recipient, now=ctx.now)
        participant = ctx.get(Person, reg.participant_id, what="Participant")
        kind = ActivityKind.APPROVAL_REMINDER if reminder else ActivityKind.APPROVAL_REQUESTED
        verb = "Reminder sent" if reminder else "Approval requested"
        note_activity(
            ctx,
            reg,
            (manager or participant).id,
            kind,
            f"{verb}: {participant.full_name}",
            args.message,
            recipient=recipient,
        )
        ctx.effect(
            "mail.approval_request",
            registration_id=reg.id,
            recipient=recipient,
            message=args.message,
            reminder=reminder,
        )


class RemoveApprovalArgs(Args):
    registration_id: str
    reason: MultilineText = pydantic.Field(min_length=3, max_length=1000)


@register
class RemoveApproval(Command[RemoveApprovalArgs]):
    """Administrators only: take back an approval (audited, with a reason)."""

    name = "registration.remove_approval"
    shape = "transition"
    args_model = RemoveApprovalArgs
    roles = frozenset({Role.ADMIN})

    def run(self, ctx: CommandContext, args: RemoveApprovalArgs) -> None:
        reg = ctx.get(Registration, args.registration_id, what="Registration")
        by_email, at = reg.remove_approval(roles=ctx.actor.roles)
        manager, _ = approver_email(ctx, reg)
        note_activity(
            ctx,
            reg,
            manager.id if manager else reg.participant_id,
            ActivityKind.APPROVAL_REMOVED,
            "Approval removed",
            args.reason,
            approved_by_email=by_email,
            approved_at=at.isoformat() if at else None,
        )
        ctx.audit(
            "registration.remove_approval",
            reg,
            reason=args.reason,
            removed_approved_by=by_email,
            removed_approved_at=at.isoformat() if at else None,
        )


class RegistrationCancelArgs(Args):
    registration_id: str


@register
class RegistrationCancel(Command[RegistrationCancelArgs]):
    name = "registration.cancel"
    shape = "transition"
    args_model = RegistrationCancelArgs
    roles = COURSE_ROLES

    def run(self, ctx: CommandContext, args: RegistrationCancelArgs) -> None:
        reg = ctx.get(Registration, args.registration_id, what="Registration")
        freed = reg.holds_seat
        reg.cancel()
        # The participant (and a manager asked to approve) are told (issue 16).
        ctx.effect("notify.registration_cancelled", registration_id=reg.id)
        # A booking's charge becomes credit or a refund by its stored terms (issue 17).
        ctx.effect("booking.cancelled", registration_id=reg.id)
        if freed:
            offer_freed_place(ctx, reg.round_id)


class RegistrationReviewAcceptArgs(Args):
    registration_id: str


@register
class RegistrationReviewAccept(Command[RegistrationReviewAcceptArgs]):
    """Staff accept a sign-up held for review (issue 17): a place while the round has a
    free seat, else the waiting list; with a place, the booking's charge is posted then
    (effect ``booking.charge``; on the waiting list when it gets a place)."""

    name = "registration.review_accept"
    shape = "transition"
    args_model = RegistrationReviewAcceptArgs
    roles = COURSE_ROLES

    def run(self, ctx: CommandContext, args: RegistrationReviewAcceptArgs) -> None:
        reg = ctx.get(Registration, args.registration_id, what="Registration")
        reg.accept_review(seat_status(ctx, open_round(ctx, reg.round_id)))
        charge_placed(ctx, reg)


class RegistrationReviewDeclineArgs(Args):
    registration_id: str
    #: Optional words of staff, kept on the participant's activity.
    reason: MultilineText = pydantic.Field(default="", max_length=1000)


@register
class RegistrationReviewDecline(Command[RegistrationReviewDeclineArgs]):
    """Staff decline a sign-up held for review (issue 17): it is cancelled and the
    participant told as of any cancellation (nothing was charged)."""

    name = "registration.review_decline"
    shape = "transition"
    args_model = RegistrationReviewDeclineArgs
    roles = COURSE_ROLES

    def run(self, ctx: CommandContext, args: RegistrationReviewDeclineArgs) -> None:
        reg = ctx.get(Registration, args.registration_id, what="Registration")
        reg.decline_review()
        if args.reason.strip():
            subject = "Sign-up declined after review"
            note_activity(ctx, reg, reg.participant_id, ActivityKind.NOTE, subject, args.reason)
        ctx.effect("notify.registration_cancelled", registration_id=reg.id)


def charge_placed(ctx: CommandContext, reg: Registration) -> None:
    """A registration that now has a place is charged its booking (effect
    ``booking.charge``, issue 17; none without a booking): a person on the waiting list,
    offered a place or held for review owes nothing until then."""
    if reg.status == RegistrationStatus.REGISTERED:
        ctx.effect("booking.charge", registration_id=reg.id)


def offer_freed_place(ctx: CommandContext, round_id: str) -> Registration | None:
    """Offer a free seat of the round to the first on its waiting list (a mail with an
    accept link and a deadline, effect ``mail.waiting_list_offer``). Returns who got it."""
    round_ = ctx.get(CourseRound, round_id, what="Course round")
    # 0 seats: no longer limited (set by round.edit), so every place is free.
    if round_.seats and seats_taken(ctx.session, round_.id) >= round_.seats:
        return None
    first = first_waiting(ctx.session, round_.id)
    if first is None:
        return None
    ctx.concern(first)
    first.offer_place()
    ctx.effect("mail.waiting_list_offer", registration_id=first.id)
    return first


class RegistrationMoveArgs(Args):
    registration_id: str


class RegistrationMove(Command[RegistrationMoveArgs]):
    """A move of one registration between a round's places and its waiting list: the
    :class:`Registration` method ``move`` names, which holds the rule; a move into a place
    charges the booking (:func:`charge_placed`)."""

    shape = "transition"
    args_model = RegistrationMoveArgs
    roles = COURSE_ROLES
    move: ClassVar[Callable[[Registration], None]]

    def run(self, ctx: CommandContext, args: RegistrationMoveArgs) -> None:
        reg = ctx.get(Registration, args.registration_id, what="Registration")
        type(self).move(reg)
        charge_placed(ctx, reg)


@register
class RegistrationToWaitingList(RegistrationMove):
    """Staff move a participant from the round to its waiting list (by their place in
    the order of registration)."""

    name = "registration.to_waiting_list"
    move = Registration.to_waiting_list


@register
class RegistrationFromWaitingList(RegistrationMove):
    """Staff give a participant on the waiting list a place, also beyond the seats."""

    name = "registration.from_waiting_list"
    move = Registration.from_waiting_list


@register
class RegistrationAcceptOffer(RegistrationMove):
    """The participant accepts the place offered from the waiting list (the offer page)."""

    name = "registration.accept_offer"
    move = Registration.accept_offer
