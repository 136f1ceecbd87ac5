"""Person › Erase… / Anonymise… on a profile (GDPR art. 17; issue 23).

An administrator erases a person (everything about them goes) or anonymises them (what
is no longer identifying stays for statistics). The confirmation names the person, says
what goes and what is kept (bookkeeping: invoices, payments and ledger postings under an
anonymous name), and asks for the reason, which the audit trail keeps. The command
(``person.erase``) syncs; every computer removes the person's data at its next sync.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop.common.domain_text import domain_message
from desktop.common.layouts import vbox
from desktop.context import AppContext
from desktop.operations.executor import DbOp, OpContext
from models.commands.erasure import PersonErase, short_id

#: The most a reason may hold (``PersonEraseArgs.reason``).
REASON_MAX = 2000


def erase_person(*, parent: QObject | None, person_id: str, mode: str, reason: str) -> DbOp[None]:
    """Queue ``person.erase`` (``mode`` "erase" | "anonymise") for ``person_id``."""

    def run(ctx: OpContext) -> None:
        ctx.execute(
            ctx.command("person.erase", {"person_id": person_id, "mode": mode, "reason": reason})
        )

    label = (
        QCoreApplication.translate("Erasure", "Erasing a person")
        if mode == "erase"
        else QCoreApplication.translate("Erasure", "Anonymising a person")
    )
    return DbOp(run, parent=parent, label=label)


class EraseDialog(QDialog):
    """The confirmation of an erasure or anonymisation of the person ``name``."""

    def __init__(self, name: str, person_id: str, mode: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.mode = mode
        anonymous = self.tr("Erased person #%1").replace("%1", short_id(person_id))
        if mode == "erase":
            self.setWindowTitle(self.tr("Erase person"))
            heading = self.tr("Erase %1?").replace("%1", name)
            gone = self.tr(
                "Everything Kansli holds about %1 is removed, on the server and on every "
                "computer at its next sync: name, personnummer, address, e-mail addresses, "
                "phone numbers, notes, consents, registrations, attendance, categories, "
                "alumni data and the mail and text messages sent to them."
            ).replace("%1", name)
            kept = self.tr(
                "Kept, as bookkeeping law requires: invoices, payments, reminders, refunds "
                "and ledger postings with their amounts and dates, under the anonymous "
                "name “%1”."
            ).replace("%1", anonymous)
            action = self.tr("Erase")
        else:
            self.setWindowTitle(self.tr("Anonymise person"))
            heading = self.tr("Anonymise %1?").replace("%1", name)
            gone = self.tr(
                "The personal data of %1 is removed, on the server and on every computer "
                "at its next sync: name, personnummer, address, e-mail addresses, phone "
                "numbers, notes, consents, the answers and notes of their registrations, "
                "alumni data and the mail and text messages sent to them."
            ).replace("%1", name)
            kept = self.tr(
                "Kept without anything that identifies them, under the anonymous name "
                "“%1”: their registrations, attendance, memberships and categories (for "
                "counts and statistics), and, as bookkeeping law requires, invoices, "
                "payments and ledger postings with their amounts and dates."
            ).replace("%1", anonymous)
            action = self.tr("Anonymise")
        title = QLabel(f"<b>{heading}</b>")
        texts = [QLabel(t) for t in (gone, kept, self.tr("This cannot be undone."))]
        for label in texts:
            label.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(
            self.tr("For example: the person's request of 2 December, by e-mail")
        )
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(64)
        reason_label = QLabel(self.tr("&Reason (kept in the audit trail):"))
        reason_label.setBuddy(self.reason)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm: QPushButton = self.buttons.addButton(
            action, QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.confirm.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._check)
        vbox(self, title, *texts, reason_label, self.reason, self.message, self.buttons)
        self.setMinimumWidth(520)
        self._check()

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def _check(self) -> None:
        text = self.reason_text()
        self.confirm.setEnabled(0 < len(text) <= REASON_MAX)


def erasure_menu(
    ctx: AppContext,
    parent: QWidget,
    person_id: str,
    name: Callable[[], str],
    done: Callable[[str], None],
) -> QMenu | None:
    """The Person menu of a profile: Erase… and Anonymise… (None for a user who may not).

    ``name()`` is the person's name as shown; ``done(mode)`` is called once the command
    is queued; a refusal is shown in a message box.
    """
    if not PersonErase.may_run(ctx.actor.roles):
        return None
    menu = QMenu(parent)
    for mode, text in (
        ("erase", QCoreApplication.translate("Erasure", "&Erase…")),
        ("anonymise", QCoreApplication.translate("Erasure", "&Anonymise…")),
    ):
        action = menu.addAction(text)
        action.triggered.connect(
            lambda _checked=False, m=mode: _confirm(ctx, parent, person_id, name(), m, done)
        )
    return menu


def _confirm(
    ctx: AppContext,
    parent: QWidget,
    person_id: str,
    name: str,
    mode: str,
    done: Callable[[str], None],
) -> None:
    dialog = EraseDialog(name, person_id, mode, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def confirmed() -> None:
        reason = dialog.reason_text()
        op = erase_person(parent=parent, person_id=person_id, mode=mode, reason=reason)
        op.success(lambda _r: done(mode)).failure(lambda exc: _refused(parent, exc)).run(ctx.ops)

    dialog.accepted.connect(confirmed)
    dialog.open()  # window-modal, without a nested event loop


def _refused(parent: QWidget, exc: Exception) -> None:
    QMessageBox.warning(
        parent, QCoreApplication.translate("Erasure", "Not erased"), domain_message(exc)
    )
