"""Administration › Notification recipients… (issue 16; seed 002 "Statiska mottagare"): the
people who get the notifications bound to "static recipients", with or without a login.

A recipient is a person (their name, e-mail addresses and phone numbers are the person's:
chosen with the person picker, where New person… adds one) and a role in the tenant's
words ("Kursadministratör"). New… / Edit… (:class:`RecipientDialog`) and Archive are
commands (``notification_recipient.*``), undone with Edit › Undo, offline too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desktop.admin.operations import list_users
from desktop.common.rows_model import Column
from desktop.common.rows_window import ListedRowDialog
from desktop.common.values import Record
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations.rows import RowCommands
from desktop.people.person_field import PersonField
from desktop.webview.server_api import known_offline, server_link
from models.errors import ValidationError
from sync.users import UserAccount

C = "Recipients"
RECIPIENT_COMMANDS = RowCommands.of("notification_recipient", id_arg="recipient_id")


def _login(value: object, _row: Record) -> str:
    if value:
        return QCoreApplication.translate("Recipients", "Yes")
    return QCoreApplication.translate("Recipients", "No")


COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Recipients", "Name"), C),
    Column("role", QT_TRANSLATE_NOOP("Recipients", "Role"), C),
    Column("emails", QT_TRANSLATE_NOOP("Recipients", "E-mail"), C),
    Column("phones", QT_TRANSLATE_NOOP("Recipients", "Phone"), C),
    Column(
        "user_id",
        QT_TRANSLATE_NOOP("Recipients", "Login"),
        C,
        format=_login,
        header_tip=QT_TRANSLATE_NOOP(
            "Recipients", "A user with a login gets SMS at the phone they registered"
        ),
    ),
)


class RecipientDialog(ListedRowDialog):
    """New recipient (``row`` None) or Edit recipient (``row``: as listed; the person is
    fixed, their addresses are edited on their profile)."""

    commands = RECIPIENT_COMMANDS
    edited = ("role", "user_id")
    titles = (
        QT_TRANSLATE_NOOP("RecipientDialog", "New notification recipient"),
        QT_TRANSLATE_NOOP("RecipientDialog", "Edit notification recipient"),
    )

    def build(self, row: Record | None) -> QWidget:
        self.person = PersonField(
            self.ctx, self.tr("Nobody chosen"), self.tr("Choose the recipient")
        )
        if row is None:
            self.add_field("person_id", self.tr("Person:"), self.person)
        else:
            self.person.set_person(row["person_id"], row["name"])
            self.add_field("person_id", self.tr("Person:"), QLabel(row["name"]))
        self.role = self.add_text("role", self.tr("Role:"), self.tr("Such as Course administrator"))
        self.user = QComboBox()
        self.user.addItem(self.tr("No login"), None)
        if row and row.get("user_id"):
            self.user.addItem(self.tr("A user (the list needs a connection)"), row["user_id"])
            self.user.setCurrentIndex(1)
        self.add_field("user_id", self.tr("Login:"), self.user)
        self._load_users(row.get("user_id") if row else None)
        self.finish_layout(
            self.tr(
                "The person's e-mail addresses and phone numbers are used: change them on "
                "the person's profile."
            )
        )
        return self.person if row is None else self.role

    def values(self) -> dict[str, Any]:
        if self.shown is None and not self.person.person_id:
            raise ValidationError(self.tr("Choose a person"), field="person_id")
        return {"role": self.role.text().strip(), "user_id": self.user.currentData()}

    def _load_users(self, current: str | None) -> None:
        """The tenant's users from the server (online only): a recipient who is one gets
        SMS at the phone the user registered."""
        link = server_link(self.ctx)
        if link is None or known_offline(self.ctx):
            return
        list_users(link, parent=self).success(
            lambda users: self._show_users(users, current)
        ).failure(lambda _exc: None).run(self.ctx.ops)

    def _show_users(self, users: list[UserAccount], current: str | None) -> None:
        chosen = self.user.currentData() or current
        self.user.clear()
        self.user.addItem(self.tr("No login"), None)
        for user in sorted(users, key=lambda u: (u.display_name or u.email).casefold()):
            self.user.addItem(f"{user.display_name} <{user.email}>".strip(), user.id)
        self.user.setCurrentIndex(max(0, self.user.findData(chosen)) if chosen else 0)

    def extra(self) -> dict[str, Any]:
        return {} if self.shown is not None else {"person_id": self.person.person_id}

    def create_args(self) -> dict[str, Any]:
        return {"recipient_id": self.id, "person_id": self.person.person_id, **self.values()}

    def row_name(self, values: dict[str, Any]) -> str:
        return self.person.label.text()
