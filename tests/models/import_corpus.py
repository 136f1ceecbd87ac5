"""Import files as Swedish offices produce them, generated: one per kind the reader must handle.

Each :class:`Sample` is the bytes of a file, its name, and what a user must get
from it: the rows read exactly (``rows``), or the reason it cannot be read
(``reason``, a key of :data:`models.tabular.ERRORS`, with the values the
message names). Used by the reader's tests (``tests/models/test_tabular.py``),
the student-record CLI's (``tests/alumni/test_cli_import.py``) and the
desktop's rendering of the messages.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import openpyxl

HEADER = ["Förnamn", "Efternamn", "E-post", "Mobil"]
PEOPLE = [
    ["Åsa", "Öberg", "asa.oberg@firma.se", "070-123 45 67"],
    ["Pär", "Ärlig; Ek", "par@firma.se", "08-765 43 21"],  # a cell with the separator
    ["José", 'Müller "Jojo"', "jose@firma.se", ""],  # quotes and a non-Swedish letter
]
TABLE = [HEADER, *PEOPLE]


@dataclass(frozen=True)
class Sample:
    """One generated file and what reading it gives."""

    name: str
    data: bytes
    #: The rows read exactly, header first (None: the file is refused).
    rows: list[list[str]] | None = None
    #: How it was read: ("CSV", encoding, separator) or ("XLSX", sheet).
    source: tuple[str | None, ...] = ()
    #: Why it is refused (``UnreadableFile.reason``) and the values its message names.
    reason: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    #: The reader's notes: (code, values) in order.
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


def _csv(rows: list[list[str]], sep: str, newline: str = "\r\n") -> str:
    def cell(value: str) -> str:
        if any(c in value for c in (sep, '"', "\n", "\r")):
            return '"' + value.replace('"', '""') + '"'
        return value

    return "".join(sep.join(cell(v) for v in row) + newline for row in rows)


def excel_semicolon_cp1252() -> Sample:
    """Excel's "CSV (semicolon separated)" on a Swedish Windows."""
    return Sample(
        "deltagare.csv", _csv(TABLE, ";").encode("cp1252"), TABLE, ("CSV", "Windows-1252", ";")
    )


def utf8_with_bom() -> Sample:
    """Excel's "CSV UTF-8": a BOM, and "," when the list separator is a comma."""
    data = b"\xef\xbb\xbf" + _csv(TABLE, ",").encode("utf-8")
    return Sample("deltagare.csv", data, TABLE, ("CSV", "UTF-8 (BOM)", ","))


def utf8_without_bom() -> Sample:
    """UTF-8 without a BOM (LibreOffice, Google Sheets, scripts), "\\n" line ends."""
    data = _csv(TABLE, ";", "\n").encode("utf-8")
    return Sample("deltagare.csv", data, TABLE, ("CSV", "UTF-8", ";"))


def utf16_unicode_text() -> Sample:
    """Excel's "Unicode text": UTF-16 LE with a BOM, tab-separated, saved as .txt."""
    data = _csv(TABLE, "\t").encode("utf-16")
    return Sample("deltagare.txt", data, TABLE, ("CSV", "UTF-16", "\t"))


def mac_roman_cr() -> Sample:
    """Excel for Mac's "CSV (Macintosh)": Mac Roman and lone CR line ends."""
    data = _csv(TABLE, ";", "\r").encode("mac_roman")
    return Sample("deltagare.csv", data, TABLE, ("CSV", "Mac Roman", ";"))


def quoted_cells() -> Sample:
    """Quoted cells with ";", "," , quotes and a line break, comma-separated."""
    rows = [
        ["First name", "Last name", "E-mail"],
        ["Anna; Maria", "Berg, jr", "anna@firma.se"],
        ['Karl "Kalle"', "Ek\nLund", "karl@firma.se"],
    ]
    return Sample("list.csv", _csv(rows, ",").encode("utf-8"), rows, ("CSV", "UTF-8", ","))


def sep_line() -> Sample:
    """An Excel "sep=;" first line names the separator and is not a row."""
    data = ("sep=;\r\n" + _csv(TABLE, ";")).encode("cp1252")
    return Sample("deltagare.csv", data, TABLE, ("CSV", "Windows-1252", ";"))


def tsv() -> Sample:
    """A .tsv file."""
    data = _csv(TABLE, "\t").encode("utf-8")
    return Sample("deltagare.tsv", data, TABLE, ("CSV", "UTF-8", "\t"))


def _book(title: str, rows: list[list[Any]]) -> tuple[openpyxl.Workbook, Any]:
    """A workbook whose active sheet, ``title``, holds ``rows``; and that sheet."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    return book, sheet


def _xlsx(book: openpyxl.Workbook) -> bytes:
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def several_sheets() -> Sample:
    """A workbook whose first sheet is a cover page; the list is on the second, not active."""
    book, _cover = _book("Om listan", [["Deltagarlista för kursen", "2026"]])
    hidden = book.create_sheet("Gammal")
    hidden.append(HEADER)
    hidden.append(["Gammal", "Rad", "gammal@firma.se", ""])
    hidden.sheet_state = "hidden"
    sheet = book.create_sheet("Deltagare")
    for row in TABLE:
        sheet.append(row)
    return Sample("deltagare.xlsx", _xlsx(book), TABLE, ("XLSX", "Deltagare"))


def merged_cells() -> Sample:
    """One organisation cell merged over three rows: every row gets it."""
    book, sheet = _book(
        "Lista",
        [
            ["Förnamn", "Efternamn", "E-post", "Organisation"],
            ["Åsa", "Öberg", "asa@firma.se", "Firma AB"],
            ["Pär", "Ek", "par@firma.se", None],
            ["Eva", "Lund", "eva@firma.se", None],
        ],
    )
    sheet.merge_cells("D2:D4")
    rows = [
        ["Förnamn", "Efternamn", "E-post", "Organisation"],
        ["Åsa", "Öberg", "asa@firma.se", "Firma AB"],
        ["Pär", "Ek", "par@firma.se", "Firma AB"],
        ["Eva", "Lund", "eva@firma.se", "Firma AB"],
    ]
    return Sample(
        "lista.xlsx",
        _xlsx(book),
        rows,
        ("XLSX", "Lista"),
        notes=[("merged_cells", {"ranges": "D2:D4"})],
    )


#: A personnummer of someone born in 2003 (10 digits start with 0) and a mobile number.
PNR_2003 = "0304054240"
MOBILE = "0701234567"


def numbers_stored_as_numbers() -> Sample:
    """Personnummer and phone typed into Excel: numbers, the leading 0 dropped."""
    book, _sheet = _book(
        "Blad1",
        [
            ["Förnamn", "Efternamn", "E-post", "Personnummer", "Mobil", "Poäng"],
            ["Ylva", "Ek", "ylva@firma.se", int(PNR_2003), int(MOBILE), 7.5],
            ["Olof", "Ek", "olof@firma.se", 8112189876, 46701234567, 20.0],
        ],
    )
    rows = [
        ["Förnamn", "Efternamn", "E-post", "Personnummer", "Mobil", "Poäng"],
        ["Ylva", "Ek", "ylva@firma.se", PNR_2003, MOBILE, "7.5"],
        ["Olof", "Ek", "olof@firma.se", "8112189876", "+46701234567", "20"],
    ]
    return Sample(
        "nummer.xlsx",
        _xlsx(book),
        rows,
        ("XLSX", "Blad1"),
        notes=[
            ("leading_zero", {"count": 1, "column": "Personnummer", "rows": "2"}),
            ("leading_zero", {"count": 2, "column": "Mobil", "rows": "2, 3"}),
        ],
    )


def hidden_rows() -> Sample:
    """A row hidden in Excel is read, and reported."""
    book, sheet = _book("Blad1", TABLE)
    sheet.row_dimensions[3].hidden = True
    return Sample(
        "dolda.xlsx", _xlsx(book), TABLE, ("XLSX", "Blad1"), notes=[("hidden_rows", {"rows": "3"})]
    )


def formatted_empty_cells() -> Sample:
    """Cells formatted but empty to the right of the list and far below it (a bold column,
    a coloured row 5,000): they are no columns and no rows."""
    from openpyxl.styles import Font, PatternFill

    book, sheet = _book("Blad1", TABLE)
    sheet.cell(row=1, column=200).font = Font(bold=True)
    sheet.cell(row=5000, column=1).fill = PatternFill("solid", fgColor="FFFF00")
    return Sample("formaterad.xlsx", _xlsx(book), TABLE, ("XLSX", "Blad1"))


def random_bytes() -> Sample:
    """Random bytes named .csv (a damaged download, a renamed binary)."""
    data = random.Random(25).randbytes(4096)
    return Sample("deltagare.csv", data, reason="binary", params={"line": 1})


def huge_cell() -> Sample:
    """A cell over 128 KB (a pasted document) on row 3."""
    rows = [HEADER, PEOPLE[0], ["Anna", "x" * 140_000, "anna@firma.se", ""]]
    return Sample(
        "stor.csv",
        _csv(rows, ";").encode("utf-8"),
        reason="cell_too_large",
        params={"row": 3, "limit": 131072},
    )


def unclosed_quote() -> Sample:
    """A quote opened in row 3 and never closed: the csv module reads the rest into a cell."""
    text = _csv(TABLE[:2], ";") + '"Pär;Ek;par@firma.se;\r\n' + _csv(TABLE[1:2] * 5, ";")
    return Sample("citat.csv", text.encode("utf-8"), reason="quote_unclosed", params={"row": 3})


def unclosed_quote_closed_later() -> Sample:
    """A quote left open in row 2 that a later cell's quote happens to close."""
    rows = _csv(TABLE[2:4] * 3, ";")
    text = _csv(TABLE[:1], ";") + 'Åsa;"Öberg;asa@firma.se;\r\n' + rows + 'Ek";x@firma.se;\r\n'
    return Sample("citat2.csv", text.encode("utf-8"), reason="quote_unclosed", params={"row": 2})


def mixed_encodings() -> Sample:
    """Rows appended in Windows-1252 to a UTF-8 file: line 4 is in another encoding."""
    head = _csv(TABLE[:3], ";").encode("utf-8")
    tail = _csv(TABLE[3:], ";").encode("cp1252")
    return Sample(
        "blandad.csv", head + tail, reason="encoding_mixed", params={"line": 4, "first": 1}
    )


def double_utf8() -> Sample:
    """UTF-8 read as Windows-1252 and saved as UTF-8 again: "Ã…sa Ã–berg"."""
    text = _csv(TABLE, ";").encode("utf-8").decode("cp1252", errors="replace")
    return Sample("trasig.csv", text.encode("utf-8"), reason="double_encoded", params={"line": 1})


def cyrillic_cp1251() -> Sample:
    """Swedish and Cyrillic names saved on a Russian Windows (cp1251): read as such, not as
    Windows-1252 ("Èâàí") or Mac Roman."""
    rows = [
        ["Fornamn", "Efternamn", "E-post", "Mobil"],
        ["Anna", "Berg", "anna.berg@firma.se", "070-123 45 67"],
        ["Erik", "Lund", "erik.lund@firma.se", ""],
        ["Иван", "Петров", "ivan@firma.se", ""],
        ["Ольга", "Смирнова", "olga@firma.se", ""],
    ]
    data = _csv(rows, ";").encode("cp1251")
    return Sample("spisok.csv", data, rows, ("CSV", "Windows-1251", ";"))


def cyrillic_one_name_cp1251() -> Sample:
    """A Swedish list in cp1251 with one Cyrillic name among many (read as Mac Roman once)."""
    rows = [["Fornamn", "Efternamn", "E-post", "Mobil"]]
    rows += [[f"Anna{n}", "Berg", f"anna{n}@firma.se", ""] for n in range(1, 6)]
    rows += [["Иван", "Петров", "ivan@firma.se", ""]]
    data = _csv(rows, ";").encode("cp1251")
    return Sample("lista.csv", data, rows, ("CSV", "Windows-1251", ";"))


def japanese_shift_jis() -> Sample:
    """A list in Shift JIS: no encoding Kansli reads fits."""
    rows = [["名前", "姓", "メール"], ["太郎", "山田", "taro@firma.se"]] * 3
    return Sample("namae.csv", _csv(rows, ";").encode("shift_jis"), reason="encoding_unknown")


def old_xls() -> Sample:
    """Excel 97-2003 (.xls): an OLE2 file."""
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    return Sample("deltagare.xls", data, reason="xls")


def broken_xlsx() -> Sample:
    """A .xlsx that is no workbook."""
    return Sample("deltagare.xlsx", b"this is not a zip file", reason="xlsx_broken")


def pdf() -> Sample:
    """A file type no import reads."""
    return Sample("deltagare.pdf", b"%PDF-1.4\n", reason="file_type", params={"suffix": ".pdf"})


READABLE = [
    excel_semicolon_cp1252,
    utf8_with_bom,
    utf8_without_bom,
    utf16_unicode_text,
    mac_roman_cr,
    quoted_cells,
    sep_line,
    tsv,
    several_sheets,
    merged_cells,
    numbers_stored_as_numbers,
    hidden_rows,
    formatted_empty_cells,
    cyrillic_cp1251,
    cyrillic_one_name_cp1251,
]
UNREADABLE = [
    random_bytes,
    huge_cell,
    unclosed_quote,
    unclosed_quote_closed_later,
    mixed_encodings,
    double_utf8,
    japanese_shift_jis,
    old_xls,
    broken_xlsx,
    pdf,
]
