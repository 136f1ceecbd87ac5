"""Validation and normalisation of the identifiers Kansli stores.

Every ``normalize_*`` / ``validate_*`` function takes what a person typed (or
what an import file held), returns the one canonical form the database keeps,
and raises :class:`models.errors.ValidationError` with a message in plain
English and ``field`` set to the name passed in when the value cannot be used.

All functions are pure: no I/O, no clock except the optional ``today`` of
:func:`normalize_personnummer`, which defaults to :meth:`datetime.date.today`.

Covered:

* personnummer and samordningsnummer (Swedish personal identity and
  co-ordination numbers), canonical form ``YYYYMMDDNNNC``;
* organisationsnummer, canonical form ``NNNNNN-NNNN``;
* e-mail addresses, canonical form lower-cased;
* phone numbers, canonical form E.164 (``+46701234567``);
* OCR payment references (Bankgirot), canonical form the digits;
* bankgiro numbers, canonical form the digits;
* free text (:func:`check_text`): no control characters, and in one-line
  text (names, titles, subjects) not even a line break;
* JSON values from outside (:func:`check_json`): bounded depth, size and
  integers, so no input can exhaust the stack or overflow a column.
"""

from __future__ import annotations

import datetime
import functools
import importlib
import re
from typing import Any

import email_validator
from stdnum import luhn

from models.errors import ValidationError

__all__ = [
    "birth_date_from_personnummer",
    "check_json",
    "check_text",
    "format_bankgiro",
    "format_personnummer",
    "is_samordningsnummer",
    "normalize_bankgiro",
    "normalize_email",
    "normalize_organisationsnummer",
    "normalize_person_field",
    "normalize_personnummer",
    "normalize_phone",
    "normalize_postal_code",
    "ocr_with_check_digit",
    "validate_ocr",
]

# Samordningsnummer carry the day of birth plus 60 (day 61-91).
_SAMORDNING_OFFSET = 60

_PNR_CHARS = re.compile(r"[0-9+-]+")

# Personnummer were introduced in 1947; nobody alive then was born before 1800.
_EARLIEST_BIRTH_YEAR = 1800


# --------------------------------------------------------------------------
# Personnummer / samordningsnummer
# --------------------------------------------------------------------------


def _birth_date(year: int, month: int, day_field: int) -> datetime.date | None:
    """Return the birth date encoded by the fields, or ``None`` if it is not a real date.

    ``day_field`` is the day as written: 61-91 for a samordningsnummer.
    """
    day = day_field - _SAMORDNING_OFFSET if day_field > _SAMORDNING_OFFSET else day_field
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def normalize_personnummer(
    value: str,
    *,
    today: datetime.date | None = None,
    field: str = "personnummer",
) -> str:
    """Check a personnummer or samordningsnummer and return it as ``YYYYMMDDNNNC``.

    Accepted forms (surrounding whitespace is ignored):

    * 10 digits: ``YYMMDD-NNNC``, ``YYMMDDNNNC``, or ``YYMMDD+NNNC`` for a
      person who has turned 100;
    * 12 digits: ``YYYYMMDD-NNNC`` or ``YYYYMMDDNNNC``.

    For a samordningsnummer the day is written plus 60 (``701063-2391`` is
    born on 3 October 1970). The date, after taking off those 60, must exist.
    The last digit is a Luhn check digit over the 10-digit form.

    The century of a 10-digit number with ``-`` or no separator is the most
    recent one that does not put the date of birth after ``today``. A ``+``
    separator means the person turns 100 this calendar year or has done so
    earlier (Folkbokföringslagen 18 §: the ``+`` is used from 1 January of the
    year of the 100th birthday), so the year of birth is the latest one ending
    in ``YY`` that is at most ``today.year - 100``. Outside that year this is
    the same as "the century for ``-``, a hundred years back"; inside it, a
    person whose 100th birthday is still ahead gets the right century rather
    than one 200 years back. A 12-digit number may not have a date of birth
    after ``today`` either.

    Raises:
        ValidationError: the value is not a valid personnummer or
            samordningsnummer; ``field`` is set to ``field``.
    """
    s = value.strip()
    if not s:
        raise ValidationError("Personnummer is empty", field=field)
    if not _PNR_CHARS.fullmatch(s):
        raise ValidationError(
            "Personnummer may contain only digits and a - or + separator", field=field
        )
    separators = [c for c in s if c in "+-"]
    if len(separators) > 1:
        raise ValidationError("Personnummer has more than one separator", field=field)
    digits = s.replace("-", "").replace("+", "")
    if len(digits) not in (10, 12):
        raise ValidationError("Personnummer must have 10 or 12 digits", field=field)
    separator = separators[0] if separators else ""
    if separator and s.index(separator) != len(s) - 5:
        raise ValidationError(
            "Personnummer must have the separator just before the last four digits",
            field=field,
        )
    if len(digits) == 12 and separator == "+":
        raise ValidationError(
            "Personnummer with a four-digit year cannot have a + separator; use -",
            field=field,
        )

    today = today if today is not None else datetime.date.today()
    short = digits[-10:]
    month = int(short[2:4])
    day_field = int(short[4:6])
    if len(digits) == 12:
        year = int(digits[:4])
    else:
        yy = int(short[:2])
        if separator == "+":
            # The + is written from 1 January of the year the person turns 100.
            latest = today.year - 100
            year = latest - (latest - yy) % 100
        else:
            year = today.year // 100 * 100 + yy
            # Compare the fields, not a date: 29 February may only exist in one century.
            day = day_field - _SAMORDNING_OFFSET if day_field > _SAMORDNING_OFFSET else day_field
            if (year, month, day) > (today.year, today.month, today.day):
                year -= 100

    born = _birth_date(year, month, day_field)
    if born is None:
        raise ValidationError("Personnummer does not contain a valid date of birth", field=field)
    if born.year < _EARLIEST_BIRTH_YEAR:
        raise ValidationError(
            "Personnummer has a year of birth before {year}",
            field=field,
            params={"year": _EARLIEST_BIRTH_YEAR},
        )
    if born > today:
        raise ValidationError("Personnummer has a date of birth in the future", field=field)
    if not luhn.is_valid(short):
        raise ValidationError("Personnummer has a wrong check digit", field=field)
    return f"{year:04d}{short[2:]}"


def is_samordningsnummer(value: str) -> bool:
    """Tell whether a personnummer-shaped value is a samordningsnummer (day 61-91).

    Works on the canonical ``YYYYMMDDNNNC`` and on any form
    :func:`normalize_personnummer` accepts. It looks only at the day field; it
    does not check the date or the check digit (normalise first for that) and
    never raises: a value of the wrong shape is simply not a samordningsnummer.
    """
    s = value.strip()
    if not _PNR_CHARS.fullmatch(s):
        return False
    digits = s.replace("-", "").replace("+", "")
    if len(digits) not in (10, 12):
        return False
    day_field = int(digits[-6:-4])
    return _SAMORDNING_OFFSET < day_field <= _SAMORDNING_OFFSET + 31


def _require_canonical_personnummer(canonical12: str) -> None:
    if len(canonical12) != 12 or not canonical12.isascii() or not canonical12.isdigit():
        raise ValidationError(
            "Personnummer is not in the stored form of 12 digits (YYYYMMDDNNNC)",
            field="personnummer",
        )


def format_personnummer(canonical12: str) -> str:
    """Format a canonical ``YYYYMMDDNNNC`` for display as ``YYYYMMDD-NNNC``.

    Raises:
        ValidationError: the value is not 12 digits.
    """
    _require_canonical_personnummer(canonical12)
    return f"{canonical12[:8]}-{canonical12[8:]}"


def birth_date_from_personnummer(canonical12: str) -> datetime.date:
    """Return the date of birth of a canonical ``YYYYMMDDNNNC``.

    For a samordningsnummer the 60 added to the day is taken off.

    Raises:
        ValidationError: the value is not 12 digits or holds no real date.
    """
    _require_canonical_personnummer(canonical12)
    born = _birth_date(int(canonical12[:4]), int(canonical12[4:6]), int(canonical12[6:8]))
    if born is None:
        raise ValidationError(
            "Personnummer does not contain a valid date of birth", field="personnummer"
        )
    return born


# --------------------------------------------------------------------------
# Organisationsnummer
# --------------------------------------------------------------------------


def normalize_organisationsnummer(value: str, *, field: str = "organisationsnummer") -> str:
    """Check a Swedish organisationsnummer and return it as ``NNNNNN-NNNN``.

    Accepted: 10 digits with or without a ``-`` before the last four
    (``556016-0680``, ``5560160680``), and the 12-digit form with the prefix
    ``16`` that some registers use (``165560160680``, ``16556016-0680``).
    The third and fourth digits (the month position of a personnummer) must
    be 20 or more, and the last digit is a Luhn check digit.

    A sole trader (enskild näringsidkare) uses their personnummer as
    organisationsnummer. Those are deliberately *not* accepted here, because
    the third and fourth digits are below 20: a personnummer belongs in the
    personnummer field, where it is checked (date, century) and protected as
    personal data.

    Raises:
        ValidationError: the value is not a valid organisationsnummer.
    """
    s = value.strip()
    if not s:
        raise ValidationError("Organisationsnummer is empty", field=field)
    if not re.fullmatch(r"[0-9-]+", s):
        raise ValidationError("Organisationsnummer may contain only digits and a -", field=field)
    if s.count("-") > 1:
        raise ValidationError("Organisationsnummer has more than one -", field=field)
    digits = s.replace("-", "")
    if len(digits) == 12:
        if not digits.startswith("16"):
            raise ValidationError(
                "Organisationsnummer with 12 digits must start with 16", field=field
            )
        digits = digits[2:]
    elif len(digits) != 10:
        raise ValidationError("Organisationsnummer must have 10 digits", field=field)
    if "-" in s and s.index("-") != len(s) - 5:
        raise ValidationError(
            "Organisationsnummer must have the - just before the last four digits",
            field=field,
        )
    if int(digits[2:4]) < 20:
        raise ValidationError(
            "Organisationsnummer must have 20 or more as third and fourth digits"
            " (this looks like a personnummer)",
            field=field,
        )
    if not luhn.is_valid(digits):
        raise ValidationError("Organisationsnummer has a wrong check digit", field=field)
    return f"{digits[:6]}-{digits[6:]}"


# --------------------------------------------------------------------------
# E-mail
# --------------------------------------------------------------------------

_EMAIL_MAX_LENGTH = 254


def normalize_email(value: str, *, field: str = "email") -> str:
    """Check the form of an e-mail address and return it stripped and lower-cased.

    The whole address is lower-cased, the local part included. RFC 5321 lets a
    server treat ``Anna@`` and ``anna@`` as different mailboxes, but in practice
    none does, while people type their address with varying case. Kansli
    matches members, logins and import rows by e-mail address, so one person
    must have one stored form.

    Only the form is checked (no DNS): exactly one ``@``, something before it,
    a domain with a dot after it, no whitespace inside, at most 254 characters;
    then the whole address by ``email-validator`` (one address, no comma,
    quotes or control characters, no special-use domain such as ``.invalid``).

    Raises:
        ValidationError: the value does not have the form of an e-mail address.
    """
    s = value.strip()
    if not s:
        raise ValidationError("E-mail address is empty", field=field)
    if any(c.isspace() for c in s):
        raise ValidationError("E-mail address must not contain spaces", field=field)
    if len(s) > _EMAIL_MAX_LENGTH:
        raise ValidationError(
            "E-mail address is longer than {limit} characters",
            field=field,
            params={"limit": _EMAIL_MAX_LENGTH},
        )
    at_count = s.count("@")
    if at_count == 0:
        raise ValidationError("E-mail address has no @", field=field)
    if at_count > 1:
        raise ValidationError("E-mail address has more than one @", field=field)
    local, domain = s.split("@")
    if not local:
        raise ValidationError("E-mail address has nothing before the @", field=field)
    if not domain:
        raise ValidationError("E-mail address has no domain after the @", field=field)
    if "." not in domain:
        raise ValidationError(
            "E-mail address must have a dot in the domain (as in name@example.se)", field=field
        )
    if any(not label for label in domain.split(".")):
        raise ValidationError("E-mail address has a misplaced dot in the domain", field=field)
    # The rest of RFC 5322/6531 by a maintained library: one plain address only, so a
    # comma, quotes, brackets or a control character never make two recipients.
    try:
        return _validated_email(s)
    except email_validator.EmailNotValidError as exc:
        raise ValidationError(
            "E-mail address is not valid: {reason}", field=field, params={"reason": str(exc)}
        ) from exc


def _memoise_domain_check() -> None:
    """Memoise ``email-validator``'s check of an address's domain, per domain.

    The library checks the domain character by character against the IDNA tables: two
    thirds of its time for an address, and an import's thousands of new addresses (all
    checked afresh by the server) share a few domains. That check
    (``validate_email_domain_name``) is a function of its arguments alone; memoised in
    the module that calls it, ``validate_email`` gives the same answers (a refusal is
    not cached: raised afresh). Left as it is if the library's layout changes.
    """
    module = importlib.import_module("email_validator.validate_email")
    check = getattr(module, "validate_email_domain_name", None)
    if check is not None and not hasattr(check, "cache_info"):
        module.validate_email_domain_name = functools.lru_cache(maxsize=4096)(check)  # type: ignore[attr-defined]


_memoise_domain_check()


@functools.lru_cache(maxsize=32_768)
def _validated_email(address: str) -> str:
    """``email-validator``'s normal form of ``address``, lower-cased (or its error).

    Cached: an import checks every address of its file in the preview and again
    when its commands apply, and the library's check (~0.2 ms, IDNA and Unicode
    tables) was most of that; a refusal is not cached (raised afresh).
    """
    checked = email_validator.validate_email(address, check_deliverability=False)
    return str(checked.normalized).lower()


# --------------------------------------------------------------------------
# Person fields as a user types them
# --------------------------------------------------------------------------

#: Person fields that must not be empty; an empty one of the others is stored as
#: ``None`` (:data:`_NULL_WHEN_EMPTY`) or ``""``.
_REQUIRED_PERSON_FIELDS = frozenset({"first_name", "last_name"})
_NULL_WHEN_EMPTY = frozenset({"personnummer", "birth_date", "organisation_id"})
_POSTAL_CODE_MAX = 10


def normalize_person_field(name: str, value: Any) -> Any:
    """Check one person field as a user typed it and return what the database keeps.

    The one rule for the profile editor (as the user types) and ``person.edit``
    (client and server). Empty first and last names are refused; any other empty
    field becomes ``None`` (personnummer, birth date, organisation) or ``""``.
    Text is stripped; a personnummer becomes ``YYYYMMDDNNNC``, a birth date a
    :class:`datetime.date` (written ``YYYY-MM-DD``), a country its two capital
    letters; a postal code holds letters, digits and spaces, at most ten without
    the spaces.

    Raises:
        ValidationError: the value cannot be saved; ``field`` is ``name``.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        if name in _REQUIRED_PERSON_FIELDS:
            raise ValidationError("Must not be empty", field=name)
        return None if name in _NULL_WHEN_EMPTY else ""
    text = str(value).strip()
    if name == "personnummer":
        return normalize_personnummer(text, field=name)
    if name == "birth_date":
        try:
            return datetime.date.fromisoformat(text)
        except ValueError as exc:
            raise ValidationError("Write the date as YYYY-MM-DD", field=name) from exc
    if name == "country":
        if len(text) != 2 or not text.isalpha():
            raise ValidationError("Two letters, such as SE", field=name)
        return text.upper()
    if name == "postal_code":
        compact = text.replace(" ", "")
        if not compact.isalnum() or len(compact) > _POSTAL_CODE_MAX:
            raise ValidationError("Letters and digits only, such as 123 45", field=name)
    return text


def normalize_postal_code(value: str, *, country: str = "SE", field: str = "postal_code") -> str:
    """A postal code as typed, in the form the database keeps.

    A Swedish one (``country`` ``SE``) has five digits and is kept as ``NNN NN``
    ("12345" and "123 45" alike); another country's follows the profile's rule
    (letters, digits and spaces, at most ten without the spaces) and is kept as typed,
    stripped.

    Raises:
        ValidationError: the code cannot be used; ``field`` is ``field``.
    """
    text = " ".join(value.split())
    if country.upper() != "SE":
        kept = str(normalize_person_field("postal_code", text) or "")
        if len(kept) > _POSTAL_CODE_MAX:
            raise ValidationError("A postal code has at most ten characters", field=field)
        return kept
    compact = text.replace(" ", "")
    if len(compact) != 5 or not (compact.isascii() and compact.isdigit()):
        raise ValidationError("A Swedish postal code has five digits, such as 123 45", field=field)
    return f"{compact[:3]} {compact[3:]}"


# --------------------------------------------------------------------------
# Text and JSON from outside
# --------------------------------------------------------------------------

#: Characters that end a line for Python and the e-mail package (any of them would split
#: a mail header): one-line text may hold none of them.
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
JSON_MAX_DEPTH = 16
JSON_MAX_ITEMS = 10_000
#: Integers a command or form may carry: what a 32-bit integer column takes.
INT_MIN = -(2**31)
INT_MAX = 2**31 - 1


#: Every character :func:`check_text` refuses: the line breaks and Unicode's control
#: characters (category Cc is exactly U+0000-U+001F and U+007F-U+009F). One search in C
#: instead of a Python loop over every character (an import checks every cell of a file).
_REFUSED = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
#: Text this finds nothing in passes :func:`check_text` unchanged, one-line or multi-line.
CONTROL_CHARACTER = _REFUSED
_REFUSED_BUT_NEWLINE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def _control_character(text: str, *, newline_allowed: bool) -> str | None:
    found = (_REFUSED_BUT_NEWLINE if newline_allowed else _REFUSED).search(text)
    return found.group() if found else None


def check_text(value: str, *, field: str = "text", multiline: bool = False) -> str:
    """Refuse control characters in text from outside and return it.

    One-line text (names, titles, subjects, addresses) may hold no control
    character at all: no line break, tab, NUL or escape, nor the Unicode line
    and paragraph separators. Multi-line text (notes, free answers) may hold
    line breaks: ``\r\n`` and ``\r`` become ``\n``; every other control
    character is refused there too. Nothing else is changed.

    Raises:
        ValidationError: the text holds a character it may not hold.
    """
    if multiline:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    bad = _control_character(value, newline_allowed=multiline)
    if bad is None:
        return value
    if bad in _LINE_BREAKS and not multiline:
        raise ValidationError("must be on one line", field=field)
    raise ValidationError(
        "contains an invisible control character ({code})",
        field=field,
        params={"code": f"U+{ord(bad):04X}"},
    )


def check_json(
    value: Any,
    *,
    field: str = "value",
    max_depth: int = JSON_MAX_DEPTH,
    max_items: int = JSON_MAX_ITEMS,
    multiline: bool = True,
) -> Any:
    """Check a JSON value from outside and return it unchanged.

    Objects and lists may nest at most ``max_depth`` deep and hold at most
    ``max_items`` values in all; integers must fit a 32-bit column, floats be
    finite, keys and texts be free of control characters other than line
    breaks (nor those with ``multiline=False``). The walk is iterative, so no
    value can exhaust the stack.

    Raises:
        ValidationError: naming the path of the first value that breaks a bound.
    """
    # A value's path ("field.key.0") is made only for a refusal: ``where`` is the field's
    # name or (the parent's where, key), so the walk builds no text per value.
    stack: list[tuple[Any, Any, int]] = [(value, field, 0)]
    refused = _REFUSED_BUT_NEWLINE if multiline else _REFUSED
    seen = 0
    while stack:
        item, where, depth = stack.pop()
        seen += 1
        if seen > max_items:
            raise ValidationError(
                "holds more than {limit} values", field=field, params={"limit": max_items}
            )
        # Text, the most common value, first: by its exact class (a subclass of str, like
        # any other value, takes the general checks below).
        if item.__class__ is str:
            if refused.search(item):
                check_text(item, field=_json_path(where), multiline=multiline)
            continue
        if isinstance(item, dict | list | tuple):
            if depth >= max_depth:
                raise ValidationError(
                    "is nested more than {limit} levels deep",
                    field=field,
                    params={"limit": max_depth},
                )
            if isinstance(item, dict):
                for key, sub in item.items():
                    if isinstance(key, str) and _REFUSED.search(key):
                        check_text(key, field=_json_path(where), multiline=False)
                    stack.append((sub, (where, key), depth + 1))
            else:
                stack.extend((sub, (where, i), depth + 1) for i, sub in enumerate(item))
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int):
            if not INT_MIN <= item <= INT_MAX:
                raise ValidationError("is out of range", field=_json_path(where))
        elif isinstance(item, float):
            if item != item or item in (float("inf"), float("-inf")):
                raise ValidationError("must be a finite number", field=_json_path(where))
        elif isinstance(item, str) and refused.search(item):
            check_text(item, field=_json_path(where), multiline=multiline)
    return value


def _json_path(where: Any) -> str:
    """The path :func:`check_json` names: ``field.key.0`` of (((field, key), 0))."""
    keys: list[str] = []
    while isinstance(where, tuple):
        where, key = where
        keys.append(f"{key}")
    return ".".join([str(where), *reversed(keys)])


# --------------------------------------------------------------------------
# Phone
# --------------------------------------------------------------------------

_PHONE_CHARS = re.compile(r"\+?[0-9\s().\-/]+")
_PHONE_SEPARATORS = re.compile(r"[\s().\-/]")
_SWEDEN = "46"
_E164_MIN_DIGITS = 8
_E164_MAX_DIGITS = 15
_SE_NSN_MIN = 7
_SE_NSN_MAX = 9


def _swedish_e164(nsn: str, field: str) -> str:
    """Return ``+46`` and the Swedish national significant number after checking its length."""
    if nsn.startswith("0"):
        raise ValidationError(
            "Phone number has a 0 too many after the country code +46", field=field
        )
    if len(nsn) < _SE_NSN_MIN:
        raise ValidationError(
            "Swedish phone number is too short: it must have 8 to 10 digits"
            " including the leading 0",
            field=field,
        )
    if len(nsn) > _SE_NSN_MAX:
        raise ValidationError(
            "Swedish phone number is too long: it must have 8 to 10 digits including the leading 0",
            field=field,
        )
    return f"+{_SWEDEN}{nsn}"


def normalize_phone(value: str, *, field: str = "phone") -> str:
    """Check a phone number and return it in E.164 form (``+46701234567``).

    Swedish numbers may be written nationally with the trunk 0
    (``070-123 45 67``, ``08-123 456 78``) or internationally with ``+46`` or
    ``0046`` (``+46 70 123 45 67``, ``+46 (0)70 123 45 67``). After the trunk 0
    is dropped, 7 to 9 digits must remain.

    Other countries are accepted when written with ``+`` or ``00`` and the
    country code; they become ``+`` and the digits, which must be 8 to 15
    digits in all (the E.164 limits). A ``(0)`` right after the country code,
    or a single trunk 0 after ``+46``, is dropped.

    Spaces, dashes, dots, slashes and parentheses are ignored.

    Raises:
        ValidationError: the value is not a usable phone number.
    """
    s = value.strip()
    if not s:
        raise ValidationError("Phone number is empty", field=field)
    if "+" in s[1:]:
        raise ValidationError("Phone number may have a + only at the start", field=field)
    if not _PHONE_CHARS.fullmatch(s):
        raise ValidationError(
            "Phone number may contain only digits, spaces, dashes, parentheses and a leading +",
            field=field,
        )
    international = s.startswith("+") or _PHONE_SEPARATORS.sub("", s).startswith("00")
    if international:
        # "+44 (0)20 ..." – the (0) is the trunk prefix used inside the country.
        s = re.sub(r"\(\s*0\s*\)", "", s, count=1)
    digits = _PHONE_SEPARATORS.sub("", s).lstrip("+")
    if not digits:
        raise ValidationError("Phone number has no digits", field=field)

    if not international:
        if not digits.startswith("0"):
            raise ValidationError(
                "Phone number must start with 0, or with + or 00 and a country code",
                field=field,
            )
        return _swedish_e164(digits[1:], field)

    if not s.startswith("+"):
        digits = digits[2:]  # the 00 international prefix
    if not digits or digits.startswith("0"):
        raise ValidationError("Phone number must have a country code after + or 00", field=field)
    if digits.startswith(_SWEDEN):
        nsn = digits[len(_SWEDEN) :]
        if nsn.startswith("0"):
            nsn = nsn[1:]  # "+46070..." – a trunk 0 written by habit
        return _swedish_e164(nsn, field)
    if not _E164_MIN_DIGITS <= len(digits) <= _E164_MAX_DIGITS:
        raise ValidationError(
            "International phone number must have {low} to {high} digits including the "
            "country code",
            field=field,
            params={"low": _E164_MIN_DIGITS, "high": _E164_MAX_DIGITS},
        )
    return f"+{digits}"


# --------------------------------------------------------------------------
# OCR references (Bankgirot)
# --------------------------------------------------------------------------

_OCR_MIN_LENGTH = 2
_OCR_MAX_LENGTH = 25


def ocr_with_check_digit(base: str, *, length_digit: bool = True) -> str:
    """Build an OCR reference from the digits ``base``.

    With ``length_digit`` a length digit is appended first: the length of the
    whole reference (base, length digit and check digit) modulo 10. Last comes
    a Luhn (modulus 10) check digit over everything before it.

    Raises:
        ValidationError: ``base`` is not digits, or the reference would not
            have 2 to 25 digits.
    """
    if base and not (base.isascii() and base.isdigit()):
        raise ValidationError("OCR reference may contain only digits", field="ocr")
    body = base
    if length_digit:
        body += str((len(base) + 2) % 10)
    if not _OCR_MIN_LENGTH <= len(body) + 1 <= _OCR_MAX_LENGTH:
        raise ValidationError(
            f"OCR reference must have {_OCR_MIN_LENGTH} to {_OCR_MAX_LENGTH} digits",
            field="ocr",
        )
    return body + luhn.calc_check_digit(body)


def _or_list(numbers: tuple[int, ...]) -> str:
    words = [str(n) for n in sorted(set(numbers))]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} or {words[-1]}"


def validate_ocr(
    value: str,
    *,
    level: int = 2,
    fixed_lengths: tuple[int, ...] = (),
    field: str = "ocr",
) -> str:
    """Check an OCR reference against a Bankgirot control level and return its digits.

    Whitespace inside the value (references are often printed in groups) is
    dropped. Every level requires 2 to 25 digits and nothing else. Then:

    1. soft control: only the form above;
    2. hard control of the Luhn check digit (the last digit);
    3. as 2, and the length digit (the second last digit) must equal the
       length of the reference modulo 10 (variable length);
    4. as 2, and the length must be one of ``fixed_lengths`` (fixed length).

    Level 4 follows Bankgirot: with a fixed length a length digit is not
    required, so it is not checked (a reference built with one passes anyway).

    Raises:
        ValueError: ``level`` is not 1-4, or level 4 without ``fixed_lengths``
            (programming errors, not user input).
        ValidationError: the reference fails the checks of the level.
    """
    if level not in (1, 2, 3, 4):
        raise ValueError(f"OCR control level must be 1, 2, 3 or 4, not {level}")
    if level == 4 and not fixed_lengths:
        raise ValueError("OCR control level 4 needs the fixed lengths")
    digits = re.sub(r"\s", "", value)
    if not digits:
        raise ValidationError("OCR reference is empty", field=field)
    if not (digits.isascii() and digits.isdigit()):
        raise ValidationError("OCR reference may contain only digits", field=field)
    if not _OCR_MIN_LENGTH <= len(digits) <= _OCR_MAX_LENGTH:
        raise ValidationError(
            f"OCR reference must have {_OCR_MIN_LENGTH} to {_OCR_MAX_LENGTH} digits",
            field=field,
        )
    if level == 4 and len(digits) not in fixed_lengths:
        raise ValidationError(
            f"OCR reference must have {_or_list(fixed_lengths)} digits", field=field
        )
    if level >= 2 and not luhn.is_valid(digits):
        raise ValidationError("OCR reference has a wrong check digit", field=field)
    if level == 3 and int(digits[-2]) != len(digits) % 10:
        raise ValidationError(
            "OCR reference has a wrong length digit (the second last digit)", field=field
        )
    return digits


# --------------------------------------------------------------------------
# Bankgiro
# --------------------------------------------------------------------------


def normalize_bankgiro(value: str, *, field: str = "bankgiro") -> str:
    """Check a bankgiro number and return its digits.

    Accepted: 7 or 8 digits, optionally with a ``-`` before the last four
    (``123-4567``, ``5050-1055``). The last digit is a Luhn check digit over
    the whole number.

    Raises:
        ValidationError: the value is not a valid bankgiro number.
    """
    s = value.strip()
    if not s:
        raise ValidationError("Bankgiro number is empty", field=field)
    if not re.fullmatch(r"[0-9-]+", s):
        raise ValidationError("Bankgiro number may contain only digits and a -", field=field)
    if s.count("-") > 1:
        raise ValidationError("Bankgiro number has more than one -", field=field)
    digits = s.replace("-", "")
    if len(digits) not in (7, 8):
        raise ValidationError("Bankgiro number must have 7 or 8 digits", field=field)
    if "-" in s and s.index("-") != len(s) - 5:
        raise ValidationError(
            "Bankgiro number must have the - just before the last four digits", field=field
        )
    if not luhn.is_valid(digits):
        raise ValidationError("Bankgiro number has a wrong check digit", field=field)
    return digits


def format_bankgiro(digits: str) -> str:
    """Format a bankgiro number for display: ``NNN-NNNN`` or ``NNNN-NNNN``.

    The value is checked as by :func:`normalize_bankgiro`, so a dashed or
    invalid value is handled the same way.

    Raises:
        ValidationError: the value is not a valid bankgiro number.
    """
    d = normalize_bankgiro(digits)
    return f"{d[:-4]}-{d[-4:]}"
