"""A booking (issue 17): what a registration costs, as the person was shown it when they
booked, and the cancellation terms it was made under.

One row per registration, written once with the registration and never changed or
deleted (triggers made by migration 0020 refuse an UPDATE or DELETE, as for the ledger):
a later change of a price rule or of the round's cancellation terms never alters a past
booking. What happens to the booking's money afterwards (its charge, a cancellation) is
ledger transactions whose ``reference`` is the registration's id
(:mod:`server.services.booking`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.ids import utcnow
from server.tables.base import TenantRow


class Booking(TenantRow, Base):
    """A registration's price lines and cancellation terms, as at booking."""

    __tablename__ = "booking"

    registration_id: Mapped[str] = mapped_column(String(36), unique=True)
    person_id: Mapped[str] = mapped_column(String(36), index=True)
    round_id: Mapped[str] = mapped_column(String(36))
    #: ``models.pricing.Breakdown.to_json()``: every line, the credit used too, as shown.
    lines: Mapped[list[Any]] = mapped_column()
    #: Öre: what the booking costs, the credit balance used for it, what is left to pay.
    total: Mapped[int] = mapped_column(BigInteger)
    credit_used: Mapped[int] = mapped_column(BigInteger)
    to_pay: Mapped[int] = mapped_column(BigInteger)
    #: The round's ``models.pricing.CancellationTerms`` at booking (with their version).
    terms: Mapped[dict[str, Any]] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
