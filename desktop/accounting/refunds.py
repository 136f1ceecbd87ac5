"""Accounting › Refunds… (issue 18): the money owed back to people, for those who handle
money (administrators, treasurers).

Refunds live on the server (``GET /api/v1/refunds``): a cancellation whose terms pay money
back owes it until it leaves. The list shows each with its state — to pay, asked of the card
provider, refused by it (with the provider's own reason), paid. A booking paid by card goes
back the same way (Refund by card: the provider is asked, and the refund is booked when it
confirms); any other is paid from the bank and then marked paid (Mark as paid…, with the
person's bank account as typed). A person's credit balance is paid out on their request (Pay
out credit…). Every one of these is a server call, never queued: offline the window says so.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QLineEdit, QWidget

from desktop.admin.dialogs import ServerDialog
from desktop.admin.model import FilteredRowsModel, item_row
from desktop.admin.operations import _call
from desktop.admin.server_window import ServerListWindow
from desktop.common.layouts import vbox
from desktop.common.rows_model import Column, kronor_column
from desktop.common.values import Record
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP, filled
from desktop.operations import NetOp
from desktop.webview.server_api import ServerLink
from models.pricing import kronor_text
from sync.refunds import CreditHolder, RefundRow, RefundsClient

CONTEXT = "Refunds"
_column = partial(Column, context=CONTEXT)


def _t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


STATES = {
    "due": QT_TRANSLATE_NOOP("Refunds", "To pay"),
    "requested": QT_TRANSLATE_NOOP("Refunds", "Asked of the card provider"),
    "failed": QT_TRANSLATE_NOOP("Refunds", "Refused by the card provider"),
    "sent": QT_TRANSLATE_NOOP("Refunds", "Paid"),
}
HOW = {
    "bank": QT_TRANSLATE_NOOP("Refunds", "Bank transfer"),
    "card": QT_TRANSLATE_NOOP("Refunds", "Card (%1)"),
}

COLUMNS = [
    _column("day", QT_TRANSLATE_NOOP("Refunds", "Since")),
    _column("person", QT_TRANSLATE_NOOP("Refunds", "Person")),
    kronor_column("amount", QT_TRANSLATE_NOOP("Refunds", "Amount"), CONTEXT),
    _column("how_text", QT_TRANSLATE_NOOP("Refunds", "How")),
    _column("state_text", QT_TRANSLATE_NOOP("Refunds", "State")),
    _column(
        "note",
        QT_TRANSLATE_NOOP("Refunds", "Note"),
        header_tip=QT_TRANSLATE_NOOP(
            "Refunds", "The card provider's reason, or the bank account it was paid to"
        ),
    ),
]


CREDIT_PAID_OUT = QT_TRANSLATE_NOOP("Refunds", "Credit paid out")


def how_text(row: RefundRow) -> str:
    if row.how == "card":
        return _t(HOW["card"]).replace("%1", row.provider.capitalize())
    return _t(HOW["bank"])


def refund_row(r: RefundRow) -> Record:
    state = _t(STATES.get(r.state, r.state))
    if r.source == "credit":
        state = _t(CREDIT_PAID_OUT)
    note = r.reason if r.state == "failed" else r.bank_account
    return item_row(
        r,
        r.person,
        r.amount // 100,
        state,
        note,
        day=r.created_at.date(),
        how_text=how_text(r),
        state_text=state,
        note=note,
    )


def bank_account_edit(placeholder: str) -> QLineEdit:
    """Where the money was paid to: a clearing and account number, optional."""
    edit = QLineEdit()
    edit.setObjectName("bank_account")
    edit.setMaxLength(100)
    edit.setPlaceholderText(placeholder)
    return edit


class MarkPaidDialog(ServerDialog):
    """The refund was paid from the bank: to which account (optional)."""

    submitted = Signal(str)

    def __init__(self, refund: Record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        text = self.tr(
            "Pay %1 back to %2 from the bank, then mark it paid here: it is booked and %2 "
            "gets a notice."
        )
        about = self._headed(
            "mark_refund_paid_dialog",
            self.tr("Mark refund as paid"),
            filled(text, kronor_text(refund["amount"]), refund["person"]),
        )
        self.account = bank_account_edit(self.tr("Clearing and account number (optional)"))
        form = QFormLayout()
        form.addRow(self.tr("Paid to &account:"), self.account)
        self.ok_button.setText(self.tr("Mark as &paid"))
        vbox(self, about, form, self.message, self.buttons)
        self.resize(480, 200)

    def _submit(self) -> None:
        if self.busy:
            return
        self.set_busy(True)
        self.submitted.emit(self.account.text().strip())


class PayOutCreditDialog(ServerDialog):
    """A person's credit balance paid out from the bank, on their request."""

    #: (person id, öre, bank account)
    submitted = Signal(str, int, str)

    def __init__(self, holders: list[CreditHolder], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        about = self._headed(
            "pay_out_credit_dialog",
            self.tr("Pay out credit"),
            self.tr(
                "Pay the amount from the bank to the person, then record it here: it is "
                "booked against their credit balance and they get a notice."
            ),
        )
        self.person = QComboBox()
        self.person.setObjectName("credit_person")
        for h in holders:
            self.person.addItem(f"{h.name} — {kronor_text(h.credit)}", h)
        self.amount = QDoubleSpinBox()
        self.amount.setObjectName("credit_amount")
        self.amount.setDecimals(2)
        self.amount.setSuffix(" kr")
        self.account = bank_account_edit(self.tr("Clearing and account number (optional)"))
        form = QFormLayout()
        form.addRow(self.tr("&Person:"), self.person)
        form.addRow(self.tr("A&mount:"), self.amount)
        form.addRow(self.tr("Paid to &account:"), self.account)
        self.person.currentIndexChanged.connect(lambda _i: self._chosen())
        self.ok_button.setText(self.tr("&Pay out"))
        if not holders:
            self.message.setText(self.tr("Nobody has a credit balance to pay out."))
        vbox(self, about, form, self.message, self.buttons)
        self.resize(520, 260)
        self._chosen()

    def holder(self) -> CreditHolder | None:
        found = self.person.currentData()
        return found if isinstance(found, CreditHolder) else None

    def _chosen(self) -> None:
        holder = self.holder()
        most = holder.credit / 100 if holder else 0.0
        self.amount.setRange(0.0, most)
        self.amount.setValue(most)
        self.update_ok()

    def update_ok(self) -> None:
        self.ok_button.setEnabled(not self.busy and self.holder() is not None)

    def _submit(self) -> None:
        holder = self.holder()
        ore = round(self.amount.value() * 100)
        if holder is None or self.busy:
            return
        if ore <= 0:
            self.failed(self.tr("Give an amount to pay out."))
            return
        self.set_busy(True)
        self.submitted.emit(holder.person_id, ore, self.account.text().strip())


class RefundsWindow(ServerListWindow):
    """The refunds: to pay, asked of the provider, refused, paid; and what to do with one."""

    NO_SERVER = QT_TRANSLATE_NOOP(
        "UsersAdmin",
        "Refunds are kept on the server, and this copy of the data is not connected to one. "
        "Sign in to the server to see and pay refunds.",
    )
    OFFLINE = QT_TRANSLATE_NOOP(
        "UsersAdmin",
        "Offline: refunds are kept on the server, and it cannot be reached now. Paying "
        "refunds needs a connection; your other work goes on. Try again when online.",
    )
    OFFLINE_WHEN_UNREACHABLE = True
    LIST_NAME, TITLE = "accounting_refunds", QT_TRANSLATE_NOOP("RefundsWindow", "Refunds")
    COLUMNS = COLUMNS
    model: FilteredRowsModel

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent=parent)
        self.act_paid = self._action(
            self.tr("Mark as &paid…"),
            self.mark_selected_paid,
            "Ctrl+P",
            self.tr("The chosen refund was paid from the bank: book it and tell the person"),
        )
        self.act_card = self._action(
            self.tr("Refund by &card"),
            self.refund_selected_by_card,
            "Ctrl+R",
            self.tr("Ask the card provider the booking was paid with to pay it back"),
        )
        self.act_credit = self._action(
            self.tr("Pay out &credit…"),
            self.pay_out_credit,
            "Ctrl+U",
            self.tr("Pay out a person's credit balance on their request"),
        )
        self.row_actions = [self.act_paid, self.act_card]
        self._finish(
            self.tr("Refund actions"),
            (self.act_paid, self.act_card, None, self.act_credit),
            filter_hint=self.tr("Filter by person, amount or state…"),
        )

    def _client(self, link: ServerLink, fn: Any, label: str) -> NetOp[Any]:
        return NetOp(_call(link, fn, RefundsClient), parent=self, label=label)

    # -- the list -----------------------------------------------------------------------

    def refresh(self, *, select: str | None = None) -> None:
        label = _t(QT_TRANSLATE_NOOP("Refunds", "Loading refunds"))
        self._ask_list(
            select, lambda link: self._client(link, lambda c: c.refunds(), label), self._listed
        )

    def _listed(self, items: list[RefundRow], keep: str | None) -> None:
        self.model.set_all([refund_row(r) for r in items])
        self.set_filter(self.filter.text())
        self._arrived(keep, empty=self.tr("No money is owed back to anyone."), fit=self._fit)

    def _fit(self) -> None:
        """Columns to their contents, the state's wide enough for any state (a refund's
        state changes while the window is open)."""
        self.table.resizeColumnsToContents()
        column = [c.key for c in COLUMNS].index("state_text")
        metrics = self.table.fontMetrics()
        widest = max(metrics.horizontalAdvance(_t(s)) for s in (*STATES.values(), CREDIT_PAID_OUT))
        self.table.setColumnWidth(column, max(self.table.columnWidth(column), widest + 16))

    def selected(self) -> Record | None:
        row_id = self.selected_id()
        return self.model.row_at(self.model.row_of(row_id)) if row_id else None

    def _update_actions(self) -> None:
        super()._update_actions()
        row = self.selected()
        idle = self.loaded and not self.busy
        open_ = row is not None and row["state"] in ("due", "failed")
        self.act_paid.setEnabled(idle and open_)
        self.act_card.setEnabled(idle and open_ and row is not None and row["how"] == "card")
        self.act_credit.setEnabled(idle)

    # -- actions ------------------------------------------------------------------------

    def mark_selected_paid(self) -> None:
        row = self.selected()
        if row is None or self.dialog is not None:
            return
        dialog = MarkPaidDialog(row, self)
        dialog.submitted.connect(lambda account: self._mark(dialog, row, account))
        self._open(dialog)

    def _mark(self, dialog: MarkPaidDialog, row: Record, account: str) -> None:
        text = (
            self.tr("%1 to %2 is marked paid; the notice is on its way.")
            .replace("%1", kronor_text(row["amount"]))
            .replace("%2", str(row["person"]))
        )
        label = _t(QT_TRANSLATE_NOOP("Refunds", "Marking refund paid"))
        self._send(
            dialog,
            lambda link: self._client(link, lambda c: c.mark_paid(str(row["id"]), account), label),
            lambda _answer: (text, str(row["id"])),
            refused=self._refused_in(dialog),
        )

    def refund_selected_by_card(self) -> None:
        row = self.selected()
        link = self._link() if row is not None else None
        if row is None or link is None:
            return
        self.busy = True
        self._update_actions()

        def asked(answer: RefundRow) -> None:
            if answer.state == "failed":
                self._failed_text(
                    self.tr("The card provider refused the refund: %1").replace(
                        "%1", answer.reason
                    ),
                    answer.id,
                )
                return
            self._done(
                self.tr(
                    "%1 asked to pay %2 back to %3; it is booked when the provider confirms it."
                )
                .replace("%1", answer.provider.capitalize())
                .replace("%2", kronor_text(answer.amount))
                .replace("%3", answer.person),
                answer.id,
            )

        self._client(
            link,
            lambda c: c.by_card(str(row["id"])),
            _t(QT_TRANSLATE_NOOP("Refunds", "Asking the card provider")),
        ).success(asked).failure(self._failed).run(self.ctx.ops)

    def _failed_text(self, text: str, row_id: str) -> None:
        self.busy = False
        self.refresh(select=row_id)
        self._say(text, error=True)
        self.action_done.emit("")

    def pay_out_credit(self) -> None:
        link = self._link()
        if link is None or self.dialog is not None:
            return
        self.busy = True
        self._update_actions()

        def holders(found: list[CreditHolder]) -> None:
            self.busy = False
            self._update_actions()
            dialog = PayOutCreditDialog(found, self)
            dialog.submitted.connect(
                lambda person, ore, account: self._pay_out(dialog, person, ore, account)
            )
            self._open(dialog)

        self._client(
            link,
            lambda c: c.credit_holders(),
            _t(QT_TRANSLATE_NOOP("Refunds", "Loading credit balances")),
        ).success(holders).failure(self._failed).run(self.ctx.ops)

    def _pay_out(self, dialog: PayOutCreditDialog, person: str, ore: int, account: str) -> None:
        holder = dialog.holder()
        text = (
            self.tr("%1 of %2's credit is paid out; the notice is on its way.")
            .replace("%1", kronor_text(ore))
            .replace("%2", holder.name if holder else "")
        )
        label = _t(QT_TRANSLATE_NOOP("Refunds", "Paying out credit"))

        def pay(client: RefundsClient) -> RefundRow:
            return client.pay_out_credit(person, ore, account)

        self._send(
            dialog,
            lambda link: self._client(link, pay, label),
            lambda answer: (text, answer.id),
            refused=self._refused_in(dialog),
        )
