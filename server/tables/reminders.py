"""Payment reminders (issue 18): each reminder sent about an unpaid invoice.

One row per invoice and level (1: the first reminder after the due date and the grace
days; 2: the second, ``second_reminder_days`` later), written once in the transaction
that queues its mail and SMS and posts its fee and interest, and never changed or deleted
(triggers made by migration 0024 refuse an UPDATE or DELETE): the unique
``(invoice_id, level)`` is what makes a reminder go out exactly once, however often the
periodic job runs (:mod:`server.services.reminders`). An invoice still open
``second_reminder_days`` after its second reminder is on the collection list, computed
from these rows.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.ids import utcnow
from server.tables.base import TenantRow


class PaymentReminder(TenantRow, Base):
    """A reminder of an invoice: when, what was still open, the fee and interest charged."""

    __tablename__ = "payment_reminder"
    __table_args__ = (UniqueConstraint("invoice_id", "level"),)

    invoice_id: Mapped[str] = mapped_column(String(36))
    person_id: Mapped[str] = mapped_column(String(36))
    #: 1 or 2.
    level: Mapped[int] = mapped_column(Integer)
    sent_on: Mapped[date] = mapped_column(Date)
    #: Öre: what the invoice still asked when the reminder went, the reminder fee and the
    #: late interest it charged (0: none; each a ledger transaction ``transaction_id``).
    open_amount: Mapped[int] = mapped_column(BigInteger)
    fee: Mapped[int] = mapped_column(BigInteger)
    interest: Mapped[int] = mapped_column(BigInteger)
    transaction_id: Mapped[str | None] = mapped_column(String(36), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
