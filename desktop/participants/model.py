"""The Participants list as a description the one lazy table model runs.

The model (:mod:`desktop.common.table_model`, after Anki's browser table)
holds the ordered registration ids and loads rows in batches; this module
says how: ids and rows through raw ``sqlite3`` cursors (see
:mod:`desktop.participants.query` for the SQL), each cell's text, tooltip
and style, and which changes concern the list.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from desktop.common.table_model import (
    ALL_ROWS,
    IdsResult,
    Index,
    LazyTableModel,
    SqlSource,
    read_ids,
)
from desktop.i18n import format_date, format_datetime
from desktop.local_index import walks_search
from desktop.operations import Changes, OpContext, Operations
from desktop.participants.approval_failures import ApprovalFailures
from desktop.participants.query import (
    COLUMN_KEYS,
    COLUMNS,
    ParticipantQuery,
    ParticipantRow,
    Status,
    ids_statements,
    rows_sql,
    status_text,
    total_sql,
)
from sync.mail import ApprovalFailure

#: A failed approval request's colour (with its text and icon: colour is not the only sign).
FAILED_COLOUR = QColor("#b00020")

#: Tables whose changes can change what this list shows.
WATCHED = ("registration", "person", "person_email", "organisation", "course_round")


class ParticipantsSource(SqlSource[ParticipantQuery, ParticipantRow]):
    """The Participants list: its ids walk the sort-key table's indexes."""

    name = "participants"
    context = "Participants"
    columns = COLUMNS
    # A search or sort shows the top of the list: its first rows come with the ids, so a
    # keystroke is one trip to the database executor, not two.
    rows_with_ids = True
    # What a narrow screen shows first (with the sort column): who, where they stand.
    column_priority = (
        "participant",
        "status",
        "requested",
        "approved",
        "organisation",
        "round",
        "manager",
        "email",
        "created",
        "approved_by",
    )
    rows_sql = staticmethod(rows_sql)
    make_row = staticmethod(ParticipantRow.from_sql)

    def load_ids(self, ctx: OpContext, query: ParticipantQuery) -> IdsResult:
        # Not SqlSource's statements(query): how a search runs depends on the store's SQLite.
        walk = walks_search(ctx.store)
        return read_ids(ctx, ids_statements(query, walk_search=walk), total_sql(query))

    @staticmethod
    def cell(row: ParticipantRow, key: str) -> str:
        """The text of one cell; also used by printing and export."""
        if key == "participant":
            return row.participant_name
        if key == "organisation":
            return row.organisation or ""
        if key == "email":
            return row.email or ""
        if key == "round":
            return row.round_name
        if key == "status":
            return status_text(row)
        if key == "manager":
            return row.manager_name
        if key == "requested":
            return format_datetime(row.approval_requested_at)
        if key == "approved":
            return format_datetime(row.approved_at)
        if key == "approved_by":
            return row.approved_by_email or ""
        if key == "created":
            return format_datetime(row.created_at)
        return ""

    @staticmethod
    def tooltip(row: ParticipantRow, key: str) -> str | None:
        if key == "status":
            parts = [status_text(row)]
            if row.approval_request_count > 1:
                parts.append(
                    QCoreApplication.translate(
                        "Participants", "%n request(s) sent", "", row.approval_request_count
                    )
                )
            if row.pending:
                parts.append(
                    QCoreApplication.translate(
                        "Participants", "A local change waits to be sent to the server."
                    )
                )
            return "\n".join(parts)
        if key == "round" and row.round_starts_on:
            return f"{row.round_name}\n{format_date(row.round_starts_on)}"
        if key == "manager" and not row.manager_id and row.form_manager_email:
            return QCoreApplication.translate(
                "Participants", "Given on the sign-up form: %1"
            ).replace("%1", row.form_manager_email)
        return None

    @staticmethod
    def style(row: ParticipantRow, role: int) -> QFont | QBrush | None:
        if role == Qt.ItemDataRole.FontRole and row.pending:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.approval_status == Status.CANCELLED:
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None

    @staticmethod
    def stale(changes: Changes) -> frozenset[str] | None:
        # A row shows a person, an organisation, a round: any change may move any row.
        return ALL_ROWS if changes.touches(*WATCHED) else None


#: For export and printing, which read every row of a query.
load_ids = ParticipantsSource().load_ids
cell_text = ParticipantsSource.cell


class ParticipantsModel(LazyTableModel[ParticipantQuery, ParticipantRow]):
    """All registrations matching a :class:`ParticipantQuery`, loaded as they are shown.

    With ``failures`` (the server's failed approval requests) a registration whose
    request failed says so in its Status column: "Request failed", a warning icon, red,
    the SMTP answer as its tooltip.
    """

    def __init__(
        self,
        ops: Operations,
        parent: QObject | None = None,
        *,
        failures: ApprovalFailures | None = None,
    ) -> None:
        super().__init__(ops, ParticipantsSource(), ParticipantQuery(), parent)
        self.failures = failures
        self._status_column = COLUMN_KEYS.index("status")
        if failures is not None:
            failures.changed.connect(self._failures_changed)

    def failure_at(self, row: int) -> ApprovalFailure | None:
        """The failed approval request of the row (None: none, or the row not read yet)."""
        loaded = self.cached_row(self._ids[row]) if 0 <= row < len(self._ids) else None
        return self.failures.failure_of(loaded) if self.failures and loaded else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and index.column() == self._status_column and self.failures:
            failure = self.failure_at(index.row())
            if failure is not None:
                return _failed_data(failure, role)
        return super().data(index, role)

    def _failures_changed(self) -> None:
        if self._ids:
            column = self._status_column
            self.dataChanged.emit(self.index(0, column), self.index(len(self._ids) - 1, column))


def request_failed_text() -> str:
    """The status of a registration whose approval request failed (list, export)."""
    return QCoreApplication.translate("Participants", "Request failed")


def _failed_data(failure: ApprovalFailure, role: int) -> object:
    """The Status cell of a registration whose approval request failed."""
    text = request_failed_text()
    if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
        return text
    if role == Qt.ItemDataRole.ToolTipRole:
        when = format_datetime(failure.queued_at)
        said = QCoreApplication.translate(
            "Participants", "The request to the approving manager (%1) could not be delivered:"
        ).replace("%1", when)
        again = QCoreApplication.translate(
            "Participants",
            "Correct the manager's address, then choose Send failed request again… in the menu.",
        )
        return f"{text}\n{said}\n{failure.answer}\n{again}"
    if role == Qt.ItemDataRole.DecorationRole:
        style = QApplication.style()
        return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(FAILED_COLOUR)
    return None
