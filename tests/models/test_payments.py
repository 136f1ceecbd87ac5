"""OCR references, Bankgiro numbers and late interest (models/payments.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.errors import ValidationError
from models.payments import (
    MAX_REMINDER_FEE,
    bankgiro_text,
    check_bankgiro,
    check_ocr,
    late_interest,
    ocr_number,
    ocr_reference,
)


def _luhn_digit(body: str) -> str:
    """The mod-10 check digit written out from the rule (not stdnum's): from the
    right, every other digit of ``body`` doubled, digit sums added."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def _valid_ocr(stem: str) -> str:
    """A reference of len(stem) + 2 digits with its length digit and check digit."""
    body = stem + str((len(stem) + 2) % 10)
    return body + _luhn_digit(body)


ocrs = st.integers(0, 23).flatmap(
    lambda n: st.text("0123456789", min_size=n, max_size=n).map(_valid_ocr)
)


def test_known_references() -> None:
    # 123456 + length digit 8 (8 digits) + check digit over 1234568
    assert ocr_reference(123456) == "12345682"
    assert ocr_reference(1) == "133"
    assert ocr_reference(0) == "034"
    assert len(ocr_reference(10**22)) == 25
    with pytest.raises(ValidationError):
        ocr_reference(10**23)
    with pytest.raises(ValueError):
        ocr_reference(-1)


@given(st.integers(0, 10**23 - 1))
def test_references_round_trip(number: int) -> None:
    ocr = ocr_reference(number)
    assert 3 <= len(ocr) <= 25
    assert ocr == _valid_ocr(str(number))
    assert check_ocr(ocr) == ocr
    assert check_ocr(f" {ocr[:3]} {ocr[3:]}") == ocr
    assert ocr_number(ocr) == number


@given(ocrs)
def test_valid_references_of_every_length_are_taken(ocr: str) -> None:
    assert 2 <= len(ocr) <= 25
    assert check_ocr(ocr) == ocr


@given(ocrs, st.data())
def test_every_single_digit_alteration_is_refused(ocr: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(ocr) - 1))
    digit = data.draw(st.sampled_from([d for d in "0123456789" if d != ocr[at]]))
    altered = ocr[:at] + digit + ocr[at + 1 :]
    with pytest.raises(ValidationError) as refused:
        check_ocr(altered)
    assert refused.value.field == "ocr"


@given(ocrs, st.data())
def test_every_adjacent_swap_is_refused(ocr: str, data: st.DataObject) -> None:
    """Every swap of two adjacent different digits is refused, except 0 and 9
    swapped in the part only the Luhn digit guards: mod 10 cannot see that one
    (0 doubled is 0, 9 doubled is 18 -> 9), so OCR4 takes it too."""
    pairs = [
        i
        for i in range(len(ocr) - 1)
        if ocr[i] != ocr[i + 1]
        and not ({ocr[i], ocr[i + 1]} == {"0", "9"} and i + 1 < len(ocr) - 2)
    ]
    if not pairs:
        return
    at = data.draw(st.sampled_from(pairs))
    swapped = ocr[:at] + ocr[at + 1] + ocr[at] + ocr[at + 2 :]
    with pytest.raises(ValidationError):
        check_ocr(swapped)


def test_the_luhn_blind_spot_is_only_zero_nine() -> None:
    assert check_ocr("0943") == "0943"  # 09 + length 4 + check 3
    assert check_ocr("9043") == "9043"  # the swap: mod 10 cannot tell


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("", "empty"),
        ("12a4", "only digits"),
        ("1", "2 to 25 digits"),
        ("1" * 26, "2 to 25 digits"),
        ("12345690", "length digit"),  # says 9 digits, has 8 (check digit right)
        ("12345688", "check digit"),
    ],
)
def test_refusals_say_why(text: str, why: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_ocr(text)
    assert why in refused.value.message
    assert refused.value.field == "ocr"


@pytest.mark.parametrize(
    ("text", "digits", "shown"),
    [
        ("5050-1055", "50501055", "5050-1055"),  # Skatteverket
        ("991-2346", "9912346", "991-2346"),  # Bankgirot's test number
        (" 5050 1055 ", "50501055", "5050-1055"),
        ("9912346", "9912346", "991-2346"),
    ],
)
def test_bankgiro_numbers(text: str, digits: str, shown: str) -> None:
    assert check_bankgiro(text) == digits
    assert bankgiro_text(digits) == shown


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("5050-1056", "check digit"),
        ("123456", "7 or 8 digits"),
        ("123456789", "7 or 8 digits"),
        ("5050/1055", "only digits and a -"),
        ("  ", "empty"),
        ("50-501055", "just before the last four"),
    ],
)
def test_bankgiro_refusals(text: str, why: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_bankgiro(text)
    assert why in refused.value.message
    assert refused.value.field == "bankgiro"


@given(st.text("0123456789", min_size=6, max_size=7), st.data())
def test_bankgiro_single_digit_alterations_refused(stem: str, data: st.DataObject) -> None:
    number = stem + _luhn_digit(stem)
    assert check_bankgiro(number) == number
    at = data.draw(st.integers(0, len(number) - 1))
    digit = data.draw(st.sampled_from([d for d in "0123456789" if d != number[at]]))
    with pytest.raises(ValidationError):
        check_bankgiro(number[:at] + digit + number[at + 1 :])


def test_late_interest() -> None:
    # 1 100 kr, 30 days, reference rate 2.50 % + 8 = 10.5 %: 949.3 öre
    assert late_interest(110_000, 30, 250) == 949
    # half an öre rounds up: 5 öre at 10 % for a year
    assert late_interest(5, 365, 200) == 1
    assert late_interest(4, 365, 200) == 0
    assert late_interest(100_000, 365, 0) == 8_000
    # a negative reference rate lowers it (−0.50 % in 2019: 7.5 %)
    assert late_interest(100_000, 365, -50) == 7_500
    assert late_interest(0, 30, 250) == 0
    assert late_interest(100_000, 0, 250) == 0
    assert late_interest(-100, 30, 250) == 0


@given(st.integers(1, 10**9), st.integers(1, 3650), st.integers(-200, 2000))
def test_late_interest_is_the_rounded_exact_value(amount: int, days: int, ref: int) -> None:
    from fractions import Fraction

    exact = Fraction(amount * (ref + 800) * days, 10_000 * 365)
    got = late_interest(amount, days, ref)
    assert abs(got - exact) <= Fraction(1, 2)
    assert got - exact < Fraction(1, 2) or got - exact == Fraction(1, 2)
    assert late_interest(amount, days + 1, ref) >= got


def test_max_reminder_fee_is_sixty_kronor() -> None:
    assert MAX_REMINDER_FEE == 60 * 100
