"""Card payments (issue 18): the checkouts started with a payment provider and every event
the providers sent (:mod:`server.services.card`).

A ``card_checkout`` is one payment started for an invoice (Stripe Checkout Session, Swish
payment request): ``ref`` is the provider's id of it, unique per provider, so a confirmation
finds its checkout and a checkout is paid once. A ``provider_event`` is one webhook or
callback as received, with what came of it (``outcome``): ``event_id`` is unique per
provider, so the same event delivered twice is recorded (and booked) once. Events are never
dropped: one for an unknown or an already paid charge, a bad signature, a body that cannot be
read, each is a row the treasurer sees (``GET /api/v1/payments/card-events``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.ids import new_id, utcnow
from server.tables.base import TenantRow


class CardCheckout(TenantRow, Base):
    """A card payment started for an invoice."""

    __tablename__ = "card_checkout"
    __table_args__ = (UniqueConstraint("provider", "ref"),)

    #: "stripe" | "swish"
    provider: Mapped[str] = mapped_column(String(20))
    #: The provider's id of it (a Checkout Session's id, a Swish payment request's id).
    ref: Mapped[str] = mapped_column(String(100))
    invoice_id: Mapped[str] = mapped_column(String(36), index=True)
    registration_id: Mapped[str] = mapped_column(String(36))
    #: What is asked, öre.
    amount: Mapped[int] = mapped_column(BigInteger)
    #: "open" | "paid"
    status: Mapped[str] = mapped_column(String(20), default="open")
    #: Where the payer is sent to pay (Stripe's hosted page; Swish's app link).
    url: Mapped[str] = mapped_column(String(2000), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    paid_at: Mapped[datetime | None] = mapped_column(default=None)


class ProviderEvent(Base):
    """One webhook or callback of a payment provider, as received, and its outcome."""

    __tablename__ = "provider_event"
    __table_args__ = (
        UniqueConstraint("provider", "event_id"),
        Index("ix_provider_event_tenant", "tenant_id", "received_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    #: The tenant it is about (None: it could not be told, e.g. a bad signature).
    tenant_id: Mapped[str | None] = mapped_column(String(36), default=None)
    provider: Mapped[str] = mapped_column(String(20))
    #: The provider's event id (a bad or unreadable one: "unverified:" + the body's SHA-256).
    event_id: Mapped[str] = mapped_column(String(120))
    #: The provider's event type ("checkout.session.completed", Swish's status "PAID", ...).
    kind: Mapped[str] = mapped_column(String(80), default="")
    #: The checkout's ref it names ("" when none could be read).
    ref: Mapped[str] = mapped_column(String(100), default="")
    #: The amount it says was paid, öre (0 when none).
    amount: Mapped[int] = mapped_column(BigInteger, default=0)
    #: "booked" | "unknown_charge" | "already_paid" | "not_paid" | "ignored" |
    #: "bad_signature" | "malformed"
    outcome: Mapped[str] = mapped_column(String(30))
    #: The incoming payment it booked (server.services.payments), when it booked one.
    payment_id: Mapped[str | None] = mapped_column(String(36), default=None)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
