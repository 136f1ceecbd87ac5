"""Accounting › Accounting settings…: which bookkeeping account each purpose of the
club's money is booked on (issue 18) — course fees, membership fees, the bank, the
credit balance liability … — for all courses, a course category or one round, with the
cost centre (SIE dimension 1) and project (dimension 6) the SIE export gives its lines.
Kept offline by the ``account_mapping.*`` commands, undone with Edit › Undo; a purpose
nobody mapped is booked on BAS's account (shown as the placeholder). For those who
handle money.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.admin.booking_windows import _choices, _live, _scope_text, _ScopedDialog, _t, _text
from desktop.common.rows_model import Column
from desktop.common.rows_window import RowsEditWindow, WindowTexts
from desktop.common.values import Record
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import OpContext
from desktop.operations.rows import RowCommands
from models.accounting import DEFAULT_ACCOUNTS, AccountMappingRow, Purpose
from models.booking import PriceScope

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
            "archived": r.deleted_at is not None,
        }
        for r in rows
    ]


def _purpose(value: Any, _row: Record) -> str:
    return _t(PURPOSES.get(Purpose(str(value)), str(value)))


class AccountMappingDialog(_ScopedDialog):
    commands = ACCOUNT_COMMANDS
    edited = ("account", "cost_centre", "project")
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
        self.account = self.add_field(
            "account", self.tr("Account:"), QLineEdit(_text(row, "account"))
        )
        self.cost_centre = self.add_field(
            "cost_centre", self.tr("Cost centre:"), QLineEdit(_text(row, "cost_centre"))
        )
        self.project = self.add_field(
            "project", self.tr("Project:"), QLineEdit(_text(row, "project"))
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
        return self.purpose if row is None else self.account

    def _show_default(self) -> None:
        self.account.setPlaceholderText(DEFAULT_ACCOUNTS[Purpose(self.purpose.currentData())][0])

    def values(self) -> dict[str, Any]:
        return {
            "account": self.account.text().strip(),
            "cost_centre": self.cost_centre.text().strip(),
            "project": self.project.text().strip(),
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


class AccountingSettingsWindow(RowsEditWindow):
    """Accounting › Accounting settings… (one window, not modal)."""

    texts, watched = ACCOUNT_TEXTS, ("account_mapping",)
    commands, dialog = ACCOUNT_COMMANDS, AccountMappingDialog
    columns = (
        Column("purpose", QT_TRANSLATE_NOOP("Booking", "Purpose"), C, format=_purpose),
        Column("scope", QT_TRANSLATE_NOOP("Booking", "For"), C),
        Column("account", QT_TRANSLATE_NOOP("Booking", "Account"), C),
        Column("cost_centre", QT_TRANSLATE_NOOP("Booking", "Cost centre"), C),
        Column("project", QT_TRANSLATE_NOOP("Booking", "Project"), C),
    )
    list_name, widths, window_size = "account_mappings", (260, 220, 90, 120), (900, 480)

    load = staticmethod(load_mappings)

    def prepare(self, rows: list[Record]) -> list[Record]:
        order = {PriceScope.TENANT: 0, PriceScope.CATEGORY: 1, PriceScope.ROUND: 2}
        purposes = list(Purpose)
        rows = sorted(
            rows,
            key=lambda r: (
                purposes.index(Purpose(str(r["purpose"]))),
                order[PriceScope(r["scope_kind"])],
                str(r["scope"]),
            ),
        )
        self.mark_archived(rows, "scope")
        return rows

    def row_name(self, row: Record) -> str:
        return str(row.get("scope_plain") or row["scope"])
