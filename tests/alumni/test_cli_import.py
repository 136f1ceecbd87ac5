"""``kansli-server import-student-records``: all rows or none, every error with row and column."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import StudentRecord
from models.tabular import ERRORS, NOTES
from server.cli import main
from server.db import migrate
from server.services.database import Database
from tests.alumni import builders as b
from tests.models import import_corpus as corpus


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


# -- the files offices produce (tests/models/import_corpus.py) --------------------------------


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One migrated SQLite server database for the corpus tests (each makes its own tenant)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('cli-corpus') / 'server.db'}"
    migrate(url)
    database = Database(url)
    yield database
    database.dispose()


def _run(db: Database, tmp_path: Path, sample: corpus.Sample) -> tuple[int, str, str, int]:
    """(exit code, stdout, stderr, records stored) of importing ``sample`` into a new tenant."""
    tid, slug = tenant(db)
    export = tmp_path / sample.name
    export.write_bytes(sample.data)
    args = ["import-student-records", "--database", db.url, "--tenant", slug, str(export)]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    return code, out.getvalue(), err.getvalue(), stored(db, tid)


#: A name holding a line break is refused by the row checks (test below), not the reader.
_ONE_LINE = [m for m in corpus.READABLE if m is not corpus.quoted_cells]


@pytest.mark.parametrize("make", _ONE_LINE, ids=lambda m: m.__name__)
def test_each_kind_of_office_export_is_imported_and_says_how_it_was_read(
    shared_db: Database, tmp_path: Path, make: Callable[[], corpus.Sample]
) -> None:
    sample = make()
    assert sample.rows is not None

    code, out, err, count = _run(shared_db, tmp_path, sample)

    assert (code, err) == (0, "")
    records = len(sample.rows) - 1
    assert f"{records} created, 0 updated, 0 unchanged" in out
    assert count == records
    how = sample.source
    separator = "tab" if how[-1] == "\t" else how[-1]
    expected = (
        f"CSV, {how[1]}, separator {separator}" if how[0] == "CSV" else f"XLSX, sheet {how[1]}"
    )
    assert f"{sample.name} as {expected}\n" in out
    for code_, params in sample.notes:
        if params.get("column") == "Mobil":
            continue  # no phone column in student records: not read, so not restored
        assert f"note: {NOTES[code_].format(**params)}\n" in out


@pytest.mark.parametrize("make", corpus.UNREADABLE, ids=lambda m: m.__name__)
def test_an_unreadable_export_is_a_clear_error_not_a_traceback(
    shared_db: Database, tmp_path: Path, make: Callable[[], corpus.Sample]
) -> None:
    sample = make()

    code, out, err, count = _run(shared_db, tmp_path, sample)

    assert (code, count, out) == (1, 0, "")
    assert err.startswith(f"kansli-server: error: {tmp_path / sample.name}: ")
    assert err.endswith("; nothing was imported\n")
    head = ERRORS[sample.reason or ""].split("{")[0]
    assert head in err
    assert "Traceback" not in err


def test_a_header_only_export_imports_nothing_with_a_warning(
    shared_db: Database, tmp_path: Path
) -> None:
    sample = corpus.Sample("tom.csv", "Personnummer;E-post;Programkod\r\n".encode("cp1252"))

    code, out, err, count = _run(shared_db, tmp_path, sample)

    assert (code, count) == (0, 0)
    assert err == f"warning: {tmp_path / 'tom.csv'} has a header row and no records\n"
    assert "0 created, 0 updated, 0 unchanged" in out


def test_numbers_stored_as_numbers_keep_their_leading_zero(
    shared_db: Database, tmp_path: Path
) -> None:
    tid, slug = tenant(shared_db)
    export = tmp_path / "nummer.xlsx"
    export.write_bytes(corpus.numbers_stored_as_numbers().data)

    assert (
        main(["import-student-records", "--database", shared_db.url, "--tenant", slug, str(export)])
        == 0
    )

    with shared_db.sessions() as s:
        found = s.scalars(
            select(StudentRecord.personnummer)
            .where(StudentRecord.tenant_id == tid)
            .order_by(StudentRecord.email)
        ).all()
    assert found == ["19811218" + "9876", "20" + corpus.PNR_2003]


def test_a_line_break_inside_a_name_is_refused_with_its_row_and_column(
    shared_db: Database, tmp_path: Path
) -> None:
    code, out, err, count = _run(shared_db, tmp_path, corpus.quoted_cells())

    assert (code, count, out) == (1, 0, "")
    assert f"{tmp_path / 'list.csv'}: row 3, last_name: must be on one line" in err


def test_a_nul_in_a_cell_is_refused_with_row_and_column_on_both_backends(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # PostgreSQL cannot store a NUL in text: the row checks refuse it before any write.
    tid, slug = tenant(db)
    export = tmp_path / "export.csv"
    export.write_bytes(
        "Personnummer;E-post;Förnamn;Efternamn\r\n"
        f"{b.ANNA_PNR};anna@example.se;Anna;Berg\r\n"
        f"{b.ERIK_PNR};erik@example.se;Er\x00ik;Lund\r\n".encode("cp1252")
    )
    args = ["import-student-records", "--database", db.url, "--tenant", slug, str(export)]

    assert main(args) == 1
    err = capsys.readouterr().err
    assert f"{export}: row 3, first_name: contains an invisible control character" in err
    assert stored(db, tid) == 0

    export.write_bytes(export.read_bytes().replace(b"\x00", b""))
    assert main(args) == 0
    assert "2 created" in capsys.readouterr().out
    assert stored(db, tid) == 2
