"""Agent orders: "My approvals" (orders waiting for me) and all orders by state."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QPushButton, QWidget
from sqlalchemy import text

from desktop.common.layouts import hbox, vbox
from desktop.common.rows_model import Column, RowsModel
from desktop.common.tab_view import RowsListTab
from desktop.common.values import Record, utc
from desktop.common.widgets import SearchField, TableView, choice_box, open_action
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP, code_text
from desktop.operations import Changes, DbOp, OpContext
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
    ctx: OpContext, *, mine: bool, state: str, search: str, email: str, handler: bool
) -> list[Record]:
    where = ["o.deleted_at IS NULL"]
    params: dict[str, str] = {"me": email.lower()}
    if mine:
        # As the server's "My approvals": case handlers review ordered and agent_review
        # orders; the attestant the case handler chose attests agent_approved ones.
        waiting = ["(o.state = 'agent_approved' AND lower(o.agent_attestant_email) = :me)"]
        if handler:
            waiting.append("o.state IN ('ordered', 'agent_review')")
        where.append("(" + " OR ".join(waiting) + ")")
    if state == ATTEST_DECLINED:
        where.append("o.state = 'agent_review' AND o.declined_at IS NOT NULL")
    elif state:
        where.append("o.state = :state")
        params["state"] = state
    if search:
        where.append("(o.number LIKE :like OR org.name LIKE :like OR o.service LIKE :like)")
        params["like"] = f"%{search}%"
    sql = f"""
        SELECT o.id, o.number, o.service, org.name, o.state, o.ordered_at, o.ordered_by_name,
               o.case_handler_email, o.declined_at, o.declined_reason
        FROM agent_order o LEFT JOIN organisation org ON org.id = o.customer_organisation_id
        WHERE {" AND ".join(where)} ORDER BY o.ordered_at DESC
    """
    with ctx.read() as s:
        return [
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
            for r in s.execute(text(sql), params)
        ]


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
        self.view = QComboBox()
        self.view.setAccessibleName(self.tr("View"))
        self.view.addItem(self.tr("My approvals"), "mine")
        self.view.addItem(self.tr("All orders"), "all")
        # A case handler starts with what waits for them, oldest first.
        self.view.setCurrentIndex(0 if Role.AGENT_CASE_HANDLER in ctx.actor.roles else 1)
        self.state = choice_box(
            "AgentOrders", STATE, name=self.tr("State"), first=(self.tr("Any state"), "")
        )
        self.search = SearchField(self.tr("Search orders and customers…"), self)
        self.count_label = QLabel()
        # Staff invite a customer to order (seed 004 step 1); the server lets admins only.
        self.invite_button = QPushButton(self.tr("&Invite customer to order…"))
        self.invite_button.setToolTip(
            self.tr("Mail someone at a customer organisation a link to order a connection")
        )
        self.invite_button.setVisible(ctx.is_admin)
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

    def _sort_for_view(self) -> None:
        """My approvals: the oldest order first (it has waited longest); all orders: newest."""
        mine = self.view.currentData() == "mine"
        order = Qt.SortOrder.AscendingOrder if mine else Qt.SortOrder.DescendingOrder
        self.table.horizontalHeader().setSortIndicator(4, order)

    def _view_chosen(self) -> None:
        self._sort_for_view()
        self.reload()

    def reload(self) -> None:
        mine = self.view.currentData() == "mine"
        state, search = self.state.currentData() or "", self.search.text().strip()
        email = self.ctx.actor.email
        handler = self.ctx.has_role(Role.AGENT_CASE_HANDLER)
        DbOp(
            lambda c: load_orders(
                c, mine=mine, state=state, search=search, email=email, handler=handler
            ),
            parent=self,
            label="orders",
        ).success(self._loaded).run(self.ctx.ops)

    def _loaded(self, rows: list[Record]) -> None:
        state = self.state.currentData() or ""
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n order(s)", "", len(rows)))
        if self.view.currentData() == "mine":
            empty = self.tr("No orders wait for you.")
        elif self.ctx.is_admin and not state and not self.search.text().strip():
            empty = self.tr(
                "No orders yet — invite a customer to order with “Invite customer to order…”."
            )
        else:
            empty = self.tr("No orders match.")
        self.table.set_empty_text(empty)
        self.loaded = True

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("agent_order", "organisation"):
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
