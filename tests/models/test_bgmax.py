"""models/bgmax.py: Bankgirot's BgMax files read, every record type, errors naming line and
field. BgMaxfil4.txt is the example file of Bankgirot's technical manual (extended OCR)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from models import bgmax
from models.bgmax import BgMaxError, Written, parse, record, write

EXAMPLE = Path(__file__).parents[1] / "data" / "bgmax" / "BgMaxfil4.txt"


def test_the_manuals_example_file() -> None:
    f = parse(EXAMPLE.read_bytes())
    assert (f.version, f.written_at, f.test) == (1, datetime(2004, 5, 25, 17, 30, 35), False)
    assert [(d.number, d.currency, d.amount, d.count) for d in f.deposits] == [
        ("00056", "SEK", 370000, 2),
        ("00057", "SEK", 200000, 1),
        ("00058", "SEK", 290000, 4),
        ("00059", "EUR", 400000, 2),
    ]
    first = f.deposits[0]
    assert (first.bankgiro, first.paid_on, first.account) == (
        "0009912346",
        date(2004, 5, 25),
        "00000000000000000005841000001009823",
    )
    p = f.payments[0]
    assert (p.line, p.sender_bankgiro, p.reference, p.amount) == (3, "0003783511", "", 180000)
    assert (p.reference_code, p.channel, p.serial, p.image) == (0, 2, "000120000018", False)
    assert [r.reference for r in p.extra_references] == ["665760", "665869", "665661", "657775"]
    assert p.information == ["Betalning med extra refnr 665869 657775 665661", "665760"]
    assert (p.name, p.address, p.postal_code, p.city, p.org_number) == (
        "Kalles Plåt AB",
        "Storgatan 2",
        "12345",
        "Storåker",
        "005500001234",
    )
    # Several references: none is the one to match by (someone splits it by hand).
    assert p.match_reference == ""
    assert p.source_ref == "20040525-00056-000120000018"
    second = f.payments[1]
    assert (second.reference, second.reference_code, second.match_reference) == (
        "524967",
        2,
        "524967",
    )
    # The 23 record: an extra reference with a negative amount.
    kalle = f.deposits[2].payments[-1]
    assert [(r.reference, r.amount, r.reference_code) for r in kalle.extra_references] == [
        ("7495575", 100000, 2),
        ("695668", 50000, 2),
        ("8988777", 40000, 5),
        ("74450", -50000, 2),
    ]
    assert sum(r.amount for r in kalle.extra_references) == kalle.amount
    assert len(f.payments) == 9


def _file(*records: str) -> bytes:
    return "\n".join(records).encode("iso-8859-1")


START = record("01", layout_name="BGMAX", layout_version=1, timestamp="20260301" + "0" * 12,
               test_mark="T")  # fmt: skip
OPEN = record("05", recipient_bankgiro="9912346", currency="SEK")


def _payment(tk: str = "20", amount: int = 110000, serial: int = 1, ref: str = "4000123") -> str:
    extra = {"deduction_code": 1} if tk == "21" else {}
    return record(
        tk, sender_bankgiro="0", reference=ref, amount=amount, reference_code=2,
        payment_channel=1, bgc_serial_number=serial, image_mark=1, **extra,
    )  # fmt: skip


def _close(amount: int, count: int) -> str:
    return record(
        "15", recipient_account="123", payment_date="20260302", deposit_number=7,
        deposit_amount=amount, currency="SEK", number_of_payments=count, deposit_type="K",
    )  # fmt: skip


def _end(payments: int = 1, deductions: int = 1, extra: int = 2, deposits: int = 1) -> str:
    return record(
        "70", number_of_payments=payments, number_of_deductions=deductions,
        number_of_extra_references=extra, number_of_deposits=deposits,
    )  # fmt: skip


EVERY = [
    START,
    OPEN,
    _payment(),
    record(
        "22",
        sender_bankgiro="0",
        reference="4000222",
        amount=5000,
        reference_code=2,
        payment_channel=1,
        bgc_serial_number=1,
        image_mark=0,
    ),
    record(
        "23",
        sender_bankgiro="0",
        reference="4000333",
        amount=5000,
        reference_code=2,
        payment_channel=1,
        bgc_serial_number=1,
        image_mark=0,
    ),
    record("25", information="Kurs HT26"),
    record("26", name="Anders Berg", extra_name="c/o Holm"),
    record("27", address="Storgatan 1", postal_code="11122"),
    record("28", city="Stockholm", country="Sverige", country_code="SE"),
    record("29", organisation_number="198001011234"),
    _payment("21", amount=10000, serial=2),
    _close(100000, 2),
    _end(),
]


def test_every_record_type() -> None:
    f = parse(_file(*EVERY))
    assert f.test is True
    (d,) = f.deposits
    assert (d.paid_on, d.number, d.amount, d.count, d.deposit_type) == (
        date(2026, 3, 2), "00007", 100000, 2, "K",
    )  # fmt: skip
    pay, deduction = d.payments
    assert (pay.amount, pay.reference, pay.image, pay.deduction) == (110000, "4000123", True, False)
    assert [(r.reference, r.amount) for r in pay.extra_references] == [
        ("4000222", 5000),
        ("4000333", -5000),
    ]
    assert pay.information == ["Kurs HT26"]
    assert (pay.name, pay.extra_name, pay.address, pay.postal_code) == (
        "Anders Berg", "c/o Holm", "Storgatan 1", "11122",
    )  # fmt: skip
    assert (pay.city, pay.country, pay.country_code, pay.org_number) == (
        "Stockholm", "Sverige", "SE", "198001011234",
    )  # fmt: skip
    assert (deduction.deduction, deduction.deduction_code, deduction.amount) == (True, 1, 10000)
    assert pay.paid_on == deduction.paid_on == date(2026, 3, 2)


def test_unknown_records_and_blank_lines_are_skipped_and_trailing_blanks_may_be_cut() -> None:
    lines = [*EVERY]
    lines.insert(2, "99 something Bankgirot may add later")
    lines.insert(3, "")
    lines = [line.rstrip() for line in lines]
    assert parse(_file(*lines)).deposits[0].amount == 100000


def _error(lines: list[str]) -> BgMaxError:
    with pytest.raises(BgMaxError) as caught:
        parse(_file(*lines))
    return caught.value


def test_a_short_line_names_its_line_and_field() -> None:
    lines = [*EVERY]
    lines[2] = lines[2][:50]
    e = _error(lines)
    assert (e.line, e.field) == (3, "amount")
    assert str(e.message) == (
        "Line 3, amount: the line ends at character 50, before this field (characters 38-55)"
    )


def test_bad_digits_name_line_and_field() -> None:
    lines = [*EVERY]
    lines[2] = lines[2][:40] + "12X4" + lines[2][44:]
    e = _error(lines)
    assert (e.line, e.field) == (3, "amount")
    assert "must be digits" in e.message
    lines = [*EVERY]
    lines[11] = lines[11][:37] + "20261399" + lines[11][45:]
    e = _error(lines)
    assert (e.line, e.field, e.why) == (12, "payment date", "20261399 is not a date (YYYYMMDD)")


@pytest.mark.parametrize(
    ("end", "field", "why"),
    [
        (_end(payments=2), "number of payments", "says 2, the file has 1 payment records (20)"),
        (_end(deductions=0), "number of deductions", "says 0, the file has 1 deduction records"),
        (_end(extra=3), "number of extra references", "says 3, the file has 2 extra reference"),
        (_end(deposits=2), "number of deposits", "says 2, the file has 1 deposit records (15)"),
    ],
)
def test_wrong_counts_in_the_end_record(end: str, field: str, why: str) -> None:
    e = _error([*EVERY[:-1], end])
    assert (e.line, e.field) == (13, field)
    assert e.why.startswith(why)


def test_the_deposits_amount_and_count_are_checked() -> None:
    e = _error([*EVERY[:-2], _close(99999, 2), _end()])
    assert (e.line, e.field) == (12, "deposit amount")
    assert e.why == "says 99999 öre, the payments less deductions are 100000 öre"
    e = _error([*EVERY[:-2], _close(100000, 3), _end()])
    assert (e.line, e.field, e.why) == (12, "number of payments", "says 3, the deposit has 2")


def test_a_missing_start_record() -> None:
    e = _error(EVERY[1:])
    assert (e.line, e.field) == (1, "record type")
    assert e.why == "a BgMax file starts with a 01 record, not '05'"
    assert (_error([]).line, _error([""]).field) == (1, "record type")


def test_structure_errors() -> None:
    assert _error(EVERY[:-1]).why == "the file ends without its end record (70)"
    assert _error(EVERY[:-1]).line == 13
    e = _error([START, _payment(), _end()])
    assert (e.line, e.why) == (2, "record 20 outside a deposit (05 … 15)")
    e = _error([START, OPEN, record("26", name="X"), _close(0, 0), _end(0, 0, 0)])
    assert (e.line, e.why) == (3, "record 26 before any payment (20, 21)")
    e = _error([*EVERY, OPEN])
    assert (e.line, e.why) == (14, "record 05 after the end record (70)")
    e = _error([START.replace("BGMAX", "BGMIN")])
    assert (e.line, e.field) == (1, "layout name")


def test_write_reads_back() -> None:
    data = write(
        [Written(110000, "4000123", "Anders Berg"), Written(20000, "4000222", serial=9)],
        paid_on=date(2026, 3, 2),
        deposit_number=12,
    )
    f = parse(data)
    assert [(p.amount, p.match_reference, p.name, p.source_ref) for p in f.payments] == [
        (110000, "4000123", "Anders Berg", "20260302-00012-000000000001"),
        (20000, "4000222", "", "20260302-00012-000000000009"),
    ]
    with pytest.raises(ValueError, match="does not fit"):
        bgmax.record("20", amount=10**18)


def test_a_payment_of_several_invoices_is_split_by_its_extra_references() -> None:
    def extra(ref: str, amount: int) -> str:
        return record(
            "22", sender_bankgiro="0", reference=ref, amount=amount, reference_code=2,
            payment_channel=1, bgc_serial_number=1, image_mark=0,
        )  # fmt: skip

    lines = [START, OPEN, _payment(amount=150000, ref=""), extra("4000123", 110000)]
    lines += [extra("4000222", 40000), _close(150000, 1), _end(1, 0, 2, 1)]
    (p,) = parse(_file(*lines)).payments
    assert p.parts() == [
        ("20260302-00007-000000000001/1", "4000123", 110000),
        ("20260302-00007-000000000001/2", "4000222", 40000),
    ]
    # Amounts that do not add up, or a reference of its own: the payment whole.
    lines[3] = extra("4000123", 100000)
    (p,) = parse(_file(*lines)).payments
    assert p.parts() == [("20260302-00007-000000000001", "", 150000)]
    f = parse(EXAMPLE.read_bytes())
    # The manual's first payment: four extra references without amounts -> whole, by hand.
    assert f.payments[0].parts() == [("20040525-00056-000120000018", "", 180000)]
    # Kalle's in deposit 3: a 23 (negative) among them -> whole.
    assert f.deposits[2].payments[-1].parts() == [("20040525-00058-000000000030", "", 140000)]
