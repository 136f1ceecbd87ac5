"""The people's accounts (issue 17): the ledger's transactions and their postings.

Append only: a transaction and its postings are written once, in one database
transaction, and never changed or deleted (a correction is a new transaction). The
database itself refuses an UPDATE or DELETE of either table (triggers made by
migration 0017), so no code path, however wrong, can rewrite history. What a
transaction means is :mod:`models.ledger`'s; :mod:`server.services.ledger` writes and
sums them.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.ids import new_id, utcnow
from server.tables.base import TenantRow


class LedgerTransaction(TenantRow, Base):
    """One balanced money event (``models.ledger.Transaction``)."""

    __tablename__ = "ledger_transaction"

    kind: Mapped[str] = mapped_column(String(20))
    day: Mapped[date] = mapped_column(Date)
    #: What it is about (a registration's id, a payment's OCR reference).
    reference: Mapped[str] = mapped_column(String(100), default="")
    #: Who made it happen (an app_user id; None: the system, e.g. a Bankgiro file).
    created_by: Mapped[str | None] = mapped_column(String(36), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class LedgerPosting(Base):
    """One side of a transaction: ``amount`` öre on ``account`` (debit positive)."""

    __tablename__ = "ledger_posting"
    __table_args__ = (
        # A person's balance: the sum of their postings on one account.
        Index("ix_ledger_posting_person", "tenant_id", "person_id", "account"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    tenant_id: Mapped[str] = mapped_column(String(36))
    transaction_id: Mapped[str] = mapped_column(ForeignKey("ledger_transaction.id"), index=True)
    account: Mapped[str] = mapped_column(String(20))
    amount: Mapped[int] = mapped_column(BigInteger)
    person_id: Mapped[str | None] = mapped_column(String(36), default=None)
    #: The bookkeeping account ("3010"), mapped in the SIE export.
    code: Mapped[str] = mapped_column(String(20), default="")
