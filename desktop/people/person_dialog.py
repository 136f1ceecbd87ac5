"""New person… (issue 15): a person made from wherever a person is picked, with a warning
about possible duplicates before it is saved.

The form (first and last name, e-mail addresses, phone, personnummer, organisation) is a
:class:`desktop.common.row_dialog.RowDialog`: ``person.create``'s arguments and the
identifiers' own rules check it, each refusal next to its field. Before the command is
queued the local database is asked for people with the same e-mail address, the same
personnummer, or a similar name and the same birth date
(:func:`models.alumni_matching.possible_duplicates`, the rule the server and the import use
too); when there are any, :class:`DuplicatesDialog` lists them and the clerk takes one of
them instead, saves anyway, or goes back to the form. The save is undone like any create
(withdrawn while it waits in the outbox).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from desktop.common.domain_text import domain_message
from desktop.common.layouts import vbox
from desktop.common.row_dialog import RowDialog
from desktop.common.rows_model import Column, RowsModel
from desktop.common.widgets import TableView, refill_combo
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import DbOp, OpContext
from desktop.operations.people import (
    Bounced,
    bounced_addresses,
    find_duplicates,
    load_organisations,
)
from desktop.operations.rows import RowCommands
from desktop.people.bounces import addresses_note, addresses_text
from models import validators
from models.alumni_matching import DuplicateReason, PossibleDuplicate
from models.ids import new_id

PERSON_COMMANDS = RowCommands("person", "person.create", "person.edit", "person_id")

#: Why an existing person may be the new one, as the warning says it.
REASONS = {
    DuplicateReason.PERSONNUMMER: QT_TRANSLATE_NOOP("PersonDialog", "Same personnummer"),
    DuplicateReason.EMAIL: QT_TRANSLATE_NOOP("PersonDialog", "Same e-mail address"),
    DuplicateReason.NAME_AND_BIRTH_DATE: QT_TRANSLATE_NOOP(
        "PersonDialog", "Same name and birth date"
    ),
}

_PERSONNUMMER = re.compile(r"^(\d{2})?\d{6}[-+]?\d{4}$")


def prefill_from(text: str) -> dict[str, str]:
    """What a search typed into a picker says of a new person: an e-mail address, a
    personnummer, and the words of the name (the last one the last name)."""
    values: dict[str, str] = {}
    words: list[str] = []
    for word in text.split():
        if "@" in word and "email" not in values:
            values["email"] = word
        elif _PERSONNUMMER.match(word) and "personnummer" not in values:
            values["personnummer"] = word
        else:
            words.append(word)
    if words:
        values["first_name"] = " ".join(words[:-1]) if len(words) > 1 else words[0]
        values["last_name"] = words[-1] if len(words) > 1 else ""
    return values


def _split(text: str) -> list[str]:
    return [part for part in re.split(r"[\s,;]+", text) if part]


class PersonDialog(RowDialog):
    """New person, prefilled from ``typed`` (what the clerk searched for). After accept,
    ``person_id`` and ``person_name`` name the person made, or the existing one the clerk
    took instead (``took_existing``)."""

    commands = PERSON_COMMANDS

    def __init__(self, ctx: AppContext, typed: str = "", parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, QCoreApplication.translate("PersonDialog", "New person"), None, parent
        )
        self.new_id = new_id()
        self.person_id: str | None = None
        self.person_name = ""
        self.took_existing = False
        self.check = DuplicateCheck(
            ctx, self, existing=self._take, back=lambda: self.ok.setEnabled(True)
        )
        given = prefill_from(typed)
        self.first_name = QLineEdit(given.get("first_name", ""))
        self.last_name = QLineEdit(given.get("last_name", ""))
        self.emails = QLineEdit(given.get("email", ""))
        self.emails.setPlaceholderText(self.tr("name@example.se — several: separate with commas"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("070-123 45 67"))
        self.personnummer = QLineEdit(given.get("personnummer", ""))
        self.personnummer.setPlaceholderText(self.tr("YYYYMMDD-NNNN"))
        self.organisation = QComboBox()
        refill_combo(self.organisation, (self.tr("No organisation"), None), [])
        self.add_fields(
            ("first_name", self.tr("First name:"), self.first_name),
            ("last_name", self.tr("Last name:"), self.last_name),
            ("emails", self.tr("E-mail:"), self.emails),
            ("phones", self.tr("Phone:"), self.phone),
            ("personnummer", self.tr("Personnummer:"), self.personnummer),
            ("organisation_id", self.tr("Organisation:"), self.organisation),
        )
        self.finish_layout(
            self.tr(
                "Kansli looks for people with the same e-mail, personnummer or name and "
                "birth date before it saves."
            )
        )
        (self.last_name if given.get("first_name") else self.first_name).setFocus()
        DbOp(load_organisations, parent=self, label="organisations").success(
            lambda orgs: refill_combo(self.organisation, (self.tr("No organisation"), None), orgs)
        ).run(ctx.ops)

    def values(self) -> dict[str, Any]:
        """The form's values as ``person.create`` takes them, each identifier checked by
        its own rule (a refusal names its field)."""
        emails = [
            validators.normalize_email(address, field="emails")
            for address in _split(self.emails.text())
        ]
        phone = self.phone.text().strip()
        pnr = self.personnummer.text().strip()
        return {
            "first_name": self.first_name.text().strip(),
            "last_name": self.last_name.text().strip(),
            "emails": [{"address": address} for address in dict.fromkeys(emails)],
            "phones": (
                [{"number": validators.normalize_phone(phone, field="phones")}] if phone else []
            ),
            "personnummer": validators.normalize_personnummer(pnr) if pnr else None,
            "organisation_id": self.organisation.currentData(),
        }

    def create_args(self) -> dict[str, Any]:
        return {"person_id": self.new_id, **self.values()}

    def row_id(self) -> str:
        return self.new_id

    def row_name(self, values: dict[str, Any]) -> str:
        return f"{values['first_name']} {values['last_name']}".strip()

    @property
    def warning(self) -> DuplicatesDialog | None:
        """The possible duplicates shown before saving, if any were found."""
        return self.check.warning

    def save(self) -> None:
        values = self.checked_values()
        if values is None:
            return
        self.ok.setEnabled(False)
        self.check.run(
            first_name=values["first_name"],
            last_name=values["last_name"],
            emails=[e["address"] for e in values["emails"]],
            personnummer=values["personnummer"],
            new=lambda: self.submit(values),
        )

    def _take(self, chosen: PossibleDuplicate) -> None:
        self.person_id = chosen.person_id
        self.person_name = chosen.full_name
        self.took_existing = True
        self.accept()

    def submit(self, values: dict[str, Any]) -> None:
        self.person_id = self.new_id
        self.person_name = self.row_name(values)
        super().submit(values)


#: The warning's list: who, born when (a date), their addresses (one that bounced marked,
#: desktop/people/bounces.py), and why they may be the one.
_column = partial(Column, context="PersonDialog")
DUPLICATE_COLUMNS = (
    _column("name", QT_TRANSLATE_NOOP("PersonDialog", "Name")),
    _column("born", QT_TRANSLATE_NOOP("PersonDialog", "Born")),
    _column(
        "emails",
        QT_TRANSLATE_NOOP("PersonDialog", "E-mail"),
        format=lambda _v, row: addresses_text(row["email_rows"]),
        tooltip=lambda row: addresses_note(row["email_rows"]),
    ),
    _column("why", QT_TRANSLATE_NOOP("PersonDialog", "Why")),
)


class DuplicatesDialog(QDialog):
    """The people a new person may duplicate, and the way on: take the selected one
    instead (``TAKE``, ``chosen``), save the new person anyway (``SAVE``), or go back."""

    TAKE = "take"
    SAVE = "save"

    def __init__(
        self,
        found: list[PossibleDuplicate],
        ctx: AppContext,
        parent: QWidget | None = None,
        bounced: Bounced | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.found = found
        self.choice = ""
        self.chosen: PossibleDuplicate | None = None
        intro = QLabel(
            self.tr(
                "%n person(s) in Kansli may be the one you are adding. Use one of them instead, "
                "or save a new person anyway.",
                "",
                len(found),
            )
        )
        intro.setWordWrap(True)
        self.model = RowsModel(DUPLICATE_COLUMNS, self)
        self.model.set_rows(
            [
                {
                    "id": d.person_id,
                    "name": d.full_name,
                    "born": d.birth_date.isoformat() if d.birth_date else "",
                    "emails": ", ".join(d.emails),
                    "email_rows": [
                        (bounced or {}).get((d.person_id, a), {"address": a}) for a in d.emails
                    ],
                    "why": ", ".join(
                        QCoreApplication.translate("PersonDialog", REASONS[r]) for r in d.reasons
                    ),
                }
                for d in found
            ]
        )
        self.table = TableView("person_duplicates", ctx.settings, self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(TableView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _i: self._take())
        self.table.setColumnWidth(0, 170)
        self.table.setColumnWidth(1, 90)
        self.table.setColumnWidth(2, 330)
        # A long address keeps its end ("(bounced)", the domain) in view.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox()
        self.take_button = buttons.addButton(
            self.tr("Use the selected person"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button = buttons.addButton(
            self.tr("Save as a new person"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.back_button = buttons.addButton(
            self.tr("Back to the form"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.take_button.clicked.connect(self._take)
        self.save_button.clicked.connect(self._save)
        self.back_button.clicked.connect(self.reject)
        vbox(self, intro, self.table, buttons)
        self.table.selectRow(0)
        self.take_button.setDefault(True)
        self.table.setFocus()
        self.resize(840, 280)

    def _take(self) -> None:
        rows = self.table.selected_rows()
        row = self.model.row_at(rows[0]) if rows else None
        if row is None:
            return
        self.chosen = next(d for d in self.found if d.person_id == row["id"])
        self.choice = self.TAKE
        self.accept()

    def _save(self) -> None:
        self.choice = self.SAVE
        self.accept()


class DuplicateCheck:
    """A new person's possible duplicates, asked of the local database before it is made
    (:func:`desktop.operations.people.find_duplicates`); with any, :class:`DuplicatesDialog`
    over ``parent`` (kept as ``warning``) and the clerk's answer: ``new`` (none found, or
    Save as a new person), ``existing`` (Use the selected person) or ``back``."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget,
        *,
        existing: Callable[[PossibleDuplicate], None],
        back: Callable[[], None],
    ) -> None:
        self.ctx = ctx
        self.parent = parent
        self.existing = existing
        self.back = back
        self.warning: DuplicatesDialog | None = None

    def run(
        self,
        *,
        first_name: str,
        last_name: str,
        emails: list[str],
        personnummer: str | None,
        new: Callable[[], None],
    ) -> None:
        """Look for the duplicates of the person these values describe (as stored), then
        answer; a failure goes back too, said in a message box."""

        def look(c: OpContext) -> tuple[list[PossibleDuplicate], Bounced]:
            found = find_duplicates(
                c,
                first_name=first_name,
                last_name=last_name,
                emails=emails,
                personnummer=personnummer,
            )
            # Their addresses that bounced are marked in the list.
            return found, bounced_addresses(c, [d.person_id for d in found])

        DbOp(
            look,
            parent=self.parent,
            label="people.duplicates",
        ).success(lambda found: self._found(found, new)).failure(self._failed).run(self.ctx.ops)

    def _found(
        self, result: tuple[list[PossibleDuplicate], Bounced], new: Callable[[], None]
    ) -> None:
        found, bounced = result
        if not found:
            new()
            return
        self.warning = DuplicatesDialog(found, self.ctx, self.parent, bounced)
        self.warning.finished.connect(lambda _r: self._answered(new))
        self.warning.open()

    def _answered(self, new: Callable[[], None]) -> None:
        warning = self.warning
        if warning is not None and warning.choice == DuplicatesDialog.SAVE:
            new()
        elif warning is not None and warning.chosen is not None:
            self.existing(warning.chosen)
        else:
            self.back()

    def _failed(self, exc: Exception) -> None:
        QMessageBox.warning(self.parent, self.parent.windowTitle(), domain_message(exc))
        self.back()
