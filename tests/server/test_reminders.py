"""Payment reminders and the collection list (server/services/reminders.py, issue 18; seed
003 step 13) on SQLite and PostgreSQL: a booking's invoice (server/services/invoices.py)
not paid is reminded after its due date and the grace days by e-mail (a real SMTP server)
and SMS (the gateway stand-in), once per level however often the job runs; the agreed
reminder fee (never above 60 kr) and late interest are charged on the person's account;
a second reminder, then the collection list (GET /api/v1/payments/collection)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from email.message import EmailMessage

import pytest
from sqlalchemy import select
from stdnum import luhn

from models import ledger
from models.courses import Course, CourseRound
from models.ids import new_id, utcnow
from models.notifications import EventType
from models.payments import PaymentSettings, bankgiro_text, ocr_reference
from models.people import Person, PersonEmail, PersonPhone
from models.tenancy import Role, Tenant
from server.db import migrate
from server.services import ledger as accounts
from server.services import payments
from server.services.agent_orders.signers import send_queued_sms
from server.services.booking import book
from server.services.database import Database
from server.services.invoices import Owed, invoice_of, issue_invoice, open_amount, owed
from server.services.mail import MailWorker
from server.services.reminders import reminded, send_reminders
from server.services.seq import lock_tenant
from server.settings import Settings
from server.tables import Invoice, LedgerPosting, LedgerTransaction, PaymentReminder
from tests.server.conftest import api_settings
from tests.server.helpers import World, cmd, make_world
from tests.server.smtp import SmtpServer
from tests.utils.notify_events import delivers
from tests.utils.servers import InProcessServer
from tests.utils.sms_gateway import PASSWORD, USERNAME, SmsApiStandin

KR = 100
#: A Bankgiro number with a valid check digit.
BANKGIRO = "505010" + luhn.calc_check_digit("505010")
NBSP = "\u00a0"


@dataclass
class Site:
    server: InProcessServer
    smtp: SmtpServer
    sms: SmsApiStandin
    db: Database
    settings: Settings


@pytest.fixture(scope="module")
def site(module_server_db_url: str) -> Iterator[Site]:
    migrate(module_server_db_url)
    smtp = SmtpServer().start()
    with SmsApiStandin() as sms:
        settings = api_settings(
            module_server_db_url,
            smtp_port=smtp.port,
            public_base_url="http://kansli.test",
            sms_gateway="http",
            sms_http_url=sms.url,
            sms_http_username=USERNAME,
            sms_http_password=PASSWORD,
            sms_sender="Kansli",
        )
        db = Database(module_server_db_url)
        server = InProcessServer(settings, db).start()
        try:
            yield Site(server, smtp, sms, db, settings)
        finally:
            server.stop()
            smtp.stop()
            db.dispose()


@dataclass
class Club:
    world: World
    round_id: str
    people: dict[str, str]
    emails: dict[str, str]
    phones: dict[str, str]

    @property
    def tenant_id(self) -> str:
        return self.world.tenant_id


def today() -> date:
    return utcnow().date()


def club(
    site: Site,
    *,
    language: str = "sv",
    reminder_fee: int = 60 * KR,
    late_interest: bool = True,
    reference_rate: int = 250,
) -> Club:
    """Tangoklubben with payment settings, Tango Fortsättare (Onsdagar, 1 100 kr) and
    Anders and Maria, each with an address and a mobile number."""
    world = make_world(site.server.url, site.db, site.settings, "rem")
    numbers = int(world.tenant_id.replace("-", "")[-6:], 16) % 1_000_000
    people, emails, phones = {}, {}, {}
    with site.db.transaction() as s:
        tenant = s.get_one(Tenant, world.tenant_id)
        tenant.name, tenant.language = "Tangoklubben", language
        s.add(
            PaymentSettings(
                tenant_id=world.tenant_id,
                bankgiro=BANKGIRO,
                due_days=30,
                grace_days=7,
                reminder_fee=reminder_fee,
                late_interest=late_interest,
                reference_rate=reference_rate,
                second_reminder_days=14,
                sender_name="Tangoklubben",
            )
        )
        course = Course(tenant_id=world.tenant_id, code="TF", name="Tango Fortsättare")
        s.add(course)
        s.flush()
        round_ = CourseRound(
            tenant_id=world.tenant_id,
            course_id=course.id,
            name="Onsdagar",
            starts_on=today() + timedelta(days=20),
            ends_on=today() + timedelta(days=110),
            price_ore=1_100 * KR,
        )
        s.add(round_)
        for n, (first, last) in enumerate((("Anders", "Berg"), ("Maria", "Svensson"))):
            person = Person(tenant_id=world.tenant_id, first_name=first, last_name=last)
            s.add(person)
            s.flush()
            emails[first] = f"{first.lower()}.{world.slug}@dans.se"
            phones[first] = f"+4670{n}{numbers:06d}"
            s.add(
                PersonEmail(
                    tenant_id=world.tenant_id,
                    person_id=person.id,
                    address=emails[first],
                    is_primary=True,
                )
            )
            s.add(
                PersonPhone(
                    tenant_id=world.tenant_id,
                    person_id=person.id,
                    number=phones[first],
                    is_primary=True,
                )
            )
            people[first] = person.id
        s.flush()
        round_id = round_.id
    return Club(world, round_id, people, emails, phones)


def invoiced(site: Site, club: Club, who: str, *, days_ago: int) -> Invoice:
    """``who`` books Onsdagar ``days_ago`` days ago: charged 1 100 kr and invoiced then."""
    at = datetime.combine(today() - timedelta(days=days_ago), time(10), tzinfo=UTC)
    with site.db.transaction() as s:
        lock_tenant(s, club.tenant_id)
        booked = book(
            s,
            site.settings,
            tenant_id=club.tenant_id,
            round_id=club.round_id,
            person_id=club.people[who],
            now=at,
        )
        invoice = invoice_of(s, club.tenant_id, booked.registration_id) or issue_invoice(
            s,
            site.settings,
            tenant_id=club.tenant_id,
            registration_id=booked.registration_id,
            now=at,
        )
        assert invoice is not None
        s.expunge(invoice)
    assert (invoice.amount, invoice.due_on) == (1_100 * KR, at.date() + timedelta(days=30))
    return invoice


def job(site: Site, club: Club, day: date) -> int:
    """The periodic job on ``day``, for the club's invoices (other tests' tenants share the
    database); how many reminders it sent."""
    return send_reminders(site.db, site.settings, today=day, tenant_id=club.tenant_id)


def paid(site: Site, club: Club, invoice: Invoice, amount: int) -> None:
    """A payment with the invoice's OCR reference (as the Bankgiro import books it)."""
    with site.db.transaction() as s:
        tx = ledger.payment(new_id(), invoice.person_id, amount, today(), invoice.ocr or "")
        accounts.record(s, club.tenant_id, tx)


def reminders_of(site: Site, invoice: Invoice) -> list[tuple[int, date, int, int, int]]:
    """(level, sent on, open amount, fee, interest) of the invoice's reminders."""
    with site.db.sessions() as s:
        rows = s.scalars(
            select(PaymentReminder)
            .where(PaymentReminder.invoice_id == invoice.id)
            .order_by(PaymentReminder.level)
        ).all()
        return [(r.level, r.sent_on, r.open_amount, r.fee, r.interest) for r in rows]


def reminder_postings(site: Site, club: Club) -> list[tuple[str, int, str | None, str]]:
    with site.db.sessions() as s:
        rows = s.execute(
            select(
                LedgerPosting.account,
                LedgerPosting.amount,
                LedgerPosting.person_id,
                LedgerPosting.code,
            )
            .join(LedgerTransaction, LedgerTransaction.id == LedgerPosting.transaction_id)
            .where(
                LedgerTransaction.tenant_id == club.tenant_id,
                LedgerTransaction.kind == ledger.Kind.REMINDER.value,
            )
            .order_by(LedgerTransaction.day, LedgerPosting.account, LedgerPosting.code)
        ).all()
        return [(a, int(m), p, c) for a, m, p, c in rows]


def delivered(site: Site, to: str, subject: str) -> list[EmailMessage]:
    MailWorker(site.db, site.settings).run_once()
    return [m for m in site.smtp.messages if m["To"] == to and m["Subject"].startswith(subject)]


def body(message: EmailMessage) -> str:
    return str(message.get_content()).replace("\r\n", "\n")


def texted(site: Site, number: str) -> list[str]:
    send_queued_sms(site.db, site.settings)
    return [m.message for m in list(site.sms.received) if m.to == number]


def kr(text: str) -> str:
    """``text`` with its amounts' thousands grouped as kronor_text groups them."""
    return re.sub(r"(\d) (\d{3})", rf"\1{NBSP}\2", text)


@delivers(EventType.PAYMENT_REMINDER)
def test_an_unpaid_invoice_is_reminded_twice_then_listed_for_collection(site: Site) -> None:
    tango = club(site)
    anders, number = tango.people["Anders"], tango.phones["Anders"]
    invoice = invoiced(site, tango, "Anders", days_ago=40)
    due = invoice.due_on
    assert due is not None and invoice.ocr == ocr_reference(invoice.number)

    # Not before the due date and the grace days have passed; then once, however often.
    assert job(site, tango, due + timedelta(days=7)) == 0
    first = due + timedelta(days=8)
    assert job(site, tango, first) == 1
    assert job(site, tango, first) == 0
    assert job(site, tango, first + timedelta(days=1)) == 0
    # 1 100 kr for 8 days at 2.50 % + 8 %: 110 000 × 0.105 × 8 / 365 = 253.15 öre.
    assert reminders_of(site, invoice) == [(1, first, 1_100 * KR, 60 * KR, 253)]
    assert reminder_postings(site, tango) == [
        ("receivable", 6_253, anders, ""),
        ("revenue", -6_000, None, "3540"),
        ("revenue", -253, None, "8313"),
    ]
    with site.db.sessions() as s:
        assert accounts.balance_of(s, tango.tenant_id, anders).owed == 1_100 * KR + 6_253

    [mail] = delivered(site, tango.emails["Anders"], "Påminnelse")
    assert mail["Subject"] == f"Påminnelse 1: faktura {invoice.number}"
    assert invoice.number == 1
    assert body(mail) == (
        "Hej Anders,\n\n"
        "Vi har inte fått betalt för faktura 1 (Tango Fortsättare, Onsdagar), som\n"
        f"förföll {due.isoformat()}. Det här är påminnelse 1.\n\n"
        + kr("Kvar att betala på fakturan: 1 100 kr\n")
        + "Påminnelseavgift: 60 kr\n"
        "Dröjsmålsränta: 2,53 kr\n"
        + kr("Att betala: 1 162,53 kr\n\n")
        + f"Betala till bankgiro {bankgiro_text(BANKGIRO)} med OCR-nummer {invoice.ocr}. "
        "Har du redan betalat kan du\nbortse från den här påminnelsen.\n\nTangoklubben\n"
    )
    assert texted(site, number) == [
        f"Påminnelse 1: faktura {invoice.number} från Tangoklubben är obetald. "
        + kr("Betala 1 162,53 kr till bankgiro ")
        + f"{bankgiro_text(BANKGIRO)}, OCR {invoice.ocr}."
    ]

    # The second reminder second_reminder_days (14) later: interest since the first, no
    # second fee (the agreed fee is charged once).
    assert job(site, tango, first + timedelta(days=13)) == 0
    second = first + timedelta(days=14)
    assert job(site, tango, second) == 1
    # 110 000 × 0.105 × 14 / 365 = 443.01 öre.
    assert reminders_of(site, invoice) == [
        (1, first, 1_100 * KR, 60 * KR, 253),
        (2, second, 1_100 * KR, 0, 443),
    ]
    [mail2] = delivered(site, tango.emails["Anders"], "Påminnelse 2")
    assert mail2["Subject"] == f"Påminnelse 2: faktura {invoice.number}"
    assert "Det här är påminnelse 2.\n\n" in body(mail2)
    assert (
        "Påminnelseavgift: 0 kr\nDröjsmålsränta: 4,43 kr\n" + kr("Att betala: 1 166,96 kr\n")
    ) in body(mail2)
    assert len(texted(site, number)) == 2

    # Then the collection list: still open 14 days after the second reminder; no third.
    with site.db.sessions() as s:
        [row] = reminded(s, tango.tenant_id, today=second + timedelta(days=13))
        assert (row.stage, row.level, row.fees, row.interest) == ("reminded", 2, 6_000, 696)
        collection = reminded(s, tango.tenant_id, today=second + timedelta(days=14))
        assert [(r.invoice_id, r.stage) for r in collection] == [(invoice.id, "collection")]
        assert collection[0].to_pay == 1_100 * KR + 6_000 + 696
    assert job(site, tango, second + timedelta(days=30)) == 0
    assert len(reminders_of(site, invoice)) == 2


def test_no_fee_or_interest_unless_the_booking_agreed_to_them(site: Site) -> None:
    """The terms at booking count: settings raised afterwards charge nothing more."""
    tango = club(site, language="en", reminder_fee=0, late_interest=False)
    invoice = invoiced(site, tango, "Anders", days_ago=40)
    assert (invoice.reminder_fee, invoice.late_interest) == (0, False)
    with site.db.transaction() as s:
        row = s.scalars(
            select(PaymentSettings).where(PaymentSettings.tenant_id == tango.tenant_id)
        ).one()
        row.reminder_fee, row.late_interest = 60 * KR, True
    assert invoice.due_on is not None
    first = invoice.due_on + timedelta(days=8)
    assert job(site, tango, first) == 1
    assert reminders_of(site, invoice) == [(1, first, 1_100 * KR, 0, 0)]
    assert reminder_postings(site, tango) == []
    [mail] = delivered(site, tango.emails["Anders"], "Reminder")
    assert mail["Subject"] == f"Reminder 1: invoice {invoice.number}"
    assert (
        kr("Left to pay on the invoice: 1 100 kr\n")
        + "Reminder fee: 0 kr\nLate interest: 0 kr\n"
        + kr("To pay: 1 100 kr\n\n")
    ) in body(mail)


def test_a_fee_above_60_kr_is_refused_and_never_charged(site: Site) -> None:
    tango = club(site, late_interest=False)
    [refused] = tango.world.push(
        cmd(
            "payment_settings.set",
            settings_id=new_id(),
            expected_version=0,
            bankgiro=BANKGIRO,
            reminder_fee=75 * KR,
        ),
        role=Role.TREASURER,
    )
    assert refused["status"] == "rejected", refused
    # An invoice that says 75 kr however it came about: 60 kr is charged, not more.
    invoice = invoiced(site, tango, "Anders", days_ago=40)
    with site.db.transaction() as s:
        dearer = Invoice(
            tenant_id=tango.tenant_id,
            number=invoice.number + 1,
            person_id=invoice.person_id,
            registration_id=new_id(),
            ocr=ocr_reference(invoice.number + 1),
            amount=500 * KR,
            issued_on=invoice.issued_on,
            due_on=invoice.due_on,
            lines=[],
            reminder_fee=75 * KR,
        )
        s.add(dearer)
        s.flush()
        s.expunge(dearer)
    assert invoice.due_on is not None
    assert job(site, tango, invoice.due_on + timedelta(days=8)) == 2
    assert reminders_of(site, dearer)[0][3] == 60 * KR


def test_a_paid_invoice_is_not_reminded_and_a_part_paid_one_for_the_rest(site: Site) -> None:
    tango = club(site)
    anders = invoiced(site, tango, "Anders", days_ago=40)
    maria = invoiced(site, tango, "Maria", days_ago=40)
    paid(site, tango, anders, 1_100 * KR)
    paid(site, tango, maria, 500 * KR)
    assert maria.due_on is not None
    first = maria.due_on + timedelta(days=8)
    assert job(site, tango, first) == 1
    assert reminders_of(site, anders) == []
    # 60 000 × 0.105 × 8 / 365 = 138.08 öre.
    assert reminders_of(site, maria) == [(1, first, 600 * KR, 60 * KR, 138)]
    [mail] = delivered(site, tango.emails["Maria"], "Påminnelse")
    assert "Kvar att betala på fakturan: 600 kr\n" in body(mail)
    assert delivered(site, tango.emails["Anders"], "Påminnelse") == []
    # Paid after the first reminder, the reminder's fee and interest too: no second one,
    # not on any list.
    paid(site, tango, maria, 600 * KR + 60 * KR + 138)
    assert job(site, tango, first + timedelta(days=14)) == 0
    with site.db.sessions() as s:
        assert reminded(s, tango.tenant_id, today=first + timedelta(days=40)) == []


def receive(site: Site, club: Club, invoice: Invoice, amount: int, ref: str) -> tuple[int, int]:
    """A Bankgiro payment of ``amount`` with the invoice's OCR received as the BgMax import
    receives one; (what it paid of the invoice, what the invoice still asked after it)."""
    with site.db.transaction() as s:
        lock_tenant(s, club.tenant_id)
        row = payments.receive(
            s, site.settings, tenant_id=club.tenant_id, source="bgmax", source_ref=ref,
            amount=amount, paid_on=today(), reference=invoice.ocr or "", now=utcnow(),
        )  # fmt: skip
        return row.applied, row.left_after


def test_a_reminders_fee_and_interest_are_owed_on_the_invoice(site: Site) -> None:
    """A payment of just the invoice's amount after a reminder leaves its fee and interest
    open: the second reminder and the collection list ask for them; a payment with the OCR
    pays them (nothing of it becomes credit), and nothing is owed after."""
    tango = club(site)
    anders = tango.people["Anders"]
    invoice = invoiced(site, tango, "Anders", days_ago=40)
    assert invoice.due_on is not None
    first = invoice.due_on + timedelta(days=8)
    assert job(site, tango, first) == 1
    assert reminders_of(site, invoice) == [(1, first, 1_100 * KR, 60 * KR, 253)]
    with site.db.sessions() as s:
        assert open_amount(s, tango.tenant_id, s.get_one(Invoice, invoice.id)) == 116_253
    assert receive(site, tango, invoice, 1_100 * KR, "fee-1") == (1_100 * KR, 6_253)
    with site.db.sessions() as s:
        fresh = s.get_one(Invoice, invoice.id)
        assert owed(s, tango.tenant_id, fresh) == Owed(principal=0, total=6_253)
        [row] = reminded(s, tango.tenant_id, today=first)
        assert (row.open_amount, row.fees, row.interest, row.to_pay) == (0, 6_000, 253, 6_253)
        assert accounts.balance_of(s, tango.tenant_id, anders).owed == 6_253
    # The second reminder asks for the fee and interest left; no interest on them.
    second = first + timedelta(days=14)
    assert job(site, tango, second) == 1
    assert reminders_of(site, invoice)[1] == (2, second, 0, 0, 0)
    delivered(site, tango.emails["Anders"], "Påminnelse 1")
    [mail] = delivered(site, tango.emails["Anders"], "Påminnelse 2")
    assert (
        "Kvar att betala på fakturan: 0 kr\nPåminnelseavgift: 0 kr\nDröjsmålsränta: 0 kr\n"
        "Att betala: 62,53 kr\n"
    ) in body(mail)
    with site.db.sessions() as s:
        collection = reminded(s, tango.tenant_id, today=second + timedelta(days=14))
        assert [(r.stage, r.to_pay) for r in collection] == [("collection", 6_253)]
    # Paying the rest with the OCR pays the fee and interest: nothing left, no credit.
    assert receive(site, tango, invoice, 6_253, "fee-2") == (6_253, 0)
    with site.db.sessions() as s:
        assert open_amount(s, tango.tenant_id, s.get_one(Invoice, invoice.id)) == 0
        assert reminded(s, tango.tenant_id, today=second + timedelta(days=14)) == []
        assert accounts.balance_of(s, tango.tenant_id, anders) == ledger.Balance(0, 0)


def test_the_collection_list_over_http_for_money_roles_only(site: Site) -> None:
    tango = club(site)
    anders = invoiced(site, tango, "Anders", days_ago=100)
    maria = invoiced(site, tango, "Maria", days_ago=45)
    assert anders.due_on == today() - timedelta(days=70)
    job(site, tango, today() - timedelta(days=60))
    job(site, tango, today() - timedelta(days=46))
    job(site, tango, today())
    assert [r[0] for r in reminders_of(site, anders)] == [1, 2]
    assert [r[0] for r in reminders_of(site, maria)] == [1]
    url = f"{tango.world.url}/api/v1/payments"
    treasurer = tango.world.client(Role.TREASURER)
    collection = treasurer.get(f"{url}/collection", timeout=10)
    assert collection.status_code == 200, collection.text
    # 110 000 × 0.105 × 10 / 365 = 316.44; × 14 / 365 = 443.01.
    assert collection.json()["rows"] == [
        {
            "invoice_id": anders.id,
            "number": anders.number,
            "ocr": anders.ocr,
            "person_id": tango.people["Anders"],
            "person_name": "Anders Berg",
            "amount": 1_100 * KR,
            "open_amount": 1_100 * KR,
            "fees": 60 * KR,
            "interest": 316 + 443,
            "to_pay": 1_100 * KR + 60 * KR + 316 + 443,
            "due_on": (today() - timedelta(days=70)).isoformat(),
            "level": 2,
            "reminded_on": (today() - timedelta(days=46)).isoformat(),
            "stage": "collection",
        }
    ]
    listed = treasurer.get(f"{url}/reminders", timeout=10).json()["rows"]
    assert [(r["person_name"], r["level"], r["stage"]) for r in listed] == [
        ("Anders Berg", 2, "collection"),
        ("Maria Svensson", 1, "reminded"),
    ]
    for role in (Role.ADMIN, Role.TREASURER):
        assert tango.world.client(role).get(f"{url}/collection", timeout=10).status_code == 200
    for role in (Role.COURSE_ADMIN, Role.VIEWER):
        for path in ("collection", "reminders"):
            refused = tango.world.client(role).get(f"{url}/{path}", timeout=10)
            assert refused.status_code == 403, (role, path)
