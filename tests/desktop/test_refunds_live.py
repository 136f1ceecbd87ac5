"""Accounting › Refunds… (issue 18) against the real server over real HTTP: Maria's
cancelled booking owes her 800 kr back (paid by Bankgiro, so by bank); the treasurer marks
it paid with her account number and the list says so; Refund by card is offered only for a
card-paid one; Anders's credit is paid out in part; a refusal is said in the dialog; offline
the window says refunds need the server. Screenshots in English and Swedish."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.accounting.refunds import MarkPaidDialog, PayOutCreditDialog, RefundsWindow
from desktop.people.account import AccountTab
from devtools.server_data import server_session
from models import ledger
from models.ids import new_id, utcnow
from models.payments import ocr_reference
from models.people import Person
from models.pricing import (
    CancellationTerms,
    PriceList,
    RefundAs,
    SignupFacts,
    cancel,
    price,
)
from server.services import ledger as accounts
from server.services import refunds
from server.tables import IncomingPayment, Invoice
from tests.desktop.live_web import in_thread, signed_in
from tests.utils.servers import LiveServer, add_account
from tests.utils.stripe_standin import API_KEY, WEBHOOK_SECRET, StripeStandin, _Session

PASSWORD = "correct horse battery"
KR = 100
SHOTS = Path("/tmp/shots/h5")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    path = tmp_path_factory.mktemp("refunds-live") / "server.db"
    live = in_thread(
        lambda: LiveServer(f"sqlite:///{path}", env={"KANSLI_RUN_WORKER": "0"}).start()
    )
    try:
        yield live
    finally:
        in_thread(live.stop)


def _seed(db_url: str, tenant_slug: str, role: str = "treasurer") -> dict[str, str]:
    """A treasurer (or ``role``); Maria's 800 kr booking, paid by bank and cancelled with
    everything back as money (a refund due); Anders with 300 kr credit."""
    account = add_account(
        db_url, tenant=tenant_slug, email=f"kassor@{tenant_slug}.example", roles=(role,)
    )
    tenant = account["tenant_id"]
    charged = price(PriceList("Tango", 800 * KR), SignupFacts(date(2026, 8, 1), date(2026, 9, 1)))
    money_back = CancellationTerms(refund_as=RefundAs.MONEY, full_refund_until=date(2026, 9, 30))
    with server_session(db_url) as s:
        maria = Person(tenant_id=tenant, first_name="Maria", last_name="Ek")
        anders = Person(tenant_id=tenant, first_name="Anders", last_name="Berg")
        s.add_all([maria, anders])
        s.flush()
        cancelled = ledger.cancellation(
            new_id(),
            maria.id,
            cancel(money_back, date(2026, 9, 10), charged=800 * KR, paid=800 * KR),
            date(2026, 9, 10),
            "Tango HT26",
        )
        for tx in (
            ledger.charge(new_id(), maria.id, charged, date(2026, 8, 1), "Tango HT26"),
            ledger.payment(new_id(), maria.id, 800 * KR, date(2026, 8, 5), "OCR 4711"),
            cancelled,
            ledger.received(new_id(), anders.id, 300 * KR, 0, date(2026, 8, 5), "OCR 5000"),
        ):
            accounts.record(s, tenant, tx)
        refunds.owe(s, tenant, cancelled, maria.id, utcnow())
        return {"tenant": tenant, "maria": maria.id, "anders": anders.id}


def _shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


def _cells(window: RefundsWindow, row: int) -> list[str]:
    model = window.model
    return [str(model.data(model.index(row, c))) for c in range(model.columnCount())]


def _open(qtbot, ctx) -> RefundsWindow:  # type: ignore[no-untyped-def]
    window = RefundsWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.loaded, timeout=15_000)
    return window


def test_mark_paid_and_pay_out_credit(qtbot, server: LiveServer, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    in_thread(_seed, server.db_url, "aterklubben")
    with signed_in(
        server.url, "kassor@aterklubben.example", PASSWORD, tmp_path / "k.db", settings
    ) as (ctx, _s):
        window = _open(qtbot, ctx)
        assert window.model.rowCount() == 1
        cells = _cells(window, 0)
        assert cells[1:5] == ["Maria Ek", "800 kr", "Bank transfer", "To pay"]
        _shot(window, "refunds_en")
        window.activateWindow()
        window.table.setFocus()
        window.table.selectRow(0)
        assert window.act_paid.isEnabled()
        assert not window.act_card.isEnabled()  # paid by Bankgiro: no card to refund to

        qtbot.mouseClick(window.toolbar.widgetForAction(window.act_paid), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: isinstance(window.dialog, MarkPaidDialog))
        dialog = window.dialog
        assert isinstance(dialog, MarkPaidDialog)
        qtbot.waitUntil(dialog.isVisible)
        dialog.activateWindow()
        dialog.account.setFocus()
        qtbot.keyClicks(dialog.account, "8327-9, 123 456 789-0")
        _shot(dialog, "mark_paid_en")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.dialog is None, timeout=15_000)
        qtbot.waitUntil(lambda: window.loaded and not window.busy, timeout=15_000)
        assert window.message.text() == (
            "800 kr to Maria Ek is marked paid; the notice is on its way."
        )
        qtbot.waitUntil(lambda: _cells(window, 0)[4] == "Paid", timeout=15_000)
        assert _cells(window, 0)[5] == "8327-9, 123 456 789-0"
        assert not window.act_paid.isEnabled()

        # Anders's credit: 400 kr is more than he has (the dialog caps it); 100 kr goes.
        window.act_credit.trigger()
        qtbot.waitUntil(lambda: isinstance(window.dialog, PayOutCreditDialog), timeout=15_000)
        credit = window.dialog
        assert isinstance(credit, PayOutCreditDialog)
        qtbot.waitUntil(credit.isVisible)
        assert credit.person.currentText() == "Anders Berg — 300 kr"
        assert credit.amount.maximum() == 300.0
        credit.amount.setValue(100.0)
        _shot(credit, "pay_out_credit_en")
        qtbot.mouseClick(credit.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.dialog is None, timeout=15_000)
        qtbot.waitUntil(lambda: window.model.rowCount() == 2 and not window.busy, timeout=15_000)
        assert window.message.text() == (
            "100 kr of Anders Berg's credit is paid out; the notice is on its way."
        )
        rows = sorted(tuple(_cells(window, r)[1:5]) for r in range(2))
        assert rows == [
            ("Anders Berg", "100 kr", "Bank transfer", "Credit paid out"),
            ("Maria Ek", "800 kr", "Bank transfer", "Paid"),
        ]
        window.close()


@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_account_tab_says_what_is_owed_back(  # type: ignore[no-untyped-def]
    qtbot, server: LiveServer, settings, tmp_path: Path, request, language: str
) -> None:
    if language == "sv":
        request.getfixturevalue("swedish")
    slug = f"konto{language}"
    ids = in_thread(_seed, server.db_url, slug, "admin")
    with signed_in(server.url, f"kassor@{slug}.example", PASSWORD, tmp_path / "a.db", settings) as (
        ctx,
        _s,
    ):
        tab = AccountTab(ctx, ids["maria"])
        qtbot.addWidget(tab)
        tab.resize(760, 260)
        tab.show()
        qtbot.waitUntil(lambda: tab.account is not None, timeout=15_000)
        assert (
            tab.summary.text()
            == {
                "en": "Owes 0 kr · Credit balance 0 kr · To be paid back 800 kr",
                "sv": "Att betala 0 kr · Tillgodohavande 0 kr · Ska återbetalas 800 kr",
            }[language]
        )
        _shot(tab, f"account_tab_{language}")
        tab.close()


def test_in_swedish(qtbot, server: LiveServer, settings, tmp_path: Path, swedish) -> None:  # type: ignore[no-untyped-def]
    in_thread(_seed, server.db_url, "svklubben")
    with signed_in(
        server.url, "kassor@svklubben.example", PASSWORD, tmp_path / "k.db", settings
    ) as (ctx, _s):
        window = _open(qtbot, ctx)
        assert window.windowTitle() == "Återbetalningar"
        assert _cells(window, 0)[1:5] == ["Maria Ek", "800 kr", "Banköverföring", "Att betala"]
        _shot(window, "refunds_sv")
        window.table.selectRow(0)
        window.act_paid.trigger()
        qtbot.waitUntil(lambda: isinstance(window.dialog, MarkPaidDialog))
        dialog = window.dialog
        assert isinstance(dialog, MarkPaidDialog)
        qtbot.waitUntil(dialog.isVisible)
        _shot(dialog, "mark_paid_sv")
        dialog.reject()
        window.act_credit.trigger()
        qtbot.waitUntil(lambda: isinstance(window.dialog, PayOutCreditDialog), timeout=15_000)
        credit = window.dialog
        assert isinstance(credit, PayOutCreditDialog)
        qtbot.waitUntil(credit.isVisible)
        _shot(credit, "pay_out_credit_sv")
        credit.reject()
        window.close()


def test_offline_the_window_says_refunds_need_the_server(qtbot, offline_ctx) -> None:  # type: ignore[no-untyped-def]
    window = RefundsWindow(offline_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(
        lambda: window.table.empty_text not in ("", "Asking the server…"), timeout=15_000
    )
    assert window.table.empty_text == (
        "Offline: refunds are kept on the server, and it cannot be reached now. Paying "
        "refunds needs a connection; your other work goes on. Try again when online."
    )
    assert not window.act_paid.isEnabled() and not window.act_card.isEnabled()


@pytest.fixture(scope="module")
def stripe_api() -> Iterator[StripeStandin]:
    standin = StripeStandin().start()
    yield standin
    standin.stop()


@pytest.fixture(scope="module")
def card_server(
    tmp_path_factory: pytest.TempPathFactory, stripe_api: StripeStandin
) -> Iterator[LiveServer]:
    """A live server taking cards by Stripe (the stand-in), its worker off."""
    path = tmp_path_factory.mktemp("refunds-card") / "server.db"
    env = {
        "KANSLI_RUN_WORKER": "0",
        "KANSLI_STRIPE_API_KEY": API_KEY,
        "KANSLI_STRIPE_WEBHOOK_SECRET": WEBHOOK_SECRET,
        "KANSLI_STRIPE_API_BASE": stripe_api.url,
    }
    live = in_thread(lambda: LiveServer(f"sqlite:///{path}", env=env).start())
    try:
        yield live
    finally:
        in_thread(live.stop)


def _seed_card(db_url: str, stripe_api: StripeStandin) -> str:
    """Maria's 800 kr booking paid by Stripe (the stand-in's PaymentIntent) and cancelled with
    everything back as money: a refund due by card. The PaymentIntent's id."""
    account = add_account(
        db_url, tenant="kortklubben", email="kassor@kortklubben.example", roles=("treasurer",)
    )
    tenant = account["tenant_id"]
    session_id = "cs_test_" + new_id().replace("-", "")[:20]
    stripe_api.sessions[session_id] = _Session(
        {"id": session_id, "amount_total": 800 * KR, "currency": "sek", "metadata": {}}
    )
    stripe_api.complete(session_id)
    intent = stripe_api.sessions[session_id].intent
    assert intent is not None
    charged = price(PriceList("Tango", 800 * KR), SignupFacts(date(2026, 8, 1), date(2026, 9, 1)))
    money_back = CancellationTerms(refund_as=RefundAs.MONEY, full_refund_until=date(2026, 9, 30))
    with server_session(db_url) as s:
        maria = Person(tenant_id=tenant, first_name="Maria", last_name="Ek")
        s.add(maria)
        s.flush()
        reg = new_id()
        invoice = Invoice(
            id=new_id(), tenant_id=tenant, number=1, person_id=maria.id, registration_id=reg,
            ocr=ocr_reference(1), amount=800 * KR, issued_on=date(2026, 8, 1),
            due_on=date(2026, 8, 31), lines=[],
        )  # fmt: skip
        s.add(invoice)
        s.add(
            IncomingPayment(
                id=new_id(), tenant_id=tenant, source="stripe", source_ref=intent["id"],
                amount=800 * KR, paid_on=date(2026, 8, 5), invoice_id=invoice.id,
                status="matched",
            )
        )  # fmt: skip
        cancelled = ledger.cancellation(
            new_id(),
            maria.id,
            cancel(money_back, date(2026, 9, 10), charged=800 * KR, paid=800 * KR),
            date(2026, 9, 10),
            reg,
        )
        for tx in (
            ledger.charge(new_id(), maria.id, charged, date(2026, 8, 1), reg),
            ledger.payment(
                new_id(),
                maria.id,
                800 * KR,
                date(2026, 8, 5),
                invoice.ocr or "",
                via=ledger.Account.CARD,
            ),
            cancelled,
        ):
            accounts.record(s, tenant, tx)
        refunds.owe(s, tenant, cancelled, maria.id, utcnow())
    return str(intent["id"])


def test_refund_by_card_goes_back_through_stripe(  # type: ignore[no-untyped-def]
    qtbot, card_server: LiveServer, stripe_api: StripeStandin, settings, tmp_path: Path
) -> None:
    intent = in_thread(_seed_card, card_server.db_url, stripe_api)
    with signed_in(
        card_server.url, "kassor@kortklubben.example", PASSWORD, tmp_path / "k.db", settings
    ) as (ctx, _s):
        window = _open(qtbot, ctx)
        assert _cells(window, 0)[1:5] == ["Maria Ek", "800 kr", "Card (Stripe)", "To pay"]
        window.activateWindow()
        window.table.setFocus()
        window.table.selectRow(0)
        assert window.act_card.isEnabled() and window.act_paid.isEnabled()
        qtbot.mouseClick(window.toolbar.widgetForAction(window.act_card), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: _cells(window, 0)[4] == "Asked of the card provider" and not window.busy,
            timeout=15_000,
        )
        assert window.message.text() == (
            "Stripe asked to pay 800 kr back to Maria Ek; it is booked when the provider "
            "confirms it."
        )
        assert not window.act_card.isEnabled() and not window.act_paid.isEnabled()
        _shot(window, "refund_by_card_en")
        [refund_id] = [r for r, o in stripe_api.refunds.items() if o["payment_intent"] == intent]
        answers = in_thread(
            stripe_api.settle_refund, refund_id, card_server.url + "/api/v1/payments/stripe/webhook"
        )
        assert [a.json()["outcome"] for _b, a in answers] == ["refund_booked", "already_refunded"]
        window.act_refresh.trigger()
        qtbot.waitUntil(lambda: _cells(window, 0)[4] == "Paid", timeout=15_000)
        window.close()
