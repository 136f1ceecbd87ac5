"""Invoices and credit notes (issue 18; :mod:`server.services.invoices`).

Append only (triggers made by migration 0021 refuse an UPDATE or DELETE): an invoice
asks for what a booking's charge left to pay, with its OCR reference and due date; a
cancellation of an invoiced booking is a credit note (negative ``amount``, no OCR)
naming the invoice it credits. What was paid on an invoice is the ledger's (payments
whose ``reference`` is the invoice's OCR).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, Boolean, Date, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.ids import new_id, utcnow

INVOICE = "invoice"
CREDIT_NOTE = "credit_note"


class Invoice(Base):
    """An invoice (``kind`` "invoice") or a credit note ("credit_note")."""

    __tablename__ = "invoice"
    __table_args__ = (
        UniqueConstraint("tenant_id", "number", name="uq_invoice_tenant_id"),
        UniqueConstraint("tenant_id", "ocr", name="uq_invoice_ocr"),
        UniqueConstraint("tenant_id", "registration_id", "kind", name="uq_invoice_registration_id"),
        Index("ix_invoice_person", "tenant_id", "person_id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    tenant_id: Mapped[str] = mapped_column(String(36))
    #: Per tenant, increasing (credit notes share the series).
    number: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(20), default=INVOICE)
    #: The invoice a credit note credits.
    credits_id: Mapped[str | None] = mapped_column(String(36), default=None)
    person_id: Mapped[str] = mapped_column(String(36))
    registration_id: Mapped[str] = mapped_column(String(36))
    #: The OCR reference to pay with (:func:`models.payments.ocr_reference` of the
    #: number); None for a credit note.
    ocr: Mapped[str | None] = mapped_column(String(25), default=None)
    #: Öre: what is asked; a credit note's is negative.
    amount: Mapped[int] = mapped_column(BigInteger)
    issued_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    #: The booking's price lines (``models.pricing.Breakdown.to_json()``).
    lines: Mapped[list[Any]] = mapped_column()
    #: The reminder fee the booking's terms agreed (öre; 0: none) and whether late
    #: interest may be charged.
    reminder_fee: Mapped[int] = mapped_column(Integer, default=0)
    late_interest: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    @property
    def is_credit_note(self) -> bool:
        return self.kind == CREDIT_NOTE
