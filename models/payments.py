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

from stdnum import luhn

from models.errors import ValidationError

#: Shortest and longest OCR reference Bankgirot takes.
OCR_MIN_LENGTH = 2
OCR_MAX_LENGTH = 25

#: Highest reminder fee the law allows, in öre (lag 1981:739, 4 §: 60 kr).
MAX_REMINDER_FEE = 6000

#: Late interest is the reference rate plus this, in basis points (räntelagen 6 §).
INTEREST_ADDITION_BP = 800

_SEPARATORS = " -"


def _digits(text: str, field: str, what: str) -> str:
    """``text`` without spaces and hyphens; refused unless only digits remain."""
    compact = "".join(ch for ch in text.strip() if ch not in _SEPARATORS)
    if not compact:
        raise ValidationError(f"{what} is empty", field=field)
    if not (compact.isascii() and compact.isdigit()):
        raise ValidationError(f"{what} may contain only digits", field=field)
    return compact


def ocr_reference(number: int) -> str:
    """The OCR reference of ``number`` (an invoice number, say): its digits, a
    length digit (total length mod 10) and a Luhn check digit over both.

    ``number`` must be 0 or more with at most 23 digits, so the reference has
    3-25 digits.
    """
    if number < 0:
        raise ValueError("an OCR reference is made from a number >= 0")
    body = str(number)
    length = len(body) + 2
    if length > OCR_MAX_LENGTH:
        raise ValueError(f"an OCR reference has at most {OCR_MAX_LENGTH} digits")
    body += str(length % 10)
    return body + luhn.calc_check_digit(body)


def check_ocr(text: str) -> str:
    """The OCR reference in ``text`` as digits (spaces and hyphens dropped), or
    ValidationError(field="ocr") saying why it is not one: characters, length,
    length digit or check digit."""
    digits = _digits(text, "ocr", "OCR reference")
    if not OCR_MIN_LENGTH <= len(digits) <= OCR_MAX_LENGTH:
        raise ValidationError(
            "OCR reference must have {low} to {high} digits",
            field="ocr",
            params={"low": OCR_MIN_LENGTH, "high": OCR_MAX_LENGTH},
        )
    if digits[-2] != str(len(digits) % 10):
        raise ValidationError("OCR reference has a wrong length digit", field="ocr")
    if not luhn.is_valid(digits):
        raise ValidationError("OCR reference has a wrong check digit", field="ocr")
    return digits


def ocr_number(ocr: str) -> int:
    """The number an OCR reference made by :func:`ocr_reference` was made from."""
    digits = check_ocr(ocr)
    if len(digits) < 3:
        raise ValidationError("OCR reference carries no number", field="ocr")
    return int(digits[:-2])


def check_bankgiro(text: str) -> str:
    """The Bankgiro number in ``text`` as 7 or 8 digits (spaces and the hyphen
    dropped), or ValidationError(field="bankgiro") saying why it is not one."""
    digits = _digits(text, "bankgiro", "Bankgiro number")
    if len(digits) not in (7, 8):
        raise ValidationError("Bankgiro number must have 7 or 8 digits", field="bankgiro")
    if not luhn.is_valid(digits):
        raise ValidationError("Bankgiro number has a wrong check digit", field="bankgiro")
    return digits


def bankgiro_text(digits: str) -> str:
    """A Bankgiro number as it is written: ``NNN-NNNN`` or ``NNNN-NNNN``."""
    digits = check_bankgiro(digits)
    return f"{digits[:-4]}-{digits[-4:]}"


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
