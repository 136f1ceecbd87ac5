"""Administration › Retention… (administrators): how long the tenant keeps personal data it
no longer needs, and what the nightly runs removed (issue 23, :mod:`models.retention`).

The rules are set as a whole (``retention_settings.set``), each change a new version,
offline too; Edit › Undo sets the rules shown before. The server applies them every night
(:mod:`server.services.retention`) and records each run; the last runs are listed under
the form, with the count each rule removed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QSpinBox, QVBoxLayout, QWidget
from sqlalchemy import select

from desktop.admin.payment_settings import WholeSettingsDialog, load_whole
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP, code_text, format_datetime
from desktop.operations import OpContext
from desktop.operations.rows import RowCommands
from models.retention import (
    BOUNDS,
    DEFAULTS,
    RetentionRule,
    RetentionRun,
    retention_settings_of,
)

COMMANDS = RowCommands(
    "retention_settings", "retention_settings.set", "retention_settings.set", "settings_id"
)

#: How many of the last runs the window lists.
RUNS_SHOWN = 5

#: Each rule as a run's count names it.
RULE_TEXTS: dict[str, str] = {
    RetentionRule.DENIED_ALUMNI_MONTHS: QT_TRANSLATE_NOOP(
        "Retention", "denied alumni registrations"
    ),
    RetentionRule.MAIL_BODY_DAYS: QT_TRANSLATE_NOOP("Retention", "mail and SMS texts"),
    RetentionRule.EXPIRED_ACCESS_DAYS: QT_TRANSLATE_NOOP(
        "Retention", "expired links, sessions and codes"
    ),
    RetentionRule.AUDIT_YEARS: QT_TRANSLATE_NOOP("Retention", "audit events"),
}
rule_text = code_text("Retention", RULE_TEXTS)


def load_settings(c: OpContext) -> dict[str, Any]:
    """The tenant's retention rules as the form shows them (version 0: none set yet, the
    defaults), and its last runs, the latest first."""
    found = load_whole(
        c,
        retention_settings_of,
        {rule.value: DEFAULTS[rule] for rule in RetentionRule},
        lambda row: {rule.value: int(getattr(row, rule)) for rule in RetentionRule},
    )
    with c.read() as s:
        runs = s.execute(
            select(RetentionRun.ran_at, RetentionRun.removed)
            .where(RetentionRun.tenant_id == c.actor.tenant_id, RetentionRun.deleted_at.is_(None))
            .order_by(RetentionRun.ran_at.desc())
            .limit(RUNS_SHOWN)
        ).all()
    return found | {"runs": [(at, dict(removed)) for at, removed in runs]}


class RetentionDialog(WholeSettingsDialog):
    """The tenant's retention rules, edited and set as a whole, and the last runs."""

    commands = COMMANDS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Retention"), None, parent)
        self.boxes: dict[str, QSpinBox] = {}
        suffixes = {
            RetentionRule.DENIED_ALUMNI_MONTHS: self.tr(" months after the decision"),
            RetentionRule.MAIL_BODY_DAYS: self.tr(" days after sending"),
            RetentionRule.EXPIRED_ACCESS_DAYS: self.tr(" days after expiry"),
            RetentionRule.AUDIT_YEARS: self.tr(" years"),
        }
        labels = {
            RetentionRule.DENIED_ALUMNI_MONTHS: self.tr("Denied alumni registrations:"),
            RetentionRule.MAIL_BODY_DAYS: self.tr("Texts of mails and SMS sent:"),
            RetentionRule.EXPIRED_ACCESS_DAYS: self.tr("Expired links, sessions and codes:"),
            RetentionRule.AUDIT_YEARS: self.tr("Audit events:"),
        }
        for rule in RetentionRule:
            box = QSpinBox()
            box.setRange(*BOUNDS[rule])
            box.setSuffix(suffixes[rule])
            self.boxes[rule.value] = box
            self.add_field(rule.value, labels[rule], box)
        self.finish_layout(
            self.tr(
                "Kansli removes these every night, and lists here what each run removed. Kept "
                "regardless: signatures (as long as their order), invoices and payments (as "
                "bookkeeping law requires), consents with their withdrawals. See "
                "docs/PRIVACY.md."
            )
        )
        self.runs = QLabel()
        self.runs.setObjectName("retentionRuns")
        self.runs.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 1, self.runs)  # above the buttons
        self.setMinimumWidth(640)
        self.load(load_settings, "retention rules")

    def show_settings(self, settings: dict[str, Any]) -> None:
        for key, box in self.boxes.items():
            box.setValue(int(settings[key]))
        self.boxes[RetentionRule.DENIED_ALUMNI_MONTHS].setFocus()
        self.runs.setText(self.runs_text(settings["runs"]))

    def runs_text(self, runs: list[tuple[Any, dict[str, int]]]) -> str:
        if not runs:
            return self.tr("No run yet: the first runs tonight.")
        lines = [self.tr("Last runs:")]
        for at, removed in runs:
            counts = ", ".join(
                f"{rule_text(rule)} {int(removed.get(rule, 0))}" for rule in RetentionRule
            )
            lines.append(
                self.tr("%1 — removed: %2").replace("%1", format_datetime(at)).replace("%2", counts)
            )
        return "\n".join(lines)

    def values(self) -> dict[str, Any]:
        return {key: box.value() for key, box in self.boxes.items()}

    def before(self, loaded: dict[str, Any]) -> dict[str, Any]:
        return {rule.value: loaded[rule.value] for rule in RetentionRule}

    def undo_label(self) -> str:
        return self.tr("change of the retention rules")
