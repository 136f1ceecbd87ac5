"""Activity grants › Rule sets…: a club's own grant rule sets (issue 19;
``grant_rule_set.*``, :class:`models.grants.GrantRuleSetRow`): New…, Edit… and Archive,
offline and undoable like the other settings lists. A new rule set may start as a copy of
LOK-stöd or a shipped municipal example."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget
from sqlalchemy import select

from desktop.common.rows_model import Column
from desktop.common.rows_window import ListedRowDialog, RowsEditWindow, WindowTexts
from desktop.common.values import Record, iso_day
from desktop.common.widgets import choice_box
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import OpContext
from desktop.operations.rows import RowCommands
from models.grants import LOK_STOD, MUNICIPAL_EXAMPLES, GrantRuleSetRow, PerDay, RuleSet

C = "GrantRules"
COMMANDS = RowCommands.of("grant_rule_set")
#: The coded rule sets a new one may start from.
SHIPPED: tuple[RuleSet, ...] = (LOK_STOD, *MUNICIPAL_EXAMPLES)
PER_DAY = {
    PerDay.SPORT: QT_TRANSLATE_NOOP("GrantRules", "Once per sport and day"),
    PerDay.DAY: QT_TRANSLATE_NOOP("GrantRules", "Once per day"),
    PerDay.SESSION: QT_TRANSLATE_NOOP("GrantRules", "In every session"),
}
#: The numbers of a rule set: key and label (the form's order).
NUMBERS = (
    ("min_age", QT_TRANSLATE_NOOP("GrantRules", "Turns at least:")),
    ("max_age", QT_TRANSLATE_NOOP("GrantRules", "Turns at most:")),
    ("min_participants", QT_TRANSLATE_NOOP("GrantRules", "Participants at least:")),
    ("max_participants", QT_TRANSLATE_NOOP("GrantRules", "Participants counted at most:")),
    ("min_minutes", QT_TRANSLATE_NOOP("GrantRules", "Minutes at least:")),
    ("leader_min_age", QT_TRANSLATE_NOOP("GrantRules", "Leader turns at least:")),
)
FIELDS = ("name", *(k for k, _ in NUMBERS), "per_day", "valid_from")


def load_rule_sets(c: OpContext, *, archived: bool = False) -> list[Record]:
    """The club's rule sets (the archived ones too with ``archived``)."""
    query = select(GrantRuleSetRow).where(GrantRuleSetRow.tenant_id == c.actor.tenant_id)
    if not archived:
        query = query.where(GrantRuleSetRow.deleted_at.is_(None))
    with c.read() as s:
        rows = list(s.scalars(query))
    return [
        {
            **{k: getattr(r, k) for k in FIELDS},
            "valid_from": r.valid_from.isoformat() if r.valid_from else None,
            "id": r.id,
            "archived": r.deleted_at is not None,
        }
        for r in rows
    ]


def live_rule_sets(c: OpContext) -> list[RuleSet]:
    """The club's live rule sets as :class:`RuleSet`, by name."""
    query = select(GrantRuleSetRow).where(
        GrantRuleSetRow.tenant_id == c.actor.tenant_id, GrantRuleSetRow.deleted_at.is_(None)
    )
    with c.read() as s:
        return sorted((r.rules() for r in s.scalars(query)), key=lambda r: r.name.casefold())


def _tr(source: str) -> str:
    return QCoreApplication.translate(C, source)


class GrantRuleSetDialog(ListedRowDialog):
    """New or edit a rule set: its name and numbers; a new one starts from a shipped one."""

    commands = COMMANDS
    edited = FIELDS
    titles = (
        QT_TRANSLATE_NOOP("GrantRuleSetDialog", "New grant rule set"),
        QT_TRANSLATE_NOOP("GrantRuleSetDialog", "Edit grant rule set"),
    )

    def build(self, row: Record | None) -> QWidget:
        self.start: QComboBox | None = None
        if row is None:
            self.start = self.add_field("start", self.tr("Start from:"), QComboBox())
            for rules in SHIPPED:
                self.start.addItem(rules.name, rules.key)
        self.name = self.add_text("name", self.tr("Name:"))
        self.numbers: dict[str, QSpinBox] = {}
        for key, label in NUMBERS:
            spin = QSpinBox()
            spin.setRange(0, 1000)
            if key == "max_participants":
                spin.setSpecialValueText(self.tr("No limit"))
            self.numbers[key] = self.add_field(key, _tr(label), spin)
        self.per_day = self.add_field(
            "per_day", self.tr("A participant counts:"), choice_box(C, PER_DAY)
        )
        self.valid_from = self.add_text(
            "valid_from", self.tr("Valid from:"), self.tr("YYYY-MM-DD (empty: always)")
        )
        if row is None:
            assert self.start is not None
            self.start.currentIndexChanged.connect(self.copy_shipped)
            self.copy_shipped()
        else:
            self.show_values(row)
        self.finish_layout(
            self.tr(
                "Ages are the age a participant turns that year. Participants are counted "
                "besides the leader. Reports already made keep their numbers."
            )
        )
        return self.name

    def copy_shipped(self) -> None:
        """Fill the form with the chosen shipped rule set's numbers (a new rule set)."""
        assert self.start is not None
        rules = SHIPPED[self.start.currentIndex()]
        values: dict[str, Any] = asdict(rules)
        values["name"] = self.tr("%1 (own)").replace("%1", rules.name)
        values["valid_from"] = None
        self.show_values(values)

    def show_values(self, values: Record) -> None:
        self.name.setText(str(values["name"] or ""))
        for key, spin in self.numbers.items():
            spin.setValue(int(values[key] or 0))
        self.per_day.setCurrentIndex(max(0, self.per_day.findData(PerDay(values["per_day"]))))
        self.valid_from.setText(str(values["valid_from"] or ""))

    def values(self) -> dict[str, Any]:
        numbers: dict[str, Any] = {k: s.value() for k, s in self.numbers.items()}
        numbers["max_participants"] = numbers["max_participants"] or None
        return {
            "name": self.name.text().strip(),
            **numbers,
            "per_day": str(self.per_day.currentData()),
            "valid_from": iso_day(self.valid_from.text(), "valid_from"),
        }


TEXTS = WindowTexts(
    title=QT_TRANSLATE_NOOP("GrantRuleSetsWindow", "Grant rule sets"),
    empty=QT_TRANSLATE_NOOP(
        "GrantRuleSetsWindow",
        "No rule sets of the club's own. New… adds one, starting from LOK-stöd or an example.",
    ),
    hint=QT_TRANSLATE_NOOP(
        "GrantRuleSetsWindow",
        "Your municipality's activity grant rules; the grant report counts with them.",
    ),
    archive_tip=QT_TRANSLATE_NOOP(
        "GrantRuleSetsWindow", "The grant report no longer offers it; reports made keep it"
    ),
)


def _per_day(value: Any, _row: Record) -> str:
    return _tr(PER_DAY[PerDay(value)])


def _ages(_value: Any, row: Record) -> str:
    return f"{row['min_age']}–{row['max_age']}"


class GrantRuleSetsWindow(RowsEditWindow):
    """Activity grants › Rule sets…"""

    texts, dialog = TEXTS, GrantRuleSetDialog
    columns = (
        Column("name", QT_TRANSLATE_NOOP("GrantRules", "Name"), C),
        Column("ages", QT_TRANSLATE_NOOP("GrantRules", "Ages"), C, format=_ages),
        Column("min_participants", QT_TRANSLATE_NOOP("GrantRules", "Participants"), C),
        Column("min_minutes", QT_TRANSLATE_NOOP("GrantRules", "Minutes"), C),
        Column("leader_min_age", QT_TRANSLATE_NOOP("GrantRules", "Leader's age"), C),
        Column("per_day", QT_TRANSLATE_NOOP("GrantRules", "Counts"), C, format=_per_day),
    )
    list_name, widths, window_size = "grant_rule_sets", (240, 70, 90, 70, 90), (760, 420)

    load = staticmethod(load_rule_sets)

    def prepare(self, rows: list[Record]) -> list[Record]:
        rows = sorted(rows, key=lambda r: str(r["name"]).casefold())
        for row in rows:
            row["ages"] = ""
        self.mark_archived(rows, "name")
        return rows
