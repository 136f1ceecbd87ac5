"""Agent orders: the case lists "Action required" (orders waiting for me) and "Updated cases"
(orders that changed since I last opened them; :mod:`desktop.agent_orders.case_lists`), and
all orders by state."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QPushButton, QWidget
from sqlalchemy import bindparam, text

from desktop.agent_orders.case_lists import (
    action_required_sql,
    fetch_seen,
    load_updated,
    seen_now,
    tell_seen,
)
from desktop.common.layouts import hbox, vbox
from desktop.common.rows_model import Column, RowsModel
from desktop.common.tab_view import RowsListTab
from desktop.common.values import Record, utc
from desktop.common.widgets import SearchField, TableView, choice_box, open_action
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP, code_text
from desktop.operations import Changes, DbOp, Latest, NetOp, OneAtATime, OpContext
from desktop.webview.server_api import known_offline, server_link
from models.agent_orders import ATTEST_DECLINED
from models.tenancy import Role

STATE = {
    "ordered": QT_TRANSLATE_NOOP("AgentOrders", "Ordered"),
    "agent_review": QT_TRANSLATE_NOOP("AgentOrders", "In the agent's review"),
    "agent_approved": QT_TRANSLATE_NOOP("AgentOrders", "Approved by the agent"),
    "agent_attested": QT_TRANSLATE_NOOP("AgentOrders", "Attested by the agent"),
    "customer_attested": QT_TRANSLATE_NOOP("AgentOrders", "Attested by the customer"),
    "case_created": QT_TRANSLATE_NOOP("AgentOrders", "Handed to the service desk"),
    "rejected": QT_TRANSLATE_NOOP("AgentOrders", "Rejected"),
    # Not a state of its own: back in the agent's review because an attestant declined.
    ATTEST_DECLINED: QT_TRANSLATE_NOOP("AgentOrders", "In review: declined by the attestant"),
}


state_text = code_text("AgentOrders", STATE)


COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("AgentOrders", "Order"), "AgentOrders"),
    Column("service", QT_TRANSLATE_NOOP("AgentOrders", "Service"), "AgentOrders"),
    Column("customer", QT_TRANSLATE_NOOP("AgentOrders", "Customer"), "AgentOrders"),
    Column(
        "state",
        QT_TRANSLATE_NOOP("AgentOrders", "State"),
        "AgentOrders",
        format=lambda v, _r: state_text(v),
        tooltip=lambda r: r.get("declined_reason", "") if r["state"] == ATTEST_DECLINED else "",
    ),
    Column("ordered_at", QT_TRANSLATE_NOOP("AgentOrders", "Ordered"), "AgentOrders"),
    Column("ordered_by", QT_TRANSLATE_NOOP("AgentOrders", "Ordered by"), "AgentOrders"),
    Column("case_handler", QT_TRANSLATE_NOOP("AgentOrders", "Case handler"), "AgentOrders"),
)


def load_orders(
    ctx: OpContext,
    *,
    mine: bool,
    state: str,
    search: str,
    email: str,
    handler: bool,
    ids: list[str] | None = None,
) -> list[Record]:
    """The orders of a view: Action required (``mine``), those of ``ids`` (Updated cases,
    in that order), or all; filtered by ``state`` and ``search``."""
    where = ["o.deleted_at IS NULL"]
    params: dict[str, object] = {"me": email.lower()}
    if mine:
        where.append(action_required_sql(handler=handler))
    if ids is not None:
        where.append("o.id IN :ids")
        params["ids"] = ids
    if state == ATTEST_DECLINED:
        where.append("o.state = 'agent_review' AND o.declined_at IS NOT NULL")
    elif state:
        where.append("o.state = :state")
        params["state"] = state
    if search:
        where.append("(o.number LIKE :like OR org.name LIKE :like OR o.service LIKE :like)")
        params["like"] = f"%{search}%"
    sql = text(
        f"""
        SELECT o.id, o.number, o.service, org.name, o.state, o.ordered_at, o.ordered_by_name,
               o.case_handler_email, o.declined_at, o.declined_reason
        FROM agent_order o LEFT JOIN organisation org ON org.id = o.customer_organisation_id
        WHERE {" AND ".join(where)} ORDER BY o.ordered_at DESC
        """
    )
    if ids is not None:
        sql = sql.bindparams(bindparam("ids", expanding=True))
    with ctx.read() as s:
        rows = [
            {
                "id": r[0],
                "number": r[1],
                "service": r[2],
                "customer": r[3] or "",
                "state": _shown_state(r[4], r[8]),
                "ordered_at": utc(r[5]),
                "ordered_by": r[6],
                "case_handler": r[7] or "",
                "declined_reason": r[9] or "",
            }
            for r in s.execute(sql, params)
        ]
    if ids is not None:
        place = {order_id: n for n, order_id in enumerate(ids)}
        rows.sort(key=lambda r: place[r["id"]])
    return rows


@dataclass(frozen=True)
class Listed:
    """A view's rows and the counts of both case lists."""

    rows: list[Record]
    action_required: int
    updated: int


def load_view(
    ctx: OpContext,
    *,
    view: str,
    state: str,
    search: str,
    email: str,
    handler: bool,
    seen: dict[str, datetime],
) -> Listed:
    """The rows of ``view`` ("mine": Action required, "updated": Updated cases, "all") and
    how many orders each case list holds (database executor)."""
    updated = load_updated(ctx, email=email, seen=seen)
    waiting = load_orders(ctx, mine=True, state="", search="", email=email, handler=handler)
    rows = load_orders(
        ctx,
        mine=view == "mine",
        state=state,
        search=search,
        email=email,
        handler=handler,
        ids=updated if view == "updated" else None,
    )
    return Listed(rows, len(waiting), len(updated))


def _shown_state(state: str, declined_at: object) -> str:
    """The state the list shows: an order back in review because an attestant declined
    it shows as such (its reason is the row's tooltip)."""
    return ATTEST_DECLINED if state == "agent_review" and declined_at is not None else state


class AgentOrdersView(RowsListTab):
    """The orders list; an order opens (``open_order``) with the server's page of its step."""

    #: The user opened an order (its id): the main window shows its page.
    open_order = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        #: When I last opened each order (from the server; empty without one).
        self.seen: dict[str, datetime] = {}
        self.seen_fetched = False
        self.seen_requests = OneAtATime()
        self.view = QComboBox()
        self.view.setAccessibleName(self.tr("View"))
        # The counts change the texts: the box grows with them.
        self.view.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.view.addItem(self.tr("Action required"), "mine")
        self.view.addItem(self.tr("Updated cases"), "updated")
        self.view.addItem(self.tr("All orders"), "all")
        self.view.setToolTip(
            self.tr(
                "Action required: orders waiting for you. Updated cases: orders you have "
                "opened that someone else has taken a step on since."
            )
        )
        # A case handler starts with what waits for them, oldest first.
        start = "mine" if Role.AGENT_CASE_HANDLER in ctx.actor.roles else "all"
        self.view.setCurrentIndex(self.view.findData(start))
        self.state = choice_box(
            "AgentOrders", STATE, name=self.tr("State"), first=(self.tr("Any state"), "")
        )
        self.search = SearchField(self.tr("Search orders and customers…"), self)
        self._orders_read = Latest()
        self.count_label = QLabel()
        # Staff invite a customer to order (seed 004 step 1); the server lets admins only.
        self.invite_button = QPushButton(self.tr("&Invite customer to order…"))
        self.invite_button.setToolTip(
            self.tr("Mail someone at a customer organisation a link to order a connection")
        )
        if not ctx.is_admin:
            self.invite_button.hide()  # not setVisible(True): without a parent, a window
        self.invite_button.clicked.connect(self.invite_customer)
        bar = hbox(self.view, self.state, None, self.search, self.count_label, self.invite_button)
        self.model = RowsModel(COLUMNS, self)
        self.listed = self.model
        self.export_title = self.print_title = self.tr("Agent orders")
        self.table = TableView("agent_orders", ctx.settings, self)
        self.table.setModel(self.model)
        for col, width in enumerate((120, 200, 200, 250, 130, 160)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSortIndicator(4, Qt.SortOrder.DescendingOrder)
        self.table.restore_layout()
        if self.view.currentData() == "mine":
            self._sort_for_view()
        self.note = QLabel(
            self.tr(
                "Double-click an order (or press Enter) to open its review or attest page. "
                "The pages come from the server and need a connection."
            )
        )
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.act_open = open_action(
            self.table,
            self.tr("Open order"),
            self.open_current,
            self.tr("Open the order's page of the step it waits for"),
            has_row=lambda: self.current_order_id() is not None,
        )
        #: What the last invitation did.
        self.said = QLabel()
        self.said.setWordWrap(True)
        vbox(self, bar, (self.table, 1), self.said, self.note)
        # Tab: the search, the filters and the bar's Invite, then the list.
        chain = (self.search, self.view, self.state, self.invite_button, self.table)
        for first, then in itertools.pairwise(chain):
            QWidget.setTabOrder(first, then)
        self.view.activated.connect(lambda _i: self._view_chosen())
        self.state.activated.connect(lambda _i: self.reload())
        self.search.search_changed.connect(lambda _t: self.reload())
        ctx.ops.changed.connect(self._on_changes)
        self.reload()
        self.refresh_seen()

    def _sort_for_view(self) -> None:
        """Action required: the oldest order first (it has waited longest); updated cases:
        the latest change first (as loaded); all orders: newest."""
        view = self.view.currentData()
        if view == "updated":
            self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            return
        order = Qt.SortOrder.AscendingOrder if view == "mine" else Qt.SortOrder.DescendingOrder
        self.table.horizontalHeader().setSortIndicator(4, order)

    def _view_chosen(self) -> None:
        self._sort_for_view()
        self.reload()

    def reload(self) -> None:
        view = self.view.currentData()
        state, search = self.state.currentData() or "", self.search.text().strip()
        email = self.ctx.actor.email
        handler = self.ctx.has_role(Role.AGENT_CASE_HANDLER)
        seen = dict(self.seen)
        # Search as you type: a newer read cancels the one before.
        self._orders_read.run(
            DbOp(
                lambda c: load_view(
                    c,
                    view=view,
                    state=state,
                    search=search,
                    email=email,
                    handler=handler,
                    seen=seen,
                ),
                parent=self,
                label="orders",
            ).success(self._loaded),
            self.ctx.ops,
        )

    def refresh_seen(self) -> None:
        """Ask the server when I last opened each order (Updated cases), then list again."""
        link = server_link(self.ctx)
        if link is None or known_offline(self.ctx) or not self.seen_requests.start():
            return
        NetOp(lambda: fetch_seen(link), parent=self, label="orders.seen").success(
            self._seen_fetched
        ).failure(self._seen_failed).run(self.ctx.ops)

    def _seen_failed(self, _exc: Exception) -> None:
        self.seen_requests.done(again=False)  # offline: the times fetched last stay

    def _seen_fetched(self, seen: dict[str, datetime]) -> None:
        again = self.seen_requests.done()
        # An order opened meanwhile keeps the later of the two times.
        for order_id, at in self.seen.items():
            if at > seen.get(order_id, at):
                seen[order_id] = at
        self.seen, self.seen_fetched = seen, True
        self.reload()
        if again:
            self.refresh_seen()

    def mark_seen(self, order_id: str) -> None:
        """The user opens ``order_id``: it leaves Updated cases now, and the server is told
        (its page may be a tab already open, which loads nothing)."""
        DbOp(lambda c: seen_now(c, order_id), parent=self, label="orders.seen").success(
            lambda at: self._seen_at(order_id, at)
        ).run(self.ctx.ops)
        self._tell_server(order_id)

    def _seen_at(self, order_id: str, at: datetime | None) -> None:
        if at is not None:
            self.seen[order_id] = max(at, self.seen.get(order_id, at))
            self.reload()

    def _tell_server(self, order_id: str) -> None:
        link = server_link(self.ctx)
        if link is None or known_offline(self.ctx):
            return  # the page tells the server when it loads
        NetOp(lambda: tell_seen(link, order_id), parent=self, label="orders.seen").success(
            lambda at: self._seen_at(order_id, at)
        ).failure(self._seen_not_told).run(self.ctx.ops)

    def _seen_not_told(self, _exc: Exception) -> None:
        """The local mark stays; the order's page tells the server when it loads."""

    def _loaded(self, listed: Listed) -> None:
        rows = listed.rows
        state = self.state.currentData() or ""
        self.model.set_rows(rows)
        self.view.setItemText(
            self.view.findData("mine"),
            self.tr("Action required (%1)").replace("%1", str(listed.action_required)),
        )
        self.view.setItemText(
            self.view.findData("updated"),
            self.tr("Updated cases (%1)").replace("%1", str(listed.updated)),
        )
        self.count_label.setText(self.tr("%n order(s)", "", len(rows)))
        view = self.view.currentData()
        if view == "mine":
            empty = self.tr("No orders wait for you.")
        elif view == "updated":
            empty = (
                self.tr("No order you have opened has changed since you last looked at it.")
                if self.seen_fetched
                else self.tr(
                    "Which orders changed since you opened them is known once the server "
                    "has been reached."
                )
            )
        elif self.ctx.is_admin and not state and not self.search.text().strip():
            empty = self.tr(
                "No orders yet — invite a customer to order with “Invite customer to order…”."
            )
        else:
            empty = self.tr("No orders match.")
        self.table.set_empty_text(empty)
        self.loaded = True

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("agent_order_step"):
            self.refresh_seen()  # a step synced: what I have seen may be news again
        if changes.touches("agent_order", "agent_order_step", "organisation"):
            self.reload()

    def invite_customer(self) -> QDialog | None:
        """Invite customer to order…: the dialog (administrators only)."""
        if not self.ctx.is_admin:
            return None
        from desktop.agent_orders.invite import open_invite

        self.dialog = open_invite(self.ctx, self, self.said)
        return self.dialog

    def current_order_id(self) -> str | None:
        row = self.model.row_at(self.table.current_row())
        return row["id"] if row else None

    def open_current(self) -> None:
        order_id = self.current_order_id()
        if order_id:
            self.open_order.emit(order_id)

    def state_of(self, order_id: str) -> str | None:
        """The state the list shows for ``order_id`` (None when it is not listed)."""
        row = self.model.row_at(self.model.row_of(order_id))
        return row["state"] if row else None

    def describe(self) -> str:
        return self.view.currentText()

    def save_layout(self) -> None:
        self.table.save_layout()
