"""BgMax payments and deductions on one invoice in any order (issue 18), property-tested
on SQLite and PostgreSQL through server.services.payments.import_bgmax: whatever the
sequence of payments (partial, exact, over), deductions (of a payment booked, of one never
booked, more than was paid) and reminder fees charged on it, the invoice's open amount (its
reminders' fees included) is what its payments less their deductions left, the two ways
of counting it agree (invoices.open_amount and payments.owed_on), the person's account
says the same with a credit never below zero, and the bank and suspense accounts hold
exactly the money that came and went."""

from __future__ import annotations

from datetime import date
from itertools import count

from hypothesis import HealthCheck, given
from hypothesis import settings as examples
from hypothesis import strategies as st
from sqlalchemy import func, select

from models import ledger
from models.bgmax import record
from models.ids import new_id, utcnow
from models.payments import ocr_reference
from models.people import Person
from models.tenancy import Tenant
from server.services import ledger as accounts
from server.services.database import Database
from server.services.invoices import open_amount
from server.services.payments import import_bgmax, invoice_by_id, owed_on
from server.services.seq import lock_tenant
from server.settings import Settings
from server.tables import IncomingPayment, Invoice, LedgerPosting
from tests.server import test_booking

KR = 100
AMOUNT = 1_000 * KR
#: A reference no invoice has (a payment or deduction with it goes to suspense).
NOBODY = "99999"

_files = count(1)


#: The booking tests' module fixtures: a database of each backend and its settings.
db = test_booking.db
settings = test_booking.settings


def _club(db: Database) -> tuple[str, str]:
    """A tenant, a person, and her invoice of 1 000 kr (charged on her account): its id
    and OCR reference."""
    tenant, number = new_id(), 1
    with db.transaction() as s:
        s.add(Tenant(id=tenant, slug=f"avdrag-{tenant}", name="Avdragsklubben"))
        person = Person(tenant_id=tenant, first_name="Maria", last_name="Svensson")
        s.add(person)
        s.flush()
        invoice = Invoice(
            tenant_id=tenant, number=number, person_id=person.id, registration_id=new_id(),
            ocr=ocr_reference(number), amount=AMOUNT, issued_on=date(2026, 9, 1),
            due_on=date(2026, 9, 30), lines=[],
        )  # fmt: skip
        s.add(invoice)
        s.flush()
        charge = ledger.Transaction(
            new_id(), ledger.Kind.CHARGE, date(2026, 9, 1),
            (ledger.Posting(ledger.Account.RECEIVABLE, AMOUNT, person.id),
             ledger.Posting(ledger.Account.REVENUE, -AMOUNT)),
            invoice.registration_id,
        )  # fmt: skip
        accounts.record(s, tenant, charge)
        return tenant, invoice.id


def _file(records: list[tuple[str, str, int]]) -> bytes:
    """A BgMax file of one deposit of (record type 20 or 21, reference, öre); a deposit is
    never negative, so a payment with no invoice's reference makes up for the deductions."""
    n = next(_files)
    taken = sum(a for tk, _r, a in records if tk == "21")
    paid = sum(a for tk, _r, a in records if tk == "20")
    if taken > paid:
        records = [*records, ("20", NOBODY, taken - paid)]
    lines = [
        record("01", layout_name="BGMAX", layout_version=1, timestamp="20260910060000000000",
               test_mark="P"),
        record("05", recipient_bankgiro="9912346", currency="SEK"),
    ]  # fmt: skip
    for serial, (tk, ref, amount) in enumerate(records, 1):
        extra = {"deduction_code": 0} if tk == "21" else {}
        lines.append(
            record(
                tk, sender_bankgiro="0", reference=ref, amount=amount, reference_code=2,
                payment_channel=1, bgc_serial_number=n * 100 + serial, image_mark=0, **extra,
            )
        )  # fmt: skip
    lines.append(
        record(
            "15", payment_date="20260910", deposit_number=n % 100_000, currency="SEK",
            deposit_amount=sum(-a if tk == "21" else a for tk, _r, a in records),
            number_of_payments=len(records),
        )
    )  # fmt: skip
    lines.append(
        record(
            "70", number_of_payments=sum(tk == "20" for tk, *_ in records),
            number_of_deductions=sum(tk == "21" for tk, *_ in records),
            number_of_extra_references=0, number_of_deposits=1,
        )
    )  # fmt: skip
    return "\r\n".join(lines).encode("iso-8859-1")


def _sum(s, tenant: str, account: ledger.Account) -> int:  # type: ignore[no-untyped-def]
    total = s.scalar(
        select(func.coalesce(func.sum(LedgerPosting.amount), 0)).where(
            LedgerPosting.tenant_id == tenant, LedgerPosting.account == account.value
        )
    )
    return int(total or 0)


#: A step: a payment with the invoice's OCR, a deduction naming it (or naming nobody), or a
#: reminder's fee charged on it (the reminder job's ledger charge, a tenth of the amount).
STEPS = st.lists(
    st.tuples(
        st.sampled_from(["pay", "deduct", "deduct_nobody", "remind"]),
        st.sampled_from([100 * KR, 400 * KR, 600 * KR, AMOUNT, 1_300 * KR]),
    ),
    min_size=1,
    max_size=6,
)


@examples(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=STEPS)
def test_any_payments_and_deductions_keep_the_invoice_and_the_accounts_consistent(
    db: Database, settings: Settings, steps: list[tuple[str, int]]
) -> None:
    tenant, invoice_id = _club(db)
    bank = charged = 0
    for step, amount in steps:
        with db.transaction() as s:
            lock_tenant(s, tenant)
            invoice = s.get_one(Invoice, invoice_id)
            if step == "remind":
                fee = ledger.reminder_charge(
                    new_id(), invoice.person_id, fee=amount // 10, interest=0,
                    day=date(2026, 10, 8), reference=invoice.ocr or "",
                )  # fmt: skip
                accounts.record(s, tenant, fee)
                charged += amount // 10
                continue
            ref = NOBODY if step == "deduct_nobody" else invoice.ocr or ""
            data = _file([("20" if step == "pay" else "21", ref, amount)])
            result = import_bgmax(
                s, settings, tenant_id=tenant, data=data, name="f.txt", user_id=None,
                now=utcnow(),
            )  # fmt: skip
            if step == "deduct_nobody":
                assert result.counts["deductions_unmatched"] == 1
            bank += amount if step == "pay" else 0  # a deduction's deposit nets to 0
            # The invoice: both ways of counting agree; the person's account says the same.
            open_now = open_amount(s, tenant, invoice)
            facts = invoice_by_id(s, tenant, invoice_id)
            assert facts is not None
            assert owed_on(s, tenant, [facts])[invoice_id] == open_now
            assert 0 <= open_now <= AMOUNT + charged
            balance = accounts.balance_of(s, tenant, invoice.person_id)
            assert (balance.owed, balance.credit >= 0) == (open_now, True), (steps, balance)
            # The bank has what came less what was taken back; suspense what matched nothing.
            rows = s.execute(
                select(IncomingPayment.amount, IncomingPayment.status).where(
                    IncomingPayment.tenant_id == tenant
                )
            ).all()
            assert _sum(s, tenant, ledger.Account.BANK) == bank == sum(a for a, _ in rows)
            held = -sum(a for a, status in rows if status == "unmatched")
            assert _sum(s, tenant, ledger.Account.SUSPENSE) == held
            # What the person paid in and was not taken back is what her account shows.
            mine = sum(a for a, status in rows if status != "unmatched")
            assert mine == AMOUNT + charged - balance.owed + balance.credit
