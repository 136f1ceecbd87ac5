"""The machine-readable zone of an ID document (ICAO 9303), as a check-in scanner reads it.

Two sizes are read (DOMAIN.md, "ID documents at check-in"):

* **TD1** (part 5), three lines of 30: the Swedish national ID card;
* **TD3** (part 4), two lines of 44: the passport.

Every check digit is verified (part 3, 4.9: weights 7, 3, 1 repeated; digits count as
themselves, ``A``-``Z`` as 10-35, the filler ``<`` as 0; the sum modulo 10): the
document number's, the birth date's, the expiry date's, the optional data's (TD3's
personal number) and the composite one over all of them. A refusal names the check that
failed. What no check digit covers (the names, the issuing state, the sex) is checked for
its form only: the standard gives nothing more to check it by.

On a Swedish document the personnummer is in the optional data: the 12 digits
``YYYYMMDDNNNC`` in the first optional field of the ID card (line 1, after the document
number's check digit), and in the personal number field of the passport, where older
passports hold its 10 digits (the century is then the birth date's). It is returned in
the canonical form of :func:`models.validators.normalize_personnummer`.

Why not a library: the maintained-looking one on PyPI (``mrz``) had its last release in
2020, is GPL-3.0 and does not read the personnummer; this module is the part of the
standard check-in needs, generated and tested from the standard's rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Required, TypedDict, Unpack

from models import validators
from models.errors import ValidationError

#: The characters of an MRZ.
_MRZ_CHARS = re.compile(r"[A-Z0-9<]*")
_WEIGHTS = (7, 3, 1)
TD1_LINE = 30
TD3_LINE = 44
_FIELD = "mrz"


def char_value(char: str) -> int:
    """The value a character has in a check digit's sum (``<`` is 0, ``A`` is 10)."""
    if char.isdigit():
        return int(char)
    if char == "<":
        return 0
    return ord(char) - ord("A") + 10


def check_digit(text: str) -> str:
    """The ICAO 9303 check digit of ``text`` (weights 7, 3, 1; modulo 10)."""
    total = sum(char_value(c) * _WEIGHTS[i % 3] for i, c in enumerate(text))
    return str(total % 10)


@dataclass(frozen=True)
class MrzDocument:
    """What an MRZ says, its check digits verified."""

    #: "TD1" (ID card) or "TD3" (passport).
    size: str
    #: The document code: ``I`` (ID card), ``P`` (passport), with its second letter.
    document_code: str
    issuing_state: str
    document_number: str
    surname: str
    given_names: str
    #: None when the MRZ gives the birth date as unknown (fillers).
    birth_date: date | None
    #: ``M``, ``F`` or ``<`` (unspecified).
    sex: str
    expiry_date: date
    nationality: str
    #: The optional data, fillers taken off (TD1: both fields joined by a space).
    optional_data: str
    #: The canonical personnummer (12 digits) of a Swedish document; None otherwise.
    personnummer: str | None


def split_lines(text: str) -> list[str]:
    """The MRZ lines of what a scanner typed: split at line breaks, or by the length of a
    TD1 (90) or TD3 (88) typed as one line; upper-cased, spaces taken off."""
    cleaned = text.strip().upper().replace(" ", "")
    lines = [line for line in re.split(r"[\r\n]+", cleaned) if line]
    if len(lines) == 1:
        whole = lines[0]
        if len(whole) == 3 * TD1_LINE:
            return [whole[i : i + TD1_LINE] for i in range(0, len(whole), TD1_LINE)]
        if len(whole) == 2 * TD3_LINE:
            return [whole[:TD3_LINE], whole[TD3_LINE:]]
    return lines


def looks_like_mrz(text: str) -> bool:
    """Whether ``text`` has the shape of a TD1 or TD3 MRZ (before any check)."""
    lines = split_lines(text)
    shape = [len(line) for line in lines]
    return shape in ([TD1_LINE] * 3, [TD3_LINE] * 2) and all(
        _MRZ_CHARS.fullmatch(line) for line in lines
    )


def parse_mrz(text: str, *, today: date | None = None) -> MrzDocument:
    """Read a TD1 or TD3 MRZ, verifying every check digit.

    ``today`` decides the century of the birth date (the latest that is not in the
    future) and of a 10-digit personnummer; it defaults to the real day.

    Raises:
        ValidationError: ``field`` "mrz"; the message names what failed (the shape, a
            character, a date, or which check digit).
    """
    lines = split_lines(text)
    shape = [len(line) for line in lines]
    if shape == [TD1_LINE] * 3:
        parse = _parse_td1
    elif shape == [TD3_LINE] * 2:
        parse = _parse_td3
    else:
        raise ValidationError(
            "Not the machine-readable zone of an ID card (3 lines of 30) or a passport (2 of 44)",
            field=_FIELD,
        )
    if not all(_MRZ_CHARS.fullmatch(line) for line in lines):
        raise ValidationError(
            "The machine-readable zone may hold only A-Z, 0-9 and <", field=_FIELD
        )
    return parse(lines, today or date.today())


def _verify(checked: str, digit: str, message: str, *, filler_allowed: bool = False) -> None:
    if filler_allowed and digit == "<" and set(checked) <= {"<"}:
        return
    if digit != check_digit(checked):
        raise ValidationError(message, field=_FIELD)


@dataclass(frozen=True)
class _Zone:
    """The fields of one MRZ as they stand in its lines (fillers kept), with the check
    digits beside them: what both sizes are read by (:func:`_read`)."""

    size: str
    code: str
    state: str
    names: str
    number: str
    number_digit: str
    birth: str
    birth_digit: str
    sex: str
    expiry: str
    expiry_digit: str
    nationality: str
    composite: str
    composite_digit: str
    #: The field a Swedish document holds the personnummer in.
    personal: str
    #: The optional data as :attr:`MrzDocument.optional_data` has it.
    optional: str


_TD1, _TD3 = 0, 1

#: Where the fields both sizes hold alike stand in the lines: (line, from, to) in a TD1's
#: and in a TD3's.
_PLACES: dict[str, tuple[tuple[int, int, int], tuple[int, int, int]]] = {
    "code": ((0, 0, 2), (0, 0, 2)),
    "state": ((0, 2, 5), (0, 2, 5)),
    "names": ((2, 0, 30), (0, 5, 44)),
    "birth": ((1, 0, 6), (1, 13, 19)),
    "birth_digit": ((1, 6, 7), (1, 19, 20)),
    "sex": ((1, 7, 8), (1, 20, 21)),
    "expiry": ((1, 8, 14), (1, 21, 27)),
    "expiry_digit": ((1, 14, 15), (1, 27, 28)),
    "nationality": ((1, 15, 18), (1, 10, 13)),
}


def _placed(lines: list[str], size: int) -> dict[str, str]:
    """The fields of :data:`_PLACES` as they stand in ``lines`` of ``size`` (TD1 or TD3)."""
    found: dict[str, str] = {}
    for name, places in _PLACES.items():
        line, start, end = places[size]
        found[name] = lines[line][start:end]
    return found


def _read(zone: _Zone, today: date) -> MrzDocument:
    """Verify the check digits both sizes have and read the fields."""
    _verify(zone.number, zone.number_digit, "The document number's check digit does not match")
    _verify(zone.birth, zone.birth_digit, "The birth date's check digit does not match")
    _verify(zone.expiry, zone.expiry_digit, "The expiry date's check digit does not match")
    _verify(zone.composite, zone.composite_digit, "The composite check digit does not match")
    surname, given = _names(zone.names)
    state = _country(zone.state)
    born = _birth_date(zone.birth, today)
    return MrzDocument(
        size=zone.size,
        document_code=zone.code.strip("<"),
        issuing_state=state,
        document_number=zone.number.strip("<"),
        surname=surname,
        given_names=given,
        birth_date=born,
        sex=_sex(zone.sex),
        expiry_date=_expiry_date(zone.expiry),
        nationality=_country(zone.nationality),
        optional_data=zone.optional,
        personnummer=_personnummer(state, zone.personal.strip("<"), born, today),
    )


def _parse_td1(lines: list[str], today: date) -> MrzDocument:
    line1, line2, _ = lines
    number, number_digit = line1[5:14], line1[14]
    optional1 = line1[15:30]
    if number_digit == "<" and number[-1] != "<":
        # A number longer than 9 (9303 part 5, note j): it goes on in the optional data
        # up to its first filler, the last character before that being its check digit.
        rest = optional1.split("<", 1)[0]
        if len(rest) < 2:
            raise ValidationError("The document number's check digit does not match", field=_FIELD)
        number, number_digit = number + rest[:-1], rest[-1]
        optional1 = optional1[len(rest) :]
    zone = _Zone(
        size="TD1",
        number=number,
        number_digit=number_digit,
        composite=line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29],
        composite_digit=line2[29],
        personal=optional1,
        optional=" ".join(p for p in (optional1.strip("<"), line2[18:29].strip("<")) if p),
        **_placed(lines, _TD1),
    )
    return _read(zone, today)


def _parse_td3(lines: list[str], today: date) -> MrzDocument:
    line2 = lines[1]
    personal = line2[28:42]
    _verify(
        personal,
        line2[42],
        "The personal number's check digit does not match",
        filler_allowed=True,
    )
    zone = _Zone(
        size="TD3",
        number=line2[0:9],
        number_digit=line2[9],
        composite=line2[0:10] + line2[13:20] + line2[21:43],
        composite_digit=line2[43],
        personal=personal,
        optional=personal.strip("<"),
        **_placed(lines, _TD3),
    )
    return _read(zone, today)


def _names(field: str) -> tuple[str, str]:
    surname, _, given = field.strip("<").partition("<<")
    return surname.replace("<", " ").strip(), given.replace("<", " ").strip()


def _country(code: str) -> str:
    if not re.fullmatch(r"[A-Z<]{3}", code):
        raise ValidationError(
            "The machine-readable zone's country code is not letters", field=_FIELD
        )
    return code.strip("<")


def _sex(char: str) -> str:
    if char not in "MFX<":
        raise ValidationError("The machine-readable zone's sex is not M, F or <", field=_FIELD)
    return char


def _ymd(text: str) -> tuple[int, int, int] | None:
    if not text.isdigit():
        return None
    return int(text[0:2]), int(text[2:4]), int(text[4:6])


def _birth_date(text: str, today: date) -> date | None:
    if set(text) == {"<"}:
        return None
    parts = _ymd(text)
    born = None
    if parts is not None:
        yy, month, day = parts
        year = today.year // 100 * 100 + yy
        if (year, month, day) > (today.year, today.month, today.day):
            year -= 100
        born = _date(year, month, day)
    if born is None:
        raise ValidationError(
            "The birth date in the machine-readable zone is not a date", field=_FIELD
        )
    return born


def _expiry_date(text: str) -> date:
    parts = _ymd(text)
    expiry = _date(2000 + parts[0], parts[1], parts[2]) if parts is not None else None
    if expiry is None:
        raise ValidationError(
            "The expiry date in the machine-readable zone is not a date", field=_FIELD
        )
    return expiry


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _personnummer(state: str, digits: str, born: date | None, today: date) -> str | None:
    """The canonical personnummer a Swedish document's optional data holds, if any."""
    if state != "SWE" or not digits.isdigit() or len(digits) not in (10, 12):
        return None
    if len(digits) == 10 and born is not None:
        digits = f"{born.year // 100:02d}{digits}"
    canonical = validators.normalize_personnummer(digits, today=today, field=_FIELD)
    if born is not None and validators.birth_date_from_personnummer(canonical) != born:
        raise ValidationError(
            "The personnummer in the machine-readable zone does not match its birth date",
            field=_FIELD,
        )
    return canonical


# -- Writing an MRZ (test documents, demo cards, the barcode images of the check-in tests) --


def _fit(text: str, width: int) -> str:
    return text.upper().replace(" ", "<")[:width].ljust(width, "<")


def _name_field(surname: str, given: str, width: int) -> str:
    return _fit(f"{surname}<<{given}", width)


class Holder(TypedDict, total=False):
    """What both sizes write (:func:`compose_td1`, :func:`compose_td3`): dates ``YYMMDD``,
    a document number of at most 9 characters; sex, issuing state and nationality default
    to unspecified and Sweden."""

    document_number: Required[str]
    birth: Required[str]
    expiry: Required[str]
    surname: Required[str]
    given_names: Required[str]
    sex: str
    issuing_state: str
    nationality: str


def compose_td1(*, optional1: str = "", optional2: str = "", **holder: Unpack[Holder]) -> str:
    """A TD1 MRZ (three lines joined by ``\\n``) with its check digits."""
    birth, expiry = holder["birth"], holder["expiry"]
    number = _fit(holder["document_number"], 9)
    state = _fit(holder.get("issuing_state", "SWE"), 3)
    line1 = "I<" + state + number + check_digit(number) + _fit(optional1, 15)
    sex = _fit(holder.get("sex", "<"), 1)
    head = birth + check_digit(birth) + sex + expiry + check_digit(expiry)
    tail = _fit(holder.get("nationality", "SWE"), 3) + _fit(optional2, 11)
    composite = line1[5:30] + head[0:7] + head[8:15] + tail[3:14]
    line2 = head + tail + check_digit(composite)
    names = _name_field(holder["surname"], holder["given_names"], TD1_LINE)
    return "\n".join((line1, line2, names))


def compose_td3(*, personal_number: str = "", **holder: Unpack[Holder]) -> str:
    """A TD3 MRZ (two lines joined by ``\\n``) with its check digits."""
    birth, expiry = holder["birth"], holder["expiry"]
    state = _fit(holder.get("issuing_state", "SWE"), 3)
    line1 = "P<" + state + _name_field(holder["surname"], holder["given_names"], 39)
    number = _fit(holder["document_number"], 9)
    personal = _fit(personal_number, 14)
    personal_digit = "<" if set(personal) == {"<"} else check_digit(personal)
    line2 = (
        number
        + check_digit(number)
        + _fit(holder.get("nationality", "SWE"), 3)
        + birth
        + check_digit(birth)
        + _fit(holder.get("sex", "<"), 1)
        + expiry
        + check_digit(expiry)
        + personal
        + personal_digit
    )
    composite = line2[0:10] + line2[13:20] + line2[21:43]
    return line1 + "\n" + line2 + check_digit(composite)
