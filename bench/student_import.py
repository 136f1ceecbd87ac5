"""``import-student-records``: an export of the student system imported by the server's CLI.

50,000 rows (``--size``) of a Ladok-like export as Excel saves it on a
Swedish Windows (";"-separated, Windows-1252, Swedish headers) are imported
with ``kansli-server import-student-records`` (its function, in this process)
into a fresh SQLite server database, then imported again (every row
unchanged). Figures: seconds of each run and the process's peak memory.
Target (issue 25): 50,000 rows in at most 30 s.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

from stdnum import luhn

from bench.harness import Result, load_average, peak_rss_mb, profiled, timer
from server.cli import main as server_cli
from server.db import migrate
from server.services.accounts import create_tenant
from server.services.database import Database

DEFAULT_ROWS = 50_000
HEADER = (
    "Personnummer;E-post;Förnamn;Efternamn;Programkod;Program;Examen;Högskolepoäng;Examensår;"
    "Utdelningsadress;Postnummer;Postort"
)


def personnummer(n: int) -> str:
    """The ``n``-th of distinct valid 10-digit personnummer (YYMMDDNNNC)."""
    born = date(1950, 1, 1) + timedelta(days=n % 18_000)
    base = born.strftime("%y%m%d") + f"{n // 18_000 % 1000:03d}"
    return base + luhn.calc_check_digit(base)


def export_csv(rows: int) -> bytes:
    """A student-system export of ``rows`` rows as Excel writes it (";", Windows-1252)."""
    out = io.StringIO()
    out.write(HEADER + "\r\n")
    for n in range(rows):
        credits = f"{180 + n % 3 * 7.5:g}".replace(".", ",")  # a decimal comma
        out.write(
            f"{personnummer(n)};student{n}@example.se;Åsa;Öberg {n};P{n % 40:02d};"
            f"Sjuksköterskeprogrammet;Sjuksköterskeexamen;{credits};{1990 + n % 35};"
            f"Storgatan {n % 90 + 1};{41101 + n % 800};Göteborg\r\n"
        )
    return out.getvalue().encode("cp1252")


def import_student_records(size: int | None) -> Result:
    """Time the student-record import of ``size`` rows (first run and a repeat)."""
    rows = size or DEFAULT_ROWS
    result = Result("import-student-records", {"rows": rows, "database": "sqlite"})
    tmp = Path(tempfile.mkdtemp(prefix="kansli-bench-"))
    try:
        url = f"sqlite:///{tmp / 'server.db'}"
        migrate(url)
        db = Database(url)
        try:
            with db.transaction() as session:
                create_tenant(session=session, slug="bench", name="Bench", language="sv")
        finally:
            db.dispose()
        export = tmp / "ladok-export.csv"
        export.write_bytes(export_csv(rows))
        args = ["import-student-records", "--database", url, "--tenant", "bench", str(export)]
        quiet = io.StringIO()
        with (
            profiled("import-student-records"),
            timer() as first,
            contextlib.redirect_stdout(quiet),
        ):
            code = server_cli(args)
        if code != 0:
            raise RuntimeError(f"the import failed: {quiet.getvalue()}")
        with timer() as again, contextlib.redirect_stdout(quiet):
            server_cli(args)
        result.record("import_s", first())
        result.record("reimport_s", again())
        result.record("rows_per_s", rows / first())
        result.record("peak_rss_mb", peak_rss_mb())
        result.target("import_s", "<=", 30.0 * rows / DEFAULT_ROWS)
        result.notes.append(f"load average {load_average()}")
        result.notes.append(" | ".join(quiet.getvalue().splitlines()))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return result
