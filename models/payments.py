"""Money facts of Swedish payments: OCR references, Bankgiro numbers, late interest.

Pure functions, used by the invoices, the BgMax import, reminders and the
desktop (DOMAIN.md "External formats and rules"):

* An OCR reference (Bankgirot) has 2-25 digits; the last is a Luhn (mod 10)
  check digit and the one before it a length digit (the total length mod 10),
  included in the Luhn computation — what Bankgirot's check level OCR4 (hard
  check digit, variable length, length digit) accepts.
* A Bankgiro number has 7 or 8 digits with a Luhn check digit over the whole,
  shown ``NNN-NNNN`` or ``NNNN-NNNN``.
* A reminder fee is at most 60 kr (lag 1981:739, 4 §); late interest is the
  reference rate plus 8 percentage points a year (räntelagen 6 §).
"""

from __future__ import annotations

import enum
import re

from sqlalchemy import Boolean, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base, SyncMixin
from models.errors import ValidationError
from models.validators import (
    format_bankgiro,
    normalize_bankgiro,
    ocr_with_check_digit,
    validate_ocr,
)

#: Highest reminder fee the law allows, in öre (lag 1981:739, 4 §: 60 kr).
MAX_REMINDER_FEE = 6000

#: Late interest is the reference rate plus this, in basis points (räntelagen 6 §).
INTEREST_ADDITION_BP = 800


def ocr_reference(number: int) -> str:
    """The OCR reference of ``number`` (an invoice number, say): its digits, a
    length digit (total length mod 10) and a Luhn check digit over both
    (:func:`models.validators.ocr_with_check_digit`).

    ``number`` must be 0 or more with at most 23 digits, so the reference has
    3-25 digits (ValidationError otherwise).
    """
    if number < 0:
        raise ValueError("an OCR reference is made from a number >= 0")
    return ocr_with_check_digit(str(number))


def check_ocr(text: str) -> str:
    """The OCR reference in ``text`` as digits (spaces and hyphens dropped), or
    ValidationError(field="ocr") saying why it is not one: characters, length,
    check digit or length digit (Bankgirot's check level 3, variable length with
    a length digit: :func:`models.validators.validate_ocr`)."""
    return validate_ocr(text.replace("-", ""), level=3)


def ocr_number(ocr: str) -> int:
    """The number an OCR reference made by :func:`ocr_reference` was made from."""
    digits = check_ocr(ocr)
    if len(digits) < 3:
        raise ValidationError("OCR reference carries no number", field="ocr")
    return int(digits[:-2])


def check_bankgiro(text: str) -> str:
    """The Bankgiro number in ``text`` as 7 or 8 digits (spaces and the hyphen
    dropped), or ValidationError(field="bankgiro") saying why it is not one
    (:func:`models.validators.normalize_bankgiro`)."""
    return normalize_bankgiro(re.sub(r"\s", "", text))


def bankgiro_text(digits: str) -> str:
    """A Bankgiro number as it is written: ``NNN-NNNN`` or ``NNNN-NNNN``."""
    return format_bankgiro(check_bankgiro(digits))


def late_interest(amount: int, days: int, reference_rate_bp: int) -> int:
    """Late interest in öre on ``amount`` öre for ``days`` days past due: the
    reference rate (basis points, 250 = 2.50 %) plus 8 percentage points a
    year, days/365, rounded half up. Nothing on nothing owed or no days late."""
    rate_bp = reference_rate_bp + INTEREST_ADDITION_BP
    if amount <= 0 or days <= 0 or rate_bp <= 0:
        return 0
    numerator = amount * rate_bp * days
    denominator = 10_000 * 365
    return (2 * numerator + denominator) // (2 * denominator)


# -- the tenant's payment settings (synced; command payment_settings.set) -----------------


class CardProvider(enum.StrEnum):
    """Who takes card payments at sign-up (none: invoices only)."""

    NONE = ""
    STRIPE = "stripe"
    SWISH = "swish"


#: The settings a tenant that saved none has.
DEFAULT_DUE_DAYS = 30
DEFAULT_GRACE_DAYS = 7
DEFAULT_SECOND_REMINDER_DAYS = 14


class PaymentSettings(SyncMixin, Base):
    """How a tenant is paid: its Bankgiro, its invoices' terms, reminders and sender.

    One live row per tenant, set as a whole (``payment_settings.set``); ``version``
    counts each change. A booking stores the terms it was made under
    (:func:`booking_terms`)."""

    __tablename__ = "payment_settings"

    version: Mapped[int] = mapped_column(Integer, default=1)
    #: Digits (7 or 8); "" while none is set: no invoices can be issued.
    bankgiro: Mapped[str] = mapped_column(String(8), default="")
    due_days: Mapped[int] = mapped_column(Integer, default=DEFAULT_DUE_DAYS)
    grace_days: Mapped[int] = mapped_column(Integer, default=DEFAULT_GRACE_DAYS)
    #: Öre, 0..MAX_REMINDER_FEE; 0: no reminder fee.
    reminder_fee: Mapped[int] = mapped_column(Integer, default=0)
    late_interest: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Riksbanken's reference rate in basis points (250 = 2.50 %).
    reference_rate: Mapped[int] = mapped_column(Integer, default=0)
    second_reminder_days: Mapped[int] = mapped_column(Integer, default=DEFAULT_SECOND_REMINDER_DAYS)
    sender_name: Mapped[str] = mapped_column(String(200), default="")
    sender_address: Mapped[str] = mapped_column(String(500), default="")
    #: ``NNNNNN-NNNN``, "" if not given.
    org_number: Mapped[str] = mapped_column(String(12), default="")
    card_provider: Mapped[str] = mapped_column(String(20), default=CardProvider.NONE)


def payment_settings_of(session: Session, tenant_id: str) -> PaymentSettings | None:
    """The tenant's live payment settings (None: never set)."""
    return session.scalars(
        select(PaymentSettings).where(
            PaymentSettings.tenant_id == tenant_id, PaymentSettings.deleted_at.is_(None)
        )
    ).first()


def booking_terms(settings: PaymentSettings | None) -> dict[str, object]:
    """The payment terms a booking stores with its cancellation terms (``"payment"``):
    as they are when it is made, so a later change never alters them."""
    return {
        "due_days": settings.due_days if settings else DEFAULT_DUE_DAYS,
        "reminder_fee": settings.reminder_fee if settings else 0,
        "late_interest": settings.late_interest if settings else False,
    }
