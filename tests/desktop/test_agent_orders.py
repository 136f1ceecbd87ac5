"""The Agent orders tab (issue 8): "My approvals", opening an order under the app's own
header, offline "This step needs a connection" with the order's local details, and the
case handler's approval completed inside QWebEngineView against the real server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from desktop.agent_orders.view import AgentOrdersView
from models.agent_orders import AgentOrder, OrderState
from server.services.database import Database
from server.settings import Settings
from tests.agent_orders.builders import Cast, add_order, make_cast
from tests.desktop.conftest import make_window
from tests.desktop.live_web import SECRET, in_thread, signed_in, web_server
from tests.server.helpers import PASSWORD
from tests.utils.servers import LiveServer


def select_order(view: AgentOrdersView, order_id: str) -> None:
    row = view.model.row_of(order_id)
    assert row >= 0, "the order is not listed"
    view.table.selectionModel().setCurrentIndex(
        view.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


# -- local data, no server -------------------------------------------------------------


def test_my_approvals_are_the_orders_to_review_and_those_i_attest(qtbot, ctx, filled) -> None:
    view = AgentOrdersView(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.loaded)
    view.loaded = False
    view.view.setCurrentIndex(view.view.findData("mine"))
    view.view.activated.emit(view.view.currentIndex())
    qtbot.waitUntil(lambda: view.loaded)
    states = [r["state"] for r in view.model.rows]
    # 25 orders cycling through 7 states: 4 ordered, 4 in review, 4 approved (mine to attest)
    assert sorted(set(states)) == ["agent_approved", "agent_review", "ordered"]
    assert len(states) == 4 + 4 + 4


def test_an_order_opens_as_a_tab_and_offline_shows_its_local_details(qtbot, ctx, filled) -> None:
    window = make_window(qtbot, ctx)
    window.show_tab("agent-orders")
    view = window.agent_orders
    order_id = filled.order_ids[1]  # agent_review
    select_order(view, order_id)
    view.act_open.trigger()
    page = window.order_pages[order_id]
    assert window.tabs.currentWidget() is page
    qtbot.waitUntil(lambda: page.loaded and page.page.state == "offline")
    assert page.number.text() == "Order AO-2026-0002"
    assert page.state.text() == "In the agent's review"
    qtbot.waitUntil(lambda: window.tabs.tabText(window.tabs.indexOf(page)) == "AO-2026-0002")
    texts = page.page.offline.texts()
    assert texts[0] == "This step needs a connection"
    assert "Order AO-2026-0002 as saved on this computer" in texts
    assert "In the agent's review" in texts and "Case handler" in texts
    assert window.open_order(order_id) is page  # one tab per order
    window.close_tab(window.tabs.indexOf(page))
    assert order_id not in window.order_pages and window.tabs.count() == 5


# -- the case handler approves in the web view, against the real server --------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = in_thread(web_server, tmp_path_factory.mktemp("agent-orders"))
    yield live
    in_thread(live.stop)


def _cast_with_order(server: LiveServer) -> tuple[Cast, str]:
    db = Database(server.db_url)
    settings = Settings(database_url=server.db_url, public_base_url=server.url, secret_key=SECRET)
    cast = make_cast(db, settings, prefix="desk")
    return cast, add_order(cast, state=OrderState.AGENT_REVIEW)


def _server_state(cast: Cast, order_id: str) -> str:
    with cast.db.sessions() as s:
        order = s.get(AgentOrder, order_id)
        assert order is not None
        return str(order.state)


APPROVE = """
document.getElementById('terms_accepted').checked = true;
document.getElementById('billing_reference').value = 'PO 4711';
document.getElementById('billing_address').value = 'Box 12, 111 22 Stockholm';
document.getElementById('attestant').value = '{attestant}';
document.getElementById('attest_reference').value = 'Avtal 2026-17';
document.getElementById('approve').click();
"""


def test_case_handler_approves_inside_the_web_view_and_the_tab_follows(
    qtbot, server: LiveServer, settings, tmp_path
) -> None:
    """Done means: the case handler's approval is completed inside QWebEngineView."""
    cast, order_id = in_thread(_cast_with_order, server)
    try:
        with signed_in(
            server.url, cast.email("handler"), PASSWORD, tmp_path / "client.db", settings
        ) as (ctx, session):
            session.engine.start(3600)  # synced on demand only: the page asks after a step
            window = make_window(qtbot, ctx)
            window.show_tab("agent-orders")
            view = window.agent_orders
            view.view.setCurrentIndex(view.view.findData("mine"))
            view.loaded = False
            view.view.activated.emit(view.view.currentIndex())
            qtbot.waitUntil(lambda: view.loaded and view.state_of(order_id) == "agent_review")
            select_order(view, order_id)
            view.open_current()
            page = window.order_pages[order_id]
            web = page.page.web
            # The server sends the case handler straight to the review form.
            qtbot.waitUntil(
                lambda: page.page.state == "web" and web.url().path().endswith("/review"),
                timeout=30_000,
            )
            assert page.state.text() == "In the agent's review"
            web.run_js(APPROVE.format(attestant=cast.email("attestant")))
            qtbot.waitUntil(
                lambda: in_thread(_server_state, cast, order_id) == "agent_approved",
                timeout=20_000,
            )
            notice: list[object] = []
            qtbot.waitUntil(lambda: web.url().query() == "notice=approved", timeout=20_000)
            web.run_js("document.body.innerText", notice.append)
            qtbot.waitUntil(lambda: bool(notice), timeout=10_000)
            assert "The order is approved and sent to the attestant you chose." in str(notice[0])
            # The page asked for a sync: the header and the list show the server's state.
            qtbot.waitUntil(lambda: page.state.text() == "Approved by the agent", timeout=20_000)
            view.view.setCurrentIndex(view.view.findData("all"))
            view.loaded = False
            view.view.activated.emit(view.view.currentIndex())
            qtbot.waitUntil(lambda: view.state_of(order_id) == "agent_approved", timeout=20_000)
            window.close()
    finally:
        in_thread(cast.db.dispose)


def test_my_approvals_is_a_case_handlers_default_oldest_first(qtbot, ctx, filled) -> None:
    view = AgentOrdersView(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.loaded)
    assert view.view.currentData() == "mine"
    ordered = [r["ordered_at"] for r in view.model.rows]
    assert len(ordered) == 12 and ordered == sorted(ordered)
    assert view.model.row_at(0)["state"] in ("ordered", "agent_review", "agent_approved")
    # All orders: the newest first again.
    view.loaded = False
    view.view.setCurrentIndex(view.view.findData("all"))
    view.view.activated.emit(view.view.currentIndex())
    qtbot.waitUntil(lambda: view.loaded)
    ordered = [r["ordered_at"] for r in view.model.rows]
    assert len(ordered) == 25 and ordered == sorted(ordered, reverse=True)


def test_all_orders_is_the_default_without_the_case_handler_role(
    qtbot, store, filled, settings
) -> None:
    from dataclasses import replace

    from models.tenancy import Role
    from tests.desktop.conftest import make_ctx

    actor = replace(filled.actor, roles=frozenset({Role.COURSE_ADMIN}))
    other = make_ctx(store, replace(filled, actor=actor), settings)
    try:
        view = AgentOrdersView(other)
        qtbot.addWidget(view)
        qtbot.waitUntil(lambda: view.loaded)
        assert view.view.currentData() == "all"
    finally:
        other.ops.shutdown(wait=True)


# -- an order an attestant declined (issue 20) --------------------------------------------


def _declined(gui_guard, store, filled) -> str:  # type: ignore[no-untyped-def]
    """An order in review that an attestant declined, as a sync writes it."""
    from datetime import UTC, datetime

    order_id = filled.order_ids[1]  # agent_review
    with gui_guard.allowed(), store.session() as s:
        order = s.get(AgentOrder, order_id)
        assert order is not None and order.state == OrderState.AGENT_REVIEW
        order.declined_reason = "Fel faktureringsadress"
        order.declined_by_email = "omar@agent.se"
        order.declined_at = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    return order_id


def _shoot(widget, tmp_path, name: str) -> None:  # type: ignore[no-untyped-def]
    from tests.desktop.test_alumni_screens import save

    save(widget, tmp_path, name)  # also to $KANSLI_SCREENSHOTS when set


@pytest.mark.parametrize("language", ["en", "sv"])
def test_an_order_an_attestant_declined_says_so_with_the_reason(
    qtbot, ctx, filled, store, gui_guard, english, language, tmp_path
) -> None:
    order_id = _declined(gui_guard, store, filled)
    english.install(language)
    try:
        window = make_window(qtbot, ctx)
        window.show_tab("agent-orders")
        view = window.agent_orders
        qtbot.waitUntil(lambda: view.state_of(order_id) is not None)
        assert view.state_of(order_id) == "attest_declined"
        row = view.model.row_of(order_id)
        cell = view.model.index(row, 3)
        label = {
            "en": "In review: declined by the attestant",
            "sv": "Under granskning: avböjd av attestanten",
        }[language]
        assert cell.data() == label
        assert cell.data(Qt.ItemDataRole.ToolTipRole) == "Fel faktureringsadress"
        # Still what a case handler reviews: in My approvals.
        view.loaded = False
        view.view.setCurrentIndex(view.view.findData("mine"))
        view.view.activated.emit(view.view.currentIndex())
        qtbot.waitUntil(lambda: view.loaded)
        assert view.state_of(order_id) == "attest_declined"
        # The state filter finds the declined ones only.
        view.loaded = False
        view.view.setCurrentIndex(view.view.findData("all"))
        view.state.setCurrentIndex(view.state.findData("attest_declined"))
        view.state.activated.emit(view.state.currentIndex())
        qtbot.waitUntil(lambda: view.loaded)
        assert [r["id"] for r in view.model.rows] == [order_id]
        window.resize(1100, 500)
        _shoot(window, tmp_path, f"desktop_orders_declined_{language}.png")

        select_order(view, order_id)
        view.act_open.trigger()
        page = window.order_pages[order_id]
        qtbot.waitUntil(lambda: page.loaded and page.page.state == "offline")
        assert page.state.text() == label
        assert page.state.toolTip() == "Fel faktureringsadress"
        texts = page.page.offline.texts()
        declined = {"en": "Declined by the attestant", "sv": "Avböjd av attestanten"}[language]
        assert declined in texts and "omar@agent.se: Fel faktureringsadress" in texts
        _shoot(window, tmp_path, f"desktop_order_declined_{language}.png")
    finally:
        english.install("en")
