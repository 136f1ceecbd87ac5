"""All rows of a Participants query, in order, for export and printing (off the GUI thread)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import text

from desktop import export
from desktop.operations import DbOp, OpContext
from desktop.participants.model import cell_text, load_ids
from desktop.participants.query import (
    COLUMNS,
    ParticipantQuery,
    ParticipantRow,
    rows_sql,
    status_text,
)

CHUNK = 500


def iter_rows(ctx: OpContext, query: ParticipantQuery) -> Iterator[ParticipantRow]:
    """Every row ``query`` shows, in its order, loaded in chunks; checks for cancel."""
    ids = load_ids(ctx, query).ids  # as the list loads them: index walks, one snapshot
    for start in range(0, len(ids), CHUNK):
        ctx.report(start, len(ids))
        chunk = ids[start : start + CHUNK]
        with ctx.read() as s:
            result = s.execute(
                text(rows_sql(len(chunk))), {f"id{i}": v for i, v in enumerate(chunk)}
            )
            by_id = {r[0]: ParticipantRow.from_sql(r) for r in result}
        for rid in chunk:
            if rid in by_id:
                yield by_id[rid]


def headers() -> list[str]:
    return [QCoreApplication.translate("Participants", c.title) for c in COLUMNS]


def values(row: ParticipantRow) -> list[Any]:
    """Export values: dates as dates (XLSX keeps them as such), the rest as shown."""
    return [
        row.participant_name,
        row.organisation or "",
        row.email or "",
        row.round_name,
        status_text(row),
        row.manager_name,
        row.approval_requested_at,
        row.approved_at,
        row.approved_by_email or "",
        row.created_at,
    ]


def export_participants(
    *, parent: Any, query: ParticipantQuery, path: Path, language: str
) -> DbOp[int]:
    """Write the rows of ``query`` to ``path`` (.csv or .xlsx); returns the row count."""
    titles = headers()

    def run(ctx: OpContext) -> int:
        return export.write(
            path,
            titles,
            (values(r) for r in iter_rows(ctx, query)),
            language=language,
            sheet_title=QCoreApplication.translate("Participants", "Participants"),
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
