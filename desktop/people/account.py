"""The Account tab of a person's profile (issue 17): what the person owes, the credit
they have, and the transactions behind both, line by line.

The people's accounts are the server's append-only ledger, not synced: the tab asks the
server for this one person when it is first shown (and again on Refresh), online only;
offline it says so and shows nothing old as if it were current. For the staff who may
see accounts (administrators, course administrators).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.admin.operations import _call
from desktop.common.domain_text import domain_message
from desktop.common.layouts import hbox, vbox
from desktop.common.rows_model import Column, RowsModel
from desktop.common.values import Record, kronor_text
from desktop.common.widgets import TableView, push_button
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP, code_text
from desktop.operations import NetOp
from desktop.webview.server_api import known_offline, server_link
from models.tenancy import Role
from sync.accounts import AccountClient, PersonAccount
from sync.client import ServerUnavailable

#: Who sees people's accounts (the server asks the same).
ACCOUNT_ROLES = frozenset({Role.ADMIN, Role.COURSE_ADMIN})

#: A transaction's kind in words (a kind this copy does not know is shown as it is).
kind_text = code_text(
    "Account",
    {
        "charge": QT_TRANSLATE_NOOP("Account", "Booking"),
        "payment": QT_TRANSLATE_NOOP("Account", "Payment"),
        "cancellation": QT_TRANSLATE_NOOP("Account", "Cancellation"),
        "refund": QT_TRANSLATE_NOOP("Account", "Refund"),
        "correction": QT_TRANSLATE_NOOP("Account", "Correction"),
    },
)


def _change(value: Any, _row: Record) -> str:
    """A change of the account, signed ("+800 kr", "−600 kr"); nothing for none."""
    if not value:
        return ""
    return ("+" if value > 0 else "−") + kronor_text(abs(int(value)))


C = "Account"
COLUMNS = (
    Column("day", QT_TRANSLATE_NOOP("Account", "Day"), C),
    Column("what", QT_TRANSLATE_NOOP("Account", "What"), C),
    Column("reference", QT_TRANSLATE_NOOP("Account", "Reference"), C),
    Column("owed", QT_TRANSLATE_NOOP("Account", "Owed"), C, format=_change),
    Column("credit", QT_TRANSLATE_NOOP("Account", "Credit"), C, format=_change),
)


def may_see_accounts(ctx: AppContext) -> bool:
    return bool(ACCOUNT_ROLES & set(ctx.actor.roles))


class AccountTab(QWidget):
    """The person's balance and history, asked of the server (see the module)."""

    #: The last answer shown (tests wait on it), None before one came.
    account: PersonAccount | None = None

    def __init__(self, ctx: AppContext, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.summary = QLabel(self.tr("Not asked yet."))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = RowsModel(COLUMNS, self)
        self.table = TableView("profile_account", ctx.settings, self)
        self.table.setModel(self.model)
        self.table.setColumnWidth(1, 160)
        self.table.setColumnWidth(2, 200)
        self.table.set_empty_text(self.tr("No transactions."))
        self.refresh_button = push_button(
            self.tr("&Refresh"), self.refresh, self.tr("Ask the server again")
        )
        vbox(self, hbox((self.summary, 1), self.refresh_button), (self.table, 1))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.account is None:
            self.refresh()

    def refresh(self) -> None:
        link = server_link(self.ctx)
        if link is None or known_offline(self.ctx):
            self.summary.setText(self.tr("The account is kept on the server: connect to see it."))
            return
        self.summary.setText(self.tr("Asking the server…"))
        person_id = self.person_id
        NetOp(
            _call(link, lambda c: c.account(person_id), AccountClient),
            parent=self,
            label="people.account",
        ).success(self._show).failure(self._failed).run(self.ctx.ops)

    def _show(self, account: PersonAccount) -> None:
        self.account = account
        rows: list[Record] = [
            {
                "id": e.id,
                "day": e.day.isoformat(),
                "what": kind_text(e.kind),
                "reference": e.reference,
                "owed": e.owed,
                "credit": e.credit,
            }
            for e in account.entries
        ]
        self.model.set_rows(rows)
        self.table.update_empty()
        summary = (
            self.tr("Owes %1 · Credit balance %2")
            .replace("%1", kronor_text(account.owed))
            .replace("%2", kronor_text(account.credit))
        )
        if account.refund_due:
            summary += " · " + self.tr("To be paid back %1").replace(
                "%1", kronor_text(account.refund_due)
            )
        self.summary.setText(summary)

    def _offline(self) -> None:
        self.summary.setText(self.tr("The account is kept on the server: connect to see it."))

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, ServerUnavailable):  # not reached: offline, as far as we know
            self._offline()
            return
        self.summary.setText(
            self.tr("The account could not be read: %1").replace("%1", domain_message(exc))
        )
