"""All rows of a Participants query, in order, for export and printing (off the GUI thread).

The export carries every column the import reads (first and last name,
e-mail, phone, personnummer for who may read it, organisation, the approving
manager's e-mail) under the headers the import recognises, so an exported
list imports again (:mod:`models.importing`); then what the list shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from sqlalchemy import text

from desktop import export
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import DbOp, OpContext
from desktop.participants.model import cell_text, load_ids, request_failed_text
from desktop.participants.query import (
    COLUMNS,
    ParticipantQuery,
    ParticipantRow,
    rows_sql,
    status_text,
)
from models.validators import format_personnummer
from models.visibility import Reader, may_read

CHUNK = 500

#: The columns the import reads, by the import's field names (``models.importing.HEADERS``).
#: The manager's e-mail is that of the person linked as approving manager (the import
#: links that person again); a manager only named on the sign-up form is in the list's
#: "Approving manager" column.
PERSON_HEADERS = (
    ("first_name", QT_TRANSLATE_NOOP("ParticipantsExport", "First name")),
    ("last_name", QT_TRANSLATE_NOOP("ParticipantsExport", "Last name")),
    ("email", QT_TRANSLATE_NOOP("ParticipantsExport", "E-mail")),
    ("phone", QT_TRANSLATE_NOOP("ParticipantsExport", "Phone")),
    ("personnummer", QT_TRANSLATE_NOOP("ParticipantsExport", "Personnummer")),
    ("organisation", QT_TRANSLATE_NOOP("ParticipantsExport", "Organisation")),
    ("manager_email", QT_TRANSLATE_NOOP("ParticipantsExport", "Manager e-mail")),
)
#: What the list shows besides (the participant, organisation and e-mail are above).
LIST_KEYS = ("round", "status", "manager", "requested", "approved", "approved_by", "created")

_PERSON_SQL = """
SELECT r.id, p.personnummer,
       (SELECT ph.number FROM person_phone ph WHERE ph.person_id = p.id
        AND ph.deleted_at IS NULL ORDER BY ph.is_primary DESC, ph.position LIMIT 1),
       (SELECT e.address FROM person_email e WHERE e.person_id = r.approving_manager_id
        AND e.deleted_at IS NULL ORDER BY e.is_primary DESC, e.position LIMIT 1)
FROM registration r JOIN person p ON p.id = r.participant_id
"""


@dataclass(slots=True)
class ExportRow:
    """A list row with the person's columns the list does not show."""

    row: ParticipantRow
    personnummer: str | None = None
    phone: str | None = None
    manager_email: str | None = None


def iter_rows(ctx: OpContext, query: ParticipantQuery) -> Iterator[ParticipantRow]:
    """Every row ``query`` shows, in its order, loaded in chunks; checks for cancel."""
    for r in iter_export_rows(ctx, query, extra=False):
        yield r.row


def iter_export_rows(
    ctx: OpContext, query: ParticipantQuery, *, extra: bool = True
) -> Iterator[ExportRow]:
    """:func:`iter_rows` with, if ``extra``, each person's phone, personnummer and manager."""
    ids = load_ids(ctx, query).ids  # as the list loads them: index walks, one snapshot
    for start in range(0, len(ids), CHUNK):
        ctx.report(start, len(ids))
        chunk = ids[start : start + CHUNK]
        binds = {f"id{i}": v for i, v in enumerate(chunk)}
        with ctx.read() as s:
            by_id = {
                r[0]: ParticipantRow.from_sql(r)
                for r in s.execute(text(rows_sql(len(chunk))), binds)
            }
            more: dict[str, Any] = {}
            if extra:
                marks = ", ".join(f":id{i}" for i in range(len(chunk)))
                more = {
                    r[0]: r
                    for r in s.execute(text(f"{_PERSON_SQL} WHERE r.id IN ({marks})"), binds)
                }
        for rid in chunk:
            if rid in by_id:
                row = by_id[rid]
                _, pnr, phone, manager = more.get(rid) or (None, None, None, None)
                yield ExportRow(row, pnr, phone, manager)


def _fields(reader: Reader) -> list[tuple[str, str]]:
    return [
        (key, title)
        for key, title in PERSON_HEADERS
        if key != "personnummer" or may_read(reader, "person", "personnummer")
    ]


def headers(reader: Reader) -> list[str]:
    """The export's headers in the user's language: the import's columns, then the list's."""
    titles = {c.key: c.title for c in COLUMNS}
    return [QCoreApplication.translate("ParticipantsExport", t) for _, t in _fields(reader)] + [
        QCoreApplication.translate("Participants", titles[k]) for k in LIST_KEYS
    ]


def values(
    r: ExportRow, reader: Reader, failed: Callable[[ParticipantRow], object] | None = None
) -> list[object]:
    """Export values: dates as dates (XLSX keeps them as such), the rest as shown (a
    registration whose approval request failed, by ``failed``, says so as the list does)."""
    row = r.row
    person = {
        "first_name": row.first_name,
        "last_name": row.last_name,
        "email": row.email or "",
        "phone": r.phone or "",
        "personnummer": format_personnummer(r.personnummer) if r.personnummer else "",
        "organisation": row.organisation or "",
        "manager_email": r.manager_email or "",
    }
    return [person[key] for key, _ in _fields(reader)] + [
        row.round_name,
        request_failed_text() if failed and failed(row) else status_text(row),
        row.manager_name,
        row.approval_requested_at,
        row.approved_at,
        row.approved_by_email or "",
        row.created_at,
    ]


def export_participants(
    *,
    parent: QObject | None,
    query: ParticipantQuery,
    path: Path,
    failed: Callable[[ParticipantRow], object] | None = None,
) -> DbOp[int]:
    """Write the rows of ``query`` to ``path`` (.csv or .xlsx); returns the row count.
    ``failed``: which rows' approval request failed (the list's status says so)."""
    sheet = QCoreApplication.translate("Participants", "Participants")

    def run(ctx: OpContext) -> int:
        return export.write(
            path,
            headers(ctx.actor),
            (values(r, ctx.actor, failed) for r in iter_export_rows(ctx, query)),
            sheet_title=sheet,
        )

    return DbOp(run, parent=parent, label=QCoreApplication.translate("Participants", "Exporting"))


def load_for_print(ctx: OpContext, query: ParticipantQuery) -> list[dict[str, str]]:
    return [
        {
            "name": r.participant_name,
            "organisation": r.organisation or "",
            "email": r.email or "",
            "status": cell_text(r, "status"),
        }
        for r in iter_rows(ctx, query)
    ]
