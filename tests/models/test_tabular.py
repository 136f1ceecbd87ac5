"""The one reader of import files (models.tabular) on the files offices produce."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from models.importing import HEADERS
from models.tabular import ERRORS, UnreadableFile, header_matcher, read_table
from tests.models import import_corpus as corpus

RECOGNISE = header_matcher(HEADERS)


def _id(make: Callable[[], corpus.Sample]) -> str:
    return make.__name__


@pytest.mark.parametrize("make", corpus.READABLE, ids=_id)
def test_each_kind_of_office_file_is_read_exactly(make: Callable[[], corpus.Sample]) -> None:
    sample = make()

    table = read_table(sample.data, sample.name, recognise=RECOGNISE)

    assert table.rows == sample.rows
    source = table.source
    if source.format == "CSV":
        assert (source.format, source.encoding, source.delimiter) == sample.source
    else:
        assert (source.format, source.sheet) == sample.source
    assert [(n.code, n.params) for n in source.notes] == sample.notes


@pytest.mark.parametrize("make", corpus.UNREADABLE, ids=_id)
def test_each_unreadable_file_is_refused_saying_what_is_wrong(
    make: Callable[[], corpus.Sample],
) -> None:
    sample = make()

    with pytest.raises(UnreadableFile) as caught:
        read_table(sample.data, sample.name, recognise=RECOGNISE)

    error = caught.value
    assert (error.reason, error.code, error.field) == (sample.reason, "unreadable_file", "file")
    assert {k: error.params[k] for k in sample.params} == sample.params
    assert error.message == ERRORS[error.reason].format(**error.params)
    if "row" in sample.params:
        assert error.row == sample.params["row"]


def test_the_separator_is_the_one_that_makes_a_known_header_not_the_most_frequent() -> None:
    # Every row holds more ";" than ",": a sniffer takes ";" and finds no known column.
    text = "First name,Last name,E-mail\n" + "".join(
        f'"A;B;C;{n}","D;E",a{n}@firma.se\n' for n in range(5)
    )

    table = read_table(text.encode(), "list.csv", recognise=RECOGNISE)

    assert table.source.delimiter == ","
    assert table.rows[1] == ["A;B;C;0", "D;E", "a0@firma.se"]


def test_a_file_without_a_known_header_is_still_read_with_the_widest_first_row() -> None:
    table = read_table(b"a;b;c\n1;2;3\n", "x.csv", recognise=RECOGNISE)

    assert table.rows == [["a", "b", "c"], ["1", "2", "3"]]


def test_a_stray_control_character_is_left_to_the_row_checks_not_called_binary() -> None:
    data = "Förnamn;Efternamn;E-post\nÅsa\x00;Öberg;asa@firma.se\n".encode()

    table = read_table(data, "x.csv", recognise=RECOGNISE)

    assert table.rows[1][0] == "Åsa\x00"


def test_an_xlsx_saved_with_a_csv_name_is_read_as_a_workbook() -> None:
    sample = corpus.several_sheets()

    table = read_table(sample.data, "deltagare.csv", recognise=RECOGNISE)

    assert table.rows == sample.rows


def test_an_xlsx_sheet_keeps_excels_row_numbers_and_shows_values_as_excel_does() -> None:
    """Cells read by calamine: an empty row keeps the rows' numbers (a hidden row named
    as Excel names it), and dates, numbers and booleans read as shown."""
    import datetime
    import io

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Lista"
    sheet.append(["Förnamn", "Efternamn", "E-post", "Telefon", "Född", "Anmäld", "Betalt"])
    sheet.append([])
    sheet.append(["Åsa", "Öberg", "asa@firma.se", 701234567, datetime.date(2000, 1, 2),
                  datetime.datetime(2026, 11, 2, 9, 30), True])  # fmt: skip
    sheet.append(["Per", "Ek", "per@firma.se", 20.0, None, None, False])
    sheet.row_dimensions[4].hidden = True
    out = io.BytesIO()
    book.save(out)

    table = read_table(out.getvalue(), "lista.xlsx", recognise=RECOGNISE)

    assert table.rows[1] == [""] * 7
    assert table.rows[2] == ["Åsa", "Öberg", "asa@firma.se", "0701234567", "2000-01-02",
                             "2026-11-02 09:30:00", "True"]  # fmt: skip
    assert table.rows[3][:4] == ["Per", "Ek", "per@firma.se", "20"]
    assert table.source.hidden_rows == [4]


def test_an_xlsx_whose_layout_cannot_be_read_is_still_read_from_its_cells() -> None:
    """The workbook's own XML is read only for the active sheet and hidden rows: a
    workbook without a readable ``workbook.xml.rels`` imports its first sheet."""
    import io
    import zipfile

    sample = corpus.several_sheets()
    broken = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(sample.data)) as src,
        zipfile.ZipFile(broken, "w") as dst,
    ):
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"<Relationships", b"<Broken", 1)
            dst.writestr(item, data)

    table = read_table(broken.getvalue(), "deltagare.xlsx", recognise=RECOGNISE)

    assert table.rows == sample.rows
