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

import re

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
