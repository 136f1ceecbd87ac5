"""Choose a person by name or e-mail (FTS5 search of the local database)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QWidget,
)

from desktop.common.layouts import ok_cancel, vbox
from desktop.common.rows_model import Column, RowsModel
from desktop.common.widgets import SearchField, TableView
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP, format_number
from desktop.operations import DbOp, Latest
from desktop.operations.people import PeopleFound, search_people
from desktop.people.person_dialog import PersonDialog

#: The list's columns, translated in context "PersonPicker".
_column = partial(Column, context="PersonPicker")
COLUMNS = (
    _column("name", QT_TRANSLATE_NOOP("PersonPicker", "Name")),
    # Namesakes are told apart by their birth year and organisation.
    _column(
        "born",
        QT_TRANSLATE_NOOP("PersonPicker", "Born"),
        format=lambda year, _r: str(year or ""),  # a year, not a number: 1972, never 1,972
    ),
    _column("organisation", QT_TRANSLATE_NOOP("PersonPicker", "Organisation")),
    _column("email", QT_TRANSLATE_NOOP("PersonPicker", "E-mail")),
)


class PersonPicker(QDialog):
    """A search field over people and a list of matches; ``person_id`` after accept.

    With ``allow_none`` a button chooses nobody (``person_id`` None, ``chose_none`` True).
    At most ``LIMIT`` matches are listed; the hint says when there are more.
    """

    LIMIT = 100

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        parent: QWidget | None = None,
        *,
        allow_none: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.person_id: str | None = None
        self.person_name = ""
        self.chose_none = False
        self.search = SearchField(self.tr("Search by name or e-mail…"), self)
        self._found = Latest()
        self.search.search_changed.connect(self._search)
        self.model = RowsModel(COLUMNS, self)
        self.table = TableView("person_picker", ctx.settings, self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(TableView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _i: self._accept())
        self.table.set_empty_text(self.tr("Type a name or an e-mail address to find a person."))
        self.hint = QLabel()
        buttons, self.ok = ok_cancel(self, self.tr("Choose"), self._accept)
        self.ok.setEnabled(False)
        if allow_none:
            none = QPushButton(allow_none)
            buttons.addButton(none, QDialogButtonBox.ButtonRole.ResetRole)
            none.clicked.connect(self._choose_none)
        # Nobody found: make the person here, from what was typed (issue 15).
        self.new_person = QPushButton(self.tr("New person…"))
        self.new_person.setToolTip(self.tr("Add a person, with what you typed filled in"))
        buttons.addButton(self.new_person, QDialogButtonBox.ButtonRole.ActionRole)
        self.new_person.clicked.connect(self._new_person)
        self.person_dialog: PersonDialog | None = None
        vbox(self, self.search, self.table, self.hint, buttons)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.ok.setEnabled(bool(self.table.selected_rows()))
        )
        self.table.setColumnWidth(0, 170)
        self.table.setColumnWidth(1, 56)
        self.table.setColumnWidth(2, 170)
        self.resize(820, 440)
        self.search.setFocus()
        self.search.installEventFilter(self)

    def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]
        # Down arrow from the search field goes to the results.
        if (
            watched is self.search
            and event.type() == event.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):
            self.table.setFocus()
            self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def _search(self, text: str) -> None:
        limit = self.LIMIT
        # Search as you type: a newer search cancels the one before.
        self._found.run(
            DbOp(
                lambda c: search_people(c, text, limit), parent=self, label="people.search"
            ).success(lambda found: self._show(text, found)),
            self.ctx.ops,
        )

    def _show(self, text: str, found: PeopleFound) -> None:
        if text != self.search.text().strip():
            return
        rows = found.rows
        self.model.set_rows(rows)
        self.hint.setText(
            self.tr("Showing %1 of %2 — refine the search")
            .replace("%1", format_number(len(rows)))
            .replace("%2", format_number(found.total))
            if found.total > len(rows)
            else ""
        )
        self.table.set_empty_text(
            self.tr("Nobody matches “%1”. New person… adds them.").replace("%1", text)
            if text
            else self.tr("Type a name or an e-mail address to find a person.")
        )
        if rows:
            self.table.selectRow(0)

    def _accept(self) -> None:
        rows = self.table.selected_rows()
        if not rows:
            return
        row = self.model.row_at(rows[0])
        if row is None:
            return
        self.person_id = row["id"]
        self.person_name = row["name"]
        self.accept()

    def _new_person(self) -> None:
        self.person_dialog = PersonDialog(self.ctx, self.search.text().strip(), self)
        self.person_dialog.accepted.connect(self._person_made)
        self.person_dialog.open()

    def _person_made(self) -> None:
        """The new person (or the existing one the clerk took instead) is the choice."""
        dialog = self.person_dialog
        if dialog is not None and dialog.person_id:
            self.person_id = dialog.person_id
            self.person_name = dialog.person_name
            self.accept()

    def _choose_none(self) -> None:
        self.person_id = None
        self.chose_none = True
        self.accept()


def manager_picker(
    ctx: AppContext,
    title: str,
    parent: QWidget,
    chosen: Callable[[str | None, str], object],
) -> PersonPicker:
    """A picker of an approving manager, where "No approving manager" is a choice too:
    ``chosen(person_id, name)`` once the user chose someone, or nobody (``None``, "").
    The caller opens it."""
    picker = PersonPicker(
        ctx,
        title,
        parent,
        allow_none=QCoreApplication.translate("PersonPicker", "No approving manager"),
    )
    picker.accepted.connect(
        lambda: (
            chosen(picker.person_id, picker.person_name)
            if picker.person_id or picker.chose_none
            else None
        )
    )
    return picker
