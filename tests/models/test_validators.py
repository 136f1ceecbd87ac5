"""Tests of models.validators: examples for every rule and message, and properties."""

from __future__ import annotations

import datetime as dt
import importlib

import email_validator
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from stdnum import luhn

from models.errors import ValidationError
from models.validators import (
    JSON_MAX_DEPTH,
    birth_date_from_personnummer,
    check_json,
    check_text,
    format_bankgiro,
    format_personnummer,
    is_samordningsnummer,
    normalize_bankgiro,
    normalize_email,
    normalize_organisationsnummer,
    normalize_personnummer,
    normalize_phone,
    normalize_postal_code,
    ocr_with_check_digit,
    validate_ocr,
)

TODAY = dt.date(2024, 6, 15)


def _check(func: object, value: str, message: str, expected_field: str, **kwargs: object) -> None:
    """Call ``func(value, **kwargs)`` and expect exactly this message and field."""
    assert callable(func)
    with pytest.raises(ValidationError) as info:
        func(value, **kwargs)
    assert info.value.message == message
    assert info.value.field == expected_field


# --------------------------------------------------------------------------
# Known real examples
# --------------------------------------------------------------------------


def test_known_examples_have_valid_luhn() -> None:
    for digits in ("8112189876", "7010632391", "5560160680", "2021005489"):
        assert luhn.is_valid(digits), digits


# --------------------------------------------------------------------------
# Personnummer: examples
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "811218-9876",
        "8112189876",
        "19811218-9876",
        "198112189876",
        "  811218-9876\n",
        "\t198112189876 ",
    ],
)
def test_personnummer_forms(value: str) -> None:
    assert normalize_personnummer(value, today=TODAY) == "198112189876"


def test_samordningsnummer_forms() -> None:
    for value in ("701063-2391", "7010632391", "19701063-2391", "197010632391"):
        assert normalize_personnummer(value, today=TODAY) == "197010632391"


def test_plus_separator_moves_century_back() -> None:
    assert normalize_personnummer("811218+9876", today=TODAY) == "188112189876"


def test_plus_separator_in_year_of_hundredth_birthday() -> None:
    # Born 1 December 1924: on 15 June 2024 the 100th birthday is still ahead,
    # but the + has been used since 1 January 2024.
    base = "241201" + "123"
    check = luhn.calc_check_digit(base)
    assert normalize_personnummer(f"241201+123{check}", today=TODAY) == f"19{base}{check}"
    # Born 1 December 1925: turns 100 next year, so + means 1825.
    base = "251201" + "123"
    check = luhn.calc_check_digit(base)
    assert normalize_personnummer(f"251201+123{check}", today=TODAY) == f"18{base}{check}"


def test_century_is_most_recent_not_in_future() -> None:
    # Born 15 June: today is that birthday, so this century.
    base = "240615" + "123"
    pnr = base + luhn.calc_check_digit(base)
    assert normalize_personnummer(pnr, today=TODAY) == "20" + pnr
    # Born 16 June: tomorrow in this century, so the last one.
    base = "240616" + "123"
    pnr = base + luhn.calc_check_digit(base)
    assert normalize_personnummer(pnr, today=TODAY) == "19" + pnr


def test_default_today_is_used() -> None:
    assert normalize_personnummer("811218-9876") == "198112189876"


def test_leap_day_decides_century() -> None:
    # 29 February 2000 exists; 29 February 1900 does not.
    base = "000229" + "123"
    pnr = base + luhn.calc_check_digit(base)
    assert normalize_personnummer(pnr, today=TODAY) == "20" + pnr
    _check(
        normalize_personnummer,
        pnr[:6] + "+" + pnr[6:],
        "Personnummer does not contain a valid date of birth",
        "personnummer",
        today=TODAY,
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "Personnummer is empty"),
        ("   ", "Personnummer is empty"),
        ("811218 9876", "Personnummer may contain only digits and a - or + separator"),
        ("81121a-9876", "Personnummer may contain only digits and a - or + separator"),
        ("811218--9876", "Personnummer has more than one separator"),
        ("811218-+9876", "Personnummer has more than one separator"),
        ("811218-987", "Personnummer must have 10 or 12 digits"),
        ("81121898761", "Personnummer must have 10 or 12 digits"),
        ("1981121898761", "Personnummer must have 10 or 12 digits"),
        (
            "81121-89876",
            "Personnummer must have the separator just before the last four digits",
        ),
        (
            "19811218+9876",
            "Personnummer with a four-digit year cannot have a + separator; use -",
        ),
        ("811318-9876", "Personnummer does not contain a valid date of birth"),
        ("811200-9876", "Personnummer does not contain a valid date of birth"),
        ("811232-9876", "Personnummer does not contain a valid date of birth"),
        ("811292-9876", "Personnummer does not contain a valid date of birth"),
        ("19810231-9876", "Personnummer does not contain a valid date of birth"),
        ("17811218-9876", "Personnummer has a year of birth before 1800"),
        ("20811218-9876", "Personnummer has a date of birth in the future"),
        ("811218-9875", "Personnummer has a wrong check digit"),
        ("701063-2392", "Personnummer has a wrong check digit"),
    ],
)
def test_personnummer_errors(value: str, message: str) -> None:
    _check(normalize_personnummer, value, message, "personnummer", today=TODAY)


_PNR_CHARS_MSG = "Personnummer may contain only digits and a - or + separator"


def test_personnummer_error_carries_field_name() -> None:
    _check(normalize_personnummer, "x", _PNR_CHARS_MSG, "args.pnr", field="args.pnr")
    with pytest.raises(ValidationError) as info:
        normalize_personnummer("811218-9875", field="member.pnr")
    assert str(info.value) == "member.pnr: Personnummer has a wrong check digit"


def test_is_samordningsnummer() -> None:
    assert is_samordningsnummer("701063-2391")
    assert is_samordningsnummer("197010632391")
    assert is_samordningsnummer(" 7010632391 ")
    assert not is_samordningsnummer("811218-9876")
    assert not is_samordningsnummer("198112189876")
    assert not is_samordningsnummer("")
    assert not is_samordningsnummer("abc")
    assert not is_samordningsnummer("70106")
    assert not is_samordningsnummer("701060-2391")  # day 0 + 60: not a day
    assert not is_samordningsnummer("701092-2391")  # day 32 + 60


def test_format_personnummer() -> None:
    assert format_personnummer("198112189876") == "19811218-9876"
    for bad in ("811218-9876", "8112189876", "19811218-9876", "", "19811218987x"):
        _check(
            format_personnummer,
            bad,
            "Personnummer is not in the stored form of 12 digits (YYYYMMDDNNNC)",
            "personnummer",
        )


def test_birth_date_from_personnummer() -> None:
    assert birth_date_from_personnummer("198112189876") == dt.date(1981, 12, 18)
    assert birth_date_from_personnummer("197010632391") == dt.date(1970, 10, 3)
    assert birth_date_from_personnummer("188112189876") == dt.date(1881, 12, 18)
    _check(
        birth_date_from_personnummer,
        "198113189876",
        "Personnummer does not contain a valid date of birth",
        "personnummer",
    )
    _check(
        birth_date_from_personnummer,
        "8112189876",
        "Personnummer is not in the stored form of 12 digits (YYYYMMDDNNNC)",
        "personnummer",
    )


# --------------------------------------------------------------------------
# Personnummer: properties
# --------------------------------------------------------------------------

# With "-" a 10-digit number covers the 100 years up to TODAY; with "+" the years of
# birth 1825-1924 (the + is used from 1 January of the year a person turns 100).
_UNDER_100 = st.dates(min_value=dt.date(1924, 6, 16), max_value=TODAY)
_OVER_100 = st.dates(min_value=dt.date(1825, 1, 1), max_value=dt.date(1924, 12, 31))
_SERIAL = st.integers(min_value=0, max_value=999)


def _make(born: dt.date, serial: int, *, samordning: bool = False) -> str:
    """Return the valid canonical 12-digit number for the date and serial."""
    day = born.day + 60 if samordning else born.day
    short = f"{born.year % 100:02d}{born.month:02d}{day:02d}{serial:03d}"
    return f"{born.year // 100:02d}{short}{luhn.calc_check_digit(short)}"


def _forms(canonical: str, separator: str = "-") -> list[str]:
    short = canonical[2:]
    forms = [short[:6] + separator + short[6:]]
    if separator == "-":
        forms += [short, canonical, canonical[:8] + "-" + canonical[8:]]
    return forms


@given(born=_UNDER_100, serial=_SERIAL, samordning=st.booleans())
def test_property_all_forms_normalise_alike(born: dt.date, serial: int, samordning: bool) -> None:
    canonical = _make(born, serial, samordning=samordning)
    for form in _forms(canonical):
        assert normalize_personnummer(form, today=TODAY) == canonical
        assert normalize_personnummer(f"  {form} ", today=TODAY) == canonical
    assert is_samordningsnummer(canonical) is samordning
    assert birth_date_from_personnummer(canonical) == born
    assert format_personnummer(canonical) == canonical[:8] + "-" + canonical[8:]


@given(born=_OVER_100, serial=_SERIAL, samordning=st.booleans())
def test_property_plus_separator(born: dt.date, serial: int, samordning: bool) -> None:
    canonical = _make(born, serial, samordning=samordning)
    short = canonical[2:]
    assert normalize_personnummer(short[:6] + "+" + short[6:], today=TODAY) == canonical
    assert normalize_personnummer(canonical, today=TODAY) == canonical
    # Written with "-" the same digits mean someone born within the last 100 years.
    younger = normalize_personnummer(short[:6] + "-" + short[6:], today=TODAY)
    assert younger[2:] == canonical[2:]
    assert dt.date(1924, 6, 16) <= birth_date_from_personnummer(younger) <= TODAY


@given(
    born=_UNDER_100,
    serial=_SERIAL,
    samordning=st.booleans(),
    position=st.integers(min_value=0, max_value=9),
    data=st.data(),
)
def test_property_single_changed_digit_fails(
    born: dt.date, serial: int, samordning: bool, position: int, data: st.DataObject
) -> None:
    short = _make(born, serial, samordning=samordning)[2:]
    new = data.draw(st.sampled_from([d for d in "0123456789" if d != short[position]]))
    changed = short[:position] + new + short[position + 1 :]
    with pytest.raises(ValidationError) as info:
        normalize_personnummer(changed, today=TODAY)
    assert info.value.field == "personnummer"


# --------------------------------------------------------------------------
# Organisationsnummer
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("556016-0680", "556016-0680"),
        ("5560160680", "556016-0680"),
        (" 556016-0680 ", "556016-0680"),
        ("165560160680", "556016-0680"),
        ("16556016-0680", "556016-0680"),
        ("202100-5489", "202100-5489"),
        ("2021005489", "202100-5489"),
    ],
)
def test_organisationsnummer_valid(value: str, expected: str) -> None:
    assert normalize_organisationsnummer(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "Organisationsnummer is empty"),
        ("556016 0680", "Organisationsnummer may contain only digits and a -"),
        ("556016+0680", "Organisationsnummer may contain only digits and a -"),
        ("556-016-0680", "Organisationsnummer has more than one -"),
        ("556016-068", "Organisationsnummer must have 10 digits"),
        ("55601606801", "Organisationsnummer must have 10 digits"),
        ("175560160680", "Organisationsnummer with 12 digits must start with 16"),
        ("55601-60680", "Organisationsnummer must have the - just before the last four digits"),
        (
            "811218-9876",
            "Organisationsnummer must have 20 or more as third and fourth digits"
            " (this looks like a personnummer)",
        ),
        ("556016-0681", "Organisationsnummer has a wrong check digit"),
        ("202100-5488", "Organisationsnummer has a wrong check digit"),
    ],
)
def test_organisationsnummer_errors(value: str, message: str) -> None:
    _check(normalize_organisationsnummer, value, message, "organisationsnummer")


def test_organisationsnummer_field_name() -> None:
    _check(
        normalize_organisationsnummer,
        "1",
        "Organisationsnummer must have 10 digits",
        "org",
        field="org",
    )


@given(
    head=st.from_regex(r"[0-9]{2}[2-9][0-9]{6}", fullmatch=True),
    position=st.integers(min_value=0, max_value=9),
    data=st.data(),
)
def test_property_organisationsnummer(head: str, position: int, data: st.DataObject) -> None:
    digits = head + luhn.calc_check_digit(head)
    canonical = f"{digits[:6]}-{digits[6:]}"
    for form in (digits, canonical, "16" + digits, "16" + canonical):
        assert normalize_organisationsnummer(form) == canonical
    new = data.draw(st.sampled_from([d for d in "0123456789" if d != digits[position]]))
    with pytest.raises(ValidationError):
        normalize_organisationsnummer(digits[:position] + new + digits[position + 1 :])


# --------------------------------------------------------------------------
# E-mail
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("anna@example.se", "anna@example.se"),
        ("  Anna.Svensson@Example.SE\n", "anna.svensson@example.se"),
        ("a+tag@sub.example.co.uk", "a+tag@sub.example.co.uk"),
        ("ÅSA@exempel.se", "åsa@exempel.se"),
    ],
)
def test_email_valid(value: str, expected: str) -> None:
    assert normalize_email(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "E-mail address is empty"),
        (" \t ", "E-mail address is empty"),
        ("anna svensson@example.se", "E-mail address must not contain spaces"),
        ("anna@exam\tple.se", "E-mail address must not contain spaces"),
        ("a" * 244 + "@example.se", "E-mail address is longer than 254 characters"),
        ("anna.example.se", "E-mail address has no @"),
        ("anna@svensson@example.se", "E-mail address has more than one @"),
        ("@example.se", "E-mail address has nothing before the @"),
        ("anna@", "E-mail address has no domain after the @"),
        ("anna@localhost", "E-mail address must have a dot in the domain (as in name@example.se)"),
        ("anna@example.", "E-mail address has a misplaced dot in the domain"),
        ("anna@.example.se", "E-mail address has a misplaced dot in the domain"),
        ("anna@example..se", "E-mail address has a misplaced dot in the domain"),
    ],
)
def test_email_errors(value: str, message: str) -> None:
    _check(normalize_email, value, message, "email")


def test_email_length_limit_is_inclusive() -> None:
    address = "a" * 243 + "@example.se"
    assert len(address) == 254
    assert normalize_email(address) == address


def test_email_field_name() -> None:
    _check(normalize_email, "x", "E-mail address has no @", "args.email", field="args.email")


@pytest.mark.parametrize(
    "value",
    [
        "postmaster,chef@example.se",  # two recipients to an SMTP server
        "chef@example.se,postmaster@example.se",
        "a;b@example.se",
        "<chef@example.se>",
        '"a,b"@example.se',
        "chef@[192.0.2.1]",
        "a..b@example.se",
        "chef@example.se\x00",
        "chef@exa\u2028mple.se",
        "chef@bad-.example.se",
        "chef@example.invalid",
    ],
)
def test_email_is_one_plain_address(value: str) -> None:
    with pytest.raises(ValidationError) as info:
        normalize_email(value)
    assert info.value.field == "email"
    assert info.value.message.startswith("E-mail address")


# Valid addresses only: dot-separated atoms before the @, hostname labels (no leading or
# trailing hyphen) and a top-level domain of letters after it.
_EMAIL_LOCAL = st.from_regex(r"[a-zA-Z0-9+_-]{1,8}(\.[a-zA-Z0-9+_-]{1,8}){0,2}", fullmatch=True)
_EMAIL_DOMAIN = st.from_regex(
    r"([a-zA-Z0-9]([a-zA-Z0-9-]{0,8}[a-zA-Z0-9])?\.){1,3}(se|com|org|nu|eu)", fullmatch=True
)
_SPACE = st.text(alphabet=" \t\n\r", max_size=3)


@given(local=_EMAIL_LOCAL, domain=_EMAIL_DOMAIN, before=_SPACE, after=_SPACE, data=st.data())
def test_property_email_case_and_space_variants(
    local: str, domain: str, before: str, after: str, data: st.DataObject
) -> None:
    address = f"{local}@{domain}"
    flips = data.draw(st.lists(st.booleans(), min_size=len(address), max_size=len(address)))
    variant = "".join(c.upper() if f else c.lower() for c, f in zip(address, flips, strict=True))
    expected = normalize_email(address)
    assert expected == address.lower()
    assert normalize_email(before + variant + after) == expected
    assert normalize_email(expected) == expected


# --------------------------------------------------------------------------
# Phone
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("070-123 45 67", "+46701234567"),
        ("0701234567", "+46701234567"),
        ("+46 70 123 45 67", "+46701234567"),
        ("+46701234567", "+46701234567"),
        ("0046701234567", "+46701234567"),
        ("00 46 70-123 45 67", "+46701234567"),
        ("+46 (0)70-123 45 67", "+46701234567"),
        ("0046 (0)70 123 45 67", "+46701234567"),
        ("+460701234567", "+46701234567"),
        ("(070) 123 45 67", "+46701234567"),
        ("070.123.45.67", "+46701234567"),
        ("08-123 456 78", "+46812345678"),
        ("08/123 456 78", "+46812345678"),
        ("08-12 34 56", "+468123456"),
        ("0910-123 45", "+4691012345"),
        (" 070 123 45 67 ", "+46701234567"),
        ("+44 (0)20 7946 0958", "+442079460958"),
        ("0044 20 7946 0958", "+442079460958"),
        ("+1 (212) 555-0100", "+12125550100"),
        ("+47 22 12 34 56", "+4722123456"),
        ("+49 30 1234", "+49301234"),
        ("+123456789012345", "+123456789012345"),
    ],
)
def test_phone_valid(value: str, expected: str) -> None:
    assert normalize_phone(value) == expected


_SE_SHORT = "Swedish phone number is too short: it must have 8 to 10 digits including the leading 0"
_SE_LONG = "Swedish phone number is too long: it must have 8 to 10 digits including the leading 0"
_INTL = "International phone number must have 8 to 15 digits including the country code"
_PHONE_CHARS = "Phone number may contain only digits, spaces, dashes, parentheses and a leading +"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "Phone number is empty"),
        ("  ", "Phone number is empty"),
        ("070+1234567", "Phone number may have a + only at the start"),
        ("++46701234567", "Phone number may have a + only at the start"),
        ("070-123 45 67 ext 2", _PHONE_CHARS),
        ("070–123 45 67", _PHONE_CHARS),  # en dash
        ("+", _PHONE_CHARS),
        ("+ ()", "Phone number has no digits"),
        ("701234567", "Phone number must start with 0, or with + or 00 and a country code"),
        ("070-12 34", _SE_SHORT),
        ("+46 70 12 34", _SE_SHORT),
        ("070-123 45 67 8", _SE_LONG),
        ("+46 70 123 45 67 89", _SE_LONG),
        ("+4600701234567", "Phone number has a 0 too many after the country code +46"),
        ("+0701234567", "Phone number must have a country code after + or 00"),
        ("00", "Phone number must have a country code after + or 00"),
        ("000701234567", "Phone number must have a country code after + or 00"),
        ("+49 301", _INTL),
        ("+1234567890123456", _INTL),
    ],
)
def test_phone_errors(value: str, message: str) -> None:
    _check(normalize_phone, value, message, "phone")


def test_phone_field_name() -> None:
    _check(normalize_phone, "", "Phone number is empty", "mobile", field="mobile")


_SEPARATOR = st.sampled_from(["", "", "", " ", "-", " - ", "  "])


def _spread(digits: str, separators: list[str]) -> str:
    """Put the drawn separators between the digits."""
    return "".join(d + s for d, s in zip(digits, separators, strict=True)).rstrip(" -")


@given(
    nsn=st.from_regex(r"[1-9][0-9]{6,8}", fullmatch=True),
    data=st.data(),
)
def test_property_phone_variants_normalise_alike(nsn: str, data: st.DataObject) -> None:
    expected = "+46" + nsn

    def spread(digits: str) -> str:
        seps = data.draw(st.lists(_SEPARATOR, min_size=len(digits), max_size=len(digits)))
        return _spread(digits, seps)

    variants = [
        "0" + spread(nsn),
        spread("0" + nsn),
        "+46 " + spread(nsn),
        "+46" + spread(nsn),
        "0046 " + spread(nsn),
        "+46 (0)" + spread(nsn),
        "(0" + nsn[:2] + ") " + spread(nsn[2:]),
        " " + spread("0" + nsn) + "\t",
    ]
    for variant in variants:
        assert normalize_phone(variant) == expected, variant
    assert normalize_phone(expected) == expected


@given(
    number=st.from_regex(r"[1-35-9][0-9]{7,14}", fullmatch=True),
    data=st.data(),
)
def test_property_international_variants(number: str, data: st.DataObject) -> None:
    seps = data.draw(st.lists(_SEPARATOR, min_size=len(number), max_size=len(number)))
    assert normalize_phone("+" + number) == "+" + number
    assert normalize_phone("00" + number) == "+" + number
    assert normalize_phone("+" + _spread(number, seps)) == "+" + number


# --------------------------------------------------------------------------
# OCR references
# --------------------------------------------------------------------------


def test_ocr_with_check_digit_examples() -> None:
    # 12345, length 7 -> "7", Luhn over 123457 -> 4.
    assert ocr_with_check_digit("12345") == "1234574"
    assert ocr_with_check_digit("12345", length_digit=False) == "123455"
    assert ocr_with_check_digit("") == "26"
    # 12 digits in all: the length digit is 12 mod 10.
    assert ocr_with_check_digit("1234567890")[-2] == "2"


@pytest.mark.parametrize(
    ("base", "length_digit", "message"),
    [
        ("12a", True, "OCR reference may contain only digits"),
        ("12 3", False, "OCR reference may contain only digits"),
        ("", False, "OCR reference must have 2 to 25 digits"),
        ("1" * 24, True, "OCR reference must have 2 to 25 digits"),
        ("1" * 25, False, "OCR reference must have 2 to 25 digits"),
    ],
)
def test_ocr_with_check_digit_errors(base: str, length_digit: bool, message: str) -> None:
    _check(ocr_with_check_digit, base, message, "ocr", length_digit=length_digit)


def test_ocr_with_check_digit_longest() -> None:
    assert len(ocr_with_check_digit("1" * 23)) == 25
    assert len(ocr_with_check_digit("1" * 24, length_digit=False)) == 25


@pytest.mark.parametrize(
    ("value", "level", "fixed", "expected"),
    [
        ("1234574", 1, (), "1234574"),
        ("1234570", 1, (), "1234570"),  # soft: any digits
        ("1234574", 2, (), "1234574"),
        ("123455", 2, (), "123455"),
        ("1234 574", 2, (), "1234574"),
        (" 1234574 ", 3, (), "1234574"),
        ("1234574", 4, (7,), "1234574"),
        ("1234574", 4, (6, 7), "1234574"),
        ("123455", 4, (6,), "123455"),  # fixed length needs no length digit
    ],
)
def test_validate_ocr_valid(value: str, level: int, fixed: tuple[int, ...], expected: str) -> None:
    assert validate_ocr(value, level=level, fixed_lengths=fixed) == expected


@pytest.mark.parametrize(
    ("value", "level", "fixed", "message"),
    [
        ("", 1, (), "OCR reference is empty"),
        (" ", 2, (), "OCR reference is empty"),
        ("12-34", 1, (), "OCR reference may contain only digits"),
        ("1", 1, (), "OCR reference must have 2 to 25 digits"),
        ("1" * 26, 1, (), "OCR reference must have 2 to 25 digits"),
        ("1234570", 2, (), "OCR reference has a wrong check digit"),
        ("1234570", 3, (), "OCR reference has a wrong check digit"),
        ("123455", 3, (), "OCR reference has a wrong length digit (the second last digit)"),
        ("1234574", 4, (8,), "OCR reference must have 8 digits"),
        ("1234574", 4, (8, 10), "OCR reference must have 8 or 10 digits"),
        ("1234574", 4, (10, 6, 8), "OCR reference must have 6, 8 or 10 digits"),
        ("1234570", 4, (7,), "OCR reference has a wrong check digit"),
    ],
)
def test_validate_ocr_errors(value: str, level: int, fixed: tuple[int, ...], message: str) -> None:
    _check(validate_ocr, value, message, "ocr", level=level, fixed_lengths=fixed)


def test_validate_ocr_field_name() -> None:
    _check(validate_ocr, "1", "OCR reference must have 2 to 25 digits", "ref", field="ref")


def test_validate_ocr_programming_errors() -> None:
    with pytest.raises(ValueError, match="level"):
        validate_ocr("1234574", level=0)
    with pytest.raises(ValueError, match="level"):
        validate_ocr("1234574", level=5)
    with pytest.raises(ValueError, match="fixed lengths"):
        validate_ocr("1234574", level=4)


@given(base=st.from_regex(r"[0-9]{0,23}", fullmatch=True))
def test_property_ocr_roundtrip(base: str) -> None:
    ref = ocr_with_check_digit(base)
    assert len(ref) == len(base) + 2
    assert ref.startswith(base)
    for level in (1, 2, 3):
        assert validate_ocr(ref, level=level) == ref
    assert validate_ocr(ref, level=4, fixed_lengths=(len(ref),)) == ref


@given(base=st.from_regex(r"[0-9]{1,24}", fullmatch=True))
def test_property_ocr_without_length_digit(base: str) -> None:
    ref = ocr_with_check_digit(base, length_digit=False)
    assert validate_ocr(ref, level=2) == ref
    assert validate_ocr(ref, level=4, fixed_lengths=(len(ref),)) == ref


@given(
    base=st.from_regex(r"[0-9]{0,23}", fullmatch=True),
    position=st.integers(min_value=0),
    data=st.data(),
)
def test_property_ocr_single_changed_digit_fails(
    base: str, position: int, data: st.DataObject
) -> None:
    ref = ocr_with_check_digit(base)
    i = position % len(ref)
    new = data.draw(st.sampled_from([d for d in "0123456789" if d != ref[i]]))
    changed = ref[:i] + new + ref[i + 1 :]
    with pytest.raises(ValidationError, match=r"wrong (check|length) digit"):
        validate_ocr(changed, level=3)


@given(base=st.from_regex(r"[0-9]{1,22}", fullmatch=True))
def test_property_ocr_wrong_length_fails_level_3(base: str) -> None:
    ref = ocr_with_check_digit(base)
    # Drop a digit and recompute the check digit: Luhn passes, the length digit does not.
    body = ref[:-3] + ref[-2]
    shorter = body + luhn.calc_check_digit(body)
    assume(int(shorter[-2]) != len(shorter) % 10)
    assert validate_ocr(shorter, level=2) == shorter
    with pytest.raises(ValidationError, match="wrong length digit"):
        validate_ocr(shorter, level=3)


# --------------------------------------------------------------------------
# Bankgiro
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("5050-1055", "50501055"),
        ("50501055", "50501055"),
        (" 123-4566 ", "1234566"),
        ("1234566", "1234566"),
    ],
)
def test_bankgiro_valid(value: str, expected: str) -> None:
    assert normalize_bankgiro(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "Bankgiro number is empty"),
        ("5050 1055", "Bankgiro number may contain only digits and a -"),
        ("BG 5050-1055", "Bankgiro number may contain only digits and a -"),
        ("50-50-1055", "Bankgiro number has more than one -"),
        ("123-456", "Bankgiro number must have 7 or 8 digits"),
        ("505010550", "Bankgiro number must have 7 or 8 digits"),
        ("50501-055", "Bankgiro number must have the - just before the last four digits"),
        ("5050-1056", "Bankgiro number has a wrong check digit"),
    ],
)
def test_bankgiro_errors(value: str, message: str) -> None:
    _check(normalize_bankgiro, value, message, "bankgiro")


def test_bankgiro_field_name() -> None:
    _check(normalize_bankgiro, "1", "Bankgiro number must have 7 or 8 digits", "bg", field="bg")


def test_format_bankgiro() -> None:
    assert format_bankgiro("50501055") == "5050-1055"
    assert format_bankgiro("1234566") == "123-4566"
    assert format_bankgiro("5050-1055") == "5050-1055"
    _check(format_bankgiro, "50501056", "Bankgiro number has a wrong check digit", "bankgiro")


@given(head=st.from_regex(r"[0-9]{6,7}", fullmatch=True))
def test_property_bankgiro_roundtrip(head: str) -> None:
    digits = head + luhn.calc_check_digit(head)
    formatted = format_bankgiro(digits)
    assert formatted.replace("-", "") == digits
    assert normalize_bankgiro(formatted) == digits
    assert normalize_bankgiro(digits) == digits


# --------------------------------------------------------------------------
# Text and JSON from outside
# --------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["\r", "\n", "\r\n", "\u2028", "\u2029", "\x85"])
def test_one_line_text_refuses_every_line_break(bad: str) -> None:
    _check(
        check_text,
        f"Anna{bad}Bcc: x@example.se",
        "must be on one line",
        "first_name",
        field="first_name",
    )


@pytest.mark.parametrize("bad", ["\x00", "\x07", "\x1b", "\t", "\x7f", "\x9b"])
def test_text_refuses_other_control_characters(bad: str) -> None:
    for multiline in (False, True):
        with pytest.raises(ValidationError) as info:
            check_text(f"a{bad}b", field="note", multiline=multiline)
        assert info.value.template == "contains an invisible control character ({code})"
        assert info.value.params == {"code": f"U+{ord(bad):04X}"}


def test_multiline_text_keeps_line_breaks_as_newlines() -> None:
    assert check_text("a\r\nb\rc\nd", multiline=True) == "a\nb\nc\nd"
    assert check_text("Åsa Öberg-Ängel", field="name") == "Åsa Öberg-Ängel"


def test_json_depth_is_bounded_without_recursion() -> None:
    deep: object = 1
    for _ in range(100_000):
        deep = [deep]
    with pytest.raises(ValidationError) as info:
        check_json(deep, field="answers")
    assert info.value.template == "is nested more than {limit} levels deep"
    assert info.value.field == "answers"
    shallow: object = 1
    for _ in range(JSON_MAX_DEPTH):
        shallow = {"a": shallow}
    assert check_json(shallow) == shallow


def test_json_size_numbers_and_text_are_bounded() -> None:
    with pytest.raises(ValidationError, match="more than 10000"):
        check_json(list(range(20_000)))
    for number in (2**31, -(2**31) - 1, 10**30):
        with pytest.raises(ValidationError) as info:
            check_json({"a": [number]}, field="args")
        assert info.value.field == "args.a.0"
    for number in (float("nan"), float("inf")):
        with pytest.raises(ValidationError, match="finite"):
            check_json([number])
    with pytest.raises(ValidationError, match="one line"):
        check_json({"a\nb": 1})
    with pytest.raises(ValidationError, match="one line"):
        check_json(["a\nb"], multiline=False)
    assert check_json({"q": ["a\nb", 2**31 - 1, None, True, 1.5]}) is not None


def test_json_refusals_name_the_path_of_the_value() -> None:
    """A refused text or key deep in a value is named by its path (the path is made only
    for a refusal); line breaks, \r included, pass where text may hold them."""
    value = {"rows": [{"person": {"emails": [{"address": "a@b.se"}, {"address": "x\x00"}]}}]}
    with pytest.raises(ValidationError) as info:
        check_json(value, field="args")
    assert info.value.field == "args.rows.0.person.emails.1.address"
    assert info.value.params == {"code": "U+0000"}
    with pytest.raises(ValidationError, match="one line") as info:
        check_json({"rows": [{}, {"a\nb": 1}]}, field="args")
    assert info.value.field == "args.rows.1"
    assert check_json({"notes": ["a\r\nb\rc"]}) == {"notes": ["a\r\nb\rc"]}
    with pytest.raises(ValidationError, match="one line") as info:
        check_json({"notes": ["a\r\nb"]}, field="args", multiline=False)
    assert info.value.field == "args.notes.0"


#: Addresses whose domains take every branch of the library's domain check.
DOMAIN_CASES = [
    "anna@firma.se",
    "Anna@FIRMA.se",
    "anna@exämple.se",
    "anna@xn--exmple-cua.se",
    "anna@münchen.de",
    "anna@ｆｉｒｍａ.se",
    "anna@localhost",
    "anna@x.invalid",
    "anna@test",
    "anna@-bad.se",
    "anna@bad-.se",
    "anna@a..se",
    "anna@firma.se.",
    "anna@" + "b" * 250 + ".se",
    "anna@" + "c" * 64 + ".se",
    "anna@[127.0.0.1]",
    "anna@fi_rma.se",
    "anna@\u200bfirma.se",
]


def _library_answer(address: str) -> str:
    try:
        return str(email_validator.validate_email(address, check_deliverability=False).normalized)
    except email_validator.EmailNotValidError as exc:
        return f"{type(exc).__name__}: {exc}"


def test_the_memoised_domain_check_gives_the_librarys_own_answers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    module = importlib.import_module("email_validator.validate_email")
    memo = module.validate_email_domain_name
    assert hasattr(memo, "cache_info")  # in place (a library that moved it is noticed here)
    twice = [_library_answer(a) for a in DOMAIN_CASES * 2]  # the second time memoised
    assert any(a.startswith("EmailSyntaxError") for a in twice)
    assert "anna@münchen.de" in twice
    monkeypatch.setattr(module, "validate_email_domain_name", memo.__wrapped__)
    assert twice == [_library_answer(a) for a in DOMAIN_CASES] * 2


@pytest.mark.parametrize(
    ("value", "country", "kept"),
    [
        ("12345", "SE", "123 45"),
        (" 123 45 ", "se", "123 45"),
        ("0154", "NO", "0154"),
        ("SW1A 1AA", "GB", "SW1A 1AA"),
    ],
)
def test_postal_codes_are_kept_as_written_in_their_country(
    value: str, country: str, kept: str
) -> None:
    assert normalize_postal_code(value, country=country) == kept


@pytest.mark.parametrize("value", ["1234", "123456", "12 3a5", "١٢٣٤٥"])
def test_a_swedish_postal_code_has_five_digits(value: str) -> None:
    with pytest.raises(ValidationError) as refused:
        normalize_postal_code(value, field="postal_code")
    assert refused.value.field == "postal_code"
    assert refused.value.message == "A Swedish postal code has five digits, such as 123 45"


def test_another_country_s_postal_code_fits_the_column() -> None:
    with pytest.raises(ValidationError) as refused:
        normalize_postal_code("A B C D E F", country="GB")
    assert refused.value.message == "A postal code has at most ten characters"
