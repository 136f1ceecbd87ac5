"""Dialogs of the Participants actions: request approval, remove approval, add registration."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from desktop.common.domain_text import domain_message, error_text
from desktop.common.layouts import ok_cancel, vbox
from desktop.common.rows_model import Column, RowsModel
from desktop.common.widgets import TableView, line_edit, push_button
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP, code_text, format_date, format_number
from desktop.operations import DbOp
from desktop.operations.registrations import (
    BatchResult,
    NewPerson,
    PlanItem,
    add_registration,
    plan_approval_requests,
    request_approvals,
)
from desktop.people.person_dialog import DuplicateCheck, DuplicatesDialog
from desktop.people.person_field import PersonField
from desktop.people.picker import PersonPicker, manager_picker
from desktop.settings import CONFIRM_MAILS_ABOVE, REMINDER_MIN_DAYS
from models import validators
from models.errors import DomainError

if TYPE_CHECKING:  # only a type here
    from models.alumni_matching import PossibleDuplicate

PLAN_COLUMNS = (
    Column("participant", QT_TRANSLATE_NOOP("RequestApproval", "Participant"), "RequestApproval"),
    Column("manager", QT_TRANSLATE_NOOP("RequestApproval", "Approving manager"), "RequestApproval"),
    Column("recipient", QT_TRANSLATE_NOOP("RequestApproval", "Sent to"), "RequestApproval"),
    Column("what", QT_TRANSLATE_NOOP("RequestApproval", "What"), "RequestApproval"),
)


#: How many people a confirmation names before "and 12 more".
NAMED = 3

SKIP_TITLES = {
    "cancelled": QT_TRANSLATE_NOOP("RequestApproval", "cancelled"),
    "approved": QT_TRANSLATE_NOOP("RequestApproval", "already approved"),
    "no_recipient": QT_TRANSLATE_NOOP("RequestApproval", "no manager's e-mail address"),
    "too_soon": QT_TRANSLATE_NOOP("RequestApproval", "reminder too soon"),
}


def names_phrase(names: list[str], total: int) -> str:
    """Whom an action changes, by name: "Sofia Eliasson and Hugo Ali"; of many the first
    :data:`NAMED` and "and 12 more" (``total`` is how many there are in all)."""
    shown = names[:NAMED]
    more = total - len(shown)
    if more > 0:
        return QCoreApplication.translate("PeopleNames", "%1 and %n more", "", more).replace(
            "%1", ", ".join(shown)
        )
    if len(shown) <= 1:
        return "".join(shown)
    return (
        QCoreApplication.translate("PeopleNames", "%1 and %2")
        .replace("%1", ", ".join(shown[:-1]))
        .replace("%2", shown[-1])
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
    """Who gets a request or a reminder, who is skipped and why; an optional message; Send.

    A reminder sooner than the minimum gap after the last request (a setting) is held
    back unless the user ticks "send anyway"; more e-mails than a set number ask first;
    once sent, the window's status bar says what was queued and what was skipped.
    With ``failed_before`` (the last request of these could not be delivered) nothing is
    held back: the manager never got it.
    """

    def __init__(
        self,
        ctx: AppContext,
        ids: list[str],
        parent: QWidget | None = None,
        *,
        failed_before: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ids = ids
        self.failed_before = failed_before
        self.result_: BatchResult | None = None
        self.plan: list[PlanItem] = []
        #: What was queued and skipped, once sent (also shown in the window's status bar).
        self.outcome = ""
        #: The "send this many e-mails?" question, while it is open.
        self.confirm_box: QMessageBox | None = None
        self.min_days = ctx.settings.get(REMINDER_MIN_DAYS)
        self.setWindowTitle(self.tr("Send request to approving manager"))
        self.summary = QLabel(self.tr("Checking the selected registrations…"))
        self.summary.setWordWrap(True)
        self.model = RowsModel(PLAN_COLUMNS, self)
        self.table = TableView("request_plan", ctx.settings, self)
        self.table.setModel(self.model)
        self.send_anyway = QCheckBox(
            self.tr(
                "Send reminders also where the last request is less than %n day(s) old",
                "",
                self.min_days,
            )
        )
        self.send_anyway.hide()
        self.send_anyway.toggled.connect(lambda _on: self._show_plan(self.plan))
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
            self.send_anyway,
            QLabel(self.tr("Message (optional)")),
            self.message,
            self.offline,
            self.error,
            buttons,
        )
        self.resize(900, 480)
        for column, width in enumerate((150, 150, 210)):
            self.table.setColumnWidth(column, width)
        gap = timedelta(days=self.min_days)
        DbOp(
            lambda c: plan_approval_requests(c, ids, min_gap=gap), parent=self, label="plan"
        ).success(self._show_plan).run(ctx.ops)

    def _held_back(self, p: PlanItem) -> bool:
        return p.too_soon and not self.failed_before and not self.send_anyway.isChecked()

    def _what(self, p: PlanItem) -> str:
        if p.skip_reason:
            return self.tr("Skipped: %1").replace("%1", p.skip_reason)
        sent = p.last_requested_at
        last = format_date(sent.astimezone().date()) if sent else ""  # the user's day
        if self._held_back(p):
            # The gap is in the check box under the list: the line stays short.
            return self.tr("Held back: last sent %1").replace("%1", last)
        if self.failed_before:
            return self.tr("Again: the last one (%1) could not be delivered").replace("%1", last)
        if p.reminder:
            return self.tr("Reminder; last sent %1 (%n sent before)", "", p.request_count).replace(
                "%1", last
            )
        return self.tr("Request")

    def _show_plan(self, plan: list[PlanItem]) -> None:
        self.plan = plan
        self.model.set_rows(
            [
                {
                    "id": p.registration_id,
                    "participant": p.participant,
                    "manager": p.manager,
                    "recipient": p.recipient or "",
                    "what": self._what(p),
                }
                for p in plan
            ]
        )
        self.send_anyway.setVisible(not self.failed_before and any(p.too_soon for p in plan))
        eligible = set(self.eligible_ids())
        sending = [p for p in plan if p.registration_id in eligible]
        requests = sum(1 for p in sending if not p.reminder)
        summary = (
            self.tr("Requests: %1 · Reminders: %2 · Skipped: %3")
            .replace("%1", format_number(requests))
            .replace("%2", format_number(len(sending) - requests))
            .replace("%3", format_number(len(plan) - len(sending)))
        )
        reasons = self.skip_counts()
        if reasons:
            summary += " (" + reasons + ")"
        self.summary.setText(summary)
        self.send.setEnabled(bool(sending))

    def skip_counts(self) -> str:
        """Why rows are skipped, with counts: "already approved: 3; reminder too soon: 2"."""
        counts: Counter[str] = Counter(
            p.skip_code or "too_soon" for p in self.plan if p.skip_code or self._held_back(p)
        )
        title = code_text("RequestApproval", SKIP_TITLES)
        return "; ".join(f"{title(code)}: {format_number(n)}" for code, n in counts.items())

    def eligible_ids(self) -> list[str]:
        return [
            p.registration_id for p in self.plan if not p.skip_reason and not self._held_back(p)
        ]

    def _send(self) -> None:
        ids = self.eligible_ids()
        if not ids:
            return
        limit = self.ctx.settings.get(CONFIRM_MAILS_ABOVE)
        if len(ids) <= limit:
            self._send_now(ids)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Send many e-mails"),
            self.tr("Send %n e-mail(s) to approving managers?", "", len(ids)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setInformativeText(
            self.tr("Each registration's approving manager gets one e-mail; it cannot be recalled.")
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(
            self.tr("Send %n e-mail(s)", "", len(ids))
        )
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Don't send"))
        box.accepted.connect(lambda: self._send_now(ids))
        box.open()
        self.confirm_box = box

    def _send_now(self, ids: list[str]) -> None:
        self.confirm_box = None
        self.send.setEnabled(False)
        request_approvals(parent=self, ids=ids, message=self.message.toPlainText().strip()).success(
            lambda result: self._sent(ids, result)
        ).failure(self._failed).run(self.ctx.ops)

    def _outcome(self, ids: list[str], result: BatchResult) -> str:
        refused = set(result.refused_ids)
        sent = set(ids) - refused
        reminders = sum(1 for p in self.plan if p.registration_id in sent and p.reminder)
        text = (
            self.tr("Queued for sending: requests %1, reminders %2.")
            .replace("%1", format_number(len(sent) - reminders))
            .replace("%2", format_number(reminders))
        )
        skipped = len(self.plan) - len(ids)
        if skipped:
            text += " " + self.tr("Skipped: %1 (%2).").replace(
                "%1", format_number(skipped)
            ).replace("%2", self.skip_counts())
        if refused:
            text += " " + self.tr("Refused: %1.").replace("%1", format_number(len(refused)))
        return text

    def _sent(self, ids: list[str], result: BatchResult) -> None:
        self.result_ = result
        self.outcome = self._outcome(ids, result)
        self.summary.setText(self.outcome)
        parent = self.parentWidget()
        window = parent.window() if parent is not None else None
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.outcome, 30_000)
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

    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remove approval"))
        intro = QLabel(
            self.tr(
                "Remove the approval of %1? The approving manager can approve again; "
                "the removal and its reason are recorded."
            ).replace("%1", who)
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
        self,
        ctx: AppContext,
        round_id: str,
        round_name: str,
        parent: QWidget | None = None,
        *,
        partner_course: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.round_id = round_id
        self.registration_id: str | None = None
        self.person_id: str | None = None
        self.manager_id: str | None = None
        self.check = DuplicateCheck(
            ctx, self, existing=self._take, back=lambda: self.ok.setEnabled(True)
        )
        self.setWindowTitle(self.tr("Add registration to %1").replace("%1", round_name))
        self.existing = QRadioButton(self.tr("An existing person"))
        self.new = QRadioButton(self.tr("A new person"))
        self.existing.setChecked(True)
        self.choose_person = push_button(self.tr("Choose person…"), self._pick_person)
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
        self.choose_manager = push_button(self.tr("Choose approving manager…"), self._pick_manager)
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
        # A partner course (issue 17): whom they take it with (each of a pair names the other).
        self.partner = PersonField(ctx, self.tr("No partner"), self.tr("Choose partner"))
        self.partner.setAccessibleName(self.tr("Partner"))
        if partner_course:
            form.addRow(self.tr("Partner"), self.partner)
        else:
            self.partner.hide()
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

    def _check(self, *_: object) -> None:
        new = self.new.isChecked()
        for w in (self.first, self.last, self.email):
            w.setEnabled(new)
        self.choose_person.setEnabled(not new)
        hint = ""
        if new and self.email.text().strip():
            try:
                validators.normalize_email(self.email.text())
            except DomainError as exc:
                hint = error_text(exc)
        self.email_hint.setText(hint)
        if new:
            ok = bool(self.first.text().strip() and self.last.text().strip()) and not hint
        else:
            ok = self.person_id is not None
        self.ok.setEnabled(ok)

    def _add(self) -> None:
        self.ok.setEnabled(False)
        if not self.new.isChecked():
            self._register(None)
            return
        person = NewPerson(
            self.first.text().strip(), self.last.text().strip(), self.email.text().strip()
        )
        # A new person is checked for possible duplicates first, as New person… does.
        self.check.run(
            first_name=person.first_name,
            last_name=person.last_name,
            emails=[validators.normalize_email(person.email)] if person.email else [],
            personnummer=None,
            new=lambda: self._register(person),
        )

    @property
    def warning(self) -> DuplicatesDialog | None:
        return self.check.warning

    def _take(self, chosen: PossibleDuplicate) -> None:
        self.existing.setChecked(True)
        self.person_id = chosen.person_id
        self.person_label.setText(chosen.full_name)
        self._register(None)

    def _register(self, new_person: NewPerson | None) -> None:
        add_registration(
            parent=self,
            round_id=self.round_id,
            participant_id=None if new_person else self.person_id,
            new_person=new_person,
            manager_id=self.manager_id,
            partner_id=self.partner.person_id,
        ).success(self._added).failure(self._failed).run(self.ctx.ops)

    def _added(self, registration_id: str) -> None:
        self.registration_id = registration_id
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.error.setText(domain_message(exc))
        self.ok.setEnabled(True)
