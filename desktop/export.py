"""Export of any list to CSV and XLSX (runs on the database executor, never the GUI thread).

CSV is UTF-8 with a byte order mark, so Excel opens å, ä and ö right, and
uses ";" when the user's language writes decimals with a comma (Swedish
Excel expects that), "," otherwise. XLSX (openpyxl, write-only mode for
large lists) has a bold, frozen header row and real dates.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

FORMATS = ("csv", "xlsx")


def csv_delimiter(language: str) -> str:
    return ";" if language == "sv" else ","


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if value is None:
        return ""
    return value


def write_csv(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    delimiter: str = ",",
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write ``rows`` under ``headers``; returns the number of rows written."""
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=delimiter)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([_plain(v) for v in row])
            count += 1
            if progress and count % 1000 == 0:
                progress(count)
    return count


def _excel_value(value: Any) -> Any:
    if isinstance(value, datetime):
        # Excel has no time zones: local wall-clock time, as the user reads it.
        return value.astimezone().replace(tzinfo=None)
    return value


def write_xlsx(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    sheet_title: str = "Export",
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write an .xlsx workbook with one sheet; returns the number of rows written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=sheet_title[:31] or "Export")
    ws.freeze_panes = "A2"
    widths = [max(10, min(45, len(h) + 4)) for h in headers]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    bold = Font(bold=True)
    header_cells = []
    for h in headers:
        cell = WriteOnlyCell(ws, value=h)
        cell.font = bold
        header_cells.append(cell)
    ws.append(header_cells)
    count = 0
    for row in rows:
        cells = []
        for v in row:
            value = _excel_value(v)
            if isinstance(value, datetime | date):
                cell = WriteOnlyCell(ws, value=value)
                cell.number_format = (
                    "yyyy-mm-dd hh:mm" if isinstance(value, datetime) else ("yyyy-mm-dd")
                )
                cells.append(cell)
            else:
                cells.append(value)
        ws.append(cells)
        count += 1
        if progress and count % 1000 == 0:
            progress(count)
    wb.save(path)
    return count


def write(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    language: str = "en",
    sheet_title: str = "Export",
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write CSV or XLSX by the file's extension."""
    if path.suffix.lower() == ".xlsx":
        return write_xlsx(path, headers, rows, sheet_title=sheet_title, progress=progress)
    return write_csv(path, headers, rows, delimiter=csv_delimiter(language), progress=progress)
