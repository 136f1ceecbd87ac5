"""The Participants list as a description the one lazy table model runs.

The model (:mod:`desktop.common.table_model`, after Anki's browser table)
holds the ordered registration ids and loads rows in batches; this module
says how: ids and rows through raw ``sqlite3`` cursors (see
:mod:`desktop.participants.query` for the SQL), each cell's text, tooltip
and style, and which changes concern the list.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from desktop.common.table_model import ALL_ROWS, IdsResult, LazyTableModel
from desktop.i18n import format_date, format_datetime
from desktop.operations import Changes, OpContext, Operations
from desktop.participants.query import (
    COLUMNS,
    ParticipantQuery,
    ParticipantRow,
    Status,
    ids_statements,
    rows_sql,
    status_text,
    total_sql,
)

#: Tables whose changes can change what this list shows.
WATCHED = ("registration", "person", "person_email", "organisation", "course_round")


@contextmanager
def _read_cursor(ctx: OpContext) -> Iterator[sqlite3.Cursor]:
    """A raw ``sqlite3`` cursor inside one read transaction (one snapshot for all statements).

    Plain tuples instead of SQLAlchemy rows: building 100,000 result rows
    costs more than the query. ``BEGIN`` goes through SQLAlchemy, so the GUI
    thread guard sees this connection being used; closing the session rolls
    the read transaction back.
    """
    with ctx.read() as s:
        conn = s.connection()
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        if not raw.in_transaction:
            conn.exec_driver_sql("BEGIN")
        cursor = raw.cursor()
        try:
            yield cursor
        finally:
            cursor.close()


def load_ids(ctx: OpContext, query: ParticipantQuery) -> IdsResult:
    """The ordered ids ``query`` shows, and the unfiltered total."""
    count_sql, count_params = total_sql(query)
    with _read_cursor(ctx) as cursor:
        ids: list[str] = []
        for sql, params in ids_statements(query):
            ids += [r[0] for r in cursor.execute(sql, params)]
        total = int(cursor.execute(count_sql, count_params).fetchone()[0])
    return IdsResult(ids, total)


def load_rows(ctx: OpContext, ids: list[str]) -> dict[str, ParticipantRow]:
    """The display rows of ``ids`` (at most a few hundred), by id."""
    if not ids:
        return {}
    with _read_cursor(ctx) as cursor:
        result = cursor.execute(rows_sql(len(ids)), {f"id{i}": v for i, v in enumerate(ids)})
        rows = [ParticipantRow.from_sql(r) for r in result]
    return {r.id: r for r in rows}


class ParticipantsSource:
    """The Participants list as a :class:`~desktop.common.table_model.TableSource`."""

    name = "participants"
    context = "Participants"
    columns = COLUMNS
    rows_with_ids = False

    load_ids = staticmethod(load_ids)
    load_rows = staticmethod(load_rows)

    def cell(self, row: ParticipantRow, key: str) -> str:
        return cell_text(row, key)

    def tooltip(self, row: ParticipantRow, key: str) -> str | None:
        return tooltip(row, key)

    def style(self, row: ParticipantRow, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.pending:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.approval_status == Status.CANCELLED:
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None

    def stale(self, changes: Changes) -> frozenset[str] | None:
        # A row shows a person, an organisation, a round: any change may move any row.
        return ALL_ROWS if changes.touches(*WATCHED) else None


class ParticipantsModel(LazyTableModel[ParticipantQuery, ParticipantRow]):
    """All registrations matching a :class:`ParticipantQuery`, loaded as they are shown."""

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(ops, ParticipantsSource(), ParticipantQuery(), parent)


def cell_text(row: ParticipantRow, key: str) -> str:
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
        return QCoreApplication.translate("Participants", "Given on the sign-up form: %1").replace(
            "%1", row.form_manager_email
        )
    return None
