"""Incoming payments (issue 18): received, matched to invoices by OCR, booked once.

:func:`receive` is the one way money in is recorded, whatever brought it (a BgMax file,
a card provider's confirmation, a hand entry): idempotent on ``(source, source_ref)``,
so the same payment arriving twice — the same file imported again, the same payment in
two files, a provider's webhook delivered twice — is booked once. A payment whose
reference is the OCR of an invoice pays what that invoice still asks; anything more
becomes the person's credit balance (an overpayment); less leaves the rest open. A
payment that matches no invoice is held on the suspense account (the bank's balance is
right, nobody's account moves) and listed by :func:`unmatched` until someone
:func:`match`-es it by hand. Every matched payment queues the receipt (event
``payment.receipt``) to the person.

:func:`import_bgmax` reads a Bankgirot BgMax file (:mod:`models.bgmax`) and receives
each of its payments in one database transaction: a file with an error books nothing.
Its deductions (21 records: money the bank took back from a deposit, e.g. a payment
returned to its payer) are booked as the reversal of the payment they name by its
reference, which opens the invoice again; one that names none is held on suspense and
listed unmatched like a payment (a negative amount) until matched by hand; idempotent like
the payments (:func:`_take_back`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models import bgmax, ledger
from models.courses import Registration
from models.errors import ConflictError, NotFoundError, ValidationError
from models.ids import new_id, utcnow
from models.notifications import EventType
from models.payments import check_ocr
from models.people import Person
from models.pricing import kronor_text
from server.services.database import Database
from server.services.ledger import postings, record, record_many
from server.services.round_notices import Sent, notify_registration
from server.services.scope import first_of_tenant, of_tenant
from server.settings import Settings
from server.tables import LedgerPosting, LedgerTransaction
from server.tables.payments import (
    MANUAL,
    MATCHED,
    RETURNED,
    UNMATCHED,
    IncomingPayment,
    PaymentFile,
)

#: The invoice table's columns this module reads (the table is :mod:`server.tables.invoices`).
_invoice = sa.table(
    "invoice",
    sa.column("id"),
    sa.column("tenant_id"),
    sa.column("number", sa.BigInteger),
    sa.column("kind"),
    sa.column("person_id"),
    sa.column("registration_id"),
    sa.column("ocr"),
    sa.column("amount", sa.BigInteger),
    sa.column("due_on", sa.Date),
    sa.column("credits_id"),
)


@dataclass(frozen=True)
class InvoiceFacts:
    """What matching needs of an invoice."""

    id: str
    number: int
    person_id: str
    registration_id: str
    ocr: str
    amount: int
    due_on: date | None = None


def _facts(row: Any) -> InvoiceFacts:
    return InvoiceFacts(
        row.id, int(row.number), row.person_id, row.registration_id, row.ocr or "",
        int(row.amount), row.due_on,
    )  # fmt: skip


def _invoice_query() -> sa.Select[Any]:
    c = _invoice.c
    return select(c.id, c.number, c.person_id, c.registration_id, c.ocr, c.amount, c.due_on).where(
        c.kind == "invoice"
    )


def invoice_for_reference(session: Session, tenant_id: str, reference: str) -> InvoiceFacts | None:
    """The invoice whose OCR the reference is (spaces and dashes ignored), or None."""
    ocr = _ocr(reference)
    if ocr is None:
        return None
    row = session.execute(
        _invoice_query().where(_invoice.c.tenant_id == tenant_id, _invoice.c.ocr == ocr)
    ).first()
    return _facts(row) if row is not None else None


def invoice_by_id(session: Session, tenant_id: str, invoice_id: str) -> InvoiceFacts | None:
    row = session.execute(
        _invoice_query().where(_invoice.c.tenant_id == tenant_id, _invoice.c.id == invoice_id)
    ).first()
    return _facts(row) if row is not None else None


def _ocr(reference: str) -> str | None:
    try:
        return check_ocr(reference)
    except ValidationError:
        return None


def owed_on(session: Session, tenant_id: str, invoices: Iterable[InvoiceFacts]) -> dict[str, int]:
    """What each invoice still asks (öre; by id, never below 0): its amount less its credit
    notes, plus the fees and late interest its reminders charged, less the payments made to
    it (the receivable side of payment and reminder transactions whose reference is its
    OCR), as :func:`server.services.invoices.open_amount` counts it: a payment of what a
    reminder asked settles the fee too."""
    wanted = {i.ocr: i for i in invoices if i.ocr}
    owed = {i.id: i.amount for i in wanted.values()}
    if not wanted:
        return owed
    rows = session.execute(
        postings(
            LedgerTransaction.reference, LedgerPosting.person_id, sa.func.sum(LedgerPosting.amount)
        )
        .where(
            LedgerPosting.tenant_id == tenant_id,
            LedgerPosting.account == ledger.Account.RECEIVABLE.value,
            LedgerTransaction.kind.in_([ledger.Kind.PAYMENT.value, ledger.Kind.REMINDER.value]),
            LedgerTransaction.reference.in_(list(wanted)),
        )
        .group_by(LedgerTransaction.reference, LedgerPosting.person_id)
    ).all()
    for reference, person_id, total in rows:
        invoice = wanted[reference]
        if person_id == invoice.person_id:
            owed[invoice.id] += int(total)
    # Credit notes take their (negative) amount off the invoice they credit.
    ids = list(owed)
    for chunk in _chunks(ids, 500):
        for credits_id, total in session.execute(
            select(_invoice.c.credits_id, sa.func.sum(_invoice.c.amount))
            .where(_invoice.c.tenant_id == tenant_id, _invoice.c.credits_id.in_(chunk))
            .group_by(_invoice.c.credits_id)
        ):
            owed[credits_id] += int(total)
    # Paid, then credited (a cancellation gave the money back): it asks nothing, not less.
    return {invoice_id: max(0, left) for invoice_id, left in owed.items()}


def receive(
    session: Session,
    settings: Settings,
    *,
    tenant_id: str,
    source: str,
    source_ref: str,
    amount: int,
    paid_on: date,
    reference: str,
    payer: str = "",
    file_id: str | None = None,
    via: ledger.Account = ledger.Account.BANK,
    now: datetime,
) -> IncomingPayment:
    """Record and book a payment received (see the module's docstring); the same
    ``(source, source_ref)`` again returns the payment first recorded, booking nothing."""
    if amount <= 0:
        raise ValidationError("A payment is a positive amount", field="amount")
    existing = _existing(session, tenant_id, source, source_ref)
    if existing is not None:
        return existing
    row = IncomingPayment(
        id=new_id(), tenant_id=tenant_id, source=source, source_ref=source_ref[:100],
        amount=amount, paid_on=paid_on, reference=reference[:100], payer=payer[:200],
        file_id=file_id, status=UNMATCHED, applied=0, left_after=0, created_at=now,
    )  # fmt: skip
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:  # the same payment, recorded meanwhile by another transaction
        first = _existing(session, tenant_id, source, source_ref)
        if first is None:
            raise
        return first
    invoice = invoice_for_reference(session, tenant_id, reference)
    if invoice is None:
        tx = ledger.suspense_in(new_id(), amount, paid_on, reference[:100], via=via)
        record(session, tenant_id, tx)
        row.transaction_id = tx.id
        return row
    _book(session, settings, row, invoice, via=via, status=MATCHED, user_id=None)
    return row


def _existing(
    session: Session, tenant_id: str, source: str, source_ref: str
) -> IncomingPayment | None:
    return first_of_tenant(
        session,
        IncomingPayment,
        tenant_id,
        IncomingPayment.source == source,
        IncomingPayment.source_ref == source_ref,
    )


def _book(
    session: Session,
    settings: Settings,
    row: IncomingPayment,
    invoice: InvoiceFacts,
    *,
    via: ledger.Account,
    status: str,
    user_id: str | None,
) -> None:
    before = owed_on(session, row.tenant_id, [invoice])[invoice.id]
    tx = ledger.received(
        new_id(), invoice.person_id, row.amount, before, row.paid_on, invoice.ocr, via=via
    )
    record(session, row.tenant_id, tx, created_by=user_id)
    paid = min(row.amount, max(before, 0))
    row.invoice_id = invoice.id
    row.transaction_id = tx.id
    row.status = status
    row.matched_by = user_id
    row.applied, row.left_after = paid, before - paid
    receipt(session, settings, row, invoice, paid=paid, owed_after=before - paid)
    row.receipt_at = utcnow()


def queue_receipts(
    db: Database, settings: Settings, *, batch: int = 200, rounds: int | None = 1
) -> int:
    """Queue the receipts still to go (matched payments of an import), ``batch`` per
    database transaction, ``rounds`` of them (None: until none is left); how many were
    queued. Run on the mail worker's beat, one round a beat so the mail goes on between
    (cheap when there are none)."""
    queued = 0
    done = 0
    while rounds is None or done < rounds:
        done += 1
        with db.transaction() as session:
            rows = session.scalars(
                select(IncomingPayment)
                .where(IncomingPayment.status == MATCHED, IncomingPayment.receipt_at.is_(None))
                .order_by(IncomingPayment.created_at)
                .limit(batch)
                .with_for_update(skip_locked=True)
            ).all()
            if not rows:
                return queued
            for r in rows:
                invoice = invoice_by_id(session, r.tenant_id, r.invoice_id or "")
                if invoice is not None:
                    receipt(session, settings, r, invoice, paid=r.applied, owed_after=r.left_after)
                r.receipt_at = utcnow()
                queued += 1
    return queued


def receipt(
    session: Session,
    settings: Settings,
    row: IncomingPayment,
    invoice: InvoiceFacts,
    *,
    paid: int,
    owed_after: int,
) -> Sent:
    """Queue the receipt of ``row`` (event ``payment.receipt``) to the invoice's person:
    the amount received, the invoice, what is still open and any credit it became."""
    reg = session.get(Registration, invoice.registration_id)
    if reg is None:
        return []
    return notify_registration(
        session,
        settings,
        reg,
        EventType.PAYMENT_RECEIPT,
        extra={
            "amount": kronor_text(row.amount),
            "invoice_number": str(invoice.number),
            "due_date": invoice.due_on.isoformat() if invoice.due_on else "",
            "payment_link": "",
            "paid_on": row.paid_on.isoformat(),
            "ocr": invoice.ocr,
            "still_open": kronor_text(max(owed_after, 0)),
            "credit": kronor_text(row.amount - paid),
        },
    )


def match(
    session: Session,
    settings: Settings,
    *,
    tenant_id: str,
    payment_id: str,
    invoice_id: str,
    user_id: str | None,
    now: datetime,
) -> IncomingPayment:
    """Match an unmatched payment to an invoice by hand: it moves off the suspense
    account onto the invoice (and any excess to the person's credit), the receipt goes."""
    row = session.scalar(
        of_tenant(IncomingPayment, tenant_id, IncomingPayment.id == payment_id).with_for_update()
    )
    if row is None:
        raise NotFoundError("No such payment", details={"field": "payment_id"})
    if row.status != UNMATCHED:
        raise ConflictError("This payment is already matched", details={"status": row.status})
    invoice = invoice_by_id(session, tenant_id, invoice_id)
    if invoice is None:
        raise NotFoundError("No such invoice", details={"field": "invoice_id"})
    if row.amount < 0:  # a deduction held on suspense: the payment it takes back
        _take_back(session, row, invoice, via=ledger.Account.SUSPENSE, user_id=user_id)
        return row
    _book(session, settings, row, invoice, via=ledger.Account.SUSPENSE, status=MANUAL,
          user_id=user_id)  # fmt: skip
    return row


# -- deductions (money taken back from a deposit) -----------------------------------------------


@dataclass(frozen=True)
class _Paid:
    """Of the person's receivable and their credit balance (öre): what the payments on an
    invoice put there (less the deductions before), or what a deduction takes back."""

    receivable: int
    credit: int


def _paid_by_rows(session: Session, tenant_id: str, invoice_id: str, taken: int) -> _Paid:
    """What the payments on the invoice paid of it and made credit, less the deductions
    before; and of that, what a deduction of ``taken`` öre takes back: the split of the
    payment of exactly that amount (the latest not taken back yet) when there is one, else
    the receivable first."""
    receivable = credit = 0
    same: list[int] = []  # what the payments of exactly ``taken`` paid of the invoice
    returned = 0
    for amount, applied in session.execute(
        select(IncomingPayment.amount, IncomingPayment.applied)
        .where(
            IncomingPayment.tenant_id == tenant_id,
            IncomingPayment.invoice_id == invoice_id,
            IncomingPayment.status.in_([MATCHED, MANUAL, RETURNED]),
        )
        .order_by(IncomingPayment.created_at, IncomingPayment.id)
    ):
        sign = 1 if amount > 0 else -1
        receivable += sign * int(applied)
        credit += sign * (abs(int(amount)) - int(applied))
        if amount == taken:
            same.append(int(applied))
        elif amount == -taken:
            returned += 1
    if taken > receivable + credit:
        return _Paid(receivable, credit)
    if len(same) > returned:
        back = min(same[len(same) - 1 - returned], max(receivable, 0))
        return _Paid(back, taken - back)
    back = min(taken, max(receivable, 0))
    return _Paid(back, taken - back)


def _take_back(
    session: Session,
    row: IncomingPayment,
    invoice: InvoiceFacts | None = None,
    *,
    via: ledger.Account = ledger.Account.BANK,
    user_id: str | None = None,
) -> bool:
    """Book the deduction ``row`` (its ``amount`` negative: money the bank took back from a
    deposit, a BgMax 21 record) as the reversal of what was paid on the invoice its
    reference names (or ``invoice``, matched by hand): one ledger transaction of kind
    payment with the invoice's OCR, ``via`` −amount, the person's receivable + what the
    payment taken back had paid of it (the invoice is open again), their credit + what it
    had made credit (:func:`_paid_by_rows`). Returns whether it was: a deduction that
    names no invoice, or more than the payments on it brought in, is held on suspense
    (``via`` −amount, suspense +amount) and listed unmatched until someone matches it by
    hand."""
    taken = -row.amount
    if invoice is None:
        invoice = invoice_for_reference(session, row.tenant_id, row.reference)
    back = _paid_by_rows(session, row.tenant_id, invoice.id, taken) if invoice else None
    if invoice is None or back is None or taken > back.receivable + back.credit:
        if via is ledger.Account.SUSPENSE:
            raise ConflictError(
                "The payments on this invoice brought in less than this deduction takes back",
                details={"field": "invoice_id"},
            )
        tx = ledger.Transaction(
            new_id(), ledger.Kind.PAYMENT, row.paid_on,
            (ledger.Posting(via, -taken), ledger.Posting(ledger.Account.SUSPENSE, taken)),
            row.reference,
        )  # fmt: skip
        record(session, row.tenant_id, tx)
        row.transaction_id = tx.id
        return False
    receivable, credit = back.receivable, back.credit
    postings = [
        ledger.Posting(via, -taken),
        ledger.Posting(ledger.Account.RECEIVABLE, receivable, invoice.person_id),
        ledger.Posting(ledger.Account.CREDIT, credit, invoice.person_id),
    ]
    tx = ledger.Transaction(
        new_id(), ledger.Kind.PAYMENT, row.paid_on,
        tuple(p for p in postings if p.amount), invoice.ocr,
    )  # fmt: skip
    record(session, row.tenant_id, tx, created_by=user_id)
    row.invoice_id = invoice.id
    row.transaction_id = tx.id
    row.status = RETURNED
    row.matched_by = user_id
    row.applied = receivable
    row.left_after = owed_on(session, row.tenant_id, [invoice])[invoice.id]
    return True


def unmatched(session: Session, tenant_id: str) -> list[IncomingPayment]:
    """The payments waiting to be matched by hand, oldest first."""
    return list(
        session.scalars(
            of_tenant(IncomingPayment, tenant_id, IncomingPayment.status == UNMATCHED).order_by(
                IncomingPayment.paid_on, IncomingPayment.created_at, IncomingPayment.id
            )
        )
    )


@dataclass(frozen=True)
class InvoiceHit:
    """An invoice found for matching: who, its number and OCR, what it asked and asks."""

    id: str
    number: int
    ocr: str
    person: str
    amount: int
    owed: int
    due_on: date | None


def find_invoices(
    session: Session, tenant_id: str, text: str, *, limit: int = 50
) -> list[InvoiceHit]:
    """Invoices by OCR, number or the person's name (for matching a payment by hand)."""
    text = text.strip()
    c = _invoice.c
    query = (
        _invoice_query()
        .add_columns(Person.first_name, Person.last_name)
        .join(Person, Person.id == c.person_id)
        .where(c.tenant_id == tenant_id)
    )
    if text:
        digits = "".join(ch for ch in text if ch.isdigit())
        like = f"%{text.lower()}%"
        full = sa.func.lower(Person.first_name + " " + Person.last_name)
        cond: sa.ColumnElement[bool] = full.like(like)
        if digits and len(digits) == len(text.replace(" ", "").replace("-", "")):
            cond = sa.or_(cond, c.ocr == digits, c.number == int(digits[:18]))
        query = query.where(cond)
    rows = session.execute(query.order_by(c.number.desc()).limit(limit)).all()
    facts = [_facts(r) for r in rows]
    owed = owed_on(session, tenant_id, facts)
    return [
        InvoiceHit(
            f.id,
            f.number,
            f.ocr,
            f"{r.first_name} {r.last_name}".strip(),
            f.amount,
            owed.get(f.id, f.amount),
            f.due_on,
        )
        for f, r in zip(facts, rows, strict=True)
    ]


@dataclass
class Imported:
    """What importing a BgMax file did (counts of payments by outcome, amounts in öre)."""

    file_id: str
    already_imported: bool = False
    counts: dict[str, int] = field(default_factory=dict)


_COUNT_KEYS = (
    "payments", MATCHED, "partly", "overpaid", UNMATCHED, "already",
    "deductions", RETURNED, "deductions_unmatched",
)  # fmt: skip


def import_bgmax(
    session: Session,
    settings: Settings,
    *,
    tenant_id: str,
    data: bytes,
    name: str,
    user_id: str | None,
    now: datetime,
) -> Imported:
    """Read ``data`` (a BgMax file; :class:`models.bgmax.BgMaxError` names the line and
    field of what is wrong, and nothing is booked) and receive each of its payments as
    :func:`receive` would, in bulk (the caller holds the tenant's lock). The same file
    again books nothing and says so; a payment already received (from another file) is
    counted as ``already``."""
    digest = hashlib.sha256(data).hexdigest()
    known = session.scalar(of_tenant(PaymentFile, tenant_id, PaymentFile.sha256 == digest))
    if known is not None:
        return Imported(known.id, already_imported=True, counts=dict(known.counts))
    parsed = bgmax.parse(data)
    file = PaymentFile(
        id=new_id(), tenant_id=tenant_id, sha256=digest, name=name[:255], kind="bgmax",
        imported_at=now, imported_by=user_id, counts={},
    )  # fmt: skip
    session.add(file)
    session.flush()
    result = Imported(file.id, counts=dict.fromkeys(_COUNT_KEYS, 0) | {"amount": 0})
    everything = parsed.payments
    incoming = [p for p in everything if not p.deduction and p.amount > 0]
    deductions = [p for p in everything if p.deduction and p.amount > 0]
    parts = [(p, *part) for p in incoming for part in p.parts()]
    seen = _received_before(
        session, tenant_id, [part[1] for part in parts] + [d.source_ref for d in deductions]
    )
    # Looked up together: the invoices the references name and what each still asks.
    by_ocr = {ref: _ocr(ref) for _p, _s, ref, _a in parts}
    found: dict[str, InvoiceFacts] = {}
    for chunk in _chunks([o for o in by_ocr.values() if o], 500):
        for r in session.execute(
            _invoice_query().where(_invoice.c.tenant_id == tenant_id, _invoice.c.ocr.in_(chunk))
        ):
            found[r.ocr] = _facts(r)
    owed = owed_on(session, tenant_id, found.values())
    rows: list[dict[str, Any]] = []
    txs: list[ledger.Transaction] = []
    for p, source_ref, reference, amount in parts:
        result.counts["payments"] += 1
        if source_ref in seen:
            result.counts["already"] += 1
            continue
        seen.add(source_ref)
        ocr = by_ocr[reference]
        invoice = found.get(ocr) if ocr else None
        row: dict[str, Any] = {
            "id": new_id(), "tenant_id": tenant_id, "source": "bgmax",
            "source_ref": source_ref, "amount": amount, "paid_on": p.paid_on,
            "reference": (reference or p.reference)[:100], "payer": p.name[:200],
            "file_id": file.id, "invoice_id": None, "status": UNMATCHED, "applied": 0,
            "left_after": 0, "matched_by": None, "receipt_at": None, "created_at": now,
        }  # fmt: skip
        if invoice is None:
            tx = ledger.suspense_in(new_id(), amount, p.paid_on, row["reference"])
            kind = UNMATCHED
        else:
            before = owed[invoice.id]
            tx = ledger.received(
                new_id(), invoice.person_id, amount, before, p.paid_on, invoice.ocr
            )
            paid = min(amount, max(before, 0))
            owed[invoice.id] = before - paid
            row |= {"invoice_id": invoice.id, "status": MATCHED, "applied": paid,
                    "left_after": before - paid}  # fmt: skip
            kind = "overpaid" if paid < amount else "partly" if before > paid else MATCHED
        row["transaction_id"] = tx.id
        txs.append(tx)
        rows.append(row)
        result.counts[kind] += 1
        result.counts["amount"] += amount
    record_many(session, tenant_id, txs)
    if rows:
        session.execute(sa.insert(cast(sa.Table, IncomingPayment.__table__)), rows)
    # Deductions after the payments: one may take back a payment of this very file.
    for d in deductions:
        result.counts["deductions"] += 1
        if d.source_ref in seen:
            result.counts["already"] += 1
            continue
        seen.add(d.source_ref)
        deduction = IncomingPayment(
            id=new_id(), tenant_id=tenant_id, source="bgmax", source_ref=d.source_ref,
            amount=-d.amount, paid_on=d.paid_on, reference=d.match_reference[:100],
            payer=d.name[:200], file_id=file.id, status=UNMATCHED, applied=0, left_after=0,
            created_at=now,
        )  # fmt: skip
        session.add(deduction)
        session.flush()
        returned = _take_back(session, deduction)
        result.counts[RETURNED if returned else "deductions_unmatched"] += 1
    # The receipts go after the import (queue_receipts, on the mail worker's beat): a
    # file of thousands of payments is booked in seconds, its receipts follow.
    file.counts = dict(result.counts)
    session.flush()
    return result


def _received_before(session: Session, tenant_id: str, refs: list[str]) -> set[str]:
    seen: set[str] = set()
    for chunk in _chunks(refs, 500):
        seen.update(
            session.scalars(
                select(IncomingPayment.source_ref).where(
                    IncomingPayment.tenant_id == tenant_id,
                    IncomingPayment.source == "bgmax",
                    IncomingPayment.source_ref.in_(chunk),
                )
            )
        )
    return seen


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
