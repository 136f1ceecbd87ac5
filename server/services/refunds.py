"""Refunds (issue 18): money owed back to a person, paid back by the card provider or the bank,
with an audit trail (:mod:`server.tables.refunds`).

* A cancellation whose terms pay money back (:func:`models.ledger.cancellation`) puts the
  amount on the person's refund due (a liability), and :func:`owe` records a ``refund`` row
  ``due``: ``how`` "card" when the booking was paid by card (its provider and payment's id),
  else "bank".
* By card (:func:`request_by_card`; the periodic job :func:`send_card_refunds` asks for every
  refund due by card, the treasurer's Refund by card for one): the row is claimed
  (``requested``) in one transaction, the provider asked outside any transaction
  (:meth:`server.services.card.PaymentProvider.refund`),
  and the provider's refund id stored; a refusal leaves it ``failed`` with the provider's
  reason (still owed, listed again). The money has left only when the provider confirms it
  (:func:`handle_event`: Stripe's ``charge.refunded`` / ``refund.updated``, Swish's refund
  callback, each recorded once as a ``provider_event``): then, once however often it is
  confirmed, the REFUND transaction (refund due -> card) and the person's notice.
* By bank (:func:`mark_paid`): the treasurer paid it from the bank and marks it paid (the
  person's account as typed): the REFUND transaction (refund due -> bank) and the notice.
* A credit balance paid out on request (:func:`pay_out_credit`): the treasurer paid it from
  the bank; the REFUND transaction (credit -> bank), the row ``sent``, the notice.

The notice is the event ``payment.refund`` (:class:`models.notifications.EventType`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ledger
from models.courses import Registration
from models.errors import ConflictError, NotFoundError, ValidationError
from models.ids import derived_id, new_id, utcnow
from models.notifications import EventType, RecipientKind
from models.people import Person
from models.pricing import kronor_text
from server.services import card
from server.services.database import Database
from server.services.ledger import balance_of, record
from server.services.notify import Recipient, notify
from server.services.round_notices import RoundNoticeJob, notify_registration
from server.services.scope import of_tenant
from server.services.seq import lock_tenant
from server.settings import Settings
from server.tables.card import ProviderEvent
from server.tables.invoices import Invoice
from server.tables.payments import IncomingPayment
from server.tables.refunds import BANK, CARD, DUE, FAILED, REQUESTED, SENT, Refund

#: What a refund pays (``refund.source``).
FROM_DUE = ledger.Account.REFUND_DUE.value
FROM_CREDIT = ledger.Account.CREDIT.value


def _due_of(tx: ledger.Transaction) -> int:
    """What ``tx`` put on the person's refund due (öre)."""
    return -sum(p.amount for p in tx.postings if p.account is ledger.Account.REFUND_DUE)


@dataclass(frozen=True)
class _CardPaid:
    provider: str
    payment_ref: str


def _card_payment(
    session: Session, tenant_id: str, registration_id: str, amount: int
) -> _CardPaid | None:
    """The card payment of the booking's invoice that can take ``amount`` back, if any."""
    invoices = select(Invoice.id).where(
        Invoice.tenant_id == tenant_id, Invoice.registration_id == registration_id
    )
    found = session.scalars(
        of_tenant(
            IncomingPayment,
            tenant_id,
            IncomingPayment.source.in_(card.PROVIDERS),
            IncomingPayment.invoice_id.in_(invoices),
            IncomingPayment.amount >= amount,
        ).order_by(IncomingPayment.created_at.desc())
    ).first()
    return _CardPaid(found.source, found.source_ref) if found is not None else None


def owe(
    session: Session,
    tenant_id: str,
    tx: ledger.Transaction,
    person_id: str,
    now: datetime,
    *,
    command_id: str | None = None,
) -> Refund | None:
    """The refund a cancellation ``tx`` made due (None: it pays nothing back), by card when
    the booking was paid by card, else on the list to pay by bank.

    ``command_id``: the client's cancelling command. The refund's id is derived from it,
    so the same command sent again (after the server was restored from a backup that
    lacked it) makes the same refund: the card provider's idempotency key
    (``refund-<id>-<attempt>``) is the same and the money is not paid twice.
    """
    amount = _due_of(tx)
    if amount <= 0:
        return None
    paid = _card_payment(session, tenant_id, tx.reference, amount)
    row = Refund(
        id=derived_id(command_id, "refund", tx.reference) if command_id else new_id(),
        tenant_id=tenant_id,
        person_id=person_id,
        amount=amount,
        source=FROM_DUE,
        reference=tx.reference,
        due_transaction_id=tx.id,
        how=CARD if paid else BANK,
        provider=paid.provider if paid else "",
        payment_ref=paid.payment_ref if paid else "",
        created_at=now,
    )
    session.add(row)
    return row


def refunds_of(session: Session, tenant_id: str, *, limit: int = 1000) -> Sequence[Refund]:
    """The tenant's refunds: those still to pay first (oldest first), then those sent."""
    return session.scalars(
        of_tenant(Refund, tenant_id)
        .order_by((Refund.state == SENT), Refund.created_at, Refund.id)
        .limit(limit)
    ).all()


def _locked(session: Session, tenant_id: str, refund_id: str) -> Refund:
    row = session.scalar(of_tenant(Refund, tenant_id, Refund.id == refund_id).with_for_update())
    if row is None:
        raise NotFoundError("No such refund", details={"field": "refund_id"})
    return row


def _book(
    session: Session,
    settings: Settings,
    row: Refund,
    via: ledger.Account,
    now: datetime,
    user_id: str | None,
) -> None:
    """The money left: the REFUND transaction, the row sent, the person's notice."""
    tx = ledger.refund(
        new_id(),
        row.person_id,
        row.amount,
        now.date(),
        row.reference or row.id,
        via=via,
        owed_from=ledger.Account(row.source),
    )
    record(session, row.tenant_id, tx, created_by=user_id)
    row.transaction_id = tx.id
    row.state = SENT
    row.reason = ""
    notice(session, settings, row, now)


def mark_paid(
    session: Session,
    settings: Settings,
    *,
    tenant_id: str,
    refund_id: str,
    bank_account: str,
    user_id: str | None,
    now: datetime,
) -> Refund:
    """The treasurer paid ``refund_id`` from the bank (to ``bank_account`` as typed): booked
    once. Refused when it is sent already or the card provider is being asked (409)."""
    lock_tenant(session, tenant_id)
    row = _locked(session, tenant_id, refund_id)
    if row.state == SENT or row.transaction_id is not None:
        raise ConflictError("This refund is already paid", details={"state": row.state})
    if row.state == REQUESTED:
        raise ConflictError(
            "The card provider is paying this refund back", details={"state": row.state}
        )
    row.how = BANK
    row.bank_account = bank_account.strip()
    row.marked_by = user_id
    row.marked_at = now
    _book(session, settings, row, ledger.Account.BANK, now, user_id)
    return row


def pay_out_credit(
    session: Session,
    settings: Settings,
    *,
    tenant_id: str,
    person_id: str,
    amount: int,
    bank_account: str,
    user_id: str | None,
    now: datetime,
) -> Refund:
    """The treasurer paid ``amount`` of the person's credit balance out from the bank, on
    their request: booked (credit -> bank), recorded as a refund sent, the notice."""
    lock_tenant(session, tenant_id)
    person = session.get(Person, person_id)
    if person is None or person.tenant_id != tenant_id or person.deleted_at is not None:
        raise NotFoundError("No such person", details={"field": "person_id"})
    if amount <= 0:
        raise ValidationError("A refund is a positive amount", field="amount")
    held = balance_of(session, tenant_id, person_id).credit
    if amount > held:
        raise ValidationError(
            "The credit balance is {credit} öre", field="amount", params={"credit": held}
        )
    row = Refund(
        id=new_id(),
        tenant_id=tenant_id,
        person_id=person_id,
        amount=amount,
        source=FROM_CREDIT,
        reference="",
        how=BANK,
        bank_account=bank_account.strip(),
        marked_by=user_id,
        marked_at=now,
        created_at=now,
    )
    session.add(row)
    session.flush()
    _book(session, settings, row, ledger.Account.BANK, now, user_id)
    return row


# -- by card -------------------------------------------------------------------------------


def request_by_card(
    db: Database,
    settings: Settings,
    *,
    tenant_id: str,
    refund_id: str,
    user_id: str | None,
    now: datetime,
) -> Refund:
    """Ask the card provider to pay ``refund_id`` back (module docstring); the row after. A
    provider's refusal leaves it ``failed`` with the provider's reason (not raised). A
    provider that could not be reached may have paid it all the same: the row stays
    ``requested`` (said in ``reason``), and asking again is the same request (the attempt
    number changes only after a refusal), so the provider pays it once."""
    with db.transaction() as session:
        lock_tenant(session, tenant_id)
        row = _locked(session, tenant_id, refund_id)
        if row.how != CARD or not row.payment_ref:
            raise ConflictError("This refund was not paid by card", details={"how": row.how})
        if not (row.state in (DUE, FAILED) or _unanswered(row)):
            raise ConflictError("This refund is already on its way", details={"state": row.state})
        chosen = card.provider(settings, row.provider)
        if chosen is None:
            raise ConflictError(
                "This server takes no payments by that provider",
                details={"provider": row.provider},
            )
        row.state = REQUESTED
        row.reason = ""
        row.provider_ref = ""  # this attempt's, once the provider answers
        row.marked_by = user_id
        row.marked_at = now
        payment_ref, amount, attempt = row.payment_ref, row.amount, str(row.refusals)
    refused = unreachable = False
    made = reason = ""
    try:
        made = chosen.refund(payment_ref, amount, refund_id, attempt)
    except card.RefundRefused as exc:
        refused, reason = True, str(exc) or "refused"
    except card.ProviderUnavailable:
        unreachable, reason = True, UNREACHABLE
    with db.transaction() as session:
        row = _locked(session, tenant_id, refund_id)
        # Only this request's own state is changed: its confirmation may have come first
        # (the row is sent then), or a refusal by the provider's own event.
        if row.state == REQUESTED and not row.provider_ref:
            if refused:
                row.state, row.reason = FAILED, reason[:500]
                row.refusals += 1
            elif unreachable:
                row.reason = reason
            else:
                row.provider_ref = made
        session.flush()
        session.expunge(row)
    return row


#: The reason a refund stays ``requested``: the provider did not answer (it may have paid).
UNREACHABLE = "The card provider could not be reached"


def _unanswered(row: Refund) -> bool:
    """A request the provider never answered: asked again with the same attempt number."""
    return row.state == REQUESTED and not row.provider_ref and row.reason == UNREACHABLE


def send_card_refunds(db: Database, settings: Settings, *, now: datetime | None = None) -> int:
    """The periodic job: every refund due by card (never one the provider refused: the
    treasurer decides on that) asked of its provider, so a cancelled card payment goes back
    without anyone pressing a button. Returns how many were asked."""
    now = now or utcnow()
    with db.sessions() as session:
        due = session.execute(
            select(Refund.tenant_id, Refund.id)
            .where(
                Refund.how == CARD,
                (Refund.state == DUE)
                | (
                    (Refund.state == REQUESTED)
                    & (Refund.provider_ref == "")
                    & (Refund.reason == UNREACHABLE)
                ),
            )
            .order_by(Refund.created_at)
        ).all()
    asked = 0
    for tenant_id, refund_id in due:
        if card.provider(settings, _provider_of(db, refund_id)) is None:
            continue
        try:
            request_by_card(
                db, settings, tenant_id=tenant_id, refund_id=refund_id, user_id=None, now=now
            )
        except ConflictError:
            continue  # asked meanwhile (the treasurer's button, another worker)
        asked += 1
    return asked


def _provider_of(db: Database, refund_id: str) -> str:
    with db.sessions() as session:
        return str(session.scalar(select(Refund.provider).where(Refund.id == refund_id)) or "")


class CardRefundJob(RoundNoticeJob):
    """:func:`send_card_refunds` for the mail worker's beat, at most once per interval."""

    def run(self) -> None:
        send_card_refunds(self.db, self.settings)


def tenant_of(session: Session, provider: str, news: Sequence[card.RefundNews]) -> str | None:
    """The tenant whose refund the provider's news is about, if any."""
    for n in news:
        found = session.scalar(
            select(Refund.tenant_id).where(
                Refund.provider == provider, Refund.provider_ref == n.ref
            )
        ) or session.scalar(
            select(Refund.tenant_id).where(
                Refund.provider == provider, Refund.id == _our_id(n.refund_id)
            )
        )
        if found:
            return str(found)
    return None


def _our_id(told: str) -> str:
    """Our refund id as the provider keeps it (Swish: 32 hex characters) -> its canonical form."""
    try:
        return str(uuid.UUID(told)) if told else ""
    except ValueError:
        return ""


def handle_event(
    db: Database,
    settings: Settings,
    provider_name: str,
    event: card.Confirmation,
    now: datetime,
) -> ProviderEvent:
    """A provider's verified refund event, recorded once (:func:`card.record_event`); what it
    confirms booked once (:func:`settle`)."""
    with db.sessions() as session:
        tenant_id = tenant_of(session, provider_name, event.refunds)

    def decide(session: Session, row: ProviderEvent) -> None:
        row.amount = sum(n.amount for n in event.refunds)
        row.outcome = settle(session, settings, provider_name, event.refunds, now)

    return card.record_event(db, provider_name, event, now, tenant_id, decide)


def settle(
    session: Session,
    settings: Settings,
    provider_name: str,
    news: Sequence[card.RefundNews],
    now: datetime,
) -> str:
    """Book what the provider confirms: each refund it says was paid, once; one it refused
    ``failed`` with its reason. The event's outcome."""
    outcomes: list[str] = []
    for n in news:
        row = session.scalar(
            select(Refund)
            .where(Refund.provider == provider_name, Refund.provider_ref == n.ref)
            .with_for_update()
        )
        if row is None and n.ok is True:
            # Paid before its id was stored here: money that left for this refund (by our id
            # as the provider was told it). A refusal counts only for the attempt it names.
            row = session.scalar(
                select(Refund)
                .where(
                    Refund.provider == provider_name,
                    Refund.id == _our_id(n.refund_id),
                    Refund.state.in_([REQUESTED, FAILED]),
                )
                .with_for_update()
            )
        if row is None:
            outcomes.append(card.UNKNOWN_REFUND)
            continue
        row.provider_ref = n.ref
        if row.state == SENT:
            outcomes.append(card.ALREADY_REFUNDED)
        elif n.ok is True:
            _book(session, settings, row, ledger.Account.CARD, now, None)
            outcomes.append(card.REFUND_BOOKED)
        elif n.ok is False:
            row.state, row.reason = FAILED, (n.reason or "refused")[:500]
            outcomes.append(card.REFUND_FAILED)
        else:
            outcomes.append(card.REFUND_PENDING)
    order = (
        card.REFUND_BOOKED,
        card.REFUND_FAILED,
        card.ALREADY_REFUNDED,
        card.REFUND_PENDING,
        card.UNKNOWN_REFUND,
    )
    return next((o for o in order if o in outcomes), card.IGNORED)


# -- the notice ----------------------------------------------------------------------------


def notice(session: Session, settings: Settings, row: Refund, now: datetime) -> None:
    """Queue ``payment.refund`` to the person: the amount paid back, how and when."""
    extra = {
        "amount": kronor_text(row.amount),
        "refunded_on": now.date().isoformat(),
        # Where it went: the card provider ("Stripe", "Swish"), or the account as typed.
        "paid_to": row.provider.capitalize() if row.how == CARD else row.bank_account,
    }
    reg = session.get(Registration, row.reference) if row.reference else None
    if reg is not None and reg.tenant_id == row.tenant_id:
        notify_registration(session, settings, reg, EventType.PAYMENT_REFUND, extra=extra)
        return
    person = session.get(Person, row.person_id)
    if person is None or person.deleted_at is not None:
        return
    notify(
        session,
        settings,
        tenant_id=row.tenant_id,
        event=EventType.PAYMENT_REFUND,
        values={
            "participant_name": person.full_name,
            "participant_first_name": person.first_name,
            "course": "",
            "round": "",
            "round_details": "",
        }
        | extra,
        recipients={
            RecipientKind.PARTICIPANT: [Recipient.of_person(RecipientKind.PARTICIPANT, person)]
        },
        related_id=row.id,
    )
