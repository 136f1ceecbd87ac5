"""Booking a place on a round (issue 17; seed 003, steps 2-8): the person recognised (a
personal link, or the generic form's sign-up), the prerequisites checked, the place given
or the sign-up held for review, the price stored as it was shown, the charge posted and
the confirmation mailed — in the caller's transaction, under the tenant's lock.

What a booking is:

* a :class:`~server.tables.booking.Booking` row, written once with the registration: the
  price lines (:func:`server.services.pricing.quote` at that moment, the credit balance
  used first), the sums and the round's cancellation terms with their version, so a later
  change of a rule or of the terms never alters it;
* ledger transactions whose ``reference`` is the registration's id: the **charge**, posted
  when the registration gets a place — at once when it is booked REGISTERED; for a sign-up
  put on the waiting list or held for review, when it is moved into a place (the commands
  ``registration.from_waiting_list``, ``registration.accept_offer`` and
  ``registration.review_accept`` return effect ``booking.charge``), with the credit
  balance there is then; a person without a place owes nothing (nothing overdue, nothing
  kept on cancelling) — and, if the registration is cancelled, the **cancellation** under
  the stored terms (effect ``booking.cancelled``; nothing when it was never charged):
  what was paid (the credit used and what of the rest the person's payments covered,
  oldest charge first: :func:`allocate`) less what the terms keep, as credit balance or
  money back.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ledger
from models.booking import price_list_for, terms_for
from models.courses import (
    Course,
    CourseRound,
    Registration,
    RegistrationStatus,
    new_status,
    seats_taken,
)
from models.errors import DomainError, NotFoundError, TransitionError, ValidationError
from models.ids import new_id, utcnow
from models.notifications import EventType
from models.payments import booking_terms, payment_settings_of
from models.people import Person
from models.prerequisites import Reason, ReasonCode, check
from models.pricing import (
    Breakdown,
    CancellationTerms,
    Line,
    LineKind,
    RefundAs,
    cancel,
    kronor_text,
)
from models.tenancy import Tenant
from server.i18n import N_, gettext, use_language
from server.services import ledger as accounts
from server.services import refunds
from server.services.invoices import credit_cancelled, issue_invoice, person_invoices
from server.services.mail_text import facts, line_text, paragraph, round_lines
from server.services.notify import Recipient, notify, registration_concerns
from server.services.pricing import quote
from server.services.scope import first_of_tenant, get_for_tenant, of_tenant
from server.settings import Settings
from server.tables import Booking, LedgerPosting, LedgerTransaction

if TYPE_CHECKING:
    from models.commands import Effect
    from server.services.effects import EffectContext

#: The price lines' texts, for the catalog (the same templates as models.pricing.LINE_TEXTS).
_LINE_TEXTS = (
    N_("{course}: course fee"),
    N_("Discount: {name}"),
    N_("Discount: {name} (cut to {amount}: a price is never below zero)"),
    N_("Membership fee: {name} (not a member on {day})"),
    N_("Your credit balance used"),
)


class PriceChanged(DomainError):
    """The price is no longer what the person was shown (a rule, their credit or another
    booking changed it meanwhile): they are shown ``breakdown`` and confirm again."""

    code = "price_changed"

    def __init__(self, breakdown: Breakdown) -> None:
        super().__init__(
            N_("The price changed: check it before you confirm (to pay now: {to_pay})"),
            params={"to_pay": kronor_text(breakdown.to_pay)},
        )
        self.breakdown = breakdown


@dataclass(frozen=True)
class Booked:
    """What :func:`book` did for one person."""

    registration_id: str
    person_id: str
    #: A :class:`models.courses.RegistrationStatus` value.
    status: str
    #: What the person pays, as stored with the booking.
    breakdown: Breakdown
    #: Why it went to review (empty otherwise).
    reasons: tuple[Reason, ...]
    #: The person already had a live registration on the round: nothing new was made.
    duplicate: bool = False


# -- prices --------------------------------------------------------------------------------


def is_priced(session: Session, tenant_id: str, round_: CourseRound) -> bool:
    """Whether signing up for ``round_`` costs anything: a base price, a membership fee or
    a discount rule holds for it."""
    prices = price_list_for(session, tenant_id, round_)
    fee = prices.membership.amount if prices.membership else 0
    return prices.base_price > 0 or fee > 0 or bool(prices.discounts)


def quote_for(
    session: Session, *, tenant_id: str, person_id: str, round_id: str, today: date
) -> Breakdown:
    """What ``person_id`` would pay for ``round_id`` booked ``today`` (what the page shows
    before they confirm): :func:`server.services.pricing.quote`."""
    return quote(session, tenant_id=tenant_id, person_id=person_id, round_id=round_id, today=today)


def fingerprint(breakdown: Breakdown) -> str:
    """A short hash of the lines: what the person was shown, sent back when they confirm."""
    text = json.dumps(breakdown.to_json(), sort_keys=True, ensure_ascii=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def breakdown_of(lines: Iterable[Mapping[str, Any]]) -> Breakdown:
    """A breakdown as stored (:meth:`models.pricing.Breakdown.to_json`)."""
    return Breakdown.from_json(lines)


def terms_json(terms: CancellationTerms) -> dict[str, Any]:
    """Cancellation terms as a booking stores them."""
    return {
        "version": terms.version,
        "full_refund_until": terms.full_refund_until.isoformat()
        if terms.full_refund_until
        else None,
        "fee_refund_until": terms.fee_refund_until.isoformat() if terms.fee_refund_until else None,
        "admin_fee": terms.admin_fee,
        "refund_as": terms.refund_as.value,
        "refunds": terms.refunds,
    }


def terms_of(stored: Mapping[str, Any]) -> CancellationTerms:
    """The terms a booking stored (:func:`terms_json`)."""

    def day(value: object) -> date | None:
        return date.fromisoformat(str(value)) if value else None

    return CancellationTerms(
        version=int(stored.get("version", 0)),
        full_refund_until=day(stored.get("full_refund_until")),
        fee_refund_until=day(stored.get("fee_refund_until")),
        admin_fee=int(stored.get("admin_fee", 0)),
        refund_as=RefundAs(stored.get("refund_as", RefundAs.CREDIT)),
        refunds=bool(stored.get("refunds", False)),
    )


def price_lines(breakdown: Breakdown, *, waiting: bool = False) -> list[str]:
    """The breakdown as a mail shows it, in the current language: each line's text and
    amount in two columns, then what is left to pay — on the waiting list (``waiting``),
    where nothing is charged yet, the price without any credit (that is used when it is
    charged)."""
    shown = [
        line for line in breakdown.lines if not (waiting and line.kind is LineKind.CREDIT_USED)
    ]
    rows = [(line_text(line), kronor_text(line.amount)) for line in shown]
    if waiting:
        rows.append((gettext("Price"), kronor_text(breakdown.total)))
    else:
        rows.append((gettext("To pay"), kronor_text(breakdown.to_pay)))
    width = max(len(text) for text, _ in rows) + 2
    amounts = max(len(amount) for _, amount in rows)
    rule = "  " + "-" * (width + amounts)
    lines = [f"  {text.ljust(width)}{amount.rjust(amounts)}" for text, amount in rows]
    return [*lines[:-1], rule, lines[-1]]


# -- the stored booking and its money ------------------------------------------------------


def record_booking(
    session: Session,
    registration: Registration,
    breakdown: Breakdown,
    terms: CancellationTerms,
    *,
    now: datetime,
) -> None:
    """Store ``registration``'s booking: the lines as shown and the terms (written once);
    with the tenant's payment terms as they are now (``"payment"``: due days, reminder fee,
    late interest) when it has payment settings."""
    stored_terms = terms_json(terms)
    payment = payment_settings_of(session, registration.tenant_id)
    if payment is not None:
        stored_terms["payment"] = booking_terms(payment)
    session.add(
        Booking(
            tenant_id=registration.tenant_id,
            registration_id=registration.id,
            person_id=registration.participant_id,
            round_id=registration.round_id,
            lines=breakdown.to_json(),
            total=breakdown.total,
            credit_used=breakdown.credit_used,
            to_pay=breakdown.to_pay,
            terms=stored_terms,
            created_at=now,
        )
    )
    session.flush()


def store(
    session: Session, registration: Registration, breakdown: Breakdown, *, now: datetime
) -> None:
    """Store the booking of a new ``registration`` with the round's terms now, and post
    its charge when it has a place (on the waiting list or held for review: when it gets
    one, effect ``booking.charge``)."""
    terms = terms_for(session, registration.tenant_id, registration.round_id)
    record_booking(session, registration, breakdown, terms, now=now)
    if registration.status == RegistrationStatus.REGISTERED:
        post_charge(session, registration.tenant_id, registration, breakdown, now.date())


def invoice_placed(
    session: Session,
    settings: Settings,
    registration: Registration,
    breakdown: Breakdown,
    *,
    now: datetime,
) -> None:
    """Issue and mail the invoice of a booking :func:`store` charged (one with a place),
    after its confirmation was queued, so the person reads that first
    (:func:`server.services.invoices.issue_invoice`: nothing without a Bankgiro set)."""
    if registration.status == RegistrationStatus.REGISTERED:
        issue_invoice(
            session,
            settings,
            tenant_id=registration.tenant_id,
            registration_id=registration.id,
            now=now,
            breakdown=breakdown,
        )


def booking_of(session: Session, tenant_id: str, registration_id: str) -> Booking | None:
    """The registration's stored booking (None: it has none, e.g. made by staff)."""
    return first_of_tenant(session, Booking, tenant_id, Booking.registration_id == registration_id)


def bookings_of(session: Session, tenant_id: str, person_id: str) -> list[Booking]:
    """The person's bookings, oldest first."""
    return list(
        session.scalars(
            of_tenant(Booking, tenant_id, Booking.person_id == person_id).order_by(
                Booking.created_at, Booking.id
            )
        )
    )


def _transactions(
    session: Session, tenant_id: str, registration_id: str, kind: ledger.Kind
) -> list[LedgerTransaction]:
    return list(
        session.scalars(
            of_tenant(
                LedgerTransaction,
                tenant_id,
                LedgerTransaction.reference == registration_id,
                LedgerTransaction.kind == kind.value,
            )
        )
    )


def post_charge(
    session: Session, tenant_id: str, registration: Registration, breakdown: Breakdown, day: date
) -> Breakdown:
    """Post the charge of ``registration`` (once: a second call does nothing) and return
    what it charged."""
    if _transactions(session, tenant_id, registration.id, ledger.Kind.CHARGE):
        return breakdown
    tx = ledger.charge(new_id(), registration.participant_id, breakdown, day, registration.id)
    accounts.record(session, tenant_id, tx)
    return breakdown


def with_credit_now(
    session: Session, tenant_id: str, person_id: str, stored: Breakdown
) -> Breakdown:
    """``stored``'s priced lines with the credit balance the person has now used first
    (a sign-up accepted from review pays with the credit there is at acceptance)."""
    priced = tuple(line for line in stored.lines if line.kind is not LineKind.CREDIT_USED)
    owed = sum(line.amount for line in priced)
    used = min(max(0, accounts.balance_of(session, tenant_id, person_id).credit), owed)
    credit = (Line(LineKind.CREDIT_USED, "credit_used", {}, -used),) if used > 0 else ()
    return Breakdown(priced + credit)


def allocate(debts: Sequence[tuple[str, int]], paid: int) -> dict[str, int]:
    """``paid`` öre spread over ``debts`` (reference, amount owed) oldest first: what of
    each reference is paid. Nothing is allocated beyond a debt; what is left over (paid in
    advance) is not anyone's."""
    left = max(0, paid)
    out: dict[str, int] = {}
    for reference, owed in debts:
        share = min(max(0, owed), left)
        out[reference] = out.get(reference, 0) + share
        left -= share
    return out


def paid_to_booking(session: Session, tenant_id: str, person_id: str, registration_id: str) -> int:
    """What of a registration's charge came in: the credit it used plus what of its
    receivable was paid. A payment that names an invoice (its OCR reference) pays that
    invoice's booking, as the invoice's open amount counts it; the person's other payments
    pay their charges oldest first (by day)."""
    rows = session.execute(
        select(
            LedgerTransaction.reference,
            LedgerTransaction.kind,
            LedgerTransaction.day,
            LedgerTransaction.created_at,
            LedgerPosting.account,
            LedgerPosting.amount,
        )
        .join(LedgerPosting, LedgerPosting.transaction_id == LedgerTransaction.id)
        .where(
            LedgerPosting.tenant_id == tenant_id,
            LedgerPosting.person_id == person_id,
            LedgerPosting.account.in_([ledger.Account.RECEIVABLE, ledger.Account.CREDIT]),
        )
        .order_by(LedgerTransaction.day, LedgerTransaction.created_at, LedgerTransaction.id)
    ).all()
    invoiced = {
        i.ocr: i.registration_id
        for i in person_invoices(session, tenant_id, person_id)
        if i.ocr and i.registration_id
    }
    debts: dict[str, int] = {}
    direct: dict[str, int] = {}
    credit_used = 0
    paid = 0
    for reference, kind, _day, _at, account, amount in rows:
        own = kind in (ledger.Kind.CHARGE, ledger.Kind.CANCELLATION)
        if account == ledger.Account.RECEIVABLE:
            if own:
                debts[reference] = debts.get(reference, 0) + int(amount)
            elif kind == ledger.Kind.PAYMENT and reference in invoiced:
                booked = invoiced[reference]
                direct[booked] = direct.get(booked, 0) - int(amount)
            else:
                paid -= int(amount)
        elif reference == registration_id and kind == ledger.Kind.CHARGE:
            credit_used += int(amount)
    own_debt = max(0, debts.get(registration_id, 0))
    paid_directly = min(own_debt, direct.get(registration_id, 0))
    rest = [(ref, max(0, debt - direct.get(ref, 0))) for ref, debt in debts.items()]
    return credit_used + paid_directly + allocate(rest, paid).get(registration_id, 0)


def cancel_booking(
    session: Session,
    tenant_id: str,
    registration_id: str,
    *,
    day: date,
    command_id: str | None = None,
) -> ledger.Transaction | None:
    """Turn a cancelled registration's booking into money by its stored terms: what was
    paid less what the terms keep back as credit (or money back), the unpaid rest no
    longer owed. Nothing without a booking, without a charge (declined from review) or
    when already done. ``command_id``: the cancelling command, the refund's id comes from it
    (:func:`server.services.refunds.owe`)."""
    booking = booking_of(session, tenant_id, registration_id)
    if booking is None:
        return None
    charges = _transactions(session, tenant_id, registration_id, ledger.Kind.CHARGE)
    if not charges or _transactions(session, tenant_id, registration_id, ledger.Kind.CANCELLATION):
        return None
    stored = breakdown_of(booking.lines)
    charged = stored.total
    paid = min(charged, paid_to_booking(session, tenant_id, booking.person_id, registration_id))
    outcome = cancel(terms_of(booking.terms), day, charged=charged, paid=paid)
    code = next((line.account for line in stored.lines if line.kind is LineKind.BASE_PRICE), "")
    tx = ledger.cancellation(new_id(), booking.person_id, outcome, day, registration_id, code=code)
    if not any(p.amount for p in tx.postings):
        # Everything kept: no money moves, but the cancellation is in the person's history.
        nothing = ledger.Posting(ledger.Account.RECEIVABLE, 0, booking.person_id)
        tx = ledger.Transaction(tx.id, tx.kind, tx.day, (nothing,), tx.reference)
    accounts.record(session, tenant_id, tx)
    # Money paid back by the terms: owed to the person until it leaves (by card or bank).
    refunds.owe(session, tenant_id, tx, booking.person_id, utcnow(), command_id=command_id)
    return tx


# -- booking -------------------------------------------------------------------------------


def reason_text(reason: Reason) -> str:
    """Why a sign-up waits for review, in the current language."""
    values = dict(reason.values)
    if reason.code == ReasonCode.LEVEL_MISSING:
        return gettext(
            "You have not completed {course} (nor had that level approved by a leader)"
        ).format(course=values.get("course", ""))
    if reason.code == ReasonCode.OVERDUE_FEES:
        amount = values.get("amount")
        return gettext("You have fees that are overdue: {amount}").format(
            amount=kronor_text(amount if isinstance(amount, int) else 0)
        )
    return reason.code


REVIEW_TEXT = N_(
    "The course administrator reviews your sign-up before you get a place. The fee is "
    "charged when it is accepted and you have a place."
)
WAITING_TEXT = N_(
    "The course is full, so you are on its waiting list. If a place becomes free, we will "
    "e-mail you an offer to accept."
)

#: A waiting-list booking's price: nothing owed until the person has a place.
WAITING_PRICE = N_(
    "Nothing is charged while you are on the waiting list: the price is charged when you "
    "are offered a place and accept it (any credit balance you have then is used first)."
)


BOOKED_BY_PARTNER = N_(
    "{name} booked this course for the two of you as partners. This is your own booking, "
    "with your own fee."
)


def notes(status: str, reasons: Sequence[Reason], *, booked_by: str = "") -> str:
    """What happens next, for the confirmation (review and why; the waiting list), after
    who booked it when a partner did (``booked_by``, their name)."""
    lines = paragraph(gettext(BOOKED_BY_PARTNER).format(name=booked_by)) if booked_by else []
    if lines and status in (RegistrationStatus.REVIEW, RegistrationStatus.WAITING):
        lines.append("")
    if status == RegistrationStatus.REVIEW:
        lines += paragraph(gettext("Your sign-up waits for review because:"))
        lines += [f"  - {reason_text(reason)}" for reason in reasons]
        lines += ["", *paragraph(gettext(REVIEW_TEXT))]
    elif status == RegistrationStatus.WAITING:
        lines += paragraph(gettext(WAITING_TEXT))
    return "\n".join(lines)


def price_values(breakdown: Breakdown | None, status: str = "") -> dict[str, str]:
    """The confirmation's ``price_lines`` and ``to_pay`` (empty when nothing is priced);
    on the waiting list (``status``) the price, nothing to pay and when it is charged."""
    if breakdown is None or not any(line.amount for line in breakdown.lines):
        return {"price_lines": "", "to_pay": ""}
    if status == RegistrationStatus.WAITING:
        lines = [*price_lines(breakdown, waiting=True), "", *paragraph(gettext(WAITING_PRICE))]
        return {"price_lines": "\n".join(lines), "to_pay": kronor_text(0)}
    return {
        "price_lines": "\n".join(price_lines(breakdown)),
        "to_pay": kronor_text(breakdown.to_pay),
    }


def _round(session: Session, tenant_id: str, round_id: str) -> CourseRound:
    round_ = get_for_tenant(session, CourseRound, round_id, tenant_id)
    if round_ is None:
        raise NotFoundError(f"Course round {round_id} was not found")
    return round_


def _person(session: Session, tenant_id: str, person_id: str) -> Person:
    person = get_for_tenant(session, Person, person_id, tenant_id)
    if person is None:
        raise NotFoundError(f"Person {person_id} was not found")
    return person


def live_registration(
    session: Session, tenant_id: str, round_id: str, person_id: str
) -> Registration | None:
    """The person's registration on the round that is not cancelled, if any."""
    return first_of_tenant(
        session,
        Registration,
        tenant_id,
        Registration.round_id == round_id,
        Registration.participant_id == person_id,
        Registration.status != RegistrationStatus.CANCELLED,
        Registration.deleted_at.is_(None),
    )


def review_reasons(
    session: Session, tenant_id: str, person_id: str, round_: CourseRound, *, today: date
) -> list[Reason]:
    """Why ``person_id`` signing up for ``round_`` today waits for review (none: it may be
    booked): :func:`models.prerequisites.check` with the fees the ledger has overdue."""
    overdue = accounts.overdue_of(session, tenant_id, person_id, today=today)
    return list(check(session, tenant_id, person_id, round_, today=today, overdue=overdue))


def book(
    session: Session,
    settings: Settings,
    *,
    tenant_id: str,
    round_id: str,
    person_id: str,
    now: datetime,
    partner_id: str | None = None,
    shown: str | None = None,
    answers: dict[str, str] | None = None,
    by_partner: bool = False,
) -> Booked:
    """Book ``person_id`` on ``round_id`` (the caller holds the tenant's lock:
    :func:`server.services.seq.lock_tenant`): a place (or the waiting list) when the
    prerequisites hold, else held for review with the reasons; the booking stored with
    the price now, charged when it has a place (on the waiting list or held for review:
    when it gets one) and confirmed by mail. Raises :class:`PriceChanged` when ``shown``
    is not the fingerprint of the price now; a person already on the round gets nothing
    new (``duplicate``); ``by_partner``: the partner booked it (their confirmation
    says so)."""
    round_ = _round(session, tenant_id, round_id)
    person = _person(session, tenant_id, person_id)
    partner = _person(session, tenant_id, partner_id) if partner_id else None
    existing = live_registration(session, tenant_id, round_id, person_id)
    if existing is not None:
        stored = booking_of(session, tenant_id, existing.id)
        return Booked(
            existing.id,
            person_id,
            existing.status,
            breakdown_of(stored.lines) if stored else Breakdown(),
            tuple(Reason.from_json(r) for r in existing.review_reasons or ()),
            duplicate=True,
        )
    today = now.date()
    breakdown = quote_for(
        session, tenant_id=tenant_id, person_id=person_id, round_id=round_id, today=today
    )
    if shown is not None and shown != fingerprint(breakdown):
        raise PriceChanged(breakdown)
    reasons = review_reasons(session, tenant_id, person_id, round_, today=today)
    reg = Registration(
        id=new_id(),
        tenant_id=tenant_id,
        round_id=round_id,
        participant_id=person_id,
        organisation_id=person.organisation_id,
        partner_id=partner.id if partner else None,
        review_reasons=[r.to_json() for r in reasons],
        signup_answers=dict(answers or {}),
        # Under the tenant's lock: two bookings of the last seat cannot both count it free.
        status=RegistrationStatus.REVIEW
        if reasons
        else new_status(round_, seats_taken(session, round_id)),
        created_at=now,
    )
    session.add(reg)
    session.flush()
    store(session, reg, breakdown, now=now)
    _confirm(session, settings, reg, person, round_, breakdown, reasons, partner, by_partner)
    invoice_placed(session, settings, reg, breakdown, now=now)
    return Booked(reg.id, person_id, reg.status, breakdown, tuple(reasons))


def book_pair(
    session: Session,
    settings: Settings,
    *,
    tenant_id: str,
    round_id: str,
    person_id: str,
    partner_id: str,
    now: datetime,
    shown: str | None = None,
) -> tuple[Booked, Booked]:
    """Book ``person_id`` and ``partner_id`` together on a partner course, each the other's
    partner: the partner priced on their own facts and mailed their own confirmation;
    ``shown`` checks the first person's price only."""
    if partner_id == person_id:
        raise ValidationError(N_("A partner is someone else than you"), field="partner")
    if not _round(session, tenant_id, round_id).partner_course:
        raise TransitionError(N_("This course is not one that partners sign up for together"))
    first = book(
        session,
        settings,
        tenant_id=tenant_id,
        round_id=round_id,
        person_id=person_id,
        now=now,
        partner_id=partner_id,
        shown=shown,
    )
    second = book(
        session,
        settings,
        tenant_id=tenant_id,
        round_id=round_id,
        person_id=partner_id,
        now=now,
        partner_id=person_id,
        by_partner=True,
    )
    return first, second


def _confirm(
    session: Session,
    settings: Settings,
    reg: Registration,
    person: Person,
    round_: CourseRound,
    breakdown: Breakdown,
    reasons: Sequence[Reason],
    partner: Person | None,
    by_partner: bool,
) -> None:
    """The booking's confirmation to the person, in the tenant's language (no address: no
    mail; the page said it all)."""
    address = person.primary_email
    if not address:
        return
    course = session.get(Course, round_.course_id)
    tenant = session.get_one(Tenant, reg.tenant_id)
    with use_language(tenant.language):
        rows = [(gettext("Name"), person.full_name), (gettext("E-mail"), address)]
        if partner is not None:
            rows.append((gettext("Partner"), partner.full_name))
        values: dict[str, object] = {
            "participant_name": person.full_name,
            "participant_first_name": person.first_name,
            "course": course.name if course else round_.name,
            "round": round_.name,
            "round_details": "\n".join(round_lines(course, round_)),
            "tenant": tenant.name,
            "notes": notes(
                reg.status,
                reasons,
                booked_by=partner.full_name if partner is not None and by_partner else "",
            ),
            "form_text": "",
            "answers": "\n".join(facts(rows)),
            "approval_notice": "",
            **price_values(breakdown, reg.status),
        }
    notify(
        session,
        settings,
        tenant_id=reg.tenant_id,
        event=EventType.REGISTRATION_CREATED,
        values=values,
        concerns=registration_concerns(session, reg),
        recipients={
            "participant": [
                Recipient("participant", person.full_name, (address,), person_id=person.id)
            ]
        },
        related_id=reg.id,
        kind="mail.booking_confirmation",
    )


# -- effects -------------------------------------------------------------------------------


def _charge_effect(ctx: EffectContext, effect: Effect) -> None:
    """``booking.charge``: a registration that got a place (from the waiting list, an
    offer accepted, accepted from review) is charged now, its stored lines with the credit
    balance there is now used first. Nothing without a booking (made by staff), without a
    place (accepted from review onto the waiting list) or when already charged."""
    tenant_id = ctx.actor.tenant_id
    reg = ctx.session.get(Registration, str(effect.data["registration_id"]))
    if reg is None or reg.tenant_id != tenant_id:
        raise NotFoundError("booking.charge for a registration that is not there")
    booking = booking_of(ctx.session, tenant_id, reg.id)
    if booking is None or reg.status != RegistrationStatus.REGISTERED:
        return
    stored = breakdown_of(booking.lines)
    charged = with_credit_now(ctx.session, tenant_id, reg.participant_id, stored)
    now = utcnow()
    post_charge(ctx.session, tenant_id, reg, charged, now.date())
    issue_invoice(
        ctx.session,
        ctx.settings,
        tenant_id=tenant_id,
        registration_id=reg.id,
        now=now,
        breakdown=charged,
    )


def _cancelled_effect(ctx: EffectContext, effect: Effect) -> None:
    """``booking.cancelled``: the cancelled registration's booking by its stored terms; an
    invoiced booking gets a credit note for what the cancellation gave up."""
    now = utcnow()
    registration_id = str(effect.data["registration_id"])
    tx = cancel_booking(
        ctx.session,
        ctx.actor.tenant_id,
        registration_id,
        day=now.date(),
        command_id=ctx.command_id,
    )
    credit_cancelled(
        ctx.session,
        ctx.settings,
        tenant_id=ctx.actor.tenant_id,
        registration_id=registration_id,
        cancellation=tx,
        now=now,
    )


#: Registered in :data:`server.services.effects.HANDLERS`.
BOOKING_HANDLERS = {"booking.charge": _charge_effect, "booking.cancelled": _cancelled_effect}
