"""The economics report (issue 18): per course, course category or term, what the
bookings brought in a period — invoiced, cancelled, paid, outstanding, discounts, credit
used and given, refunds — from the bookings (:mod:`server.tables.booking`) and the
ledger (:mod:`server.tables.ledger`).

A ledger transaction belongs to a booking when its ``reference`` is the booking's
registration id (a charge, a cancellation) or the OCR reference or id of an invoice of
that registration (a payment, a reminder fee, a card payment's provider fee).
Its figures come from its postings' ledger accounts, never from its kind, so a kind of
transaction added later is counted without a change here:

* ``invoiced`` — revenue and VAT credited (what was charged, before any credit used;
  reminder fees and late interest charged on a booking's invoice too);
* ``cancelled`` — revenue and VAT given up again (cancellations, credit notes);
* ``paid`` — money in: bank, card and suspense debited (a payment matched from the
  suspense account counts when it is matched);
* ``refunds`` — money paid back: bank and card credited (a payment provider's fee,
  taken from the card account, is netted out: it is no refund), when the money leaves;
* ``credit_used`` / ``credit_given`` — what the club owes the person debited /
  credited: their credit balance and the money owed back to them (a cancellation's
  refund due is given; paid out, it is used, and its money a refund);
* ``outstanding`` — what the people owe for the group's bookings at the period's end
  (receivable summed over every transaction up to ``to``);
* ``discounts`` — the discount lines of the bookings charged in the period (a positive
  amount: what was given off).

For every group ``outstanding = invoiced - cancelled - credit_used + credit_given - paid
+ refunds`` over a period that starts with the ledger. Money not tied to a booking (a
payment whose reference names no invoice) is a row of its own with no key.

Two grouped queries (the ledger's sums; the charged bookings' discounts), whatever the
number of bookings.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select, true
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from models.courses import Course, CourseRound
from models.ledger import Account, Kind
from models.pricing import LineKind
from server.tables import Booking, Invoice, LedgerPosting, LedgerTransaction


class Group(enum.StrEnum):
    COURSE = "course"
    CATEGORY = "category"
    TERM = "term"


@dataclass
class Figures:
    """One row of the report (öre)."""

    #: The course's id, the category or the term; None: money tied to no booking.
    key: str | None
    #: What the desktop shows: the course's name, the category, the term.
    name: str
    bookings: int = 0
    invoiced: int = 0
    cancelled: int = 0
    paid: int = 0
    outstanding: int = 0
    discounts: int = 0
    credit_used: int = 0
    credit_given: int = 0
    refunds: int = 0


#: The figures summed over the rows (a row's key and name aside).
AMOUNTS = tuple(f.name for f in fields(Figures) if f.name not in ("key", "name"))

_REVENUE = (Account.REVENUE.value, Account.VAT.value)
_MONEY = (Account.BANK.value, Account.CARD.value)
#: What the club owes a person: credit balance and money owed back (refund due).
_OWED_BACK = (Account.CREDIT.value, Account.REFUND_DUE.value)
#: A payment provider's fee is taken from the card account: netted, it is no refund.
_FEES = Account.FEES.value
#: Where a payment not yet matched waits (helper G's account; matched, it counts as paid).
_SUSPENSE = "suspense"


def _booked(query: Any, tenant_id: str) -> Any:
    """``query`` (over ledger transactions) joined to the booking each belongs to: the
    registration its reference names, else the invoice (by OCR or id) it names. Each a
    join on a unique key, so the database looks each up by its index."""
    reference = LedgerTransaction.reference
    direct = aliased(Booking)
    query = query.outerjoin(
        direct, and_(direct.registration_id == reference, direct.tenant_id == tenant_id)
    )
    registration: list[Any] = [direct.registration_id]
    for column in ("ocr", "id"):
        invoice = aliased(Invoice)
        query = query.outerjoin(
            invoice,
            and_(getattr(invoice, column) == reference, invoice.tenant_id == tenant_id),
        )
        registration.append(invoice.registration_id)
    return (
        query.outerjoin(
            Booking,
            and_(
                Booking.registration_id == func.coalesce(*registration),
                Booking.tenant_id == tenant_id,
            ),
        )
        .outerjoin(CourseRound, CourseRound.id == Booking.round_id)
        .outerjoin(Course, Course.id == CourseRound.course_id)
    )


def _group_column(group: Group) -> InstrumentedAttribute[str]:
    if group is Group.COURSE:
        return Course.id
    if group is Group.CATEGORY:
        return Course.category
    return CourseRound.term


def _name_column(group: Group) -> InstrumentedAttribute[str]:
    """What a row is called: the course's name, else the category or term itself."""
    return Course.name if group is Group.COURSE else _group_column(group)


def economics(
    session: Session,
    tenant_id: str,
    *,
    group: Group,
    start: date | None = None,
    end: date | None = None,
) -> list[Figures]:
    """The report's rows, one per course / category / term with any money or booking in
    the period (``start`` .. ``end``, both included; None: unbounded), sorted by name; the
    row of money tied to no booking last."""
    key = _group_column(group)
    day = LedgerTransaction.day
    in_period = and_(day >= start if start else true(), day <= end if end else true())
    amount = LedgerPosting.amount
    account = LedgerPosting.account

    def net(accounts: tuple[str, ...]) -> Any:
        return func.coalesce(func.sum(case((account.in_(accounts), amount))), 0)

    # Each transaction's net on each kind of account (its postings summed first, a scan of
    # one table), then summed by its sign: a charge whose discount has an account of its
    # own is still one amount invoiced.
    nets = (
        select(
            LedgerPosting.transaction_id.label("tx"),
            net(_REVENUE).label("revenue"),
            net((*_MONEY, _SUSPENSE, _FEES)).label("money"),
            net(_OWED_BACK).label("credit"),
            net((Account.RECEIVABLE.value,)).label("owed"),
        )
        .where(LedgerPosting.tenant_id == tenant_id)
        .group_by(LedgerPosting.transaction_id)
        .subquery("nets")
    )
    per_tx = (
        _booked(
            select(
                key.label("key"),
                _name_column(group).label("name"),
                in_period.label("in_period"),
                nets.c.revenue,
                nets.c.money,
                nets.c.credit,
                nets.c.owed,
            )
            .select_from(nets)
            .join(LedgerTransaction, LedgerTransaction.id == nets.c.tx),
            tenant_id,
        )
        .where(LedgerTransaction.tenant_id == tenant_id, day <= end if end else true())
        .subquery("per_tx")
    )
    t = per_tx.c

    def total(condition: ColumnElement[bool], value: ColumnElement[Any]) -> Any:
        return func.coalesce(func.sum(case((and_(t.in_period, condition), value))), 0)

    ledger_rows = session.execute(
        select(
            t.key,
            func.max(t.name),
            total(t.revenue < 0, -t.revenue),
            total(t.revenue > 0, t.revenue),
            total(t.money > 0, t.money),
            func.coalesce(func.sum(t.owed), 0),
            total(t.credit > 0, t.credit),
            total(t.credit < 0, -t.credit),
            total(t.money < 0, -t.money),
        ).group_by(t.key)
    ).all()

    rows: dict[str | None, Figures] = {}
    for found, name, invoiced, cancelled, paid, owed, used, given, refunds in ledger_rows:
        figures = Figures(found, name or (found or ""))
        (
            figures.invoiced,
            figures.cancelled,
            figures.paid,
            figures.outstanding,
            figures.credit_used,
            figures.credit_given,
            figures.refunds,
        ) = (int(v) for v in (invoiced, cancelled, paid, owed, used, given, refunds))
        rows[found] = figures

    # The bookings charged in the period: how many, and the discounts they gave.
    name = _name_column(group)
    charged = session.execute(
        select(key, name, Booking.lines)
        .select_from(LedgerTransaction)
        .join(
            Booking,
            and_(
                Booking.registration_id == LedgerTransaction.reference,
                Booking.tenant_id == tenant_id,
            ),
        )
        .join(CourseRound, CourseRound.id == Booking.round_id)
        .join(Course, Course.id == CourseRound.course_id)
        .where(
            LedgerTransaction.tenant_id == tenant_id,
            LedgerTransaction.kind == Kind.CHARGE.value,
            in_period,
        )
    ).all()
    for found, name, lines in charged:
        figures = rows.setdefault(found, Figures(found, name or (found or "")))
        figures.bookings += 1
        figures.discounts -= sum(
            int(line["amount"]) for line in lines if line.get("kind") == LineKind.DISCOUNT.value
        )

    kept = [f for f in rows.values() if any(getattr(f, a) for a in AMOUNTS)]
    return sorted(kept, key=lambda f: (f.key is None, f.name.casefold(), f.key or ""))


def totals(rows: list[Figures]) -> Figures:
    """The rows summed."""
    summed = Figures(None, "")
    for row in rows:
        for name in AMOUNTS:
            setattr(summed, name, getattr(summed, name) + getattr(row, name))
    return summed
