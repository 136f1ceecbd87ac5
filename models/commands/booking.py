"""Commands on booking's rules (issue 17, :mod:`models.booking`): price rules, discount
rules, membership types, people's memberships and rounds' cancellation policies; and on
what a booking checks (:mod:`models.prerequisites`): courses' prerequisites and people's
level approvals.

Each kind of row has a ``create``, a field-merged ``edit`` and an ``archive`` (the
membership's is ``membership.remove``); the cancellation policy of a round is ``set``
as a whole, its version counted up. Every row is checked by turning it into the price
engine's value (:mod:`models.pricing`) after it is written: a rule the engine could not
price is refused, naming the field, here and on the server alike.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, ClassVar

import pydantic
from sqlalchemy import select

from models import pricing
from models.booking import (
    CancellationPolicy,
    DiscountRule,
    MembershipType,
    PersonMembership,
    PriceRule,
    PriceScope,
)
from models.commands.base import Args, Command, CommandContext, MultilineText, register
from models.commands.edits import ArchiveCommand, FieldEditCommand, set_versioned
from models.courses import Course, CourseRound
from models.errors import ConflictError, ValidationError
from models.people import Person
from models.prerequisites import CoursePrerequisite, LevelApproval
from models.tenancy import Role

#: Who sets prices, discounts, membership fees and cancellation terms.
PRICE_ROLES = frozenset({Role.ADMIN})
#: Who records people's memberships (the club's staff).
MEMBERSHIP_ROLES = frozenset({Role.ADMIN, Role.COURSE_ADMIN})

#: Öre, as the price engine takes them.
Amount = Annotated[int, pydantic.Field(ge=0, le=pricing.MAX_AMOUNT)]
#: A VAT rate or percentage in basis points (2500: 25 %).
Rate = Annotated[int, pydantic.Field(ge=0, le=pricing.BASIS)]
#: A bookkeeping account ("3010").
AccountCode = Annotated[str, pydantic.Field(max_length=40)]


def _check(row: Any) -> None:
    """Refuse a row the price engine cannot use (its own validation, with the field)."""
    if isinstance(row, DiscountRule):
        row.rule()
    elif isinstance(row, MembershipType):
        row.fee_rule()
    elif isinstance(row, PersonMembership):
        if row.until is not None and row.until < row.since:
            raise ValidationError("A membership ends before it starts", field="until")
    elif isinstance(row, CancellationPolicy):
        row.terms()
        if (
            row.full_refund_until
            and row.fee_refund_until
            and (row.fee_refund_until < row.full_refund_until)
        ):
            raise ValidationError(
                "The refund less the fee ends before the full refund does",
                field="fee_refund_until",
            )
    elif isinstance(row, PriceRule) and row.base_price is not None:
        pricing.PriceList("", row.base_price, row.vat_rate)


def _check_scope(ctx: CommandContext, kind: PriceScope, scope_id: str | None) -> str | None:
    """The scope's id as stored: none for the tenant, a category's name, a live round."""
    if kind is PriceScope.TENANT:
        if scope_id:
            raise ValidationError("A rule for the whole tenant names no scope", field="scope_id")
        return None
    if not scope_id or not scope_id.strip():
        raise ValidationError("Name the category or round the rule is for", field="scope_id")
    if kind is PriceScope.ROUND:
        ctx.get(CourseRound, scope_id, what="Course round")
    return scope_id.strip()


def _as_date(value: Any) -> Any:
    return date.fromisoformat(value) if isinstance(value, str) and value else value or None


class _RowEdit(FieldEditCommand[Any]):
    """The base of the ``*.edit`` commands here: merge the fields (``dates`` from the
    wire's ISO days), then check the row."""

    dates: ClassVar[tuple[str, ...]] = ()

    def value(self, row: Any, field: str, value: Any) -> Any:
        return _as_date(value) if field in self.dates else value

    def written(self, ctx: CommandContext, row: Any, updates: dict[str, Any]) -> None:
        _check(row)


# -- membership types --------------------------------------------------------------------


class MembershipTypeFields(Args):
    name: str | None = pydantic.Field(default=None, min_length=1, max_length=200)
    fee: Amount | None = None
    vat_rate: Rate | None = None
    account: AccountCode | None = None


class MembershipTypeCreateArgs(Args):
    membership_type_id: str
    name: str = pydantic.Field(min_length=1, max_length=200)
    fee: Amount = 0
    vat_rate: Rate = 0
    account: AccountCode = ""


@register
class MembershipTypeCreate(Command[MembershipTypeCreateArgs]):
    """Make a membership type and its fee."""

    name = "membership_type.create"
    shape = "create"
    args_model = MembershipTypeCreateArgs
    roles = PRICE_ROLES

    def run(self, ctx: CommandContext, args: MembershipTypeCreateArgs) -> None:
        row = ctx.new_from(MembershipType, args, "membership_type_id")
        _check(row)
        ctx.add(row)


@register
class MembershipTypeEdit(_RowEdit):
    """Edit a membership type's name, fee, VAT rate or account (bookings made keep theirs)."""

    name = "membership_type.edit"
    roles = PRICE_ROLES
    model, id_arg, what = MembershipType, "membership_type_id", "Membership type"
    fields = MembershipTypeFields


@register
class MembershipTypeArchive(ArchiveCommand):
    """Archive a membership type (its members stay members for their periods)."""

    name = "membership_type.archive"
    roles = PRICE_ROLES
    model, id_arg = MembershipType, "membership_type_id"


# -- price rules ---------------------------------------------------------------------------


class PriceRuleFields(Args):
    base_price: Amount | None = None
    vat_rate: Rate | None = None
    account: AccountCode | None = None
    membership_type_id: str | None = None


class PriceRuleCreateArgs(Args):
    price_rule_id: str
    scope_kind: PriceScope
    scope_id: str | None = pydantic.Field(default=None, max_length=200)
    base_price: Amount | None = None
    vat_rate: Rate = 0
    account: AccountCode = ""
    membership_type_id: str | None = None


@register
class PriceRuleCreate(Command[PriceRuleCreateArgs]):
    """Set what rounds of a scope cost. A scope has one live price rule."""

    name = "price_rule.create"
    shape = "create"
    args_model = PriceRuleCreateArgs
    roles = PRICE_ROLES

    def run(self, ctx: CommandContext, args: PriceRuleCreateArgs) -> None:
        scope_id = _check_scope(ctx, args.scope_kind, args.scope_id)
        taken = ctx.session.scalar(
            select(PriceRule.id).where(
                PriceRule.tenant_id == ctx.actor.tenant_id,
                PriceRule.deleted_at.is_(None),
                PriceRule.scope_kind == args.scope_kind.value,
                PriceRule.scope_id.is_(None)
                if scope_id is None
                else PriceRule.scope_id == scope_id,
            )
        )
        if taken:
            raise ConflictError(
                "This scope already has a price rule: edit that one",
                details={"price_rule_id": taken},
            )
        if args.membership_type_id:
            ctx.get(MembershipType, args.membership_type_id, what="Membership type")
        row = ctx.new_from(
            PriceRule, args, "price_rule_id", scope_kind=args.scope_kind.value, scope_id=scope_id
        )
        _check(row)
        ctx.add(row)


@register
class PriceRuleEdit(_RowEdit):
    """Edit a price rule's price, VAT rate, account or membership type."""

    name = "price_rule.edit"
    roles = PRICE_ROLES
    model, id_arg, what = PriceRule, "price_rule_id", "Price rule"
    fields = PriceRuleFields

    def run(self, ctx: CommandContext, args: Any) -> None:
        change = args.changes.get("membership_type_id")
        if change is not None and change.new:
            ctx.get(MembershipType, str(change.new), what="Membership type")
        super().run(ctx, args)


@register
class PriceRuleArchive(ArchiveCommand):
    """Archive a price rule: its scope's rounds cost what the wider rules say."""

    name = "price_rule.archive"
    roles = PRICE_ROLES
    model, id_arg = PriceRule, "price_rule_id"


# -- discount rules ------------------------------------------------------------------------


class DiscountRuleFields(Args):
    name: str | None = pydantic.Field(default=None, min_length=1, max_length=200)
    condition: pricing.Condition | None = None
    amount: Amount | None = None
    percent: Rate | None = None
    stacking: pricing.Stacking | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    book_by: date | None = None
    position: int | None = pydantic.Field(default=None, ge=0, le=1000)
    account: AccountCode | None = None


class DiscountRuleCreateArgs(Args):
    discount_rule_id: str
    scope_kind: PriceScope
    scope_id: str | None = pydantic.Field(default=None, max_length=200)
    name: str = pydantic.Field(min_length=1, max_length=200)
    condition: pricing.Condition
    amount: Amount = 0
    percent: Rate = 0
    stacking: pricing.Stacking = pricing.Stacking.STACKS
    valid_from: date | None = None
    valid_until: date | None = None
    book_by: date | None = None
    position: int = pydantic.Field(default=0, ge=0, le=1000)
    account: AccountCode = ""


@register
class DiscountRuleCreate(Command[DiscountRuleCreateArgs]):
    """Add a discount to a scope (the tenant, a category, a round)."""

    name = "discount_rule.create"
    shape = "create"
    args_model = DiscountRuleCreateArgs
    roles = PRICE_ROLES

    def run(self, ctx: CommandContext, args: DiscountRuleCreateArgs) -> None:
        values = args.model_dump(exclude={"discount_rule_id", "scope_kind", "scope_id"})
        row = DiscountRule(
            id=args.discount_rule_id,
            scope_kind=args.scope_kind.value,
            scope_id=_check_scope(ctx, args.scope_kind, args.scope_id),
            **{k: getattr(v, "value", v) for k, v in values.items()},
        )
        _check(row)
        ctx.add(row)


@register
class DiscountRuleEdit(_RowEdit):
    """Edit a discount (bookings made keep the lines they were priced with)."""

    name = "discount_rule.edit"
    roles = PRICE_ROLES
    model, id_arg, what = DiscountRule, "discount_rule_id", "Discount"
    fields = DiscountRuleFields
    dates = ("valid_from", "valid_until", "book_by")


@register
class DiscountRuleArchive(ArchiveCommand):
    """Archive a discount: new sign-ups no longer get it."""

    name = "discount_rule.archive"
    roles = PRICE_ROLES
    model, id_arg = DiscountRule, "discount_rule_id"


# -- memberships -------------------------------------------------------------------------


class MembershipAddArgs(Args):
    membership_id: str
    person_id: str
    membership_type_id: str
    since: date
    until: date | None = None


@register
class MembershipAdd(Command[MembershipAddArgs]):
    """Record that a person is a member for a period."""

    name = "membership.add"
    shape = "create"
    args_model = MembershipAddArgs
    roles = MEMBERSHIP_ROLES

    def run(self, ctx: CommandContext, args: MembershipAddArgs) -> None:
        ctx.get(Person, args.person_id, what="Person")
        ctx.get(MembershipType, args.membership_type_id, what="Membership type")
        row = ctx.new_from(PersonMembership, args, "membership_id")
        _check(row)
        ctx.add(row)


class MembershipFields(Args):
    since: date | None = None
    until: date | None = None


@register
class MembershipEdit(_RowEdit):
    """Change a membership's period (end it: set ``until``)."""

    name = "membership.edit"
    roles = MEMBERSHIP_ROLES
    model, id_arg, what = PersonMembership, "membership_id", "Membership"
    fields = MembershipFields
    dates = ("since", "until")


@register
class MembershipRemove(ArchiveCommand):
    """Remove a membership recorded by mistake (or put it back)."""

    name = "membership.remove"
    roles = MEMBERSHIP_ROLES
    model, id_arg = PersonMembership, "membership_id"


# -- cancellation policies ---------------------------------------------------------------


class CancellationPolicySetArgs(Args):
    #: The policy row (the round's; a new id for a round without one).
    policy_id: str
    round_id: str
    #: The version the user saw (0: the round had none).
    expected_version: int = pydantic.Field(ge=0)
    full_refund_until: date | None = None
    fee_refund_until: date | None = None
    admin_fee: Amount = 0
    refund_as: pricing.RefundAs = pricing.RefundAs.CREDIT
    refunds: bool = True


@register
class CancellationPolicySet(Command[CancellationPolicySetArgs]):
    """Set a round's cancellation terms as a whole; each change is a new version (a
    booking keeps the terms it was made under). Set from a stale view (someone changed
    them meanwhile) is a conflict."""

    name = "cancellation_policy.set"
    shape = "expected_state"
    args_model = CancellationPolicySetArgs
    roles = PRICE_ROLES

    def run(self, ctx: CommandContext, args: CancellationPolicySetArgs) -> None:
        round_ = ctx.get(CourseRound, args.round_id, what="Course round")
        row = set_versioned(
            ctx,
            CancellationPolicy,
            CancellationPolicy.round_id == round_.id,
            lambda: CancellationPolicy(id=args.policy_id, round_id=round_.id, version=0),
            expected=args.expected_version,
            stale="The cancellation terms of {round} were changed meanwhile (version {theirs})",
            params={"round": round_.name},
        )
        row.full_refund_until = args.full_refund_until
        row.fee_refund_until = args.fee_refund_until
        row.admin_fee = args.admin_fee
        row.refund_as = args.refund_as.value
        row.refunds = args.refunds
        _check(row)


# -- prerequisites and level approvals (the booking's checks, models/prerequisites.py) -----

#: Who keeps courses' prerequisites and people's level approvals.
LEVEL_ROLES = frozenset({Role.ADMIN, Role.COURSE_ADMIN})


def _requires(ctx: CommandContext, course_id: str) -> set[str]:
    """Every course ``course_id`` requires, directly or through the courses it requires."""
    found: set[str] = set()
    todo = [course_id]
    while todo:
        direct = ctx.session.scalars(
            select(CoursePrerequisite.required_course_id).where(
                CoursePrerequisite.tenant_id == ctx.actor.tenant_id,
                CoursePrerequisite.course_id.in_(todo),
                CoursePrerequisite.deleted_at.is_(None),
            )
        )
        todo = [c for c in set(direct) if c not in found]
        found.update(todo)
    return found


def _check_prerequisite(ctx: CommandContext, row: CoursePrerequisite) -> None:
    """A course requires another live course, once, and never itself (also not through
    the courses that course requires)."""
    course = ctx.get(Course, row.course_id, what="Course")
    required = ctx.get(Course, row.required_course_id, what="Required course")
    if course.id == required.id:
        raise ValidationError("A course cannot require itself", field="required_course_id")
    if course.id in _requires(ctx, required.id):
        raise ValidationError(
            "{required} already requires {course}, directly or through other courses",
            field="required_course_id",
            params={"course": course.name, "required": required.name},
        )
    taken = ctx.session.scalar(
        select(CoursePrerequisite.id).where(
            CoursePrerequisite.tenant_id == ctx.actor.tenant_id,
            CoursePrerequisite.course_id == course.id,
            CoursePrerequisite.required_course_id == required.id,
            CoursePrerequisite.deleted_at.is_(None),
            CoursePrerequisite.id != row.id,
        )
    )
    if taken:
        raise ValidationError(
            "{course} already requires {required}",
            field="required_course_id",
            params={"course": course.name, "required": required.name},
        )


class PrerequisiteAddArgs(Args):
    prerequisite_id: str
    course_id: str
    required_course_id: str


@register
class PrerequisiteAdd(Command[PrerequisiteAddArgs]):
    """A course requires another completed (or a level approval for it) before a booking
    gets a place; without it the booking waits for review."""

    name = "prerequisite.add"
    shape = "create"
    args_model = PrerequisiteAddArgs
    roles = LEVEL_ROLES

    def run(self, ctx: CommandContext, args: PrerequisiteAddArgs) -> None:
        row = ctx.new_from(CoursePrerequisite, args, "prerequisite_id")
        _check_prerequisite(ctx, row)
        ctx.add(row)


@register
class PrerequisiteRemove(ArchiveCommand):
    """Remove a prerequisite (or put it back: undo)."""

    name = "prerequisite.remove"
    roles = LEVEL_ROLES
    model, id_arg = CoursePrerequisite, "prerequisite_id"

    def restored(self, ctx: CommandContext, row: Any) -> None:
        _check_prerequisite(ctx, row)


class LevelApprovalAddArgs(Args):
    level_approval_id: str
    person_id: str
    course_id: str
    approved_on: date
    approved_by: str = pydantic.Field(default="", max_length=200)
    note: MultilineText = pydantic.Field(default="", max_length=4000)


@register
class LevelApprovalAdd(Command[LevelApprovalAddArgs]):
    """Record a leader's approval of a person's level: counts as the course completed."""

    name = "level_approval.add"
    shape = "create"
    args_model = LevelApprovalAddArgs
    roles = LEVEL_ROLES

    def run(self, ctx: CommandContext, args: LevelApprovalAddArgs) -> None:
        ctx.get(Person, args.person_id, what="Person")
        ctx.get(Course, args.course_id, what="Course")
        ctx.add(ctx.new_from(LevelApproval, args, "level_approval_id"))


@register
class LevelApprovalRemove(ArchiveCommand):
    """Remove a level approval recorded by mistake (or put it back: undo)."""

    name = "level_approval.remove"
    roles = LEVEL_ROLES
    model, id_arg = LevelApproval, "level_approval_id"
