"""The seed's walk continued (seed 003, steps 7-9 and 13; issue 18's first "Done means"),
end to end over the real server (the app under uvicorn, real HTTP), its mail worker
delivering to a real SMTP server (aiosmtpd), on SQLite and PostgreSQL.

Tangoklubben's treasurer sets the payment settings (Bankgiro, 30 days to pay, 7 days' grace,
no reminder fee, card payments by Stripe) before anyone books; then the booking walk of
tests/server/test_seed_003_walk.py (tests/server/seed_003.py): Maria's Vals invoiced, paid
by Bankgiro (a BgMax file with its OCR, imported) and cancelled to 600 kr of credit; Maria
books Tango Fortsättare Onsdagar with Anders from her follow-up mail. From there: Anders
gets an invoice of 1 100 kr by e-mail with an OCR reference (OCR4-valid), due in 30 days;
its PDF opened from the mail's link and its text read (pdftotext); Maria's 200 kr left to
pay is invoiced too; nothing else is sent. Maria pays her 200 kr by card at once (step 7):
the done page's "Betala nu med kort" takes her to Stripe Checkout (a stand-in speaking
Stripe's API, tests/utils/stripe_standin.py), she pays, Stripe's signed webhook books the
payment on her invoice's OCR (card account) and Stripe's fee; the webhook again books
nothing; she gets a receipt by e-mail. Anders does not pay (step 9): the reminder job leaves
him be through the due date and the grace, then reminds him by e-mail and SMS (46elks,
through the stand-in tests/utils/sms_gateway.py), once; he pays the next day: Bankgirot's
BgMax file with his OCR imported through POST /api/v1/payments/bgmax is matched to his
invoice and booked on the payment day (the same file again books nothing); he gets a receipt
by e-mail and no second reminder. Nothing else is sent. The treasurer's monthly SIE 4 files
(step 13; GET /api/v1/accounting/sie, read back with tests/utils/sie_reader.py, #KSUMMA
verified): this month's holds exactly the seven vouchers those events imply (three bookings,
Vals's and Maria's payments, Vals's cancellation, Stripe's fee), the payment month's exactly
Anders's payment, each voucher summing to zero; the closing balances agree.
"""

from __future__ import annotations

import base64
import calendar
import re
import subprocess
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from models import ledger
from models.ids import new_id
from models.payments import check_ocr
from server.services import ledger as accounts
from server.services.reminders import send_reminders
from server.tables import LedgerPosting, LedgerTransaction
from server.tables.invoices import Invoice
from tests.approval.helpers import hidden, text_of
from tests.server.helpers import cmd
from tests.server.seed_003 import (
    KR,
    Club,
    body,
    book_fortsattare_with_anders,
    iso,
    kr,
    link_in,
    open_club,
    postings,
    registrations,
    set_up,
    today,
)
from tests.utils import sie_reader, sms_gateway, stripe_standin
from tests.utils.servers import wait_until
from tests.utils.sms_gateway import SmsApiStandin
from tests.utils.stripe_standin import StripeStandin

#: Tangoklubben's Bankgiro number (a valid one: Luhn).
BANKGIRO = "56781230"


@pytest.fixture(scope="module")
def stripe() -> Iterator[StripeStandin]:
    """Stripe's API (a stand-in speaking it)."""
    standin = StripeStandin().start()
    try:
        yield standin
    finally:
        standin.stop()


@pytest.fixture(scope="module")
def sms_api() -> Iterator[SmsApiStandin]:
    """46elks' SMS API (a stand-in speaking it)."""
    with SmsApiStandin() as standin:
        yield standin


@pytest.fixture(scope="module")
def club(
    module_server_db_url: str, stripe: StripeStandin, sms_api: SmsApiStandin
) -> Iterator[Club]:
    """Tangoklubben on its own server (one for the module and backend), taking card
    payments through Stripe, its text messages sent through 46elks."""
    with open_club(
        module_server_db_url,
        sms_gateway="http",
        sms_http_url=sms_api.url,
        sms_http_username=sms_gateway.USERNAME,
        sms_http_password=sms_gateway.PASSWORD,
        sms_sender="Tango",
        stripe_api_key=stripe_standin.API_KEY,
        stripe_webhook_secret=stripe_standin.WEBHOOK_SECRET,
        stripe_api_base=stripe.url,
    ) as club:
        yield club


def invoice_of(club: Club, person: str, registration_id: str | None = None) -> Invoice:
    """``person``'s one invoice (of ``registration_id`` if given; not a credit note)."""
    query = select(Invoice).where(
        Invoice.tenant_id == club.tenant_id,
        Invoice.person_id == club.ids[person],
        Invoice.kind == "invoice",
    )
    if registration_id is not None:
        query = query.where(Invoice.registration_id == registration_id)
    with club.server.db.sessions() as s:
        [found] = s.scalars(query).all()
        s.expunge(found)
        return found


def pay_by_bankgiro(club: Club, registration_id: str) -> None:
    """Maria paid Vals's invoice by Bankgiro with its OCR reference: the day's BgMax file."""
    vals = invoice_of(club, "maria", registration_id)
    data = bgmax_file(BANKGIRO, today(), [(vals.ocr or "", vals.amount, "MARIA LIND", "1001")])
    counts = import_bgmax(club, data)["counts"]
    assert (counts["payments"], counts["matched"]) == (1, 1), counts


def bgmax_file(bankgiro: str, paid_on: date, payments: list[tuple[str, int, str, str]]) -> bytes:
    """A BgMax file as Bankgirot delivers it (BgMax, its manual's record layouts: 80
    characters a line, ISO 8859-1): one deposit of ``payments`` (reference, öre, the payer's
    name, Bankgirot's serial number) to ``bankgiro``, paid on ``paid_on``."""
    day = paid_on.strftime("%Y%m%d")
    lines = [
        f"01{'BGMAX':<20}01{day}101112123456P",  # start: layout, version, timestamp, production
        f"05{bankgiro:0>10}{'':10}SEK",  # opening: receiving Bankgiro, currency
    ]
    for reference, amount, payer, serial in payments:
        # payment: sender's Bankgiro, reference, amount in öre, reference code 2 (OCR,
        # checked), channel 1 (electronic), Bankgirot's serial number, no image
        lines.append(f"20{'0':0>10}{reference:<25}{amount:018d}21{serial:0>12}0")
        lines.append(f"26{payer:<35}")  # the payer's name
    total = sum(amount for _, amount, _, _ in payments)
    # deposit: the receiving account, payment date, deposit serial, sum, currency, count
    lines.append(f"15{'58410000010098':0>35}{day}00036{total:018d}SEK{len(payments):08d}")
    lines.append(f"70{len(payments):08d}{0:08d}{0:08d}{1:08d}")  # end: the counts
    return "".join(f"{line:<80}\r\n" for line in lines).encode("latin-1")


def import_bgmax(club: Club, data: bytes) -> dict[str, Any]:
    """A BgMax file imported as the treasurer imports it; what the import did."""
    resp = club.staff.post(
        "/api/v1/payments/bgmax",
        json={"name": "BgMax.txt", "data": base64.b64encode(data).decode()},
    )
    assert resp.status_code == 200, resp.text
    done: dict[str, Any] = resp.json()
    return done


def booked_ledger(club: Club) -> list[tuple[str, str, date, list[tuple[str, int]]]]:
    """The club's ledger transactions, oldest first: (kind, reference, day, postings as
    (account, öre) sorted)."""
    with club.server.db.sessions() as s:
        txs = s.scalars(
            select(LedgerTransaction)
            .where(LedgerTransaction.tenant_id == club.tenant_id)
            .order_by(LedgerTransaction.created_at, LedgerTransaction.id)
        ).all()
        lines = s.execute(
            select(LedgerPosting.transaction_id, LedgerPosting.account, LedgerPosting.amount).where(
                LedgerPosting.tenant_id == club.tenant_id
            )
        ).all()
    postings_of: dict[str, list[tuple[str, int]]] = {}
    for tx_id, account, amount in lines:
        postings_of.setdefault(tx_id, []).append((account, amount))
    return [(tx.kind, tx.reference, tx.day, sorted(postings_of[tx.id])) for tx in txs]


def vals_registration(club: Club) -> str:
    """Maria's registration on Vals."""
    return str(registrations(club, "vals_ht")[club.ids["maria"]]["id"])


def sie_of_month(club: Club, day: date) -> sie_reader.SieFile:
    """The SIE 4 file (type 4E) of ``day``'s month as the treasurer exports it, read with
    the test's own reader; its checksum (#KSUMMA) verified."""
    first = day.replace(day=1)
    last = day.replace(day=calendar.monthrange(day.year, day.month)[1])
    resp = club.staff.get(
        "/api/v1/accounting/sie",
        params={"from": first.isoformat(), "to": last.isoformat(), "type": "4E"},
    )
    assert resp.status_code == 200, resp.text
    parsed = sie_reader.read(resp.content)
    assert parsed.checksum is not None and parsed.checksum[0] == parsed.checksum[1]
    return parsed


def vouchers_of(
    parsed: sie_reader.SieFile,
) -> dict[str, tuple[str, date, list[tuple[str, Decimal]]]]:
    """The file's vouchers by text: (series, day, [(account, kronor)] sorted); each one's
    lines sum to zero."""
    found = {}
    for v in parsed.vouchers():
        assert sum(t.amount for t in v.trans) == 0, v
        assert v.text not in found, v.text
        day = datetime.strptime(v.day, "%Y%m%d").date()
        found[v.text] = (v.series, day, sorted((t.account, t.amount) for t in v.trans))
    return found


def sent(club: Club) -> list[tuple[str, str]]:
    """(event, whom) of every mail queued for the club, sorted."""
    return sorted((event, to.split(".")[0]) for event, to in club.outbox())


def pdf_text(pdf: bytes) -> str:
    """The PDF's text as pdftotext (poppler) reads it, its layout kept."""
    done = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def test_maria_pays_by_card_anders_by_bankgiro_after_a_reminder_all_in_the_sie_files(
    club: Club, stripe: StripeStandin, sms_api: SmsApiStandin
) -> None:
    set_up(club)
    # The treasurer's payment settings, before anyone books.
    club.push(
        cmd(
            "payment_settings.set",
            settings_id=new_id(),
            expected_version=0,
            bankgiro=BANKGIRO,
            due_days=30,
            grace_days=7,
            sender_name="Tangoklubben",
            sender_address="Folkets hus\n123 45 Storstad",
            org_number="802400-0005",
            card_provider="stripe",
        )
    )
    booked = book_fortsattare_with_anders(club, pay_vals=pay_by_bankgiro)

    # 8. Anders gets an invoice of 1 100 kr by e-mail with an OCR number for Bankgiro:
    #    due in 30 days, its lines the booking's, its PDF behind the mail's link.
    anders = invoice_of(club, "anders")
    assert (anders.amount, anders.registration_id) == (1100 * KR, booked.registrations["anders"])
    assert anders.ocr is not None and check_ocr(anders.ocr) == anders.ocr
    assert (anders.issued_on, anders.due_on) == (today(), today() + timedelta(days=30))
    due_on = anders.due_on.isoformat()
    mail = club.mail_to("Anders", f"Faktura {anders.number}: Tango Fortsättare")
    text = body(mail)
    assert text.startswith(
        "Hej Anders,\n\nTack för din bokning av Tango Fortsättare (Onsdagar)."
        " Här är din faktura.\n\n"
        f"Fakturanummer: {anders.number}\n"
        f"Belopp: {kr('1 100 kr')}\n"
        f"Förfallodag: {due_on}\n"
        "Bankgiro: 5678-1230\n"
        f"OCR-nummer: {anders.ocr}\n\n"
        f"Betala till bankgiro 5678-1230 och ange OCR-numret {anders.ocr}, inget annat, så\n"
        "kopplas betalningen till fakturan.\n\nFakturan som PDF:\n"
    ), text
    pdf = httpx.get(link_in(club, mail, "reports/invoice"), timeout=30)
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    printed = " ".join(pdf_text(pdf.content).split())
    for words in (
        "Tangoklubben FAKTURA Folkets hus",
        f"Fakturanummer {anders.number} 123 45 Storstad Fakturadatum {today().isoformat()}",
        f"Org.nr 802400-0005 Förfallodag {due_on} OCR-nummer {anders.ocr}",
        "Fakturamottagare Anders Berg",
        "Tango Fortsättare: kursavgift 1 000 kr",
        f"Medlemsavgift: Medlemskap (inte medlem {iso(30)}) 100 kr Att betala 1 100 kr",
        # The payment slip.
        f"Bankgiro OCR-nummer Belopp Förfallodag 5678-1230 {anders.ocr} 1 100 kr {due_on}",
    ):
        assert words in printed, (words, printed)
    # Maria's booking left 200 kr to pay after her credit: hers is of 200 kr.
    maria = invoice_of(club, "maria", booked.registrations["maria"])
    assert (maria.amount, maria.due_on) == (200 * KR, anders.due_on)
    club.mail_to("Maria", f"Faktura {maria.number}: Tango Fortsättare")
    # Nothing else was sent: each booking's confirmation and invoice (Vals's too, and the
    # receipt of its payment), Vals's cancellation and its invoice's credit note, the
    # follow-ups.
    club.mail_to("Maria", "Kvitto: 800 kr mottaget")
    before_paying = [
        ("registration.created", "maria"),
        ("payment.invoice", "maria"),
        ("payment.receipt", "maria"),
        ("registration.cancelled", "maria"),
        ("payment.credit_note", "maria"),
        ("round.follow_up", "maria"),
        ("round.follow_up", "anders"),
        ("registration.created", "maria"),
        ("payment.invoice", "maria"),
        ("registration.created", "anders"),
        ("payment.invoice", "anders"),
    ]
    assert sent(club) == sorted(before_paying)

    # 7. Maria pays her 200 kr by card at once: the done page's button takes her to
    #    Stripe's page (Checkout), she pays, Stripe's webhook books it on her invoice.
    done = booked.done.text
    action = re.search(r'<form method="post" action="([^"]+)" id="pay-by-card">', done)
    assert action and "Betala nu med kort" in text_of(done), done
    checkout = booked.browser.post(
        f"{club.url}{action.group(1)}",
        data={"csrf_token": hidden(done, "csrf_token")},
        follow_redirects=False,
    )
    booked.browser.close()
    assert checkout.status_code == 303, checkout.text
    session_id = stripe.session_id_of(checkout.headers["location"])
    asked = stripe.sessions[session_id].obj
    assert (asked["amount_total"], asked["currency"]) == (200 * KR, "sek")
    assert asked["metadata"]["ocr"] == maria.ocr
    _, answer = stripe.pay(session_id, f"{club.url}/api/v1/payments/stripe/webhook")
    assert answer.status_code == 200 and answer.json()["outcome"] == "booked", answer.text
    with club.server.db.sessions() as s:
        paid = accounts.history(s, club.tenant_id, club.ids["maria"])[-1]
    assert (paid.kind, paid.reference, paid.day) == (ledger.Kind.PAYMENT, maria.ocr, today())
    assert postings(paid) == {
        ("card", 200 * KR, None, ""),
        ("receivable", -200 * KR, club.ids["maria"], ""),
    }
    account = club.account("maria")
    assert (account["owed"], account["credit"]) == (0, 0)
    # Stripe's fee (1.5 % + 1.80 kr) is booked as what the card payment cost.
    fee = stripe_standin.stripe_fee(200 * KR)
    assert [tx for tx in booked_ledger(club) if tx[0] == "fee"] == [
        ("fee", stripe.sessions[session_id].intent["id"], today(), [("card", -fee), ("fees", fee)])
    ]
    # The webhook delivered again (Stripe retries) books nothing twice.
    body_again = stripe.event_body("checkout.session.completed", stripe.sessions[session_id].obj)
    again = stripe.deliver(f"{club.url}/api/v1/payments/stripe/webhook", body_again)
    assert again.status_code == 200 and again.json()["outcome"] == "already_paid", again.text
    # Both deliveries are recorded for the treasurer to see, newest first.
    resp = club.staff.get("/api/v1/payments/card-events")
    assert resp.status_code == 200, resp.text
    assert [
        (e["provider"], e["ref"], e["amount"], e["outcome"]) for e in resp.json()["events"]
    ] == [
        ("stripe", session_id, 200 * KR, "already_paid"),
        ("stripe", session_id, 200 * KR, "booked"),
    ]
    # She gets a receipt by e-mail.
    receipt = body(club.mail_to("Maria", f"Kvitto: {kr('200 kr')} mottaget"))
    assert receipt == (
        "Hej Maria,\n\nTack för din betalning.\n\n"
        f"Mottaget belopp: 200 kr\nBetalningsdag: {today().isoformat()}\n"
        f"Faktura: {maria.number}, Tango Fortsättare (Onsdagar)\nOCR-nummer: {maria.ocr}\n"
        "Kvar att betala på fakturan: 0 kr\n"
        "Betalt utöver fakturan, sparat som tillgodohavande: 0 kr\n\nTangoklubben\n"
    ), receipt

    # 9. Anders does not pay by the due date. The reminder job (daily, on the mail
    #    worker's beat) leaves him be through the 7 days' grace ...
    db, settings = club.server.db, club.server.settings
    grace_ends = anders.due_on + timedelta(days=7)
    for day in (anders.due_on, grace_ends):
        assert send_reminders(db, settings, today=day, tenant_id=club.tenant_id) == 0
    # ... and reminds him the day after, by e-mail and SMS: nothing else is open.
    reminded_on = grace_ends + timedelta(days=1)
    texts_before = len(sms_api.received)
    assert send_reminders(db, settings, today=reminded_on, tenant_id=club.tenant_id) == 1
    assert send_reminders(db, settings, today=reminded_on, tenant_id=club.tenant_id) == 0
    reminder = body(club.mail_to("Anders", f"Påminnelse 1: faktura {anders.number}"))
    assert reminder == (
        f"Hej Anders,\n\nVi har inte fått betalt för faktura {anders.number}"
        f" (Tango Fortsättare, Onsdagar), som\nförföll {due_on}. Det här är påminnelse 1.\n\n"
        f"Kvar att betala på fakturan: {kr('1 100 kr')}\nPåminnelseavgift: 0 kr\n"
        f"Dröjsmålsränta: 0 kr\nAtt betala: {kr('1 100 kr')}\n\n"
        f"Betala till bankgiro 5678-1230 med OCR-nummer {anders.ocr}. Har du redan betalat"
        " kan du\nbortse från den här påminnelsen.\n\nTangoklubben\n"
    ), reminder
    # The worker's SMS step hands it to 46elks.
    wait_until(lambda: len(sms_api.received) > texts_before, timeout=30, what="the SMS")
    texts = [(m.to, m.message) for m in list(sms_api.received)[texts_before:]]
    assert texts == [
        (
            "+46701740642",
            f"Påminnelse 1: faktura {anders.number} från Tangoklubben är obetald."
            f" Betala {kr('1 100 kr')} till bankgiro 5678-1230, OCR {anders.ocr}.",
        )
    ]

    # Anders pays at once: the next day's BgMax file from Bankgirot has his payment with
    # his OCR reference; imported, it is matched to his invoice and booked on that day.
    paid_on = reminded_on + timedelta(days=1)
    deposit = bgmax_file(BANKGIRO, paid_on, [(anders.ocr, 1100 * KR, "ANDERS BERG", "2001")])
    imported = import_bgmax(club, deposit)
    assert imported["already_imported"] is False
    assert {k: v for k, v in imported["counts"].items() if v} == {
        "payments": 1,
        "matched": 1,
        "amount": 1100 * KR,
    }, imported
    with club.server.db.sessions() as s:
        paid = accounts.history(s, club.tenant_id, club.ids["anders"])[-1]
    assert (paid.kind, paid.reference, paid.day) == (ledger.Kind.PAYMENT, anders.ocr, paid_on)
    assert postings(paid) == {
        ("bank", 1100 * KR, None, ""),
        ("receivable", -1100 * KR, club.ids["anders"], ""),
    }
    account = club.account("anders")
    assert (account["owed"], account["credit"]) == (0, 0)
    # The same file imported again books nothing.
    assert import_bgmax(club, deposit)["already_imported"] is True
    # He gets a receipt by e-mail, and no second reminder.
    receipt = body(club.mail_to("Anders", "Kvitto: 1 100 kr mottaget"))  # a plain space
    assert receipt == (
        "Hej Anders,\n\nTack för din betalning.\n\n"
        f"Mottaget belopp: {kr('1 100 kr')}\nBetalningsdag: {paid_on.isoformat()}\n"
        f"Faktura: {anders.number}, Tango Fortsättare (Onsdagar)\nOCR-nummer: {anders.ocr}\n"
        "Kvar att betala på fakturan: 0 kr\n"
        "Betalt utöver fakturan, sparat som tillgodohavande: 0 kr\n\nTangoklubben\n"
    ), receipt
    later = reminded_on + timedelta(days=60)
    assert send_reminders(db, settings, today=later, tenant_id=club.tenant_id) == 0
    # Every payment found its invoice: none waits for manual matching.
    resp = club.staff.get("/api/v1/payments/unmatched")
    assert resp.status_code == 200 and resp.json()["rows"] == [], resp.text
    # Nothing else was sent since the bookings: Maria's receipt, Anders's reminder (and its
    # SMS) and receipt.
    assert sent(club) == sorted(
        [
            *before_paying,
            ("payment.receipt", "maria"),
            ("payment.reminder", "anders"),
            ("payment.receipt", "anders"),
        ]
    )
    assert len(sms_api.received) == texts_before + 1

    # 13. Once a month the treasurer takes the month's SIE 4 file into the club's
    #     bookkeeping: exactly the vouchers these events imply, each summing to zero. This
    #     month: the bookings (series A), the payments (B: Vals's by Bankgiro, Maria's by
    #     card on the card receivable 1580), Vals's cancellation to credit (C), Stripe's fee
    #     (E, bank costs 6570); Anders's payment falls in its own month.
    vals = invoice_of(club, "maria", vals_registration(club))
    intent = stripe.sessions[session_id].intent["id"]
    this_month = sie_of_month(club, today())
    assert vouchers_of(this_month) == {
        f"Bokning {vals.registration_id}": ("A", today(), [("1510", 800), ("3010", -800)]),
        f"Inbetalning {vals.ocr}": ("B", today(), [("1510", -800), ("1930", 800)]),
        f"Avbokning {vals.registration_id}": ("C", today(), [("2420", -600), ("3010", 600)]),
        f"Bokning {booked.registrations['maria']}": (
            "A",
            today(),
            [("1510", 200), ("2420", 600), ("3010", -800)],
        ),
        f"Bokning {booked.registrations['anders']}": (
            "A",
            today(),
            [("1510", 1100), ("3010", -1000), ("3890", -100)],
        ),
        f"Inbetalning {maria.ocr}": ("B", today(), [("1510", -200), ("1580", 200)]),
        f"Kortavgift {intent}": (
            "E",
            today(),
            [("1580", Decimal("-4.80")), ("6570", Decimal("4.80"))],
        ),
    }
    numbers = sorted((v.series, int(v.number)) for v in this_month.vouchers())
    assert numbers == [("A", 1), ("A", 2), ("A", 3), ("B", 1), ("B", 2), ("C", 1), ("E", 1)]
    # At the month's end Anders owes his 1 100 kr; the bank has Vals's 800 kr, Stripe owes
    # the club Maria's 200 kr less its fee; her credit is used up.
    assert this_month.balances("#UB") == {
        "1510": Decimal("1100.00"),
        "1580": Decimal("195.20"),
        "1930": Decimal("800.00"),
    }
    payment_month = sie_of_month(club, paid_on)
    assert vouchers_of(payment_month) == {
        f"Inbetalning {anders.ocr}": ("B", paid_on, [("1510", -1100), ("1930", 1100)]),
    }
    # Then nobody owes anything (2091 carries the result when that month opens a new
    # fiscal year).
    closing = payment_month.balances("#UB")
    assert {k: v for k, v in closing.items() if k != "2091"} == {
        "1580": Decimal("195.20"),
        "1930": Decimal("1900.00"),
    }
