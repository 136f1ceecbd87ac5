"""Importing an export of the student system (CSV, XLSX) and reading it back as a source."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from models import StudentRecord
from server.services.alumni.student_records import (
    DatabaseStudentRecords,
    StudentRecordImportError,
    import_student_records,
)
from server.services.database import Database
from tests.alumni import builders as b

TODAY = date(2026, 11, 2)
TENANT = "0190a000-0000-7000-8000-000000000001"
BORN_2003 = b.personnummer(date(2003, 4, 5), 42)  # 10-digit form starts with 0


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def records(db: Database) -> list[StudentRecord]:
    with db.sessions() as s:
        return list(
            s.execute(
                select(StudentRecord)
                .where(StudentRecord.tenant_id == TENANT)
                .order_by(StudentRecord.program_code)
            ).scalars()
        )


def run_import(db: Database, path: Path) -> Any:
    with db.transaction() as s:
        return import_student_records(s, TENANT, path, today=TODAY)


def test_csv_export_with_swedish_headers_semicolons_and_decimal_commas(
    sqlite_db: Database, tmp_path: Path
) -> None:
    ten = f"{b.ANNA_PNR[2:8]}-{b.ANNA_PNR[8:]}"
    path = tmp_path / "ladok.csv"
    path.write_text(
        "Personnummer;E-post;Förnamn;Efternamn;Programkod;Program;Examen;Högskolepoäng;"
        "Examensår;Kommentar\n"
        f"{ten};Anna.Berg@Example.se;Anna;Berg;SSY;Sjuksköterskeprogrammet;"
        "Sjuksköterskeexamen;187,5;2012;ok\n"
        "\n"
        ";erik@example.se;Erik;Lund;EKO;Ekonomprogrammet;;60;;\n",
        encoding="utf-8-sig",
    )

    summary = run_import(sqlite_db, path)

    assert (summary.created, summary.updated, summary.unchanged) == (2, 0, 0)
    assert summary.ignored_columns == ["Kommentar"]
    eko, ssy = records(sqlite_db)
    assert (ssy.personnummer, ssy.email, ssy.credits, ssy.graduation_year) == (
        b.ANNA_PNR,
        "anna.berg@example.se",
        187.5,
        2012,
    )
    assert (ssy.degree, ssy.program_name, ssy.source) == (
        "Sjuksköterskeexamen",
        "Sjuksköterskeprogrammet",
        "import",
    )
    assert (eko.personnummer, eko.degree, eko.graduation_year) == (None, None, None)
    assert all(r.server_seq is not None for r in (eko, ssy))


def test_xlsx_export_with_number_cells_keeps_the_leading_zero_of_a_personnummer(
    sqlite_db: Database, tmp_path: Path
) -> None:
    as_number = int(BORN_2003[2:])  # Excel drops the leading 0 of 0304054...
    path = write_xlsx(
        tmp_path / "export.xlsx",
        [
            ["personnummer", "email", "first_name", "last_name", "program_code", "degree",
             "credits", "graduation_year", "street", "postal_code", "city"],
            [as_number, "x@example.se", "Ylva", "Ek", "DV", "Kandidatexamen", 180, 2025.0,
             "Storgatan 1", "41101", "Göteborg"],
        ],
    )  # fmt: skip

    run_import(sqlite_db, path)

    (record,) = records(sqlite_db)
    assert record.personnummer == BORN_2003
    assert (record.credits, record.graduation_year, record.city) == (180.0, 2025, "Göteborg")


def test_importing_the_same_export_again_changes_nothing_and_updates_what_changed(
    sqlite_db: Database, tmp_path: Path
) -> None:
    header = "personnummer,program_code,credits\n"
    first = tmp_path / "first.csv"
    first.write_text(header + f"{b.ANNA_PNR},SSY,90\n{b.ERIK_PNR},EKO,60\n", encoding="utf-8")
    later = tmp_path / "later.csv"
    later.write_text(header + f"{b.ANNA_PNR},SSY,180\n{b.ERIK_PNR},EKO,60\n", encoding="utf-8")

    run_import(sqlite_db, first)
    seqs = {r.id: r.server_seq for r in records(sqlite_db)}
    again = run_import(sqlite_db, first)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert {r.id: r.server_seq for r in records(sqlite_db)} == seqs  # no needless writes
    updated = run_import(sqlite_db, later)

    assert (updated.created, updated.updated, updated.unchanged) == (0, 1, 1)
    assert [r.credits for r in records(sqlite_db)] == [60.0, 180.0]


def test_every_bad_row_is_reported_with_row_column_and_reason_and_nothing_is_imported(
    sqlite_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "personnummer,email,program_code,credits,graduation_year\n"
        f"{b.ANNA_PNR},,SSY,180,2012\n"
        "198501011234,,SSY,180,2012\n"
        ",not-an-address,EKO,lots,12\n"
        ",,DV,10,2010\n"
        f"{b.ANNA_PNR[2:]},,SSY,180,2012\n",
        encoding="utf-8",
    )

    with pytest.raises(StudentRecordImportError) as caught:
        run_import(sqlite_db, path)

    assert [(e.row, e.column, e.reason) for e in caught.value.errors] == [
        (3, "personnummer", "Personnummer has a wrong check digit"),
        (4, "email", "E-mail address has no @"),
        (4, "credits", "'lots' is not a number"),
        (4, "graduation_year", "'12' is not a year (YYYY)"),
        (5, "personnummer", "needs a personnummer or an e-mail address"),
        (6, "program_code", "same person and program as row 2"),
    ]
    assert str(caught.value).startswith("6 errors, the first: row 3, personnummer:")
    assert caught.value.row == 3 and caught.value.field == "personnummer"
    assert records(sqlite_db) == []


def test_a_file_without_an_identifying_column_is_refused_at_the_header(
    sqlite_db: Database, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "names.xlsx", [["Förnamn", "Efternamn"], ["Anna", "Berg"]])

    with pytest.raises(StudentRecordImportError) as caught:
        run_import(sqlite_db, path)

    assert [(e.row, e.column) for e in caught.value.errors] == [(1, "header")]
    assert "personnummer or an e-mail column" in caught.value.errors[0].reason


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("records.pdf", b"%PDF-1.4", "Files of type .pdf cannot be imported"),
        ("broken.xlsx", b"this is not a zip file", "is not a readable Excel workbook"),
    ],
)
def test_a_file_that_is_no_export_is_refused_with_a_clear_error(
    sqlite_db: Database, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)

    with pytest.raises(Exception, match=message) as caught:
        run_import(sqlite_db, path)
    assert getattr(caught.value, "field", None) == "file"


def test_database_source_finds_records_by_personnummer_or_email_in_its_tenant_only(
    sqlite_db: Database,
) -> None:
    with sqlite_db.transaction() as s:
        b.student_record(s, TENANT, personnummer=b.ANNA_PNR, program_code="SSY")
        b.student_record(s, TENANT, email="anna@home.se", program_code="MAG", graduation_year=2015)
        b.student_record(s, "another-tenant", personnummer=b.ANNA_PNR, program_code="XXX")
    source = DatabaseStudentRecords(sqlite_db.sessions, tenant_id=TENANT)

    both = source.lookup(personnummer=b.ANNA_PNR, email="Anna@Home.se")
    by_pnr = source.lookup(personnummer=b.ANNA_PNR, email=None)
    nothing = source.lookup(personnummer=None, email=None)

    assert [r.program_code for r in both] == ["MAG", "SSY"]
    assert [r.program_code for r in by_pnr] == ["SSY"]
    assert all(r.record_id for r in both)
    assert nothing == []
    # Many pairs at once (a batch of registrations) answer as each pair alone.
    pairs = [
        (b.ANNA_PNR, "Anna@Home.se"),
        (b.ANNA_PNR, None),
        (None, "anna@home.se"),
        (b.ERIK_PNR, "nobody@example.se"),
        (None, None),
    ]
    assert source.lookup_many(pairs) == [source.lookup(personnummer=p, email=e) for p, e in pairs]


def test_import_counts_rows_in_the_database(sqlite_db: Database, tmp_path: Path) -> None:
    rows = [["personnummer", "program_code"]] + [
        [b.personnummer(date(1980 + i % 20, 1 + i % 12, 1 + i % 28), i), "P"] for i in range(300)
    ]
    run_import(sqlite_db, write_xlsx(tmp_path / "many.xlsx", rows))

    with sqlite_db.sessions() as s:
        total = s.execute(select(func.count()).select_from(StudentRecord)).scalar_one()
    assert total == 300


def test_swedish_header_variants_are_understood(sqlite_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(
        f"Personnr;E-postadress;Programkod\r\n{b.ANNA_PNR};Anna@Example.se;SSY\r\n".encode("cp1252")
    )

    summary = run_import(sqlite_db, path)

    assert (summary.created, summary.ignored_columns) == (1, [])
    (record,) = records(sqlite_db)
    assert (record.personnummer, record.email) == (b.ANNA_PNR, "anna@example.se")
