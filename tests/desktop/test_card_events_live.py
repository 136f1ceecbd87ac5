"""Accounting › Unmatched payments › Card payment events… (issue 18) against the real
server over real HTTP: every event the card payment providers sent about the club's card
payments (``GET /api/v1/payments/card-events``), newest first, with what came of each in
words; "Needs attention only" keeps the unknown and the already paid charges; in English
and Swedish (screenshots under /tmp/shots/h6)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from desktop.accounting.payments import CardEventsWindow, UnmatchedPaymentsWindow
from devtools.server_data import server_session
from server.tables.card import ProviderEvent
from tests.desktop import test_person_account_live
from tests.desktop.live_web import in_thread, signed_in
from tests.utils.servers import LiveServer, add_account

PASSWORD = "correct horse battery"
KR = 100
SHOTS = Path(os.environ.get("KANSLI_SHOTS", "/tmp/shots/h6"))

#: A live server of this module's own (the fixture of the Account tab's live tests).
server = test_person_account_live.server


def _seed(db_url: str) -> None:
    """A treasurer and four provider events of the club's, and one of another club."""
    account = add_account(
        db_url, tenant="kortklubben", email="kassor@kortklubben.example", roles=("treasurer",)
    )
    other = add_account(
        db_url, tenant="andraklubben", email="kassor@andraklubben.example", roles=("treasurer",)
    )
    with server_session(db_url) as s:
        for n, (tenant, provider, ref, amount, outcome) in enumerate(
            [
                (account, "stripe", "cs_test_booked", 200 * KR, "booked"),
                (account, "stripe", "cs_test_booked", 200 * KR, "already_paid"),
                (account, "swish", "SW-UNKNOWN-1", 350 * KR, "unknown_charge"),
                (account, "swish", "SW-NOT-PAID", 150 * KR, "not_paid"),
                (other, "stripe", "cs_test_other", 999 * KR, "unknown_charge"),
            ],
            1,
        ):
            s.add(
                ProviderEvent(
                    tenant_id=tenant["tenant_id"], provider=provider, event_id=f"evt_{n}",
                    kind="checkout.session.completed" if provider == "stripe" else "PAID",
                    ref=ref, amount=amount, outcome=outcome,
                    received_at=datetime(2026, 9, n, 10, 0, tzinfo=UTC),
                )
            )  # fmt: skip


def _rows(window: CardEventsWindow) -> list[list[str]]:
    model = window.model
    return [
        [str(model.data(model.index(r, c))) for c in range(1, model.columnCount())]
        for r in range(model.rowCount())
    ]


def _shot(window: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    window.grab().save(str(SHOTS / name))


def _open(qtbot, ctx, language: str) -> CardEventsWindow:  # type: ignore[no-untyped-def]
    payments = UnmatchedPaymentsWindow(ctx)
    qtbot.addWidget(payments)
    payments.show()
    qtbot.waitUntil(lambda: payments.loaded, timeout=15_000)
    payments.resize(900, 300)
    _shot(payments, f"unmatched_payments_{language}.png")
    assert payments.act_card_events.isEnabled()
    payments.act_card_events.trigger()
    window = payments.card_events
    assert isinstance(window, CardEventsWindow)
    qtbot.waitUntil(lambda: window.isVisible() and window.loaded, timeout=15_000)
    window.resize(1100, 360)
    window.table.resizeColumnsToContents()
    assert payments.show_card_events() is window  # one window, raised again
    return window


def test_card_events_listed_and_filtered(
    qtbot, server: LiveServer, settings, tmp_path: Path
) -> None:
    in_thread(_seed, server.db_url)
    with signed_in(
        server.url, "kassor@kortklubben.example", PASSWORD, tmp_path / "k.db", settings
    ) as (ctx, _s):
        window = _open(qtbot, ctx, "en")
        assert window.windowTitle() == "Card payment events"
        # Newest first; the other club's event is not there.
        assert _rows(window) == [
            ["Swish", "SW-NOT-PAID", "150 kr", "Not paid: the payer did not complete it"],
            [
                "Swish", "SW-UNKNOWN-1", "350 kr",
                "Unknown charge: no card payment of this club has this reference",
            ],
            [
                "Stripe", "cs_test_booked", "200 kr",
                "Already paid: the charge was paid before (money may have come twice)",
            ],
            ["Stripe", "cs_test_booked", "200 kr", "Booked on its invoice"],
        ]  # fmt: skip
        assert window.count.text() == "4 of 4 shown"
        _shot(window, "card_events_en.png")
        window.attention.click()
        assert [r[1] for r in _rows(window)] == ["SW-UNKNOWN-1", "cs_test_booked"]
        assert window.count.text() == "2 of 4 shown"
        qtbot.keyClicks(window.filter, "swish")
        qtbot.waitUntil(lambda: window.model.rowCount() == 1)
        _shot(window, "card_events_attention_en.png")
        window.filter.setText("")
        qtbot.waitUntil(lambda: window.model.rowCount() == 2)
        window.attention.click()
        assert window.model.rowCount() == 4
        window.close()


def test_card_events_in_swedish(
    qtbot, server: LiveServer, settings, tmp_path: Path, swedish: None
) -> None:
    with signed_in(
        server.url, "kassor@kortklubben.example", PASSWORD, tmp_path / "k.db", settings
    ) as (ctx, _s):
        window = _open(qtbot, ctx, "sv")
        assert window.windowTitle() == "Kortbetalningshändelser"
        assert window.attention.text() == "&Bara det som behöver åtgärdas"
        headers = [
            str(window.model.headerData(c, _horizontal()))
            for c in range(window.model.columnCount())
        ]
        assert headers == ["Mottagen", "Leverantör", "Referens", "Belopp", "Vad som hände"]
        assert _rows(window)[1][3] == (
            "Okänd debitering: ingen kortbetalning hos föreningen har den här referensen"
        )
        _shot(window, "card_events_sv.png")
        window.close()


def _horizontal():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal
