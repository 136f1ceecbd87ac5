"""Card payments at sign-up (issue 18; seed 003 step 7): a payment provider's checkout for an
invoice, and its confirmations booked once.

Two providers behind one :class:`PaymentProvider` protocol:

* :class:`StripeProvider`: Stripe Checkout through the official ``stripe`` library. ``start``
  creates a Checkout Session for what the invoice still owes (its OCR reference in the
  metadata); a webhook is verified by its ``Stripe-Signature`` header
  (``stripe.Webhook.construct_event``: HMAC-SHA256 of the timestamp and body with the
  endpoint's secret, within Stripe's tolerance). A completed, paid session is then retrieved
  with its payment's balance transaction, whose ``fee`` is Stripe's fee.
* :class:`SwishProvider`: Swish for Merchants' payment request API through the ``getswish``
  client (mutual TLS with the merchant's certificate). ``start`` creates a payment request
  (m-commerce: the payer's Swish app opens it by its token); Swish's callback is not signed,
  so it is verified by retrieving the payment request from Swish over mutual TLS: only what
  Swish itself says counts. Swish charges its fees by the bank's monthly invoice: none per
  payment here.

:func:`handle_event` books a verified event once: every event is a ``provider_event`` row
(unique per provider and event id, so one delivered twice is booked once); a paid checkout
calls :func:`server.services.payments.receive` (``via=Account.CARD``, the invoice's OCR as the
reference), then records the provider's fee (:func:`models.ledger.provider_fee`). An event for
an unknown or already paid charge, a bad signature, an unreadable body: each is recorded with
its outcome and listed (:func:`events_of`), never lost.

Refunds (:mod:`server.services.refunds`): :meth:`PaymentProvider.refund` asks the provider to
pay an amount of a card payment back (Stripe: a Refund of the PaymentIntent; Swish: a refund
of the original payment's reference, mutual TLS). The money has left only when the provider
confirms it: Stripe's ``charge.refunded`` / ``refund.updated`` events (signed; the refund then
retrieved from Stripe), Swish's refund callback (believed as far as Swish's own answer to
retrieving the refund says). Such an event carries :class:`RefundNews`; :func:`handle_event`
records it once and hands it to :func:`server.services.refunds.settle`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

import stripe
from getswish import SwishClient
from getswish.environments import Certificate, Certificates, Environment
from getswish.exceptions import SwishError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models import ledger
from models.ids import new_id
from models.payments import payment_settings_of
from server.services import ledger as ledger_service
from server.services.database import Database
from server.services.scope import of_tenant
from server.services.seq import lock_tenant
from server.settings import Settings
from server.tables.card import CardCheckout, ProviderEvent

STRIPE, SWISH = "stripe", "swish"
PROVIDERS = (STRIPE, SWISH)

#: What came of an event (``provider_event.outcome``).
BOOKED = "booked"
UNKNOWN_CHARGE = "unknown_charge"
ALREADY_PAID = "already_paid"
NOT_PAID = "not_paid"
IGNORED = "ignored"
BAD_SIGNATURE = "bad_signature"
MALFORMED = "malformed"


@dataclass(frozen=True)
class InvoiceToPay:
    """What a checkout asks for: an invoice's open amount (öre) and its OCR reference."""

    tenant_id: str
    invoice_id: str
    registration_id: str
    ocr: str
    amount: int
    #: The line the payer sees ("Tango Fortsättare, Onsdagar").
    description: str


@dataclass(frozen=True)
class Checkout:
    """A started payment: where to send the payer and the provider's id of it."""

    url: str
    ref: str


@dataclass(frozen=True)
class RefundNews:
    """What the provider says of one refund: its ``ref``, whether the money left (``ok``
    True), was refused (False, ``reason`` the provider's words) or is on its way (None)."""

    ref: str
    ok: bool | None
    amount: int = 0
    reason: str = ""
    #: Our refund's id as the provider was told it (Stripe's metadata; Swish's reference).
    refund_id: str = ""


#: A refund event's outcomes (``provider_event.outcome``).
REFUND_BOOKED = "refund_booked"
REFUND_FAILED = "refund_failed"
REFUND_PENDING = "refund_pending"
ALREADY_REFUNDED = "already_refunded"
UNKNOWN_REFUND = "unknown_refund"


@dataclass(frozen=True)
class Confirmation:
    """A verified webhook or callback, as the provider means it."""

    event_id: str
    kind: str
    #: The checkout's ref (a Checkout Session id, a payment request id).
    ref: str
    #: Money confirmed received.
    paid: bool
    amount: int = 0
    #: The provider's id of the payment itself (``incoming_payment.source_ref``).
    payment_ref: str = ""
    #: The provider's fee, öre.
    fee: int = 0
    #: The tenant the provider was told at start (Stripe's metadata), if any.
    tenant_id: str | None = None
    #: A refund event's refunds, as the provider has them (empty: not a refund event).
    refunds: tuple[RefundNews, ...] = ()


class BadSignature(Exception):
    """The event's signature does not hold (or the provider does not know it)."""


class Malformed(Exception):
    """The body cannot be read as the provider's event."""


class ProviderUnavailable(Exception):
    """The provider could not be reached or refused the request."""


class RefundRefused(Exception):
    """The provider refused to make a refund; the message is its reason."""


class PaymentProvider(Protocol):
    """A card payment provider: start a checkout; verify and read a webhook."""

    name: str
    #: How long a checkout started is given again for the same amount (still payable).
    reusable: timedelta

    def start(self, invoice: InvoiceToPay, return_url: str) -> Checkout: ...

    def verify_webhook(self, headers: Mapping[str, str], body: bytes) -> Confirmation: ...

    def refund(self, payment_ref: str, amount: int, refund_id: str, attempt: str) -> str:
        """Ask the provider to pay ``amount`` öre of the payment ``payment_ref`` back (our
        ``refund_id``; ``attempt`` tells one try from the next); the provider's refund id.
        :class:`RefundRefused` with its reason, :class:`ProviderUnavailable`."""
        ...


# -- Stripe --------------------------------------------------------------------------------


class StripeProvider:
    """Stripe Checkout (module docstring)."""

    name = STRIPE

    def __init__(self, settings: Settings) -> None:
        assert settings.stripe_api_key is not None and settings.stripe_webhook_secret is not None
        self._secret = settings.stripe_webhook_secret
        self._minutes = settings.stripe_checkout_minutes
        # Given again until ten minutes before Stripe expires it.
        self.reusable = timedelta(minutes=self._minutes - 10)
        self._client = stripe.StripeClient(
            settings.stripe_api_key.get_secret_value(),
            base_addresses={"api": settings.stripe_api_base},
            max_network_retries=2,
        )

    def start(self, invoice: InvoiceToPay, return_url: str) -> Checkout:
        metadata = {
            "tenant_id": invoice.tenant_id,
            "invoice_id": invoice.invoice_id,
            "ocr": invoice.ocr,
        }
        expires = datetime.now().astimezone() + timedelta(minutes=self._minutes)
        try:
            session = self._client.v1.checkout.sessions.create(
                params={
                    "mode": "payment",
                    "line_items": [
                        {
                            "quantity": 1,
                            "price_data": {
                                "currency": "sek",
                                "unit_amount": invoice.amount,
                                "product_data": {"name": invoice.description},
                            },
                        }
                    ],
                    "client_reference_id": invoice.ocr,
                    "metadata": metadata,
                    "payment_intent_data": {"metadata": metadata},
                    "success_url": return_url,
                    "cancel_url": return_url,
                    "expires_at": int(expires.timestamp()),
                },
                options={"idempotency_key": f"checkout-{invoice.invoice_id}-{new_id()}"},
            )
        except stripe.StripeError as exc:
            raise ProviderUnavailable(f"Stripe refused the checkout: {exc.code}") from exc
        return Checkout(url=str(session.url), ref=str(session.id))

    def verify_webhook(self, headers: Mapping[str, str], body: bytes) -> Confirmation:
        signature = _header(headers, "Stripe-Signature")
        try:
            event = stripe.Webhook.construct_event(body, signature, self._secret.get_secret_value())
        except stripe.SignatureVerificationError as exc:
            raise BadSignature("Stripe-Signature does not verify") from exc
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
            raise Malformed("not a Stripe event") from exc
        try:
            read = event.to_dict()
            obj = read["data"]["object"]
            kind = str(read["type"])
            event_id = str(read["id"])
            if not isinstance(obj, dict):
                raise TypeError("data.object is not an object")
        except (KeyError, TypeError, AttributeError) as exc:
            raise Malformed("a Stripe event without data.object, type or id") from exc
        if kind in _STRIPE_REFUND_EVENTS:
            return self._refund_event(event_id, kind, obj)
        if kind not in (
            "checkout.session.completed",
            "checkout.session.async_payment_succeeded",
        ) or not str(obj.get("id", "")).startswith("cs_"):
            return Confirmation(event_id, kind, str(obj.get("id", "")), paid=False)
        ref = str(obj["id"])
        tenant_id = (obj.get("metadata") or {}).get("tenant_id")
        if obj.get("payment_status") != "paid":
            return Confirmation(event_id, kind, ref, paid=False, tenant_id=tenant_id)
        # The event says paid; what counts is the session as Stripe has it, with the fee.
        try:
            session = self._client.v1.checkout.sessions.retrieve(
                ref, params={"expand": ["payment_intent.latest_charge.balance_transaction"]}
            )
        except stripe.InvalidRequestError as exc:
            raise BadSignature("Stripe does not know the session") from exc
        except stripe.StripeError as exc:
            raise ProviderUnavailable("Stripe could not be asked") from exc
        intent: Any = session.payment_intent
        fee = 0
        payment_ref = str(getattr(intent, "id", intent) or ref)
        charge: Any = getattr(intent, "latest_charge", None)
        balance: Any = getattr(charge, "balance_transaction", None)
        if balance is not None and not isinstance(balance, str):
            fee = int(balance.fee)
        return Confirmation(
            event_id,
            kind,
            ref,
            paid=session.payment_status == "paid",
            amount=int(session.amount_total or 0),
            payment_ref=payment_ref,
            fee=fee,
            tenant_id=tenant_id,
        )

    def _refund_event(self, event_id: str, kind: str, obj: dict[str, Any]) -> Confirmation:
        """A refund event: the refunds it is about, as Stripe has them (retrieved: only what
        Stripe itself says counts)."""
        ref = str(obj.get("id", ""))
        try:
            if kind == "charge.refunded" and ref.startswith("ch_"):
                found = list(self._client.v1.refunds.list(params={"charge": ref}).data)
            elif ref.startswith("re_"):
                found = [self._client.v1.refunds.retrieve(ref)]
            else:
                return Confirmation(event_id, kind, ref, paid=False)
        except stripe.InvalidRequestError as exc:
            raise BadSignature("Stripe does not know the refund") from exc
        except stripe.StripeError as exc:
            raise ProviderUnavailable("Stripe could not be asked") from exc
        news = tuple(_stripe_news(r.to_dict()) for r in found)
        return Confirmation(event_id, kind, ref, paid=False, refunds=news)

    def refund(self, payment_ref: str, amount: int, refund_id: str, attempt: str) -> str:
        try:
            made = self._client.v1.refunds.create(
                params={
                    "payment_intent": payment_ref,
                    "amount": amount,
                    "metadata": {"refund_id": refund_id},
                },
                options={"idempotency_key": f"refund-{refund_id}-{attempt}"},
            )
        except (stripe.InvalidRequestError, stripe.CardError) as exc:
            raise RefundRefused(str(exc.user_message or exc.code or "refused")) from exc
        except stripe.StripeError as exc:
            raise ProviderUnavailable("Stripe could not be asked") from exc
        return str(made.id)


def _stripe_news(refund: dict[str, Any]) -> RefundNews:
    """A Stripe Refund object as :class:`RefundNews`."""
    status = str(refund.get("status") or "")
    return RefundNews(
        ref=str(refund.get("id", "")),
        ok=True if status == "succeeded" else False if status in _FAILED else None,
        amount=int(refund.get("amount") or 0),
        reason=str(refund.get("failure_reason") or status),
        refund_id=str((refund.get("metadata") or {}).get("refund_id", "")),
    )


#: Stripe's events about refunds, and a refund's statuses that mean it will not be paid.
_STRIPE_REFUND_EVENTS = ("charge.refunded", "refund.created", "refund.updated", "refund.failed")
_FAILED = ("failed", "canceled")


# -- Swish ---------------------------------------------------------------------------------


class SwishProvider:
    """Swish for Merchants' payment requests (module docstring)."""

    name = SWISH
    #: A Swish payment request can be paid for three minutes.
    reusable = timedelta(minutes=2)

    def __init__(self, settings: Settings) -> None:
        assert settings.swish_cert_file is not None
        key = settings.swish_key_file or settings.swish_cert_file
        self._callback_url = f"{settings.public_base_url}/api/v1/payments/swish/webhook"
        self._client = SwishClient(
            environment=Environment(name="kansli", base=settings.swish_api_url),
            certificates=Certificates(
                communication=Certificate(
                    public=str(settings.swish_cert_file), private_key=str(key)
                ),
                verify=Certificate(
                    public=str(settings.swish_ca_file) if settings.swish_ca_file else None
                ),
            ),
            merchant_swish_number=settings.swish_payee_alias,
        )

    def start(self, invoice: InvoiceToPay, return_url: str) -> Checkout:
        try:
            payment = self._client.create_payment(
                _kronor(invoice.amount),
                self._callback_url,
                None,
                payee_payment_reference=invoice.ocr,
                message=invoice.description[:50],
            )
        except (SwishError, OSError) as exc:
            raise ProviderUnavailable("Swish refused the payment request") from exc
        token = payment.payment_request_token or ""
        url = f"swish://paymentrequest?token={token}&callbackurl={return_url}"
        return Checkout(url=url, ref=str(payment.id))

    def verify_webhook(self, headers: Mapping[str, str], body: bytes) -> Confirmation:
        try:
            told = json.loads(body)
            ref = str(told["id"])
        except (ValueError, TypeError, KeyError, RecursionError) as exc:
            raise Malformed("not a Swish callback") from exc
        if not ref.isalnum() or len(ref) > 64:
            raise Malformed("not a Swish payment request id")
        if isinstance(told, dict) and "originalPaymentReference" in told:
            return self._refund_callback(ref)
        # The callback is not signed: ask Swish (mutual TLS) what the payment request is.
        try:
            payment = self._client.retrieve_payment(ref)
        except SwishError as exc:
            raise BadSignature("Swish does not know the payment request") from exc
        except OSError as exc:
            raise ProviderUnavailable("Swish could not be asked") from exc
        status = str(payment.status or "")
        return Confirmation(
            event_id=f"{ref}:{status}",
            kind=status,
            ref=ref,
            paid=status == "PAID",
            amount=_ore(payment.amount),
            payment_ref=str(payment.payment_reference or ref),
        )

    def _refund_callback(self, ref: str) -> Confirmation:
        """Swish's callback about a refund, as Swish answers for it (mutual TLS)."""
        try:
            found = self._client.retrieve_refund(ref)
        except SwishError as exc:
            raise BadSignature("Swish does not know the refund") from exc
        except OSError as exc:
            raise ProviderUnavailable("Swish could not be asked") from exc
        status = str(found.status or "")
        reason = " ".join(str(v) for v in (found.error_code, found.error_message) if v)
        news = RefundNews(
            ref=ref,
            ok=True if status == "PAID" else False if status in ("ERROR", "DECLINED") else None,
            amount=_ore(found.amount),
            reason=reason or status,
            refund_id=str(found.payer_payment_reference or ""),
        )
        return Confirmation(f"refund:{ref}:{status}", status, ref, paid=False, refunds=(news,))

    def refund(self, payment_ref: str, amount: int, refund_id: str, attempt: str) -> str:
        # Swish's instruction id: 32 upper-case hex characters, one per attempt.
        instruction = hashlib.sha256(f"{refund_id}:{attempt}".encode()).hexdigest()[:32].upper()
        try:
            made = self._client.create_refund(
                payment_ref,
                self._callback_url,
                # payeeAlias is optional in Swish's refund API: Swish pays the original payer
                # (the client's positional parameter is typed str; None leaves it out).
                None,  # type: ignore[arg-type]
                _kronor(amount),
                id=instruction,
                payer_payment_reference=refund_id.replace("-", "")[:35],
                message="Återbetalning",
            )
        except SwishError as exc:
            status = exc.response.status_code if exc.response is not None else 0
            if status >= 500:
                raise ProviderUnavailable("Swish could not be asked") from exc
            raise RefundRefused(_swish_reason(exc)) from exc
        except OSError as exc:
            raise ProviderUnavailable("Swish could not be asked") from exc
        return str(made.id)


def _swish_reason(exc: SwishError) -> str:
    """Swish's refusal (its error codes and messages), as one line."""
    told = exc.raw_errors
    if isinstance(told, list):
        return "; ".join(
            f"{e.get('errorCode', '')} {e.get('errorMessage', '')}".strip()
            for e in told
            if isinstance(e, dict)
        )
    return str(told)[:300] or "refused"


def _kronor(ore: int) -> float:
    return float(Decimal(ore) / 100)


def _ore(amount: object) -> int:
    try:
        return int(Decimal(str(amount)) * 100)
    except (InvalidOperation, ValueError):
        return 0


def _header(headers: Mapping[str, str], name: str) -> str:
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value
    return ""


def provider(settings: Settings, name: str) -> PaymentProvider | None:
    """The provider ``name`` when the server is configured for it."""
    if name == STRIPE and settings.stripe_configured:
        return StripeProvider(settings)
    if name == SWISH and settings.swish_configured:
        return SwishProvider(settings)
    return None


def provider_for(session: Session, settings: Settings, tenant_id: str) -> PaymentProvider | None:
    """The tenant's card provider (its payment settings' ``card_provider``; without one, the
    first the server is configured for), or None: no card payments offered."""
    chosen = _chosen_provider(session, tenant_id)
    if chosen is not None:
        return provider(settings, chosen) if chosen else None
    for name in PROVIDERS:
        found = provider(settings, name)
        if found is not None:
            return found
    return None


def _chosen_provider(session: Session, tenant_id: str) -> str | None:
    """The tenant's payment settings' card provider ("" none), None when it has none set."""
    found = payment_settings_of(session, tenant_id)
    return None if found is None else str(found.card_provider or "")


# -- checkouts and events ------------------------------------------------------------------


def start_checkout(
    db: Database,
    chosen: PaymentProvider,
    invoice: InvoiceToPay,
    return_url: str,
    *,
    now: datetime,
) -> Checkout:
    """Start a payment of ``invoice`` with ``chosen`` (the provider is called outside any
    database transaction) and record the checkout. A checkout of the same amount started
    recently enough to be still payable (``chosen.reusable``) is given again instead, so
    pressing the button twice, or in two tabs, never asks for the money twice."""
    with db.sessions() as session:
        recent = session.scalars(
            of_tenant(
                CardCheckout,
                invoice.tenant_id,
                CardCheckout.invoice_id == invoice.invoice_id,
                CardCheckout.provider == chosen.name,
                CardCheckout.amount == invoice.amount,
                CardCheckout.status == "open",
                CardCheckout.created_at > now - chosen.reusable,
            ).order_by(CardCheckout.created_at.desc())
        ).first()
        if recent is not None and recent.url:
            return Checkout(url=recent.url, ref=recent.ref)
    checkout = chosen.start(invoice, return_url)
    with db.transaction() as session:
        session.add(
            CardCheckout(
                tenant_id=invoice.tenant_id,
                provider=chosen.name,
                ref=checkout.ref,
                invoice_id=invoice.invoice_id,
                registration_id=invoice.registration_id,
                amount=invoice.amount,
                url=checkout.url,
            )
        )
    return checkout


def invoice_to_pay(
    session: Session, tenant_id: str, registration_id: str, description: str
) -> InvoiceToPay | None:
    """What a booking's invoice still owes, to pay by card (None: no invoice, or paid)."""
    from server.services.invoices import open_amount
    from server.tables.invoices import Invoice

    invoice = session.scalars(
        select(Invoice)
        .where(
            Invoice.tenant_id == tenant_id,
            Invoice.registration_id == registration_id,
            Invoice.kind == "invoice",
        )
        .order_by(Invoice.number)
    ).first()
    if invoice is None or not invoice.ocr:
        return None
    owed = open_amount(session, tenant_id, invoice)
    if owed <= 0:
        return None
    return InvoiceToPay(
        tenant_id=tenant_id,
        invoice_id=invoice.id,
        registration_id=registration_id,
        ocr=invoice.ocr,
        amount=owed,
        description=description or invoice.ocr,
    )


def unverified_id(body: bytes) -> str:
    """The event id of an event that could not be verified or read: its body's hash."""
    return "unverified:" + hashlib.sha256(body).hexdigest()


def record_refused(
    db: Database, provider_name: str, body: bytes, outcome: str, now: datetime
) -> None:
    """Record an event refused for its signature or its form (once per body)."""
    try:
        with db.transaction() as session:
            if _event(session, provider_name, unverified_id(body)) is None:
                session.add(
                    ProviderEvent(
                        provider=provider_name,
                        event_id=unverified_id(body),
                        outcome=outcome,
                        received_at=now,
                    )
                )
    except IntegrityError:
        pass  # the same body, recorded meanwhile by a parallel delivery


def _event(session: Session, provider_name: str, event_id: str) -> ProviderEvent | None:
    return session.scalars(
        select(ProviderEvent).where(
            ProviderEvent.provider == provider_name, ProviderEvent.event_id == event_id
        )
    ).first()


def handle_event(
    db: Database, settings: Settings, provider_name: str, event: Confirmation, now: datetime
) -> ProviderEvent:
    """Book a verified payment event once (module docstring); the event's row with its
    outcome. (A refund event: :func:`server.services.refunds.handle_event`.)"""
    with db.sessions() as session:
        tenant_id = session.scalar(
            select(CardCheckout.tenant_id).where(
                CardCheckout.provider == provider_name, CardCheckout.ref == event.ref
            )
        )

    def book(session: Session, row: ProviderEvent) -> None:
        checkout = session.scalars(
            select(CardCheckout)
            .where(CardCheckout.provider == provider_name, CardCheckout.ref == event.ref)
            .with_for_update()
        ).first()
        row.tenant_id = checkout.tenant_id if checkout else _known_tenant(session, event)
        if not event.paid:
            row.outcome = NOT_PAID if event.ref and checkout else IGNORED
        elif checkout is None:
            row.outcome = UNKNOWN_CHARGE
        elif checkout.status == "paid":
            row.outcome = ALREADY_PAID
        else:
            row.payment_id = _book(session, settings, checkout, event, now)
            checkout.status = "paid"
            checkout.paid_at = now
            row.outcome = BOOKED

    return record_event(db, provider_name, event, now, tenant_id, book)


def record_event(
    db: Database,
    provider_name: str,
    event: Confirmation,
    now: datetime,
    tenant_id: str | None,
    decide: Callable[[Session, ProviderEvent], None],
) -> ProviderEvent:
    """Record a verified event once and let ``decide`` book it and set its outcome, in one
    transaction serialised with the tenant's other writers; the event's row. The same event
    again (or delivered in parallel) is the row recorded the first time, nothing booked."""
    try:
        with db.transaction() as session:
            if tenant_id is not None:
                # Money moves: serialised with the tenant's other writers (bookings, BgMax).
                lock_tenant(session, tenant_id)
            seen = _event(session, provider_name, event.event_id)
            if seen is not None:
                session.expunge(seen)
                return seen
            row = ProviderEvent(
                tenant_id=tenant_id,
                provider=provider_name,
                event_id=event.event_id,
                kind=event.kind,
                ref=event.ref,
                amount=event.amount,
                received_at=now,
                outcome=IGNORED,
            )
            session.add(row)
            session.flush()  # claims the event id: a parallel delivery fails here
            decide(session, row)
            session.flush()
            session.expunge(row)
            return row
    except IntegrityError:
        with db.sessions() as session:
            seen = _event(session, provider_name, event.event_id)
            assert seen is not None  # the parallel delivery that won recorded it
            session.expunge(seen)
            return seen


def _known_tenant(session: Session, event: Confirmation) -> str | None:
    """The tenant the event names, if it is one (an unknown charge's, to list it)."""
    from models.tenancy import Tenant

    if event.tenant_id and session.get(Tenant, event.tenant_id) is not None:
        return event.tenant_id
    return None


def _book(
    session: Session, settings: Settings, checkout: CardCheckout, event: Confirmation, now: datetime
) -> str:
    """The payment received (G's receive: by the invoice's OCR, via the card account) and the
    provider's fee; the incoming payment's id."""
    from server.services.payments import receive
    from server.tables.invoices import Invoice

    invoice = session.get(Invoice, checkout.invoice_id)
    received = receive(
        session,
        settings,
        tenant_id=checkout.tenant_id,
        source=checkout.provider,
        source_ref=event.payment_ref or event.ref,
        amount=event.amount or checkout.amount,
        paid_on=now.date(),
        reference=(invoice.ocr if invoice is not None else None) or "",
        via=ledger.Account.CARD,
        now=now,
    )
    if event.fee > 0:
        ledger_service.record(
            session,
            checkout.tenant_id,
            ledger.provider_fee(new_id(), event.fee, now.date(), event.payment_ref or event.ref),
        )
    return str(received.id)


def events_of(session: Session, tenant_id: str, *, limit: int = 500) -> Sequence[ProviderEvent]:
    """The tenant's provider events, newest first."""
    return session.scalars(
        of_tenant(ProviderEvent, tenant_id)
        .order_by(ProviderEvent.received_at.desc(), ProviderEvent.id)
        .limit(limit)
    ).all()
