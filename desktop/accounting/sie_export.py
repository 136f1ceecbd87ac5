"""Accounting › Export SIE file…: the period's bookkeeping as a SIE 4 file for the club's
accounting program (issue 18).

The treasurer picks the period (within one fiscal year, which starts in the accounting
settings' month, the current one's start offered: the server refuses a period across its
end, and says so here) and the type — 4E, the full export with the chart of
accounts and the balances, or 4I, the vouchers only — then where to save it. The server
makes the file from its ledger (``GET /api/v1/accounting/sie``); a busy bar runs while it
does; the dialog says how many vouchers the saved file holds. For those who handle money;
offline the dialog says the ledger is on the server.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from desktop.admin.operations import _call
from desktop.common.layouts import vbox
from desktop.context import AppContext
from desktop.operations import DbOp, NetOp, OpContext
from desktop.settings import LAST_EXPORT_DIR
from desktop.webview.server_api import reason_of, server_link
from models.accounting import accounting_settings_of, fiscal_year
from sync.accounting import AccountingClient
from sync.client import ApiError


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _year_start_month(c: OpContext) -> int:
    """The fiscal year's first month in the local accounting settings (1 when none)."""
    with c.read() as s:
        row = accounting_settings_of(s, c.actor.tenant_id)
        return row.year_start_month if row is not None else 1


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class SieExportDialog(QDialog):
    """Export SIE file… (one at a time per main window)."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("sie_export")
        self.setWindowTitle(self.tr("Export SIE file"))
        now = today or date.today()
        self.start = _date_edit(date(now.year, 1, 1))
        self.start.setAccessibleName(self.tr("From"))
        self.end = _date_edit(now)
        self.end.setAccessibleName(self.tr("To"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("4E: full export (accounts, balances, vouchers)"), "4E")
        self.kind.addItem(self.tr("4I: vouchers only"), "4I")
        self.kind.setAccessibleName(self.tr("Type"))
        form = QFormLayout()
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("&To:"), self.end)
        form.addRow(self.tr("T&ype:"), self.kind)
        hint = QLabel(
            self.tr(
                "The period lies within one fiscal year (Accounting settings: Fiscal year "
                "and series…). The file holds one voucher per booking, payment, "
                "cancellation, fee and reminder of the period, and with accrual one per "
                "month of a course's fee."
            )
        )
        hint.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Making the file"))
        self.busy.hide()
        self.status = QLabel()
        self.status.setObjectName("sie_status")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setDefault(True)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        vbox(self, form, hint, self.busy, self.status, None, buttons)
        self.resize(520, 280)
        DbOp(_year_start_month, parent=self, label="fiscal year").success(
            lambda month: self._year_starts(now, month)
        ).run(ctx.ops)
        #: Where to save, asked of the user (tests put their own here).
        self.ask_path: Callable[[str], Path | None] = self._ask_path
        #: The last file saved (tests wait on it).
        self.saved: Path | None = None

    def _ask_path(self, name: str) -> Path | None:
        folder = self.ctx.settings.get(LAST_EXPORT_DIR) or str(Path.home())
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save SIE file"),
            str(Path(folder) / name),
            self.tr("SIE files (*.se *.si);;All files (*)"),
        )
        if not path:
            return None
        self.ctx.settings.set(LAST_EXPORT_DIR, str(Path(path).parent))
        return Path(path)

    def say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("error", error)

    def _year_starts(self, today: date, month: int) -> None:
        """Offer the fiscal year's start (the settings' month) as the period's start, unless
        the user chose one meanwhile."""
        if _day(self.start) != date(today.year, 1, 1):
            return
        start = fiscal_year(today, month)[0]
        self.start.setDate(QDate(start.year, start.month, start.day))

    def export(self) -> None:
        """Ask where, then have the server make the file and save it there."""
        start, end = _day(self.start), _day(self.end)
        kind = str(self.kind.currentData())
        if start > end:
            self.say(self.tr("The period ends before it starts."), error=True)
            return
        link = server_link(self.ctx)
        if link is None:
            self.say(
                self.tr(
                    "The ledger is kept on the server, and this copy of the data is not "
                    "connected to one. Sign in to the server to export."
                ),
                error=True,
            )
            return
        suffix = "se" if kind == "4E" else "si"
        path = self.ask_path(f"kansli_{start:%Y%m%d}_{end:%Y%m%d}.{suffix}")
        if path is None:
            return
        self.export_button.setEnabled(False)
        self.busy.show()
        self.say(self.tr("Making the file…"))
        NetOp(
            _call(link, lambda c: c.sie(start, end, kind), AccountingClient),
            parent=self,
            label=self.tr("Exporting the SIE file"),
        ).success(lambda data: self._arrived(path, data)).failure(self._failed).run(self.ctx.ops)

    def _arrived(self, path: Path, data: bytes) -> None:
        self._idle()
        try:
            path.write_bytes(data)
        except OSError as exc:
            self.say(
                self.tr("The file could not be saved: %1").replace("%1", exc.strerror or ""),
                error=True,
            )
            return
        vouchers = data.count(b"\n#VER ")
        self.saved = path
        self.say(self.tr("Saved %n voucher(s) to %1.", "", vouchers).replace("%1", str(path)))

    def _failed(self, exc: Exception) -> None:
        self._idle()
        if isinstance(exc, ApiError) and exc.code == "period_spans_years":
            self.say(
                self.tr("The period must lie within one fiscal year: choose a shorter one."),
                error=True,
            )
        elif isinstance(exc, ApiError) and exc.status == 403:
            self.say(self.tr("Only administrators and treasurers may export."), error=True)
        else:
            self.say(
                self.tr("The file could not be made: %1").replace("%1", reason_of(exc)),
                error=True,
            )

    def _idle(self) -> None:
        self.busy.hide()
        self.export_button.setEnabled(True)
