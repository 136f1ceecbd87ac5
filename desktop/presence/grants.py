"""Reports › Activity grants (LOK-stöd)…: what a grant period's attendance is worth (issue 19).

Choose the rule set (LOK-stöd, one of the two municipal examples of :mod:`models.grants`,
or one of the club's own, kept with Rule sets… in :mod:`desktop.presence.grant_rules`) and
the period (Jan–Jun or Jul–Dec of a year); the window counts
the period on the local database (:func:`models.grants.grant_sessions`,
:func:`~models.grants.grant_periods`) and shows:

* per group (a course's round): its counted activities and participant occasions, and
  how many of its sessions do not count;
* the check report: every session that does not count and why, in words, so a club can
  fix an attendance list before it reports;
* export (XLSX or CSV, :func:`desktop.export.write`) of the counted activities, a row per
  participant occasion with what a report to IdrottOnline asks for (docs/lok-export.md:
  there is no public IdrottOnline import format, so the file is for copying or a
  conversion), and print.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from desktop import export
from desktop.common.layouts import hbox
from desktop.common.model_export import ask_export_path
from desktop.common.palette import HINT_STYLE
from desktop.common.rows_model import Column, RowsModel
from desktop.common.saved_file import tell_not_saved, tell_saved
from desktop.common.values import Record
from desktop.common.widgets import push_button, wrapped_label
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP, format_date
from desktop.operations import DbOp, OpContext
from desktop.presence.grant_rules import GrantRuleSetsWindow, live_rule_sets
from desktop.printing.output import preview
from desktop.printing.sheet import SheetSpec, table_spec
from desktop.settings import PRINT_ORGANISATION_NAME
from models.courses import Course, CourseRound, RoundSession
from models.grants import (
    ISSUE_TEXTS,
    LOK_STOD,
    MUNICIPAL_EXAMPLES,
    Issue,
    PeriodReport,
    RuleSet,
    birth_year,
    grant_periods,
    grant_sessions,
)
from models.people import Person
from models.sessions import clock_text
from sync.changes import Changes

CONTEXT = "Grants"
#: The coded rule sets to choose, the first shown first (the club's own follow them).
RULE_SETS: tuple[RuleSet, ...] = (LOK_STOD, *MUNICIPAL_EXAMPLES)


def _number(key: str, title: str) -> Column:
    return Column(key, title, CONTEXT, align_right=True)


GROUP_COLUMNS = (
    Column("group", QT_TRANSLATE_NOOP("Grants", "Group"), CONTEXT),
    Column("sport", QT_TRANSLATE_NOOP("Grants", "Activity"), CONTEXT),
    _number("activities", QT_TRANSLATE_NOOP("Grants", "Counted activities")),
    _number("occasions", QT_TRANSLATE_NOOP("Grants", "Participant occasions")),
    _number("not_counted", QT_TRANSLATE_NOOP("Grants", "Sessions not counted")),
)
CHECK_COLUMNS = (
    Column("day", QT_TRANSLATE_NOOP("Grants", "Date"), CONTEXT),
    Column("time", QT_TRANSLATE_NOOP("Grants", "Time"), CONTEXT),
    Column("group", QT_TRANSLATE_NOOP("Grants", "Group"), CONTEXT),
    Column("why", QT_TRANSLATE_NOOP("Grants", "Why it does not count"), CONTEXT),
)
#: The export's columns (docs/lok-export.md): a row per participant occasion.
EXPORT_HEADERS = (
    QT_TRANSLATE_NOOP("Grants", "Activity id"),
    QT_TRANSLATE_NOOP("Grants", "Date"),
    QT_TRANSLATE_NOOP("Grants", "Start time"),
    QT_TRANSLATE_NOOP("Grants", "Minutes"),
    QT_TRANSLATE_NOOP("Grants", "Activity"),
    QT_TRANSLATE_NOOP("Grants", "Group"),
    QT_TRANSLATE_NOOP("Grants", "Leader"),
    QT_TRANSLATE_NOOP("Grants", "Leader's birth year"),
    QT_TRANSLATE_NOOP("Grants", "Participant"),
    QT_TRANSLATE_NOOP("Grants", "Birth year"),
    QT_TRANSLATE_NOOP("Grants", "Sex"),
)
SEXES = {
    "female": QT_TRANSLATE_NOOP("Grants", "Female"),
    "male": QT_TRANSLATE_NOOP("Grants", "Male"),
}
HALVES = (
    QT_TRANSLATE_NOOP("Grants", "January–June"),
    QT_TRANSLATE_NOOP("Grants", "July–December"),
)


def _t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def issue_text(issue: Issue) -> str:
    """A check report's reason in the user's language, its values filled in."""
    return QCoreApplication.translate("Presence", ISSUE_TEXTS[issue.code]).format(**issue.values)


def sex_of(personnummer: str | None) -> str:
    """The legal sex a (12-digit) personnummer tells: its second-to-last digit is odd for
    a man, even for a woman; "" when not known."""
    if personnummer and len(personnummer) == 12 and personnummer[10].isdigit():
        return "male" if int(personnummer[10]) % 2 else "female"
    return ""


def period_days(year: int, half: int) -> tuple[date, date]:
    """The first and last day of a grant period (``half`` 1: Jan–Jun, 2: Jul–Dec)."""
    return (
        (date(year, 1, 1), date(year, 6, 30))
        if half == 1
        else (date(year, 7, 1), date(year, 12, 31))
    )


@dataclass(frozen=True)
class SessionInfo:
    """What the report shows of a session besides what the grant counts."""

    round_id: str
    group: str
    day: date
    start_minute: int | None
    end_minute: int | None
    leader: str


@dataclass
class GrantReport:
    """A period's count under a rule set, with what the window and the export show."""

    rules: RuleSet
    period: PeriodReport
    groups: list[Record] = field(default_factory=list)
    checks: list[Record] = field(default_factory=list)
    #: The export's rows (:data:`EXPORT_HEADERS`), a row per participant occasion.
    export_rows: list[list[object]] = field(default_factory=list)


def load_grant_report(ctx: OpContext, rules: RuleSet, year: int, half: int) -> GrantReport:
    """Count ``year``'s ``half`` under ``rules`` on the local database."""
    start, end = period_days(year, half)
    tenant_id = ctx.actor.tenant_id
    with ctx.read() as s:
        sessions = grant_sessions(s, tenant_id, start, end)
        periods = grant_periods(sessions, rules)
        period = next(
            (p for p in periods if (p.year, p.half) == (year, half)), PeriodReport(year, half)
        )
        leader = aliased(Person)
        info = {
            sid: SessionInfo(rid, f"{course} · {round_name}", day, first, last, lead or "")
            for sid, rid, course, round_name, day, first, last, lead in s.execute(
                select(
                    RoundSession.id,
                    CourseRound.id,
                    Course.name,
                    CourseRound.name,
                    RoundSession.day,
                    RoundSession.start_minute,
                    RoundSession.end_minute,
                    func.trim(leader.first_name + " " + leader.last_name),
                )
                .join(CourseRound, CourseRound.id == RoundSession.round_id)
                .join(Course, Course.id == CourseRound.course_id)
                .outerjoin(
                    leader, leader.id == func.coalesce(RoundSession.leader_id, Course.leader_id)
                )
                .where(
                    RoundSession.tenant_id == tenant_id,
                    RoundSession.deleted_at.is_(None),
                    RoundSession.day.between(start, end),
                )
            )
        }
        counted_ids = sorted({p for _sid, persons in period.counted for p in persons})
        people: dict[str, tuple[str, int | None, str]] = {}
        for i in range(0, len(counted_ids), 500):
            for pid, first_name, last_name, born, pnr in s.execute(
                select(
                    Person.id,
                    Person.first_name,
                    Person.last_name,
                    Person.birth_date,
                    Person.personnummer,
                ).where(Person.id.in_(counted_ids[i : i + 500]))
            ):
                people[pid] = (
                    f"{first_name} {last_name}".strip(),
                    birth_year(born, pnr),
                    sex_of(pnr),
                )
    by_id = {g.id: g for g in sessions}
    groups: dict[str, Record] = {}

    def group_of(sid: str) -> Record:
        si = info[sid]
        return groups.setdefault(
            si.round_id,
            {
                "id": si.round_id,
                "group": si.group,
                "sport": by_id[sid].sport,
                "activities": 0,
                "occasions": 0,
                "not_counted": 0,
            },
        )

    export_rows: list[list[object]] = []
    for sid, persons in period.counted:
        g = group_of(sid)
        g["activities"] += 1
        g["occasions"] += len(persons)
        si, gs = info[sid], by_id[sid]
        for pid in persons:
            name, born_in, sex = people.get(pid, ("", None, ""))
            export_rows.append(
                [
                    sid, si.day, clock_text(si.start_minute), gs.minutes, gs.sport, si.group,
                    si.leader, gs.leader_birth_year, name, born_in, _t(SEXES[sex]) if sex else "",
                ]
            )  # fmt: skip
    checks: list[Record] = []
    for check in period.checks:
        group_of(check.session_id)["not_counted"] += 1
        si = info[check.session_id]
        span = "–".join(x for x in (clock_text(si.start_minute), clock_text(si.end_minute)) if x)
        checks.append(
            {
                "id": check.session_id,
                "day": format_date(check.day),
                "time": span,
                "group": si.group,
                "why": "; ".join(issue_text(i) for i in check.issues),
            }
        )
    ordered = sorted(groups.values(), key=lambda g: str(g["group"]).casefold())
    return GrantReport(rules, period, ordered, checks, export_rows)


def file_key(rules: RuleSet) -> str:
    """What an export's file and sheet are named by: a coded rule set's key, "grant" for a
    club's own (its key is a row id)."""
    return rules.key if rules in RULE_SETS else "grant"


def write_export(report: GrantReport, path: Path) -> int:
    """Write the counted activities (a row per participant occasion) as XLSX or CSV."""
    headers = [_t(h) for h in EXPORT_HEADERS]
    return export.write(path, headers, report.export_rows, sheet_title=file_key(report.rules))


class GrantsWindow(QWidget):
    """The activity grant report of a period (one window per main window)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.report: GrantReport | None = None
        self.last_dialog: QWidget | None = None
        self.rules_window: GrantRuleSetsWindow | None = None
        #: The rule sets the choice lists: :data:`RULE_SETS` and the club's own.
        self.rule_sets: list[RuleSet] = list(RULE_SETS)
        self.setWindowTitle(self.tr("Activity grants (LOK-stöd)"))
        self.rules_choice = QComboBox()
        self.rules_choice.setMinimumContentsLength(24)
        for rules in RULE_SETS:
            self.rules_choice.addItem(rules.name, rules.key)
        self.rules_choice.setAccessibleName(self.tr("Rules"))
        today = date.today()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year.setAccessibleName(self.tr("Year"))
        self.half = QComboBox()
        for n, title in enumerate(HALVES, start=1):
            self.half.addItem(_t(title), n)
        self.half.setCurrentIndex(0 if today.month <= 6 else 1)
        self.half.setAccessibleName(self.tr("Period"))
        rules_label = QLabel(self.tr("&Rules:"))
        rules_label.setBuddy(self.rules_choice)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.year)
        self.summary = wrapped_label(style="font-size: 12pt; font-weight: 600;")
        self.rules_text = wrapped_label()
        self.help = wrapped_label(
            self.tr(
                "Counts the attendance recorded at the sessions of the period. Export writes "
                "the counted activities, a row per participant, with what a report to "
                "IdrottOnline asks for. IdrottOnline publishes no import format, so the file "
                "is for copying or converting (its columns: docs/lok-export.md)."
            ),
            HINT_STYLE,
        )
        self.groups = RowsModel(GROUP_COLUMNS, self)
        self.checks = RowsModel(CHECK_COLUMNS, self)
        self.group_table, self.check_table = QTableView(), QTableView()
        for view, model in ((self.group_table, self.groups), (self.check_table, self.checks)):
            view.setModel(model)
            view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
            view.horizontalHeader().setStretchLastSection(True)
            view.verticalHeader().hide()
        self.group_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.check_table.setColumnWidth(2, 260)
        self.sections = QTabWidget()
        self.sections.addTab(self.group_table, self.tr("Per group"))
        self.sections.addTab(self.check_table, self.tr("Check report"))
        self.export_button = push_button(
            self.tr("Export…"),
            self.ask_export,
            self.tr("The counted activities as Excel or CSV, a row per participant occasion"),
        )
        self.print_button = push_button(self.tr("Print…"), self.print_report)
        self.rules_button = push_button(
            self.tr("Rule sets…"),
            self.show_rule_sets,
            self.tr("The club's own grant rules, such as its municipality's"),
        )
        period = (self.year, self.half, None)
        layout = QVBoxLayout(self)
        layout.addLayout(
            hbox(rules_label, self.rules_choice, self.rules_button, period_label, *period)
        )
        layout.addWidget(self.summary)
        layout.addWidget(self.rules_text)
        layout.addWidget(self.sections, 1)
        layout.addWidget(self.help)
        layout.addLayout(hbox(None, self.print_button, self.export_button))
        self.rules_choice.currentIndexChanged.connect(self.reload)
        self.year.valueChanged.connect(self.reload)
        self.half.currentIndexChanged.connect(self.reload)
        ctx.ops.changed.connect(self._on_changes)
        self.resize(980, 620)
        self.reload_rule_sets()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("grant_rule_set"):
            self.reload_rule_sets()

    def reload_rule_sets(self) -> None:
        """List the coded rule sets and the club's own (the choice kept), then count."""
        DbOp(live_rule_sets, parent=self, label="grant rule sets").success(
            self._show_rule_sets
        ).run(self.ctx.ops)

    def _show_rule_sets(self, own: list[RuleSet]) -> None:
        key = self.rules_choice.currentData()
        self.rule_sets = [*RULE_SETS, *own]
        with QSignalBlocker(self.rules_choice):
            self.rules_choice.clear()
            for rules in self.rule_sets:
                self.rules_choice.addItem(rules.name, rules.key)
            self.rules_choice.setCurrentIndex(max(0, self.rules_choice.findData(key)))
        self.reload()

    def show_rule_sets(self) -> GrantRuleSetsWindow:
        """The club's own rule sets (one window, raised when open already)."""
        if self.rules_window is None:
            self.rules_window = GrantRuleSetsWindow(self.ctx, self)
        self.rules_window.show()
        self.rules_window.raise_()
        return self.rules_window

    def chosen(self) -> tuple[RuleSet, int, int]:
        return (
            self.rule_sets[self.rules_choice.currentIndex()],
            self.year.value(),
            self.half.currentData(),
        )

    def reload(self) -> None:
        asked = self.chosen()
        self.export_button.setEnabled(False)
        DbOp(lambda c: load_grant_report(c, *asked), parent=self, label="grants").success(
            lambda report: self._show(report) if self.chosen() == asked else None
        ).run(self.ctx.ops)

    def _show(self, report: GrantReport) -> None:
        self.report = report
        p, r = report.period, report.rules
        half = _t(HALVES[p.half - 1])
        self.summary.setText(
            self.tr("%1, %2 %3: %4 activities, %5 participant occasions; %6 sessions do not count")
            .replace("%1", r.name)
            .replace("%2", half)
            .replace("%3", str(p.year))
            .replace("%4", str(p.activities))
            .replace("%5", str(p.participant_occasions))
            .replace("%6", str(len(p.checks)))
        )
        self.rules_text.setText(
            self.tr(
                "Counts participants who turn %1–%2 that year, at least %3 besides a leader "
                "who turns at least %4, in activities of at least %5 minutes."
            )
            .replace("%1", str(r.min_age))
            .replace("%2", str(r.max_age))
            .replace("%3", str(r.min_participants))
            .replace("%4", str(r.leader_min_age))
            .replace("%5", str(r.min_minutes))
        )
        self.groups.set_rows(report.groups)
        self.checks.set_rows(report.checks)
        self.export_button.setEnabled(bool(report.export_rows))

    def ask_export(self) -> None:
        if self.report is None:
            return
        rules, year, half = self.chosen()
        path = ask_export_path(
            self, self.ctx.settings, title=self.tr("Export counted activities"),
            name=f"{file_key(rules)}-{year}-{half}",
        )  # fmt: skip
        if path is not None:
            self.save_export(path)

    def save_export(self, path: Path) -> None:
        report = self.report
        if report is None:
            return

        def saved(rows: int) -> None:
            text = self.tr("%1 participant occasions saved as %2")
            self.last_dialog = tell_saved(
                self, text.replace("%1", str(rows)).replace("%2", path.name), path
            )

        def failed(exc: Exception) -> None:
            self.last_dialog = tell_not_saved(self, path, exc)

        DbOp(lambda _c: write_export(report, path), parent=self, label="export").success(
            saved
        ).failure(failed).run(self.ctx.ops)

    def report_spec(self) -> SheetSpec:
        """The tab shown as a printed table: the groups' counts or the check report (its
        reasons get the room, a row two lines high)."""
        checks = self.sections.currentIndex() == 1
        model = self.checks if checks else self.groups
        organisation = self.ctx.settings.get(PRINT_ORGANISATION_NAME) or self.ctx.tenant_name
        spec = table_spec(
            title=self.sections.tabText(self.sections.currentIndex()).replace("&", ""),
            subtitle=self.summary.text(),
            organisation=organisation,
            headers=[c.header() for c in model.columns],
            rows=[[row[c.key] for c in model.columns] for row in model.rows],
        )
        weights = (0.8, 0.8, 1.6, 3.2) if checks else (2.4, 1.2, 1.0, 1.0, 1.0)
        spec.columns = [replace(c, weight=w) for c, w in zip(spec.columns, weights, strict=True)]
        spec.kind_label = self.tr("Activity grants (LOK-stöd)")
        spec.count_text = ""
        if checks:
            spec.row_height_mm = 9.0
        return spec

    def print_report(self) -> None:
        """Print the tab shown (with preview)."""
        if self.report is not None:
            self.last_dialog = preview(self.report_spec(), self)
