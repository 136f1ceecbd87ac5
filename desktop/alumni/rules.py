"""The rules editor: the institution's rules for automatic alumni approval (administrators).

Every save is an ``alumni.rule_set`` command, applied locally and queued, so
the editor works offline. There is no delete command: removing a rule makes
it inactive (it can be turned on again). Validation messages appear next to
the field they are about.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.alumni.operations import RuleRow, load_rules, rule_values, set_rule
from desktop.common.domain_text import domain_message
from desktop.common.layouts import close_buttons, hbox, vbox
from desktop.common.widgets import line_edit
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import Changes, DbOp
from models.alumni import AlumniRuleKind
from models.alumni_rules import format_credits
from models.commands.alumni import AlumniRuleSet
from models.errors import ValidationError
from models.ids import new_id

KINDS = {
    AlumniRuleKind.DEGREE_AWARDED: QT_TRANSLATE_NOOP("AlumniRules", "A degree has been awarded"),
    AlumniRuleKind.MIN_CREDITS: QT_TRANSLATE_NOOP("AlumniRules", "Credits at least"),
    AlumniRuleKind.PROGRAM_IN: QT_TRANSLATE_NOOP("AlumniRules", "Programme in a list"),
    AlumniRuleKind.GRADUATED_AFTER: QT_TRANSLATE_NOOP("AlumniRules", "Graduated after a year"),
}
ERROR_STYLE = "color: #b00020;"


def _t(source: str) -> str:
    return QCoreApplication.translate("AlumniRules", source)


def rule_summary(rule: RuleRow) -> str:
    """A rule in words: "At least 180 credits", "Graduated after 2010"."""
    p = rule.params
    if rule.kind == AlumniRuleKind.DEGREE_AWARDED:
        text = QCoreApplication.translate("AlumniRules", "A degree has been awarded")
    elif rule.kind == AlumniRuleKind.MIN_CREDITS:
        text = QCoreApplication.translate("AlumniRules", "At least %1 credits").replace(
            "%1", format_credits(float(p.get("min_credits") or 0))
        )
    elif rule.kind == AlumniRuleKind.PROGRAM_IN:
        text = QCoreApplication.translate("AlumniRules", "Programme is one of: %1").replace(
            "%1", ", ".join(p.get("programs") or [])
        )
    elif rule.kind == AlumniRuleKind.GRADUATED_AFTER:
        text = QCoreApplication.translate("AlumniRules", "Graduated after %1").replace(
            "%1", str(p.get("year") or "")
        )
    else:
        text = rule.kind
    if rule.description:
        text += f" — {rule.description}"
    marks = []
    if not rule.active:
        marks.append(QCoreApplication.translate("AlumniRules", "inactive"))
    if rule.pending:
        marks.append(QCoreApplication.translate("AlumniRules", "pending"))
    return text + (f" ({', '.join(marks)})" if marks else "")


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class RulesDialog(QDialog):
    """List, add, edit and remove (deactivate) the tenant's alumni rules."""

    #: A rule was saved (queued): its id.
    saved = Signal(str)
    #: The list of rules was (re)loaded.
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rules: list[RuleRow] = []
        self.editing: RuleRow | None = None
        self.can_edit = AlumniRuleSet.may_run(ctx.actor.roles)
        self.setWindowTitle(self.tr("Rules for automatic alumni approval"))
        self.setObjectName("alumniRules")
        intro = QLabel(
            self.tr(
                "A registration that matches no existing person is approved automatically when "
                "every active rule holds on one of the alumnus' student records. The others go "
                "to the manual queue."
            )
        )
        intro.setWordWrap(True)
        self.read_only = QLabel(self.tr("Only administrators can change the rules."))
        self.read_only.setStyleSheet("color: #7a4d00;")
        self.read_only.setVisible(not self.can_edit)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Rules"))
        self.list.currentRowChanged.connect(self._chosen)
        self.add_button = QPushButton(self.tr("&Add rule"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setToolTip(
            self.tr("The rule stops applying; it is kept as inactive and can be turned on again")
        )
        self.add_button.clicked.connect(self.new_rule)
        self.remove_button.clicked.connect(self.remove_current)
        left = vbox(None, (self.list, 1), hbox(self.add_button, self.remove_button, None))

        # -- the form ------------------------------------------------------------------
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of rule"))
        for kind, title in KINDS.items():
            self.kind.addItem(_t(title), str(kind))
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.credits = line_edit(self.tr("Minimum credits"), self.tr("for example 180"))
        self.credits_error = _error_label()
        self.programs = QPlainTextEdit()
        self.programs.setAccessibleName(self.tr("Programmes"))
        self.programs.setPlaceholderText(self.tr("One programme code or name per line"))
        self.programs.setFixedHeight(90)
        self.programs_error = _error_label()
        self.year = line_edit(self.tr("Year"), self.tr("for example 2010"))
        self.year_error = _error_label()
        self.description = line_edit(self.tr("Description"))
        self.description.setMaxLength(300)
        self.position = QSpinBox()
        self.position.setRange(0, 999)
        self.position.setAccessibleName(self.tr("Order"))
        self.active = QCheckBox(self.tr("Active"))
        self.form_error = _error_label()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Kind:"), self.kind)
        self.credits_row = self._field(self.credits, self.credits_error)
        self.programs_row = self._field(self.programs, self.programs_error)
        self.year_row = self._field(self.year, self.year_error)
        form.addRow(self.tr("Credits:"), self.credits_row)
        form.addRow(self.tr("Programmes:"), self.programs_row)
        form.addRow(self.tr("After year:"), self.year_row)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Order:"), self.position)
        form.addRow("", self.active)
        self.form = form
        self.save_button = QPushButton(self.tr("&Save rule"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.form_title = QLabel()
        self.form_title.setStyleSheet("font-weight: 600;")
        right = vbox(
            None,
            self.form_title,
            form,
            self.form_error,
            hbox(None, self.save_button),
            self.status,
            None,
        )
        body = hbox((left, 1), (right, 1))
        vbox(self, intro, self.read_only, (body, 1), close_buttons(self))
        for w in (
            self.kind,
            self.credits,
            self.programs,
            self.year,
            self.description,
            self.position,
            self.active,
            self.save_button,
            self.add_button,
            self.remove_button,
        ):
            w.setEnabled(self.can_edit)
        for edit in (self.credits, self.year):
            edit.textEdited.connect(lambda _t: self._clear_errors())
        self.programs.textChanged.connect(self._clear_errors)
        ctx.ops.changed.connect(self._on_changes)
        self.resize(860, 460)
        self.new_rule()
        self.reload()

    @staticmethod
    def _field(editor: QWidget, error: QLabel) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(editor)
        v.addWidget(error)
        return box

    # -- loading ----------------------------------------------------------------------

    def reload(self) -> None:
        DbOp(load_rules, parent=self, label="alumni.rules").success(self._loaded).run(self.ctx.ops)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("alumni_rule") or not changes.tables:
            self.reload()

    def _loaded(self, rules: list[RuleRow]) -> None:
        current = self.editing.id if self.editing else None
        self.rules = rules
        self.list.blockSignals(True)
        self.list.clear()
        for rule in rules:
            item = QListWidgetItem(rule_summary(rule))
            item.setData(Qt.ItemDataRole.UserRole, rule.id)
            if not rule.active:
                item.setForeground(
                    QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
                )
            self.list.addItem(item)
        self.list.blockSignals(False)
        if not rules:
            placeholder = QListWidgetItem(
                self.tr("No rules yet: nothing is approved automatically by rules.")
            )
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(placeholder)
        row = next((i for i, r in enumerate(rules) if r.id == current), -1)
        if row >= 0:
            self.list.setCurrentRow(row)
        self.remove_button.setEnabled(self.can_edit and self.editing is not None)
        self.loaded.emit()

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self.rules):
            self.edit_rule(self.rules[row])

    # -- the form ------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        # Only the parameter the kind of rule needs is shown.
        for row, wanted in (
            (self.credits_row, AlumniRuleKind.MIN_CREDITS),
            (self.programs_row, AlumniRuleKind.PROGRAM_IN),
            (self.year_row, AlumniRuleKind.GRADUATED_AFTER),
        ):
            self.form.setRowVisible(row, kind == wanted)
            row.setEnabled(self.can_edit and kind == wanted)
        self._clear_errors()

    def new_rule(self) -> None:
        """Empty the form for a new rule."""
        self.editing = None
        self.list.clearSelection()
        self.form_title.setText(self.tr("New rule"))
        self.kind.setCurrentIndex(0)
        for edit in (self.credits, self.year, self.description):
            edit.clear()
        self.programs.clear()
        self.position.setValue(max((r.position for r in self.rules), default=-1) + 1)
        self.active.setChecked(True)
        self.remove_button.setEnabled(False)
        self._kind_changed()
        self.kind.setFocus()

    def edit_rule(self, rule: RuleRow) -> None:
        self.editing = rule
        self.form_title.setText(self.tr("Edit rule"))
        self.kind.setCurrentIndex(max(0, self.kind.findData(rule.kind)))
        credits = rule.params.get("min_credits")
        self.credits.setText(format_credits(float(credits)) if credits is not None else "")
        self.programs.setPlainText("\n".join(rule.params.get("programs") or []))
        year = rule.params.get("year")
        self.year.setText(str(year) if year is not None else "")
        self.description.setText(rule.description)
        self.position.setValue(rule.position)
        self.active.setChecked(rule.active)
        self.remove_button.setEnabled(self.can_edit and rule.active)
        self._kind_changed()

    def _clear_errors(self) -> None:
        for label in (self.credits_error, self.programs_error, self.year_error, self.form_error):
            label.hide()

    def _error(self, label: QLabel, message: str) -> None:
        label.setText(message)
        label.show()

    def form_args(self) -> dict[str, Any] | None:
        """The command's arguments from the form, or None with messages next to the fields."""
        self._clear_errors()
        kind = AlumniRuleKind(self.kind.currentData())
        params: dict[str, Any] = {}
        ok = True
        if kind == AlumniRuleKind.MIN_CREDITS:
            raw = self.credits.text().strip().replace(",", ".").replace(" ", "")
            try:
                value = float(raw)
            except ValueError:
                value = math.nan
            if not raw or not math.isfinite(value) or value < 0 or value > 1000:
                self._error(
                    self.credits_error,
                    self.tr("Credits must be a number from 0 to 1000, for example 180."),
                )
                ok = False
            else:
                params["min_credits"] = value
        elif kind == AlumniRuleKind.PROGRAM_IN:
            programs = [p.strip() for p in self.programs.toPlainText().splitlines() if p.strip()]
            if not programs:
                self._error(self.programs_error, self.tr("Give at least one programme."))
                ok = False
            else:
                params["programs"] = list(dict.fromkeys(programs))
        elif kind == AlumniRuleKind.GRADUATED_AFTER:
            raw = self.year.text().strip()
            last = date.today().year + 1
            if not raw.isdigit() or not 1900 <= int(raw) <= last:
                self._error(
                    self.year_error,
                    self.tr("The year must be a whole year from 1900 to %1.").replace(
                        "%1", str(last)
                    ),
                )
                ok = False
            else:
                params["year"] = int(raw)
        if not ok:
            return None
        return {
            "rule_id": self.editing.id if self.editing else new_id(),
            "kind": str(kind),
            "params": params,
            "position": self.position.value(),
            "active": self.active.isChecked(),
            "description": self.description.text().strip(),
        }

    def save(self) -> None:
        if not self.can_edit:
            return
        args = self.form_args()
        if args is None:
            return
        self._set(str(args.pop("rule_id")), args, self.editing)

    def _set(self, rule_id: str, values: dict[str, Any], shown: RuleRow | None) -> None:
        """Queue the fields changed from what the form showed (``shown``; None: a new rule)."""
        set_rule(parent=self, rule_id=rule_id, values=values, shown=shown).success(
            lambda saved_id: self._saved(saved_id, values, shown)
        ).failure(self._refused).run(self.ctx.ops)

    def _saved(self, rule_id: str, values: dict[str, Any], shown: RuleRow | None) -> None:
        self.status.setText(
            self.tr("Saved. The change is sent to the server with the next sync.")
            if self.ctx.has_server
            else self.tr("Saved in the local database.")
        )
        # What the form shows now, until the list reloads: the next save compares with it.
        known = rule_values(shown) if shown is not None else {}
        merged = {**known, **values}
        self.editing = RuleRow(
            rule_id,
            str(merged.get("kind", "")),
            dict(merged.get("params") or {}),
            int(merged.get("position", 0)),
            bool(merged.get("active", True)),
            str(merged.get("description", "")),
            True,
        )
        self.saved.emit(rule_id)

    def _refused(self, exc: Exception) -> None:
        message = domain_message(exc)
        field = exc.field if isinstance(exc, ValidationError) else None
        target = {
            "args.params.min_credits": self.credits_error,
            "args.params.programs": self.programs_error,
            "args.params.year": self.year_error,
        }.get(field or "", self.form_error)
        self._error(target, message)

    def remove_current(self) -> None:
        rule = self.editing
        if rule is None or not self.can_edit:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove rule"),
            self.tr(
                "Remove “%1”? It stops applying to new registrations; it is kept as inactive "
                "and can be turned on again."
            ).replace("%1", rule_summary(rule)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Remove"))
        box.accepted.connect(lambda: self.deactivate(rule))
        box.open()
        self.confirm = box

    def deactivate(self, rule: RuleRow) -> None:
        """Removal: the same rule, inactive (only ``active`` is sent, with its old value)."""
        self._set(rule.id, {"active": False}, rule)
