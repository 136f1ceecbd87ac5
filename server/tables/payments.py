"""Incoming payments (issue 18; :mod:`server.services.payments`).

A ``payment_file`` is one imported Bankgirot BgMax file, known by its SHA-256 so the same
file imported twice is recognised; ``counts`` says what its import did. An
``incoming_payment`` is one payment received (from a BgMax file, a card provider or
entered by hand), unique per tenant by ``(source, source_ref)`` — the bank's or the
provider's own identity of the payment — which is what books a payment once however
often it arrives. ``invoice_id`` is the invoice it was matched to (None: unmatched, the
money held on the suspense account until someone matches it).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, Date, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.ids import new_id, utcnow

MATCHED = "matched"
UNMATCHED = "unmatched"
MANUAL = "manual"
RETURNED = "returned"


class PaymentFile(Base):
    """An imported payment file (BgMax)."""

    __tablename__ = "payment_file"
    __table_args__ = (UniqueConstraint("tenant_id", "sha256", name="uq_payment_file_tenant_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    tenant_id: Mapped[str] = mapped_column(String(36))
    sha256: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(255), default="")
    kind: Mapped[str] = mapped_column(String(20), default="bgmax")
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: The app_user who imported it.
    imported_by: Mapped[str | None] = mapped_column(String(36), default=None)
    #: What the import did: payments, matched, partly, overpaid, unmatched, already (booked
    #: before), deductions, amount (öre).
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)


class IncomingPayment(Base):
    """A payment received, matched to an invoice or waiting on the suspense account."""

    __tablename__ = "incoming_payment"
    __table_args__ = (
        UniqueConstraint("tenant_id", "source", "source_ref", name="uq_incoming_payment_tenant_id"),
        Index("ix_incoming_payment_status", "tenant_id", "status"),
        Index("ix_incoming_payment_receipt", "status", "receipt_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    tenant_id: Mapped[str] = mapped_column(String(36))
    #: "bgmax", "stripe", "swish" or "manual".
    source: Mapped[str] = mapped_column(String(20))
    #: The source's identity of the payment (BgMax: deposit date, deposit number and
    #: Bankgirot's serial number; a card provider's payment id).
    source_ref: Mapped[str] = mapped_column(String(100))
    #: Öre.
    amount: Mapped[int] = mapped_column(BigInteger)
    paid_on: Mapped[date] = mapped_column(Date)
    #: The reference as the payer gave it (an OCR reference, or free text).
    reference: Mapped[str] = mapped_column(String(100), default="")
    #: The payer's name as the bank gave it (personal data).
    payer: Mapped[str] = mapped_column(String(200), default="")
    file_id: Mapped[str | None] = mapped_column(String(36), default=None)
    invoice_id: Mapped[str | None] = mapped_column(String(36), default=None)
    #: The ledger transaction that booked it (the payment, or the suspense posting while
    #: unmatched; a manual match replaces it with the transaction moving it off suspense).
    transaction_id: Mapped[str | None] = mapped_column(String(36), default=None)
    #: "matched", "unmatched", "manual" (matched by hand) or "returned".
    status: Mapped[str] = mapped_column(String(20), default=UNMATCHED)
    matched_by: Mapped[str | None] = mapped_column(String(36), default=None)
    #: Öre: what it paid of the invoice (the rest of ``amount`` went to the person's
    #: credit) and what the invoice still asked after it, as booked (for the receipt).
    applied: Mapped[int] = mapped_column(BigInteger, default=0)
    left_after: Mapped[int] = mapped_column(BigInteger, default=0)
    #: When its receipt was queued (None: a matched payment's receipt is still to go;
    #: :func:`server.services.payments.queue_receipts` sends those of an import).
    receipt_at: Mapped[datetime | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
