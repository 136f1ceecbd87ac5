"""An agent order's page: the app's own header above the server's review or attest page.

The header (order number, state, customer and service, "Open in browser")
comes from the local database and follows syncs. Below it the web view opens
``/staff/agent-orders/{id}/open``, which the server redirects to the step
waiting for this user (review, attest) or to the whole order. When a form of
the page is sent, a sync is started so the list and the header catch up.
Offline: "This step needs a connection" with the order as saved locally.

Loads QtWebEngine: the main window imports this module on first use.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from desktop.agent_orders.details import OrderInfo, detail_rows, load_order
from desktop.agent_orders.view import state_text
from desktop.common.layouts import hbox, vbox
from desktop.common.tab_view import RecordTab
from desktop.context import AppContext
from desktop.i18n import format_date
from desktop.operations import Reloader
from desktop.webview.staff_page import OfflineDetails, StaffPage

#: Badge colours by state; the state is always written out too.
STATE_COLOURS = {
    "ordered": "#5b6b7f",
    "agent_review": "#8a5a00",
    "agent_approved": "#1d5fa8",
    "agent_attested": "#1d5fa8",
    "customer_attested": "#1d5fa8",
    "case_created": "#1b7a3a",
    "rejected": "#b00020",
    "attest_declined": "#b00020",
}


def order_path(order_id: str) -> str:
    return f"/staff/agent-orders/{order_id}/open"


class AgentOrderPage(RecordTab):
    """Opened from the Agent orders tab as a tab of its own."""

    #: A tab of the main window (:class:`~desktop.common.tab_view.TabView`) that lists
    #: nothing: File › Export, Print and Edit › Find do nothing here.
    shows_list = False

    # The tables whose changes show the order again.
    TABLES = ("agent_order", "agent_order_step", "organisation")

    def __init__(self, ctx: AppContext, order_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.order_id = order_id
        self.info: OrderInfo | None = None
        self.setObjectName("agentOrderPage")

        self.number = QLabel()
        self.number.setObjectName("orderNumber")
        self.number.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = QLabel()
        self.state.setObjectName("orderState")
        self.state.setAccessibleName(self.tr("State"))
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setStyleSheet("color: palette(placeholder-text);")
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setToolTip(self.tr("Load the server's page again"))
        self.browser_button = QPushButton(self.tr("Open in browser"))
        self.browser_button.setToolTip(self.tr("Open this page in your web browser, signed in"))
        self.browser_button.setStatusTip(self.browser_button.toolTip())
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()

        self.page = StaffPage(ctx, self)
        for button in (self.reload_button, self.browser_button):
            button.setEnabled(self.page.has_server)
        if not self.page.has_server:
            self.browser_button.setToolTip(self.tr("Needs a connection to the server"))
        self.reload_button.clicked.connect(self.page.reload)
        self.browser_button.clicked.connect(self._open_in_browser)
        self.page.browser_failed.connect(self._browser_failed)

        title = hbox(
            self.page.back_button(),
            self.number,
            self.state,
            None,
            self.reload_button,
            self.browser_button,
        )
        header = vbox(None, title, self.facts, self.problem)
        head = QWidget()
        head.setObjectName("orderHeader")
        head.setLayout(header)
        vbox(self, head, (self.page, 1))

        read = partial(load_order, order_id=order_id)
        self.reloader = Reloader(ctx.ops, self, "agent_order", read, self._show, self.TABLES)
        self.reload_info()
        self.page.open(order_path(order_id))

    # -- the local data ---------------------------------------------------------------------

    def reload_info(self) -> None:
        self.reloader.reload()

    def _show(self, info: OrderInfo | None) -> None:
        self.info = info
        self.loaded = True
        if info is None:
            self.number.setText(self.tr("Order not found"))
            self.state.setText("")
            self.facts.setText(self.tr("This order is not in the local database; sync and retry."))
            self.page.set_details(None)
            return
        self.number.setText(self.tr("Order %1").replace("%1", info.number))
        # Back in review because an attestant declined: said so, the reason as the tooltip.
        shown = "attest_declined" if info.declined_reason else info.state
        colour = STATE_COLOURS.get(shown, "#5b6b7f")
        self.state.setText(state_text(shown))
        self.state.setToolTip(info.declined_reason)
        self.state.setStyleSheet(
            f"color: white; background: {colour}; border-radius: 9px; padding: 2px 10px;"
            " font-weight: 600;"
        )
        ordered = format_date(info.ordered_at.date()) if info.ordered_at else ""
        self.facts.setText(
            " · ".join(
                x
                for x in (
                    info.customer,
                    info.service,
                    self.tr("ordered %1 by %2")
                    .replace("%1", ordered)
                    .replace("%2", info.ordered_by)
                    if ordered
                    else "",
                    self.tr("agent %1").replace("%1", info.agent) if info.agent else "",
                )
                if x
            )
        )
        self.page.set_details(
            OfflineDetails(
                heading=self.tr("Order %1 as saved on this computer").replace("%1", info.number),
                rows=detail_rows(info, state_text),
                note=self.tr(
                    "The server may know more; the list shows the state of the last sync."
                ),
            )
        )
        self.title_changed.emit(info.number)

    # -- actions -------------------------------------------------------------------------

    def _open_in_browser(self) -> None:
        self.problem.hide()
        self.page.open_in_browser()

    def _browser_failed(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def save_layout(self) -> None:
        """Nothing to keep (the main window calls this on every page it closes)."""

    def focus_search(self) -> None:
        """No search on an order's page."""

    def export_op(self, path: Path) -> None:
        """No list to export."""

    def print_list(self) -> None:
        """No list to print."""
