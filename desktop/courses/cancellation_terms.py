"""A round's cancellation terms (issue 17; seed 003 step 6), from its page: until when a
cancellation gets everything back, until when everything less an administrative fee,
and whether what is returned becomes credit balance or money paid back.

The terms are set as a whole (``cancellation_policy.set``), each change a new version
(a booking keeps the terms it was made under), offline too; Edit › Undo sets the terms
shown before. Set from a stale view (someone changed them meanwhile) is a conflict,
shown under the form.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)
from sqlalchemy import select

from desktop.admin.payment_settings import WholeSetForm, set_whole
from desktop.common.domain_text import domain_message
from desktop.common.layouts import vbox
from desktop.common.values import iso_day
from desktop.context import AppContext
from desktop.courses.dialogs import ore_field, ore_to_kronor
from desktop.operations import DbOp, OpContext
from models.booking import CancellationPolicy
from models.errors import ValidationError
from models.ids import new_id
from models.pricing import RefundAs

#: The fields of the terms as the command takes them.
FIELDS = ("full_refund_until", "fee_refund_until", "admin_fee", "refund_as", "refunds")


def load_terms(c: OpContext, round_id: str) -> dict[str, Any]:
    """The round's terms as the form shows them (version 0: none yet)."""
    with c.read() as s:
        policy = s.scalars(
            select(CancellationPolicy).where(
                CancellationPolicy.round_id == round_id, CancellationPolicy.deleted_at.is_(None)
            )
        ).first()
        if policy is None:
            return {
                "policy_id": new_id(),
                "version": 0,
                "full_refund_until": None,
                "fee_refund_until": None,
                "admin_fee": 0,
                "refund_as": RefundAs.CREDIT.value,
                "refunds": True,
            }
        return {
            "policy_id": policy.id,
            "version": policy.version,
            "full_refund_until": _iso(policy.full_refund_until),
            "fee_refund_until": _iso(policy.fee_refund_until),
            "admin_fee": policy.admin_fee,
            "refund_as": policy.refund_as,
            "refunds": policy.refunds,
        }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


class CancellationTermsDialog(WholeSetForm, QDialog):
    """The round's terms, edited and set as a whole (see the module)."""

    def __init__(
        self, ctx: AppContext, round_id: str, round_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.round_id, self.round_name = ctx, round_id, round_name
        self.setWindowTitle(self.tr("Cancellation terms of %1").replace("%1", round_name))
        #: The terms as loaded (None until they are).
        self.shown: dict[str, Any] | None = None
        self.full_until = QLineEdit()
        self.fee_until = QLineEdit()
        for day in (self.full_until, self.fee_until):
            day.setPlaceholderText(self.tr("YYYY-MM-DD (empty: no such period)"))
        self.fee = QLineEdit()
        self.refund_as = QComboBox()
        self.refund_as.addItem(self.tr("Credit balance for later bookings"), RefundAs.CREDIT.value)
        self.refund_as.addItem(self.tr("Money paid back"), RefundAs.MONEY.value)
        self.refunds = QCheckBox(self.tr("A cancellation gets money back (else nothing)"))
        buttons = self.form_parts(self.tr("Save"), self.tr("Cancel"))
        form = QFormLayout()
        form.addRow(self.tr("Everything back until:"), self.full_until)
        form.addRow(self.tr("Back less the fee until:"), self.fee_until)
        form.addRow(self.tr("Administrative fee (kr):"), self.fee)
        form.addRow(self.tr("Returned as:"), self.refund_as)
        form.addRow("", self.refunds)
        note = QLabel(
            self.tr(
                "Shown to participants when they sign up. A booking keeps the terms it was "
                "made under: a change holds for new sign-ups."
            )
        )
        note.setWordWrap(True)
        vbox(self, form, self.error, note, buttons)
        self.setMinimumWidth(520)
        rid = round_id
        DbOp(lambda c: load_terms(c, rid), parent=self, label="cancellation terms").success(
            self._show
        ).run(ctx.ops)

    def _show(self, terms: dict[str, Any]) -> None:
        self.shown = terms
        self.full_until.setText(terms["full_refund_until"] or "")
        self.fee_until.setText(terms["fee_refund_until"] or "")
        self.fee.setText(ore_to_kronor(terms["admin_fee"]))
        self.refund_as.setCurrentIndex(max(0, self.refund_as.findData(terms["refund_as"])))
        self.refunds.setChecked(bool(terms["refunds"]))
        self.ok.setEnabled(True)
        self.full_until.setFocus()

    def values(self) -> dict[str, Any]:
        fee = ore_field(self.fee.text(), "admin_fee")
        return {
            "full_refund_until": iso_day(self.full_until.text(), "full_refund_until"),
            "fee_refund_until": iso_day(self.fee_until.text(), "fee_refund_until"),
            "admin_fee": fee,
            "refund_as": self.refund_as.currentData(),
            "refunds": self.refunds.isChecked(),
        }

    def save(self) -> None:
        shown = self.shown
        if shown is None:
            return
        try:
            values = self.values()
        except ValidationError as exc:
            self.error.setText(domain_message(exc))
            return
        args = {
            "policy_id": shown["policy_id"],
            "round_id": self.round_id,
            "expected_version": int(shown["version"]),
            **values,
        }
        before = {k: shown[k] for k in FIELDS}
        label = self.tr("change of the cancellation terms of %1").replace("%1", self.round_name)
        run = set_whole("cancellation_policy.set", "cancellation_policy",
                        str(shown["policy_id"]), args, before, label)  # fmt: skip
        self.set_whole("cancellation terms", run)
