"""Booking's rules as staff keep them (issue 17; seed 003): prices, discounts, membership
types, people's memberships and rounds' cancellation policies — synced tables, edited
offline by commands (:mod:`models.commands.booking`) — and how they become the inputs of
the price engine (:mod:`models.pricing`).

A price rule or discount rule holds for a *scope*: the tenant, a course category (the
course's ``category`` text) or one round. For a round:

* the **base price** is the round's own ``price_ore`` when set, else that of the most
  specific price rule that sets one (round, then category, then tenant);
* VAT rate, account and membership type come from the most specific live price rule;
* the **discounts** of all three scopes count (a tenant's "another course the same
  term" holds for every round; a round's own early-booking price only for it);
* the **cancellation policy** is the round's (none: nothing is returned automatically,
  staff decide).

Each row turns into the engine's frozen value (:meth:`DiscountRule.rule` …), which
validates it: a rule the engine could not price is refused when it is saved.
"""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import Boolean, ColumnElement, Date, ForeignKey, Integer, String, or_, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base
from models.courses import NOT_SIGNED_UP, Course, CourseRound, Registration, courses_taken
from models.organisations import ArchivedByTombstone
from models.pricing import (
    CancellationTerms,
    Condition,
    Discount,
    Membership,
    MembershipFee,
    PriceList,
    RefundAs,
    SignupFacts,
    Stacking,
)


class PriceScope(enum.StrEnum):
    TENANT = "tenant"
    CATEGORY = "category"
    ROUND = "round"


#: Most specific first.
SCOPE_ORDER = (PriceScope.ROUND, PriceScope.CATEGORY, PriceScope.TENANT)


class MembershipType(ArchivedByTombstone, Base):
    """A kind of membership and its fee (owed with a booking by someone who is not a
    member on the round's start day)."""

    __tablename__ = "membership_type"

    name: Mapped[str] = mapped_column(String(200))
    fee: Mapped[int] = mapped_column(Integer, default=0)
    vat_rate: Mapped[int] = mapped_column(Integer, default=0)
    account: Mapped[str] = mapped_column(String(40), default="")

    def fee_rule(self) -> MembershipFee:
        return MembershipFee(self.name, self.fee, self.vat_rate, self.account)


class PriceRule(ArchivedByTombstone, Base):
    """What rounds of a scope cost (see the module's docstring)."""

    __tablename__ = "price_rule"

    scope_kind: Mapped[str] = mapped_column(String(20), default=PriceScope.TENANT)
    #: The category's name or the round's id; None for the tenant.
    scope_id: Mapped[str | None] = mapped_column(String(200), default=None)
    #: Öre; None: the round's own price or a wider rule's.
    base_price: Mapped[int | None] = mapped_column(Integer, default=None)
    vat_rate: Mapped[int] = mapped_column(Integer, default=0)
    account: Mapped[str] = mapped_column(String(40), default="")
    membership_type_id: Mapped[str | None] = mapped_column(
        ForeignKey("membership_type.id"), default=None
    )


class DiscountRule(ArchivedByTombstone, Base):
    """A discount of a scope (:class:`models.Discount`'s fields)."""

    __tablename__ = "discount_rule"

    scope_kind: Mapped[str] = mapped_column(String(20), default=PriceScope.TENANT)
    scope_id: Mapped[str | None] = mapped_column(String(200), default=None)
    name: Mapped[str] = mapped_column(String(200))
    condition: Mapped[str] = mapped_column(String(40), default=Condition.ALWAYS)
    amount: Mapped[int] = mapped_column(Integer, default=0)
    percent: Mapped[int] = mapped_column(Integer, default=0)
    stacking: Mapped[str] = mapped_column(String(20), default=Stacking.STACKS)
    valid_from: Mapped[date | None] = mapped_column(Date, default=None)
    valid_until: Mapped[date | None] = mapped_column(Date, default=None)
    book_by: Mapped[date | None] = mapped_column(Date, default=None)
    position: Mapped[int] = mapped_column(Integer, default=0)
    account: Mapped[str] = mapped_column(String(40), default="")

    def rule(self) -> Discount:
        """The engine's discount (refused with the field if it cannot be priced)."""
        return Discount(
            id=self.id,
            name=self.name,
            condition=Condition(self.condition),
            amount=self.amount,
            percent=self.percent,
            stacking=Stacking(self.stacking),
            valid_from=self.valid_from,
            valid_until=self.valid_until,
            book_by=self.book_by,
            position=self.position,
            account=self.account,
        )


class PersonMembership(ArchivedByTombstone, Base):
    """A period a person is a member (both days included; ``until`` None: open)."""

    __tablename__ = "person_membership"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    membership_type_id: Mapped[str] = mapped_column(ForeignKey("membership_type.id"))
    since: Mapped[date] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date, default=None)

    def period(self) -> Membership:
        return Membership(self.since, self.until)


class CancellationPolicy(ArchivedByTombstone, Base):
    """A round's cancellation terms; ``version`` counts each change (a booking keeps the
    terms it was made under)."""

    __tablename__ = "cancellation_policy"

    round_id: Mapped[str] = mapped_column(ForeignKey("course_round.id"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    full_refund_until: Mapped[date | None] = mapped_column(Date, default=None)
    fee_refund_until: Mapped[date | None] = mapped_column(Date, default=None)
    admin_fee: Mapped[int] = mapped_column(Integer, default=0)
    refund_as: Mapped[str] = mapped_column(String(20), default=RefundAs.CREDIT)
    refunds: Mapped[bool] = mapped_column(Boolean, default=True)

    def terms(self) -> CancellationTerms:
        return CancellationTerms(
            version=self.version,
            full_refund_until=self.full_refund_until,
            fee_refund_until=self.fee_refund_until,
            admin_fee=self.admin_fee,
            refund_as=RefundAs(self.refund_as),
            refunds=self.refunds,
        )


#: No policy: nothing is returned by itself (staff decide).
NO_REFUND = CancellationTerms(version=0, refunds=False)


def _scopes(round_: CourseRound, course: Course) -> dict[PriceScope, str | None]:
    scopes: dict[PriceScope, str | None] = {PriceScope.ROUND: round_.id}
    if course.category:
        scopes[PriceScope.CATEGORY] = course.category
    scopes[PriceScope.TENANT] = None
    return scopes


def _in_scopes(
    model: type[PriceRule] | type[DiscountRule],
    tenant_id: str,
    scopes: dict[PriceScope, str | None],
) -> ColumnElement[bool]:
    """The live rows of ``model`` that hold for one of ``scopes``."""
    matches = [
        (model.scope_kind == kind.value)
        & (model.scope_id.is_(None) if value is None else model.scope_id == value)
        for kind, value in scopes.items()
    ]
    return (model.tenant_id == tenant_id) & model.deleted_at.is_(None) & or_(*matches)


def price_list_for(session: Session, tenant_id: str, round_: CourseRound) -> PriceList:
    """The price list of ``round_`` from the rules of its scopes (the module's docstring)."""
    course = session.get(Course, round_.course_id)
    assert course is not None  # a round's course is never deleted under it
    scopes = _scopes(round_, course)
    rank = {kind: i for i, kind in enumerate(SCOPE_ORDER)}
    # The rules with their membership types, in one query.
    found: list[tuple[PriceRule, MembershipType | None]] = sorted(
        (
            (rule, kind)
            for rule, kind in session.execute(
                select(PriceRule, MembershipType)
                .outerjoin(MembershipType, MembershipType.id == PriceRule.membership_type_id)
                .where(_in_scopes(PriceRule, tenant_id, scopes))
            )
        ),
        key=lambda pair: (rank[PriceScope(pair[0].scope_kind)], pair[0].id),
    )
    rules = [rule for rule, _type in found]
    base = round_.price_ore
    if base is None:
        base = next((r.base_price for r in rules if r.base_price is not None), 0)
    first = rules[0] if rules else None
    membership = next((kind for _rule, kind in found if kind is not None), None)
    discounts = session.scalars(
        select(DiscountRule).where(_in_scopes(DiscountRule, tenant_id, scopes))
    )
    return PriceList(
        course=course.name,
        base_price=base,
        vat_rate=first.vat_rate if first else 0,
        account=first.account if first else "",
        discounts=tuple(d.rule() for d in discounts),
        membership=membership.fee_rule() if membership and not membership.archived else None,
    )


def signup_facts(
    session: Session,
    tenant_id: str,
    person_id: str,
    round_: CourseRound,
    *,
    today: date,
    credit_balance: int = 0,
) -> SignupFacts:
    """What the price of ``person_id`` signing up for ``round_`` today depends on (the
    credit balance is the ledger's: the server passes it)."""
    other_courses = 0
    if round_.term:
        taken = courses_taken(
            tenant_id,
            person_id,
            Registration.status.not_in(NOT_SIGNED_UP),
            CourseRound.term == round_.term,
            CourseRound.course_id != round_.course_id,
        )
        other_courses = len(set(session.scalars(taken)))
    memberships = session.scalars(
        select(PersonMembership).where(
            PersonMembership.tenant_id == tenant_id,
            PersonMembership.person_id == person_id,
            PersonMembership.deleted_at.is_(None),
        )
    )
    return SignupFacts(
        signed_up_on=today,
        round_starts_on=round_.starts_on or today,
        other_courses_same_term=other_courses,
        memberships=tuple(m.period() for m in memberships),
        credit_balance=max(0, credit_balance),
    )


def terms_for(session: Session, tenant_id: str, round_id: str) -> CancellationTerms:
    """The round's cancellation terms (:data:`NO_REFUND` when it has none)."""
    policy = session.scalars(
        select(CancellationPolicy)
        .where(
            CancellationPolicy.tenant_id == tenant_id,
            CancellationPolicy.round_id == round_id,
            CancellationPolicy.deleted_at.is_(None),
        )
        .order_by(CancellationPolicy.version.desc())
    ).first()
    return policy.terms() if policy else NO_REFUND
