"""Print preview, printing and PDF export of a sheet, and the data a round's sheets need."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from sqlalchemy import text

from desktop.common.values import day
from desktop.courses.queries import round_row
from desktop.i18n import format_date
from desktop.operations import OpContext
from desktop.participants.query import approval_status, status_label
from desktop.printing.sheet import SheetRenderer, SheetSpec, a4_layout, write_pdf


@dataclass
class RoundSheetData:
    title: str
    subtitle: str
    rows: list[dict[str, str]]
    #: The round's sessions, a line each (day, time, room), by day and time.
    sessions: list[str] = field(default_factory=list)


def load_round_sheet(ctx: OpContext, round_id: str) -> RoundSheetData:
    """The registered (not cancelled) participants of a round, by surname, and the
    round's sessions."""
    from desktop.courses.sessions import load_sessions, session_line

    with ctx.read() as s:
        head = round_row(
            s,
            "SELECT cr.name, cr.starts_on, cr.ends_on, cr.place FROM course_round cr "
            "WHERE cr.id = :id",
            round_id,
        )
        rows = s.execute(
            text(
                """
                SELECT p.first_name, p.last_name, o.name,
                       (SELECT e.address FROM person_email e WHERE e.person_id = p.id
                        AND e.deleted_at IS NULL ORDER BY e.is_primary DESC, e.position LIMIT 1),
                       r.status, r.approval_requested_at, r.approved_at,
                       EXISTS (SELECT 1 FROM sync_pending sp
                               WHERE sp.table_name = 'registration' AND sp.row_id = r.id)
                FROM registration r JOIN person p ON p.id = r.participant_id
                LEFT JOIN organisation o ON o.id = COALESCE(r.organisation_id, p.organisation_id)
                WHERE r.round_id = :id AND r.deleted_at IS NULL AND r.status = 'registered'
                ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE
                """
            ),
            {"id": round_id},
        ).all()
    start, end = day(head[1]), day(head[2])
    dates = " – ".join(d for d in (format_date(start), format_date(end)) if d)
    subtitle = " · ".join(x for x in (dates, head[3] or "") if x)
    return RoundSheetData(
        title=head[0],
        subtitle=subtitle,
        rows=[
            {
                "name": f"{r[0]} {r[1]}".strip(),
                "organisation": r[2] or "",
                "email": r[3] or "",
                "status": status_label(approval_status(r[4], r[5], r[6]), bool(r[7])),
            }
            for r in rows
        ],
        sessions=[session_line(row) for row in load_sessions(ctx, round_id)],
    )


def fit_to_screen(widget: QWidget, width: int, height: int) -> QSize:
    """``width`` × ``height``, made smaller to fit 90 % of the available screen ``widget`` is
    on (a 1366 × 768 laptop keeps the preview's buttons on screen)."""
    parent = widget.parentWidget()
    screen = (parent or widget).screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(width, height)
    room = screen.availableGeometry()
    return QSize(min(width, int(room.width() * 0.9)), min(height, int(room.height() * 0.9)))


def preview(spec: SheetSpec, parent: QWidget | None = None) -> QWidget:
    """Open the print preview (page setup and printing from there); returns the dialog."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_layout(landscape=spec.landscape))
    printer.setDocName(f"{spec.kind_label} – {spec.title}")
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(spec.kind_label)
    dialog.paintRequested.connect(lambda p: SheetRenderer(spec, p).render())
    dialog.resize(fit_to_screen(dialog, 900, 1000))
    dialog._printer = printer  # type: ignore[attr-defined]  # keep alive with the dialog
    dialog.open()
    return dialog


def export_pdf(spec: SheetSpec, path: Path) -> int:
    """Write ``spec`` as a PDF at ``path``; returns the pages. Raises OSError with the
    system's reason when the file cannot be written (QPdfWriter would only say that
    printing could not start)."""
    with path.open("wb"):
        pass
    return write_pdf(spec, str(path))
