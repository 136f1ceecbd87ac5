"""Dialogs of the Participants actions: request approval, remove approval, add registration."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from desktop.common.layouts import ok_cancel, vbox
from desktop.common.rows_model import Column, RowsModel
from desktop.common.widgets import TableView, line_edit
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import DbOp
from desktop.operations.registrations import (
    BatchResult,
    NewPerson,
    PlanItem,
    add_registration,
    plan_approval_requests,
    request_approvals,
)
from desktop.people.picker import PersonPicker, manager_picker
from models import validators
from models.errors import DomainError

PLAN_COLUMNS = (
    Column("participant", QT_TRANSLATE_NOOP("RequestApproval", "Participant"), "RequestApproval"),
    Column("manager", QT_TRANSLATE_NOOP("RequestApproval", "Approving manager"), "RequestApproval"),
    Column("recipient", QT_TRANSLATE_NOOP("RequestApproval", "Sent to"), "RequestApproval"),
    Column("what", QT_TRANSLATE_NOOP("RequestApproval", "What"), "RequestApproval"),
)


def offline_note(ctx: AppContext) -> str:
    if not ctx.has_server:
        return QCoreApplication.translate(
            "RequestApproval",
            "Not connected to a server: the requests are saved now and the e-mails are "
            "sent when this database syncs with the server.",
        )
    return QCoreApplication.translate(
        "RequestApproval",
        "You are offline: the requests are saved now and the e-mails are sent when "
        "the connection is back.",
    )


class RequestApprovalDialog(QDialog):
    """Who gets a request or a reminder, who is skipped and why; an optional message; Send."""

    def __init__(self, ctx: AppContext, ids: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ids = ids
        self.result_: BatchResult | None = None
        self.plan: list[PlanItem] = []
        self.setWindowTitle(self.tr("Send request to approving manager"))
        self.summary = QLabel(self.tr("Checking the selected registrations…"))
        self.summary.setWordWrap(True)
        self.model = RowsModel(PLAN_COLUMNS, self)
        self.table = TableView("request_plan", ctx.settings, self)
        self.table.setModel(self.model)
        self.message = QPlainTextEdit()
        self.message.setPlaceholderText(
            self.tr("Optional message, shown in the e-mail above the link")
        )
        self.message.setAccessibleName(self.tr("Message to the approving manager"))
        self.message.setMaximumHeight(90)
        self.offline = QLabel(offline_note(ctx))
        self.offline.setWordWrap(True)
        self.offline.setStyleSheet("color: #8a5a00;")
        self.offline.setVisible(not ctx.online)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send = QPushButton(self.tr("Send"))
        self.send.setDefault(True)
        self.send.setEnabled(False)
        buttons.addButton(self.send, QDialogButtonBox.ButtonRole.AcceptRole)
        self.send.clicked.connect(self._send)
        buttons.rejected.connect(self.reject)
        vbox(
            self,
            self.summary,
            (self.table, 1),
            QLabel(self.tr("Message (optional)")),
            self.message,
            self.offline,
            self.error,
            buttons,
        )
        self.resize(760, 480)
        DbOp(lambda c: plan_approval_requests(c, ids), parent=self, label="plan").success(
            self._show_plan
        ).run(ctx.ops)

    def _show_plan(self, plan: list[PlanItem]) -> None:
        self.plan = plan
        rows: list[dict[str, Any]] = []
        for p in plan:
            if p.skip_reason:
                what = self.tr("Skipped: %1").replace("%1", p.skip_reason)
            elif p.reminder:
                what = self.tr("Reminder (%n sent before)", "", p.request_count)
            else:
                what = self.tr("Request")
            rows.append(
                {
                    "id": p.registration_id,
                    "participant": p.participant,
                    "manager": p.manager,
                    "recipient": p.recipient or "",
                    "what": what,
                }
            )
        self.model.set_rows(rows)
        sending = [p for p in plan if not p.skip_reason]
        requests = sum(1 for p in sending if not p.reminder)
        reminders = len(sending) - requests
        skipped = len(plan) - len(sending)
        self.summary.setText(
            self.tr("Requests: %1 · Reminders: %2 · Skipped: %3")
            .replace("%1", str(requests))
            .replace("%2", str(reminders))
            .replace("%3", str(skipped))
        )
        self.send.setEnabled(bool(sending))

    def eligible_ids(self) -> list[str]:
        return [p.registration_id for p in self.plan if not p.skip_reason]

    def _send(self) -> None:
        ids = self.eligible_ids()
        if not ids:
            return
        self.send.setEnabled(False)
        request_approvals(parent=self, ids=ids, message=self.message.toPlainText().strip()).success(
            self._sent
        ).failure(self._failed).run(self.ctx.ops)

    def _sent(self, result: BatchResult) -> None:
        self.result_ = result
        if result.refused:
            self.error.setText(
                self.tr("Not sent:")
                + "\n"
                + "\n".join(f"{who}: {why}" for who, why in result.refused[:10])
            )
            self.error.show()
            self.send.setText(self.tr("Close"))
            self.send.setEnabled(True)
            self.send.clicked.disconnect()
            self.send.clicked.connect(self.accept)
            return
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.error.setText(str(exc))
        self.error.show()
        self.send.setEnabled(True)


class RemoveApprovalDialog(QDialog):
    """Asks for the reason an approval is taken back (it is audited)."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remove approval"))
        intro = QLabel(
            self.tr(
                "Removing an approval lets the approving manager approve again. "
                "The removal and its reason are recorded. %n registration(s) selected.",
                "",
                count,
            )
        )
        intro.setWordWrap(True)
        self.reason = line_edit(self.tr("Reason"), self.tr("Why is the approval removed?"))
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #b00020;")
        buttons, self.ok = ok_cancel(self, self.tr("Remove approval"), self.accept)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", self.hint)
        vbox(self, intro, form, buttons)
        self.reason.textChanged.connect(self._check)
        self._check("")

    def _check(self, text: str) -> None:
        ok = len(text.strip()) >= 3
        self.ok.setEnabled(ok)
        self.hint.setText("" if ok or not text else self.tr("Give a reason of a few words."))


class AddRegistrationDialog(QDialog):
    """Register a person on a round: an existing person or a new one, and a manager."""

    def __init__(
        self, ctx: AppContext, round_id: str, round_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.round_id = round_id
        self.registration_id: str | None = None
        self.person_id: str | None = None
        self.manager_id: str | None = None
        self.setWindowTitle(self.tr("Add registration to %1").replace("%1", round_name))
        self.existing = QRadioButton(self.tr("An existing person"))
        self.new = QRadioButton(self.tr("A new person"))
        self.existing.setChecked(True)
        self.choose_person = QPushButton(self.tr("Choose person…"))
        self.choose_person.clicked.connect(self._pick_person)
        self.person_label = QLabel(self.tr("Nobody chosen"))
        self.first = QLineEdit()
        self.last = QLineEdit()
        self.email = QLineEdit()
        self.email_hint = QLabel()
        self.email_hint.setStyleSheet("color: #b00020;")
        for w, name in (
            (self.first, self.tr("First name")),
            (self.last, self.tr("Last name")),
            (self.email, self.tr("E-mail")),
        ):
            w.setAccessibleName(name)
        self.choose_manager = QPushButton(self.tr("Choose approving manager…"))
        self.choose_manager.clicked.connect(self._pick_manager)
        self.manager_label = QLabel(self.tr("No approving manager"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.existing)
        form.addRow(self.choose_person, self.person_label)
        form.addRow(self.new)
        form.addRow(self.tr("First name"), self.first)
        form.addRow(self.tr("Last name"), self.last)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow("", self.email_hint)
        form.addRow(self.choose_manager, self.manager_label)
        buttons, self.ok = ok_cancel(self, self.tr("Add"), self._add)
        vbox(self, form, self.error, buttons)
        for signal in (
            self.existing.toggled,
            self.first.textChanged,
            self.last.textChanged,
            self.email.textChanged,
        ):
            signal.connect(self._check)
        self._check()

    def _pick_person(self) -> None:
        picker = PersonPicker(self.ctx, self.tr("Choose participant"), self)
        if picker.exec() and picker.person_id:
            self.person_id = picker.person_id
            self.person_label.setText(picker.person_name)
            self._check()

    def _pick_manager(self) -> None:
        manager_picker(
            self.ctx, self.tr("Choose approving manager"), self, self._set_manager
        ).exec()

    def _set_manager(self, person_id: str | None, name: str) -> None:
        self.manager_id = person_id
        self.manager_label.setText(name or self.tr("No approving manager"))

    def _check(self, *_: Any) -> None:
        new = self.new.isChecked()
        for w in (self.first, self.last, self.email):
            w.setEnabled(new)
        self.choose_person.setEnabled(not new)
        hint = ""
        if new and self.email.text().strip():
            try:
                validators.normalize_email(self.email.text())
            except DomainError as exc:
                hint = exc.message
        self.email_hint.setText(hint)
        if new:
            ok = bool(self.first.text().strip() and self.last.text().strip()) and not hint
        else:
            ok = self.person_id is not None
        self.ok.setEnabled(ok)

    def _add(self) -> None:
        new_person = None
        if self.new.isChecked():
            new_person = NewPerson(
                self.first.text().strip(), self.last.text().strip(), self.email.text().strip()
            )
        self.ok.setEnabled(False)
        add_registration(
            parent=self,
            round_id=self.round_id,
            participant_id=None if new_person else self.person_id,
            new_person=new_person,
            manager_id=self.manager_id,
        ).success(self._added).failure(self._failed).run(self.ctx.ops)

    def _added(self, registration_id: str) -> None:
        self.registration_id = registration_id
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.error.setText(exc.message if isinstance(exc, DomainError) else str(exc))
        self.ok.setEnabled(True)
