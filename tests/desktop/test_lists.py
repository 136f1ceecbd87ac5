"""The Alumni queue and Agent orders list views."""

from __future__ import annotations

from desktop.agent_orders.view import AgentOrdersView
from desktop.alumni.view import AlumniQueueView


def test_alumni_queue_defaults_to_the_manual_queue_oldest_first(qtbot, qtmodeltester, ctx) -> None:
    view = AlumniQueueView(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.loaded)
    rows = view.model.rows
    assert rows and {r["status"] for r in rows} == {"not_approved"}
    received = [r["received_at"] for r in rows]
    assert received == sorted(received)
    assert "credits" in rows[0]["reason"]
    qtmodeltester.check(view.model)


def test_alumni_status_filter_and_search(qtbot, ctx) -> None:
    view = AlumniQueueView(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.loaded)
    view.loaded = False
    view.status.setCurrentIndex(view.status.findData(""))
    view.status.activated.emit(view.status.currentIndex())
    qtbot.waitUntil(lambda: view.loaded)
    assert view.model.rowCount() == 40
    view.loaded = False
    view.search.setText("Socionom")
    view.search.returnPressed.emit()
    qtbot.waitUntil(lambda: view.loaded)
    assert 0 < view.model.rowCount() < 40
    assert {r["program"] for r in view.model.rows} == {"Socionom"}


def test_alumni_row_opens_the_matched_person(qtbot, ctx) -> None:
    view = AlumniQueueView(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.loaded)
    view.select_row(0)
    with qtbot.waitSignal(view.open_person) as blocker:
        view.act_open.trigger()  # Return, or a double click
    assert blocker.args == [view.model.rows[0]["person_id"]]


def test_agent_orders_all_and_my_approvals(qtbot, qtmodeltester, ctx) -> None:
    view = AgentOrdersView(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.loaded)
    # the admin holds every role, the case handler's too: "My approvals" first, where the
    # orders to review and the one to attest are
    assert view.view.currentData() == "mine"
    states = {r["state"] for r in view.model.rows}
    assert states <= {"ordered", "agent_review", "agent_approved"} and "agent_approved" in states
    view.loaded = False
    view.view.setCurrentIndex(view.view.findData("all"))
    view.view.activated.emit(view.view.currentIndex())
    qtbot.waitUntil(lambda: view.loaded)
    assert view.model.rowCount() == 25
    qtmodeltester.check(view.model)
    view.loaded = False
    view.state.setCurrentIndex(view.state.findData("rejected"))
    view.state.activated.emit(view.state.currentIndex())
    qtbot.waitUntil(lambda: view.loaded)
    assert {r["state"] for r in view.model.rows} == {"rejected"}
