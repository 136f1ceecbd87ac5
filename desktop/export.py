"""Export of any list to CSV and XLSX (runs on the database executor, never the GUI thread).

Every export of the desktop goes through :func:`write`. Text that reaches
Kansli from public sign-up forms ends up in these files, so no cell may be
taken for a formula by Excel or LibreOffice (OWASP, "CSV Injection"):

* CSV: a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return gets a leading ``'`` (:func:`csv_cell`); the importer takes
  that ``'`` off again (:func:`models.importing.clean_cell`), so an exported
  list imports as it was.
* XLSX: every text cell is written as a string (``inlineStr``), never as a
  formula, whatever it starts with.

CSV is UTF-8 with a byte order mark, so Excel opens å, ä and ö right, and
its separator follows the system's regional settings, as Excel's does: ";"
where the decimal separator is a comma (Swedish), "," otherwise, whatever
language the application is shown in. XLSX (openpyxl, write-only mode for
large lists) has a bold, frozen header row and real dates.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from datetime import date, datetime
from itertools import chain, islice
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale

from models.importing import csv_cell


def csv_delimiter(locale: QLocale | None = None) -> str:
    """The list separator of ``locale`` (default: the system's regional settings)."""
    locale = locale if locale is not None else QLocale.system()
    return ";" if locale.decimalPoint() == "," else ","


def _plain(value: object) -> object:
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if value is None:
        return ""
    if isinstance(value, str):
        return csv_cell(value)
    return value


def _write_rows(
    rows: Iterable[Sequence[object]],
    write: Callable[[Sequence[object]], object],
    progress: Callable[[int], None] | None,
) -> int:
    """``write`` every row, telling ``progress`` the count every 1000 rows; the count."""
    count = 0
    for row in rows:
        write(row)
        count += 1
        if progress and count % 1000 == 0:
            progress(count)
    return count


def write_csv(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    delimiter: str = ",",
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write ``rows`` under ``headers``; returns the number of rows written."""
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=delimiter)
        writer.writerow([_plain(h) for h in headers])
        return _write_rows(rows, lambda row: writer.writerow([_plain(v) for v in row]), progress)


#: Rows whose values set an XLSX column's width.
_WIDTH_SAMPLE = 200


def _shown_length(value: object) -> int:
    """About how many characters Excel shows for ``value`` (its longest line)."""
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16  # yyyy-mm-dd hh:mm
    if isinstance(value, date):
        return 10
    return max((len(line) for line in str(value).splitlines()), default=0)


def write_xlsx(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    sheet_title: str = "Export",
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write an .xlsx workbook with one sheet; returns the number of rows written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=sheet_title[:31] or "Export")
    ws.freeze_panes = "A2"
    # Columns as wide as their header and the first rows' values (a write-only sheet's
    # widths come before its rows): at least 8 characters, at most 50.
    rows = iter(rows)
    first = list(islice(rows, _WIDTH_SAMPLE))
    widths = [len(str(h)) + 2 for h in headers]
    for row in first:
        for i, value in enumerate(row[: len(widths)]):
            widths[i] = max(widths[i], _shown_length(value) + 2)
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = max(8, min(50, w))

    def cell(value: object) -> Any:  # an openpyxl cell (untyped) or the value
        if value == "":
            return None  # an empty value is a blank cell, not an empty text
        if isinstance(value, str):
            # Text is text: openpyxl would make a formula of "=..." (data type "f").
            text = WriteOnlyCell(ws, value=ILLEGAL_CHARACTERS_RE.sub("\ufffd", value))
            text.data_type = "s"
            return text
        if isinstance(value, datetime):
            # Excel has no time zones: local wall-clock time, as the user reads it.
            when = WriteOnlyCell(ws, value=value.astimezone().replace(tzinfo=None))
            when.number_format = "yyyy-mm-dd hh:mm"
            return when
        if isinstance(value, date):
            day = WriteOnlyCell(ws, value=value)
            day.number_format = "yyyy-mm-dd"
            return day
        return value

    bold = Font(bold=True)
    header_cells = []
    for h in headers:
        head = cell(h)
        head.font = bold
        header_cells.append(head)
    ws.append(header_cells)
    count = _write_rows(chain(first, rows), lambda row: ws.append([cell(v) for v in row]), progress)
    try:
        wb.save(path)
    except BaseException:
        _discard(ws)
        raise
    return count


def _discard(ws: Any) -> None:
    """Close a write-only sheet whose workbook was not saved (an unwritable path) and remove
    its temporary file: left open, its row writer fails later, whenever the garbage
    collector gets to it (in whatever code runs then)."""
    with suppress(Exception):
        ws.close()
    writer = getattr(ws, "_writer", None)
    if writer is not None:
        with suppress(Exception):
            writer.cleanup()


def write(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    sheet_title: str = "Export",
    delimiter: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write CSV or XLSX by the file's extension (CSV separator: :func:`csv_delimiter`)."""
    if path.suffix.lower() == ".xlsx":
        return write_xlsx(path, headers, rows, sheet_title=sheet_title, progress=progress)
    sep = delimiter if delimiter is not None else csv_delimiter()
    return write_csv(path, headers, rows, delimiter=sep, progress=progress)
