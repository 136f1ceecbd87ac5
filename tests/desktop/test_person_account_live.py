"""The Account tab of a person's profile (issue 17), against the real server over real
HTTP: the seed's Maria — 800 kr charged, paid, cancelled keeping a 200 kr fee — shows as
owing nothing with 600 kr credit, her three transactions line by line; a viewer has no
Account tab; offline the tab says the account is on the server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop.people.profile import PersonProfile
from devtools.server_data import server_session
from models import ledger
from models.ids import new_id
from models.people import Person
from models.pricing import CancellationTerms, PriceList, SignupFacts, cancel, price
from server.services import ledger as accounts
from tests.desktop.live_web import in_thread, signed_in
from tests.utils.servers import LiveServer, add_account

PASSWORD = "correct horse battery"
KR = 100


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    path = tmp_path_factory.mktemp("account-live") / "server.db"
    live = in_thread(
        lambda: LiveServer(f"sqlite:///{path}", env={"KANSLI_RUN_WORKER": "0"}).start()
    )
    try:
        yield live
    finally:
        in_thread(live.stop)


def _seed(db_url: str) -> dict[str, str]:
    admin = add_account(db_url, tenant="klubben", email="kassor@klubben.example", roles=("admin",))
    add_account(db_url, tenant="klubben", email="titta@klubben.example", roles=("viewer",))
    tenant = admin["tenant_id"]
    charged = price(PriceList("Tango", 800 * KR), SignupFacts(date(2026, 8, 1), date(2026, 9, 1)))
    cancelled = cancel(
        CancellationTerms(admin_fee=200 * KR), date(2026, 9, 10), charged=800 * KR, paid=800 * KR
    )
    with server_session(db_url) as s:
        maria = Person(tenant_id=tenant, first_name="Maria", last_name="Ek")
        s.add(maria)
        s.flush()
        for tx in (
            ledger.charge(new_id(), maria.id, charged, date(2026, 8, 1), "Tango HT26"),
            ledger.payment(new_id(), maria.id, 800 * KR, date(2026, 8, 5), "OCR 4711"),
            ledger.cancellation(new_id(), maria.id, cancelled, date(2026, 9, 10), "Tango HT26"),
        ):
            accounts.record(s, tenant, tx)
        return {"tenant": tenant, "maria": maria.id}


def test_the_account_tab_shows_balance_and_history(
    qtbot, server: LiveServer, settings, tmp_path: Path
) -> None:
    ids = in_thread(_seed, server.db_url)
    with signed_in(server.url, "kassor@klubben.example", PASSWORD, tmp_path / "a.db", settings) as (
        ctx,
        _s,
    ):
        profile = PersonProfile(ctx, ids["maria"])
        qtbot.addWidget(profile)
        profile.show()
        tab = profile.account
        assert tab is not None
        profile.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda: tab.account is not None, timeout=15_000)
        assert tab.summary.text() == "Owes 0 kr · Credit balance 600 kr"
        shown = [
            [tab.model.data(tab.model.index(r, c)) for c in range(5)]
            for r in range(tab.model.rowCount())
        ]
        assert shown == [
            ["2026-08-01", "Booking", "Tango HT26", "+800 kr", ""],
            ["2026-08-05", "Payment", "OCR 4711", "−800 kr", ""],
            ["2026-09-10", "Cancellation", "Tango HT26", "", "+600 kr"],
        ]

    with signed_in(server.url, "titta@klubben.example", PASSWORD, tmp_path / "v.db", settings) as (
        ctx,
        _s,
    ):
        profile = PersonProfile(ctx, ids["maria"])
        qtbot.addWidget(profile)
        assert profile.account is None
        titles = [profile.tabs.tabText(i) for i in range(profile.tabs.count())]
        assert "Account" not in titles


def test_offline_the_tab_says_the_account_is_on_the_server(qtbot, offline_ctx, filled) -> None:
    profile = PersonProfile(offline_ctx, filled.participant_ids[0])
    qtbot.addWidget(profile)
    profile.show()
    tab = profile.account
    assert tab is not None
    profile.tabs.setCurrentWidget(tab)
    offline = "The account is kept on the server: connect to see it."
    qtbot.waitUntil(lambda: tab.summary.text() == offline, timeout=15_000)
    assert tab.model.rowCount() == 0
