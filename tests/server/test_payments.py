"""Incoming payments (server/services/payments.py, issue 18; seed 003 steps 13-14): BgMax
files imported over HTTP into the real server and matched to the seed's invoices by OCR —
a partial payment leaves the rest open, an overpayment becomes credit, an unknown
reference goes to the unmatched list with its money on suspense and is matched by hand,
the same file twice and the same payment in two files are booked once, a bad file books
nothing and says its line and field, the receipt mail exactly. On SQLite and PostgreSQL."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from models import ledger
from models.bgmax import Written, record, write
from models.ids import new_id, utcnow
from models.notifications import EventType
from server.services.payments import receive
from server.tables import IncomingPayment, LedgerPosting, PaymentFile
from tests.server.helpers import cmd
from tests.server.seed_003 import KR, Club, body, book_fortsattare_with_anders, open_club, set_up
from tests.utils.notify_events import delivers

PAID_ON = date(2026, 9, 1)


@pytest.fixture(scope="module")
def club(module_server_db_url: str) -> Iterator[Club]:
    """Tangoklubben with its Bankgiro, Maria and Anders booked on Tango Fortsättare:
    Anders is invoiced 1 100 kr, Maria 200 kr."""
    with open_club(module_server_db_url) as club:
        set_up(club)
        club.push(
            cmd(
                "payment_settings.set",
                settings_id=new_id(),
                expected_version=0,
                bankgiro="991-2346",
                due_days=20,
                sender_name="Tangoklubben i Lund",
            )
        )
        book_fortsattare_with_anders(club).browser.close()
        yield club


def _invoices(club: Club, q: str) -> list[dict[str, Any]]:
    resp = club.staff.get("/api/v1/payments/invoices", params={"q": q})
    assert resp.status_code == 200, resp.text
    rows: list[dict[str, Any]] = resp.json()["rows"]
    return rows


def _invoice(club: Club, person: str) -> dict[str, Any]:
    """The person's Tango Fortsättare invoice (Maria's Vals was invoiced and credited)."""
    (found,) = [i for i in _invoices(club, person) if i["amount"] in (1100 * KR, 200 * KR)]
    return found


def _import(club: Club, data: bytes, name: str = "bgmax.txt") -> dict[str, Any]:
    encoded = base64.b64encode(data).decode()
    resp = club.staff.post("/api/v1/payments/bgmax", json={"name": name, "data": encoded})
    assert resp.status_code == 200, resp.text
    result: dict[str, Any] = resp.json()
    return result


def _counts(**counts: int) -> dict[str, int]:
    base = dict.fromkeys(
        (
            "payments", "matched", "partly", "overpaid", "unmatched", "already",
            "deductions", "returned", "deductions_unmatched",
        ),
        0,
    )  # fmt: skip
    return base | counts


def _owed_credit(club: Club, person: str) -> tuple[int, int]:
    account = club.account(person)
    return account["owed"], account["credit"]


def _sum(club: Club, account: str) -> int:
    with club.server.db.transaction() as s:
        return int(
            s.scalar(
                select(func.coalesce(func.sum(LedgerPosting.amount), 0)).where(
                    LedgerPosting.tenant_id == club.tenant_id, LedgerPosting.account == account
                )
            )
            or 0
        )


@delivers(EventType.PAYMENT_RECEIPT)
def test_partial_then_overpaid_same_file_twice_same_payment_in_two_files(club: Club) -> None:
    anders = _invoice(club, "Anders")
    assert (anders["amount"], anders["owed"]) == (1100 * KR, 1100 * KR)
    assert _invoices(club, anders["ocr"]) == [anders]
    assert _invoices(club, str(anders["number"])) == [anders]
    bank_before = _sum(club, "bank")
    first = write(
        [Written(600 * KR, anders["ocr"], "ANDERS BERG", serial=11)],
        paid_on=PAID_ON, deposit_number=1,
    )  # fmt: skip
    result = _import(club, first, "BgMax 1.txt")
    assert result["already_imported"] is False
    assert result["counts"] == _counts(payments=1, partly=1) | {"amount": 600 * KR}
    assert _owed_credit(club, "anders") == (500 * KR, 0)
    assert _invoice(club, "Anders")["owed"] == 500 * KR
    # The receipt, exactly.
    receipt = club.mail_to("Anders", "Kvitto: 600 kr mottaget")
    assert body(receipt) == (
        "Hej Anders,\n\n"
        "Tack för din betalning.\n\n"
        "Mottaget belopp: 600 kr\n"
        f"Betalningsdag: {PAID_ON.isoformat()}\n"
        f"Faktura: {anders['number']}, Tango Fortsättare (Onsdagar)\n"
        f"OCR-nummer: {anders['ocr']}\n"
        "Kvar att betala på fakturan: 500 kr\n"
        "Betalt utöver fakturan, sparat som tillgodohavande: 0 kr\n\n"
        "Tangoklubben\n"
    )
    # The same file again: recognised, nothing booked.
    again = _import(club, first, "BgMax 1 (copy).txt")
    assert (again["already_imported"], again["file_id"]) == (True, result["file_id"])
    assert _owed_credit(club, "anders") == (500 * KR, 0)
    # A second file with the same payment and 700 kr more: the first is booked once, 200 kr
    # of the 700 is more than the invoice asks and becomes Anders's credit.
    second = write(
        [
            Written(600 * KR, anders["ocr"], "ANDERS BERG", serial=11),
            Written(700 * KR, anders["ocr"], "ANDERS BERG", serial=12),
        ],
        paid_on=PAID_ON, deposit_number=1,
    )  # fmt: skip
    result = _import(club, second, "BgMax 2.txt")
    assert result["counts"] == _counts(payments=2, already=1, overpaid=1) | {"amount": 700 * KR}
    assert _owed_credit(club, "anders") == (0, 200 * KR)
    assert _invoice(club, "Anders")["owed"] == 0
    assert _sum(club, "bank") - bank_before == 1300 * KR
    club.mail_to("Anders", "Kvitto: 700 kr mottaget")
    with club.server.db.transaction() as s:
        rows = s.scalars(
            select(IncomingPayment).where(IncomingPayment.tenant_id == club.tenant_id)
        ).all()
        assert sorted((r.amount, r.status, r.payer) for r in rows) == [
            (600 * KR, "matched", "ANDERS BERG"),
            (700 * KR, "matched", "ANDERS BERG"),
        ]
        assert (s.scalar(select(func.count()).select_from(PaymentFile)) or 0) >= 2


def test_unmatched_goes_to_the_list_and_suspense_then_matched_by_hand(club: Club) -> None:
    maria = _invoice(club, "Maria")
    assert maria["owed"] == 200 * KR
    suspense_before = _sum(club, "suspense")
    data = write(
        [Written(200 * KR, "99999", "M ANDERSSON", serial=21)], paid_on=PAID_ON, deposit_number=2
    )
    result = _import(club, data)
    assert result["counts"] == _counts(payments=1, unmatched=1) | {"amount": 200 * KR}
    resp = club.staff.get("/api/v1/payments/unmatched")
    assert resp.status_code == 200, resp.text
    (row,) = [r for r in resp.json()["rows"] if r["reference"] == "99999"]
    assert (row["amount"], row["payer"], row["status"], row["paid_on"]) == (
        200 * KR, "M ANDERSSON", "unmatched", PAID_ON.isoformat(),
    )  # fmt: skip
    assert _sum(club, "suspense") - suspense_before == -200 * KR
    assert _owed_credit(club, "maria")[0] == 200 * KR
    resp = club.staff.post(f"/api/v1/payments/{row['id']}/match", json={"invoice_id": maria["id"]})
    assert resp.status_code == 200, resp.text
    assert (resp.json()["status"], resp.json()["invoice_id"]) == ("manual", maria["id"])
    assert _owed_credit(club, "maria")[0] == 0
    assert _sum(club, "suspense") == suspense_before
    assert row["id"] not in [
        r["id"] for r in club.staff.get("/api/v1/payments/unmatched").json()["rows"]
    ]
    club.mail_to("Maria", "Kvitto: 200 kr mottaget")
    # Matched is matched.
    resp = club.staff.post(f"/api/v1/payments/{row['id']}/match", json={"invoice_id": maria["id"]})
    assert (resp.status_code, resp.json()["detail"]["code"]) == (409, "conflict")
    resp = club.staff.post(f"/api/v1/payments/{new_id()}/match", json={"invoice_id": maria["id"]})
    assert resp.status_code == 404


def test_a_bad_file_books_nothing_and_names_line_and_field(club: Club) -> None:
    good = write([Written(100 * KR, "4000123", serial=31)], paid_on=PAID_ON, deposit_number=3)
    lines = good.decode("iso-8859-1").split("\r\n")
    lines[2] = lines[2][:40] + "1X" + lines[2][42:]
    before = _sum(club, "bank")
    bad = base64.b64encode("\r\n".join(lines).encode("latin-1")).decode()
    resp = club.staff.post("/api/v1/payments/bgmax", json={"data": bad})
    assert resp.status_code == 422, resp.text
    detail = resp.json()["detail"]
    assert (detail["code"], detail["line"], detail["field"]) == ("bgmax_invalid", 3, "amount")
    assert detail["message"].startswith("Line 3, amount: characters 38-55 must be digits")
    assert _sum(club, "bank") == before


def test_receive_books_a_payment_once_per_source_and_ref(club: Club) -> None:
    """A card provider's confirmation twice (or raced): one payment, one ledger tx; the
    same reference from another source is another payment."""
    db, settings = club.server.db, club.server.settings

    def card(ref: str, source: str = "stripe") -> IncomingPayment:
        with db.transaction() as s:
            row = receive(
                s, settings, tenant_id=club.tenant_id, source=source, source_ref=ref,
                amount=50 * KR, paid_on=PAID_ON, reference="99999999", payer="",
                via=ledger.Account.CARD, now=utcnow(),
            )  # fmt: skip
            s.expunge(row)
            return row

    card_before = _sum(club, "card")
    first, again = card("pi_test_1"), card("pi_test_1")
    assert again.id == first.id
    assert (first.status, first.invoice_id) == ("unmatched", None)
    assert _sum(club, "card") - card_before == 50 * KR
    other = card("pi_test_1", source="swish")
    assert other.id != first.id
    assert _sum(club, "card") - card_before == 100 * KR


def test_one_payment_of_two_invoices_is_split_by_its_extra_references(club: Club) -> None:
    """A payer pays Anders's and Maria's invoices at once: no reference of its own, two
    extra references with their amounts -> two parts, each booked on its invoice (both
    already paid here: each part becomes its person's credit)."""
    anders, maria = _invoice(club, "Anders"), _invoice(club, "Maria")
    (anders_credit, maria_credit) = (
        _owed_credit(club, "anders")[1],
        _owed_credit(club, "maria")[1],
    )

    def line(tk: str, ref: str, amount: int) -> str:
        return record(
            tk, sender_bankgiro="0", reference=ref, amount=amount, reference_code=2,
            payment_channel=1, bgc_serial_number=41, image_mark=0,
        )  # fmt: skip

    data = "\r\n".join(
        [
            record(
                "01",
                layout_name="BGMAX",
                layout_version=1,
                timestamp="2026090306" + "0" * 10,
                test_mark="P",
            ),
            record("05", recipient_bankgiro="9912346", currency="SEK"),
            line("20", "", 150 * KR),
            line("22", anders["ocr"], 100 * KR),
            line("22", maria["ocr"], 50 * KR),
            record(
                "15",
                payment_date="20260903",
                deposit_number=4,
                deposit_amount=150 * KR,
                currency="SEK",
                number_of_payments=1,
            ),
            record(
                "70",
                number_of_payments=1,
                number_of_deductions=0,
                number_of_extra_references=2,
                number_of_deposits=1,
            ),
        ]
    ).encode("iso-8859-1")
    result = _import(club, data)
    assert result["counts"] == _counts(payments=2, overpaid=2) | {"amount": 150 * KR}
    assert _owed_credit(club, "anders") == (0, anders_credit + 100 * KR)
    assert _owed_credit(club, "maria") == (0, maria_credit + 50 * KR)


def _deposit(number: int, day: str, payments: list[tuple[str, str, int, int]]) -> bytes:
    """A BgMax file of one deposit of (record type 20 or 21, reference, öre, serial)."""
    lines = [
        record(
            "01",
            layout_name="BGMAX",
            layout_version=1,
            timestamp=day + "06" + "0" * 10,
            test_mark="P",
        ),
        record("05", recipient_bankgiro="9912346", currency="SEK"),
    ]
    for tk, ref, amount, serial in payments:
        extra = {"deduction_code": 0} if tk == "21" else {}
        lines.append(
            record(
                tk,
                sender_bankgiro="0",
                reference=ref,
                amount=amount,
                reference_code=2,
                payment_channel=1,
                bgc_serial_number=serial,
                image_mark=0,
                **extra,
            )
        )
    lines.append(
        record(
            "15",
            payment_date=day,
            deposit_number=number,
            currency="SEK",
            deposit_amount=sum(-a if tk == "21" else a for tk, _r, a, _s in payments),
            number_of_payments=len(payments),
        )
    )
    lines.append(
        record(
            "70",
            number_of_payments=sum(tk == "20" for tk, *_ in payments),
            number_of_deductions=sum(tk == "21" for tk, *_ in payments),
            number_of_extra_references=0,
            number_of_deposits=1,
        )
    )
    return "\r\n".join(lines).encode("iso-8859-1")


def test_a_deduction_takes_back_the_payment_it_names_and_reopens_its_invoice(club: Club) -> None:
    """A BgMax deduction (21: money the bank took back from a deposit) with Anders's OCR
    reverses his 700 kr payment as it was booked (500 kr paid on the invoice, 200 kr his
    credit): the invoice asks 500 kr again. One naming no invoice is held on suspense and
    listed unmatched (negative) until matched by hand; the same deduction twice is booked
    once."""
    anders, maria = _invoice(club, "Anders"), _invoice(club, "Maria")
    assert anders["owed"] == 0
    owed, credit = _owed_credit(club, "anders")
    maria_owed, maria_credit = _owed_credit(club, "maria")
    bank, suspense = _sum(club, "bank"), _sum(club, "suspense")
    data = _deposit(
        5, "20260910",
        [("20", "77777", 1000 * KR, 51), ("21", anders["ocr"], 700 * KR, 52),
         ("21", "88888", 50 * KR, 53)],
    )  # fmt: skip
    result = _import(club, data, "BgMax 5.txt")
    assert result["counts"] == _counts(
        payments=1, unmatched=1, deductions=2, returned=1, deductions_unmatched=1
    ) | {"amount": 1000 * KR}
    assert _owed_credit(club, "anders") == (owed + 500 * KR, credit - 200 * KR)
    assert _invoice(club, "Anders")["owed"] == 500 * KR
    assert _sum(club, "bank") - bank == 250 * KR
    assert _sum(club, "suspense") - suspense == -1000 * KR + 50 * KR
    rows = club.staff.get("/api/v1/payments/unmatched").json()["rows"]
    (held,) = [r for r in rows if r["reference"] == "88888"]
    assert (held["amount"], held["status"]) == (-50 * KR, "unmatched")
    # The same file again, and the same deduction in another file: booked once.
    assert _import(club, data, "BgMax 5 (copy).txt")["already_imported"] is True
    again = _deposit(
        5, "20260910", [("20", "77777", 1000 * KR, 51), ("21", anders["ocr"], 700 * KR, 52)]
    )
    assert _import(club, again, "BgMax 5b.txt")["counts"] == _counts(
        payments=1, already=2, deductions=1
    ) | {"amount": 0}
    assert _owed_credit(club, "anders") == (owed + 500 * KR, credit - 200 * KR)
    assert _sum(club, "bank") - bank == 250 * KR
    # Matched by hand to Maria's invoice: her 50 kr part payment (all of it her credit) is
    # taken back off her credit; the suspense account is even again.
    resp = club.staff.post(f"/api/v1/payments/{held['id']}/match", json={"invoice_id": maria["id"]})
    assert resp.status_code == 200, resp.text
    assert (resp.json()["status"], resp.json()["invoice_id"]) == ("returned", maria["id"])
    assert _owed_credit(club, "maria") == (maria_owed, maria_credit - 50 * KR)
    assert _sum(club, "suspense") - suspense == -1000 * KR
    with club.server.db.transaction() as s:
        returned = s.scalars(
            select(IncomingPayment).where(
                IncomingPayment.tenant_id == club.tenant_id, IncomingPayment.status == "returned"
            )
        ).all()
        assert sorted((r.amount, r.applied, r.invoice_id) for r in returned) == sorted(
            [(-700 * KR, 500 * KR, anders["id"]), (-50 * KR, 0, maria["id"])]
        )
