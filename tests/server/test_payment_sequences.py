"""Any sequence of payment events keeps the ledger balanced and every invoice consistent
(issue 18, "Done means": the property test of payments, partial payments, overpayments,
credits and refunds), on a real SQLite file and, fewer examples, real PostgreSQL.

A Hypothesis state machine over the real services, called as the routes and jobs call
them (no HTTP): a club with payment settings, three priced rounds under three kinds of
cancellation terms (credit less a fee, money back in full, nothing back) and three
people booked and invoiced up front; then a drawn sequence of

* BgMax files (:func:`server.services.payments.import_bgmax`) paying invoices by their
  OCR with drawn amounts (part, exact, more) or naming no invoice (suspense), and the
  same file, or the same payment in another file, imported again;
* a payment on suspense matched by hand (:func:`server.services.payments.match`), and
  again (refused);
* card checkouts started for what an invoice asks (``invoice_to_pay``) and confirmed by
  the provider (:func:`server.services.card.handle_event`, as the webhook route calls
  it), the same confirmation delivered twice, a second confirmation of a paid checkout;
* cancellations (the command ``registration.cancel`` through
  :func:`server.services.sync.push`: the booking's credit or money back by its terms,
  the invoice's credit note);
* the reminder job on a later day (:func:`server.services.reminders.send_reminders`),
  run twice;
* another booking (credit balance used first, the rest invoiced; on Milonga's one seat:
  the waiting list), and a place a cancellation freed, offered and accepted
  (``registration.accept_offer``: charged and invoiced then).

After every step the invariants hold, each figure recomputed here from the ledger's rows
and checked against what the services compute and show (see :meth:`Sequences.check`).
Below the property: the regression test of what it found (an invoice paid and then
credited showed a negative amount left to pay), and of what it cannot see, as both
sides stay balanced (paying what a reminder asks left the fee owed and as much credit).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, ClassVar

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ledger
from models.bgmax import Written, write
from models.booking import CancellationPolicy
from models.courses import Course, CourseRound, Registration, RegistrationStatus
from models.errors import ConflictError
from models.ids import new_id, utcnow
from models.payments import PaymentSettings, ocr_reference
from models.people import Person, PersonEmail
from models.pricing import RefundAs
from models.tenancy import Role
from server.db import migrate
from server.services import card, sync
from server.services import ledger as accounts
from server.services.accounts import create_tenant, create_user, grant_roles
from server.services.auth import Principal
from server.services.booking import book
from server.services.database import Database
from server.services.economics import Group, economics, totals
from server.services.invoices import credited, invoice_of, open_amount, paid_on_invoice
from server.services.payments import find_invoices, import_bgmax, match
from server.services.reminders import reminded, send_reminders
from server.services.seq import lock_tenant
from server.settings import Settings
from server.tables import Invoice, LedgerPosting, LedgerTransaction, PaymentReminder
from server.tables.card import CardCheckout
from server.tables.payments import MANUAL, MATCHED, UNMATCHED, IncomingPayment
from tests.server.conftest import api_settings
from tests.server.helpers import CHEAP_HASHER, cmd

KR = 100
BANKGIRO = "9912346"
A = ledger.Account
K = ledger.Kind

#: The rounds: name, price, cancellation terms ("credit": back as credit less a 200 kr
#: fee; "money": paid back in full; "": no policy, nothing back), seats (0: not limited;
#: Milonga's one seat: later bookings wait, a cancellation offers the place).
ROUNDS = (
    ("Tango", 1_100 * KR, "credit", 0),
    ("Vals", 800 * KR, "money", 0),
    ("Milonga", 500 * KR, "", 1),
)
PEOPLE = (("Anders", "Berg"), ("Maria", "Lind"), ("Eva", "Ek"))
#: Who is booked on which round before the sequence starts (Anders waits for Milonga).
BOOKED_FIRST = ((0, 0), (1, 0), (1, 1), (2, 2), (0, 2))

_numbers = itertools.count(1)


@dataclass
class Site:
    db: Database
    settings: Settings


@pytest.fixture(scope="module")
def site(module_server_db_url: str) -> Iterator[Site]:
    migrate(module_server_db_url)
    db = Database(module_server_db_url)
    try:
        yield Site(db, api_settings(module_server_db_url))
    finally:
        db.dispose()


def today() -> date:
    return utcnow().date()


@dataclass(frozen=True)
class Facts:
    """An invoice's figures recomputed from the ledger's and the invoice table's rows."""

    id: str
    number: int
    person_id: str
    registration_id: str
    ocr: str
    amount: int
    #: What payments with its OCR took off the person's receivable.
    paid: int
    #: What its credit notes took off it (>= 0).
    credited: int
    #: The person's receivable tied to its booking: the charge and the cancellation
    #: (reference: the registration) and the payments (reference: its OCR).
    tied: int
    #: Its reminders' fees and late interest (reference: its OCR).
    fees: int = 0

    @property
    def owed(self) -> int:
        """What it still asks (never below 0)."""
        return max(0, self.amount - self.credited - self.paid)

    @property
    def status(self) -> str:
        """As a treasurer reads it off the figures."""
        if self.owed == 0:
            return "credited" if self.paid == 0 else "paid"
        return "partly paid" if self.paid > 0 else "open"

    @property
    def asks(self) -> int:
        """What a payment to it pays off: what it still asks and its reminders' fees."""
        return max(0, self.amount - self.credited - self.paid + self.fees)


def invoice_facts(s: Session, tenant_id: str) -> list[Facts]:
    """Every invoice of the tenant, its figures summed here from the raw rows."""
    invoices = s.scalars(
        select(Invoice).where(Invoice.tenant_id == tenant_id).order_by(Invoice.number)
    ).all()
    notes: dict[str, int] = {}
    for i in invoices:
        if i.kind == "credit_note":
            assert i.credits_id is not None and i.ocr is None and i.amount < 0, i
            notes[i.credits_id] = notes.get(i.credits_id, 0) - i.amount
    rows = s.execute(
        select(
            LedgerTransaction.kind,
            LedgerTransaction.reference,
            LedgerPosting.person_id,
            sa.func.sum(LedgerPosting.amount),
        )
        .join(LedgerPosting, LedgerPosting.transaction_id == LedgerTransaction.id)
        .where(
            LedgerTransaction.tenant_id == tenant_id,
            LedgerPosting.account == A.RECEIVABLE.value,
        )
        .group_by(LedgerTransaction.kind, LedgerTransaction.reference, LedgerPosting.person_id)
    ).all()
    receivable = {(k, ref, person): int(total) for k, ref, person, total in rows}
    out = []
    for i in invoices:
        if i.kind != "invoice":
            continue
        assert i.ocr
        paid = -receivable.get((K.PAYMENT.value, i.ocr, i.person_id), 0)
        tied = (
            receivable.get((K.CHARGE.value, i.registration_id, i.person_id), 0)
            + receivable.get((K.CANCELLATION.value, i.registration_id, i.person_id), 0)
            - paid
        )
        out.append(
            Facts(
                i.id,
                i.number,
                i.person_id,
                i.registration_id,
                i.ocr,
                i.amount,
                paid,
                notes.get(i.id, 0),
                tied,
                receivable.get((K.REMINDER.value, i.ocr, i.person_id), 0),
            )
        )
    return out


def sums(s: Session, tenant_id: str, *where: Any) -> dict[tuple[str, str], int]:
    """The tenant's postings summed by (account, kind)."""
    rows = s.execute(
        select(LedgerPosting.account, LedgerTransaction.kind, sa.func.sum(LedgerPosting.amount))
        .join(LedgerTransaction, LedgerTransaction.id == LedgerPosting.transaction_id)
        .where(LedgerTransaction.tenant_id == tenant_id, *where)
        .group_by(LedgerPosting.account, LedgerTransaction.kind)
    ).all()
    return {(a, k): int(total) for a, k, total in rows}


class Sequences(RuleBasedStateMachine):
    """One club per example; the rules are the payment events, :meth:`check` the
    invariants."""

    site: ClassVar[Site]

    def __init__(self) -> None:
        super().__init__()
        self.db, self.settings = self.site.db, self.site.settings
        self.clock = today()
        self.people: list[str] = []
        self.rounds: list[str] = []
        #: (person index, round index) -> the live registration's id.
        self.live: dict[tuple[int, int], str] = {}
        self.cancelled: list[str] = []
        #: Registrations offered a freed place.
        self.offered: list[str] = []
        #: BgMax files imported: (payments, paid on, deposit number, the file's bytes).
        self.files: list[tuple[list[Written], date, int, bytes]] = []
        self.deposits = itertools.count(1)
        self.serials = itertools.count(1)
        #: The money the club received, as this test counts it (öre).
        self.bank_in = 0
        self.card_in = 0
        self.card_fees = 0
        self.payments = 0
        #: Payments on suspense, id -> amount.
        self.unmatched: dict[str, int] = {}
        #: Card checkouts started and not yet confirmed: (provider, ref, amount).
        self.checkouts: list[tuple[str, str, int]] = []
        #: Confirmed: (provider, the confirmation, the payment's id).
        self.confirmed: list[tuple[str, card.Confirmation, str]] = []

    # -- the world ---------------------------------------------------------------------------

    @initialize()
    def club(self) -> None:
        n = next(_numbers)
        slug = f"seq{n}-{new_id()[-6:]}"
        with self.db.transaction() as s:
            tenant = create_tenant(session=s, slug=slug, name="Tangoklubben", language="sv")
            self.tenant = tenant.id
            user = create_user(
                session=s, email=f"kassor.{slug}@example.se", password="correct horse battery",
                display_name="Kassör", hasher=CHEAP_HASHER,
            )  # fmt: skip
            grant_roles(session=s, user=user, tenant=tenant, roles=[Role.ADMIN.value])
            self.principal = Principal(
                user_id=user.id, email=user.email, display_name="Kassör", tenant_id=tenant.id,
                tenant_slug=slug, tenant_name="Tangoklubben", roles=frozenset({Role.ADMIN}),
                token_hash=new_id().replace("-", "") * 2,
                expires_at=datetime.now(UTC) + timedelta(hours=1),
            )  # fmt: skip
            s.add(
                PaymentSettings(
                    tenant_id=tenant.id,
                    bankgiro=BANKGIRO,
                    due_days=10,
                    grace_days=3,
                    reminder_fee=60 * KR,
                    late_interest=True,
                    reference_rate=250,
                    second_reminder_days=7,
                    sender_name="Tangoklubben",
                )
            )
            course = Course(tenant_id=tenant.id, code="T", name="Tango", category="Tango")
            s.add(course)
            s.flush()
            for name, price, terms, seats in ROUNDS:
                round_ = CourseRound(
                    tenant_id=tenant.id, course_id=course.id, name=name, price_ore=price,
                    seats=seats, starts_on=today() + timedelta(days=90),
                    ends_on=today() + timedelta(days=150),
                )  # fmt: skip
                s.add(round_)
                s.flush()
                if terms == "credit":
                    s.add(
                        CancellationPolicy(
                            tenant_id=tenant.id,
                            round_id=round_.id,
                            admin_fee=200 * KR,
                            refund_as=RefundAs.CREDIT.value,
                            refunds=True,
                        )
                    )
                elif terms == "money":
                    s.add(
                        CancellationPolicy(
                            tenant_id=tenant.id,
                            round_id=round_.id,
                            full_refund_until=today() + timedelta(days=60),
                            refund_as=RefundAs.MONEY.value,
                            refunds=True,
                        )
                    )
                self.rounds.append(round_.id)
            for first, last in PEOPLE:
                person = Person(tenant_id=tenant.id, first_name=first, last_name=last)
                s.add(person)
                s.flush()
                s.add(
                    PersonEmail(
                        tenant_id=tenant.id,
                        person_id=person.id,
                        is_primary=True,
                        address=f"{first.lower()}.{slug}@dans.se",
                    )
                )
                self.people.append(person.id)
            s.flush()
            lock_tenant(s, tenant.id)
            for who, which in BOOKED_FIRST:
                self._book(s, who, which)

    def _book(self, s: Session, who: int, which: int) -> None:
        booked = book(
            s, self.settings, tenant_id=self.tenant, round_id=self.rounds[which],
            person_id=self.people[who], now=utcnow(),
        )  # fmt: skip
        assert not booked.duplicate
        self.live[(who, which)] = booked.registration_id
        invoice = invoice_of(s, self.tenant, booked.registration_id)
        if booked.status == RegistrationStatus.WAITING:
            assert invoice is None  # nothing is charged on the waiting list
        elif booked.breakdown.to_pay > 0:
            assert booked.status == RegistrationStatus.REGISTERED
            assert invoice is not None and invoice.amount == booked.breakdown.to_pay
        else:
            assert invoice is None  # the credit balance paid it all

    def facts(self) -> list[Facts]:
        with self.db.sessions() as s:
            return invoice_facts(s, self.tenant)

    # -- Bankgiro --------------------------------------------------------------------------

    @rule(data=st.data())
    def bankgiro_file(self, data: st.DataObject) -> None:
        """A BgMax file of 1-3 payments, each naming an invoice's OCR (paying part, what
        it asks, more, or any amount) or no invoice (an OCR no invoice has, a reference
        that is no OCR, none)."""
        facts = self.facts()
        owed = {f.ocr: f.amount - f.credited - f.paid + f.fees for f in facts}
        written: list[Written] = []
        expected = dict.fromkeys((MATCHED, "partly", "overpaid", UNMATCHED), 0)
        for _ in range(data.draw(st.integers(1, 3), label="payments")):
            target = data.draw(st.sampled_from([*facts, None]), label="invoice")
            if target is None:
                reference = data.draw(
                    st.sampled_from([ocr_reference(990_000 + next(self.serials)), "1234", ""]),
                    label="reference",
                )
                amount = data.draw(st.integers(1, 2_000 * KR), label="amount")
                expected[UNMATCHED] += 1
            else:
                reference = target.ocr
                before = owed[reference]
                amount = self._amount(data, before)
                paid = min(amount, max(before, 0))
                owed[reference] = before - paid
                kind = "overpaid" if paid < amount else "partly" if before > paid else MATCHED
                expected[kind] += 1
            written.append(Written(amount, reference, "BETALARE", next(self.serials)))
        deposit = next(self.deposits)
        raw = write(written, bankgiro=BANKGIRO, paid_on=self.clock, deposit_number=deposit)
        result = self._import(raw)
        assert not result.already_imported
        got = {k: result.counts[k] for k in expected}
        assert got == expected, (got, expected)
        assert result.counts["already"] == 0
        assert result.counts["amount"] == sum(w.amount for w in written)
        with self.db.sessions() as s:
            rows = s.scalars(
                select(IncomingPayment).where(IncomingPayment.file_id == result.file_id)
            ).all()
            assert len(rows) == len(written)
            self.unmatched |= {r.id: r.amount for r in rows if r.status == UNMATCHED}
        self.bank_in += sum(w.amount for w in written)
        self.payments += len(written)
        self.files.append((written, self.clock, deposit, raw))

    @staticmethod
    def _amount(data: st.DataObject, owed: int) -> int:
        how = data.draw(st.sampled_from(["part", "exact", "more", "any"]), label="how")
        if how == "part" and owed > 1:
            return data.draw(st.integers(1, owed - 1), label="part")
        if how == "exact" and owed > 0:
            return owed
        if how == "more":
            return max(owed, 0) + data.draw(st.integers(1, 500 * KR), label="more")
        return data.draw(st.integers(1, 2_000 * KR), label="amount")

    def _import(self, raw: bytes) -> Any:
        with self.db.transaction() as s:
            lock_tenant(s, self.tenant)
            return import_bgmax(
                s, self.settings, tenant_id=self.tenant, data=raw, name="BgMax.txt",
                user_id=None, now=utcnow(),
            )  # fmt: skip

    @precondition(lambda self: self.files)
    @rule(data=st.data(), same_file=st.booleans())
    def bankgiro_again(self, data: st.DataObject, same_file: bool) -> None:
        """A file imported before, again (``same_file``), or its payments in another file
        (Bankgirot's identity of each the same): nothing is booked twice."""
        written, paid_on, deposit, raw = data.draw(st.sampled_from(self.files), label="file")
        if not same_file:
            raw = write(
                written, bankgiro=BANKGIRO, paid_on=paid_on, deposit_number=deposit,
                written_at=datetime(paid_on.year, paid_on.month, paid_on.day, 7)
                + timedelta(seconds=next(self.serials)),
            )  # fmt: skip
        before = self._ledger_size()
        result = self._import(raw)
        if same_file:
            assert result.already_imported
        else:
            assert not result.already_imported
            assert result.counts["already"] == result.counts["payments"] == len(written)
        assert self._ledger_size() == before

    def _ledger_size(self) -> tuple[int, int]:
        with self.db.sessions() as s:
            txs = s.scalar(
                select(sa.func.count()).where(LedgerTransaction.tenant_id == self.tenant)
            )
            payments = s.scalar(
                select(sa.func.count()).where(IncomingPayment.tenant_id == self.tenant)
            )
            return int(txs or 0), int(payments or 0)

    @precondition(lambda self: self.unmatched)
    @rule(data=st.data())
    def match_by_hand(self, data: st.DataObject) -> None:
        """A payment on suspense matched to an invoice by the treasurer; matching it
        again is refused."""
        payment_id = data.draw(st.sampled_from(sorted(self.unmatched)), label="payment")
        target = data.draw(st.sampled_from(self.facts()), label="invoice")
        with self.db.transaction() as s:
            lock_tenant(s, self.tenant)
            row = match(
                s, self.settings, tenant_id=self.tenant, payment_id=payment_id,
                invoice_id=target.id, user_id=self.principal.user_id, now=utcnow(),
            )  # fmt: skip
            assert (row.status, row.invoice_id) == (MANUAL, target.id)
            assert row.applied == min(row.amount, target.asks)
        del self.unmatched[payment_id]
        before = self._ledger_size()
        with pytest.raises(ConflictError), self.db.transaction() as s:
            match(
                s, self.settings, tenant_id=self.tenant, payment_id=payment_id,
                invoice_id=target.id, user_id=self.principal.user_id, now=utcnow(),
            )  # fmt: skip
        assert self._ledger_size() == before

    # -- card ------------------------------------------------------------------------------

    @rule(data=st.data(), provider=st.sampled_from(["stripe", "swish"]))
    def card_checkout(self, data: st.DataObject, provider: str) -> None:
        """A card payment started for what an invoice still asks (as the payment page
        starts it); confirmed later by :meth:`card_confirmed`."""
        open_ = [f for f in self.facts() if f.asks > 0]
        if not open_:
            return
        target = data.draw(st.sampled_from(open_), label="invoice")
        ref = f"cs_{new_id().replace('-', '')}"
        with self.db.transaction() as s:
            asked = card.invoice_to_pay(s, self.tenant, target.registration_id, "Tango")
            assert asked is not None and asked.amount == target.asks
            s.add(
                CardCheckout(
                    tenant_id=self.tenant,
                    provider=provider,
                    ref=ref,
                    invoice_id=asked.invoice_id,
                    registration_id=asked.registration_id,
                    amount=asked.amount,
                    url=f"https://pay.example/{ref}",
                )
            )
        self.checkouts.append((provider, ref, asked.amount))

    @precondition(lambda self: self.checkouts)
    @rule(data=st.data(), fee=st.integers(0, 500))
    def card_confirmed(self, data: st.DataObject, fee: int) -> None:
        """The provider confirms a started checkout (the webhook, verified), with its fee;
        the confirmation may come when the invoice was paid otherwise meanwhile."""
        checkout = data.draw(st.sampled_from(self.checkouts), label="checkout")
        provider, ref, amount = checkout
        fee = fee if provider == "stripe" else 0
        event = card.Confirmation(
            event_id=f"evt_{new_id()}", kind="checkout.session.completed", ref=ref, paid=True,
            amount=amount, payment_ref=f"pi_{new_id()}", fee=fee, tenant_id=self.tenant,
        )  # fmt: skip
        row = card.handle_event(self.db, self.settings, provider, event, utcnow())
        assert row.outcome == card.BOOKED and row.payment_id
        self.checkouts.remove(checkout)
        self.confirmed.append((provider, event, row.payment_id))
        self.card_in += amount
        self.card_fees += fee
        self.payments += 1

    @precondition(lambda self: self.confirmed)
    @rule(data=st.data(), same_event=st.booleans())
    def card_confirmed_again(self, data: st.DataObject, same_event: bool) -> None:
        """The same confirmation delivered again, or another event of a paid checkout:
        recorded, nothing booked."""
        provider, event, payment_id = data.draw(st.sampled_from(self.confirmed), label="paid")
        if not same_event:
            event = card.Confirmation(
                event_id=f"evt_{new_id()}", kind=event.kind, ref=event.ref, paid=True,
                amount=event.amount, payment_ref=f"pi_{new_id()}", fee=event.fee,
            )  # fmt: skip
        before = self._ledger_size()
        row = card.handle_event(self.db, self.settings, provider, event, utcnow())
        if same_event:
            assert (row.outcome, row.payment_id) == (card.BOOKED, payment_id)
        else:
            assert row.outcome == card.ALREADY_PAID
        assert self._ledger_size() == before

    # -- cancellations, reminders, bookings ---------------------------------------------------

    @precondition(lambda self: self.live)
    @rule(data=st.data())
    def cancel(self, data: st.DataObject) -> None:
        """A booking cancelled by staff (``registration.cancel``): credit or money back by
        the round's terms, a credit note for what the invoice gave up."""
        key = data.draw(st.sampled_from(sorted(self.live)), label="booking")
        reg = self.live[key]
        [result] = sync.push(
            db=self.db, principal=self.principal, settings=self.settings,
            envelopes=[cmd("registration.cancel", registration_id=reg)],
        )  # fmt: skip
        assert result["status"] == "applied", result
        del self.live[key]
        self.cancelled.append(reg)
        self.offered = self._offered()
        with self.db.sessions() as s:
            notes = s.scalars(
                select(Invoice).where(
                    Invoice.tenant_id == self.tenant,
                    Invoice.registration_id == reg,
                    Invoice.kind == "credit_note",
                )
            ).all()
            assert len(notes) <= 1
            if not ROUNDS[key[1]][2] and notes:
                raise AssertionError("nothing given back without terms, yet a credit note")

    @precondition(lambda self: self.cancelled)
    @rule(data=st.data())
    def cancel_again(self, data: st.DataObject) -> None:
        reg = data.draw(st.sampled_from(self.cancelled), label="cancelled")
        before = self._ledger_size()
        [result] = sync.push(
            db=self.db, principal=self.principal, settings=self.settings,
            envelopes=[cmd("registration.cancel", registration_id=reg)],
        )  # fmt: skip
        assert result["status"] == "rejected", result
        assert self._ledger_size() == before

    @rule(days=st.integers(1, 25))
    def reminder_run(self, days: int) -> None:
        """The reminder job ``days`` later: only invoices still open are reminded, of what
        they still ask; the job run again the same day sends nothing."""
        self.clock += timedelta(days=days)
        owed = {f.id: (f.owed, f.asks) for f in self.facts()}
        with self.db.sessions() as s:
            known = set(s.scalars(select(PaymentReminder.id).where(
                PaymentReminder.tenant_id == self.tenant)))  # fmt: skip
        sent = send_reminders(self.db, self.settings, today=self.clock, tenant_id=self.tenant)
        with self.db.sessions() as s:
            new = s.scalars(
                select(PaymentReminder).where(
                    PaymentReminder.tenant_id == self.tenant, PaymentReminder.id.not_in(known)
                )
            ).all()
            assert len(new) == sent
            for r in new:
                # Its own amount left; sent while the invoice asks anything (a fee of an
                # earlier reminder stays owed when the invoice's amount is credited).
                principal, asks = owed[r.invoice_id]
                assert r.open_amount == principal and asks > 0, (r.open_amount, owed)
                assert 0 <= r.fee <= 60 * KR and r.interest >= 0
        assert send_reminders(self.db, self.settings, today=self.clock, tenant_id=self.tenant) == 0

    @rule(who=st.integers(0, len(PEOPLE) - 1), which=st.integers(0, len(ROUNDS) - 1))
    def another_booking(self, who: int, which: int) -> None:
        """Another booking: the person's credit balance used first, the rest invoiced."""
        if (who, which) in self.live:
            return
        with self.db.transaction() as s:
            lock_tenant(s, self.tenant)
            self._book(s, who, which)

    def _offered(self) -> list[str]:
        with self.db.sessions() as s:
            return sorted(
                s.scalars(
                    select(Registration.id).where(
                        Registration.tenant_id == self.tenant,
                        Registration.status == RegistrationStatus.OFFERED,
                    )
                )
            )

    @precondition(lambda self: self.offered)
    @rule(data=st.data())
    def accept_offer(self, data: st.DataObject) -> None:
        """The place a cancellation freed, offered to the first waiting, accepted: charged
        now (the credit balance there is now used first) and invoiced."""
        reg = data.draw(st.sampled_from(self.offered), label="offered")
        [result] = sync.push(
            db=self.db, principal=self.principal, settings=self.settings,
            envelopes=[cmd("registration.accept_offer", registration_id=reg)],
        )  # fmt: skip
        assert result["status"] == "applied", result
        self.offered = self._offered()

    # -- the invariants ----------------------------------------------------------------------

    @invariant()
    def check(self) -> None:
        if not self.people:  # before the club is made
            return
        with self.db.sessions() as s:
            self._ledger_balances(s)
            self._people(s)
            self._invoices(s)
            self._money(s)
            self._report(s)
            self._charged(s)

    def _ledger_balances(self, s: Session) -> None:
        """Every transaction sums to zero, so the whole ledger does."""
        unbalanced = s.execute(
            select(LedgerPosting.transaction_id, sa.func.sum(LedgerPosting.amount))
            .where(LedgerPosting.tenant_id == self.tenant)
            .group_by(LedgerPosting.transaction_id)
            .having(sa.func.sum(LedgerPosting.amount) != 0)
        ).all()
        assert unbalanced == []
        assert sum(sums(s, self.tenant).values()) == 0

    def _people(self, s: Session) -> None:
        """Each person's balance is the sum of their history, however it is summed; the
        credit they hold is what their payments left over and their cancellations gave
        back, less what their bookings used."""
        for person in self.people:
            got = accounts.balance_of(s, self.tenant, person)
            assert got == ledger.balance(accounts.history(s, self.tenant, person), person)
            mine = sums(s, self.tenant, LedgerPosting.person_id == person)
            owed = sum(v for (a, _k), v in mine.items() if a == A.RECEIVABLE)
            assert got.owed == owed
            assert got.credit == -sum(v for (a, _k), v in mine.items() if a == A.CREDIT)
            assert got.credit >= 0
            left_over = s.scalar(
                select(sa.func.coalesce(sa.func.sum(IncomingPayment.amount
                                                    - IncomingPayment.applied), 0))
                .join(Invoice, Invoice.id == IncomingPayment.invoice_id)
                .where(IncomingPayment.tenant_id == self.tenant, Invoice.person_id == person,
                       IncomingPayment.status.in_([MATCHED, MANUAL]))
            )  # fmt: skip
            given_back = -mine.get((A.CREDIT, K.CANCELLATION), 0)
            used = mine.get((A.CREDIT, K.CHARGE), 0)
            assert got.credit == int(left_over or 0) + given_back - used

    def _invoices(self, s: Session) -> None:
        """Each invoice asks what was not paid or credited, never less than nothing, and
        exactly what the person's account holds for its booking; every view of it says
        the same."""
        facts = invoice_facts(s, self.tenant)
        hits = {h.id: h for h in find_invoices(s, self.tenant, "", limit=1000)}
        listed = {r.invoice_id: r for r in reminded(s, self.tenant, today=self.clock)}
        reminded_ids = set(
            s.scalars(
                select(PaymentReminder.invoice_id).where(PaymentReminder.tenant_id == self.tenant)
            )
        )
        for f in facts:
            invoice = s.get_one(Invoice, f.id)
            assert 0 <= f.paid <= f.amount + f.fees and 0 <= f.credited <= f.amount, f
            assert paid_on_invoice(s, self.tenant, invoice) == f.paid
            assert credited(s, self.tenant, invoice) == f.credited
            assert open_amount(s, self.tenant, invoice) == f.asks >= 0
            # What the invoice asks is what the person's account owes for the booking
            # (and its reminders): exactly, or, once credited, never more.
            assert f.tied + f.fees >= 0, f
            if f.fees == 0:
                assert f.tied == f.owed == f.asks, f
            elif f.credited == 0:
                assert f.tied + f.fees == f.asks, f
            else:
                assert f.asks <= f.tied + f.fees, f
            # The matching dialog's "left to pay" and the card payment page's amount
            # (both with the reminders' fees, as open_amount).
            assert hits[f.id].owed == f.asks, (hits[f.id], f, f.status)
            asked = card.invoice_to_pay(s, self.tenant, f.registration_id, "")
            assert (asked.amount if asked else 0) == f.asks, (asked, f)
            # Listed while it asks anything (a reminder's fee stays owed when the
            # invoice's own amount is credited): its own amount left, and with the fees.
            if f.id in reminded_ids and f.asks > 0:
                assert (listed[f.id].open_amount, listed[f.id].to_pay) == (f.owed, f.asks)
            else:
                assert f.id not in listed
            cancelled = s.get_one(Registration, f.registration_id).status == "cancelled"
            if f.status == "credited":
                assert cancelled, f

    def _charged(self, s: Session) -> None:
        """A booking with a place is charged once and invoiced for what it left to pay; one
        that never had a place (waiting, offered) is neither."""
        charges = dict(
            s.execute(
                select(LedgerTransaction.reference, sa.func.count())
                .where(
                    LedgerTransaction.tenant_id == self.tenant,
                    LedgerTransaction.kind == K.CHARGE.value,
                )
                .group_by(LedgerTransaction.reference)
            ).all()
        )
        invoiced = {f.registration_id: f.amount for f in invoice_facts(s, self.tenant)}
        for reg in s.scalars(select(Registration).where(Registration.tenant_id == self.tenant)):
            charged = charges.get(reg.id, 0)
            assert charged <= 1, reg.id
            if reg.status == RegistrationStatus.REGISTERED:
                assert charged == 1
            elif reg.status in (RegistrationStatus.WAITING, RegistrationStatus.OFFERED):
                assert charged == 0 and reg.id not in invoiced
            if reg.id in invoiced:
                booked = sums(
                    s,
                    self.tenant,
                    LedgerTransaction.reference == reg.id,
                    LedgerTransaction.kind == K.CHARGE.value,
                )
                assert invoiced[reg.id] == booked.get((A.RECEIVABLE, K.CHARGE), 0) > 0
            elif charged:
                receivable = sums(s, self.tenant, LedgerTransaction.reference == reg.id)
                assert receivable.get((A.RECEIVABLE, K.CHARGE), 0) == 0  # nothing to pay

    def _report(self, s: Session) -> None:
        """The economics report's rows add up (its docstring's identity) and what they
        say is outstanding is what the people owe."""
        rows = economics(s, self.tenant, group=Group.COURSE)
        for r in rows:
            assert r.outstanding == (
                r.invoiced - r.cancelled - r.credit_used + r.credit_given - r.paid + r.refunds
            ), r
        owed = sum(v for (a, _k), v in sums(s, self.tenant).items() if a == A.RECEIVABLE)
        assert totals(rows).outstanding == owed

    def _money(self, s: Session) -> None:
        """The money in is what the bank and the card acquirer received, each payment
        once; what is on suspense is what waits to be matched."""
        total = sums(s, self.tenant)
        assert total.get((A.BANK, K.PAYMENT), 0) == self.bank_in
        assert total.get((A.CARD, K.PAYMENT), 0) == self.card_in
        assert total.get((A.CARD, K.FEE), 0) == -self.card_fees
        assert total.get((A.BANK, K.CANCELLATION), 0) <= 0  # money paid back
        suspense = sum(v for (a, _k), v in total.items() if a == A.SUSPENSE)
        assert suspense == -sum(self.unmatched.values())
        rows = s.scalars(
            select(IncomingPayment).where(IncomingPayment.tenant_id == self.tenant)
        ).all()
        assert len(rows) == self.payments
        assert len({(r.source, r.source_ref) for r in rows}) == len(rows)
        assert sum(r.amount for r in rows) == self.bank_in + self.card_in
        assert {r.id for r in rows if r.status == UNMATCHED} == set(self.unmatched)
        txs = {r.transaction_id for r in rows}
        assert len(txs) == len(rows) and None not in txs
        by_tx: dict[str, dict[str, int]] = {}
        for tx_id, account, amount in s.execute(
            select(LedgerPosting.transaction_id, LedgerPosting.account, LedgerPosting.amount)
            .where(LedgerPosting.transaction_id.in_(txs))
        ):  # fmt: skip
            by_tx.setdefault(tx_id, {})
            by_tx[tx_id][account] = by_tx[tx_id].get(account, 0) + int(amount)
        for r in rows:
            assert r.transaction_id is not None
            got = {a: v for a, v in by_tx[r.transaction_id].items() if v}
            via = A.CARD.value if r.source in ("stripe", "swish") else A.BANK.value
            if r.status == UNMATCHED:
                assert got == {via: r.amount, A.SUSPENSE.value: -r.amount}, (r, got)
                continue
            # What it paid and what it left open (its receipt's figures).
            assert 0 <= r.applied <= r.amount and r.left_after >= 0, r
            if r.status == MANUAL:
                via = A.SUSPENSE.value
            # An overpayment is the person's credit, never lost.
            want = {via: r.amount, A.RECEIVABLE.value: -r.applied,
                    A.CREDIT.value: -(r.amount - r.applied)}  # fmt: skip
            assert got == {a: v for a, v in want.items() if v}, (r, got)


def run(site: Site, *, examples: int, steps: int) -> None:
    Sequences.site = site
    run_state_machine_as_test(
        Sequences,
        settings=settings(
            max_examples=examples,
            stateful_step_count=steps,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )


def test_any_sequence_of_payment_events_keeps_the_books_consistent(
    site: Site, module_server_db_url: str
) -> None:
    # PostgreSQL: the same sequences, fewer of them (a server round trip per query).
    # PAYMENT_SEQUENCES_EXAMPLES=N: N sequences on each database (a longer search).
    postgres = module_server_db_url.startswith("postgresql")
    more = os.environ.get("PAYMENT_SEQUENCES_EXAMPLES")
    run(site, examples=int(more) if more else 8 if postgres else 30, steps=14)


def paid_and_cancelled(
    site: Site, booking: tuple[int, int], payer: str
) -> tuple[Sequences, str, str]:
    """The club with ``booking``'s invoice paid in full by Bankgiro and the booking then
    cancelled by staff; the club, the invoice's OCR and id."""
    Sequences.site = site
    club = Sequences()
    club.club()
    reg = club.live[booking]
    with site.db.sessions() as s:
        invoice = invoice_of(s, club.tenant, reg)
        assert invoice is not None and invoice.ocr is not None
        ocr, invoice_id, amount = invoice.ocr, invoice.id, invoice.amount
    club._import(write([Written(amount, ocr, payer, 1)], paid_on=today()))
    [result] = sync.push(
        db=site.db, principal=club.principal, settings=site.settings,
        envelopes=[cmd("registration.cancel", registration_id=reg)],
    )  # fmt: skip
    assert result["status"] == "applied", result
    return club, ocr, invoice_id


def test_a_paid_invoice_credited_on_cancelling_asks_nothing_not_less(site: Site) -> None:
    """Found by the sequences: Anders pays his 1 100 kr invoice and cancels (the terms give
    it back as credit less a 200 kr fee: a 900 kr credit note). The invoice asks nothing —
    yet the matching dialog's "left to pay" said -900 kr, and a payment made to it later
    was stored as leaving -900 kr open, because ``owed_on`` went below zero."""
    club, ocr, invoice_id = paid_and_cancelled(site, (0, 0), "ANDERS BERG")
    with site.db.sessions() as s:
        invoice = s.get_one(Invoice, invoice_id)
        assert credited(s, club.tenant, invoice) == 900 * KR
        assert open_amount(s, club.tenant, invoice) == 0
        [hit] = [h for h in find_invoices(s, club.tenant, ocr) if h.id == invoice_id]
        assert hit.owed == 0
    # 100 kr more with his OCR: all of it his credit, nothing left open.
    club._import(write([Written(100 * KR, ocr, "ANDERS BERG", 2)], paid_on=today(),
                       deposit_number=2))  # fmt: skip
    with site.db.sessions() as s:
        later = s.scalars(
            select(IncomingPayment).where(
                IncomingPayment.invoice_id == invoice_id, IncomingPayment.amount == 100 * KR
            )
        ).one()
        assert (later.applied, later.left_after) == (0, 0)
        assert accounts.balance_of(s, club.tenant, club.people[0]) == ledger.Balance(
            0, 900 * KR + 100 * KR
        )


def test_paying_what_the_reminder_asks_settles_the_fee(site: Site) -> None:
    """Anders does not pay his 1 100 kr invoice, is reminded (60 kr fee, late interest)
    and pays exactly what the reminder asks, with the invoice's OCR. He owes nothing
    then. (A payment by OCR paid the invoice's amount only: the fee and interest stayed
    owed, the same amount became his credit balance, and two months on the fee counted
    as overdue, holding his next sign-up for review for fees he had paid.)"""
    Sequences.site = site
    club = Sequences()
    club.club()
    with site.db.sessions() as s:
        invoice = invoice_of(s, club.tenant, club.live[(0, 0)])
        assert invoice is not None and invoice.ocr is not None
        ocr, invoice_id = invoice.ocr, invoice.id
    day = today() + timedelta(days=20)
    assert send_reminders(site.db, site.settings, today=day, tenant_id=club.tenant) == 4
    with site.db.sessions() as s:
        reminder = s.scalars(
            select(PaymentReminder).where(PaymentReminder.invoice_id == invoice_id)
        ).one()
        asked = reminder.open_amount + reminder.fee + reminder.interest
        assert reminder.fee == 60 * KR and reminder.interest > 0
    club._import(write([Written(asked, ocr, "ANDERS BERG", 1)], paid_on=day))
    with site.db.sessions() as s:
        assert accounts.balance_of(s, club.tenant, club.people[0]) == ledger.Balance(0, 0)
        later = day + timedelta(days=60)
        assert accounts.overdue_of(s, club.tenant, club.people[0], today=later) == 0


def test_money_owed_back_on_cancelling_is_a_refund_in_the_report(site: Site) -> None:
    """Found by the sequences: Maria pays her 800 kr Vals invoice and cancels (the terms
    pay it back as money: a refund due, paid out later). The report's identity
    (outstanding = invoiced - cancelled - credit used + credit given - paid + refunds)
    was off by the 800 kr, because no figure counted the refund-due account: it is owed
    back to her, given like credit (and a refund only once the money leaves)."""
    club, _ocr, _invoice_id = paid_and_cancelled(site, (1, 1), "MARIA LIND")
    with site.db.sessions() as s:
        assert accounts.balance_of(s, club.tenant, club.people[1]).refund_due == 800 * KR
        report = totals(economics(s, club.tenant, group=Group.COURSE))
        club._report(s)
    assert (report.credit_given, report.refunds) == (800 * KR, 0)
