"""Payment reminders and the collection list (issue 18).

The periodic job (:func:`send_reminders`, run on the mail worker's beat by
:class:`ReminderJob` beside the round notices) reminds each invoice that is still open:

- **reminder 1** when ``grace_days`` (payment settings) have passed since its due date:
  the ``payment.reminder`` mail and SMS (:mod:`server.services.message_defaults`), the
  reminder fee the person agreed to when booking (the invoice's ``reminder_fee``; never
  above :data:`models.payments.MAX_REMINDER_FEE`, 60 kr, lag 1981:739 4 §; 0: none) and,
  when the invoice says so, late interest from the due date (reference rate + 8
  percentage points, räntelagen 6 §: :func:`models.payments.late_interest`), both owed by
  the person as one ledger transaction (:func:`models.ledger.reminder_charge`);
- **reminder 2** ``second_reminder_days`` after reminder 1, if still open: the same mail
  and SMS, late interest since reminder 1, no second fee (the one agreed fee is charged
  once);
- the **collection list**: an invoice still open ``second_reminder_days`` after its
  second reminder (:func:`reminded`, stage ``collection``).

What is open is :func:`server.services.invoices.owed` (the invoice's amount less what
was paid on it, and the fees and interest its reminders charged, which a payment with
its OCR pays after the amount): a paid invoice is not reminded, a partly paid one is
reminded of the rest, and one whose amount is paid but not its reminder's fee is
reminded (and listed for collection) for the fee. Exactly once per level: each reminder
is a ``payment_reminder`` row, unique per invoice and level, written in the same
transaction as its mail, SMS and ledger charge, each invoice under its tenant's lock
after checking again; a second run (or a second worker) sends nothing, and a run that
crashed midway resends nothing it had committed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ledger
from models.courses import Registration
from models.ids import new_id, utcnow
from models.notifications import EventType
from models.payments import (
    DEFAULT_GRACE_DAYS,
    DEFAULT_SECOND_REMINDER_DAYS,
    MAX_REMINDER_FEE,
    bankgiro_text,
    late_interest,
    payment_settings_of,
)
from models.people import Person
from models.pricing import kronor_text
from models.reminders import COLLECTION, REMINDED, Reminded
from server.services.database import Database
from server.services.invoices import owed
from server.services.ledger import record
from server.services.round_notices import RoundNoticeJob, notify_registration
from server.services.scope import of_tenant
from server.services.seq import lock_tenant
from server.settings import Settings
from server.tables.invoices import INVOICE, Invoice
from server.tables.reminders import PaymentReminder

#: Invoices whose due date lies further back than this are no longer looked at by the
#: job (reminded long ago, or let go): it stays cheap however many invoices there are.
LOOK_BACK_DAYS = 400


@dataclass(frozen=True)
class Terms:
    """What of a tenant's payment settings reminders use (the defaults where none are set)."""

    grace_days: int = DEFAULT_GRACE_DAYS
    second_reminder_days: int = DEFAULT_SECOND_REMINDER_DAYS
    reference_rate: int = 0
    bankgiro: str = ""


def terms_of(session: Session, tenant_id: str) -> Terms:
    """The tenant's reminder terms (:class:`models.payments.PaymentSettings`)."""
    found = payment_settings_of(session, tenant_id)
    if found is None:
        return Terms()
    return Terms(found.grace_days, found.second_reminder_days, found.reference_rate, found.bankgiro)


@dataclass(frozen=True)
class Due:
    """A reminder to send: of ``invoice_id`` (of ``tenant_id``), at ``level``."""

    tenant_id: str
    invoice_id: str
    level: int


def _reminders_of(session: Session, invoice_ids: Sequence[str]) -> dict[str, list[PaymentReminder]]:
    found: dict[str, list[PaymentReminder]] = {}
    for start in range(0, len(invoice_ids), 500):
        for row in session.scalars(
            select(PaymentReminder)
            .where(PaymentReminder.invoice_id.in_(invoice_ids[start : start + 500]))
            .order_by(PaymentReminder.level)
        ):
            found.setdefault(row.invoice_id, []).append(row)
    return found


def _level_due(
    invoice: Invoice,
    sent: Sequence[PaymentReminder],
    grace_days: int,
    second_days: int,
    today: date,
) -> int | None:
    """The reminder level ``invoice`` is due for ``today`` (None: none), by dates alone."""
    levels = {r.level: r for r in sent}
    if invoice.due_on is None:
        return None
    if 1 not in levels:
        return 1 if today > invoice.due_on + timedelta(days=grace_days) else None
    if 2 not in levels:
        return 2 if today >= levels[1].sent_on + timedelta(days=second_days) else None
    return None


def _due(session: Session, today: date, tenant_id: str | None) -> list[Due]:
    """The reminders due ``today`` by the dates (what is open is checked when sending), of
    every tenant or of ``tenant_id``."""
    one = () if tenant_id is None else (Invoice.tenant_id == tenant_id,)
    invoices = session.scalars(
        select(Invoice)
        .where(
            *one,
            Invoice.kind == INVOICE,
            Invoice.due_on < today,
            Invoice.due_on >= today - timedelta(days=LOOK_BACK_DAYS),
        )
        .order_by(Invoice.tenant_id, Invoice.due_on, Invoice.number)
    ).all()
    sent = _reminders_of(session, [i.id for i in invoices])
    terms: dict[str, Terms] = {}
    due: list[Due] = []
    for invoice in invoices:
        if invoice.tenant_id not in terms:
            terms[invoice.tenant_id] = terms_of(session, invoice.tenant_id)
        settings = terms[invoice.tenant_id]
        level = _level_due(
            invoice,
            sent.get(invoice.id, []),
            settings.grace_days,
            settings.second_reminder_days,
            today,
        )
        if level is not None:
            due.append(Due(invoice.tenant_id, invoice.id, level))
    return due


def _remind(db: Database, settings: Settings, due: Due, today: date) -> bool:
    """Send one due reminder in a transaction of its own, under the tenant's lock,
    checking again that it is due and the invoice open. Returns whether it was sent."""
    with db.transaction() as s:
        lock_tenant(s, due.tenant_id)
        invoice = s.get(Invoice, due.invoice_id)
        if invoice is None or invoice.tenant_id != due.tenant_id or invoice.due_on is None:
            return False
        terms = terms_of(s, due.tenant_id)
        sent = _reminders_of(s, [invoice.id]).get(invoice.id, [])
        level = _level_due(invoice, sent, terms.grace_days, terms.second_reminder_days, today)
        if level != due.level:
            return False
        left = owed(s, due.tenant_id, invoice)
        if left.total <= 0:
            return False
        still_open = left.principal
        fee = min(max(invoice.reminder_fee, 0), MAX_REMINDER_FEE) if level == 1 else 0
        interest = 0
        if invoice.late_interest and still_open > 0:
            since = invoice.due_on if level == 1 else sent[0].sent_on
            interest = late_interest(still_open, (today - since).days, terms.reference_rate)
        tx_id = None
        if fee or interest:
            tx = ledger.reminder_charge(
                new_id(),
                invoice.person_id,
                fee=fee,
                interest=interest,
                day=today,
                reference=invoice.ocr or "",
            )
            record(s, due.tenant_id, tx)
            tx_id = tx.id
        s.add(
            PaymentReminder(
                tenant_id=due.tenant_id,
                invoice_id=invoice.id,
                person_id=invoice.person_id,
                level=level,
                sent_on=today,
                open_amount=still_open,
                fee=fee,
                interest=interest,
                transaction_id=tx_id,
            )
        )
        s.flush()
        values = {
            "level": str(level),
            "invoice_number": str(invoice.number),
            "ocr": invoice.ocr or "",
            "bankgiro": bankgiro_text(terms.bankgiro) if terms.bankgiro else "",
            "due_on": invoice.due_on.isoformat(),
            "due_date": invoice.due_on.isoformat(),
            "amount": kronor_text(still_open),
            "fee": kronor_text(fee),
            "interest": kronor_text(interest),
            "total": kronor_text(left.total + fee + interest),
        }
        reg = s.get(Registration, invoice.registration_id) if invoice.registration_id else None
        if reg is not None:
            notify_registration(
                s, settings, reg, EventType.PAYMENT_REMINDER, extra=values, today=today
            )
        return True


def send_reminders(
    db: Database, settings: Settings, *, today: date | None = None, tenant_id: str | None = None
) -> int:
    """The periodic job (see the module's docstring), for every tenant (or ``tenant_id``'s
    invoices only). Returns how many reminders it sent."""
    today = today or utcnow().date()
    with db.sessions() as s:
        due = _due(s, today, tenant_id)
    return sum(_remind(db, settings, item, today) for item in due)


class ReminderJob(RoundNoticeJob):
    """:func:`send_reminders` for the mail worker's beat, at most once per interval."""

    def run(self) -> None:
        send_reminders(self.db, self.settings)


# -- the reminders and the collection list ------------------------------------------------------


def reminded(
    session: Session, tenant_id: str, *, today: date, collection_only: bool = False
) -> list[Reminded]:
    """The tenant's reminded invoices still open, by due date (``collection_only``: those
    on the collection list)."""
    rows = session.scalars(
        of_tenant(PaymentReminder, tenant_id).order_by(
            PaymentReminder.invoice_id, PaymentReminder.level
        )
    ).all()
    by_invoice: dict[str, list[PaymentReminder]] = {}
    for row in rows:
        by_invoice.setdefault(row.invoice_id, []).append(row)
    if not by_invoice:
        return []
    second_days = terms_of(session, tenant_id).second_reminder_days
    invoices = session.scalars(
        of_tenant(Invoice, tenant_id, Invoice.id.in_(list(by_invoice))).order_by(
            Invoice.due_on, Invoice.number
        )
    ).all()
    names = {
        p.id: p.full_name
        for p in session.scalars(
            select(Person).where(Person.id.in_([i.person_id for i in invoices]))
        )
    }
    found: list[Reminded] = []
    for invoice in invoices:
        left = owed(session, tenant_id, invoice)
        if left.total <= 0:
            continue
        sent = by_invoice[invoice.id]
        last = sent[-1]
        collection = last.level >= 2 and today >= last.sent_on + timedelta(days=second_days)
        if collection_only and not collection:
            continue
        fees = sum(r.fee for r in sent)
        interest = sum(r.interest for r in sent)
        found.append(
            Reminded(
                invoice_id=invoice.id,
                number=invoice.number,
                ocr=invoice.ocr or "",
                person_id=invoice.person_id,
                person_name=names.get(invoice.person_id, ""),
                amount=invoice.amount,
                open_amount=left.principal,
                fees=fees,
                interest=interest,
                to_pay=left.total,
                due_on=invoice.due_on or invoice.issued_on,
                level=last.level,
                reminded_on=last.sent_on,
                stage=COLLECTION if collection else REMINDED,
            )
        )
    return found
