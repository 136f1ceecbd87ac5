"""Invoices (betalningsavi) and credit notes (issue 18; seed 003, step 9).

When a booking's charge is posted (:func:`server.services.booking.post_charge`: at
booking with a place, or when a place is given later) and the charge leaves something
to pay, the person gets an **invoice**: the next number of the tenant's series, an OCR
reference made from it (:func:`models.payments.ocr_reference`, length digit and check
digit), the due date (the day it is issued + the ``due_days`` the booking's terms
stored), the booking's price lines, and the reminder fee and late interest the terms
agreed. It is mailed at once (event ``payment.invoice``) with a link to its PDF
(``/reports/invoice/{token}``: a report link, :mod:`server.web.invoices`). A card
payment pays it by its OCR like a Bankgiro payment.

Only a tenant that set its payment settings with a Bankgiro number invoices (the
others' bookings are settled as before: no invoice, no mail). Issuing is idempotent:
one invoice per registration (the database's unique key too).

Cancelling an invoiced booking (effect ``booking.cancelled``) issues a **credit
note**: negative, no OCR, naming the invoice, for what the cancellation gave up of it,
mailed like the invoice (event ``payment.credit_note``, a link to its PDF).
Invoices are append only; what is still open on one is the ledger's
(:func:`open_amount`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from fpdf import FPDF
from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from models import ledger
from models.courses import Course, CourseRound, Registration
from models.notifications import EventType
from models.payments import (
    DEFAULT_DUE_DAYS,
    PaymentSettings,
    bankgiro_text,
    ocr_reference,
    payment_settings_of,
)
from models.people import Person
from models.pricing import Breakdown, LineKind, kronor_text
from models.tenancy import Tenant
from server.i18n import N_, gettext, use_language
from server.services.approval import LinkKind, issue_link, link_url
from server.services.ledger import postings
from server.services.mail_text import line_text
from server.services.notify import Recipient, notify
from server.services.scope import first_of_tenant, of_tenant
from server.settings import Settings
from server.tables import Booking, Invoice, LedgerPosting, LedgerTransaction
from server.tables.invoices import CREDIT_NOTE, INVOICE

#: The PDF link in an invoice's mail: long enough to pay late and be reminded.
INVOICE_LINK = LinkKind("report_invoice", timedelta(days=180))


# -- issuing ----------------------------------------------------------------------------------


def _booking(session: Session, tenant_id: str, registration_id: str) -> Booking | None:
    return first_of_tenant(session, Booking, tenant_id, Booking.registration_id == registration_id)


def _invoice_of(
    session: Session, tenant_id: str, registration_id: str, kind: str = INVOICE
) -> Invoice | None:
    return first_of_tenant(
        session,
        Invoice,
        tenant_id,
        Invoice.registration_id == registration_id,
        Invoice.kind == kind,
    )


def invoice_of(session: Session, tenant_id: str, registration_id: str) -> Invoice | None:
    """The registration's invoice (None: it has none)."""
    return _invoice_of(session, tenant_id, registration_id)


def _charged(session: Session, tenant_id: str, registration_id: str) -> int | None:
    """What the registration's charge put on the person's receivable (None: not charged)."""
    rows = session.execute(
        postings(LedgerPosting.account, LedgerPosting.amount).where(
            LedgerTransaction.tenant_id == tenant_id,
            LedgerTransaction.reference == registration_id,
            LedgerTransaction.kind == ledger.Kind.CHARGE.value,
        )
    ).all()
    if not rows:
        return None
    return sum(int(amount) for account, amount in rows if account == ledger.Account.RECEIVABLE)


def _next_number(session: Session, tenant_id: str) -> int:
    """The tenant's next invoice number (under the tenant's lock; the unique key holds)."""
    last = session.scalar(select(func.max(Invoice.number)).where(Invoice.tenant_id == tenant_id))
    return int(last or 0) + 1


def payment_terms(booking: Booking, settings: PaymentSettings) -> dict[str, Any]:
    """The payment terms the booking stored (``terms["payment"]``), else today's."""
    stored = booking.terms.get("payment") if isinstance(booking.terms, dict) else None
    if isinstance(stored, dict):
        return stored
    return {
        "due_days": settings.due_days,
        "reminder_fee": settings.reminder_fee,
        "late_interest": settings.late_interest,
    }


def issue_invoice(
    session: Session,
    settings: Settings,
    *,
    tenant_id: str,
    registration_id: str,
    now: datetime,
    breakdown: Breakdown | None = None,
) -> Invoice | None:
    """The invoice of a charged booking that leaves something to pay, issued and mailed
    now (see the module's docstring); the one it has when issued before; None when
    there is nothing to invoice (no booking, not charged, nothing to pay, or the tenant
    has no Bankgiro set). ``breakdown``: the lines as charged (default: as booked)."""
    existing = _invoice_of(session, tenant_id, registration_id)
    if existing is not None:
        return existing
    payment = payment_settings_of(session, tenant_id)
    if payment is None or not payment.bankgiro:
        return None
    booking = _booking(session, tenant_id, registration_id)
    if booking is None:
        return None
    amount = _charged(session, tenant_id, registration_id)
    if amount is None or amount <= 0:
        return None
    number = _next_number(session, tenant_id)
    invoice = _new_invoice(booking, payment, amount, number, now, breakdown)
    session.add(invoice)
    session.flush()
    _mail(session, settings, invoice, payment, now=now)
    return invoice


def _new_invoice(
    booking: Booking,
    payment: PaymentSettings,
    amount: int,
    number: int,
    now: datetime,
    breakdown: Breakdown | None,
) -> Invoice:
    """The invoice numbered ``number`` of a charged ``booking`` (not added)."""
    terms = payment_terms(booking, payment)
    issued_on = now.date()
    return Invoice(
        tenant_id=booking.tenant_id,
        number=number,
        kind=INVOICE,
        person_id=booking.person_id,
        registration_id=booking.registration_id,
        ocr=ocr_reference(number),
        amount=amount,
        issued_on=issued_on,
        due_on=issued_on + timedelta(days=int(terms.get("due_days", DEFAULT_DUE_DAYS))),
        lines=breakdown.to_json() if breakdown is not None else list(booking.lines),
        reminder_fee=int(terms.get("reminder_fee", 0)),
        late_interest=bool(terms.get("late_interest", False)),
        created_at=now,
    )


#: How many ids one ``IN (...)`` of an invoice run carries.
_CHUNK = 1000


def _chunks(ids: Sequence[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


def issue_invoices(
    session: Session,
    settings: Settings,
    *,
    tenant_id: str,
    registration_ids: Sequence[str],
    now: datetime,
) -> list[Invoice]:
    """:func:`issue_invoice` of many charged bookings at once (an invoice run: a batch
    after an import, the bench): the same invoices and mails, the lookups made once
    for all of them. Returns the invoices issued now (not those issued before)."""
    payment = payment_settings_of(session, tenant_id)
    if payment is None or not payment.bankgiro:
        return []
    invoiced: set[str] = set()
    bookings: dict[str, Booking] = {}
    charged: dict[str, int] = {}
    names: dict[str, tuple[str, str]] = {}
    for chunk in _chunks(registration_ids):
        invoiced.update(
            session.scalars(
                select(Invoice.registration_id).where(
                    Invoice.tenant_id == tenant_id,
                    Invoice.kind == INVOICE,
                    Invoice.registration_id.in_(chunk),
                )
            )
        )
        bookings.update(
            (b.registration_id, b)
            for b in session.scalars(
                select(Booking).where(
                    Booking.tenant_id == tenant_id, Booking.registration_id.in_(chunk)
                )
            )
        )
        for reference, total in session.execute(
            select(LedgerTransaction.reference, func.sum(LedgerPosting.amount))
            .join(LedgerPosting, LedgerPosting.transaction_id == LedgerTransaction.id)
            .where(
                LedgerTransaction.tenant_id == tenant_id,
                LedgerTransaction.kind == ledger.Kind.CHARGE.value,
                LedgerTransaction.reference.in_(chunk),
                LedgerPosting.account == ledger.Account.RECEIVABLE.value,
            )
            .group_by(LedgerTransaction.reference)
        ):
            charged[str(reference)] = int(total or 0)
        for reg_id, course, round_name in session.execute(
            select(Registration.id, Course.name, CourseRound.name)
            .join(CourseRound, CourseRound.id == Registration.round_id)
            .join(Course, Course.id == CourseRound.course_id)
            .where(Registration.id.in_(chunk))
        ):
            names[str(reg_id)] = (str(course), str(round_name))
    due = [
        r for r in registration_ids if r not in invoiced and r in bookings and charged.get(r, 0) > 0
    ]
    person_ids = sorted({bookings[r].person_id for r in due})
    people: dict[str, Person] = {}
    for chunk in _chunks(person_ids):
        people.update(
            (p.id, p)
            for p in session.scalars(
                select(Person).where(Person.id.in_(chunk)).options(selectinload(Person.emails))
            )
        )
    number = _next_number(session, tenant_id)
    issued: list[Invoice] = []
    for reg_id in due:
        invoice = _new_invoice(bookings[reg_id], payment, charged[reg_id], number, now, None)
        session.add(invoice)
        issued.append(invoice)
        number += 1
    session.flush()
    for invoice in issued:
        _mail(
            session,
            settings,
            invoice,
            payment,
            now=now,
            person=people.get(invoice.person_id),
            names=names.get(invoice.registration_id),
        )
    return issued


def invoice_link(
    session: Session, settings: Settings, invoice: Invoice, *, email: str, now: datetime
) -> str:
    """A new link to ``invoice``'s PDF for ``email`` (only the token's hash is stored)."""
    token = issue_link(
        session,
        INVOICE_LINK,
        tenant_id=invoice.tenant_id,
        entity_id=invoice.id,
        email=email,
        now=now,
    )
    return link_url(settings, "reports/invoice", token)


def _round_names(session: Session, registration_id: str) -> tuple[str, str]:
    """The course's and the round's names of a registration (one query)."""
    row = session.execute(
        select(Course.name, CourseRound.name)
        .join(CourseRound, CourseRound.course_id == Course.id)
        .join(Registration, Registration.round_id == CourseRound.id)
        .where(Registration.id == registration_id)
    ).first()
    return (str(row[0]), str(row[1])) if row is not None else ("", "")


def _mail(
    session: Session,
    settings: Settings,
    invoice: Invoice,
    payment: PaymentSettings,
    *,
    now: datetime,
    person: Person | None = None,
    names: tuple[str, str] | None = None,
) -> None:
    """The invoice's mail (``payment.invoice``) to the person, with the PDF's link (no
    address: no mail; the invoice is there all the same)."""
    due_on = invoice.due_on.isoformat() if invoice.due_on else ""
    _send(
        session, settings, invoice, EventType.PAYMENT_INVOICE, now=now, person=person,
        names=names,
        values={
            "ocr": invoice.ocr or "",
            "bankgiro": bankgiro_text(payment.bankgiro),
            "due_on": due_on,
            "due_date": due_on,
        },
        link_names=("invoice_link", "payment_link"),
    )  # fmt: skip


def _send(
    session: Session,
    settings: Settings,
    document: Invoice,
    event: EventType,
    *,
    now: datetime,
    values: dict[str, object],
    link_names: tuple[str, ...],
    person: Person | None = None,
    names: tuple[str, str] | None = None,
) -> None:
    """``document``'s mail (an invoice's or a credit note's, ``event``) to its person with
    a new link to its PDF as each of ``link_names`` and ``values`` (no address: no mail)."""
    if person is None:
        person = session.get(Person, document.person_id, options=[joinedload(Person.emails)])
    address = person.primary_email if person is not None else None
    if person is None or not address:
        return
    course, round_name = names or _round_names(session, document.registration_id)
    link = invoice_link(session, settings, document, email=address, now=now)
    notify(
        session,
        settings,
        tenant_id=document.tenant_id,
        event=event,
        values={
            "participant_name": person.full_name,
            "participant_first_name": person.first_name,
            "course": course,
            "round": round_name,
            "round_details": "",
            "amount": kronor_text(abs(document.amount)),
            "invoice_number": str(document.number),
            "due_date": "",
            "payment_link": "",
            **values,
            **dict.fromkeys(link_names, link),
        },
        recipients={
            "participant": [
                Recipient("participant", person.full_name, (address,), person_id=person.id)
            ]
        },
        related_id=document.id,
        personal=True,
    )


def credit_note(
    session: Session,
    settings: Settings,
    *,
    tenant_id: str,
    registration_id: str,
    amount: int,
    now: datetime,
) -> Invoice | None:
    """A credit note of ``amount`` öre (what a cancellation gave up; at most the invoice's
    amount) for the registration's invoice, mailed to the person (``payment.credit_note``,
    with its PDF's link and what is left to pay on the invoice); the one it has when issued
    before; None when the registration has no invoice or nothing is credited."""
    invoice = _invoice_of(session, tenant_id, registration_id)
    if invoice is None:
        return None
    existing = _invoice_of(session, tenant_id, registration_id, CREDIT_NOTE)
    if existing is not None:
        return existing
    credited = min(abs(amount), invoice.amount)
    if credited <= 0:
        return None
    note = Invoice(
        tenant_id=tenant_id,
        number=_next_number(session, tenant_id),
        kind=CREDIT_NOTE,
        credits_id=invoice.id,
        person_id=invoice.person_id,
        registration_id=registration_id,
        ocr=None,
        amount=-credited,
        issued_on=now.date(),
        due_on=None,
        lines=invoice.lines,
        reminder_fee=0,
        late_interest=False,
        created_at=now,
    )
    session.add(note)
    session.flush()
    _send(
        session, settings, note, EventType.PAYMENT_CREDIT_NOTE, now=now,
        values={
            "credited_invoice": str(invoice.number),
            "still_open": kronor_text(open_amount(session, tenant_id, invoice)),
        },
        link_names=("credit_note_link", "payment_link"),
    )  # fmt: skip
    return note


def credit_cancelled(
    session: Session,
    settings: Settings,
    *,
    tenant_id: str,
    registration_id: str,
    cancellation: ledger.Transaction | None,
    now: datetime,
) -> Invoice | None:
    """The credit note of a cancelled booking's invoice: what the cancellation
    ``cancellation`` gave up of the revenue (returned or written off)."""
    if cancellation is None:
        return None
    given_up = sum(p.amount for p in cancellation.postings if p.account is ledger.Account.REVENUE)
    return credit_note(
        session,
        settings,
        tenant_id=tenant_id,
        registration_id=registration_id,
        amount=given_up,
        now=now,
    )


# -- reading ----------------------------------------------------------------------------------


def invoice_by_ocr(session: Session, tenant_id: str, ocr: str) -> Invoice | None:
    """The tenant's invoice with OCR reference ``ocr`` (digits)."""
    return session.scalars(of_tenant(Invoice, tenant_id, Invoice.ocr == ocr)).first()


def credited(session: Session, tenant_id: str, invoice: Invoice) -> int:
    """What credit notes took off ``invoice`` (öre, >= 0)."""
    total = session.scalar(
        select(func.coalesce(func.sum(Invoice.amount), 0)).where(
            Invoice.tenant_id == tenant_id, Invoice.credits_id == invoice.id
        )
    )
    return -int(total or 0)


def _on_invoice(session: Session, tenant_id: str, invoice: Invoice) -> dict[str, int]:
    """The receivable side of the ledger's transactions that name the invoice's OCR
    reference, summed by kind (öre: payments negative, reminder charges positive)."""
    if not invoice.ocr:
        return {}
    rows = session.execute(
        postings(LedgerTransaction.kind, func.coalesce(func.sum(LedgerPosting.amount), 0))
        .where(
            LedgerTransaction.tenant_id == tenant_id,
            LedgerTransaction.reference == invoice.ocr,
            LedgerTransaction.kind.in_([ledger.Kind.PAYMENT.value, ledger.Kind.REMINDER.value]),
            LedgerPosting.account == ledger.Account.RECEIVABLE.value,
        )
        .group_by(LedgerTransaction.kind)
    ).all()
    return {str(kind): int(total or 0) for kind, total in rows}


def paid_on_invoice(session: Session, tenant_id: str, invoice: Invoice) -> int:
    """What payments with the invoice's OCR reference paid of its receivable (öre; a
    returned payment, a BgMax deduction, takes its part back off)."""
    return -_on_invoice(session, tenant_id, invoice).get(ledger.Kind.PAYMENT.value, 0)


@dataclass(frozen=True)
class Owed:
    """What is still to pay on an invoice (öre, each >= 0): ``principal`` of its own
    amount, and ``total`` with the reminder fees and late interest its reminders charged.
    A payment pays the invoice's amount first, then those charges."""

    principal: int
    total: int


def owed(session: Session, tenant_id: str, invoice: Invoice) -> Owed:
    """:class:`Owed` of ``invoice``: its amount less its credit notes, plus its reminders'
    fees and interest, less the payments made with its OCR reference (a credit note: 0)."""
    if invoice.kind != INVOICE:
        return Owed(0, 0)
    sums = _on_invoice(session, tenant_id, invoice)
    paid = -sums.get(ledger.Kind.PAYMENT.value, 0)
    charged = sums.get(ledger.Kind.REMINDER.value, 0)
    due = invoice.amount - credited(session, tenant_id, invoice)
    return Owed(max(0, due - paid), max(0, due + charged - paid))


def open_amount(session: Session, tenant_id: str, invoice: Invoice) -> int:
    """What is still to pay on ``invoice``, its reminders' fees and late interest
    included (:func:`owed`)."""
    return owed(session, tenant_id, invoice).total


# -- the PDF ----------------------------------------------------------------------------------

PDF_TEXTS = {
    "invoice": N_("Invoice"),
    "credit_note": N_("Credit note"),
    "number": N_("Invoice number"),
    "credits": N_("Credits invoice"),
    "issued": N_("Invoice date"),
    "due": N_("Due date"),
    "org": N_("Org. no."),
    "to": N_("Invoice to"),
    "description": N_("Description"),
    "amount": N_("Amount"),
    "to_pay": N_("To pay"),
    "credited": N_("Credited"),
    "credit_row": N_("Credit of invoice {number}: the booking is cancelled"),
    "bankgiro": N_("Bankgiro"),
    "ocr": N_("OCR reference"),
    "pay_with": N_(
        "Pay to Bankgiro {bankgiro} and give the OCR reference {ocr}, nothing else, "
        "so the payment is matched to this invoice."
    ),
    "reminder_fee": N_("A reminder fee of {fee} is charged for a reminder."),
    "late_interest": N_(
        "Late interest is charged by the Interest Act (räntelagen) from the due date."
    ),
}


def _latin1(text: str) -> str:
    """``text`` as the PDF's core fonts can write it (Latin-1; the minus sign as -)."""
    return text.replace("\u2212", "-").encode("latin-1", "replace").decode("latin-1")


@dataclass(frozen=True)
class _Sender:
    name: str
    address: list[str]
    org_number: str
    bankgiro: str


def _sender(session: Session, invoice: Invoice) -> _Sender:
    payment = payment_settings_of(session, invoice.tenant_id)
    tenant = session.get(Tenant, invoice.tenant_id)
    name = (payment.sender_name if payment else "") or (tenant.name if tenant else "")
    address = [line for line in (payment.sender_address if payment else "").splitlines() if line]
    bankgiro = bankgiro_text(payment.bankgiro) if payment and payment.bankgiro else ""
    return _Sender(name, address, payment.org_number if payment else "", bankgiro)


def _line_rows(invoice: Invoice) -> list[tuple[str, int]]:
    breakdown = Breakdown.from_json(invoice.lines)
    return [
        (line_text(line), line.amount)
        for line in breakdown.lines
        if line.amount or line.kind is LineKind.BASE_PRICE
    ]


def invoice_pdf(session: Session, invoice: Invoice) -> bytes:
    """The invoice (or credit note) as a PDF in the tenant's language, laid out as a
    Swedish invoice: the sender with its organisation number, the recipient, the
    number and dates, the lines, the amount, and the payment details (Bankgiro, OCR
    reference, amount, due date)."""
    [pdf] = invoice_pdfs(session, [invoice])
    return pdf


def invoice_pdfs(session: Session, invoices: Sequence[Invoice]) -> Iterator[bytes]:
    """:func:`invoice_pdf` of each of ``invoices`` (of one tenant), in order: the sender
    and the texts looked up once, the people in one query (an invoice run)."""
    if not invoices:
        return
    tenant_id = invoices[0].tenant_id
    tenant = session.get(Tenant, tenant_id)
    sender = _sender(session, invoices[0])
    wanted = {i.person_id for i in invoices}
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(sorted(wanted))))}
    with use_language(tenant.language if tenant else "sv"):
        t = {key: gettext(text) for key, text in PDF_TEXTS.items()}
        for invoice in invoices:
            if invoice.tenant_id != tenant_id:
                raise ValueError("invoice_pdfs takes the invoices of one tenant")
            credits = session.get(Invoice, invoice.credits_id) if invoice.credits_id else None
            if invoice.kind == CREDIT_NOTE:
                # One line: what is credited of which invoice (its lines are on that one).
                number = credits.number if credits is not None else ""
                rows = [(t["credit_row"].format(number=number), invoice.amount)]
            else:
                rows = _line_rows(invoice)
            yield _render(invoice, people.get(invoice.person_id), sender, t, rows, credits)


def _render(
    invoice: Invoice,
    person: Person | None,
    sender: _Sender,
    t: dict[str, str],
    rows: list[tuple[str, int]],
    credits: Invoice | None,
) -> bytes:
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creator("Kansli")
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def text(value: str, size: float = 10, style: str = "", w: float = 0, align: str = "L") -> None:
        pdf.set_font("Helvetica", style, size)
        pdf.cell(w, 5.5, _latin1(value), align=align, new_x="LMARGIN", new_y="NEXT")

    def paragraph(value: str) -> None:
        """A note of one line (a cell), wrapped only when it does not fit."""
        value = _latin1(value)
        if pdf.get_string_width(value) <= width:
            pdf.cell(width, 5, value, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.multi_cell(width, 5, value, new_x="LMARGIN", new_y="NEXT")

    def pair(label: str, value: str, x: float) -> None:
        pdf.set_x(x)
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(35, 5.5, _latin1(label))
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(0, 5.5, _latin1(value), new_x="LMARGIN", new_y="NEXT")

    # The sender, top left; the document's heading and facts, top right.
    top = pdf.get_y()
    text(sender.name, 13, "B")
    for line in sender.address:
        text(line, 9)
    if sender.org_number:
        text(f"{t['org']} {sender.org_number}", 9)
    left_bottom = pdf.get_y()
    right = pdf.l_margin + width * 0.55
    pdf.set_xy(right, top)
    pdf.set_font("Helvetica", "B", 18)
    heading = t["credit_note"] if invoice.kind == CREDIT_NOTE else t["invoice"]
    pdf.cell(0, 9, _latin1(heading.upper()), new_x="LMARGIN", new_y="NEXT")
    pair(t["number"], str(invoice.number), right)
    if credits is not None:
        pair(t["credits"], str(credits.number), right)
    pair(t["issued"], invoice.issued_on.isoformat(), right)
    if invoice.due_on is not None:
        pair(t["due"], invoice.due_on.isoformat(), right)
    if invoice.ocr:
        pair(t["ocr"], invoice.ocr, right)
    pdf.set_y(max(left_bottom, pdf.get_y()) + 8)

    # The recipient.
    if person is not None:
        pdf.set_x(right)
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(0, 5, _latin1(t["to"]), new_x="LMARGIN", new_y="NEXT")
        for line in (
            person.full_name,
            person.street,
            " ".join(p for p in (person.postal_code, person.city) if p),
        ):
            if line:
                pdf.set_x(right)
                pdf.set_font("Helvetica", "", 11)
                pdf.cell(0, 5.5, _latin1(line), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)

    # The lines.
    amount_w = 40.0
    pdf.set_font("Helvetica", "B", 10)
    pdf.set_fill_color(235, 235, 235)
    pdf.cell(width - amount_w, 7, _latin1(t["description"]), fill=True)
    pdf.cell(amount_w, 7, _latin1(t["amount"]), fill=True, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for label, amount in rows:
        pdf.cell(width - amount_w, 6.5, _latin1(label))
        pdf.cell(
            amount_w, 6.5, _latin1(kronor_text(amount)), align="R", new_x="LMARGIN", new_y="NEXT"
        )
    pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.l_margin + width, pdf.get_y() + 1)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 12)
    total_label = t["credited"] if invoice.kind == CREDIT_NOTE else t["to_pay"]
    pdf.cell(width - amount_w, 8, _latin1(total_label))
    pdf.cell(
        amount_w, 8, _latin1(kronor_text(invoice.amount)), align="R", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 9)
    if invoice.kind != CREDIT_NOTE and invoice.reminder_fee > 0:
        fee = t["reminder_fee"].format(fee=kronor_text(invoice.reminder_fee))
        paragraph(fee)
    if invoice.kind != CREDIT_NOTE and invoice.late_interest:
        paragraph(t["late_interest"])

    # The payment details (betalningsavi), at the foot of the page.
    if invoice.kind != CREDIT_NOTE and invoice.ocr:
        slip = pdf.h - 70
        pdf.set_draw_color(120, 120, 120)
        pdf.set_dash_pattern(dash=2, gap=1.5)
        pdf.line(pdf.l_margin, slip - 4, pdf.l_margin + width, slip - 4)
        pdf.set_dash_pattern()
        pdf.set_y(slip)
        columns = (
            (t["bankgiro"], sender.bankgiro),
            (t["ocr"], invoice.ocr),
            (t["amount"], kronor_text(invoice.amount)),
            (t["due"], invoice.due_on.isoformat() if invoice.due_on else ""),
        )
        cell_w = width / len(columns)
        pdf.set_font("Helvetica", "", 8)
        for label, _value in columns:
            pdf.cell(cell_w, 5, _latin1(label))
        pdf.ln(5)
        pdf.set_font("Helvetica", "B", 13)
        for _label, value in columns:
            pdf.cell(cell_w, 8, _latin1(value), border="T")
        pdf.ln(12)
        pdf.set_font("Helvetica", "", 9)
        paragraph(t["pay_with"].format(bankgiro=sender.bankgiro, ocr=invoice.ocr))
        pdf.ln(2)
        pdf.set_font("Helvetica", "", 8)
        pdf.cell(0, 5, _latin1(f"{sender.name}  {t['org']} {sender.org_number}".strip()))
    return bytes(pdf.output())


def person_invoices(session: Session, tenant_id: str, person_id: str) -> list[Invoice]:
    """The person's invoices and credit notes, by number."""
    return list(
        session.scalars(
            of_tenant(Invoice, tenant_id, Invoice.person_id == person_id).order_by(Invoice.number)
        )
    )


def due_invoices(session: Session, tenant_id: str, *, on_or_before: date) -> list[Invoice]:
    """The tenant's invoices due on or before ``on_or_before`` (for reminders)."""
    return list(
        session.scalars(
            select(Invoice)
            .where(
                Invoice.tenant_id == tenant_id,
                Invoice.kind == INVOICE,
                Invoice.due_on <= on_or_before,
            )
            .order_by(Invoice.number)
        )
    )
