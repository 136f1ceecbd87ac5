"""``kansli-server import-student-records``: all rows or none, every error with row and column."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import StudentRecord
from server.cli import main
from server.services.database import Database
from tests.alumni import builders as b


def tenant(db: Database) -> tuple[str, str]:
    with db.transaction() as s:
        t = b.tenant(s)
        return t.id, t.slug


def stored(db: Database, tenant_id: str) -> int:
    with db.sessions() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(StudentRecord)
                .where(StudentRecord.tenant_id == tenant_id)
            )
            or 0
        )


def test_an_export_is_imported_and_counted(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tid, slug = tenant(sqlite_db)
    export = tmp_path / "ladok-export.csv"
    export.write_text(
        "Personnummer;E-post;Förnamn;Efternamn;Programkod;Examen;HP;Examensår;Kommentar\n"
        f"{b.ANNA_PNR};anna@example.se;Anna;Berg;SSY;Sjuksköterskeexamen;180,0;2012;x\n"
        f"{b.ERIK_PNR};;Erik;Lund;DV;;87,5;;\n",
        encoding="utf-8",
    )
    args = ["import-student-records", "--database", sqlite_db.url, "--tenant", slug, str(export)]

    assert main(args) == 0
    first = capsys.readouterr().out
    assert main(args) == 0
    second = capsys.readouterr().out

    assert f"student records of {slug}: 2 created, 0 updated, 0 unchanged" in first
    assert "columns ignored: Kommentar" in first
    assert "0 created, 0 updated, 2 unchanged" in second
    assert stored(sqlite_db, tid) == 2


def test_a_wrong_export_imports_nothing_and_names_each_row_and_column(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tid, slug = tenant(sqlite_db)
    export = tmp_path / "export.csv"
    export.write_text(
        "personnummer,email,credits,graduation_year\n"
        f"{b.ANNA_PNR},anna@example.se,180,2012\n"
        "850101-1234,,many,2012\n"
        f"{b.ERIK_PNR},erik@,90,12\n",
        encoding="utf-8",
    )

    code = main(
        ["import-student-records", "--database", sqlite_db.url, "--tenant", slug, str(export)]
    )

    err = capsys.readouterr().err
    assert code == 1
    assert f"{export}: row 3, personnummer: Personnummer has a wrong check digit" in err
    assert f"{export}: row 3, credits: 'many' is not a number" in err
    assert f"{export}: row 4, email:" in err
    assert f"{export}: row 4, graduation_year: '12' is not a year (YYYY)" in err
    assert "4 error(s); nothing was imported" in err
    assert stored(sqlite_db, tid) == 0


def test_an_unknown_tenant_or_unreadable_file_is_a_clear_error(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _tid, slug = tenant(sqlite_db)
    export = tmp_path / "export.pdf"
    export.write_text("personnummer\n", encoding="utf-8")
    base = ["import-student-records", "--database", sqlite_db.url, "--tenant"]

    assert main([*base, "no-such-tenant", str(export)]) == 1
    assert "No tenant 'no-such-tenant'" in capsys.readouterr().err
    assert main([*base, slug, str(export)]) == 1
    assert "Files of type .pdf cannot be imported" in capsys.readouterr().err
    assert main([*base, slug, str(tmp_path / "missing.csv")]) == 1
    assert "missing.csv" in capsys.readouterr().err
