"""The page behind a report link (``/reports/{token}``, issue 16): a round's participant
list or attendance sheet for whoever holds the link (:mod:`server.services.reports`).

The page is a printable list; ``?format=csv`` gives the same report as a CSV file in
Excel's Swedish form. Every opening is audited. An expired link is a 410 page saying what
it was and since when, a forged or unknown one (or one whose round is gone) a 404 page.
"""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from models.courses import RoundSession
from models.ids import utcnow
from server.api.deps import DbDep
from server.services.approval import LinkProblem
from server.services.reports import (
    ATTENDANCE_SHEET,
    PARTICIPANT_COLUMNS,
    STATUS_TEXT,
    RoundReport,
    csv_bytes,
    open_report,
    record_download,
)
from server.web.i18n import N_, _, format_date, format_datetime, ngettext
from server.web.templates import SECURITY_HEADERS, link_problem, render

router = APIRouter(include_in_schema=False)

#: The columns the printed participant list shows (the CSV has them all).
PRINTED = ("last_name", "first_name", "organisation", "email", "phone", "status")
#: The attendance sheet's columns before one per session.
ATTENDANCE_COLUMNS = (("name", N_("Participant")), ("organisation", N_("Organisation")))


def _text(value: object) -> str:
    if isinstance(value, datetime):
        return format_datetime(value)
    return "" if value is None else str(value)


def _participant_rows(report: RoundReport, keys: tuple[str, ...]) -> list[list[object]]:
    rows: list[list[object]] = []
    for p in report.participants:
        values = {"round": report.round.name, "status": _(STATUS_TEXT[p.status])}
        rows.append([values[k] if k in values else p.value(k) for k in keys])
    return rows


def _session_title(row: RoundSession) -> str:
    times = "–".join(
        f"{m // 60:02d}:{m % 60:02d}" for m in (row.start_minute, row.end_minute) if m is not None
    )
    return " ".join(part for part in (format_date(row.day), times) if part)


def _attendance(report: RoundReport) -> tuple[list[str], list[list[object]], list[str]]:
    sessions = [_session_title(s) for s in report.sessions] or [_("Present")]
    rows: list[list[object]] = [[p.person.full_name, p.organisation] for p in report.seated]
    return [_(title) for _key, title in ATTENDANCE_COLUMNS], rows, sessions


def _csv(
    report: RoundReport, columns: list[str], rows: list[list[object]], sessions: list[str]
) -> Response:
    name = "attendance.csv" if report.kind == ATTENDANCE_SHEET.purpose else "participants.csv"
    body = csv_bytes(columns + sessions, [[*row, *([""] * len(sessions))] for row in rows])
    return Response(
        body,
        media_type="text/csv; charset=utf-8",
        headers={**SECURITY_HEADERS, "Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/reports/{token}", response_model=None)
def report_page(
    request: Request, token: str, db: DbDep, format: str = "html"
) -> HTMLResponse | Response:
    """The report behind the link in a participant-list mail."""
    fmt = "csv" if format == "csv" else "html"
    with db.transaction() as s:
        try:
            report = open_report(s, token, now=utcnow())
        except LinkProblem as exc:
            return link_problem(request, exc)
        record_download(s, report, fmt=fmt)
        if report.kind == ATTENDANCE_SHEET.purpose:
            heading = _("Attendance sheet")
            columns, rows, sessions = _attendance(report)
            count = len(rows)
        else:
            heading = _("Participant list")
            keys = tuple(k for k, _t in PARTICIPANT_COLUMNS) if fmt == "csv" else PRINTED
            titles = dict(PARTICIPANT_COLUMNS)
            columns = [_(titles[k]) for k in keys]
            rows = _participant_rows(report, keys)
            sessions = []
            count = len(rows)
        if fmt == "csv":
            return _csv(report, columns, rows, sessions)
        round_ = report.round
        return render(
            request,
            "public/report.html",
            200,
            heading=heading,
            course=report.course.name,
            round=round_.name,
            dates=" – ".join(format_date(d) for d in (round_.starts_on, round_.ends_on) if d),
            place=round_.place,
            valid_until=format_date(report.link.expires_at),
            csv_href=f"/reports/{token}?format=csv",
            columns=columns,
            session_columns=sessions,
            rows=[[_text(v) for v in row] for row in rows],
            empty=_("Nobody is registered on this round yet."),
            count_text=ngettext("%(n)d participant", "%(n)d participants", count) % {"n": count},
        )
