"""Card payments at sign-up (issue 18; seed 003 step 7) over the real server and stand-ins that
speak Stripe's and Swish's documented APIs (tests/utils/stripe_standin.py, swish_standin.py):
Maria books a 200 kr course from her link, the done page offers "Pay now by card", she is sent
to the provider's page, pays, and the provider's confirmation books her payment against her
invoice's OCR reference exactly once, with Stripe's fee as an expense; a bad signature is
refused (400) and recorded; an event for a charge this server never started is recorded and
listed; Swish's callback is believed only as far as Swish itself confirms it (mutual TLS).
On SQLite and PostgreSQL."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import requests
import stripe
from sqlalchemy import select
from stdnum import luhn

from models.ids import new_id, utcnow
from models.tenancy import Role
from server.services.booking_links import booking_link
from server.services.database import Database
from server.tables import LedgerPosting, LedgerTransaction
from server.tables.card import CardCheckout, ProviderEvent
from server.tables.invoices import Invoice
from server.tables.payments import IncomingPayment
from tests.approval.helpers import hidden, text_of
from tests.server.booking_world import KR, course, person, pushed, round_
from tests.server.conftest import api_settings
from tests.server.helpers import World, cmd, make_world
from tests.utils.servers import InProcessServer
from tests.utils.stripe_standin import API_KEY, WEBHOOK_SECRET, StripeStandin, stripe_fee
from tests.utils.swish_standin import PAYEE_ALIAS, SwishStandin

SV = {"Accept-Language": "sv-SE,sv;q=0.9"}
STRIPE_HOOK = "/api/v1/payments/stripe/webhook"
SWISH_HOOK = "/api/v1/payments/swish/webhook"
BANKGIRO = "555123" + luhn.calc_check_digit("555123")


@pytest.fixture(scope="module")
def stripe_api() -> Iterator[StripeStandin]:
    standin = StripeStandin().start()
    yield standin
    standin.stop()


@pytest.fixture(scope="module")
def swish_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SwishStandin]:
    standin = SwishStandin(Path(tmp_path_factory.mktemp("swish"))).start()
    yield standin
    standin.stop()


@pytest.fixture(scope="module")
def card_api(
    shared_db_url: str, stripe_api: StripeStandin, swish_api: SwishStandin
) -> Iterator[InProcessServer]:
    certs = swish_api.certs
    settings = api_settings(
        shared_db_url,
        stripe_api_key=API_KEY,
        stripe_webhook_secret=WEBHOOK_SECRET,
        stripe_api_base=stripe_api.url,
        swish_api_url=swish_api.api_url,
        swish_payee_alias=PAYEE_ALIAS,
        swish_cert_file=certs.rp_cert,
        swish_key_file=certs.rp_key,
        swish_ca_file=certs.server_ca,
    )
    db = Database(shared_db_url)
    server = InProcessServer(settings, db).start()
    yield server
    server.stop()
    db.dispose()


def club(server: InProcessServer, provider: str) -> tuple[World, str, str]:
    """A tenant taking card payments by ``provider`` ("" none), a 200 kr round with a form and
    Maria; (the world, the round, Maria's booking link)."""
    world = make_world(server.url, server.db, server.settings, "card")
    pushed(
        world,
        cmd(
            "payment_settings.set",
            settings_id=new_id(),
            expected_version=0,
            bankgiro=BANKGIRO,
            sender_name="Tangoklubben",
            card_provider=provider,
        ),
    )
    round_id = round_(world, course(world, "Vals"), "Måndagar", price_ore=200 * KR, seats=10)
    maria = person(world, "Maria", "Dansare", "maria@example.se")
    with world.db.transaction() as s:
        url = booking_link(
            s, server.settings, tenant_id=world.tenant_id, person_id=maria,
            email="maria@example.se", now=utcnow(),
        )  # fmt: skip
    return world, round_id, world.url + url.removeprefix(server.settings.public_base_url)


def book(browser: requests.Session, link: str, round_id: str, **headers: str) -> str:
    """Maria confirms the round on her page; the done page."""
    page = browser.get(f"{link}/{round_id}", headers=headers, timeout=20)
    assert page.status_code == 200, page.text
    done = browser.post(
        f"{link}/{round_id}",
        data={"csrf_token": hidden(page.text, "csrf_token"), "shown": hidden(page.text, "shown")},
        headers=headers,
        timeout=20,
    )
    assert done.status_code == 200, done.text
    return done.text


def pay_by_card(browser: requests.Session, server: InProcessServer, done: str) -> str:
    """Maria presses "Pay now by card": where the server sends her (303)."""
    form = re.search(r'<form method="post" action="([^"]+)" id="pay-by-card">', done)
    assert form, "no Pay now by card"
    sent = browser.post(
        server.url + form.group(1),
        data={"csrf_token": hidden(done, "csrf_token")},
        allow_redirects=False,
        timeout=30,
    )
    assert sent.status_code == 303, sent.text
    return sent.headers["Location"]


def ledger_of(db: Database, tenant_id: str) -> list[tuple[str, str, frozenset[tuple[str, int]]]]:
    """Every transaction of the tenant: (kind, reference, its postings)."""
    with db.sessions() as s:
        txs = s.scalars(
            select(LedgerTransaction)
            .where(LedgerTransaction.tenant_id == tenant_id)
            .order_by(LedgerTransaction.created_at)
        ).all()
        return [
            (
                tx.kind,
                tx.reference,
                frozenset(
                    (p.account, p.amount)
                    for p in s.scalars(
                        select(LedgerPosting).where(LedgerPosting.transaction_id == tx.id)
                    )
                ),
            )
            for tx in txs
        ]


def invoice_of(db: Database, tenant_id: str) -> Invoice:
    with db.sessions() as s:
        found = s.scalars(select(Invoice).where(Invoice.tenant_id == tenant_id)).one()
        s.expunge(found)
        return found


def events(world: World, role: str = Role.TREASURER) -> list[dict[str, Any]]:
    answer = world.client(role).get(f"{world.url}/api/v1/payments/card-events", timeout=20)
    assert answer.status_code == 200, answer.text
    return list(answer.json()["events"])


def test_maria_pays_200_by_card_and_it_is_booked_once(
    card_api: InProcessServer, stripe_api: StripeStandin, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    world, round_id, link = club(card_api, "stripe")
    browser = requests.Session()
    done = book(browser, link, round_id)
    said = text_of(done)
    assert "To pay: 200 kr" in said
    assert "Pay now by card or pay later by the invoice we e-mail you." in said

    url = pay_by_card(browser, card_api, done)
    assert url.startswith(f"{stripe_api.url}/c/pay/cs_test_")
    session_id = stripe_api.session_id_of(url)
    invoice = invoice_of(world.db, world.tenant_id)
    asked = stripe_api.requests[-1]
    assert asked["line_items"][0]["price_data"] == {
        "currency": "sek",
        "unit_amount": "20000",
        "product_data": {"name": "Måndagar"},
    }
    assert asked["metadata"] == {
        "tenant_id": world.tenant_id,
        "invoice_id": invoice.id,
        "ocr": invoice.ocr,
    }
    assert asked["success_url"] == f"https://kansli.test{link.removeprefix(world.url)}"

    body, answer = stripe_api.pay(session_id, card_api.url + STRIPE_HOOK)
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"received": True, "outcome": "booked"}
    fee = stripe_fee(200 * KR)
    assert fee == 480
    booked = ledger_of(world.db, world.tenant_id)
    assert [(kind, ref) for kind, ref, _ in booked] == [
        ("charge", booked[0][1]),
        ("payment", invoice.ocr),
        ("fee", booked[2][1]),
    ]
    assert booked[1][2] == {("card", 200 * KR), ("receivable", -200 * KR)}
    assert booked[2][2] == {("fees", fee), ("card", -fee)}
    assert booked[2][1].startswith("pi_")

    # The same event again (Stripe retries), then another event of the same session.
    again = stripe_api.deliver(card_api.url + STRIPE_HOOK, body)
    assert again.status_code == 200
    assert again.json() == {"received": True, "outcome": "booked"}
    session = json.loads(body)["data"]["object"]
    other = stripe_api.event_body("checkout.session.async_payment_succeeded", session)
    late = stripe_api.deliver(card_api.url + STRIPE_HOOK, other)
    assert late.json() == {"received": True, "outcome": "already_paid"}
    assert ledger_of(world.db, world.tenant_id) == booked
    with world.db.sessions() as s:
        payments = s.scalars(
            select(IncomingPayment).where(IncomingPayment.tenant_id == world.tenant_id)
        ).all()
        assert [(p.source, p.amount, p.reference, p.status, p.invoice_id) for p in payments] == [
            ("stripe", 200 * KR, invoice.ocr, "matched", invoice.id)
        ]
        checkout = s.scalars(select(CardCheckout).where(CardCheckout.ref == session_id)).one()
        assert (checkout.status, checkout.amount) == ("paid", 200 * KR)

    listed = events(world)
    assert [(e["provider"], e["kind"], e["ref"], e["amount"], e["outcome"]) for e in listed] == [
        ("stripe", "checkout.session.async_payment_succeeded", session_id, 200 * KR,
         "already_paid"),
        ("stripe", "checkout.session.completed", session_id, 200 * KR, "booked"),
    ]  # fmt: skip
    assert listed[1]["payment_id"] == payments[0].id
    # The treasurer's invoices list (the desktop's) says the card paid it: nothing owed.
    found = world.client(Role.TREASURER).get(
        f"{world.url}/api/v1/payments/invoices", params={"q": invoice.ocr}, timeout=20
    )
    assert [(i["id"], i["amount"], i["owed"]) for i in found.json()["rows"]] == [
        (invoice.id, 200 * KR, 0)
    ]
    # Nothing more to pay: pressing the button again says so.
    form = re.search(r'action="([^"]+)" id="pay-by-card"', done)
    assert form
    again_pressed = browser.post(
        card_api.url + form.group(1), data={"csrf_token": hidden(done, "csrf_token")},
        allow_redirects=False, timeout=20,
    )  # fmt: skip
    assert again_pressed.status_code == 409
    assert "There is nothing to pay by card for this booking." in text_of(again_pressed.text)
    # The provider's secrets are never logged, nor shown in the settings' repr.
    for secret in (API_KEY, WEBHOOK_SECRET):
        assert secret not in caplog.text
        assert secret not in repr(card_api.settings)


def test_pay_by_card_refuses_a_stale_page_anothers_booking_and_says_when_stripe_is_down(
    card_api: InProcessServer, stripe_api: StripeStandin
) -> None:
    world, round_id, link = club(card_api, "stripe")
    browser = requests.Session()
    done = book(browser, link, round_id)
    form = re.search(r'action="([^"]+)" id="pay-by-card"', done)
    assert form
    action = card_api.url + form.group(1)
    csrf = hidden(done, "csrf_token")

    def press(url: str, token: str) -> requests.Response:
        return browser.post(url, data={"csrf_token": token}, allow_redirects=False, timeout=60)

    assert press(action, "stale").status_code == 403
    other_world, other_round, other_link = club(card_api, "stripe")
    book(requests.Session(), other_link, other_round)
    with other_world.db.sessions() as s:
        others = s.scalars(
            select(Invoice.registration_id).where(Invoice.tenant_id == other_world.tenant_id)
        ).one()
    refused = press(action.rsplit("/", 1)[0] + "/" + others, csrf)
    assert refused.status_code == 404
    stripe_api.trouble = 500
    try:
        down = press(action, csrf)
    finally:
        stripe_api.trouble = 0
    assert down.status_code == 503
    assert "The card payment could not be started." in text_of(down.text)
    with world.db.sessions() as s:
        assert (
            s.scalars(select(CardCheckout).where(CardCheckout.tenant_id == world.tenant_id)).all()
            == []
        )
    sent = press(action, csrf)
    assert sent.status_code == 303
    # Pressed again (or in another tab) while that checkout can be paid: the same one.
    asked = len(stripe_api.requests)
    again = press(action, csrf)
    assert again.headers["Location"] == sent.headers["Location"]
    assert len(stripe_api.requests) == asked


def test_the_same_webhook_delivered_at_once_in_parallel_is_booked_once(
    card_api: InProcessServer, stripe_api: StripeStandin
) -> None:
    world, round_id, link = club(card_api, "stripe")
    browser = requests.Session()
    session_id = stripe_api.session_id_of(
        pay_by_card(browser, card_api, book(browser, link, round_id))
    )
    body = stripe_api.complete(session_id)
    # The event delivered several times at once (Stripe retrying while the first is handled).
    with ThreadPoolExecutor(max_workers=6) as pool:
        answers = list(
            pool.map(lambda _: stripe_api.deliver(card_api.url + STRIPE_HOOK, body), range(6))
        )
    assert {(a.status_code, a.json()["outcome"]) for a in answers} == {(200, "booked")}
    kinds = [kind for kind, _ref, _p in ledger_of(world.db, world.tenant_id)]
    assert kinds == ["charge", "payment", "fee"]


def test_a_bad_signature_is_refused_and_recorded_and_bodies_never_500(
    card_api: InProcessServer, stripe_api: StripeStandin
) -> None:
    world, _round, _link = club(card_api, "stripe")
    body = stripe_api.event_body(
        "checkout.session.completed",
        {"id": "cs_test_forged", "payment_status": "paid", "metadata": {}},
    )
    forged = stripe_api.deliver(card_api.url + STRIPE_HOOK, body, secret="whsec_someone_else")
    assert forged.status_code == 400
    assert forged.json()["detail"]["code"] == "bad_signature"
    with world.db.sessions() as s:
        row = s.scalars(
            select(ProviderEvent).where(ProviderEvent.event_id.like("unverified:%"))
        ).all()
        assert "bad_signature" in {r.outcome for r in row}
    cases: list[tuple[bytes, dict[str, str] | None]] = [
        (body, {}),  # no Stripe-Signature at all
        (b"not json", None),
        (b"[1, 2]", None),
        (b'{"id": "evt_1"}', None),
        (b"\xff\xfe", None),
        (b'{"a":' * 5000 + b"1" + b"}" * 5000, None),  # deeper than any JSON reader allows
        (b"[" * 100000 + b"]" * 100000, None),
    ]
    for raw, headers in cases:
        if headers is None:
            answer = stripe_api.deliver(card_api.url + STRIPE_HOOK, raw)
        else:
            answer = requests.post(card_api.url + STRIPE_HOOK, data=raw, timeout=20)
        assert answer.status_code == 400, (raw, answer.text)
        assert answer.json()["detail"]["code"] in {"bad_signature", "malformed"}
    too_big = requests.post(card_api.url + STRIPE_HOOK, data=b" " * (300 * 1024), timeout=20)
    assert too_big.status_code == 413
    assert ledger_of(world.db, world.tenant_id) == []


def test_an_event_for_a_charge_never_started_here_is_recorded_and_listed(
    card_api: InProcessServer, stripe_api: StripeStandin
) -> None:
    world, _round, _link = club(card_api, "stripe")
    # A session made on the same Stripe account by something else than this server.
    client = stripe.StripeClient(API_KEY, base_addresses={"api": stripe_api.url})
    elsewhere = client.v1.checkout.sessions.create(
        params={
            "mode": "payment",
            "line_items": [
                {
                    "quantity": 1,
                    "price_data": {
                        "currency": "sek",
                        "unit_amount": 15000,
                        "product_data": {"name": "T-shirt"},
                    },
                }
            ],
            "metadata": {"tenant_id": world.tenant_id},
            "success_url": "https://shop.example/thanks",
        }
    )
    _body, answer = stripe_api.pay(str(elsewhere.id), card_api.url + STRIPE_HOOK)
    assert answer.status_code == 200, answer.text
    assert answer.json()["outcome"] == "unknown_charge"
    assert [(e["ref"], e["amount"], e["outcome"], e["payment_id"]) for e in events(world)] == [
        (elsewhere.id, 15000, "unknown_charge", None)
    ]
    assert ledger_of(world.db, world.tenant_id) == []
    # Card events are for the money roles only.
    refused = world.client(Role.COURSE_ADMIN).get(
        f"{world.url}/api/v1/payments/card-events", timeout=20
    )
    assert refused.status_code == 403


def test_maria_pays_by_swish_and_the_callback_is_believed_as_swish_confirms_it(
    card_api: InProcessServer, swish_api: SwishStandin
) -> None:
    world, round_id, link = club(card_api, "swish")
    browser = requests.Session()
    url = pay_by_card(browser, card_api, book(browser, link, round_id))
    assert url.startswith("swish://paymentrequest?token=")
    invoice = invoice_of(world.db, world.tenant_id)
    with world.db.sessions() as s:
        ref = s.scalars(
            select(CardCheckout.ref).where(CardCheckout.tenant_id == world.tenant_id)
        ).one()
    asked = swish_api.payment_request(ref)
    assert (asked["amount"], asked["payeePaymentReference"], asked["callbackUrl"]) == (
        200.0,
        invoice.ocr,
        "https://kansli.test" + SWISH_HOOK,
    )
    # A callback naming a payment request Swish does not know is refused and recorded.
    forged = requests.post(
        card_api.url + SWISH_HOOK, json={"id": "0" * 32, "status": "PAID"}, timeout=20
    )
    assert forged.status_code == 400
    # A callback claiming PAID before Swish says so books nothing.
    early = requests.post(card_api.url + SWISH_HOOK, json={**asked, "status": "PAID"}, timeout=20)
    assert early.json() == {"received": True, "outcome": "not_paid"}
    assert [kind for kind, _ref, _p in ledger_of(world.db, world.tenant_id)] == ["charge"]

    paid = swish_api.pay(ref, to=card_api.url + SWISH_HOOK)
    assert paid.status_code == 200, paid.text
    assert paid.json() == {"received": True, "outcome": "booked"}
    again = swish_api.pay(ref, to=card_api.url + SWISH_HOOK)
    assert again.json() == {"received": True, "outcome": "booked"}
    booked = ledger_of(world.db, world.tenant_id)
    assert [(kind, r, p) for kind, r, p in booked[1:]] == [
        ("payment", invoice.ocr, frozenset({("card", 200 * KR), ("receivable", -200 * KR)}))
    ]
    assert [(e["kind"], e["outcome"]) for e in events(world)] == [
        ("PAID", "booked"),
        ("CREATED", "not_paid"),
    ]
    for raw in (b"", b"{", b'{"id": "../../etc"}', b"[]", b"[" * 100000 + b"]" * 100000):
        answer = requests.post(card_api.url + SWISH_HOOK, data=raw, timeout=20)
        assert answer.status_code == 400, (raw, answer.text)


@pytest.mark.parametrize("headers", [{}, SV], ids=["en", "sv"])
def test_the_done_page_offers_card_payment_only_where_taken(
    card_api: InProcessServer, headers: dict[str, str]
) -> None:
    words = "Betala nu med kort" if headers else "Pay now by card"
    _world, round_id, link = club(card_api, "stripe")
    done = book(requests.Session(), link, round_id, **headers)
    assert words in text_of(done)
    _world, round_id, link = club(card_api, "")
    done = book(requests.Session(), link, round_id, **headers)
    assert words not in text_of(done)
    assert 'id="pay-by-card"' not in done
