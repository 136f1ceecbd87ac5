"""``import-participants``: a participant list from XLSX onto a round, read to synced.

10,000 rows (``--size``) in an Excel workbook, as an office makes it: the
desktop's own steps, in this process, without the GUI (the dialog only shows
their results): read and check the file with its rows matched against the
local database (``preview_file``), import it in one local transaction
(``import_rows``), then sync until the server has every command. The round is one
the run makes with a seat for every row, so each row gets a place. The local
file is the desktop's (with its search index and sort keys). Target: at
most 10 s from the file to synced, peak memory at most 400 MB.
"""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path

from sqlalchemy import text

from bench.harness import Result, load_average, peak_rss_mb, profiled, timer
from bench.sync_scenarios import close, signed_in_engine
from models.commands import Actor
from models.courses import RegistrationStatus
from sync.engine import SyncEngine


def _workbook(path: Path, n: int) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Deltagare")
    ws.append(["Förnamn", "Efternamn", "E-post", "Telefon", "Organisation"])
    for i in range(n):
        ws.append([f"Förnamn{i}", f"Efternamnsson{i}", f"deltagare{i}@import.example",
                   f"070-{i:07d}", "Import AB"])  # fmt: skip
    wb.save(path)


def _round_with_seats(engine: SyncEngine, actor: Actor, seats: int) -> str:
    """A new round (``round.create``, synced) with a seat for every imported row.

    The demo's rounds have 45-60 seats and are full: onto one of them an import's
    rows all went on the waiting list. The office imports a list onto a round that has
    room for it, so the bench measures that path (each row given a place).
    """
    from models.commands import build
    from models.ids import new_id

    with engine.store.sessions() as s:
        course_id = s.execute(text("SELECT id FROM course LIMIT 1")).scalar_one()
    round_id = new_id()
    args = {"round_id": round_id, "course_id": course_id, "name": "Importen", "seats": seats}
    engine.store.execute(build("round.create", 1, args, id=new_id()), actor)
    engine.sync_once()
    assert not engine.store.pending_count(), "the bench's round was not synced"
    return round_id


def import_participants(size: int | None) -> Result:
    from bench.env import server_with_tenant
    from desktop import local_index
    from desktop.operations.executor import OpContext
    from desktop.participants.import_ops import import_rows, preview_file

    n = size or 10_000
    result = Result("import-participants", {"rows": n, "format": "xlsx"})
    with server_with_tenant(200) as t, tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "deltagare.xlsx"
        _workbook(path, n)
        engine = signed_in_engine(t, Path(tmp) / "client.db")
        engine.sync_once()
        # As the desktop opens its file: the search index and sort keys, whose triggers
        # every imported row goes through too.
        local_index.prepare(engine.store)
        actor = engine.actor()
        round_id = _round_with_seats(engine, actor, n)
        ctx = OpContext(store=engine.store, actor=actor, engine=engine,
                        cancel_event=threading.Event())  # fmt: skip
        load = load_average()
        with timer() as total:
            with timer() as took, profiled("import-preview"):
                preview = preview_file(ctx, path, round_id)
            assert preview.ok, preview.problems[:3]
            result.record("read_and_preview_s", took())
            with timer() as took, profiled("import-apply"):
                done = import_rows(ctx, rows=preview.rows, round_id=round_id, manager_id=None)
            assert done.registrations == n, done
            with engine.store.sessions() as s:
                placed = s.execute(
                    text("SELECT count(*) FROM registration WHERE round_id = :r AND status = :s"),
                    {"r": round_id, "s": RegistrationStatus.REGISTERED.value},
                ).scalar_one()
            assert placed == n, f"{placed} of {n} rows given a place"
            result.record("import_local_s", took())
            with timer() as took, profiled("import-sync"):
                report = engine.sync_once()
                while engine.store.pending_count():
                    report = engine.sync_once()
            result.record("sync_s", took())
        assert not engine.store.rejected_count(), report
        close(engine)
    result.record("total_s", total())
    result.record("rows_per_s", n / total())
    result.record("peak_rss_mb", peak_rss_mb())
    result.notes.append(f"load average (1 min) before / after: {load} / {load_average()}")
    result.notes.append(
        f"imported onto a round of {n} seats made for the run: every row given a place "
        "(not the waiting list)"
    )
    result.target("total_s", "<=", 10.0)
    result.target("peak_rss_mb", "<=", 400.0)
    return result
