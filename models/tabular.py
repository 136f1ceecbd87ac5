"""Reading a table (CSV or XLSX) as Swedish offices produce it: bytes -> rows of cells.

The one reader of import files, used by the desktop's participant import
(:mod:`models.importing`) and the server's student-record import
(:mod:`server.services.alumni.student_records`). It reads what Excel and its users make:

* CSV in UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode
  text", tab-separated), Windows-1252 (Excel's ";" CSV on a Swedish
  Windows), Mac Roman and Windows-1251 (Cyrillic names on a Russian or Ukrainian
  Windows); the encoding is recognised with ``charset-normalizer`` among those, and
  a file mixing two encodings is
  refused with the line where they differ;
* any line ends (``\\r\\n``, ``\\n``, a lone ``\\r``), quoted cells holding
  separators, quotes and line breaks, an Excel ``sep=;`` first line;
* the separator (``;``, ``,``, tab) that makes the first row a header the
  caller recognises, not the one that merely occurs most;
* XLSX: the active sheet, or the sheet whose first row is a recognised
  header; merged cells fill every row they cover; hidden rows are reported;
  a personnummer or phone number stored as a number gets back the leading 0
  Excel dropped, where that is unambiguous.

What cannot be read raises :class:`UnreadableFile` (a
:class:`~models.errors.ValidationError` with a ``reason`` code, an English
template and its values: the desktop shows it translated) — never anything
else. What the reader did on its own (a restored 0, hidden rows, merged
cells) comes back as :class:`Note` values the caller shows.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from models.errors import ValidationError

__all__ = [
    "ERRORS",
    "NOTES",
    "Note",
    "Source",
    "Table",
    "UnreadableFile",
    "header_key",
    "header_matcher",
    "read_table",
]

#: A header cell -> the field it names (None: not a column the caller reads).
Recognise = Callable[[str], str | None]

#: Why a file cannot be read: reason code -> English template (values in braces).
ERRORS: dict[str, str] = {
    "file_type": (
        "Files of type {suffix} cannot be imported: use CSV (.csv, .tsv, .txt) or Excel (.xlsx)"
    ),
    "xls": "The file is an old Excel workbook (.xls): save it as .xlsx or CSV and choose it again",
    "xlsx_broken": (
        "The file is not a readable Excel workbook (.xlsx): it is damaged or another kind of file"
    ),
    "binary": (
        "The file is not a text file (line {line} holds binary data): choose a CSV or XLSX file"
    ),
    "encoding_unknown": (
        "The file's text encoding is not recognised: save it as CSV UTF-8 and choose it again"
    ),
    "encoding_mixed": (
        "Line {line} is in another text encoding than line {first} (the file mixes UTF-8 with "
        "another encoding): save the file again in one encoding"
    ),
    "double_encoded": (
        "Line {line} holds text converted to UTF-8 twice (“{sample}” where “{meant}” "
        "was meant): save the file again from the original"
    ),
    "cell_too_large": (
        "Row {row} has a cell longer than {limit} characters: this is not a list the import reads"
    ),
    "csv_broken": "Row {row} cannot be read as CSV: {detail}",
    "quote_unclosed": (
        "Row {row}: a quote is not closed, so the lines after it were read as one cell: "
        "close or remove the quote and choose the file again"
    ),
}

#: What the reader did on its own: note code -> English template.
NOTES: dict[str, str] = {
    "leading_zero": (
        "Excel had stored values of the column “{column}” as numbers, which drops a leading 0 "
        "or +: it was put back on rows {rows}"
    ),
    "hidden_rows": "Hidden rows of the workbook, read like the others: {rows}",
    "merged_cells": "Merged cells {ranges} were read into every row they cover",
}

#: Encodings a text file may be in, as ``charset-normalizer`` names them -> as users know them.
_ENCODINGS = {
    "utf_8": "UTF-8",
    "utf_8_sig": "UTF-8 (BOM)",
    "utf_16": "UTF-16",
    "utf_32": "UTF-32",
    "cp1252": "Windows-1252",
    "mac_roman": "Mac Roman",
    "cp1251": "Windows-1251",
}
#: The 8-bit encodings tried when a file is not UTF-8 (what Swedish offices' Excel writes,
#: and Windows-1251 for a list with Cyrillic names).
_LEGACY = ["cp1252", "mac_roman", "cp1251"]
#: A word with Latin and Cyrillic letters side by side: Swedish letters read as Windows-1251
#: ("Цberg" for "Öberg"), never a real name.
_LATIN = r"A-Za-z\u00c0-\u024f"
_CYRILLIC = r"\u0400-\u04ff"
_LATIN_CYRILLIC = re.compile(f"[{_LATIN}][{_CYRILLIC}]|[{_CYRILLIC}][{_LATIN}]")
_BOMS = (
    (b"\xef\xbb\xbf", "utf_8_sig"),
    (b"\xff\xfe\x00\x00", "utf_32"),
    (b"\x00\x00\xfe\xff", "utf_32"),
    (b"\xff\xfe", "utf_16"),
    (b"\xfe\xff", "utf_16"),
)
_LINE_END = re.compile(rb"\r\n|\r|\n")
_TEXT_LINE_END = re.compile(r"\r\n|\r|\n")
#: Control characters no text file holds (tab and line ends are text).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: UTF-8 read as Windows-1252 and saved as UTF-8 again: "Ã¶" for "ö", "Ã…" for "Å".
_DOUBLE_UTF8 = re.compile(
    r"[\u00c2\u00c3][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d"
    r"\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)
_SEP_LINE = re.compile(r"\A\ufeff?sep=(.)[ \t]*(?:\r\n|\r|\n|\Z)", re.IGNORECASE)
_DELIMITERS = (";", "\t", ",")
_TEXT_SUFFIXES = (".csv", ".tsv", ".txt", "")
_XLSX_SUFFIXES = (".xlsx", ".xlsm")
#: csv's own limit of a cell (its ``field_size_limit``): 128 KB.
_CELL_LIMIT = csv.field_size_limit()
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad"))


class UnreadableFile(ValidationError):
    """A file the import cannot read at all; ``reason`` says why (a key of :data:`ERRORS`)."""

    code = "unreadable_file"

    def __init__(self, reason: str, *, row: int | None = None, **params: Any) -> None:
        if row is not None:
            params["row"] = row
        else:  # a text file's line: its row, as far as the file can be read
            row = params.get("line")
        super().__init__(ERRORS[reason], field="file", row=row, params=params)
        self.reason = reason
        self.details["reason"] = reason


@dataclass(frozen=True)
class Note:
    """Something the reader did on its own that the user should know (a key of :data:`NOTES`)."""

    code: str
    params: dict[str, Any]

    @property
    def template(self) -> str:
        return NOTES[self.code]

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


@dataclass
class Source:
    """How a file was read: its format, encoding, separator or sheet, and the reader's notes."""

    #: "CSV" or "XLSX".
    format: str
    #: The text encoding as users know it ("UTF-8", "Windows-1252"); None for XLSX.
    encoding: str | None = None
    #: The separator of a CSV file.
    delimiter: str | None = None
    #: The sheet an XLSX file was read from.
    sheet: str | None = None
    notes: list[Note] = field(default_factory=list)
    #: Rows (numbered as the file's, header 1) hidden in the workbook; read like the others.
    hidden_rows: list[int] = field(default_factory=list)

    def describe(self) -> str:
        """How the file was read, in English ("CSV, Windows-1252, separator ;")."""
        if self.format == "XLSX":
            return f"XLSX, sheet {self.sheet}"
        separator = "tab" if self.delimiter == "\t" else self.delimiter
        return f"CSV, {self.encoding}, separator {separator}"


@dataclass
class Table:
    """The cells of a file, the header first, and how it was read."""

    rows: list[list[str]]
    source: Source


def header_key(text: str) -> str:
    """A header cell as header names are compared: case, spacing, ``_`` and ``-`` ignored."""
    return " ".join(re.split(r"[\s_\-]+", text.translate(_INVISIBLE).strip().casefold())).strip()


def header_matcher(aliases: Mapping[str, Iterable[str]]) -> Recognise:
    """A :data:`Recognise` for ``field -> header names`` (compared by :func:`header_key`)."""
    lookup: dict[str, str] = {}
    for name, titles in aliases.items():
        for title in titles:
            lookup.setdefault(header_key(title), name)
    return lambda text: lookup.get(header_key(text))


def read_table(data: bytes, filename: str, *, recognise: Recognise) -> Table:
    """Read ``data`` (the bytes of ``filename``) into rows of text cells, header first.

    ``recognise`` names the field of a header cell: the separator and the sheet
    are chosen so that the header has the most recognised columns. Raises
    :class:`UnreadableFile` for a file that cannot be read, and nothing else.
    """
    suffix = Path(filename).suffix.lower()
    if data[:4] == b"\xd0\xcf\x11\xe0":  # an OLE2 file: Excel 97-2003 (.xls)
        raise UnreadableFile("xls")
    if suffix in _XLSX_SUFFIXES or (suffix in _TEXT_SUFFIXES and data[:4] == b"PK\x03\x04"):
        return _read_xlsx(data, recognise)
    if suffix == ".xls":
        raise UnreadableFile("xls")
    if suffix not in _TEXT_SUFFIXES:
        raise UnreadableFile("file_type", suffix=suffix)
    text, encoding = decode(data)
    return _read_csv(text, encoding, recognise, prefer_tab=suffix == ".tsv")


# -- text -------------------------------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and its encoding as users know it ("UTF-8", "Mac Roman").

    A byte-order mark decides; else UTF-8 if the file is valid UTF-8; else the
    8-bit encoding ``charset-normalizer`` finds most coherent. Refuses binary
    data, a file mixing UTF-8 with another encoding (naming both lines) and
    text converted to UTF-8 twice.
    """
    codec = next((c for bom, c in _BOMS if data.startswith(bom)), None)
    if codec is not None:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            raise UnreadableFile("binary", line=_line_of(data, exc.start)) from exc
        text = text.removeprefix("\ufeff")
    else:
        _refuse_binary_bytes(data)
        try:
            text, codec = data.decode("utf-8"), "utf_8"
        except UnicodeDecodeError:
            _refuse_mixed(data)
            from charset_normalizer import from_bytes  # imported here: 70 ms, for imports only

            codec = _best_legacy(data, from_bytes(data, cp_isolation=_LEGACY))
            text = data.decode(codec)
    text = text.rstrip("\x1a")  # a DOS end-of-file mark
    _refuse_binary(text)
    _refuse_double_utf8(text)
    return text, _ENCODINGS[codec]


def _best_legacy(data: bytes, matches: Iterable[Any]) -> str:
    """The 8-bit encoding of ``data``: ``charset-normalizer``'s best guess (its matches come
    best first), Windows-1251 only when that makes no word of Latin and Cyrillic letters."""
    for match in matches:
        codec = str(match.encoding)
        if codec not in _ENCODINGS:
            continue
        if codec == "cp1251" and _LATIN_CYRILLIC.search(data.decode(codec)):
            continue
        return codec
    raise UnreadableFile("encoding_unknown")


def _line_of(data: bytes, offset: int) -> int:
    return len(_LINE_END.findall(data, 0, offset)) + 1


def _refuse_mixed(data: bytes) -> None:
    """Refuse a file in which some lines are UTF-8 and others are not (naming both)."""
    utf8_line = other_line = None
    for number, line in enumerate(_LINE_END.split(data), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            other_line = other_line or number
        else:
            utf8_line = utf8_line or number
        if utf8_line and other_line:
            first, line_no = sorted((utf8_line, other_line))
            raise UnreadableFile("encoding_mixed", line=line_no, first=first)


_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def _refuse_binary_bytes(data: bytes) -> None:
    """:func:`_refuse_binary` before decoding: random bytes are neither UTF-8 nor mixed."""
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > max(8, len(data) // 1000):
        first = next(i for i, b in enumerate(data) if b in _CONTROL_BYTES)
        raise UnreadableFile("binary", line=_line_of(data, first))


def _refuse_binary(text: str) -> None:
    """Refuse what is no text: many control characters (a stray one is the row checks' job)."""
    controls = _CONTROL.findall(text)
    if len(controls) > max(8, len(text) // 1000):
        first = _CONTROL.search(text)
        assert first is not None
        raise UnreadableFile("binary", line=len(_TEXT_LINE_END.findall(text, 0, first.start())) + 1)


def _refuse_double_utf8(text: str) -> None:
    """Refuse UTF-8 that was read as Windows-1252 and saved as UTF-8 again ("Ã–berg")."""
    for match in _DOUBLE_UTF8.finditer(text):
        sample = match.group()
        try:
            original = sample.encode("cp1252").decode("utf-8")
        except UnicodeError:
            continue
        line = len(_TEXT_LINE_END.findall(text, 0, match.start())) + 1
        raise UnreadableFile("double_encoded", line=line, sample=sample, meant=original)


def _records(text: str, delimiter: str) -> Iterator[list[str]]:
    """The records of CSV ``text``; a broken one raises :class:`UnreadableFile` with its row."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    row = 0
    while True:
        row += 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                raise UnreadableFile("cell_too_large", row=row, limit=_CELL_LIMIT) from exc
            raise UnreadableFile("csv_broken", row=row, detail=str(exc)) from exc
        yield record


def _header_score(record: list[str], recognise: Recognise) -> int:
    return len({f for f in map(recognise, record) if f is not None})


def _read_csv(text: str, encoding: str, recognise: Recognise, *, prefer_tab: bool) -> Table:
    sep = _SEP_LINE.match(text)
    if sep:  # Excel's "sep=;" line names the separator and is no row
        text = text[sep.end() :]
        delimiter = sep.group(1)
    else:
        candidates = ("\t", ";", ",") if prefer_tab else _DELIMITERS
        scores = []
        for order, candidate in enumerate(candidates):
            header = next(_records(text, candidate), [])
            scores.append((_header_score(header, recognise), len(header), -order, candidate))
        delimiter = max(scores)[3]
    rows = list(_records(text, delimiter))
    _refuse_unclosed_quote(rows, delimiter)
    return Table(rows, Source("CSV", encoding=encoding, delimiter=delimiter))


def _refuse_unclosed_quote(rows: list[list[str]], delimiter: str) -> None:
    """Refuse a quote that is never closed: the csv module reads every line after it, to
    the next quote or the file's end, into one cell. A cell over several lines is such
    rows, not a cell written over several lines, when one of its lines has as many
    separators as the header or its record is not as wide as the header."""
    if len(rows) < 2 or len(rows[0]) < 2:
        return
    width = len(rows[0])
    for number, record in enumerate(rows[1:], start=2):
        for cell in record:
            if "\n" not in cell and "\r" not in cell:
                continue
            lines = _TEXT_LINE_END.split(cell)[1:]
            if len(record) != width or any(ln.count(delimiter) >= width - 1 for ln in lines):
                raise UnreadableFile("quote_unclosed", row=number)


# -- XLSX -------------------------------------------------------------------------------------


def _read_xlsx(data: bytes, recognise: Recognise) -> Table:
    """The cells of an XLSX workbook's chosen sheet (:func:`_choose_sheet`).

    The cells are read by calamine (python-calamine, Rust): 10,000 rows in 0.04 s where
    openpyxl's parser took 0.6 s. What calamine does not give — which sheet is active and
    which rows are hidden — is read from the workbook's own XML (:class:`_Layout`).
    """
    from python_calamine import CalamineWorkbook  # imported here: only imports need it

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        layout = _Layout.of(data)
        sheet_name = _choose_sheet(book, layout, recognise)
        sheet = book.get_sheet_by_name(sheet_name)
        values = [_row_values(row) for row in sheet.to_python(skip_empty_area=False)]
        while values and not values[-1]:
            values.pop()  # formatted but empty rows at the end are none
        merged = [_range_ref(first, last) for first, last in sheet.merged_cell_ranges or ()]
        hidden = layout.hidden_rows(sheet_name)
    except UnreadableFile:
        raise
    except Exception as exc:  # zip, XML and format errors alike: the file is unusable
        raise UnreadableFile("xlsx_broken") from exc
    table = Table([], Source("XLSX", sheet=sheet_name))
    ranges = _fill_merged(values, merged)
    if ranges:
        table.source.notes.append(Note("merged_cells", {"ranges": ", ".join(ranges)}))
    header = [_cell_text(v) for v in values[0]] if values else []
    fields = {i: recognise(title) for i, title in enumerate(header)}
    restored: dict[str, list[int]] = {}
    for number, raw in enumerate(values, start=1):
        row = []
        for index, value in enumerate(raw):
            name = fields.get(index) if number > 1 else None
            text = _cell_text(value)
            if name is not None and name in _NUMBER_TEXT and isinstance(value, int | float):
                fixed = _NUMBER_TEXT[name](text) if text.isdigit() else text
                if fixed != text:
                    restored.setdefault(name, []).append(number)
                    text = fixed
            row.append(text)
        row.extend([""] * (len(header) - len(row)))  # as wide as the header, like CSV
        table.rows.append(row)
    for name, numbers in restored.items():
        table.source.notes.append(
            Note(
                "leading_zero",
                {
                    "count": len(numbers),
                    "column": header[_index(fields, name)],
                    "rows": _span(numbers),
                },
            )
        )
    hidden_rows = sorted(r for r in hidden if r <= len(values))
    if hidden_rows:
        table.source.notes.append(Note("hidden_rows", {"rows": _span(hidden_rows)}))
        table.source.hidden_rows = hidden_rows
    return table


def _index(fields: dict[int, str | None], name: str) -> int:
    return next(i for i, f in fields.items() if f == name)


def _span(numbers: list[int], most: int = 10) -> str:
    shown = ", ".join(map(str, numbers[:most]))
    return shown + (" …" if len(numbers) > most else "")


def _choose_sheet(book: Any, layout: _Layout, recognise: Recognise) -> str:
    """The active sheet, unless another visible sheet's first row is a better header."""
    visible = [
        m.name
        for m in book.sheets_metadata
        if str(m.typ).endswith("WorkSheet") and str(m.visible).endswith(".Visible")
    ]
    active = layout.active if layout.active in visible else None
    if active is None:
        if not visible:
            raise UnreadableFile("xlsx_broken")
        active = visible[0]
    best, best_score = active, -1
    for name in [active, *[n for n in visible if n != active]]:
        first = book.get_sheet_by_name(name).to_python(skip_empty_area=False, nrows=1)
        score = _header_score([_cell_text(v) for v in (first[0] if first else ())], recognise)
        if score > best_score:
            best, best_score = name, score
    return best


def _row_values(row: list[Any]) -> list[Any]:
    """A row of calamine's values as the reader takes them: an empty cell None, the row
    without the empty cells at its end (formatted but empty cells)."""
    values = [None if v == "" else v for v in row]
    while values and (values[-1] is None or str(values[-1]).strip() == ""):
        values.pop()
    return values


def _range_ref(first: tuple[int, int], last: tuple[int, int]) -> str:
    """A merged range of calamine ((row, column) from 0) as Excel names it ("A2:A4")."""
    from openpyxl.utils.cell import get_column_letter

    return (
        f"{get_column_letter(first[1] + 1)}{first[0] + 1}:"
        f"{get_column_letter(last[1] + 1)}{last[0] + 1}"
    )


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row\b([^>]*)>")
_ROW_NUMBER = re.compile(rb"""\sr\s*=\s*["'](\d+)["']""")
_ROW_HIDDEN = re.compile(rb"""\shidden\s*=\s*["'](?:1|true)["']""")


@dataclass
class _Layout:
    """What calamine does not tell of a workbook: its active sheet and where each sheet's
    XML is (for its hidden rows)."""

    archive: Any
    active: str | None
    paths: dict[str, str]

    @classmethod
    def of(cls, data: bytes) -> _Layout:
        """The layout of ``data``; what cannot be read of it is left out (calamine read
        the cells: a workbook laid out in an unexpected way still imports)."""
        import zipfile

        archive = zipfile.ZipFile(io.BytesIO(data))
        try:
            return cls._read(archive)
        except (KeyError, ValueError, IndexError, SyntaxError):  # ParseError is a SyntaxError
            return cls(archive, None, {})

    @classmethod
    def _read(cls, archive: Any) -> _Layout:
        # expat >= 2.4 (Python's) refuses entity expansion bombs; no external entities.
        from xml.etree import ElementTree

        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))  # noqa: S314
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))  # noqa: S314
        targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{_PKG_REL}Relationship")}
        sheets = list(book.iter(f"{_MAIN}sheet"))
        paths = {}
        for sheet in sheets:
            target = targets.get(sheet.get(f"{_REL}id"), "")
            paths[sheet.get("name", "")] = (
                target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            )
        view = book.find(f"{_MAIN}bookViews/{_MAIN}workbookView")
        tab = int(view.get("activeTab", "0")) if view is not None else 0
        active = sheets[tab].get("name") if 0 <= tab < len(sheets) else None
        return cls(archive, active, paths)

    def hidden_rows(self, sheet: str) -> set[int]:
        """The numbers of the sheet's hidden rows (from 1, as Excel shows them)."""
        path = self.paths.get(sheet)
        if path is None or path not in self.archive.namelist():
            return set()
        xml = self.archive.read(path)
        if b"hidden" not in xml:
            return set()
        hidden: set[int] = set()
        number = 0
        for tag in _ROW_TAG.finditer(xml):
            attrs = tag.group(1)
            given = _ROW_NUMBER.search(attrs)
            number = int(given.group(1)) if given else number + 1
            if _ROW_HIDDEN.search(attrs):
                hidden.add(number)
        return hidden


def _fill_merged(rows: list[list[Any]], merged: list[str]) -> list[str]:
    """Copy each merged range's value into every cell it covers; the ranges that had one."""
    from openpyxl.utils.cell import range_boundaries

    filled = []
    for ref in merged:
        min_col, min_row, max_col, max_row = range_boundaries(ref)
        if min_row > len(rows) or min_col is None or min_row is None:
            continue
        top = rows[min_row - 1]
        value = top[min_col - 1] if min_col - 1 < len(top) else None
        if value is None:
            continue
        for r in range(min_row, min(max_row or min_row, len(rows)) + 1):
            row = rows[r - 1]
            if len(row) < (max_col or min_col):
                row.extend([None] * ((max_col or min_col) - len(row)))
            for c in range(min_col, (max_col or min_col) + 1):
                row[c - 1] = value
        filled.append(ref)
    return filled


def _cell_text(value: Any) -> str:
    """A cell's value as the text a user sees (20.0 -> "20", a date -> "2026-11-02")."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _personnummer_digits(text: str) -> str:
    # 10 digits YYMMDDNNNC for someone born 2000-2009 start with 0: 9 digits lost it.
    # (The 12-digit form starts with 18, 19 or 20 and never loses a digit.)
    return "0" + text if len(text) == 9 else text


def _phone_digits(text: str) -> str:
    # A Swedish number is 0 and 7 to 9 digits; 46 and 9 digits is one with its country code.
    if 7 <= len(text) <= 9:
        return "0" + text
    if len(text) == 11 and text.startswith("46"):
        return "+" + text
    return text


#: Fields whose number cells are digits with a meaningful leading 0.
_NUMBER_TEXT: dict[str, Callable[[str], str]] = {
    "personnummer": _personnummer_digits,
    "phone": _phone_digits,
}
