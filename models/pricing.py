"""The price of a sign-up (seed 003, steps 4-8; issue 17): a price list's rules evaluated
in one fixed, explainable order into lines a person can read.

The order, always the same:

1. **Base price** of the round (the caller picks the most specific price list: the
   round's, else its category's, else the tenant's).
2. **Discounts** whose condition holds for this sign-up and that are valid on the day it
   is made. A *stacking* discount always counts; of the *exclusive* ones only the
   largest counts (a tie: the lower position, then the id). A percentage is of the base
   price, in whole öre rounded half up. Together they never take the course below zero:
   the discount that would is cut to what was left, and its line says so.
3. **Membership fee**, when the person is not a member on the round's start date.
4. **Credit balance**, used first and automatically: at most what is owed.

Every line has a text code with its values (the reader's language renders it: English
in :data:`LINE_TEXTS`), an amount in öre (VAT included), its VAT in öre and the
bookkeeping account. The lines are stored with the booking, so a later change of a rule
never alters a past price. The result does not depend on the order the rules are given
in: they are sorted by position and id before anything is counted.

Pure functions of their arguments: no database. The server gathers the facts
(:class:`SignupFacts`) from the person, the round and the ledger (:mod:`models.ledger`).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from models.errors import ValidationError

#: VAT rates are in basis points: 2500 is 25 %, 600 is 6 %, 0 exempt (most course fees of
#: a non-profit club).
BASIS = 10_000
#: The most any amount of a price list may be: ten million kronor, in öre.
MAX_AMOUNT = 1_000_000_000


class Condition(enum.StrEnum):
    """When a discount applies to a sign-up."""

    #: Always (within its validity).
    ALWAYS = "always"
    #: The person is registered on another course of the same term (seed: Milonga).
    OTHER_COURSE_SAME_TERM = "other_course_same_term"
    #: The sign-up is made on or before the rule's ``book_by`` day (early booking).
    EARLY_BOOKING = "early_booking"
    #: The person is a student.
    STUDENT = "student"
    #: Someone of the person's family is registered on the round.
    FAMILY = "family"


class Stacking(enum.StrEnum):
    #: Counts with every other applying discount.
    STACKS = "stacks"
    #: Only the largest applying exclusive discount counts.
    EXCLUSIVE = "exclusive"


class LineKind(enum.StrEnum):
    BASE_PRICE = "base_price"
    DISCOUNT = "discount"
    MEMBERSHIP_FEE = "membership_fee"
    CREDIT_USED = "credit_used"


#: Each line's text in English, with its values in braces (the desktop and the web pages
#: translate the template and fill in the same values).
LINE_TEXTS: Mapping[str, str] = {
    "base_price": "{course}: course fee",
    "discount": "Discount: {name}",
    "discount_capped": "Discount: {name} (cut to {amount}: a price is never below zero)",
    "membership_fee": "Membership fee: {name} (not a member on {day})",
    "credit_used": "Your credit balance used",
}


@dataclass(frozen=True)
class Discount:
    """A discount rule of a price list."""

    id: str
    name: str
    condition: Condition
    #: Öre off (a positive number), or ``percent`` (basis points of the base price): one of them.
    amount: int = 0
    percent: int = 0
    stacking: Stacking = Stacking.STACKS
    #: The first and last day a sign-up gets it (None: open).
    valid_from: date | None = None
    valid_until: date | None = None
    #: For :attr:`Condition.EARLY_BOOKING`: the last day of the early price.
    book_by: date | None = None
    #: Evaluation order shown to staff; ties are broken by ``id``.
    position: int = 0
    account: str = ""

    def __post_init__(self) -> None:
        if (self.amount == 0) == (self.percent == 0):
            raise ValidationError("A discount is either an amount or a percentage", field="amount")
        if not 0 <= self.amount <= MAX_AMOUNT:
            raise ValidationError(
                "A discount's amount must be between 0 and {most} öre",
                field="amount",
                params={"most": MAX_AMOUNT},
            )
        if not 0 <= self.percent <= BASIS:
            raise ValidationError(
                "A discount's percentage must be between 0 and 100", field="percent"
            )
        if self.condition is Condition.EARLY_BOOKING and self.book_by is None:
            raise ValidationError("An early-booking discount needs its last day", field="book_by")
        if self.valid_from and self.valid_until and self.valid_from > self.valid_until:
            raise ValidationError(
                "A discount's validity ends before it starts", field="valid_until"
            )

    def off(self, base: int) -> int:
        """What this discount takes off ``base`` (before the never-below-zero cut)."""
        if self.amount:
            return self.amount
        return (base * self.percent + BASIS // 2) // BASIS

    def applies(self, facts: SignupFacts) -> bool:
        day = facts.signed_up_on
        if self.valid_from and day < self.valid_from:
            return False
        if self.valid_until and day > self.valid_until:
            return False
        match self.condition:
            case Condition.ALWAYS:
                return True
            case Condition.OTHER_COURSE_SAME_TERM:
                return facts.other_courses_same_term > 0
            case Condition.EARLY_BOOKING:
                return self.book_by is not None and day <= self.book_by
            case Condition.STUDENT:
                return facts.student
            case Condition.FAMILY:
                return facts.family_registered
        return False  # pragma: no cover (every condition is matched above)


@dataclass(frozen=True)
class MembershipFee:
    """The fee of a membership type, owed with a booking by a person who is not a member
    on the round's start date."""

    name: str
    amount: int
    vat_rate: int = 0
    account: str = ""


@dataclass(frozen=True)
class PriceList:
    """What a round costs: its base price and the rules that change it."""

    course: str
    base_price: int
    vat_rate: int = 0
    account: str = ""
    discounts: tuple[Discount, ...] = ()
    membership: MembershipFee | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.base_price <= MAX_AMOUNT:
            raise ValidationError(
                "A price must be between 0 and {most} öre",
                field="base_price",
                params={"most": MAX_AMOUNT},
            )
        if not 0 <= self.vat_rate <= BASIS:
            raise ValidationError("A VAT rate must be between 0 and 100 %", field="vat_rate")
        ids = [d.id for d in self.discounts]
        if len(set(ids)) != len(ids):
            raise ValidationError(
                "Two discounts of a price list have the same id", field="discounts"
            )


@dataclass(frozen=True)
class Membership:
    """A period a person is a member (both days included; ``until`` None: open)."""

    since: date
    until: date | None = None

    def covers(self, day: date) -> bool:
        return self.since <= day and (self.until is None or day <= self.until)


def is_member(periods: Iterable[Membership], day: date) -> bool:
    """Whether one of ``periods`` covers ``day``."""
    return any(p.covers(day) for p in periods)


@dataclass(frozen=True)
class SignupFacts:
    """What the price of one sign-up depends on, gathered by the caller."""

    signed_up_on: date
    round_starts_on: date
    #: Registrations of the person on other courses of the round's term.
    other_courses_same_term: int = 0
    student: bool = False
    family_registered: bool = False
    #: The person's membership periods (the fee is owed unless one covers the start).
    memberships: tuple[Membership, ...] = ()
    #: The person's credit balance in öre (what the ledger says now).
    credit_balance: int = 0

    def __post_init__(self) -> None:
        if self.credit_balance < 0:
            raise ValidationError("A credit balance is never negative", field="credit_balance")


@dataclass(frozen=True)
class Line:
    """One line of a price: what it is (``text`` code and ``params``), the amount in öre
    with VAT included (a discount and the credit used are negative), its VAT, its account."""

    kind: LineKind
    text: str
    params: Mapping[str, Any]
    amount: int
    vat: int = 0
    account: str = ""

    def message(self) -> str:
        """The line in English (the template of :data:`LINE_TEXTS` filled)."""
        return LINE_TEXTS[self.text].format(**self.params)

    def to_json(self) -> dict[str, Any]:
        """As stored with the booking."""
        return {
            "kind": self.kind.value,
            "text": self.text,
            "params": dict(self.params),
            "amount": self.amount,
            "vat": self.vat,
            "account": self.account,
        }


@dataclass(frozen=True)
class Breakdown:
    """A priced sign-up: the lines in their order, and the sums they make."""

    lines: tuple[Line, ...] = field(default_factory=tuple)

    @property
    def total(self) -> int:
        """What the booking costs (every line but the credit used)."""
        return sum(line.amount for line in self.lines if line.kind is not LineKind.CREDIT_USED)

    @property
    def credit_used(self) -> int:
        return -sum(line.amount for line in self.lines if line.kind is LineKind.CREDIT_USED)

    @property
    def to_pay(self) -> int:
        """What the person is asked to pay: the total less the credit used."""
        return sum(line.amount for line in self.lines)

    @property
    def vat(self) -> int:
        return sum(line.vat for line in self.lines if line.kind is not LineKind.CREDIT_USED)

    def to_json(self) -> list[dict[str, Any]]:
        return [line.to_json() for line in self.lines]

    @classmethod
    def from_json(cls, lines: Iterable[Mapping[str, Any]]) -> Breakdown:
        """A breakdown as stored (:meth:`to_json`)."""
        return cls(
            tuple(
                Line(
                    LineKind(line["kind"]),
                    str(line["text"]),
                    dict(line.get("params") or {}),
                    int(line["amount"]),
                    int(line.get("vat", 0)),
                    str(line.get("account", "")),
                )
                for line in lines
            )
        )


def vat_of(amount: int, rate: int) -> int:
    """The VAT included in ``amount`` at ``rate`` (basis points), in whole öre rounded half
    away from zero (so a discount's VAT is exactly the negative of the same charge's)."""
    if rate == 0 or amount == 0:
        return 0
    size = (abs(amount) * rate * 2 + (BASIS + rate)) // (2 * (BASIS + rate))
    return size if amount > 0 else -size


def kronor_text(ore: int | None) -> str:
    """öre as people read kronor: 120000 -> "1 200 kr", 125050 -> "1 250,50 kr", -20000 ->
    "−200 kr" (a no-break space between thousands); None: empty."""
    if ore is None:
        return ""
    sign = "−" if ore < 0 else ""
    kronor, rest = divmod(abs(int(ore)), 100)
    grouped = f"{kronor:,}".replace(",", "\u00a0")
    return f"{sign}{grouped},{rest:02d} kr" if rest else f"{sign}{grouped} kr"


def _kr(amount: int) -> str:
    kronor, ore = divmod(amount, 100)
    return f"{kronor} kr" if ore == 0 else f"{kronor},{ore:02d} kr"


def price(prices: PriceList, facts: SignupFacts) -> Breakdown:
    """The price of a sign-up, line by line, in the order of the module's docstring."""
    lines = [
        Line(
            LineKind.BASE_PRICE,
            "base_price",
            {"course": prices.course},
            prices.base_price,
            vat_of(prices.base_price, prices.vat_rate),
            prices.account,
        )
    ]
    left = prices.base_price
    for discount in applying_discounts(prices.discounts, facts, prices.base_price):
        off = min(discount.off(prices.base_price), left)
        if off <= 0:
            continue
        left -= off
        capped = off < discount.off(prices.base_price)
        params: dict[str, Any] = {"name": discount.name}
        if capped:
            params["amount"] = _kr(off)
        lines.append(
            Line(
                LineKind.DISCOUNT,
                "discount_capped" if capped else "discount",
                params,
                -off,
                vat_of(-off, prices.vat_rate),
                discount.account or prices.account,
            )
        )
    fee = prices.membership
    if fee is not None and fee.amount and not is_member(facts.memberships, facts.round_starts_on):
        lines.append(
            Line(
                LineKind.MEMBERSHIP_FEE,
                "membership_fee",
                {"name": fee.name, "day": facts.round_starts_on.isoformat()},
                fee.amount,
                vat_of(fee.amount, fee.vat_rate),
                fee.account,
            )
        )
    owed = sum(line.amount for line in lines)
    used = min(facts.credit_balance, owed)
    if used > 0:
        lines.append(Line(LineKind.CREDIT_USED, "credit_used", {}, -used))
    return Breakdown(tuple(lines))


def applying_discounts(
    discounts: Sequence[Discount], facts: SignupFacts, base: int
) -> list[Discount]:
    """The discounts that count for ``facts``, in evaluation order: every stacking one that
    applies and the largest exclusive one, all by (position, id)."""
    ordered = sorted(discounts, key=lambda d: (d.position, d.id))
    applying = [d for d in ordered if d.applies(facts)]
    exclusive = [d for d in applying if d.stacking is Stacking.EXCLUSIVE]
    best = min(exclusive, key=lambda d: (-d.off(base), d.position, d.id), default=None)
    return [d for d in applying if d.stacking is Stacking.STACKS or d is best]


# -- cancellation --------------------------------------------------------------------------


class RefundAs(enum.StrEnum):
    #: The money returned becomes credit balance for future bookings (the seed's terms).
    CREDIT = "credit"
    #: The money is paid back.
    MONEY = "money"


@dataclass(frozen=True)
class CancellationTerms:
    """A round's cancellation terms, as shown at sign-up (a new version for every change:
    a booking keeps the version it was made under).

    Cancelled on or before ``full_refund_until``: everything back. Else, on or before
    ``fee_refund_until`` (None: any time): back less ``admin_fee``. After that: nothing.
    """

    version: int = 1
    full_refund_until: date | None = None
    fee_refund_until: date | None = None
    admin_fee: int = 0
    refund_as: RefundAs = RefundAs.CREDIT
    #: False: after ``fee_refund_until`` (or with no refund period at all) nothing is returned.
    refunds: bool = True

    def __post_init__(self) -> None:
        if not 0 <= self.admin_fee <= MAX_AMOUNT:
            raise ValidationError(
                "An administrative fee must be between 0 and {most} öre",
                field="admin_fee",
                params={"most": MAX_AMOUNT},
            )


@dataclass(frozen=True)
class Cancellation:
    """What a cancellation means in money (öre): what the organiser ``kept``, what is
    ``returned`` to the person (as credit or money, by the terms) and what of the unpaid
    amount is ``written_off``. ``returned + written_off`` is what the booking's charge is
    reduced by."""

    kept: int
    returned: int
    written_off: int
    refund_as: RefundAs


def cancel(
    terms: CancellationTerms, cancelled_on: date, *, charged: int, paid: int
) -> Cancellation:
    """A booking of ``charged`` öre, of which ``paid`` (payments and credit used) came in,
    cancelled on ``cancelled_on`` under ``terms``."""
    if charged < 0 or not 0 <= paid <= charged:
        raise ValidationError("What was paid must be between 0 and what was charged", field="paid")
    if terms.full_refund_until and cancelled_on <= terms.full_refund_until:
        kept = 0
    elif terms.refunds and (
        terms.fee_refund_until is None or cancelled_on <= terms.fee_refund_until
    ):
        kept = min(terms.admin_fee, charged)
    else:
        kept = charged
    returned = max(0, paid - kept)
    written_off = charged - kept - returned
    return Cancellation(kept, returned, written_off, terms.refund_as)
