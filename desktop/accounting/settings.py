"""Accounting › Accounting settings…: which bookkeeping account each purpose of the
club's money is booked on (issue 18) — course fees, membership fees, the bank, the
credit balance liability … — for all courses, a course category or one round, with the
cost centre (SIE dimension 1) and project (dimension 6) the SIE export gives its lines,
and the account's VAT code. Kept offline by the ``account_mapping.*`` commands, undone
with Edit › Undo; a purpose nobody mapped is booked on BAS's account (shown as the
placeholder). For those who handle money.

Its buttons open the rest of the treasurer's settings: Cost centres and projects… (the
named objects a mapping chooses from, ``accounting_object.*``) and Fiscal year and
series… (the fiscal year's first month, accrual of course fees over their round's months
and the voucher series of each kind of event, set as a whole by
``accounting_settings.set``, undone like the payment settings).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from desktop.admin.booking_windows import (
    ScopedRulesWindow,
    _choices,
    _live,
    _scope_text,
    _ScopedDialog,
    _t,
    _text,
)
from desktop.admin.payment_settings import WholeSettingsDialog, load_whole
from desktop.common.row_dialog import show_dialog
from desktop.common.rows_model import Column
from desktop.common.rows_window import ListedRowDialog, RowsEditWindow, WindowTexts
from desktop.common.values import Record
from desktop.common.widgets import choice_box, push_button
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import DbOp, OpContext
from desktop.operations.rows import RowCommands
from models.accounting import (
    ACCRUAL,
    DEFAULT_ACCOUNTS,
    DEFAULT_SERIES,
    AccountingObjectRow,
    AccountMappingRow,
    Purpose,
    accounting_settings_of,
)
from models.sie import COST_CENTRE, PROJECT

C = "Booking"  # the context of the scope texts and purposes (booking_windows' _choices)

PURPOSES = {
    Purpose.FEES: QT_TRANSLATE_NOOP("Booking", "Course fees"),
    Purpose.MEMBERSHIP: QT_TRANSLATE_NOOP("Booking", "Membership fees"),
    Purpose.DISCOUNTS: QT_TRANSLATE_NOOP("Booking", "Discounts"),
    Purpose.ADMIN_FEES: QT_TRANSLATE_NOOP("Booking", "Administrative fees"),
    Purpose.REMINDER_FEES: QT_TRANSLATE_NOOP("Booking", "Reminder fees"),
    Purpose.INTEREST: QT_TRANSLATE_NOOP("Booking", "Late interest"),
    Purpose.CREDIT_LIABILITY: QT_TRANSLATE_NOOP("Booking", "Credit balances (liability)"),
    Purpose.RECEIVABLE: QT_TRANSLATE_NOOP("Booking", "Receivables"),
    Purpose.BANK: QT_TRANSLATE_NOOP("Booking", "Bank (Bankgiro)"),
    Purpose.CARD: QT_TRANSLATE_NOOP("Booking", "Card payments"),
    Purpose.CARD_FEES: QT_TRANSLATE_NOOP("Booking", "Card fees"),
    Purpose.SUSPENSE: QT_TRANSLATE_NOOP("Booking", "Unidentified payments"),
    Purpose.VAT_OUT: QT_TRANSLATE_NOOP("Booking", "Output VAT"),
    Purpose.PREPAID: QT_TRANSLATE_NOOP("Booking", "Prepaid course fees (accrual)"),
    Purpose.REFUND_DUE: QT_TRANSLATE_NOOP("Booking", "Refunds due (liability)"),
}

ACCOUNT_COMMANDS = RowCommands.of("account_mapping")


def load_mappings(c: OpContext, *, archived: bool = False) -> list[Record]:
    with c.read() as s:
        rows = list(s.scalars(_live(AccountMappingRow, archived)))
    return [
        {
            "id": r.id,
            "purpose": r.purpose,
            "scope_kind": r.scope_kind,
            "scope_id": r.scope_id,
            "scope": _scope_text(c, r.scope_kind, r.scope_id),
            "account": r.account,
            "cost_centre": r.cost_centre,
            "project": r.project,
            "vat_code": r.vat_code,
            "archived": r.deleted_at is not None,
        }
        for r in rows
    ]


def load_objects(c: OpContext, *, archived: bool = False) -> list[Record]:
    """The cost centres and projects (the archived ones too with ``archived``)."""
    with c.read() as s:
        rows = list(s.scalars(_live(AccountingObjectRow, archived)))
    return [
        {
            "id": r.id,
            "dimension": r.dimension,
            "code": r.code,
            "name": r.name,
            "archived": r.deleted_at is not None,
        }
        for r in rows
    ]


def _purpose(value: Any, _row: Record) -> str:
    return _t(PURPOSES.get(Purpose(str(value)), str(value)))


class AccountMappingDialog(_ScopedDialog):
    commands = ACCOUNT_COMMANDS
    edited = ("account", "cost_centre", "project", "vat_code")
    titles = (
        QT_TRANSLATE_NOOP("AccountMappingDialog", "New account mapping"),
        QT_TRANSLATE_NOOP("AccountMappingDialog", "Edit account mapping"),
    )

    def build(self, row: Record | None) -> QWidget:
        self.purpose = self.add_field(
            "purpose",
            self.tr("Purpose:"),
            _choices(PURPOSES, row["purpose"] if row else Purpose.FEES),
        )
        self.purpose.setEnabled(row is None)
        self.add_scope_fields(row)
        self.account = self.add_text("account", self.tr("Account:"))
        self.cost_centre = self.add_field("cost_centre", self.tr("Cost centre:"), QComboBox())
        self.project = self.add_field("project", self.tr("Project:"), QComboBox())
        for box in (self.cost_centre, self.project):
            box.addItem(self.tr("None"), "")
            # Filled once the objects are read: as wide as the form, not its first item.
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._objects = {"cost_centre": _text(row, "cost_centre"), "project": _text(row, "project")}
        self.vat_code = self.add_text(
            "vat_code", self.tr("VAT code:"), self.tr("The VAT return's box, e.g. 05; empty: none")
        )
        self.purpose.currentIndexChanged.connect(lambda _i: self._show_default())
        self._show_default()
        self.finish_layout(
            self.tr(
                "The SIE export books each line on the most specific mapping of its purpose "
                "(the round's, else its category's, else all courses'), with its cost centre "
                "and project. A purpose without one is booked on BAS's account (grey)."
            )
        )
        DbOp(load_objects, parent=self, label="accounting objects").success(self._show_objects).run(
            self.ctx.ops
        )
        return self.purpose if row is None else self.account

    def _show_objects(self, objects: list[Record]) -> None:
        for dimension, box in ((COST_CENTRE, self.cost_centre), (PROJECT, self.project)):
            for o in sorted(objects, key=lambda o: str(o["code"])):
                if o["dimension"] == dimension:
                    box.addItem(f"{o['code']} – {o['name']}", o["code"])
            key = "cost_centre" if box is self.cost_centre else "project"
            current = self._objects[key]
            if current and box.findData(current) < 0:
                box.addItem(current, current)  # an archived object the mapping still names
            box.setCurrentIndex(max(0, box.findData(current)))

    def _show_default(self) -> None:
        self.account.setPlaceholderText(DEFAULT_ACCOUNTS[Purpose(self.purpose.currentData())][0])

    def values(self) -> dict[str, Any]:
        return {
            "account": self.account.text().strip(),
            "cost_centre": self.cost_centre.currentData() or "",
            "project": self.project.currentData() or "",
            "vat_code": self.vat_code.text().strip(),
        }

    def extra(self) -> dict[str, Any]:
        return {**super().extra(), "purpose": self.purpose.currentData()}

    def row_name(self, values: dict[str, Any]) -> str:
        return self.purpose.currentText()


ACCOUNT_TEXTS = WindowTexts(
    title=QT_TRANSLATE_NOOP("AccountingSettingsWindow", "Accounting settings"),
    empty=QT_TRANSLATE_NOOP(
        "AccountingSettingsWindow",
        "No accounts mapped: the SIE export books everything on BAS's accounts. "
        "New… maps a purpose to your own account.",
    ),
    hint=QT_TRANSLATE_NOOP(
        "AccountingSettingsWindow",
        "Each purpose may have an account for all courses, a category or a round; "
        "the most specific counts. Exports already made keep theirs.",
    ),
    archive_tip=QT_TRANSLATE_NOOP(
        "AccountingSettingsWindow", "The wider mapping, or BAS's account, applies again"
    ),
)


class AccountingSettingsWindow(ScopedRulesWindow):
    """Accounting › Accounting settings… (one window, not modal)."""

    texts, dialog = ACCOUNT_TEXTS, AccountMappingDialog
    columns = (
        Column("purpose", QT_TRANSLATE_NOOP("Booking", "Purpose"), C, format=_purpose),
        Column("scope", QT_TRANSLATE_NOOP("Booking", "For"), C),
        Column("account", QT_TRANSLATE_NOOP("Booking", "Account"), C),
        Column("cost_centre", QT_TRANSLATE_NOOP("Booking", "Cost centre"), C),
        Column("project", QT_TRANSLATE_NOOP("Booking", "Project"), C),
        Column("vat_code", QT_TRANSLATE_NOOP("Booking", "VAT code"), C),
    )
    list_name = "account_mappings"
    widths, window_size = (260, 220, 90, 120, 120), (980, 480)

    load = staticmethod(load_mappings)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.objects_button = push_button(
            QCoreApplication.translate("AccountingSettingsWindow", "Cost centres and projects…"),
            self.show_objects,
        )
        self.options_button = push_button(
            QCoreApplication.translate("AccountingSettingsWindow", "Fiscal year and series…"),
            self.show_options,
        )
        super().__init__(ctx, parent, buttons=(self.objects_button, self.options_button))
        self.objects_window: AccountingObjectsWindow | None = None

    def show_objects(self) -> AccountingObjectsWindow:
        """The cost centres and projects (one window, raised when open already)."""
        if self.objects_window is None:
            self.objects_window = AccountingObjectsWindow(self.ctx, self)
        self.objects_window.show()
        self.objects_window.raise_()
        return self.objects_window

    def show_options(self) -> None:
        show_dialog(AccountingOptionsDialog(self.ctx, self), self.opened)

    def first(self, row: Record) -> tuple[int, ...]:
        """The purposes in their order (the purpose's mappings together)."""
        return (list(Purpose).index(Purpose(str(row["purpose"]))),)


# -- cost centres and projects --------------------------------------------------------------

OBJECT_COMMANDS = RowCommands.of("accounting_object")

DIMENSIONS = {
    COST_CENTRE: QT_TRANSLATE_NOOP("Booking", "Cost centre"),
    PROJECT: QT_TRANSLATE_NOOP("Booking", "Project"),
}


def _dimension(value: Any, _row: Record) -> str:
    return _t(DIMENSIONS.get(int(value), str(value)))


class AccountingObjectDialog(ListedRowDialog):
    """New or edit a cost centre or project: its kind and code (fixed once made) and name."""

    commands = OBJECT_COMMANDS
    edited = ("name",)
    titles = (
        QT_TRANSLATE_NOOP("AccountingObjectDialog", "New cost centre or project"),
        QT_TRANSLATE_NOOP("AccountingObjectDialog", "Edit cost centre or project"),
    )

    def build(self, row: Record | None) -> QWidget:
        dimension = row["dimension"] if row else COST_CENTRE
        self.dimension = self.add_field(
            "dimension", self.tr("Kind:"), choice_box(C, DIMENSIONS, current=dimension)
        )
        self.code = self.add_text(
            "code", self.tr("Code:"), self.tr("As in the accounting program, e.g. 10 or K1")
        )
        self.name = self.add_text("name", self.tr("Name:"))
        for field in (self.dimension, self.code):
            field.setEnabled(row is None)
        self.finish_layout(
            self.tr(
                "The account mappings name cost centres and projects by their code; the SIE "
                "file gives each its name. The code stays once made."
            )
        )
        return self.dimension if row is None else self.name

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip()}

    def extra(self) -> dict[str, Any]:
        return {"dimension": self.dimension.currentData(), "code": self.code.text().strip()}


OBJECT_TEXTS = WindowTexts(
    title=QT_TRANSLATE_NOOP("AccountingObjectsWindow", "Cost centres and projects"),
    empty=QT_TRANSLATE_NOOP(
        "AccountingObjectsWindow",
        "No cost centres or projects. New… adds one the account mappings may name.",
    ),
    hint=QT_TRANSLATE_NOOP(
        "AccountingObjectsWindow",
        "SIE dimension 1 (cost centres) and 6 (projects). One a mapping names cannot be archived.",
    ),
    archive_tip=QT_TRANSLATE_NOOP(
        "AccountingObjectsWindow", "Mappings can no longer choose it; the SIE files made keep it"
    ),
)


class AccountingObjectsWindow(RowsEditWindow):
    """Accounting settings › Cost centres and projects…"""

    texts, dialog = OBJECT_TEXTS, AccountingObjectDialog
    columns = (
        Column("dimension", QT_TRANSLATE_NOOP("Booking", "Kind"), C, format=_dimension),
        Column("code", QT_TRANSLATE_NOOP("Booking", "Code"), C),
        Column("name", QT_TRANSLATE_NOOP("Booking", "Name"), C),
    )
    list_name, widths, window_size = "accounting_objects", (140, 120), (640, 420)

    load = staticmethod(load_objects)

    def prepare(self, rows: list[Record]) -> list[Record]:
        rows = sorted(rows, key=lambda r: (int(r["dimension"]), str(r["code"])))
        self.mark_archived(rows, "name")
        return rows


# -- fiscal year, accrual and voucher series ------------------------------------------------

#: Each kind of voucher as the form names it (models.accounting.DEFAULT_SERIES's kinds).
KINDS = {
    "charge": QT_TRANSLATE_NOOP("AccountingOptionsDialog", "Bookings"),
    "payment": QT_TRANSLATE_NOOP("AccountingOptionsDialog", "Payments"),
    "cancellation": QT_TRANSLATE_NOOP("AccountingOptionsDialog", "Cancellations and credits"),
    "refund": QT_TRANSLATE_NOOP("AccountingOptionsDialog", "Refunds"),
    "fee": QT_TRANSLATE_NOOP("AccountingOptionsDialog", "Card fees"),
    "reminder": QT_TRANSLATE_NOOP("AccountingOptionsDialog", "Reminders and interest"),
    "correction": QT_TRANSLATE_NOOP("AccountingOptionsDialog", "Corrections"),
    ACCRUAL: QT_TRANSLATE_NOOP("AccountingOptionsDialog", "Accruals"),
}

OPTIONS_COMMANDS = RowCommands(
    "accounting_settings", "accounting_settings.set", "accounting_settings.set", "settings_id"
)


def load_options(c: OpContext) -> dict[str, Any]:
    """The tenant's accounting settings as the form shows them (version 0: none yet)."""
    return load_whole(
        c,
        accounting_settings_of,
        {"year_start_month": 1, "accrual": False, "series": dict(DEFAULT_SERIES)},
        lambda row: {
            "year_start_month": row.year_start_month,
            "accrual": row.accrual,
            "series": row.series_map(),
        },
    )


def _series_args(series: dict[str, tuple[str, str]]) -> list[dict[str, str]]:
    return [{"kind": k, "letter": letter, "name": name} for k, (letter, name) in series.items()]


class AccountingOptionsDialog(WholeSettingsDialog):
    """The fiscal year's first month, accrual and the voucher series, set as a whole."""

    commands = OPTIONS_COMMANDS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Fiscal year and voucher series"), None, parent)
        self.year_start = QComboBox()
        for month in range(1, 13):  # named in the user's language (the default locale)
            self.year_start.addItem(QLocale().standaloneMonthName(month), month)
        self.accrual = QCheckBox(self.tr("Book course fees over the months of their round"))
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        self.letters: dict[str, QLineEdit] = {}
        self.names: dict[str, QLineEdit] = {}
        for i, (kind, text) in enumerate(KINDS.items()):
            letter, name = QLineEdit(), QLineEdit()
            letter.setMaxLength(1)
            letter.setFixedWidth(36)
            letter.setAccessibleName(self.tr("Series of %1").replace("%1", self.tr(text)))
            name.setAccessibleName(self.tr("Name of %1's series").replace("%1", self.tr(text)))
            grid.addWidget(QLabel(self.tr(text)), i, 0)
            grid.addWidget(letter, i, 1)
            grid.addWidget(name, i, 2)
            self.letters[kind], self.names[kind] = letter, name
        self.add_fields(
            ("year_start_month", self.tr("Fiscal year starts in:"), self.year_start),
            ("accrual", self.tr("Accrual:"), self.accrual),
            ("series", self.tr("Voucher series:"), grid_widget),
        )
        self.finish_layout(
            self.tr(
                "The SIE export's fiscal year starts on the first of this month. With accrual, "
                "a booking's course fee for a round of several months is booked on prepaid "
                "course fees and moved to revenue month by month (its own voucher series). "
                "Each kind of event has its series: a letter and its name."
            )
        )
        self.setMinimumWidth(620)
        self.load(load_options, "accounting settings")

    def show_settings(self, options: dict[str, Any]) -> None:
        self.year_start.setCurrentIndex(
            max(0, self.year_start.findData(options["year_start_month"]))
        )
        self.accrual.setChecked(bool(options["accrual"]))
        for kind, (letter, name) in options["series"].items():
            if kind in self.letters:
                self.letters[kind].setText(letter)
                self.names[kind].setText(name)
        self.year_start.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "year_start_month": self.year_start.currentData(),
            "accrual": self.accrual.isChecked(),
            "series": [
                {
                    "kind": kind,
                    "letter": self.letters[kind].text().strip().upper(),
                    "name": self.names[kind].text().strip(),
                }
                for kind in KINDS
            ],
        }

    def before(self, loaded: dict[str, Any]) -> dict[str, Any]:
        return {
            "year_start_month": loaded["year_start_month"],
            "accrual": loaded["accrual"],
            "series": _series_args(loaded["series"]),
        }

    def undo_label(self) -> str:
        return self.tr("change of the accounting settings")
