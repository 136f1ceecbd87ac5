"""Accounting › Import BgMax file…, Accounting › Unmatched payments… and its Card
payment events… (issue 18).

For those who handle money (administrators, treasurers). Payments live on the server:
importing a Bankgirot BgMax file sends it there (``POST /api/v1/payments/bgmax``), which
matches each payment to an invoice by its OCR reference and books it; the window lists
the payments no invoice was found for (``GET /api/v1/payments/unmatched``; their money is
on the suspense account) and matches one by hand to an invoice found by OCR reference,
invoice number or the person's name. Every one of these is a server call, never queued:
offline the window says so plainly. An import says what it did — matched, partly paid,
overpaid (the excess kept as credit), unmatched — and a file the server refuses is
described by its line and field.

The card payment events (``GET /api/v1/payments/card-events``) are every webhook and
callback the payment providers (Stripe, Swish) sent about this club's card payments,
recorded and never lost, with what came of each: booked, or one that needs someone to
look — a charge the server does not know, or one already paid (money that came twice).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from desktop.admin.dialogs import ServerDialog
from desktop.admin.model import FilteredRowsModel, item_row
from desktop.admin.operations import _call
from desktop.admin.server_window import ServerListWindow
from desktop.common.layouts import hbox, vbox
from desktop.common.rows_model import Column, RowsModel, kronor_column
from desktop.common.values import Record
from desktop.common.widgets import SearchField, TableView
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP, filled, format_date
from desktop.operations import NetOp
from desktop.settings import Settings
from desktop.webview.server_api import ServerLink
from models.pricing import kronor_text
from sync.client import ApiError
from sync.payments import (
    CardEvent,
    ImportSummary,
    InvoiceHit,
    PaymentsClient,
    UnmatchedPayment,
)

CONTEXT = "Payments"
_column = partial(Column, context=CONTEXT)
_kronor = partial(kronor_column, context=CONTEXT)


def _t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


COLUMNS = [
    _column("paid_on", QT_TRANSLATE_NOOP("Payments", "Paid on")),
    _kronor("amount", QT_TRANSLATE_NOOP("Payments", "Amount")),
    _column(
        "reference",
        QT_TRANSLATE_NOOP("Payments", "Reference"),
        header_tip=QT_TRANSLATE_NOOP("Payments", "The reference as the payer gave it"),
    ),
    _column(
        "payer",
        QT_TRANSLATE_NOOP("Payments", "Payer"),
        header_tip=QT_TRANSLATE_NOOP("Payments", "The payer's name as the bank gave it"),
    ),
]

INVOICE_COLUMNS = [
    _column("number", QT_TRANSLATE_NOOP("Payments", "Invoice"), align_right=True),
    _column("person", QT_TRANSLATE_NOOP("Payments", "Person")),
    _column("ocr", QT_TRANSLATE_NOOP("Payments", "OCR")),
    _column("due_on", QT_TRANSLATE_NOOP("Payments", "Due")),
    _kronor("amount", QT_TRANSLATE_NOOP("Payments", "Amount")),
    _kronor("owed", QT_TRANSLATE_NOOP("Payments", "Left to pay")),
]

#: BgMax fields as the server names them in a refusal, in words.
FIELDS = {
    "record type": QT_TRANSLATE_NOOP("Payments", "record type"),
    "amount": QT_TRANSLATE_NOOP("Payments", "amount"),
    "reference": QT_TRANSLATE_NOOP("Payments", "reference"),
    "payment date": QT_TRANSLATE_NOOP("Payments", "payment date"),
    "deposit amount": QT_TRANSLATE_NOOP("Payments", "deposit amount"),
    "number of payments": QT_TRANSLATE_NOOP("Payments", "number of payments"),
    "number of deposits": QT_TRANSLATE_NOOP("Payments", "number of deposits"),
    "number of deductions": QT_TRANSLATE_NOOP("Payments", "number of deductions"),
    "number of extra references": QT_TRANSLATE_NOOP("Payments", "number of extra references"),
    "layout name": QT_TRANSLATE_NOOP("Payments", "layout name"),
    "BGC serial number": QT_TRANSLATE_NOOP("Payments", "serial number"),
    "sender bankgiro": QT_TRANSLATE_NOOP("Payments", "sender's Bankgiro"),
}


#: What came of a provider's event, in words (the server's ``outcome``).
OUTCOMES = {
    "booked": QT_TRANSLATE_NOOP("Payments", "Booked on its invoice"),
    "unknown_charge": QT_TRANSLATE_NOOP(
        "Payments", "Unknown charge: no card payment of this club has this reference"
    ),
    "already_paid": QT_TRANSLATE_NOOP(
        "Payments", "Already paid: the charge was paid before (money may have come twice)"
    ),
    "not_paid": QT_TRANSLATE_NOOP("Payments", "Not paid: the payer did not complete it"),
    "ignored": QT_TRANSLATE_NOOP("Payments", "Not about a payment: nothing to do"),
    "bad_signature": QT_TRANSLATE_NOOP("Payments", "Refused: not signed by the provider"),
    "malformed": QT_TRANSLATE_NOOP("Payments", "Refused: it could not be read"),
}

#: The outcomes someone should look at: money the server could not book, or got twice.
NEEDS_ATTENTION = frozenset({"unknown_charge", "already_paid", "bad_signature", "malformed"})

PROVIDERS = {"stripe": "Stripe", "swish": "Swish"}


def outcome_text(outcome: str) -> str:
    return _t(OUTCOMES[outcome]) if outcome in OUTCOMES else outcome


def _outcome_cell(value: Any, _row: Record) -> str:
    return outcome_text(str(value))


def _provider_cell(value: Any, _row: Record) -> str:
    return PROVIDERS.get(str(value), str(value))


CARD_COLUMNS = [
    _column("received_at", QT_TRANSLATE_NOOP("Payments", "Received")),
    _column("provider", QT_TRANSLATE_NOOP("Payments", "Provider"), format=_provider_cell),
    _column(
        "ref",
        QT_TRANSLATE_NOOP("Payments", "Reference"),
        header_tip=QT_TRANSLATE_NOOP("Payments", "The provider's id of the card payment"),
    ),
    _kronor("amount", QT_TRANSLATE_NOOP("Payments", "Amount")),
    _column("outcome", QT_TRANSLATE_NOOP("Payments", "What happened"), format=_outcome_cell),
]


def card_event_row(e: CardEvent) -> Record:
    return item_row(
        e, PROVIDERS.get(e.provider, e.provider), e.ref, e.kind, outcome_text(e.outcome),
        e.amount // 100, attention=e.outcome in NEEDS_ATTENTION,
    )  # fmt: skip


class CardEventsModel(FilteredRowsModel):
    """The card events, and those the filter (and "needs attention only") let through."""

    def __init__(self) -> None:
        super().__init__(CARD_COLUMNS)
        self.attention_only = False

    def set_attention_only(self, on: bool) -> None:
        self.attention_only = on
        self._refilter()

    def _refilter(self) -> None:
        words = self.filter_text.casefold().split()
        self.set_rows(
            [
                r
                for r in self.all_rows
                if (r["attention"] or not self.attention_only)
                and all(w in r["haystack"] for w in words)
            ]
        )


def payments_op(parent: QWidget, link: ServerLink, fn: Any, label: str) -> NetOp[Any]:
    """A call of :class:`PaymentsClient` (``fn`` of the client) on the network pool."""
    return NetOp(_call(link, fn, PaymentsClient), parent=parent, label=label)


def payment_row(p: UnmatchedPayment) -> Record:
    return item_row(p, p.reference, p.payer, p.amount // 100)


def invoice_row(i: InvoiceHit) -> Record:
    return item_row(i)


def summary_text(summary: ImportSummary) -> str:
    """What an import did, in words."""
    if summary.already_imported:
        return _t(
            QT_TRANSLATE_NOOP(
                "Payments", "This file was imported before: nothing was booked again."
            )
        )
    count = summary.count
    text = filled(
        _t(
            QT_TRANSLATE_NOOP(
                "Payments",
                "%1 payments, %2 in all: %3 matched, %4 partly paid, %5 overpaid (the excess "
                "kept as credit), %6 unmatched.",
            )
        ),
        count("payments"), kronor_text(count("amount")), count("matched"), count("partly"),
        count("overpaid"), count("unmatched"),
    )  # fmt: skip
    if count("deductions"):
        text += " " + filled(
            _t(
                QT_TRANSLATE_NOOP(
                    "Payments",
                    "%1 deductions (money the bank took back): %2 taken off the payments they "
                    "name, whose invoices are open again; %3 unmatched.",
                )
            ),
            count("deductions"), count("returned"), count("deductions_unmatched"),
        )  # fmt: skip
    if count("already"):
        text += " " + filled(
            _t(QT_TRANSLATE_NOOP("Payments", "%1 were booked before, from another file.")),
            count("already"),
        )
    return text


def bgmax_error_text(exc: ApiError) -> str:
    """A refused file, by its line and field."""
    field = str(exc.details.get("field") or exc.field or "")
    return filled(
        _t(QT_TRANSLATE_NOOP("Payments", "The file was not imported: line %1, %2: %3")),
        exc.details.get("line", "?"),
        _t(FIELDS.get(field, field)),
        exc.details.get("why") or exc.message,
    )


class MatchDialog(ServerDialog):
    """Find an invoice by OCR reference, number or name, and match the payment to it."""

    #: The invoice chosen (its id).
    submitted = Signal(str)
    #: Find invoices for this text.
    search = Signal(str)

    def __init__(self, payment: Record, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("match_payment_dialog")
        self.setWindowTitle(self.tr("Match payment to an invoice"))
        self.payment = payment
        said = (
            self.tr(
                "Deduction of %1 (money the bank took back) on %2, reference “%3”, from %4: "
                "matched, it takes back what the invoice's payments brought in."
            )
            if payment["amount"] < 0
            else self.tr("Payment of %1 on %2, reference “%3”, from %4.")
        )
        about = QLabel(
            filled(
                said,
                kronor_text(abs(payment["amount"])),
                format_date(payment["paid_on"]),
                payment["reference"],
                str(payment["payer"]) or "?",
            )
        )
        about.setWordWrap(True)
        self.query = SearchField(
            self.tr("OCR reference, invoice number or name…"),
            delay_ms=SearchField.NETWORK_DELAY_MS,  # each search asks the server
        )
        self.query.setAccessibleName(self.tr("Find invoice"))
        self.query.search_changed.connect(self.search.emit)
        label = QLabel(self.tr("&Find invoice:"))
        label.setBuddy(self.query)
        self.model = RowsModel(INVOICE_COLUMNS, self)
        self.table = TableView("match_invoices", settings, self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(TableView.SelectionMode.SingleSelection)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_ok())
        self.table.doubleClicked.connect(lambda _i: self._submit())
        self.ok_button.setText(self.tr("&Match"))
        vbox(self, about, hbox(label, (self.query, 1)), (self.table, 1), self.message, self.buttons)
        self.resize(760, 420)
        self.update_ok()

    def chosen(self) -> Record | None:
        rows = self.table.selected_rows()
        return self.model.row_at(rows[0]) if rows else None

    def update_ok(self) -> None:
        self.ok_button.setEnabled(not self.busy and self.chosen() is not None)

    def show_invoices(self, hits: list[InvoiceHit], text: str | None = None) -> None:
        """The invoices found for ``text`` (an answer to an earlier search is dropped)."""
        if text is not None and text.strip() != self.query.text().strip():
            return
        self.model.set_rows([invoice_row(h) for h in hits])
        self.table.set_empty_text(self.tr("No invoice found."))
        if hits:
            self.table.selectRow(0)
        self.table.resizeColumnsToContents()
        self.update_ok()

    def _submit(self) -> None:
        chosen = self.chosen()
        if chosen is None or self.busy:
            return
        self.set_busy(True)
        self.submitted.emit(str(chosen["id"]))


class UnmatchedPaymentsWindow(ServerListWindow):
    """The payments no invoice was found for; import a BgMax file; match one by hand."""

    NO_SERVER = QT_TRANSLATE_NOOP(
        "UsersAdmin",
        "Payments are kept on the server, and this copy of the data is not connected to "
        "one. Sign in to the server to import and match payments.",
    )
    OFFLINE = QT_TRANSLATE_NOOP(
        "UsersAdmin",
        "Offline: payments are kept on the server, and it cannot be reached now. Importing "
        "and matching need a connection; your other work goes on. Try again when online.",
    )
    OFFLINE_WHEN_UNREACHABLE = True
    LIST_NAME = "accounting_unmatched"
    TITLE = QT_TRANSLATE_NOOP("UnmatchedPaymentsWindow", "Unmatched payments")
    COLUMNS = COLUMNS

    #: An import ended: its summary in words ("" when it failed).
    imported = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent=parent)
        self.act_import = self._action(
            self.tr("&Import BgMax file…"),
            self.choose_file,
            "Ctrl+I",
            self.tr("Import a Bankgirot BgMax file and match its payments to invoices by OCR"),
        )
        self.act_match = self._action(
            self.tr("&Match to invoice…"),
            self.match_selected,
            "Ctrl+M",
            self.tr("Match the chosen payment to an invoice found by OCR, number or name"),
        )
        self.act_card_events = self._action(
            self.tr("&Card payment events…"),
            self.show_card_events,
            "Ctrl+E",
            self.tr("What the card payment providers reported, and what needs attention"),
        )
        #: The card payment events' window, once opened.
        self.card_events: CardEventsWindow | None = None
        self.row_actions = [self.act_match]
        self.table.doubleClicked.connect(lambda _i: self.match_selected())
        self.progress: QProgressDialog | None = None
        self.result_box: QMessageBox | None = None
        self.file_dialog: QFileDialog | None = None
        self._finish(
            self.tr("Payment actions"),
            (self.act_import, None, self.act_match, None, self.act_card_events),
            filter_hint=self.tr("Filter by reference, payer or amount…"),
        )

    def show_card_events(self) -> CardEventsWindow:
        """The card payment events' window (one; raised when open already)."""
        if self.card_events is None:
            self.card_events = CardEventsWindow(self.ctx, self)
        self.card_events.show()
        self.card_events.raise_()
        self.card_events.activateWindow()
        return self.card_events

    def describe_error(self, exc: Exception) -> str:
        if isinstance(exc, ApiError) and exc.code == "bgmax_invalid":
            return bgmax_error_text(exc)
        return super().describe_error(exc)

    def _client(self, link: ServerLink, fn: Any, label: str) -> NetOp[Any]:
        return payments_op(self, link, fn, label)

    # -- the list -----------------------------------------------------------------------

    def refresh(self, *, select: str | None = None) -> None:
        self._ask_list(
            select,
            lambda link: self._client(
                link, lambda c: c.unmatched(), _t(QT_TRANSLATE_NOOP("Payments", "Loading payments"))
            ),
            self._listed,
        )

    def _listed(self, items: list[UnmatchedPayment], keep: str | None) -> None:
        self.model.set_all([payment_row(p) for p in items])
        self.set_filter(self.filter.text())
        self._arrived(keep, empty=self.tr("Every payment is matched to an invoice."))

    def _update_actions(self) -> None:
        super()._update_actions()
        self.act_match.setEnabled(self.loaded and not self.busy and self.selected_id() is not None)

    # -- import -------------------------------------------------------------------------

    def choose_file(self) -> None:
        """Accounting › Import BgMax file…: choose the file, then send it."""
        dialog = QFileDialog(self, self.tr("Import BgMax file"))
        dialog.setObjectName("bgmax_file_dialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(
            [self.tr("BgMax files (*.txt *.bgmax *.dat)"), self.tr("All files (*)")]
        )
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(self.import_file)
        self.file_dialog = dialog
        self._open(dialog)

    def import_file(self, path: str) -> None:
        """Send the BgMax file at ``path`` to the server; say what it did."""
        link = self._link()
        if link is None:
            self._say(QCoreApplication.translate("UsersAdmin", self.OFFLINE), error=True)
            self.imported.emit("")
            return
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self._say(
                self.tr("The file could not be read: %1").replace("%1", exc.strerror or ""),
                error=True,
            )
            self.imported.emit("")
            return
        progress = QProgressDialog(
            self.tr("Importing %1…").replace("%1", Path(path).name), "", 0, 0, self
        )
        progress.setObjectName("bgmax_progress")
        progress.setWindowTitle(self.tr("Import BgMax file"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        self.progress = progress
        self.busy = True
        self._update_actions()
        name = Path(path).name
        self._client(
            link,
            lambda c: c.import_bgmax(name, data),
            _t(QT_TRANSLATE_NOOP("Payments", "Importing payments")),
        ).success(self._imported).failure(self._import_failed).run(self.ctx.ops)

    def _end_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.busy = False

    def _imported(self, summary: ImportSummary) -> None:
        self._end_progress()
        text = summary_text(summary)
        self._result(QMessageBox.Icon.Information, text)
        self._done(text)
        self.imported.emit(text)

    def _import_failed(self, exc: Exception) -> None:
        self._end_progress()
        text = self.describe_error(exc)
        self._result(QMessageBox.Icon.Warning, text)
        self._say(text, error=True)
        self._update_actions()
        self.imported.emit("")

    def _result(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(
            icon, self.tr("Import BgMax file"), text, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("bgmax_result")
        self._open(box, held_in="result_box")

    # -- match --------------------------------------------------------------------------

    def match_selected(self) -> None:
        row_id = self.selected_id()
        row = self.model.row_at(self.model.row_of(row_id)) if row_id else None
        if row is None or self.dialog is not None:
            return
        dialog = MatchDialog(row, self.ctx.settings, self)
        dialog.search.connect(lambda text: self._find(dialog, text))
        dialog.submitted.connect(lambda invoice_id: self._match(dialog, str(row["id"]), invoice_id))
        self._open(dialog)
        # The payment's own reference is the first guess.
        dialog.query.setText(str(row["reference"]))
        self._find(dialog, str(row["reference"]))

    def _find(self, dialog: MatchDialog, text: str) -> None:
        link = self._link()
        if link is None:
            dialog.failed(QCoreApplication.translate("UsersAdmin", self.OFFLINE))
            return
        self._client(
            link,
            lambda c: c.find_invoices(text),
            _t(QT_TRANSLATE_NOOP("Payments", "Finding invoices")),
        ).success(lambda hits: dialog.show_invoices(hits, text)).failure(
            lambda exc: dialog.failed(self.describe_error(exc))
        ).run(self.ctx.ops)

    def _match(self, dialog: MatchDialog, payment_id: str, invoice_id: str) -> None:
        chosen = dialog.chosen() or {}
        text = filled(
            self.tr("Matched %1 to invoice %2 (%3); the receipt is on its way."),
            kronor_text(dialog.payment["amount"]),
            chosen.get("number", ""),
            chosen.get("person", ""),
        )
        self._send(
            dialog,
            lambda link: self._client(
                link,
                lambda c: c.match(payment_id, invoice_id),
                _t(QT_TRANSLATE_NOOP("Payments", "Matching payment")),
            ),
            lambda _answer: (text, None),
            refused=self._refused_in(dialog),
        )


class CardEventsWindow(ServerListWindow):
    """Every card payment event the providers sent, newest first, with what came of it;
    "Needs attention only" shows those someone should look at."""

    NO_SERVER = UnmatchedPaymentsWindow.NO_SERVER
    OFFLINE = UnmatchedPaymentsWindow.OFFLINE
    OFFLINE_WHEN_UNREACHABLE = True
    LIST_NAME = "accounting_card_events"
    TITLE = QT_TRANSLATE_NOOP("CardEventsWindow", "Card payment events")
    MODEL = CardEventsModel
    model: CardEventsModel

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent=parent)
        self.attention = QCheckBox(self.tr("&Needs attention only"))
        self.attention.setToolTip(
            self.tr(
                "Only the events whose money could not be booked: an unknown charge, or one "
                "paid before"
            )
        )
        self.attention.toggled.connect(self._attention)
        self._finish(
            self.tr("Card payment event actions"),
            (),
            filter_hint=self.tr("Filter by reference, provider or what happened…"),
            leading=(self.attention,),
        )

    def _attention(self, on: bool) -> None:
        self._shown_anew(lambda: self.model.set_attention_only(on))

    def refresh(self, *, select: str | None = None) -> None:
        self._ask_list(
            select,
            lambda link: payments_op(
                self,
                link,
                lambda c: c.card_events(),
                _t(QT_TRANSLATE_NOOP("Payments", "Loading card payment events")),
            ),
            self._listed,
        )

    def _listed(self, items: list[CardEvent], keep: str | None) -> None:
        first = not self._sized
        self.model.set_all([card_event_row(e) for e in items])
        self.set_filter(self.filter.text())
        self._arrived(keep, empty=self.tr("No card payment events yet."))
        if first and self._sized:  # newest first, as the server lists them
            self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
