"""The SIE 4 writer (models/sie.py) and the ledger's vouchers (models/accounting.py),
checked through the independent test reader (tests/utils/sie_reader.py), which is itself
checked against public sample files (tests/data/sie/README.md names their source)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models import accounting, ledger, sie
from models.errors import ValidationError
from tests.utils import sie_reader

DATA = Path(__file__).resolve().parents[1] / "data" / "sie"


def test_reader_checks_a_sample_files_own_ksumma() -> None:
    """Norstedts Bokslut's 4I file states #KSUMMA 1573150874: the reader computes the
    same from the spec's rule, and any changed byte of a field changes it."""
    data = (DATA / "norstedts_bokslut_4i.si").read_bytes()
    parsed = sie_reader.read(data)
    assert parsed.checksum == (1573150874, 1573150874)
    assert parsed.one("#FNAMN").text(0) == "Datakonsulterna AB"
    assert [r.text(0) for r in parsed.all("#DIM")] == ["1", "6"]
    vers = parsed.vouchers()
    assert [(v.series, v.number, v.day) for v in vers] == [
        ("A", "52", "20100630"),
        ("A", "53", "20100630"),
    ]
    assert vers[1].text == "Årets resultat"
    assert [(t.account, t.amount) for t in vers[1].trans] == [
        ("8999", Decimal("1104488.11")),
        ("2099", Decimal("-1104488.11")),
    ]
    altered = sie_reader.read(data.replace(b"1104488.11", b"1104488.12", 1))
    assert altered.checksum is not None
    assert altered.checksum[0] != altered.checksum[1]


def test_reader_reads_another_programs_4i_file() -> None:
    parsed = sie_reader.read((DATA / "bl0001_typ4i.si").read_bytes())
    assert parsed.checksum is None
    (ver,) = parsed.vouchers()
    assert (ver.series, ver.number, ver.day) == ("", "0", "20110824")
    assert len(ver.trans) == 10
    assert sum(t.amount for t in ver.trans) == 0
    assert parsed.all("#DIM")[0].text(1) == "Kostnadsställe"


def _export(kind: sie.SieType = sie.SieType.E4, **kw: object) -> sie.Export:
    values: dict[str, object] = {
        "type": kind,
        "company": 'Tangoklubben "Åsa" i Gävle',
        "org_number": "802000-0000",
        "year_start": date(2026, 1, 1),
        "year_end": date(2026, 12, 31),
        "generated": date(2026, 12, 4),
        "accounts": {"1510": "Kundfordringar", "3010": "Kursavgifter", "1930": "Företagskonto"},
        "objects": {(1, "K1"): "Dans", (6, "P7"): "Tango höst"},
        "opening": {"1930": 100_000, "1510": -100_000},
        "closing": {"1930": 210_000, "1510": -100_000},
        "result": {"3010": -110_000},
        "vouchers": [
            sie.Voucher(
                "A",
                1,
                date(2026, 9, 1),
                "Bokning Anders Öberg",
                (
                    sie.Trans("1510", 110_000),
                    sie.Trans("3010", -110_000, ((1, "K1"), (6, "P7"))),
                ),
            ),
            sie.Voucher(
                "B",
                1,
                date(2026, 10, 2),
                "Inbetalning 12345",
                (sie.Trans("1930", 110_050), sie.Trans("1510", -110_050)),
            ),
        ],
    }
    values.update(kw)
    return sie.Export(**values)  # type: ignore[arg-type]


def test_written_4e_reads_back_exactly() -> None:
    data = sie.write(_export())
    parsed = sie_reader.read(data)
    computed, stated = parsed.checksum or (None, None)
    assert computed == stated
    assert parsed.one("#SIETYP").text(0) == "4"
    assert parsed.one("#FORMAT").text(0) == "PC8"
    assert parsed.one("#FNAMN").text(0) == 'Tangoklubben "Åsa" i Gävle'
    assert [r.text(i) for r in parsed.all("#RAR") for i in range(3)] == [
        "0",
        "20260101",
        "20261231",
    ]
    assert parsed.accounts()["3010"] == "Kursavgifter"
    assert {(r.text(0), r.text(1)): r.text(2) for r in parsed.all("#OBJEKT")} == {
        ("1", "K1"): "Dans",
        ("6", "P7"): "Tango höst",
    }
    assert parsed.balances("#IB") == {"1510": Decimal("-1000.00"), "1930": Decimal("1000.00")}
    assert parsed.balances("#UB")["1930"] == Decimal("2100.00")
    assert parsed.balances("#RES") == {"3010": Decimal("-1100.00")}
    vers = parsed.vouchers()
    assert [(v.series, v.number, v.day, v.text) for v in vers] == [
        ("A", "1", "20260901", "Bokning Anders Öberg"),
        ("B", "1", "20261002", "Inbetalning 12345"),
    ]
    assert [(t.account, t.objects, t.amount) for t in vers[0].trans] == [
        ("1510", {}, Decimal("1100.00")),
        ("3010", {"1": "K1", "6": "P7"}, Decimal("-1100.00")),
    ]
    assert vers[1].trans[0].amount == Decimal("1100.50")
    for v in vers:
        assert sum(t.amount for t in v.trans) == 0


def test_4i_has_vouchers_but_no_balances() -> None:
    parsed = sie_reader.read(sie.write(_export(sie.SieType.I4)))
    assert parsed.checksum is not None and parsed.checksum[0] == parsed.checksum[1]
    assert not parsed.all("#IB") and not parsed.all("#UB") and not parsed.all("#RES")
    assert len(parsed.vouchers()) == 2


def test_the_file_is_cp437_with_swedish_letters() -> None:
    data = sie.write(_export(company="åäö ÅÄÖ é"))
    assert '#FNAMN "åäö ÅÄÖ é"'.encode("cp437") in data
    assert "å".encode("cp437") == b"\x86"
    assert b"\x86\x84\x94" in data  # å ä ö in CP437, not UTF-8's two bytes each
    assert "Å".encode() not in data
    assert sie_reader.read(data).one("#FNAMN").text(0) == "åäö ÅÄÖ é"
    # A character CP437 lacks becomes "?" rather than breaking the file.
    parsed = sie_reader.read(sie.write(_export(company="Zoë €uro")))
    assert parsed.one("#FNAMN").text(0) == "Zoë ?uro"


def test_amounts_and_fields() -> None:
    assert sie.amount_text(0) == "0.00"
    assert sie.amount_text(-5) == "-0.05"
    assert sie.amount_text(123456) == "1234.56"
    lines = sie.write(_export()).decode("cp437").splitlines()
    assert lines[0] == "#FLAGGA 0"
    assert lines[1] == "#KSUMMA"
    assert lines[-1].startswith("#KSUMMA ")
    assert "#TRANS 3010 {1 K1 6 P7} -1100.00" in lines


def test_an_unbalanced_voucher_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        sie.Voucher("A", 1, date(2026, 1, 1), "x", (sie.Trans("1510", 100),))
    assert caught.value.params == {"sum": 100}


def test_ledger_transactions_become_vouchers_through_the_mappings() -> None:
    chart = accounting.Chart(
        mappings=[
            accounting.AccountMapping(accounting.Purpose.FEES, "3011", cost_centre="K1"),
            accounting.AccountMapping(
                accounting.Purpose.FEES, "3012", category_id="cat", cost_centre="K2"
            ),
            accounting.AccountMapping(accounting.Purpose.FEES, "3013", round_id="r1", project="P1"),
            accounting.AccountMapping(accounting.Purpose.BANK, "1940"),
        ]
    )
    charge = ledger.Transaction(
        "t1",
        ledger.Kind.CHARGE,
        date(2026, 9, 1),
        (
            ledger.Posting(ledger.Account.REVENUE, -80_000),
            ledger.Posting(ledger.Account.REVENUE, -30_000, code="3891"),
            ledger.Posting(ledger.Account.RECEIVABLE, 110_000, "p1"),
        ),
        "reg1",
    )
    pay = ledger.payment("t2", "p1", 110_000, date(2026, 9, 20), "12345")
    fee = ledger.reminder_charge(
        "t3", "p1", fee=6000, interest=120, day=date(2026, 10, 1), reference="12345"
    )
    made = accounting.vouchers(
        chart,
        [
            (charge, accounting.Scope("r1", "cat")),
            (charge, accounting.Scope("r2", "cat")),
            (charge, accounting.Scope()),
            (pay, accounting.Scope()),
            (fee, accounting.Scope()),
        ],
    )
    assert [(v.series, v.number) for v in made] == [
        ("A", 1),
        ("A", 2),
        ("A", 3),
        ("B", 1),
        ("F", 1),
    ]
    lines = [{t.account: (t.amount, t.objects) for t in v.trans} for v in made]
    assert lines[0] == {
        "3013": (-80_000, ((6, "P1"),)),
        "3891": (-30_000, ((6, "P1"),)),
        "1510": (110_000, ()),
    }
    assert lines[1]["3012"] == (-80_000, ((1, "K2"),))
    assert lines[2]["3011"] == (-80_000, ((1, "K1"),))
    assert lines[3] == {"1940": (110_000, ()), "1510": (-110_000, ())}
    assert lines[4] == {"3540": (-6000, ()), "8313": (-120, ()), "1510": (6120, ())}
    assert made[0].text == "Bokning reg1"


ACCOUNTS = [a.value for a in ledger.Account]


@st.composite
def transactions(draw: st.DrawFn) -> ledger.Transaction:
    postings = [
        ledger.Posting(
            ledger.Account(draw(st.sampled_from(ACCOUNTS))),
            draw(st.integers(-(10**9), 10**9)),
            draw(st.sampled_from([None, "p1", "p2"])),
            draw(st.sampled_from(["", "3010", "3540", "8313", "3890"])),
        )
        for _ in range(draw(st.integers(1, 6)))
    ]
    rest = -sum(p.amount for p in postings)
    postings.append(ledger.Posting(ledger.Account(draw(st.sampled_from(ACCOUNTS))), rest))
    return ledger.Transaction(
        draw(st.uuids()).hex,
        ledger.Kind(draw(st.sampled_from([k.value for k in ledger.Kind]))),
        draw(st.dates(date(2026, 1, 1), date(2026, 12, 31))),
        tuple(postings),
        draw(st.text("0123456789abc", max_size=10)),
    )


mappings = st.builds(
    accounting.AccountMapping,
    purpose=st.sampled_from(list(accounting.Purpose)),
    account=st.sampled_from(["3010", "3011", "1930", "2420"]),
    category_id=st.sampled_from([None, "c1"]),
    round_id=st.sampled_from([None, "r1"]),
    cost_centre=st.sampled_from(["", "K1", "Kå 2"]),
    project=st.sampled_from(["", "P1"]),
)
scopes = st.builds(
    accounting.Scope, st.sampled_from([None, "r1", "r2"]), st.sampled_from([None, "c1"])
)


@given(
    st.lists(st.tuples(transactions(), scopes), max_size=12),
    st.lists(mappings, max_size=8),
)
def test_any_ledger_gives_balanced_vouchers_that_read_back(
    txs: list[tuple[ledger.Transaction, accounting.Scope]],
    maps: list[accounting.AccountMapping],
) -> None:
    chart = accounting.Chart(mappings=maps)
    made = accounting.vouchers(chart, txs)
    # One voucher per transaction that moves money, each summing to zero.
    moving = [tx for tx, _ in txs if any(p.amount for p in tx.postings)]
    assert len(made) <= len(moving)
    for v in made:
        assert sum(t.amount for t in v.trans) == 0
    # Each series is numbered 1, 2, … without gaps.
    for series in {v.series for v in made}:
        assert [v.number for v in made if v.series == series] == list(
            range(1, 1 + sum(v.series == series for v in made))
        )
    export = _export(vouchers=made, accounts=accounting.account_names(chart, ["1510"]))
    parsed = sie_reader.read(sie.write(export))
    assert parsed.checksum is not None and parsed.checksum[0] == parsed.checksum[1]
    back = parsed.vouchers()
    assert len(back) == len(made)
    for v, r in zip(made, back, strict=True):
        assert (r.series, int(r.number), r.day) == (v.series, v.number, f"{v.day:%Y%m%d}")
        assert [(t.account, t.amount) for t in r.trans] == [
            (t.account, Decimal(t.amount) / 100) for t in v.trans
        ]
        assert [t.objects for t in r.trans] == [{str(d): o for d, o in t.objects} for t in v.trans]
        assert sum(t.amount for t in r.trans) == 0
