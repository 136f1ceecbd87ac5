"""Accounting › Reminders…: the invoices reminded and still open, and those for collection.

For those who handle money (administrators, treasurers). The list is the server's
(``GET /api/v1/payments/reminders``): per invoice its number, the person, the due date,
the last reminder (1 or 2, and its day), what is left of the invoice, the reminder fees
and late interest charged, what to pay in all, and its stage: reminded, or for
collection (still open the second reminder's days after the second reminder). Show
narrows it to the collection list; the line under the table sums what is shown. The
reminders themselves go out by the server's daily job; this window only shows them.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desktop.admin.model import FilteredRowsModel, item_row
from desktop.admin.operations import _call
from desktop.admin.server_window import ServerListWindow
from desktop.common.rows_model import Column, kronor_column
from desktop.common.values import Record
from desktop.common.widgets import open_action
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import NetOp
from desktop.webview.server_api import ServerLink
from models.pricing import kronor_text
from models.reminders import COLLECTION, REMINDED, Reminded
from sync.reminders import RemindersClient

CONTEXT = "Reminders"
_column = partial(Column, context=CONTEXT)
_amount = partial(kronor_column, context=CONTEXT)

STAGES = {
    REMINDED: QT_TRANSLATE_NOOP("Reminders", "Reminded"),
    COLLECTION: QT_TRANSLATE_NOOP("Reminders", "For collection"),
}


def _t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def _stage(value: Any, _row: Record) -> str:
    return _t(STAGES.get(str(value), str(value)))


COLUMNS = [
    _column("number", QT_TRANSLATE_NOOP("Reminders", "Invoice"), align_right=True),
    _column("person_name", QT_TRANSLATE_NOOP("Reminders", "Person")),
    _column("ocr", QT_TRANSLATE_NOOP("Reminders", "OCR")),
    _column("due_on", QT_TRANSLATE_NOOP("Reminders", "Due")),
    _column(
        "level",
        QT_TRANSLATE_NOOP("Reminders", "Reminder"),
        align_right=True,
        header_tip=QT_TRANSLATE_NOOP("Reminders", "The last reminder sent: 1 or 2"),
    ),
    _column("reminded_on", QT_TRANSLATE_NOOP("Reminders", "Reminded on")),
    _amount(
        "open_amount",
        QT_TRANSLATE_NOOP("Reminders", "Left to pay"),
        header_tip=QT_TRANSLATE_NOOP("Reminders", "What is left of the invoice's amount"),
    ),
    _amount("fees", QT_TRANSLATE_NOOP("Reminders", "Fees")),
    _amount("interest", QT_TRANSLATE_NOOP("Reminders", "Interest")),
    _amount(
        "to_pay",
        QT_TRANSLATE_NOOP("Reminders", "To pay"),
        header_tip=QT_TRANSLATE_NOOP(
            "Reminders", "Left to pay, the reminder fees and the late interest"
        ),
    ),
    _column("stage", QT_TRANSLATE_NOOP("Reminders", "Stage"), format=_stage),
]


def as_row(item: Reminded) -> Record:
    return item_row(item, item.number, item.person_name, item.ocr, id=item.invoice_id)


def list_reminded(link: ServerLink, *, parent: QObject | None) -> NetOp[list[Reminded]]:
    """The reminded invoices still open (the server's list)."""
    return NetOp(
        _call(link, lambda c: c.reminded(), RemindersClient),
        parent=parent,
        label=_t(QT_TRANSLATE_NOOP("Reminders", "Loading reminders")),
    )


class RemindersWindow(ServerListWindow):
    """The reminded invoices and the collection list (one window per main window)."""

    LIST_NAME, TITLE = "accounting_reminders", QT_TRANSLATE_NOOP("RemindersWindow", "Reminders")
    COLUMNS = COLUMNS
    model: FilteredRowsModel

    NO_SERVER = QT_TRANSLATE_NOOP(
        "UsersAdmin",
        "Invoices and their reminders are kept on the server, and this copy of the data is "
        "not connected to one. Sign in to the server to see them.",
    )
    OFFLINE = QT_TRANSLATE_NOOP(
        "UsersAdmin",
        "Offline: invoices and their reminders are kept on the server, and it cannot be "
        "reached now. Your other work goes on; try again when online.",
    )
    OFFLINE_WHEN_UNREACHABLE = True

    #: The selected invoice's person's profile is asked for (Return, a double click).
    open_person = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent=parent)
        #: Every reminded invoice from the server (the Show choice narrows the model).
        self.items: list[Reminded] = []
        self.show_choice = QComboBox()
        self.show_choice.addItem(self.tr("Reminded and for collection"), "all")
        self.show_choice.addItem(self.tr("For collection only"), COLLECTION)
        self.show_choice.setAccessibleName(self.tr("Show"))
        self.show_choice.currentIndexChanged.connect(lambda _i: self._show_items())
        label = QLabel(self.tr("&Show:"))
        label.setBuddy(self.show_choice)
        self.summary = QLabel()
        self.summary.setObjectName("reminders_summary")
        self.act_profile = self._action(
            self.tr("Open &profile"),
            self.open_profile,
            "Ctrl+O",
            self.tr("The person's profile: their account, bookings and contact details"),
        )
        open_action(self.table, self.tr("Open profile"), self.open_profile)
        self.row_actions = [self.act_profile]
        self._finish(
            self.tr("Reminder actions"),
            (self.act_profile,),
            filter_hint=self.tr("Filter by invoice number, person or OCR…"),
            leading=(label, self.show_choice),
        )
        self.statusBar().addPermanentWidget(self.summary)

    def refresh(self, *, select: str | None = None) -> None:
        """Ask the server for the reminded invoices (keeps the selection)."""
        self._ask_list(select, lambda link: list_reminded(link, parent=self), self._listed)

    def _listed(self, items: list[Reminded], keep: str | None) -> None:
        self.items = items
        self._show_items()
        self._arrived(keep, empty=self._empty_text())

    def collection_only(self) -> bool:
        return bool(self.show_choice.currentData() == COLLECTION)

    def show_collection_only(self, only: bool) -> None:
        self.show_choice.setCurrentIndex(1 if only else 0)

    def _show_items(self) -> None:
        shown = [i for i in self.items if not self.collection_only() or i.stage == COLLECTION]
        self.model.set_all([as_row(i) for i in shown])
        self.set_filter(self.filter.text())
        self._update_actions()

    def clear_rows(self) -> None:
        self.items = []
        self.model.set_all([])

    def _empty_text(self) -> str:
        """Why the list shows nothing: the filter, the collection list empty, or none."""
        if self.filter.text().strip() and self.model.all_rows:
            return self.tr("No reminded invoice matches the filter.")
        if self.collection_only() and self.items:
            return self.tr("No invoice is on the collection list.")
        return self.tr("No invoice is reminded and unpaid.")

    def open_profile(self) -> None:
        """Ask for the selected invoice's person's profile."""
        rows = self.table.selected_rows()
        row = self.model.row_at(rows[0]) if rows else None
        if row is not None:
            self.open_person.emit(str(row["person_id"]))

    def _update_actions(self) -> None:
        super()._update_actions()
        self.act_profile.setEnabled(self.loaded and bool(self.table.selected_rows()))
        if self.loaded and not self.busy:
            self.table.set_empty_text(self._empty_text())
        rows = self.model.rows if self.loaded else []
        if not rows:
            self.summary.setText("")
            return
        collection = sum(1 for r in rows if r["stage"] == COLLECTION)
        total = sum(int(r["to_pay"]) for r in rows)
        self.summary.setText(
            self.tr("%1 reminded · %2 for collection · %3 to pay")
            .replace("%1", str(len(rows) - collection))
            .replace("%2", str(collection))
            .replace("%3", kronor_text(total))
        )
