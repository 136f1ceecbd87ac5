"""Accounting › Payment settings… (issue 18, for the money roles): how the club is paid —
its Bankgiro number, the invoices' due days, reminders (grace days, the reminder fee, late
interest at the reference rate + 8 percentage points, the second reminder), the sender
the invoices name and the card provider.

The settings are set as a whole (``payment_settings.set``), each change a new version,
offline too; Edit › Undo sets the settings shown before. Set from a stale view (someone
changed them meanwhile) is a conflict, shown under the form; a wrong Bankgiro or
organisation number next to its field.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.common.domain_text import domain_message
from desktop.common.layouts import hbox
from desktop.common.row_dialog import ERROR_STYLE, RowDialog, parsed_field
from desktop.common.widgets import push_button
from desktop.context import AppContext
from desktop.courses.dialogs import ore_field, ore_to_kronor
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import DbOp, OpContext
from desktop.operations.rows import RowCommands
from desktop.operations.undo import UndoStep
from models.ids import new_id
from models.payments import (
    DEFAULT_DUE_DAYS,
    DEFAULT_GRACE_DAYS,
    DEFAULT_SECOND_REMINDER_DAYS,
    CardProvider,
    bankgiro_text,
    payment_settings_of,
)

#: The settings' fields as the command takes them.
FIELDS = (
    "bankgiro",
    "due_days",
    "grace_days",
    "reminder_fee",
    "late_interest",
    "reference_rate",
    "second_reminder_days",
    "sender_name",
    "sender_address",
    "org_number",
    "card_provider",
)

#: The reference rate's refusal (the settings' other refusals are listed for translation with
#: every command's, in desktop/common/domain_text.py).
RATE_TEXT = QT_TRANSLATE_NOOP("Validation", "Write the rate in percent, such as 2,50")

COMMANDS = RowCommands(
    "payment_settings", "payment_settings.set", "payment_settings.set", "settings_id"
)


def load_whole(
    c: OpContext,
    settings_of: Callable[[Session, str], Any],
    defaults: dict[str, Any],
    fields: Callable[[Any], dict[str, Any]],
) -> dict[str, Any]:
    """The tenant's settings row (``settings_of``) as its form shows them: its
    ``settings_id``, ``version`` and ``fields(row)``; none yet: a new id, version 0 and
    the ``defaults``."""
    with c.read() as s:
        row = settings_of(s, c.actor.tenant_id)
        if row is None:
            return {"settings_id": new_id(), "version": 0, **defaults}
        return {"settings_id": row.id, "version": row.version} | fields(row)


def load_settings(c: OpContext) -> dict[str, Any]:
    """The tenant's payment settings as the form shows them (version 0: none yet)."""
    defaults = {
        "bankgiro": "",
        "due_days": DEFAULT_DUE_DAYS,
        "grace_days": DEFAULT_GRACE_DAYS,
        "reminder_fee": 0,
        "late_interest": False,
        "reference_rate": 0,
        "second_reminder_days": DEFAULT_SECOND_REMINDER_DAYS,
        "sender_name": "",
        "sender_address": "",
        "org_number": "",
        "card_provider": CardProvider.NONE.value,
    }
    return load_whole(
        c, payment_settings_of, defaults, lambda row: {f: getattr(row, f) for f in FIELDS}
    )


def percent_to_bp(text: str) -> int:
    """ "2,50" or "2.5" percent as basis points (250); empty: 0. Raises ValueError."""
    cleaned = text.strip().rstrip("%").strip().replace(",", ".")
    if not cleaned:
        return 0
    try:
        bp = Decimal(cleaned) * 100
    except InvalidOperation:
        raise ValueError(text) from None
    if bp != bp.to_integral_value():
        raise ValueError(text)
    return int(bp)


def bp_to_percent(bp: int) -> str:
    """Basis points as the percent a form shows: 250 -> "2,50", -50 -> "-0,50"."""
    sign = "-" if bp < 0 else ""
    whole, rest = divmod(abs(bp), 100)
    return f"{sign}{whole},{rest:02d}"


def _days(top: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, top)
    box.setSuffix(suffix)
    return box


def set_whole(
    command: str,
    table: str,
    row_id: str,
    args: dict[str, Any],
    before: dict[str, Any],
    label: str,
    *,
    undo_first: bool = True,
) -> Callable[[OpContext], UndoStep | None]:
    """The run that sets a versioned row as a whole (``command`` with ``args``, their
    ``expected_version`` the version seen) and returns the undo step that sets back
    ``before`` — none for the first version unless ``undo_first``. Shared by
    :class:`WholeSettingsDialog` and :class:`WholeSetForm`."""
    version = int(args["expected_version"])

    def run(c: OpContext) -> UndoStep | None:
        c.execute(c.command(command, args))
        if version == 0 and not undo_first:
            return None  # the first version: nothing to go back to
        back = {**args, **before, "expected_version": version + 1}
        return UndoStep(label=label, table=table, row_id=row_id, command=command, args=back)

    return run


class WholeSetForm:
    """A plain form (a QDialog with ``error`` under it, not a :class:`RowDialog`) that sets
    a versioned row as a whole (:func:`set_whole`): closed once set, its undo step pushed;
    a refusal or conflict shown in ``error``."""

    ctx: AppContext
    error: QLabel
    ok: QPushButton

    def save(self) -> None:
        raise NotImplementedError

    def form_parts(self, save: str, cancel: str) -> QHBoxLayout:
        """The ``error`` label under the form, and the row of its ``save`` button (``ok``,
        the default, waiting for the row to load) and ``cancel`` button."""
        assert isinstance(self, QDialog)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.ok = push_button(save, self.save)
        self.ok.setDefault(True)
        self.ok.setEnabled(False)
        return hbox(None, self.ok, push_button(cancel, self.reject))

    def set_whole(self, label: str, run: Callable[[OpContext], UndoStep | None]) -> None:
        assert isinstance(self, QDialog)
        DbOp(run, parent=self, label=label).success(self._set).failure(
            lambda exc: self.error.setText(domain_message(exc))
        ).run(self.ctx.ops)

    def _set(self, step: UndoStep | None) -> None:
        assert isinstance(self, QDialog)
        self.ctx.undo.push(step)
        self.accept()


class WholeSettingsDialog(RowDialog):
    """A tenant's settings row set as a whole by ``commands.create`` (``…_settings.set``):
    ``loaded`` (its ``settings_id``, ``version`` and fields) is set with the form's values
    and the version seen; the undo step sets back the ones shown before (:meth:`before`)."""

    #: The settings as loaded (None until they are).
    loaded: dict[str, Any] | None = None

    def load(self, load: Callable[[OpContext], dict[str, Any]], label: str) -> None:
        """Read the settings (``load``) and show them (:meth:`show_settings`); OK waits."""
        self.ok.setEnabled(False)
        DbOp(load, parent=self, label=label).success(self._loaded).run(self.ctx.ops)

    def _loaded(self, settings: dict[str, Any]) -> None:
        self.loaded = settings
        self.show_settings(settings)
        self.ok.setEnabled(True)

    def show_settings(self, settings: dict[str, Any]) -> None:
        """Fill the form with the settings as loaded."""
        raise NotImplementedError

    def before(self, loaded: dict[str, Any]) -> dict[str, Any]:
        """The arguments that set back ``loaded``."""
        raise NotImplementedError

    def undo_label(self) -> str:
        raise NotImplementedError

    def row_id(self) -> str:
        return str(self.loaded["settings_id"]) if self.loaded else ""

    def extra(self) -> dict[str, Any]:
        return {"expected_version": int(self.loaded["version"]) if self.loaded else 0}

    def submit(self, values: dict[str, Any]) -> None:
        """Set the settings as a whole; the undo step sets back the ones shown before."""
        loaded = self.loaded
        if loaded is None:
            return
        self.ok.setEnabled(False)
        args = {
            "settings_id": loaded["settings_id"],
            "expected_version": int(loaded["version"]),
            **values,
        }
        command, table = self.commands.create, self.commands.table
        run = set_whole(command, table, str(loaded["settings_id"]), args, self.before(loaded),
                        self.undo_label())  # fmt: skip
        DbOp(run, parent=self, label=table).success(self._saved).failure(self._failed).run(
            self.ctx.ops
        )


class PaymentSettingsDialog(WholeSettingsDialog):
    """The tenant's payment settings, edited and set as a whole (see the module)."""

    commands = COMMANDS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Payment settings"), None, parent)
        days = self.tr(" days")
        self.bankgiro = QLineEdit()
        self.bankgiro.setPlaceholderText(self.tr("NNN-NNNN or NNNN-NNNN"))
        self.due_days = _days(365, days)
        self.grace_days = _days(365, days)
        self.second_reminder_days = _days(365, days)
        self.reminder_fee = QLineEdit()
        self.reminder_fee.setPlaceholderText(self.tr("0: no fee; at most 60 kr by law"))
        self.late_interest = QCheckBox(self.tr("Charged: reference rate + 8 percentage points"))
        self.reference_rate = QLineEdit()
        self.reference_rate.setPlaceholderText(self.tr("Riksbanken's reference rate, e.g. 2,50"))
        self.sender_name = QLineEdit()
        self.sender_address = QPlainTextEdit()
        self.sender_address.setTabChangesFocus(True)
        self.sender_address.setFixedHeight(64)
        self.org_number = QLineEdit()
        self.org_number.setPlaceholderText(self.tr("NNNNNN-NNNN"))
        self.card_provider = QComboBox()
        self.card_provider.addItem(self.tr("None: invoices only"), CardProvider.NONE.value)
        self.card_provider.addItem(self.tr("Stripe (card)"), CardProvider.STRIPE.value)
        self.card_provider.addItem(self.tr("Swish"), CardProvider.SWISH.value)
        self.add_fields(
            ("bankgiro", self.tr("Bankgiro number:"), self.bankgiro),
            ("due_days", self.tr("Invoices due after:"), self.due_days),
            ("grace_days", self.tr("Grace before the first reminder:"), self.grace_days),
            ("second_reminder_days", self.tr("Second reminder after:"), self.second_reminder_days),
            ("reminder_fee", self.tr("Reminder fee (kr):"), self.reminder_fee),
            ("late_interest", self.tr("Late interest:"), self.late_interest),
            ("reference_rate", self.tr("Reference rate (%):"), self.reference_rate),
            ("sender_name", self.tr("Sender on invoices:"), self.sender_name),
            ("sender_address", self.tr("Sender's address:"), self.sender_address),
            ("org_number", self.tr("Organisation number:"), self.org_number),
            ("card_provider", self.tr("Card payments:"), self.card_provider),
        )
        self.finish_layout(
            self.tr(
                "A booking keeps the payment terms it was made under (due days, reminder fee, "
                "late interest): a change holds for new bookings. Invoices are sent only "
                "once a Bankgiro number is set."
            )
        )
        self.setMinimumWidth(640)
        self.load(load_settings, "payment settings")

    def show_settings(self, settings: dict[str, Any]) -> None:
        self.bankgiro.setText(bankgiro_text(settings["bankgiro"]) if settings["bankgiro"] else "")
        self.due_days.setValue(int(settings["due_days"]))
        self.grace_days.setValue(int(settings["grace_days"]))
        self.second_reminder_days.setValue(int(settings["second_reminder_days"]))
        self.reminder_fee.setText(ore_to_kronor(int(settings["reminder_fee"])))
        self.late_interest.setChecked(bool(settings["late_interest"]))
        self.reference_rate.setText(bp_to_percent(int(settings["reference_rate"])))
        self.sender_name.setText(settings["sender_name"])
        self.sender_address.setPlainText(settings["sender_address"])
        self.org_number.setText(settings["org_number"])
        self.card_provider.setCurrentIndex(
            max(0, self.card_provider.findData(settings["card_provider"]))
        )
        self.bankgiro.setFocus()

    def values(self) -> dict[str, Any]:
        fee = ore_field(self.reminder_fee.text(), "reminder_fee")
        rate = parsed_field(
            percent_to_bp,
            self.reference_rate.text(),
            "reference_rate",
            RATE_TEXT,
        )
        return {
            "bankgiro": self.bankgiro.text().strip(),
            "due_days": self.due_days.value(),
            "grace_days": self.grace_days.value(),
            "reminder_fee": fee,
            "late_interest": self.late_interest.isChecked(),
            "reference_rate": rate,
            "second_reminder_days": self.second_reminder_days.value(),
            "sender_name": self.sender_name.text().strip(),
            "sender_address": self.sender_address.toPlainText().strip(),
            "org_number": self.org_number.text().strip(),
            "card_provider": self.card_provider.currentData(),
        }

    def before(self, loaded: dict[str, Any]) -> dict[str, Any]:
        return {key: loaded[key] for key in FIELDS}

    def undo_label(self) -> str:
        return self.tr("change of the payment settings")
