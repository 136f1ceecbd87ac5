"""The Agent orders tab's case lists (issue 20, seed 004 section 2) against the real server:
"Action required" and "Updated cases" with their counts, the order opened in the real web
view, the attestant's step synced down, opening it again clears it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from desktop.agent_orders.view import AgentOrdersView
from models.agent_orders import AgentOrderStep, OrderState
from models.ids import utcnow
from server.services.agent_orders import signing
from server.services.database import Database
from server.settings import Settings
from server.tables import AgentOrderSeen
from tests.agent_orders.builders import Cast, add_order, latest_sms_code, make_cast
from tests.desktop.conftest import make_window
from tests.desktop.live_web import SECRET, in_thread, signed_in, web_server
from tests.server.helpers import PASSWORD
from tests.utils.servers import LiveServer


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = in_thread(web_server, tmp_path_factory.mktemp("case-lists"))
    yield live
    in_thread(live.stop)


def _cast(server: LiveServer) -> tuple[Cast, str, str]:
    db = Database(server.db_url)
    settings = Settings(database_url=server.db_url, public_base_url=server.url, secret_key=SECRET)
    cast = make_cast(db, settings, prefix="lists")
    waiting = add_order(cast, state=OrderState.ORDERED)
    approved = add_order(cast, state=OrderState.AGENT_APPROVED)
    return cast, waiting, approved


def _attest(cast: Cast, order_id: str) -> None:
    """The agent's attestant signs with the SMS code (on the server, as their page does)."""
    who = {"db": cast.db, "settings": cast.settings, "principal": cast.principal("attestant")}
    sent = signing.AGENT_ATTEST.at(**who, order_id=order_id, now=utcnow()).start(method="sms")
    assert isinstance(sent, signing.SmsChallenge)
    signing.AGENT_ATTEST.at(**who, order_id=order_id, now=utcnow()).complete_sms(
        challenge_id=sent.challenge_id, code=latest_sms_code(cast.db, cast.phones["attestant"])
    )


def _server_sees(cast: Cast, order_id: str) -> bool:
    """The server's record of the handler opening the order is after its last step."""
    with cast.db.sessions() as s:
        seen = s.scalar(
            select(AgentOrderSeen.seen_at).where(
                AgentOrderSeen.order_id == order_id,
                AgentOrderSeen.user_id == cast.users["handler"].id,
            )
        )
        last = s.scalar(
            select(func.max(AgentOrderStep.at)).where(AgentOrderStep.order_id == order_id)
        )
    return seen is not None and last is not None and seen > last


def _texts(view: AgentOrdersView) -> tuple[str, str]:
    box = view.view
    return box.itemText(box.findData("mine")), box.itemText(box.findData("updated"))


def _show(qtbot, view: AgentOrdersView, key: str) -> list[str]:  # type: ignore[no-untyped-def]
    view.loaded = False
    view.view.setCurrentIndex(view.view.findData(key))
    view.view.activated.emit(view.view.currentIndex())
    qtbot.waitUntil(lambda: view.loaded)
    return [r["id"] for r in view.model.rows]


def test_updated_cases_follow_the_attestants_step_and_opening_clears_them(
    qtbot, server: LiveServer, settings, tmp_path
) -> None:
    cast, waiting, approved = in_thread(_cast, server)
    try:
        with signed_in(
            server.url, cast.email("handler"), PASSWORD, tmp_path / "client.db", settings
        ) as (ctx, session):
            session.engine.start(3600)  # synced on demand only
            window = make_window(qtbot, ctx)
            window.show_tab("agent-orders")
            view = window.agent_orders
            qtbot.waitUntil(lambda: view.seen_fetched and view.loaded, timeout=20_000)
            assert _texts(view) == ("Action required (1)", "Updated cases (0)")
            assert _show(qtbot, view, "mine") == [waiting]
            assert _show(qtbot, view, "updated") == []

            # The handler opens the approved order: its page comes from the server (which
            # records that they looked), in the app's web view.
            page = window.open_order(approved)
            qtbot.waitUntil(lambda: page.page.state == "web", timeout=30_000)
            in_thread(_attest, cast, approved)
            session.engine.trigger()  # the attestant's step syncs down
            qtbot.waitUntil(lambda: _texts(view)[1] == "Updated cases (1)", timeout=30_000)
            assert _show(qtbot, view, "updated") == [approved]
            assert view.state_of(approved) == "agent_attested"
            assert _texts(view)[0] == "Action required (1)"

            # Opening it again (its tab, which loads nothing) clears it, here and on the
            # server.
            window.open_order(approved)
            qtbot.waitUntil(lambda: _texts(view)[1] == "Updated cases (0)", timeout=10_000)
            assert _show(qtbot, view, "updated") == []
            qtbot.waitUntil(lambda: in_thread(_server_sees, cast, approved), timeout=10_000)
            view.refresh_seen()
            qtbot.waitUntil(lambda: not view.seen_requests.busy, timeout=10_000)
            assert _show(qtbot, view, "updated") == []
            window.close()
    finally:
        in_thread(cast.db.dispose)
