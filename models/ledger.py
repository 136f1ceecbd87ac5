"""A person's account (issue 17): double-entry transactions that are never edited.

Every money event of a booking is one :class:`Transaction` of postings that sum to
zero (debits positive, credits negative, in öre): a charge, a payment, a cancellation.
A correction is a new transaction, never a change of an old one. What a person owes
and the credit they have are sums over their postings (:func:`balance`), so the
balance always equals its history.

The ledger's own accounts (:class:`Account`) are kept apart from the bookkeeping
account codes (``code``: the treasurer's chart, e.g. "3010"), which the SIE export of
the payments issue maps them to.

* ``receivable`` — what the person owes (a debit balance);
* ``credit`` — the person's credit balance, money held for their future bookings
  (a liability: a credit balance);
* ``revenue`` — course fees, membership fees and administrative fees (the line's code);
* ``vat`` — output VAT;
* ``bank`` / ``card`` — money in (Bankgiro, card acquirer), or out (a refund);
* ``refund_due`` — money owed back to the person (a liability) from a cancellation whose
  terms pay money back, until it leaves (:func:`refund`).

Pure: the server stores the transactions (append only) and calls these functions.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from models.errors import ValidationError
from models.pricing import Breakdown, Cancellation, LineKind, RefundAs


class Account(enum.StrEnum):
    RECEIVABLE = "receivable"
    CREDIT = "credit"
    REVENUE = "revenue"
    VAT = "vat"
    BANK = "bank"
    CARD = "card"
    #: Fees paid to payment providers (a card acquirer's fee): an expense.
    FEES = "fees"
    #: Money received that no invoice was found for yet (issue 18): held here, a
    #: liability, until it is matched by hand (:func:`suspense_in`, :func:`received`).
    SUSPENSE = "suspense"
    #: Money owed back to a person (issue 18): a cancellation whose terms pay money back
    #: puts it here, a liability per person, until a refund pays it (:func:`refund`).
    REFUND_DUE = "refund_due"


class Kind(enum.StrEnum):
    CHARGE = "charge"
    PAYMENT = "payment"
    CANCELLATION = "cancellation"
    REFUND = "refund"
    CORRECTION = "correction"
    #: A payment provider's fee, taken from the money it settles.
    FEE = "fee"
    #: A payment reminder's fee and late interest (issue 18), owed by the person.
    REMINDER = "reminder"


@dataclass(frozen=True)
class Posting:
    """One side of a transaction: ``amount`` öre (debit positive, credit negative) on
    ``account``; ``person_id`` for a person's accounts; ``code`` the bookkeeping account."""

    account: Account
    amount: int
    person_id: str | None = None
    code: str = ""


@dataclass(frozen=True)
class Transaction:
    """A balanced set of postings; made once, never changed."""

    id: str
    kind: Kind
    day: date
    postings: tuple[Posting, ...]
    #: What it is about (a registration, a payment's reference), for the person's history.
    reference: str = ""

    def __post_init__(self) -> None:
        if not self.postings:
            raise ValidationError("A transaction has postings", field="postings")
        if any(not isinstance(p.amount, int) or isinstance(p.amount, bool) for p in self.postings):
            raise ValidationError("Amounts are whole öre", field="postings")
        if sum(p.amount for p in self.postings) != 0:
            raise ValidationError(
                "A transaction's postings must sum to zero (they sum to {sum} öre)",
                field="postings",
                params={"sum": sum(p.amount for p in self.postings)},
            )


def _nonzero(postings: Iterable[Posting]) -> tuple[Posting, ...]:
    """The postings with an amount, the same account, person and code added together."""
    sums: dict[tuple[Account, str | None, str], int] = {}
    for p in postings:
        key = (p.account, p.person_id, p.code)
        sums[key] = sums.get(key, 0) + p.amount
    return tuple(
        Posting(a, amount, person, code) for (a, person, code), amount in sums.items() if amount
    )


def charge(
    tx_id: str, person_id: str, breakdown: Breakdown, day: date, reference: str
) -> Transaction:
    """A booking's charge: each priced line to revenue (less its VAT) and VAT; the credit
    used taken from the person's credit balance; the rest owed by the person."""
    postings: list[Posting] = []
    for line in breakdown.lines:
        if line.kind is LineKind.CREDIT_USED:
            continue
        postings.append(Posting(Account.REVENUE, -(line.amount - line.vat), code=line.account))
        postings.append(Posting(Account.VAT, -line.vat))
    postings.append(Posting(Account.CREDIT, breakdown.credit_used, person_id))
    postings.append(Posting(Account.RECEIVABLE, breakdown.to_pay, person_id))
    return _made(tx_id, Kind.CHARGE, day, postings, reference)


def payment(
    tx_id: str,
    person_id: str,
    amount: int,
    day: date,
    reference: str,
    *,
    via: Account = Account.BANK,
) -> Transaction:
    """Money in from the person (Bankgiro or card): what they owe goes down."""
    if amount <= 0:
        raise ValidationError("A payment is a positive amount", field="amount")
    if via not in (Account.BANK, Account.CARD):
        raise ValidationError("A payment comes by bank or card", field="via")
    return _made(
        tx_id,
        Kind.PAYMENT,
        day,
        [Posting(via, amount), Posting(Account.RECEIVABLE, -amount, person_id)],
        reference,
    )


def received(
    tx_id: str,
    person_id: str,
    amount: int,
    owed: int,
    day: date,
    reference: str,
    *,
    via: Account = Account.BANK,
) -> Transaction:
    """A payment matched to an invoice that still asks ``owed`` öre: up to that much
    pays the person's receivable, anything more becomes their credit balance (an
    overpayment). ``via`` is where the money came: the bank, the card acquirer, or the
    suspense account an unmatched payment was held on until it was matched by hand."""
    if amount <= 0:
        raise ValidationError("A payment is a positive amount", field="amount")
    if via not in (Account.BANK, Account.CARD, Account.SUSPENSE):
        raise ValidationError("A payment comes by bank or card", field="via")
    paid = min(amount, max(owed, 0))
    return _made(
        tx_id,
        Kind.PAYMENT,
        day,
        [
            Posting(via, amount),
            Posting(Account.RECEIVABLE, -paid, person_id),
            Posting(Account.CREDIT, -(amount - paid), person_id),
        ],
        reference,
    )


def suspense_in(
    tx_id: str, amount: int, day: date, reference: str, *, via: Account = Account.BANK
) -> Transaction:
    """Money in that matches no invoice: the bank has it, the suspense account holds it
    (the bank's balance is right; nobody's account moves until it is matched)."""
    if amount <= 0:
        raise ValidationError("A payment is a positive amount", field="amount")
    return _made(
        tx_id, Kind.PAYMENT, day, [Posting(via, amount), Posting(Account.SUSPENSE, -amount)],
        reference,
    )  # fmt: skip


def provider_fee(tx_id: str, amount: int, day: date, reference: str) -> Transaction:
    """A payment provider's fee for one card payment: an expense, taken from what the
    provider settles (the card account goes down)."""
    if amount < 0:
        raise ValidationError("A fee is not negative", field="amount")
    return _made(
        tx_id, Kind.FEE, day, [Posting(Account.FEES, amount), Posting(Account.CARD, -amount)],
        reference,
    )  # fmt: skip


#: The bookkeeping accounts a reminder's fee and late interest are credited to (BAS:
#: 3540 Faktureringsavgifter, 8313 Ränteintäkter från kundfordringar); the SIE export maps
#: them further through the accounting settings. Neither carries VAT.
REMINDER_FEE_CODE = "3540"
INTEREST_CODE = "8313"


def reminder_charge(
    tx_id: str, person_id: str, *, fee: int, interest: int, day: date, reference: str
) -> Transaction:
    """A payment reminder's reminder fee and late interest, owed by the person."""
    if fee < 0 or interest < 0:
        raise ValidationError("A reminder's fee and interest are not negative", field="amount")
    return _made(
        tx_id,
        Kind.REMINDER,
        day,
        [
            Posting(Account.REVENUE, -fee, code=REMINDER_FEE_CODE),
            Posting(Account.REVENUE, -interest, code=INTEREST_CODE),
            Posting(Account.RECEIVABLE, fee + interest, person_id),
        ],
        reference,
    )


def cancellation(
    tx_id: str,
    person_id: str,
    cancelled: Cancellation,
    day: date,
    reference: str,
    *,
    code: str = "",
) -> Transaction:
    """A cancelled booking (:func:`models.pricing.cancel`): the revenue given up, the unpaid
    part no longer owed, what was paid less what is kept returned — as credit balance or,
    by the terms, as money owed back (the refund due, paid by :func:`refund` when the money
    actually leaves)."""
    given_up = cancelled.returned + cancelled.written_off
    back = Account.CREDIT if cancelled.refund_as is RefundAs.CREDIT else Account.REFUND_DUE
    return _made(
        tx_id,
        Kind.CANCELLATION,
        day,
        [
            Posting(Account.REVENUE, given_up, code=code),
            Posting(Account.RECEIVABLE, -cancelled.written_off, person_id),
            Posting(back, -cancelled.returned, person_id),
        ],
        reference,
    )


def refund(
    tx_id: str,
    person_id: str,
    amount: int,
    day: date,
    reference: str,
    *,
    via: Account,
    owed_from: Account = Account.REFUND_DUE,
) -> Transaction:
    """Money paid back to the person (by the card provider or the bank, ``via``): what was
    owed back to them (``owed_from``: the refund due of a cancellation, or their credit
    balance paid out on request) goes down by ``amount``."""
    if amount <= 0:
        raise ValidationError("A refund is a positive amount", field="amount")
    if via not in (Account.BANK, Account.CARD):
        raise ValidationError("A refund goes by bank or card", field="via")
    if owed_from not in (Account.REFUND_DUE, Account.CREDIT):
        raise ValidationError("A refund pays a refund due or a credit balance", field="owed_from")
    return _made(
        tx_id,
        Kind.REFUND,
        day,
        [Posting(owed_from, amount, person_id), Posting(via, -amount)],
        reference,
    )


def _made(
    tx_id: str, kind: Kind, day: date, postings: Sequence[Posting], reference: str
) -> Transaction:
    kept = _nonzero(postings)
    # A transaction of nothing (a free course, no credit): one zero posting keeps it in
    # the history without moving money.
    return Transaction(tx_id, kind, day, kept or (Posting(Account.RECEIVABLE, 0),), reference)


@dataclass(frozen=True)
class Balance:
    """A person's account: what they ``owe``, the ``credit`` they have and the money owed
    back to them, ``refund_due`` (öre, >= 0 each in a ledger built by this module)."""

    owed: int
    credit: int
    refund_due: int = 0


def balance(transactions: Iterable[Transaction], person_id: str) -> Balance:
    """The person's balance: the sum of their postings over the whole history."""
    owed = credit = due = 0
    for tx in transactions:
        for p in tx.postings:
            if p.person_id != person_id:
                continue
            if p.account is Account.RECEIVABLE:
                owed += p.amount
            elif p.account is Account.CREDIT:
                credit -= p.amount
            elif p.account is Account.REFUND_DUE:
                due -= p.amount
    return Balance(owed, credit, due)
