"""+ Contact (seed 002, "Kontaktboken"): a new person with several e-mail addresses and
phone numbers, linked at once as a contact of the target. On the shared create dialog
(:class:`desktop.common.row_dialog.RowDialog`): ``person.create``'s own arguments check
the form; a refusal (an address without @) shows under its field.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.common.row_dialog import RowDialog
from desktop.contacts.operations import create_and_link
from desktop.context import AppContext
from desktop.operations.rows import RowCommands
from desktop.operations.undo import UndoStep
from models.contacts import TargetKind
from models.ids import new_id

COMMANDS = RowCommands("person", "person.create", "person.edit", "person_id")


class ValueList(QWidget):
    """Several values of one kind (e-mail addresses, phone numbers), one line each, and a
    button that adds a line."""

    def __init__(self, add_text: str, placeholder: str, first: str = "") -> None:
        super().__init__()
        self.placeholder = placeholder
        self.lines: list[QLineEdit] = []
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(add_text)
        self.add_button.setFlat(True)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_line().setFocus())
        self.box.addWidget(self.add_button)
        self.add_line(first)

    def add_line(self, value: str = "") -> QLineEdit:
        line = QLineEdit(value)
        line.setPlaceholderText(self.placeholder)
        line.setAccessibleName(self.placeholder)
        self.box.insertWidget(len(self.lines), line)
        self.lines.append(line)
        if len(self.lines) > 1:
            self.setTabOrder(self.lines[-2], line)
        self.setTabOrder(line, self.add_button)
        return line

    def values(self) -> list[str]:
        return [t for t in (line.text().strip() for line in self.lines) if t]


def split_prefill(text: str) -> dict[str, str]:
    """What was searched for, as the form's first values: an address, a number or a name."""
    text = text.strip()
    if "@" in text:
        return {"email": text}
    if len(re.sub(r"\D", "", text)) >= 4 and not re.search(r"[^\d\s+\-()]", text):
        return {"phone": text}
    first, _, last = text.partition(" ")
    return {"first_name": first, "last_name": last.strip()}


class NewContactDialog(RowDialog):
    """A new person (names, e-mail addresses, phone numbers), linked as a contact."""

    commands = COMMANDS

    def __init__(
        self,
        ctx: AppContext,
        kind: TargetKind,
        target_id: str,
        *,
        prefill: str = "",
        parent: QWidget | None = None,
    ) -> None:
        title = QCoreApplication.translate("NewContact", "New contact")
        super().__init__(ctx, title, None, parent)
        self.kind = kind
        self.target_id = target_id
        self.person_id = new_id()
        start = split_prefill(prefill)
        self.first_name = QLineEdit(start.get("first_name", ""))
        self.last_name = QLineEdit(start.get("last_name", ""))
        self.emails = ValueList(
            self.tr("+ Another e-mail address"), self.tr("E-mail address"), start.get("email", "")
        )
        self.phones = ValueList(
            self.tr("+ Another phone number"), self.tr("Phone number"), start.get("phone", "")
        )
        self.add_field("first_name", self.tr("First name:"), self.first_name)
        self.add_field("last_name", self.tr("Last name:"), self.last_name)
        self.add_field("emails", self.tr("E-mail:"), self.emails)
        self.add_field("phones", self.tr("Phone:"), self.phones)
        self.finish_layout(
            self.tr(
                "The person is added to Kansli and linked as a contact here; give the roles in the list."  # noqa: E501
            )
        )

    def values(self) -> dict[str, Any]:
        return {
            "first_name": self.first_name.text().strip(),
            "last_name": self.last_name.text().strip(),
            "emails": [{"address": a} for a in self.emails.values()],
            "phones": [{"number": n} for n in self.phones.values()],
        }

    def create_args(self) -> dict[str, Any]:
        return {"person_id": self.person_id, **self.values()}

    def row_id(self) -> str:
        return self.person_id

    def row_name(self, values: dict[str, Any]) -> str:
        return f"{values['first_name']} {values['last_name']}".strip()

    def submit(self, values: dict[str, Any]) -> None:
        self.ok.setEnabled(False)
        person = {"person_id": self.person_id, **values}
        create_and_link(self, self.kind, self.target_id, person).success(self._linked).failure(
            self._failed
        ).run(self.ctx.ops)

    def _linked(self, step: UndoStep) -> None:
        self._saved(step)
