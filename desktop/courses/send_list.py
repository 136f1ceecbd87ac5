"""Send a round's participant list (issue 16): the round page's "Send participant list…".

The list goes out as links (the participant list and the attendance sheet, valid 14 days),
never as an attachment: the dialog picks the customer or contract the list is for, shows
who will get it (their contacts in the role Notification recipient) and queues
``round.send_participant_list``; the server issues the links and sends the mails when
the command reaches it, so this works offline too.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QMainWindow, QWidget
from sqlalchemy import select

from desktop.common.domain_text import domain_message
from desktop.common.layouts import ok_cancel, vbox
from desktop.context import AppContext
from desktop.operations import DbOp, OpContext
from models.contacts import TargetKind, notification_recipients
from models.organisations import Contract, Customer, Organisation


@dataclass(frozen=True)
class ListTarget:
    """A customer or one of its contracts, with who gets the list sent for it."""

    kind: TargetKind
    target_id: str
    name: str
    customer: str
    recipients: tuple[str, ...]


def _who(ctx: OpContext, targets: list[tuple[TargetKind, str]]) -> tuple[str, ...]:
    """ "Name <address>" of the notification recipients of each target, each once."""
    seen: dict[str, str] = {}
    with ctx.read() as s:
        for kind, target_id in targets:
            for person in notification_recipients(s, ctx.actor.tenant_id, kind, target_id):
                addresses = [e.address for e in person.emails if e.deleted_at is None]
                seen.setdefault(person.id, f"{person.full_name} <{', '.join(addresses)}>")
    return tuple(seen.values())


def load_targets(ctx: OpContext) -> list[ListTarget]:
    """Every live customer, then each of its live contracts, by name; for each, the
    contacts in the role Notification recipient that get the list (a contract's: its own,
    its customer's and the customer's organisation's, as the server's sending finds them)."""
    with ctx.read() as s:
        rows = s.execute(
            select(Customer.id, Customer.organisation_id, Organisation.name)
            .join(Organisation, Organisation.id == Customer.organisation_id)
            .where(Customer.deleted_at.is_(None))
            .order_by(Organisation.name, Customer.id)
        ).all()
        contracts = s.execute(
            select(Contract.id, Contract.customer_id, Contract.title)
            .where(Contract.deleted_at.is_(None))
            .order_by(Contract.title, Contract.id)
        ).all()
    found: list[ListTarget] = []
    for customer_id, org_id, name in rows:
        mine = [
            (TargetKind.CUSTOMER, customer_id),
            (TargetKind.ORGANISATION, org_id),
        ]
        found.append(ListTarget(TargetKind.CUSTOMER, customer_id, name, name, _who(ctx, mine)))
        for contract_id, of, title in contracts:
            if of == customer_id:
                who = _who(ctx, [(TargetKind.CONTRACT, contract_id), *mine])
                found.append(ListTarget(TargetKind.CONTRACT, contract_id, title, name, who))
    return found


def send_participant_list(
    *, parent: QWidget | None, round_id: str, target: ListTarget
) -> DbOp[None]:
    """Queue ``round.send_participant_list`` for ``target``."""
    key = "contract_id" if target.kind == TargetKind.CONTRACT else "customer_id"

    def run(ctx: OpContext) -> None:
        args = {"round_id": round_id, key: target.target_id}
        ctx.execute(ctx.command("round.send_participant_list", args))

    return DbOp(run, parent=parent, label="send participant list")


def _wrapped(text: str, style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    return label


class SendParticipantListDialog(QDialog):
    """Whom the list is for, who gets it, Send."""

    def __init__(self, ctx: AppContext, round_id: str, *, round_name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.round_id = ctx, round_id
        self.targets: list[ListTarget] = []
        # What was queued, once sent (also in the window's status bar).
        self.outcome = ""
        self.setWindowTitle(self.tr("Send participant list"))
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("For"))
        self.target.currentIndexChanged.connect(self._show_recipients)
        self.recipients = _wrapped(self.tr("Loading…"))
        offline = _wrapped(
            self.tr("You are offline: the list is sent when this computer next syncs."),
            "color: #8a5a00;",
        )
        offline.setVisible(not ctx.online)
        buttons, self.send = ok_cancel(self, self.tr("Send"), self._send)
        self.send.setEnabled(False)
        intro = self.tr(
            "The participant list and the attendance sheet of %1 are sent as links that "
            "work for 14 days, not as attachments."
        )
        vbox(
            self,
            _wrapped(intro.replace("%1", round_name)),
            QLabel(self.tr("For:")),
            self.target,
            QLabel(self.tr("Who gets it:")),
            self.recipients,
            _wrapped(
                self.tr(
                    "The notification bindings of the participant list (Administration) may "
                    "name other recipients too."
                ),
                "color: palette(placeholder-text);",
            ),
            offline,
            None,
            buttons,
        )
        self.resize(560, 360)
        DbOp(load_targets, parent=self, label="targets").success(self._show_targets).run(ctx.ops)

    def _show_targets(self, targets: list[ListTarget]) -> None:
        self.targets = targets
        for t in targets:
            if t.kind == TargetKind.CONTRACT:
                text = self.tr("Contract %1 (%2)").replace("%1", t.name).replace("%2", t.customer)
            else:
                text = self.tr("Customer %1").replace("%1", t.name)
            self.target.addItem(text)
        if not targets:
            self.recipients.setText(self.tr("There are no customers to send the list to."))

    def chosen(self) -> ListTarget | None:
        index = self.target.currentIndex()
        return self.targets[index] if 0 <= index < len(self.targets) else None

    def _show_recipients(self) -> None:
        target = self.chosen()
        if target is None:
            return
        if target.recipients:
            self.recipients.setText("\n".join(target.recipients))
        else:
            self.recipients.setText(
                self.tr(
                    "Nobody: no contact has the role Notification recipient here. Give a "
                    "contact that role on the Organisations tab."
                )
            )
        self.send.setEnabled(bool(target.recipients))

    def _send(self) -> None:
        target = self.chosen()
        if target is None:
            return
        self.send.setEnabled(False)
        send_participant_list(parent=self, round_id=self.round_id, target=target).success(
            lambda _none: self._sent(target)
        ).failure(self._failed).run(self.ctx.ops)

    def _sent(self, target: ListTarget) -> None:
        self.outcome = self.tr(
            "Participant list queued for sending to %n recipient(s).", "", len(target.recipients)
        )
        parent = self.parentWidget()
        window = parent.window() if parent is not None else None
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.outcome, 30_000)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.recipients.setText(domain_message(exc))
        self.send.setEnabled(True)
