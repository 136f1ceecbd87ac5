"""The seed's walk continued (seed 003, steps 7-9 and 13; issue 18's first "Done means"),
end to end over the real server (the app under uvicorn, real HTTP), its mail worker
delivering to a real SMTP server (aiosmtpd), on SQLite and PostgreSQL.

Tangoklubben's treasurer sets the payment settings (Bankgiro, 30 days to pay, 7 days'
grace, no reminder fee, card payments by Stripe) before anyone books; then the booking walk
of tests/server/test_seed_003_walk.py (tests/server/seed_003.py): Maria's Vals invoiced and
paid with its OCR reference, cancelled to 600 kr of credit; Maria books Tango Fortsättare
Onsdagar with Anders from her follow-up mail. From there: Anders gets an invoice of
1 100 kr by e-mail with an OCR reference (OCR4-valid), due in 30 days; its PDF opened from
the mail's link and its text read (pdftotext); Maria's 200 kr left to pay is invoiced
too; nothing else is sent. Maria pays her 200 kr by card at once (step 7): the done page's
"Betala nu med kort" takes her to Stripe Checkout (a stand-in speaking Stripe's API,
tests/utils/stripe_standin.py), she pays, Stripe's signed webhook books the payment on
her invoice's OCR (card account) and Stripe's fee; the webhook again books nothing; she
gets a receipt by e-mail.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from datetime import date, timedelta

import httpx
import pytest
from sqlalchemy import select

from models import ledger
from models.ids import new_id
from models.payments import check_ocr
from server.services import ledger as accounts
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
    set_up,
    today,
)
from tests.utils import stripe_standin
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
def club(module_server_db_url: str, stripe: StripeStandin) -> Iterator[Club]:
    """Tangoklubben on its own server (one for the module and backend), taking card
    payments through Stripe."""
    with open_club(
        module_server_db_url,
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


def pay_by_ocr(club: Club, registration_id: str) -> None:
    """Maria paid Vals's invoice with its OCR reference."""
    vals = invoice_of(club, "maria", registration_id)
    with club.server.db.transaction() as s:
        accounts.record(
            s,
            club.tenant_id,
            ledger.payment(new_id(), club.ids["maria"], vals.amount, today(), vals.ocr or ""),
        )


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


def sent(club: Club) -> list[tuple[str, str]]:
    """(event, whom) of every mail queued for the club, sorted."""
    return sorted((event, to.split(".")[0]) for event, to in club.outbox())


def pdf_text(pdf: bytes) -> str:
    """The PDF's text as pdftotext (poppler) reads it, its layout kept."""
    done = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def test_maria_pays_by_card_anders_by_bankgiro_after_a_reminder(
    club: Club, stripe: StripeStandin
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
    booked = book_fortsattare_with_anders(club, pay_vals=pay_by_ocr)

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
    # Nothing else was sent: each booking's confirmation and invoice (Vals's too), Vals's
    # cancellation, the follow-ups.
    assert sent(club) == sorted(
        [
            ("registration.created", "maria"),
            ("payment.invoice", "maria"),
            ("registration.cancelled", "maria"),
            ("round.follow_up", "maria"),
            ("round.follow_up", "anders"),
            ("registration.created", "maria"),
            ("payment.invoice", "maria"),
            ("registration.created", "anders"),
            ("payment.invoice", "anders"),
        ]
    )

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
    # She gets a receipt by e-mail.
    receipt = body(club.mail_to("Maria", f"Kvitto: {kr('200 kr')} mottaget"))
    assert receipt == (
        "Hej Maria,\n\nTack för din betalning.\n\n"
        f"Mottaget belopp: 200 kr\nBetalningsdag: {today().isoformat()}\n"
        f"Faktura: {maria.number}, Tango Fortsättare (Onsdagar)\nOCR-nummer: {maria.ocr}\n"
        "Kvar att betala på fakturan: 0 kr\n"
        "Betalt utöver fakturan, sparat som tillgodohavande: 0 kr\n\nTangoklubben\n"
    ), receipt
