"""The Contacts tab of an organisation, customer, contract, agent or user (seed 002,
"Kontakter för olika objekt"): the target's contacts with a check box per role, a search
by e-mail, name or phone whose results are ticked to link them, and "+ Contact" for a
person not found (the person dialog of ``desktop.people``).

``ContactsTab(ctx, target_kind, target_id)`` is embedded in each edit view; the
constructor stays as it is. ``target_id`` None (a row not saved yet) shows the tab
disabled with a sentence saying why; :meth:`ContactsTab.set_target` sets it later.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from desktop.common.domain_text import domain_message
from desktop.common.layouts import hbox, vbox
from desktop.common.palette import HINT_STYLE
from desktop.common.row_dialog import show_dialog
from desktop.common.rows_model import Column, RowsModel
from desktop.common.values import Record
from desktop.common.widgets import SearchField, TableView, list_action
from desktop.contacts import operations as ops
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import Latest
from desktop.operations.undo import UndoStep
from desktop.people.bounces import addresses_note, addresses_text
from desktop.people.person_dialog import PersonDialog
from desktop.people.profile import PersonProfile
from models.commands import registered
from models.contacts import TargetKind
from models.organisations import ContactRole
from sync.changes import Changes

CTX = "Contacts"
# The tables whose changes can change what the tab shows.
WATCHED = ("contact", "person", "person_email", "person_phone")

Index = QModelIndex | QPersistentModelIndex


class CheckRowsModel(RowsModel):
    """A :class:`RowsModel` whose ``checks`` columns are check boxes over a row's True or
    False: ticking one (mouse or Space) emits :attr:`toggled` and shows it at once."""

    toggled = Signal(dict, str, bool)

    def __init__(
        self, columns: Sequence[Column], checks: Sequence[str], parent: QObject | None = None
    ) -> None:
        super().__init__(columns, parent)
        self.checks = frozenset(checks)
        # False: the boxes show, and cannot be ticked (roles that may not change them).
        self.editable = True

    def _check_key(self, index: Index) -> str | None:
        key = self.columns[index.column()].key if index.isValid() else None
        return key if key in self.checks else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._check_key(index) and self.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        key = self._check_key(index)
        if key is None or not 0 <= index.row() < len(self.rows):
            return super().data(index, role)
        checked = bool(self.rows[index.row()].get(key))
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return ""
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        key = self._check_key(index)
        if key is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        row = self.rows[index.row()]
        row[key] = checked
        self.dataChanged.emit(index, index, [role])
        self.toggled.emit(row, key, checked)
        return True


#: The addresses, each that bounced with ⚠ and, in the tooltip, when and why.
EMAIL_COLUMN = Column(
    "email",
    QT_TRANSLATE_NOOP("Contacts", "E-mail"),
    CTX,
    format=lambda value, row: addresses_text(row["emails"]) if "emails" in row else value,
    tooltip=lambda row: addresses_note(row.get("emails") or []),
)
CONTACT_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Contacts", "Name"), CTX),
    EMAIL_COLUMN,
    Column("phone", QT_TRANSLATE_NOOP("Contacts", "Phone"), CTX),
    Column(
        ContactRole.MAIN_CONTACT.value,
        QT_TRANSLATE_NOOP("Contacts", "Main contact"),
        CTX,
        header_tip=QT_TRANSLATE_NOOP(
            "Contacts", "Shown in the lists; one per organisation or customer"
        ),
    ),
    Column(
        ContactRole.NOTIFICATION_RECIPIENT.value,
        QT_TRANSLATE_NOOP("Contacts", "Notification recipient"),
        CTX,
        header_tip=QT_TRANSLATE_NOOP("Contacts", "Gets the notifications sent about it"),
    ),
    Column(
        ContactRole.ATTESTANT.value,
        QT_TRANSLATE_NOOP("Contacts", "Attestant"),
        CTX,
        header_tip=QT_TRANSLATE_NOOP(
            "Contacts", "Attests the organisation's agent orders (chosen on the order form)"
        ),
    ),
)
FOUND_COLUMNS = (
    Column("linked", QT_TRANSLATE_NOOP("Contacts", "Link"), CTX),
    Column("name", QT_TRANSLATE_NOOP("Contacts", "Name"), CTX),
    EMAIL_COLUMN,
    Column("phone", QT_TRANSLATE_NOOP("Contacts", "Phone"), CTX),
    Column("organisation", QT_TRANSLATE_NOOP("Contacts", "Organisation"), CTX),
)
ROLE_KEYS = tuple(ContactRole(c.key) for c in CONTACT_COLUMNS[3:])


class ContactsTab(QWidget):
    """The contacts of one target, with their roles, and the search to link more."""

    # The contacts were (re)loaded: a list's main-contact column may follow.
    contacts_loaded = Signal()

    def __init__(
        self,
        ctx: AppContext,
        target_kind: TargetKind | str,
        target_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = TargetKind(target_kind)
        self.target_id = target_id
        self.loaded = False
        self.found_for = ""
        self.dialog: PersonDialog | None = None
        self.confirm: QMessageBox | None = None
        self.profile: PersonProfile | None = None
        self.search = SearchField(self.tr("E-mail, name or phone…"), self)
        self.search.setObjectName("contactSearch")
        self.search_button = QPushButton(self.tr("&Search"))
        self.new_button = QPushButton(self.tr("+ &Contact…"))
        self.new_button.setToolTip(self.tr("A new person, linked as a contact here"))
        self.remove_button = QPushButton(self.tr("&Remove contact"))
        for button in (self.search_button, self.new_button, self.remove_button):
            button.setAutoDefault(False)  # Enter in a dialog holding the tab is the dialog's

        self.found = CheckRowsModel(FOUND_COLUMNS, ["linked"], self)
        self.found_table = self._table("contactSearch", self.found, (60, 200, 260, 160, 200))
        self.found_title = QLabel(self.tr("Search results — tick to link"))
        self.found_title.setStyleSheet("font-weight: 600;")
        self.contacts = CheckRowsModel(CONTACT_COLUMNS, [k.value for k in ROLE_KEYS], self)
        self.table = self._table("contacts", self.contacts, (200, 260, 160, 110, 160, 110))
        # Attestant: an organisation's contacts attest its agent orders (seed 004).
        self.table.setColumnHidden(
            len(CONTACT_COLUMNS) - 1, self.kind is not TargetKind.ORGANISATION
        )
        self.title = QLabel(self.tr("Contacts"))
        self.title.setStyleSheet("font-weight: 600;")
        self.note = QLabel()
        self.note.setStyleSheet(HINT_STYLE)
        self.note.setWordWrap(True)
        vbox(
            self,
            hbox((self.search, 1), self.search_button, self.new_button),
            self.found_title,
            (self.found_table, 1),
            self.title,
            (self.table, 2),
            hbox(self.note, None, self.remove_button),
        )
        self._show_found(False)
        #: Only the newest search runs and answers (search as you type).
        self._search = Latest()

        self.search_button.clicked.connect(self.run_search)
        self.search.search_changed.connect(lambda _t: self.run_search())
        self.new_button.clicked.connect(self.new_contact)
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        list_action(
            self.table,
            self.tr("Remove contact"),
            lambda: self.remove_selected(),
            "Delete",
            self.tr("Remove the selected person from the contacts (not from Kansli)"),
        )
        list_action(
            self.table,
            self.tr("Open profile"),
            lambda: self.open_selected(),
            "Return",
            self.tr("The selected person's profile: e-mail addresses, phone numbers, details"),
        )
        # A double click on a name opens the profile (on a role's box it ticks the box).
        self.table.doubleClicked.connect(
            lambda i: (
                self.open_selected() if i.column() < len(CONTACT_COLUMNS) - len(ROLE_KEYS) else None
            )
        )
        self.found.toggled.connect(self._found_toggled)
        self.contacts.toggled.connect(self._role_toggled)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        ctx.ops.changed.connect(self._on_changes)
        order = (self.search, self.search_button, self.new_button, self.found_table, self.table)
        for first, second in zip(order, (*order[1:], self.remove_button), strict=True):
            self.setTabOrder(first, second)
        self.set_target(target_id)

    def _table(self, name: str, model: RowsModel, widths: Sequence[int]) -> TableView:
        table = TableView(name, self.ctx.settings, self)
        table.setModel(model)
        table.setSelectionMode(TableView.SelectionMode.SingleSelection)
        table.setSortingEnabled(False)
        for col, width in enumerate(widths):
            table.setColumnWidth(col, width)
        # The addresses take what room there is; the check boxes keep theirs.
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2 if model is self.found else 1, header.ResizeMode.Stretch)
        table.restore_layout()
        return table

    # -- target and loading ----------------------------------------------------------

    def set_target(self, target_id: str | None) -> None:
        """Show the contacts of ``target_id`` (None: a row not saved yet)."""
        self.target_id = target_id
        enabled = target_id is not None and self.may_edit()
        self.contacts.editable = self.found.editable = enabled
        for widget in (self.search, self.search_button, self.new_button, self.found_table):
            widget.setEnabled(enabled)
        if target_id is None:
            self.note.setText(self.tr("Save first; then contacts can be linked here."))
            self.contacts.set_rows([])
            return
        self.note.setText(
            ""
            if self.may_edit()
            else self.tr("Your roles let you see these contacts, not change them.")
        )
        self.reload()

    def may_edit(self) -> bool:
        command = registered()[("contact.link", 1)]
        if self.kind is TargetKind.USER:
            return self.ctx.is_admin
        return command.may_run(self.ctx.actor.roles)

    def reload(self) -> None:
        if self.target_id is None:
            return
        ops.load_op(self, self.kind, self.target_id).success(self._loaded).run(self.ctx.ops)
        if self.search.text().strip():
            self.run_search()

    def _loaded(self, rows: list[Record]) -> None:
        selected = self.selected()
        self.contacts.set_rows(rows)
        self.table.set_empty_text(
            self.tr("No contacts yet — search above and tick a person, or add one with + Contact.")
        )
        if selected is not None:
            row = self.contacts.row_of(str(selected["id"]))
            if row >= 0:
                self.table.selectRow(row)
        self.title.setText(self.tr("Contacts (%1)").replace("%1", str(len(rows))))
        self.loaded = True
        self._update()
        self.contacts_loaded.emit()

    def run_search(self) -> None:
        text = self.search.text().strip()
        if not text or self.target_id is None:
            self._search.cancel()
            self.found.set_rows([])
            self._show_found(False)
            return
        op = ops.search_op(self, text, self.kind, self.target_id)
        self._search.run(op.success(lambda rows: self._found(text, rows)), self.ctx.ops)

    def _found(self, text: str, rows: list[Record]) -> None:
        if text != self.search.text().strip():
            return  # found for an older text: the newer search answers
        self.found.set_rows(rows)
        # What the results shown were found for.
        self.found_for = text
        self.found_table.set_empty_text(self.tr("Nobody found — add the person with + Contact."))
        self._show_found(True)

    def _show_found(self, shown: bool) -> None:
        self.found_title.setVisible(shown)
        self.found_table.setVisible(shown)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*WATCHED):
            self.reload()

    # -- changes -------------------------------------------------------------------

    def selected(self) -> Record | None:
        rows = self.table.selected_rows()
        return self.contacts.row_at(rows[0]) if rows else None

    def _update(self) -> None:
        self.remove_button.setEnabled(self.selected() is not None and self.may_edit())

    def _run(self, op: Any) -> None:
        op.success(self._done).failure(self._failed).run(self.ctx.ops)

    def _done(self, step: UndoStep) -> None:
        self.ctx.undo.push(step)

    def _failed(self, exc: Exception) -> None:
        self.note.setText(domain_message(exc))
        self.reload()

    def _found_toggled(self, row: Record, _key: str, linked: bool) -> None:
        if self.target_id is None:
            return
        fn = ops.link_contact if linked else ops.unlink_contact
        self._run(
            fn(
                parent=self,
                kind=self.kind,
                target_id=self.target_id,
                person_id=str(row["id"]),
                name=str(row["name"]),
            )
        )

    def _role_toggled(self, row: Record, key: str, present: bool) -> None:
        if self.target_id is None:
            return
        op = ops.set_contact_role(
            parent=self,
            kind=self.kind,
            target_id=self.target_id,
            person_id=str(row["id"]),
            name=str(row["name"]),
            role=ContactRole(key),
            present=present,
        )
        self._run(op)

    def open_selected(self) -> PersonProfile | None:
        """The selected contact's profile, where their addresses and numbers are kept."""
        row = self.selected()
        if row is None:
            return None
        self.profile = PersonProfile(self.ctx, str(row["id"]), self)
        self.profile.show()
        return self.profile

    def remove_selected(self) -> QMessageBox | None:
        """Ask, then remove the selected person from the contacts (not from Kansli)."""
        row = self.selected()
        if row is None or self.target_id is None or not self.may_edit():
            return None
        name = str(row["name"])
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove contact"),
            self.tr(
                "Remove %1 from the contacts here? The person stays in Kansli. "
                "Ctrl+Z brings the contact back."
            ).replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Remove"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda b: self.remove(str(row["id"]), name) if b is yes else None)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.confirm = box
        return box

    def remove(self, person_id: str, name: str) -> None:
        if self.target_id is None:
            return
        self._run(
            ops.unlink_contact(
                parent=self,
                kind=self.kind,
                target_id=self.target_id,
                person_id=person_id,
                name=name,
            )
        )

    def new_contact(self) -> PersonDialog | None:
        """New person… (the person dialog, prefilled from the search, with its duplicate
        warning); the person made, or the existing one taken instead, is linked here."""
        if self.target_id is None or not self.may_edit():
            return None
        dialog = PersonDialog(self.ctx, self.search.text(), self)
        dialog.accepted.connect(lambda: self._person_chosen(dialog))
        show_dialog(dialog, lambda _d: None)
        self.dialog = dialog
        return dialog

    def _person_chosen(self, dialog: PersonDialog) -> None:
        if dialog.person_id is None or self.target_id is None:
            return
        op = ops.link_contact(
            parent=self,
            kind=self.kind,
            target_id=self.target_id,
            person_id=dialog.person_id,
            name=dialog.person_name,
        )
        self._run(op)
