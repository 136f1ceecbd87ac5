"""Refunds (issue 18; :mod:`server.services.refunds`): money owed back to a person and how it
left.

A ``refund`` is one amount to pay back to a person: the refund due of a cancellation whose
terms pay money back (``due_transaction_id``: that cancellation, unique, so a cancellation
owes one refund), or the person's credit balance paid out on request (``source`` "credit").
Its ``state``: ``due`` (on the treasurer's "Refunds to pay" list), ``requested`` (asked of the
card provider, waiting for its confirmation), ``sent`` (the money left: ``transaction_id`` is
the ledger's REFUND transaction, booked once) or ``failed`` (the provider refused: ``reason``
says why; still owed, listed again). The ledger is the money's truth; this row is the
process and its audit trail (who marked it paid, when, to which account as typed).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.ids import utcnow
from server.tables.base import TenantRow

DUE = "due"
REQUESTED = "requested"
SENT = "sent"
FAILED = "failed"
STATES = (DUE, REQUESTED, SENT, FAILED)

#: How the money goes back.
CARD = "card"
BANK = "bank"


class Refund(TenantRow, Base):
    """Money to pay back to a person, and how and when it left."""

    __tablename__ = "refund"
    __table_args__ = (
        UniqueConstraint("tenant_id", "due_transaction_id", name="uq_refund_tenant_id"),
        Index("ix_refund_state", "tenant_id", "state"),
        Index("ix_refund_provider_ref", "provider", "provider_ref"),
    )

    person_id: Mapped[str] = mapped_column(String(36))
    #: Öre, positive.
    amount: Mapped[int] = mapped_column(BigInteger)
    #: What it pays: "refund_due" (a cancellation's) or "credit" (a credit balance paid out).
    source: Mapped[str] = mapped_column(String(20))
    #: What it is about: the cancelled registration ("" for a credit balance paid out).
    reference: Mapped[str] = mapped_column(String(100), default="")
    #: The cancellation that made it due (None: a credit balance paid out).
    due_transaction_id: Mapped[str | None] = mapped_column(String(36), default=None)
    #: "card" (back through the card provider the booking was paid with) or "bank".
    how: Mapped[str] = mapped_column(String(10), default=BANK)
    #: "stripe" | "swish" | "" (bank).
    provider: Mapped[str] = mapped_column(String(20), default="")
    #: The provider's id of the payment to refund (a PaymentIntent, Swish's payment reference).
    payment_ref: Mapped[str] = mapped_column(String(100), default="")
    #: The provider's id of the refund itself (Stripe's "re_…", Swish's refund id).
    provider_ref: Mapped[str] = mapped_column(String(100), default="")
    state: Mapped[str] = mapped_column(String(20), default=DUE)
    #: Why the provider refused it (its own words), when it did.
    reason: Mapped[str] = mapped_column(String(500), default="")
    #: How many times the provider refused it for certain: the attempt number its idempotency
    #: key (Stripe) or instruction id (Swish) is made from, so asking again after a timeout
    #: is the same request, never a second refund.
    refusals: Mapped[int] = mapped_column(Integer, default=0)
    #: The person's bank account (clearing and account number) as the treasurer typed it.
    bank_account: Mapped[str] = mapped_column(String(100), default="")
    #: The app_user who marked it paid or asked the provider.
    marked_by: Mapped[str | None] = mapped_column(String(36), default=None)
    marked_at: Mapped[datetime | None] = mapped_column(default=None)
    #: The ledger's REFUND transaction, once the money left.
    transaction_id: Mapped[str | None] = mapped_column(String(36), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
