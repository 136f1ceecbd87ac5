"""A user's contacts (seed 002, "Användare/Serviceutförare"): the Users screen's
Contacts… opens the user's contact tab, with a button that makes the user their own
contact ("Lägg upp användaren som en kontakt till sig själv"): the person with the user's
e-mail address (made when there is none) linked with the roles Main contact (their own
details) and Notification recipient.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget
from sqlalchemy import select

from desktop.common.domain_text import domain_message
from desktop.common.layouts import close_buttons, hbox, vbox
from desktop.common.palette import HINT_STYLE
from desktop.contacts.operations import link_now, target_args
from desktop.contacts.tab import ContactsTab
from desktop.context import AppContext
from desktop.operations.executor import DbOp, OpContext
from desktop.operations.undo import UndoStep
from models import Person, PersonEmail
from models.contacts import TargetKind
from models.ids import new_id
from models.organisations import ContactRole
from sync.users import UserAccount


def user_person(ctx: OpContext, user: UserAccount) -> tuple[str, str]:
    """The id and name of the person with the user's e-mail address; made (queued
    ``person.create`` with the user's name, address and mobile phone) when there is none."""
    address = user.email.strip().lower()
    with ctx.read() as s:
        found = s.execute(
            select(Person.id, Person.first_name, Person.last_name)
            .join(PersonEmail, PersonEmail.person_id == Person.id)
            .where(
                PersonEmail.address == address,
                PersonEmail.deleted_at.is_(None),
                Person.deleted_at.is_(None),
            )
            .order_by(Person.id)
            .limit(1)
        ).first()
    if found is not None:
        return str(found[0]), f"{found[1]} {found[2]}".strip()
    words = (user.display_name or address.split("@")[0]).split()
    first, last = (" ".join(words[:-1]), words[-1]) if len(words) > 1 else (words[0], "-")
    person_id = new_id()
    args: dict[str, object] = {
        "person_id": person_id,
        "first_name": first,
        "last_name": last,
        "emails": [{"address": address}],
        "phones": [{"number": user.phone}] if user.phone else [],
    }
    ctx.execute(ctx.command("person.create", args))
    return person_id, f"{first} {last}"


#: The roles a user's own contact holds (Attestant is an organisation's role only).
OWN_ROLES = (ContactRole.MAIN_CONTACT, ContactRole.NOTIFICATION_RECIPIENT)


def make_own_contact(*, parent: QObject | None, user: UserAccount) -> DbOp[UndoStep]:
    """Link the user's own person as their contact, Main contact and Notification
    recipient; undone by unlinking."""

    def run(ctx: OpContext) -> UndoStep:
        person_id, name = user_person(ctx, user)
        return link_now(ctx, target_args(TargetKind.USER, user.id, person_id), OWN_ROLES, name)

    label = QCoreApplication.translate("ContactOps", "Linking %1").replace("%1", user.email)
    return DbOp(run, parent=parent, label=label)


class UserContactsDialog(QDialog):
    """The contacts of one user, and the way to make the user their own contact."""

    def __init__(self, ctx: AppContext, user: UserAccount, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        name = user.display_name or user.email
        self.setWindowTitle(self.tr("Contacts of %1").replace("%1", name))
        self.own_button = QPushButton(self.tr("Add %1 as their own contact").replace("%1", name))
        self.own_button.setToolTip(
            self.tr(
                "The person with the user's e-mail address (made if there is none), as Main "
                "contact and Notification recipient"
            )
        )
        self.own_button.clicked.connect(self.make_own)
        hint = QLabel(
            self.tr(
                "A user is their own contact as Main contact (their own details) and "
                "Notification recipient (so notifications reach them)."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.tab = ContactsTab(ctx, TargetKind.USER, user.id, self)
        self.tab.contacts_loaded.connect(self._update)
        tab_layout = self.tab.layout()
        if tab_layout is not None:
            tab_layout.setContentsMargins(0, 0, 0, 0)  # aligned with the button above
        vbox(self, hbox(self.own_button, None), hint, (self.tab, 1), close_buttons(self))
        self.resize(980, 600)

    def _own_linked(self) -> bool:
        me = self.user.email.strip().lower()
        return any(
            me in str(row.get("email", "")).lower().split(", ")
            and row.get("main_contact")
            and row.get("notification_recipient")
            for row in self.tab.contacts.rows
        )

    def _update(self) -> None:
        self.own_button.setEnabled(self.tab.may_edit() and not self._own_linked())

    def make_own(self) -> None:
        self.own_button.setEnabled(False)
        make_own_contact(parent=self, user=self.user).success(self.ctx.undo.push).failure(
            self._failed
        ).run(self.ctx.ops)

    def _failed(self, exc: Exception) -> None:
        self.tab.note.setText(domain_message(exc))
        self._update()
