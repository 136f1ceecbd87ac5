"""Invite a customer to order (seed 004, step 1 "Kund beställer"): a tenant administrator
mails someone at a customer organisation a single-use link to the order page
(``POST /api/v1/agent-orders/invitations``). The organisations to choose from are those
of this copy of the data that are not an agent's own; the server decides who may invite
(administrators) and answers with the link's expiry. It needs the server: offline the
dialog says so and sends nothing.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QFormLayout, QLabel, QLineEdit, QWidget
from sqlalchemy import select

from desktop.admin import operations as ops
from desktop.admin.dialogs import ServerDialog, checked_email, checked_row, note_label
from desktop.admin.texts import CUSTOMER_ERROR_TEXTS, describe_error
from desktop.common.layouts import vbox
from desktop.context import AppContext
from desktop.i18n import format_date
from desktop.operations import DbOp, OpContext
from desktop.webview.server_api import known_offline, server_link
from models.organisations import Agent, Organisation
from sync.client import ServerUnavailable


def customer_organisations(ctx: OpContext) -> list[tuple[str, str]]:
    """(id, name) of the organisations that are not an agent's own, by name."""
    agents_own = select(Agent.organisation_id).where(Agent.deleted_at.is_(None))
    with ctx.read() as s:
        rows = s.execute(
            select(Organisation.id, Organisation.name)
            .where(Organisation.deleted_at.is_(None), Organisation.id.not_in(agents_own))
            .order_by(Organisation.name)
        )
        return [(r[0], r[1]) for r in rows]


class InviteCustomerDialog(ServerDialog):
    """The customer organisation and who orders for it; Send invitation mails them."""

    #: The invitation was sent: (what happened, in words).
    invited = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Invite customer to order"))
        self.organisation = QComboBox()
        self.organisation.setEditable(True)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisation.setAccessibleName(self.tr("Customer organisation"))
        completer = self.organisation.completer()
        if completer is not None:  # an editable box has one
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
        typed = self.organisation.lineEdit()
        if typed is not None:
            typed.setPlaceholderText(self.tr("Type to find the organisation"))
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("E-mail of who orders"))
        self.email.setPlaceholderText("namn@kund.se")
        form = QFormLayout()
        form.addRow(self.tr("Customer &organisation"), self.organisation)
        self.email_error = checked_row(form, self.tr("&E-mail of who orders"), self.email)
        self.note = note_label(
            self.tr(
                "The server mails them a link to the order page. The link is for them only, "
                "can be used once, and the order is placed in their name."
            )
        )
        vbox(self, form, self.note, self.message, self.buttons)
        self.ok_button.setText(self.tr("Send invitation"))
        self.organisation.currentIndexChanged.connect(lambda _i: self.update_ok())
        self.organisation.editTextChanged.connect(lambda _t: self.update_ok())
        self.email.textChanged.connect(lambda _t: self.update_ok())
        self.setMinimumWidth(460)
        #: The organisations to choose from arrived from the local database.
        self.loaded = False
        self.online = server_link(ctx) is not None and not known_offline(ctx)
        if not self.online:
            self.message.setText(self.offline_text())
        DbOp(customer_organisations, parent=self, label="customers").success(self._listed).run(
            ctx.ops
        )
        self.update_ok()

    def offline_text(self) -> str:
        return self.tr(
            "Inviting needs a connection to the server, and there is none now. "
            "Try again when online."
        )

    def _refused(self, exc: Exception) -> None:
        if isinstance(exc, ServerUnavailable):
            self.failed(self.offline_text())
        else:
            self.failed(describe_error(exc, overrides=CUSTOMER_ERROR_TEXTS))

    def _listed(self, organisations: list[tuple[str, str]]) -> None:
        for key, name in organisations:
            self.organisation.addItem(name, key)
        self.organisation.setCurrentIndex(-1)
        self.loaded = True
        self.update_ok()

    def organisation_id(self) -> str | None:
        """The organisation chosen: the one whose name is in the box."""
        index = self.organisation.findText(
            self.organisation.currentText().strip(), Qt.MatchFlag.MatchFixedString
        )
        return str(self.organisation.itemData(index)) if index >= 0 else None

    def update_ok(self) -> None:
        email = checked_email(self.email, self.email_error)
        ready = self.online and email is not None and self.organisation_id() is not None
        self.ok_button.setEnabled(ready and not self.busy)

    def _submit(self) -> None:
        email = checked_email(self.email, self.email_error)
        organisation = self.organisation_id()
        link = server_link(self.ctx)
        if email is None or organisation is None or link is None or not self.ok_button.isEnabled():
            return
        self.set_busy(True)
        name = self.organisation.currentText().strip()

        def sent(expires: datetime | None) -> None:
            text = self.tr("A link to order for %1 was mailed to %2.")
            if expires is not None:
                text = self.tr(
                    "A link to order for %1 was mailed to %2; it can be used once, until %3."
                )
                text = text.replace("%3", format_date(expires.date()))
            self.done_ok()
            self.invited.emit(text.replace("%1", name).replace("%2", email))

        ops.invite_customer(
            link, parent=self, customer_organisation_id=organisation, email=email
        ).success(sent).failure(self._refused).run(self.ctx.ops)


def open_invite(ctx: AppContext, parent: QWidget, said: QLabel) -> InviteCustomerDialog:
    """Open the dialog; what it did is said in ``said``."""
    dialog = InviteCustomerDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.invited.connect(said.setText)
    dialog.open()
    return dialog
