"""New / Edit organisation, customer, contract and agent (issue 15; seed 002 "Ändra kund",
"Ändra kontrakt"), on the shared :class:`~desktop.common.row_dialog.RowDialog`.

An edit dialog has two tabs: the row's fields (Details) and its contacts (seed 002:
"Välj fliken Kontaktuppgifter"), the contact book's
:class:`~desktop.contacts.tab.ContactsTab`, whose changes are commands of their own
(linked at once, undone one by one); Save saves the fields.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSizePolicy, QTabWidget, QWidget

from desktop.common.layouts import vbox
from desktop.common.palette import HINT_STYLE
from desktop.common.row_dialog import RowDialog
from desktop.contacts.tab import ContactsTab
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations.rows import RowCommands
from models.contacts import TargetKind
from models.errors import ValidationError
from models.ids import new_id

QT_TRANSLATE_NOOP("Validation", "Choose an organisation")

ORGANISATION_COMMANDS = RowCommands(
    "organisation",
    "organisation.create",
    "organisation.edit",
    "organisation_id",
    "organisation.archive",
)
CUSTOMER_COMMANDS = RowCommands(
    "customer", "customer.create", "customer.edit", "customer_id", "customer.archive"
)
CONTRACT_COMMANDS = RowCommands(
    "contract", "contract.create", "contract.edit", "contract_id", "contract.archive"
)
AGENT_COMMANDS = RowCommands("agent", "agent.create", "agent.edit", "agent_id", "agent.archive")


#: Each kind's commands.
COMMANDS = {
    TargetKind.ORGANISATION: ORGANISATION_COMMANDS,
    TargetKind.CUSTOMER: CUSTOMER_COMMANDS,
    TargetKind.CONTRACT: CONTRACT_COMMANDS,
    TargetKind.AGENT: AGENT_COMMANDS,
}
#: Each kind's dialog titles, New and Edit (the translation context first).
TITLES = {
    TargetKind.ORGANISATION: (
        "OrganisationDialog",
        QT_TRANSLATE_NOOP("OrganisationDialog", "New organisation"),
        QT_TRANSLATE_NOOP("OrganisationDialog", "Edit organisation"),
    ),
    TargetKind.CUSTOMER: (
        "CustomerDialog",
        QT_TRANSLATE_NOOP("CustomerDialog", "New customer"),
        QT_TRANSLATE_NOOP("CustomerDialog", "Edit customer"),
    ),
    TargetKind.CONTRACT: (
        "ContractDialog",
        QT_TRANSLATE_NOOP("ContractDialog", "New contract"),
        QT_TRANSLATE_NOOP("ContractDialog", "Edit contract"),
    ),
    TargetKind.AGENT: (
        "AgentDialog",
        QT_TRANSLATE_NOOP("AgentDialog", "New agent"),
        QT_TRANSLATE_NOOP("AgentDialog", "Edit agent"),
    ),
}


def _text(edit: QLineEdit) -> str:
    return edit.text().strip()


class ContactsRowDialog(RowDialog):
    """A :class:`RowDialog` of a kind of row with contacts: New … (``shown`` None) or
    Edit … (``shown``: the row as its list shows it), whose edit shows the row's contacts
    in a second tab. Subclasses add their fields in :meth:`build`.
    """

    kind: TargetKind

    def __init__(
        self,
        ctx: AppContext,
        shown: dict[str, Any] | None = None,
        row_id: str | None = None,
        parent: QWidget | None = None,
        *,
        parent_ids: dict[str, Any] | None = None,
        choices: list[tuple[str, str]] | None = None,
    ) -> None:
        context, new, edit = TITLES[self.kind]
        source = new if shown is None else edit
        title = QCoreApplication.translate(context, source)
        super().__init__(ctx, title, shown, parent)
        self.commands = COMMANDS[self.kind]
        self.id = row_id or new_id()
        #: The create's other arguments (the contract's customer; an edited customer's
        #: or agent's organisation).
        self.parent_ids = dict(parent_ids or {})
        #: The row's contacts (an existing row's only: a new one has none to link yet).
        self.contacts: ContactsTab | None = None
        first = self.build(shown or {}, choices or [])
        self.finish_layout(self.note())
        first.setFocus()

    def build(self, values: dict[str, Any], choices: list[tuple[str, str]]) -> QWidget:
        """Add the fields showing ``values``; the one to focus first."""
        raise NotImplementedError

    def note(self) -> str:
        return ""

    def row_id(self) -> str:
        return self.id

    def extra(self) -> dict[str, Any]:
        return dict(self.parent_ids)

    def finish_layout(self, note: str = "") -> None:
        if self.shown is None:
            super().finish_layout(note)
            return
        details = QWidget()
        hint = QLabel(note)
        hint.setStyleSheet(HINT_STYLE)
        vbox(details, self.form, self.error, hint if note else None, None)
        self.contacts = ContactsTab(self.ctx, self.kind, self.id, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(details, self.tr("Details"))
        self.tabs.addTab(self.contacts, self.tr("Contacts"))
        vbox(self, self.tabs, self.buttons)
        self.resize(980, 600)


class OrganisationDialog(ContactsRowDialog):
    """New organisation, or Edit organisation."""

    kind = TargetKind.ORGANISATION

    def build(self, values: dict[str, Any], choices: list[tuple[str, str]]) -> QWidget:
        self.name = QLineEdit(values.get("name") or "")
        self.org_number = QLineEdit(values.get("org_number") or "")
        self.org_number.setPlaceholderText(self.tr("NNNNNN-NNNN"))
        self.city = QLineEdit(values.get("city") or "")
        self.add_field("name", self.tr("Name:"), self.name)
        self.add_field("org_number", self.tr("Organisation number:"), self.org_number)
        self.add_field("city", self.tr("City:"), self.city)
        return self.name

    def values(self) -> dict[str, Any]:
        return {
            "name": _text(self.name),
            "org_number": _text(self.org_number) or None,
            "city": _text(self.city),
        }


class _OrganisationChoice(QComboBox):
    """The organisations a new customer or agent may be (typed to find one)."""

    def __init__(self, choices: list[tuple[str, str]], name: str) -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)
        for org_id, text in choices:
            self.addItem(text, org_id)
        self.setCurrentIndex(0)
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumContentsLength(30)
        edit = self.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("Type to find the organisation…"))
        completer = self.completer()
        if completer is not None:  # any part of the name or number finds it
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(completer.CompletionMode.PopupCompletion)

    def chosen(self) -> str | None:
        index = self.findText(self.currentText())
        data = self.itemData(index) if index >= 0 else None
        return str(data) if data else None


class _WithOrganisation(ContactsRowDialog):
    """A dialog whose new row is of an organisation chosen in a list (a customer, an
    agent: ``choices``); an edit shows the organisation's name. Its one field of its own
    is ``own_field`` (key, label in the class's context)."""

    own_field: tuple[str, str]

    def build(self, values: dict[str, Any], choices: list[tuple[str, str]]) -> QWidget:
        self.organisation: _OrganisationChoice | None = None
        if self.shown is None:
            self.organisation = _OrganisationChoice(choices, self.tr("Organisation"))
            self.add_field("organisation_id", self.tr("Organisation:"), self.organisation)
        else:
            self.parent_ids["organisation_id"] = values.get("organisation_id")
            shown = values.get("organisation") or values.get("name") or ""
            self.add_field("organisation_id", self.tr("Organisation:"), QLabel(str(shown)))
        first = self.own_fields(values)
        return self.organisation or first

    def own_fields(self, values: dict[str, Any]) -> QWidget:
        key, label = self.own_field
        self.own = QLineEdit(values.get(key) or "")
        self.add_field(key, QCoreApplication.translate(type(self).__name__, label), self.own)
        return self.own

    def values(self) -> dict[str, Any]:
        self.chosen_organisation()
        return {self.own_field[0]: _text(self.own)}

    def chosen_organisation(self) -> None:
        """The organisation chosen for a new row, among the create's arguments; refused
        next to its field when none is."""
        if self.organisation is None:
            return
        org_id = self.organisation.chosen()
        if org_id is None:
            raise ValidationError("Choose an organisation", field="organisation_id")
        self.parent_ids["organisation_id"] = org_id


class CustomerDialog(_WithOrganisation):
    """New customer (an organisation not yet one) or Edit customer (its number)."""

    kind = TargetKind.CUSTOMER

    own_field = ("customer_number", QT_TRANSLATE_NOOP("CustomerDialog", "Customer number:"))

    def note(self) -> str:
        if self.shown is not None:
            return ""
        return self.tr(
            "An organisation that is not in the list is added under Organisations first."
        )

    def row_name(self, values: dict[str, Any]) -> str:
        if self.organisation is not None:
            return self.organisation.currentText()
        return str((self.shown or {}).get("name") or "")


class ContractDialog(ContactsRowDialog):
    """New contract of a customer (``parent_ids``: its ``customer_id``), or Edit contract."""

    kind = TargetKind.CONTRACT

    def build(self, values: dict[str, Any], choices: list[tuple[str, str]]) -> QWidget:
        self.title = QLineEdit(values.get("title") or "")
        self.dates = {
            key: QLineEdit(str(values.get(key) or "")) for key in ("starts_on", "ends_on")
        }
        for edit in self.dates.values():
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.add_field("title", self.tr("Title:"), self.title)
        self.add_field("starts_on", self.tr("Starts:"), self.dates["starts_on"])
        self.add_field("ends_on", self.tr("Ends:"), self.dates["ends_on"])
        return self.title

    def values(self) -> dict[str, Any]:
        return {
            "title": _text(self.title),
            **{key: _text(edit) or None for key, edit in self.dates.items()},
        }

    def row_name(self, values: dict[str, Any]) -> str:
        return str(values.get("title") or "")


class AgentDialog(_WithOrganisation):
    """New agent (an organisation acting for customers, seed 004) or Edit agent (its name)."""

    kind = TargetKind.AGENT

    own_field = ("name", QT_TRANSLATE_NOOP("AgentDialog", "Name:"))
