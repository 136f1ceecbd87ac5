"""A round's attendance (närvaro) as a grid: participants × the round's sessions (issue 19).

Opened from the round page ("Attendance…"). Each cell is present (✓), absent (–) or not
recorded (empty); its tooltip says how it was recorded (scanned at 18:02, typed, by hand,
let in by a staff member with the reason). Space or a click on a cell marks it by hand
(``attendance.set``: not recorded or absent → present, present → absent), offline like
every edit, and Edit › Undo takes it back: a marking still queued is withdrawn (a
check-in's time and way come back), else the inverse ``attendance.set`` is issued. The
last row and column are the totals per session and per participant, the corner the
round's total.

"Print sheet for session…" prints the attendance sheet of the session of the current
column: who checked in ("Checked in 18:02") or was marked present, and a signature
column (:func:`desktop.printing.sheet.people_sheet_spec`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget
from sqlalchemy import select, text

from desktop.common.domain_text import domain_message
from desktop.common.layouts import hbox
from desktop.common.row_dialog import ERROR_STYLE
from desktop.common.table_model import Index
from desktop.common.widgets import push_button
from desktop.context import AppContext
from desktop.i18n import format_date
from desktop.operations import DbOp, OpContext, Reloader
from desktop.operations.undo import UndoStep
from desktop.printing.output import preview
from desktop.printing.sheet import SheetSpec, people_sheet_spec
from desktop.settings import PRINT_ORGANISATION_NAME
from models.attendance import Attendance, CheckInHow, local_time
from models.courses import RoundSession
from models.sessions import clock_text


@dataclass(frozen=True)
class Cell:
    """A person's attendance row at a session, as the grid shows it."""

    present: bool
    how: str
    checked_in_at: datetime | None = None
    reason: str = ""
    by: str = ""


@dataclass(frozen=True)
class GridSession:
    id: str
    day: date
    start_minute: int | None

    @property
    def title(self) -> str:
        start = clock_text(self.start_minute)
        return f"{format_date(self.day)}\n{start}" if start else format_date(self.day)


@dataclass(frozen=True)
class GridPerson:
    id: str
    name: str
    organisation: str = ""
    email: str = ""


@dataclass
class AttendanceGrid:
    """A round's sessions, its participants (registered, and anyone with attendance at
    its sessions), and their attendance by (person id, session id)."""

    title: str
    sessions: list[GridSession]
    people: list[GridPerson]
    cells: dict[tuple[str, str], Cell] = field(default_factory=dict)

    def present(self, person_id: str, session_id: str) -> bool:
        cell = self.cells.get((person_id, session_id))
        return cell is not None and cell.present

    def person_total(self, person_id: str) -> int:
        return sum(self.present(person_id, s.id) for s in self.sessions)

    def session_total(self, session_id: str) -> int:
        return sum(self.present(p.id, session_id) for p in self.people)

    def total(self) -> int:
        return sum(1 for c in self.cells.values() if c.present)


def load_attendance(ctx: OpContext, round_id: str) -> AttendanceGrid:
    """The round's attendance grid from the local database."""
    with ctx.read() as s:
        title = s.execute(
            text("SELECT name FROM course_round WHERE id = :id"), {"id": round_id}
        ).scalar_one()
        sessions = [
            GridSession(r[0], r[1] if isinstance(r[1], date) else date.fromisoformat(r[1]), r[2])
            for r in s.execute(
                text(
                    "SELECT id, day, start_minute FROM round_session WHERE round_id = :id"
                    " AND deleted_at IS NULL ORDER BY day, start_minute, id"
                ),
                {"id": round_id},
            )
        ]
        people = [
            GridPerson(r[0], f"{r[1]} {r[2]}".strip(), r[3] or "", r[4] or "")
            for r in s.execute(
                text(
                    """
                    SELECT p.id, p.first_name, p.last_name, o.name,
                           (SELECT e.address FROM person_email e WHERE e.person_id = p.id
                            AND e.deleted_at IS NULL ORDER BY e.is_primary DESC, e.position
                            LIMIT 1)
                    FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id
                    WHERE p.id IN (
                        SELECT r.participant_id FROM registration r WHERE r.round_id = :id
                        AND r.deleted_at IS NULL AND r.status = 'registered'
                        UNION
                        SELECT a.person_id FROM attendance a
                        JOIN round_session rs ON rs.id = a.session_id
                        WHERE rs.round_id = :id AND a.deleted_at IS NULL
                        AND rs.deleted_at IS NULL)
                    ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.id
                    """
                ),
                {"id": round_id},
            )
        ]
        cells = {
            (r.person_id, r.session_id): Cell(
                r.present, r.how, r.checked_in_at, r.override_reason, r.recorded_by
            )
            for r in s.execute(
                select(
                    Attendance.person_id,
                    Attendance.session_id,
                    Attendance.present,
                    Attendance.how,
                    Attendance.checked_in_at,
                    Attendance.override_reason,
                    Attendance.recorded_by,
                )
                .join(RoundSession, RoundSession.id == Attendance.session_id)
                .where(
                    RoundSession.round_id == round_id,
                    RoundSession.deleted_at.is_(None),
                    Attendance.deleted_at.is_(None),
                )
            )
        }
    return AttendanceGrid(title, sessions, people, cells)


def how_text(cell: Cell | None) -> str:
    """How a cell was recorded, in words (its tooltip)."""
    if cell is None:
        return QCoreApplication.translate("Attendance", "Not recorded")
    at = local_time(cell.checked_in_at) if cell.checked_in_at is not None else ""
    if cell.how == CheckInHow.SCAN and at:
        return QCoreApplication.translate("Attendance", "Present: scanned at %1").replace("%1", at)
    if cell.how == CheckInHow.TYPED and at:
        return QCoreApplication.translate(
            "Attendance", "Present: personnummer typed at %1"
        ).replace("%1", at)
    if cell.how == CheckInHow.OVERRIDE:
        return (
            QCoreApplication.translate("Attendance", "Present: let in by %1 at %2: %3")
            .replace("%1", cell.by or "?")
            .replace("%2", at)
            .replace("%3", cell.reason)
        )
    state = (
        QCoreApplication.translate("Attendance", "Present")
        if cell.present
        else QCoreApplication.translate("Attendance", "Absent")
    )
    if cell.by:
        return (
            QCoreApplication.translate("Attendance", "%1: marked by hand by %2")
            .replace("%1", state)
            .replace("%2", cell.by)
        )
    return QCoreApplication.translate("Attendance", "%1: marked by hand").replace("%1", state)


def checked_in_text(cell: Cell | None) -> str:
    """What the printed sheet says of a person at the session: "Checked in 18:02",
    "Present" (by hand), "Absent", or nothing."""
    if cell is None:
        return ""
    if not cell.present:
        return QCoreApplication.translate("Printing", "Absent")
    if cell.checked_in_at is not None:
        return QCoreApplication.translate("Printing", "Checked in %1").replace(
            "%1", local_time(cell.checked_in_at)
        )
    return QCoreApplication.translate("Printing", "Present")


def set_attendance(
    *, parent: QObject | None, session_id: str, person_id: str, present: bool,
    before: Cell | None, name: str,
) -> DbOp[UndoStep]:  # fmt: skip
    """Mark ``person_id`` present or absent at ``session_id`` by hand; how to undo it: a
    withdrawal of the queued marking (it brings back a check-in's time, or "not
    recorded"), or, for a marking by hand before, the inverse marking."""

    def run(ctx: OpContext) -> UndoStep:
        args = {"session_id": session_id, "person_id": person_id, "present": present}
        command = ctx.command("attendance.set", args)
        ctx.execute(command)
        label = QCoreApplication.translate("Attendance", "attendance of %1").replace("%1", name)
        if before is not None and before.how == CheckInHow.MANUAL:
            return UndoStep(
                label=label,
                table="attendance",
                row_id=session_id,
                command="attendance.set",
                args={**args, "present": before.present},
            )
        return UndoStep(label=label, table="attendance", row_id=session_id, withdraw=command.id)

    return DbOp(
        run,
        parent=parent,
        label=QCoreApplication.translate("Attendance", "Saving the attendance of %1").replace(
            "%1", name
        ),
    )


PRESENT_MARK = "✓"
ABSENT_MARK = "–"
TOTAL_BACKGROUND = QColor("#eeeeee")


class AttendanceModel(QAbstractTableModel):
    """The grid: a row per participant and a totals row; the name column, a column per
    session and a totals column."""

    #: An empty grid, also what a wrapper whose attributes the garbage collector cleared
    #: (freeing a cycle of a closed window) answers if Qt asks it once more while the
    #: window's C++ side is being deleted (seen in the suite as AttributeError: 'grid').
    grid = AttendanceGrid("", [], [])

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grid = AttendanceGrid("", [], [])

    def set_grid(self, grid: AttendanceGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.grid.people) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.grid.sessions) + 2

    def at(self, index: Index) -> tuple[GridPerson, GridSession] | None:
        """The participant and session of a session cell (None: a name or total)."""
        row, column = index.row(), index.column()
        if row >= len(self.grid.people) or not 0 < column <= len(self.grid.sessions):
            return None
        return self.grid.people[row], self.grid.sessions[column - 1]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        grid = self.grid
        row, column = index.row(), index.column()
        totals_row = row == len(grid.people)
        totals_column = column == len(grid.sessions) + 1
        if role == Qt.ItemDataRole.BackgroundRole and (totals_row or totals_column):
            return TOTAL_BACKGROUND
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return Qt.AlignmentFlag.AlignCenter
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        tip = role == Qt.ItemDataRole.ToolTipRole
        if column == 0:
            if totals_row:
                return QCoreApplication.translate("Attendance", "Total")
            return grid.people[row].name
        if totals_row and totals_column:
            return (
                QCoreApplication.translate("Attendance", "The round's total: %1").replace(
                    "%1", str(grid.total())
                )
                if tip
                else str(grid.total())
            )
        if totals_row:
            return None if tip else str(grid.session_total(grid.sessions[column - 1].id))
        if totals_column:
            return None if tip else str(grid.person_total(grid.people[row].id))
        person, session = grid.people[row], grid.sessions[column - 1]
        cell = grid.cells.get((person.id, session.id))
        if tip:
            return how_text(cell)
        if cell is None:
            return ""
        return PRESENT_MARK if cell.present else ABSENT_MARK

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return QCoreApplication.translate("Attendance", "Participant")
        if section <= len(self.grid.sessions):
            # The session's total in its header too: the totals row is far down a long list.
            session = self.grid.sessions[section - 1]
            present = QCoreApplication.translate("Attendance", "%1 present").replace(
                "%1", str(self.grid.session_total(session.id))
            )
            return f"{session.title}\n{present}"
        return QCoreApplication.translate("Attendance", "Total")


class AttendanceTable(QTableView):
    """Space marks the current cell (as a click does)."""

    def __init__(self, window: AttendanceWindow) -> None:
        super().__init__(window)
        self.window_ = window

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space:
            self.window_.toggle(self.currentIndex())
            return
        super().keyPressEvent(event)


class AttendanceWindow(QWidget):
    """The attendance of one round: marked by hand, totals, the sheet of a session."""

    # The tables whose changes show the grid again.
    TABLES = ("attendance", "registration", "round_session", "person")

    def __init__(self, ctx: AppContext, round_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.round_id = round_id
        self.loaded = False
        self.last_dialog: QWidget | None = None
        self.setWindowTitle(self.tr("Attendance"))
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.hint = QLabel(
            self.tr(
                "Space or a click marks a participant present or absent by hand; "
                "Edit › Undo (Ctrl+Z) takes it back. Hover a cell to see how it was recorded."
            )
        )
        self.hint.setWordWrap(True)
        self.total = QLabel()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.model = AttendanceModel(self)
        self.table = AttendanceTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.clicked.connect(self.toggle)
        self.print_button = push_button(
            self.tr("Print sheet for session…"),
            self.print_session_sheet,
            self.tr("The attendance sheet of the session of the current column"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(hbox(self.total, None, self.print_button))
        read = partial(load_attendance, round_id=round_id)
        self.reloader = Reloader(ctx.ops, self, "attendance", read, self._show, self.TABLES)
        self.resize(900, 560)
        self.reload()

    def reload(self) -> None:
        self.reloader.reload()

    def _show(self, grid: AttendanceGrid) -> None:
        current = self.table.currentIndex()
        self.model.set_grid(grid)
        if current.isValid():
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        self.heading.setText(grid.title)
        self.setWindowTitle(self.tr("Attendance – %1").replace("%1", grid.title))
        self.total.setText(
            self.tr("%1 participants, %2 sessions, %3 present in all")
            .replace("%1", str(len(grid.people)))
            .replace("%2", str(len(grid.sessions)))
            .replace("%3", str(grid.total()))
        )
        self.loaded = True

    def toggle(self, index: Index) -> None:
        """Mark the cell at ``index`` by hand: present, or absent when it was present."""
        found = self.model.at(index)
        if found is None:
            return
        person, session = found
        before = self.model.grid.cells.get((person.id, session.id))
        present = before is None or not before.present
        self.error.hide()
        set_attendance(
            parent=self,
            session_id=session.id,
            person_id=person.id,
            present=present,
            before=before,
            name=person.name,
        ).success(self.ctx.undo.push).failure(self._failed).run(self.ctx.ops)

    def _failed(self, exc: Exception) -> None:
        self.error.setText(domain_message(exc))
        self.error.show()

    def session_sheet(self, session: GridSession) -> SheetSpec:
        """The attendance sheet of ``session``: who checked in or was marked present."""
        grid = self.model.grid
        organisation = self.ctx.settings.get(PRINT_ORGANISATION_NAME) or self.ctx.tenant_name
        when = " ".join(
            x for x in (format_date(session.day), clock_text(session.start_minute)) if x
        )
        rows = [
            {
                "name": p.name,
                "organisation": p.organisation,
                "email": p.email,
                "checked_in": checked_in_text(grid.cells.get((p.id, session.id))),
            }
            for p in grid.people
        ]
        return people_sheet_spec(
            "attendance",
            title=grid.title,
            subtitle=QCoreApplication.translate("Printing", "Session %1").replace("%1", when),
            organisation=organisation,
            rows=rows,
            show_email=False,
            checked_in=True,
        )

    def current_session(self) -> GridSession | None:
        sessions = self.model.grid.sessions
        column = self.table.currentIndex().column()
        if 0 < column <= len(sessions):
            return sessions[column - 1]
        return sessions[0] if sessions else None

    def print_session_sheet(self) -> None:
        session = self.current_session()
        if session is not None:
            self.last_dialog = preview(self.session_sheet(session), self)
