"""Refunds (issue 18) over the real server, the Stripe and Swish stand-ins and a real SMTP
server: a booking cancelled within its full refund, under terms that pay money back, owes
the money back (refund due, not the bank as if it had left); paid by card it goes back
through the provider and is booked when the provider confirms it — once however often it is
confirmed; paid by Bankgiro it is on the "Refunds to pay" list until the treasurer marks it
paid; a credit balance is paid out on request. After each step the person's balance and the
ledger are balanced; the SIE export has the refund vouchers; the person gets the notice.
On SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from models.ids import derived_id, new_id, utcnow
from models.notifications import EventType
from models.tenancy import Role
from server.services import card
from server.services import refunds as refunds_service
from server.services.booking import book
from server.services.ledger import balance_of
from server.services.payments import receive
from server.services.seq import lock_tenant
from server.tables import LedgerPosting, LedgerTransaction
from server.tables.invoices import Invoice
from tests.server import test_card_payments
from tests.server.helpers import cmd, make_world
from tests.server.seed_003 import KR, Club, body, iso, open_club
from tests.server.test_card_payments import BANKGIRO, STRIPE_HOOK, SWISH_HOOK
from tests.utils import sie_reader
from tests.utils.notify_events import delivers
from tests.utils.stripe_standin import API_KEY, WEBHOOK_SECRET, StripeStandin
from tests.utils.swish_standin import PAYEE_ALIAS, SwishStandin

#: The stand-ins of the card payments' tests (module-scoped fixtures).
stripe_api = test_card_payments.stripe_api
swish_api = test_card_payments.swish_api


@pytest.fixture(scope="module")
def club(
    module_server_db_url: str, stripe_api: StripeStandin, swish_api: SwishStandin
) -> Iterator[Club]:
    """Tangoklubben taking cards by Stripe and Swish, with Vals (800 kr) whose terms pay
    everything back as money within ten days, and Maria, Anders, Eva and Olle."""
    certs = swish_api.certs
    with open_club(
        module_server_db_url,
        public_base_url="https://kansli.test",
        stripe_api_key=API_KEY,
        stripe_webhook_secret=WEBHOOK_SECRET,
        stripe_api_base=stripe_api.url,
        swish_api_url=swish_api.api_url,
        swish_payee_alias=PAYEE_ALIAS,
        swish_cert_file=certs.rp_cert,
        swish_key_file=certs.rp_key,
        swish_ca_file=certs.server_ca,
    ) as club:
        ids = club.ids
        ids.update(course=new_id(), vals=new_id(), policy=new_id())
        club.push(
            cmd(
                "payment_settings.set",
                settings_id=new_id(),
                expected_version=0,
                bankgiro=BANKGIRO,
                sender_name="Tangoklubben",
                card_provider="stripe",
            ),
            cmd(
                "course.create", course_id=ids["course"], code="VALS", name="Vals", category="Tango"
            ),
            cmd(
                "round.create",
                round_id=ids["vals"],
                course_id=ids["course"],
                name="Måndagar",
                starts_on=iso(30),
                ends_on=iso(90),
                price_ore=800 * KR,
            ),
            cmd(
                "cancellation_policy.set",
                policy_id=ids["policy"],
                round_id=ids["vals"],
                expected_version=0,
                full_refund_until=iso(10),
                admin_fee=0,
                refund_as="money",
                refunds=True,
            ),
        )
        for first in ("Maria", "Anders", "Eva", "Olle", "Stina", "Karl"):
            ids[first.lower()] = new_id()
            club.push(
                cmd(
                    "person.create",
                    person_id=ids[first.lower()],
                    first_name=first,
                    last_name="Lind",
                    emails=[{"address": club.address(first)}],
                )
            )
        yield club


def booked(club: Club, person: str) -> tuple[str, Invoice]:
    """``person`` booked on Vals (800 kr, invoiced): (the registration, its invoice)."""
    settings = club.server.settings
    with club.server.db.transaction() as s:
        lock_tenant(s, club.tenant_id)
        reg = book(
            s, settings, tenant_id=club.tenant_id, round_id=club.ids["vals"],
            person_id=club.ids[person], now=utcnow(),
        ).registration_id  # fmt: skip
    with club.server.db.sessions() as s:
        invoice = s.scalars(select(Invoice).where(Invoice.registration_id == reg)).one()
        s.expunge(invoice)
    return reg, invoice


def pay_by_card(club: Club, provider: str, reg: str) -> str:
    """The booking's invoice paid by card with ``provider`` (its stand-in confirms): the
    checkout's ref."""
    settings = club.server.settings
    chosen = card.provider(settings, provider)
    assert chosen is not None
    with club.server.db.sessions() as s:
        to_pay = card.invoice_to_pay(s, club.tenant_id, reg, "Vals")
    assert to_pay is not None and to_pay.amount == 800 * KR
    return card.start_checkout(
        club.server.db, chosen, to_pay, "https://kansli.test/done", now=utcnow()
    ).ref


def pay_by_bankgiro(club: Club, invoice: Invoice, amount: int) -> None:
    """``amount`` received by Bankgiro with the invoice's OCR (as a BgMax import books it)."""
    with club.server.db.transaction() as s:
        lock_tenant(s, club.tenant_id)
        receive(
            s, club.server.settings, tenant_id=club.tenant_id, source="bgmax",
            source_ref=new_id(), amount=amount, paid_on=utcnow().date(),
            reference=invoice.ocr or "", now=utcnow(),
        )  # fmt: skip


def refunds(club: Club) -> list[dict[str, Any]]:
    resp = club.staff.get("/api/v1/refunds")
    assert resp.status_code == 200, resp.text
    rows: list[dict[str, Any]] = resp.json()["rows"]
    return rows


def refund_of(club: Club, reg: str) -> dict[str, Any]:
    (found,) = [r for r in refunds(club) if r["reference"] == reg]
    return found


def balance(club: Club, person: str) -> tuple[int, int, int]:
    """(owed, credit, refund due) of ``person``, in öre."""
    with club.server.db.sessions() as s:
        b = balance_of(s, club.tenant_id, club.ids[person])
    return b.owed, b.credit, b.refund_due


def movements(club: Club, reference: str) -> list[tuple[str, frozenset[tuple[str, int]]]]:
    """The transactions about ``reference``: (kind, its postings), oldest first."""
    with club.server.db.sessions() as s:
        txs = s.scalars(
            select(LedgerTransaction)
            .where(
                LedgerTransaction.tenant_id == club.tenant_id,
                LedgerTransaction.reference == reference,
            )
            .order_by(LedgerTransaction.created_at, LedgerTransaction.id)
        ).all()
        return [
            (
                tx.kind,
                frozenset(
                    (p.account, p.amount)
                    for p in s.scalars(
                        select(LedgerPosting).where(LedgerPosting.transaction_id == tx.id)
                    )
                ),
            )
            for tx in txs
        ]


def assert_balanced(club: Club) -> None:
    """Every transaction of the club sums to zero, and so does the whole ledger."""
    with club.server.db.sessions() as s:
        sums = s.execute(
            select(LedgerPosting.transaction_id, func.sum(LedgerPosting.amount))
            .where(LedgerPosting.tenant_id == club.tenant_id)
            .group_by(LedgerPosting.transaction_id)
        ).all()
    assert sums and all(int(total) == 0 for _tx, total in sums)


def sie_amount(kronor: int) -> Decimal:
    return Decimal(kronor).quantize(Decimal("0.01"))


def cancel(club: Club, reg: str) -> None:
    club.push(cmd("registration.cancel", registration_id=reg))


def test_a_card_paid_booking_goes_back_through_stripe_booked_once(
    club: Club, stripe_api: StripeStandin
) -> None:
    reg, invoice = booked(club, "maria")
    session_id = pay_by_card(club, "stripe", reg)
    _body, paid = stripe_api.pay(session_id, club.url + STRIPE_HOOK)
    assert paid.json()["outcome"] == "booked"
    assert balance(club, "maria") == (0, 0, 0)

    cancel(club, reg)
    # Owed back, not yet paid: the bank and card accounts have not moved.
    assert balance(club, "maria") == (0, 0, 800 * KR)
    kinds = [kind for kind, _p in movements(club, reg)]
    assert kinds == ["charge", "cancellation"]
    assert movements(club, reg)[1][1] == {("revenue", 800 * KR), ("refund_due", -800 * KR)}
    assert_balanced(club)
    due = refund_of(club, reg)
    assert (due["state"], due["how"], due["provider"], due["amount"], due["person"]) == (
        "due", "card", "stripe", 800 * KR, "Maria Lind",
    )  # fmt: skip

    # The treasurer refunds it by card: Stripe is asked for a Refund of the PaymentIntent.
    resp = club.staff.post(f"/api/v1/refunds/{due['id']}/card")
    assert resp.status_code == 200, resp.text
    assert resp.json()["state"] == "requested"
    asked = stripe_api.refund_requests[-1]
    with club.server.db.sessions() as s:
        intent = s.scalar(
            select(LedgerTransaction.reference).where(
                LedgerTransaction.tenant_id == club.tenant_id, LedgerTransaction.kind == "fee"
            )
        )
    assert asked == {
        "payment_intent": intent,
        "amount": str(800 * KR),
        "metadata": {"refund_id": due["id"]},
    }
    # Asked again while Stripe pays it: refused, nothing asked twice.
    again = club.staff.post(f"/api/v1/refunds/{due['id']}/card")
    assert again.status_code == 409
    assert club.staff.post(f"/api/v1/refunds/{due['id']}/paid", json={}).status_code == 409
    assert balance(club, "maria") == (0, 0, 800 * KR)

    # Stripe confirms it twice (charge.refunded, refund.updated) and retries the first.
    [refund_id] = [r for r, obj in stripe_api.refunds.items() if obj["payment_intent"] == intent]
    (first, first_answer), (_second, second_answer) = stripe_api.settle_refund(
        refund_id, club.url + STRIPE_HOOK
    )
    assert first_answer.json() == {"received": True, "outcome": "refund_booked"}
    assert second_answer.json() == {"received": True, "outcome": "already_refunded"}
    retried = stripe_api.deliver(club.url + STRIPE_HOOK, first)
    assert retried.json() == {"received": True, "outcome": "refund_booked"}
    assert movements(club, reg)[2:] == [
        ("refund", frozenset({("refund_due", 800 * KR), ("card", -800 * KR)}))
    ]
    assert balance(club, "maria") == (0, 0, 0)
    assert_balanced(club)
    sent = refund_of(club, reg)
    assert (sent["state"], sent["reason"]) == ("sent", "")
    mail = club.mail_to("Maria", "Återbetalning: 800 kr tillbaka")
    assert "Till: Stripe" in body(mail)
    assert invoice.ocr  # (paid by its OCR)


def test_a_refused_stripe_refund_stays_due_with_stripes_reason(
    club: Club, stripe_api: StripeStandin
) -> None:
    reg, _invoice = booked(club, "olle")
    _body, paid = stripe_api.pay(pay_by_card(club, "stripe", reg), club.url + STRIPE_HOOK)
    assert paid.json()["outcome"] == "booked"
    cancel(club, reg)
    due = refund_of(club, reg)
    # Stripe cannot be reached: said, still owed, and asked again later.
    stripe_api.trouble = 500
    try:
        down = club.staff.post(f"/api/v1/refunds/{due['id']}/card")
    finally:
        stripe_api.trouble = 0
    assert down.status_code == 200, down.text
    # Not refused: it may have been paid; it stays asked, and asking again is the same request.
    assert (down.json()["state"], down.json()["reason"]) == (
        "requested", "The card provider could not be reached",
    )  # fmt: skip
    paid_by_bank = club.staff.post(
        f"/api/v1/refunds/{due['id']}/paid", json={"bank_account": "8327-9, 123 456 789-0"}
    )
    assert paid_by_bank.status_code == 409, paid_by_bank.text
    assert not any(r["metadata"].get("refund_id") == due["id"] for r in stripe_api.refunds.values())
    assert club.staff.post(f"/api/v1/refunds/{due['id']}/card").status_code == 200
    refund_id = next(
        r for r, obj in stripe_api.refunds.items() if obj["metadata"]["refund_id"] == due["id"]
    )
    [(_b, answer)] = stripe_api.settle_refund(
        refund_id, club.url + STRIPE_HOOK, failure_reason="expired_or_canceled_card"
    )
    assert answer.json() == {"received": True, "outcome": "refund_failed"}
    failed = refund_of(club, reg)
    assert (failed["state"], failed["reason"]) == ("failed", "expired_or_canceled_card")
    assert balance(club, "olle") == (0, 0, 800 * KR)
    # Still owed: the treasurer pays it by bank instead.
    resp = club.staff.post(
        f"/api/v1/refunds/{due['id']}/paid", json={"bank_account": "8327-9, 123 456 789-0"}
    )
    assert resp.status_code == 200, resp.text
    assert (resp.json()["state"], resp.json()["how"]) == ("sent", "bank")
    assert movements(club, reg)[-1] == (
        "refund", frozenset({("refund_due", 800 * KR), ("bank", -800 * KR)})
    )  # fmt: skip
    assert balance(club, "olle") == (0, 0, 0)
    assert_balanced(club)


def test_a_swish_paid_booking_goes_back_through_swish_by_itself_booked_once(
    club: Club, swish_api: SwishStandin
) -> None:
    reg, _invoice = booked(club, "anders")
    ref = pay_by_card(club, "swish", reg)
    assert swish_api.pay(ref, to=club.url + SWISH_HOOK).json()["outcome"] == "booked"
    original = swish_api.payment_request(ref)["paymentReference"]
    cancel(club, reg)
    due = refund_of(club, reg)
    assert (due["how"], due["provider"], due["state"]) == ("card", "swish", "due")
    assert balance(club, "anders") == (0, 0, 800 * KR)

    # Nobody presses a button: the worker's periodic job asks Swish.
    assert refunds_service.send_card_refunds(club.server.db, club.server.settings) >= 1
    assert refund_of(club, reg)["state"] == "requested"
    [refund_id] = [
        r
        for r in swish_api.refund_ids()
        if swish_api.refund(r)["originalPaymentReference"] == original
    ]
    asked = swish_api.refund(refund_id)
    assert (asked["amount"], asked["payerAlias"], asked["callbackUrl"]) == (
        800.0, PAYEE_ALIAS, "https://kansli.test" + SWISH_HOOK,
    )  # fmt: skip
    # Swish's callback before it paid books nothing; paid, twice: booked once.
    early = swish_api.settle_refund(refund_id, status="CREATED", to=club.url + SWISH_HOOK)
    assert early.json() == {"received": True, "outcome": "refund_pending"}
    assert balance(club, "anders") == (0, 0, 800 * KR)
    for _ in range(2):
        answer = swish_api.settle_refund(refund_id, to=club.url + SWISH_HOOK)
        assert answer.json() == {"received": True, "outcome": "refund_booked"}
    assert [kind for kind, _p in movements(club, reg)] == ["charge", "cancellation", "refund"]
    assert movements(club, reg)[-1][1] == {("refund_due", 800 * KR), ("card", -800 * KR)}
    assert balance(club, "anders") == (0, 0, 0)
    assert refund_of(club, reg)["state"] == "sent"
    assert_balanced(club)


@delivers(EventType.PAYMENT_REFUND)
def test_a_bankgiro_paid_booking_is_on_the_list_until_marked_paid(club: Club) -> None:
    reg, invoice = booked(club, "eva")
    pay_by_bankgiro(club, invoice, 800 * KR)
    cancel(club, reg)
    due = refund_of(club, reg)
    assert (due["how"], due["provider"], due["state"]) == ("bank", "", "due")
    assert balance(club, "eva") == (0, 0, 800 * KR)
    assert club.account("eva")["refund_due"] == 800 * KR  # (the Account tab says it)
    assert_balanced(club)
    # Not paid by card: the provider cannot take it back.
    assert club.staff.post(f"/api/v1/refunds/{due['id']}/card").status_code == 409

    resp = club.staff.post(
        f"/api/v1/refunds/{due['id']}/paid", json={"bank_account": "8327-9, 987 654 321-0"}
    )
    assert resp.status_code == 200, resp.text
    marked = resp.json()
    assert (marked["state"], marked["bank_account"], marked["marked_at"] is not None) == (
        "sent", "8327-9, 987 654 321-0", True,
    )  # fmt: skip
    # Marked twice (a second window): refused, booked once.
    assert club.staff.post(f"/api/v1/refunds/{due['id']}/paid", json={}).status_code == 409
    refunded = [m for m in movements(club, reg) if m[0] == "refund"]
    assert refunded == [("refund", frozenset({("refund_due", 800 * KR), ("bank", -800 * KR)}))]
    assert balance(club, "eva") == (0, 0, 0)
    assert club.account("eva")["refund_due"] == 0
    assert_balanced(club)
    mail = club.mail_to("Eva", "Återbetalning: 800 kr tillbaka")
    assert body(mail) == (
        "Hej Eva,\n\n"
        "Vi har betalat tillbaka 800 kr till dig.\n\n"
        "Belopp: 800 kr\n"
        f"Återbetalt: {utcnow().date().isoformat()}\n"
        "Till: 8327-9, 987 654 321-0\n\n"
        "Tangoklubben\n"
    )

    # The SIE export books the refund in the refund series: refund due (2490) to the bank.
    today = utcnow().date()
    resp = club.staff.get(
        "/api/v1/accounting/sie",
        params={"from": f"{today.year}-01-01", "to": today.isoformat(), "type": "4E"},
    )
    assert resp.status_code == 200, resp.text
    vouchers = {v.text: v for v in sie_reader.read(resp.content).vouchers()}
    voucher = vouchers[f"Återbetalning {reg}"]
    assert voucher.series == "D"
    assert sorted((t.account, t.amount) for t in voucher.trans) == [
        ("1930", sie_amount(-800)), ("2490", sie_amount(800)),
    ]  # fmt: skip
    assert sorted((t.account, t.amount) for t in vouchers[f"Avbokning {reg}"].trans) == [
        ("2490", sie_amount(-800)), ("3010", sie_amount(800)),
    ]  # fmt: skip


def test_a_credit_balance_is_paid_out_on_request(club: Club) -> None:
    reg, invoice = booked(club, "maria")
    pay_by_bankgiro(club, invoice, 1_000 * KR)
    assert balance(club, "maria") == (0, 200 * KR, 0)
    person = club.ids["maria"]
    too_much = club.staff.post(
        "/api/v1/refunds/credit", json={"person_id": person, "amount": 201 * KR}
    )
    assert too_much.status_code == 422, too_much.text
    assert too_much.json()["detail"]["field"] == "amount"
    resp = club.staff.post(
        "/api/v1/refunds/credit",
        json={"person_id": person, "amount": 150 * KR, "bank_account": "8327-9, 1"},
    )
    assert resp.status_code == 200, resp.text
    out = resp.json()
    assert (out["state"], out["source"], out["amount"]) == ("sent", "credit", 150 * KR)
    assert balance(club, "maria") == (0, 50 * KR, 0)
    assert movements(club, out["id"]) == [
        ("refund", frozenset({("credit", 150 * KR), ("bank", -150 * KR)}))
    ]
    assert_balanced(club)
    assert reg


def test_economics_counts_a_refund_when_the_money_leaves(club: Club) -> None:
    """The report's refunds for Vals are the refunds sent, never one only due."""

    def vals_refunds() -> int:
        resp = club.staff.get("/api/v1/reports/economics", params={"group": "course"})
        assert resp.status_code == 200, resp.text
        (row,) = [r for r in resp.json()["rows"] if r["key"] == club.ids["course"]]
        return int(row["refunds"])

    def sent() -> int:
        return sum(
            r["amount"]
            for r in refunds(club)
            if r["state"] == "sent" and r["source"] == "refund_due"
        )

    reg, invoice = booked(club, "stina")
    pay_by_bankgiro(club, invoice, 800 * KR)
    cancel(club, reg)
    before = vals_refunds()
    assert before == sent()
    due = refund_of(club, reg)
    assert club.staff.post(f"/api/v1/refunds/{due['id']}/paid", json={}).status_code == 200
    assert vals_refunds() == before + 800 * KR == sent()


def test_refunds_are_the_tenants_and_for_money_roles_only(club: Club) -> None:
    reg, invoice = booked(club, "karl")
    pay_by_bankgiro(club, invoice, 800 * KR)
    cancel(club, reg)
    due = refund_of(club, reg)
    other = make_world(club.url, club.server.db, club.server.settings, "other")
    treasurer = other.client(Role.TREASURER)
    listed = treasurer.get(f"{club.url}/api/v1/refunds", timeout=20)
    assert (listed.status_code, listed.json()) == (200, {"rows": []})
    for path, sent in ((f"{due['id']}/paid", {}), (f"{due['id']}/card", None)):
        answer = treasurer.post(f"{club.url}/api/v1/refunds/{path}", json=sent, timeout=20)
        assert answer.status_code == 404, answer.text
    credit = treasurer.post(
        f"{club.url}/api/v1/refunds/credit",
        json={"person_id": club.ids["karl"], "amount": 100},
        timeout=20,
    )
    assert credit.status_code == 404, credit.text
    ours = make_world(club.url, club.server.db, club.server.settings, "ours")
    for role in (Role.VIEWER, Role.COURSE_ADMIN):
        assert ours.client(role).get(f"{club.url}/api/v1/refunds", timeout=20).status_code == 403
    assert refund_of(club, reg)["state"] == "due"


def test_a_refund_stripe_made_but_never_answered_is_asked_again_as_the_same_request(
    club: Club, stripe_api: StripeStandin
) -> None:
    """Stripe made the refund but its answer was lost (a 500): the refund stays asked (not
    failed, so it is never paid by bank as well), asking again sends the same idempotency
    key and gets the same refund back, and its confirmation books it once: the money left
    once."""
    reg, _invoice = booked(club, "olle")
    _body, paid = stripe_api.pay(pay_by_card(club, "stripe", reg), club.url + STRIPE_HOOK)
    assert paid.json()["outcome"] == "booked"
    cancel(club, reg)
    due = refund_of(club, reg)
    stripe_api.lose_answer = True
    try:
        lost = club.staff.post(f"/api/v1/refunds/{due['id']}/card")
    finally:
        stripe_api.lose_answer = False
    assert lost.status_code == 200, lost.text
    assert lost.json()["state"] == "requested"
    again = club.staff.post(f"/api/v1/refunds/{due['id']}/card")
    assert again.status_code == 200, again.text
    made = [r for r, obj in stripe_api.refunds.items() if obj["metadata"]["refund_id"] == due["id"]]
    assert len(made) == 1, "asked twice, refunded once"
    answers = [
        a.json()["outcome"] for _b, a in stripe_api.settle_refund(made[0], club.url + STRIPE_HOOK)
    ]
    assert answers == ["refund_booked", "already_refunded"]
    assert refund_of(club, reg)["state"] == "sent"
    assert balance(club, "olle") == (0, 0, 0)
    assert_balanced(club)


def test_a_cancellation_sent_again_after_a_restore_makes_the_same_refund(club: Club) -> None:
    """After a restore from a backup that lacks a cancellation, its client sends the same
    command again (sync.engine): the refund it makes must be the same one, by id, so the
    card provider's idempotency key (``refund-<id>-<attempt>``) is the same and the money
    does not leave twice. The refund's id is derived from the cancelling command's."""
    made = []
    for person in ("stina", "karl"):
        reg, invoice = booked(club, person)
        pay_by_bankgiro(club, invoice, 800 * KR)
        command_id = new_id()
        club.push(cmd("registration.cancel", cmd_id=command_id, registration_id=reg))
        due = refund_of(club, reg)
        assert due["id"] == derived_id(command_id, "refund", reg)
        made.append(due["id"])
    assert made[0] != made[1]
