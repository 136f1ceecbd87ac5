"""The MRZ of an ID card (TD1) and a passport (TD3): check digits and the personnummer."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import luhn

from models.errors import ValidationError
from models.mrz import (
    char_value,
    check_digit,
    compose_td1,
    compose_td3,
    looks_like_mrz,
    parse_mrz,
    split_lines,
)

TODAY = date(2026, 12, 4)
#: The specimen of the Swedish national ID card (2012 model), as printed on it.
SWEDISH_ID_CARD = (
    "I<SWE59000002<8198703142391<<<\n8703145M1701027SWE<<<<<<<<<<<8\nSPECIMEN<<SVEN<<<<<<<<<<<<<<<<"
)


def test_the_check_digit_is_the_standards_7_3_1_sum() -> None:
    # ICAO 9303 part 3's worked example: the date 520727 has check digit 3.
    assert check_digit("520727") == "3"
    assert check_digit("AB2134<<<") == "5"
    assert (char_value("<"), char_value("0"), char_value("A"), char_value("Z")) == (0, 0, 10, 35)


def test_the_swedish_id_card_specimen_gives_its_personnummer() -> None:
    doc = parse_mrz(SWEDISH_ID_CARD, today=TODAY)
    assert doc.size == "TD1"
    assert doc.issuing_state == "SWE"
    assert doc.document_number == "59000002"
    assert (doc.surname, doc.given_names) == ("SPECIMEN", "SVEN")
    assert doc.birth_date == date(1987, 3, 14)
    assert doc.expiry_date == date(2017, 1, 2)
    assert doc.personnummer == "198703142391"


def test_a_scanner_typing_the_zone_as_one_line_in_lower_case_is_read_the_same() -> None:
    typed = SWEDISH_ID_CARD.replace("\n", "").lower()
    assert looks_like_mrz(typed)
    assert parse_mrz(typed, today=TODAY) == parse_mrz(SWEDISH_ID_CARD, today=TODAY)
    assert split_lines("A\r\nB") == ["A", "B"]


def test_a_passport_with_a_ten_digit_personnummer_takes_the_century_of_its_birth_date() -> None:
    mrz = compose_td3(
        document_number="XA1234567",
        birth="120314",
        expiry="300101",
        surname="Andersson",
        given_names="Maria Eva",
        sex="F",
        personal_number="1203142383",
    )
    doc = parse_mrz(mrz, today=TODAY)
    assert doc.size == "TD3"
    assert doc.given_names == "MARIA EVA"
    assert doc.birth_date == date(2012, 3, 14)
    assert doc.personnummer == "201203142383"


def test_a_foreign_document_has_no_personnummer() -> None:
    mrz = compose_td3(
        document_number="L898902C3",
        birth="740812",
        expiry="120415",
        surname="Eriksson",
        given_names="Anna Maria",
        issuing_state="UTO",
        nationality="UTO",
        personal_number="ZE184226B",
    )
    doc = parse_mrz(mrz, today=TODAY)
    assert doc.personnummer is None
    assert doc.optional_data == "ZE184226B"


def test_a_personnummer_that_is_not_the_documents_birth_date_is_refused() -> None:
    mrz = compose_td1(
        document_number="59000002",
        birth="870315",
        expiry="300102",
        surname="Specimen",
        given_names="Sven",
        optional1="198703142391",
    )
    with pytest.raises(ValidationError, match="does not match its birth date"):
        parse_mrz(mrz, today=TODAY)


def test_a_document_number_longer_than_nine_goes_on_in_the_optional_data() -> None:
    number = "D23145890734"
    line1 = "I<UTO" + number[:9] + "<" + number[9:] + check_digit(number)
    line1 = line1.ljust(30, "<")
    line2 = "340712" + check_digit("340712") + "F" + "950712" + check_digit("950712") + "UTO"
    line2 = line2.ljust(29, "<")
    line2 += check_digit(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
    doc = parse_mrz("\n".join((line1, line2, "SMITH<<JANE".ljust(30, "<"))), today=TODAY)
    assert doc.document_number == number


@pytest.mark.parametrize(
    ("line", "position", "message"),
    [
        (1, 5, "document number's check digit"),
        (2, 0, "birth date's check digit"),
        (2, 8, "expiry date's check digit"),
        (2, 29, "composite check digit"),
    ],
)
def test_each_failing_check_of_an_id_card_is_named(line: int, position: int, message: str) -> None:
    lines = SWEDISH_ID_CARD.split("\n")
    old = lines[line - 1][position]
    new = "9" if old != "9" else "8"
    lines[line - 1] = lines[line - 1][:position] + new + lines[line - 1][position + 1 :]
    with pytest.raises(ValidationError, match=message):
        parse_mrz("\n".join(lines), today=TODAY)


def test_a_passports_personal_number_has_its_own_check() -> None:
    mrz = compose_td3(
        document_number="XA1234567",
        birth="870314",
        expiry="300101",
        surname="Specimen",
        given_names="Sven",
        personal_number="8703142391",
    )
    lines = mrz.split("\n")
    lines[1] = lines[1][:42] + ("0" if lines[1][42] != "0" else "1") + lines[1][43]
    with pytest.raises(ValidationError, match="personal number's check digit"):
        parse_mrz("\n".join(lines), today=TODAY)


@pytest.mark.parametrize(
    "text", ["", "198703142391", "I<SWE59000002<8198703142391<<<\n8703145M1701027SWE<<<<<<<<<<<8"]
)
def test_what_is_not_an_mrz_is_refused_by_its_shape(text: str) -> None:
    assert not looks_like_mrz(text)
    with pytest.raises(ValidationError, match="Not the machine-readable zone"):
        parse_mrz(text, today=TODAY)


def test_a_character_outside_the_mrz_alphabet_is_refused() -> None:
    with pytest.raises(ValidationError, match="only A-Z, 0-9 and <"):
        parse_mrz(SWEDISH_ID_CARD.replace("SPECIMEN", "SPECIMÉN"), today=TODAY)


# -- Properties: generated documents read back; a changed character is caught --------------

_names = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=12)
_births = st.dates(min_value=TODAY - timedelta(days=365 * 99), max_value=TODAY)
_expiries = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))
_numbers = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=1, max_size=9)


@st.composite
def _documents(draw: st.DrawFn) -> tuple[str, dict[str, object]]:
    born = draw(_births)
    serial = draw(st.integers(min_value=0, max_value=999))
    short = f"{born:%y%m%d}{serial:03d}"
    short += luhn.calc_check_digit(short)
    fields: dict[str, object] = {
        "document_number": draw(_numbers),
        "birth": f"{born:%y%m%d}",
        "expiry": f"{draw(_expiries):%y%m%d}",
        "surname": draw(_names),
        "given_names": draw(_names),
        "sex": draw(st.sampled_from("MF<")),
    }
    expected = {**fields, "born": born, "personnummer": f"{born.year}{short[2:]}"}
    if draw(st.booleans()):
        return compose_td1(**fields, optional1=f"{born.year}{short[2:]}"), expected  # type: ignore[arg-type]
    return compose_td3(**fields, personal_number=short), expected  # type: ignore[arg-type]


@given(_documents())
def test_a_generated_document_reads_back_as_it_was_written(
    document: tuple[str, dict[str, object]],
) -> None:
    mrz, expected = document
    doc = parse_mrz(mrz, today=TODAY)
    assert doc.document_number == expected["document_number"]
    assert doc.birth_date == expected["born"]
    assert f"{doc.expiry_date:%y%m%d}" == expected["expiry"]
    assert (doc.surname, doc.given_names) == (expected["surname"], expected["given_names"])
    assert doc.personnummer == expected["personnummer"]


#: The positions every check digit covers: a change anywhere else (names, issuing state,
#: nationality, sex) only the characters' form can catch, as the standard has it.
_CHECKED = {
    "TD1": [(0, i) for i in range(5, 30)]
    + [(1, i) for i in [*range(0, 7), *range(8, 15), *range(18, 30)]],
    "TD3": [(1, i) for i in [*range(0, 10), *range(13, 20), *range(21, 44)]],
}
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"


@given(_documents(), st.data())
def test_any_single_changed_character_a_check_covers_is_refused(
    document: tuple[str, dict[str, object]], data: st.DataObject
) -> None:
    mrz, _ = document
    lines = mrz.split("\n")
    size = "TD1" if len(lines) == 3 else "TD3"
    line, position = data.draw(st.sampled_from(_CHECKED[size]))
    old = lines[line][position]
    # A check digit weighs each character 7, 3 or 1 (all prime to 10): it sees every
    # change but one of a value by a multiple of 10 ("0", "<" and "A" all weigh 0 mod 10).
    new = data.draw(
        st.sampled_from([c for c in _ALPHABET if (char_value(c) - char_value(old)) % 10 != 0])
    )
    lines[line] = lines[line][:position] + new + lines[line][position + 1 :]
    with pytest.raises(ValidationError):
        parse_mrz("\n".join(lines), today=TODAY)
