"""Invoices (server/services/invoices.py, issue 18; seed 003, step 9): the seed's Anders,
booked onto Tango Fortsättare by Maria, is invoiced 1 100 kr with a valid OCR reference,
due the booking day + the tenant's due days, mailed with a link to the invoice's PDF
(read back with pdftotext); issuing twice issues once; cancelling the booking credits
the invoice. The real server over HTTP with its mail worker and a real SMTP server, on
SQLite and PostgreSQL."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from models.booking import NO_REFUND
from models.commands import Actor, Effect
from models.courses import Registration, RegistrationStatus
from models.errors import ValidationError
from models.ids import new_id, utcnow
from models.notifications import EventType
from models.payments import check_ocr, payment_settings_of
from models.people import Person, PersonEmail
from models.pricing import Breakdown, Line, LineKind
from models.tenancy import Role
from server.services.booking import record_booking
from server.services.effects import run_effects
from server.services.invoices import (
    invoice_by_ocr,
    invoice_of,
    issue_invoice,
    issue_invoices,
    open_amount,
    person_invoices,
)
from server.services.seq import lock_tenant
from server.tables import Booking, Invoice, MailOutbox
from tests.server.helpers import cmd
from tests.server.seed_003 import (
    KR,
    Club,
    body,
    book_fortsattare_with_anders,
    open_club,
    set_up,
    today,
)
from tests.utils.notify_events import delivers

BANKGIRO = "991-2346"


@pytest.fixture(scope="module")
def club(module_server_db_url: str) -> Iterator[Club]:
    """Tangoklubben on its own server (one for the module and backend), with its payment
    settings, Maria and Anders booked on Tango Fortsättare."""
    with open_club(module_server_db_url) as club:
        set_up(club)
        club.push(
            cmd(
                "payment_settings.set",
                settings_id=new_id(),
                expected_version=0,
                bankgiro=BANKGIRO,
                due_days=20,
                reminder_fee=60 * KR,
                late_interest=True,
                reference_rate=200,
                sender_name="Tangoklubben i Lund",
                sender_address="Box 17\n221 00 Lund",
                org_number="802000-0017",
            )
        )
        booked = book_fortsattare_with_anders(club)
        booked.browser.close()
        club.ids.update({f"reg_{key}": value for key, value in booked.registrations.items()})
        yield club


def _pdftotext(pdf: bytes, tmp: Path) -> str:
    path = tmp / "invoice.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    )
    (tmp / "invoice.txt").write_text(out.stdout)
    # The layout's columns as single spaces (a label and its value on one line).
    return re.sub(r"[ \u00a0]+", " ", out.stdout)


@delivers(EventType.PAYMENT_INVOICE)
def test_anders_is_invoiced_1100_kr_with_an_ocr_reference_and_a_pdf(
    club: Club, tmp_path: Path
) -> None:
    anders, reg = club.ids["anders"], club.ids["reg_anders"]
    with club.server.db.sessions() as s:
        invoice = invoice_of(s, club.tenant_id, reg)
        assert invoice is not None
        assert (invoice.kind, invoice.person_id, invoice.amount) == ("invoice", anders, 1100 * KR)
        assert invoice.ocr is not None and check_ocr(invoice.ocr) == invoice.ocr
        assert invoice.issued_on == today()
        assert invoice.due_on == today() + timedelta(days=20)
        assert (invoice.reminder_fee, invoice.late_interest) == (60 * KR, True)
        assert open_amount(s, club.tenant_id, invoice) == 1100 * KR
        assert invoice_by_ocr(s, club.tenant_id, invoice.ocr) == invoice
        # The booking stored the payment terms it was made under.
        booking = s.scalars(select(Booking).where(Booking.registration_id == reg)).one()
        assert booking.terms["payment"] == {
            "due_days": 20,
            "reminder_fee": 60 * KR,
            "late_interest": True,
        }
        number, ocr = invoice.number, invoice.ocr
    # The mail, in the club's language, with the PDF's link, after his confirmation.
    his = [event for event, to in club.outbox() if to == club.address("Anders")]
    assert his.index("payment.invoice") > his.index("registration.created"), his
    mail = club.mail_to("Anders", f"Faktura {number}: Tango Fortsättare")
    text = body(mail)
    assert "Belopp: 1\u00a0100 kr" in text
    assert f"Förfallodag: {(today() + timedelta(days=20)).isoformat()}" in text
    assert f"Bankgiro: {BANKGIRO}" in text
    assert f"OCR-nummer: {ocr}" in text
    [link] = re.findall(r"(http://\S+/reports/invoice/[\w-]+)\?lang=sv\b", text)
    assert link.startswith(club.url)
    resp = httpx.get(link, timeout=30)
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"] == "application/pdf"
    pdf = _pdftotext(resp.content, tmp_path)
    for expected in (
        "FAKTURA",
        "Tangoklubben i Lund",
        "Box 17",
        "Org.nr 802000-0017",
        f"Fakturanummer {number}",
        "Anders Berg",
        "Tango Fortsättare: kursavgift",
        "Bankgiro OCR-nummer Belopp Förfallodag",
        BANKGIRO,
        ocr,
        "1 100 kr",
        (today() + timedelta(days=20)).isoformat(),
        "Påminnelseavgift 60 kr",
    ):
        assert expected in pdf, (expected, pdf)
    # A forged link is a page saying so, not a PDF.
    forged = httpx.get(link[:-4] + "abcd", timeout=30)
    assert forged.status_code == 404


def test_maria_is_invoiced_what_her_credit_left(club: Club) -> None:
    with club.server.db.sessions() as s:
        invoice = invoice_of(s, club.tenant_id, club.ids["reg_maria"])
        assert invoice is not None
        assert invoice.amount == 200 * KR
        anders = invoice_of(s, club.tenant_id, club.ids["reg_anders"])
        assert anders is not None and anders.number != invoice.number
        assert invoice.ocr != anders.ocr


def test_issuing_again_issues_nothing_new(club: Club) -> None:
    reg = club.ids["reg_anders"]
    with club.server.db.transaction() as s:
        before = invoice_of(s, club.tenant_id, reg)
        again = issue_invoice(
            s, club.server.settings, tenant_id=club.tenant_id, registration_id=reg, now=utcnow()
        )
        assert again == before
        # An invoice run over the invoiced bookings issues nothing either.
        regs = [reg, club.ids["reg_maria"]]
        assert (
            issue_invoices(
                s,
                club.server.settings,
                tenant_id=club.tenant_id,
                registration_ids=regs,
                now=utcnow(),
            )
            == []
        )
    with club.server.db.sessions() as s:
        mails = s.scalars(
            select(MailOutbox).where(
                MailOutbox.tenant_id == club.tenant_id,
                MailOutbox.event_type == EventType.PAYMENT_INVOICE.value,
                MailOutbox.to_address == club.address("Anders"),
            )
        ).all()
        assert len(mails) == 1
        assert len(person_invoices(s, club.tenant_id, club.ids["anders"])) == 1


def test_a_place_given_later_is_invoiced_when_it_is_charged(club: Club) -> None:
    """Effect ``booking.charge`` (from the waiting list, an offer accepted, accepted from
    review) charges the stored booking and issues its invoice, once, and an invoice run
    then finds nothing left to invoice."""
    now = utcnow()
    with club.server.db.transaction() as s:
        lock_tenant(s, club.tenant_id)
        eva = Person(tenant_id=club.tenant_id, first_name="Eva", last_name="Ek")
        s.add(eva)
        s.flush()
        s.add(
            PersonEmail(
                tenant_id=club.tenant_id,
                person_id=eva.id,
                address=club.address("Eva"),
                is_primary=True,
            )
        )
        reg = Registration(
            tenant_id=club.tenant_id,
            round_id=club.ids["fortsattare_onsdagar"],
            participant_id=eva.id,
            status=RegistrationStatus.REGISTERED,
            created_at=now,
        )
        s.add(reg)
        s.flush()
        lines = Breakdown((Line(LineKind.BASE_PRICE, "base_price", {"course": "Tango"}, 400 * KR),))
        record_booking(s, reg, lines, NO_REFUND, now=now)
        actor = Actor(
            club.tenant_id, "kansli@tango.example.se", frozenset({Role.ADMIN}), authoritative=True
        )
        charge = Effect("booking.charge", {"registration_id": reg.id})
        run_effects(session=s, actor=actor, settings=club.server.settings, effects=[charge])
        run_effects(session=s, actor=actor, settings=club.server.settings, effects=[charge])
        reg_id, eva_id = reg.id, eva.id
    with club.server.db.transaction() as s:
        [invoice] = person_invoices(s, club.tenant_id, eva_id)
        assert (invoice.registration_id, invoice.amount, invoice.kind) == (
            reg_id,
            400 * KR,
            "invoice",
        )
        assert invoice.due_on == today() + timedelta(days=20)
        assert (
            issue_invoices(
                s,
                club.server.settings,
                tenant_id=club.tenant_id,
                registration_ids=[reg_id],
                now=now,
            )
            == []
        )
        number = invoice.number
    mail = club.mail_to("Eva", f"Faktura {number}: Tango Fortsättare")
    assert "Belopp: 400 kr" in body(mail)


def test_an_invoice_is_append_only(club: Club) -> None:
    with club.server.db.sessions() as s:
        invoice = invoice_of(s, club.tenant_id, club.ids["reg_anders"])
        assert invoice is not None
        invoice.amount = 1
        with pytest.raises(Exception, match="append only"):
            s.commit()


def test_stale_or_invalid_payment_settings_are_refused(club: Club) -> None:
    with club.server.db.sessions() as s:
        row = payment_settings_of(s, club.tenant_id)
        assert row is not None
        settings_id = row.id
    resp = club.staff.post(
        "/api/v1/sync/push",
        json={
            "commands": [
                cmd("payment_settings.set", settings_id=settings_id, expected_version=0),
                cmd("payment_settings.set", settings_id=new_id(), expected_version=1),
                cmd(
                    "payment_settings.set",
                    settings_id=settings_id,
                    expected_version=1,
                    bankgiro="991-2347",
                ),
                cmd(
                    "payment_settings.set",
                    settings_id=settings_id,
                    expected_version=1,
                    bankgiro=BANKGIRO,
                    reminder_fee=60 * KR + 1,
                ),
            ]
        },
    )
    assert resp.status_code == 200, resp.text
    stale, other_id, bad_bankgiro, too_high = resp.json()["results"]
    assert (stale["status"], stale["code"]) == ("rejected", "conflict"), stale
    assert (other_id["status"], other_id["code"]) == ("rejected", "not_found"), other_id
    assert (bad_bankgiro["code"], bad_bankgiro["details"]) == (
        "invalid",
        {"field": "bankgiro"},
    ), bad_bankgiro
    assert too_high["status"] == "rejected", too_high
    with club.server.db.sessions() as s:
        settings = payment_settings_of(s, club.tenant_id)
        assert settings is not None and (settings.version, settings.bankgiro) == (1, "9912346")
    with pytest.raises(ValidationError):
        check_ocr("12345")


@delivers(EventType.PAYMENT_CREDIT_NOTE)
def test_cancelling_the_invoiced_booking_credits_the_invoice(club: Club, tmp_path: Path) -> None:
    reg = club.ids["reg_anders"]
    club.push(cmd("registration.cancel", registration_id=reg))
    with club.server.db.sessions() as s:
        invoice = invoice_of(s, club.tenant_id, reg)
        assert invoice is not None
        [note] = s.scalars(
            select(Invoice).where(Invoice.credits_id == invoice.id, Invoice.kind == "credit_note")
        ).all()
        # Under the terms he booked (200 kr kept), 900 kr of the 1 100 kr is credited;
        # the fee kept is what is still open on the invoice.
        assert (note.ocr, note.amount, note.person_id) == (None, -900 * KR, invoice.person_id)
        assert note.number > invoice.number
        assert open_amount(s, club.tenant_id, invoice) == 200 * KR
        assert open_amount(s, club.tenant_id, note) == 0
        from server.services.invoices import invoice_pdf

        pdf = _pdftotext(invoice_pdf(s, note), tmp_path)
    assert "KREDITFAKTURA" in pdf, pdf
    assert f"Krediterar faktura {invoice.number}" in pdf
    assert f"Kredit av faktura {invoice.number}: bokningen är avbokad -900 kr" in pdf
    # The credit note is mailed to Anders like his invoice, with the link to its PDF.
    mail = club.mail_to("Anders", f"Kreditfaktura {note.number}: Tango Fortsättare")
    text = body(mail)
    [link] = re.findall(r"(http://\S+/reports/invoice/[\w-]+)\?lang=sv\b", text)
    assert text == (
        "Hej Anders,\n\n"
        f"Din bokning av Tango Fortsättare (Onsdagar) är avbokad, och faktura {invoice.number}\n"
        "krediteras.\n\n"
        f"Kreditfakturans nummer: {note.number}\n"
        "Krediterat belopp: 900 kr\n"
        f"Kvar att betala på faktura {invoice.number}: 200 kr\n\n"
        f"Kreditfakturan som PDF:\n{link}?lang=sv\n\nTangoklubben\n"
    )
    resp = httpx.get(link, timeout=30)
    assert (resp.status_code, resp.headers["content-type"]) == (200, "application/pdf")
    mailed = _pdftotext(resp.content, tmp_path)
    assert "KREDITFAKTURA" in mailed and f"Krediterar faktura {invoice.number}" in mailed
    # Cancelling is done once: its effect again credits nothing more.
    with club.server.db.sessions() as s:
        notes = s.scalars(select(Invoice).where(Invoice.credits_id == invoice.id)).all()
        assert len(notes) == 1


def test_a_cancellation_counts_what_was_paid_on_its_own_invoice(club: Club) -> None:
    """Maria owes her Tango Fortsättare invoice and books Vals again, pays the Vals invoice
    by its OCR and cancels Vals: what she paid was Vals' (not her older invoice's), so the
    terms give it back less the fee as credit, her Tango invoice stays open, and what she
    owes is exactly what her invoices ask (paid money was once spread oldest charge first
    over all her charges, leaving an invoice open that she did not owe, or the reverse)."""
    from server.services.booking import book
    from server.services.ledger import balance_of
    from server.services.payments import receive

    maria, tenant = club.ids["maria"], club.tenant_id
    settings = club.server.settings
    with club.server.db.transaction() as s:
        lock_tenant(s, tenant)
        owed_before = balance_of(s, tenant, maria)
        vals = book(
            s, settings, tenant_id=tenant, round_id=club.ids["vals_ht"], person_id=maria,
            now=utcnow(),
        ).registration_id  # fmt: skip
    with club.server.db.transaction() as s:
        invoice = invoice_of(s, tenant, vals)
        assert invoice is not None and invoice.amount == 800 * KR
        receive(
            s, settings, tenant_id=tenant, source="bgmax", source_ref=new_id(),
            amount=invoice.amount, paid_on=today(), reference=invoice.ocr or "", now=utcnow(),
        )  # fmt: skip
    club.push(cmd("registration.cancel", registration_id=vals))
    with club.server.db.sessions() as s:
        invoice = invoice_of(s, tenant, vals)
        assert invoice is not None
        [note] = s.scalars(select(Invoice).where(Invoice.credits_id == invoice.id)).all()
        # Vals' terms keep a 200 kr fee: 600 kr comes back as credit, nothing is written off.
        assert note.amount == -600 * KR
        assert open_amount(s, tenant, invoice) == 0
        after = balance_of(s, tenant, maria)
        assert after.credit - owed_before.credit == 600 * KR
        # Her Tango Fortsättare invoice is still what she owes, all of it.
        tango = invoice_of(s, tenant, club.ids["reg_maria"])
        assert tango is not None
        assert after.owed == owed_before.owed == open_amount(s, tenant, tango) == 200 * KR
