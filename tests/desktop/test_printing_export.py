"""Printing (attendance sheet, participant list, preview) and export to CSV and XLSX."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from typing import Any

from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog

from desktop.export import write_csv, write_xlsx
from desktop.participants.export import export_participants
from desktop.participants.query import ParticipantQuery, Status
from desktop.printing.output import preview
from desktop.printing.sheet import SheetSpec, people_sheet_spec, write_pdf
from tests.desktop.conftest import pdf_pages_text, read


def people(n: int) -> list[dict[str, str]]:
    return [
        {"name": f"Deltagare {i:03d} Åberg", "organisation": f"Nordvik {i % 7} AB",
         "email": f"deltagare{i:03d}@nordvik.se", "status": "Approved"}
        for i in range(n)
    ]  # fmt: skip


def sheet(kind: str, n: int, **kw: Any) -> SheetSpec:
    """A ``kind`` sheet of ``n`` people under short header texts."""
    return people_sheet_spec(kind, title="T", subtitle="S", organisation="O", rows=people(n), **kw)


def test_attendance_sheet_of_120_repeats_header_and_numbers_pages(tmp_path) -> None:
    spec = people_sheet_spec(
        "attendance",
        title="Projektledning HT2026",
        subtitle="2026-09-14 – 2026-09-17 · Stockholm",
        organisation="Kansli Demo University",
        rows=people(120),
        blank_rows=8,
    )
    path = tmp_path / "sheet.pdf"
    pages = write_pdf(spec, str(path))
    texts = pdf_pages_text(path)
    assert len(texts) == pages > 1
    for n, text in enumerate(texts, start=1):
        assert "Kansli Demo University" in text and "Attendance sheet" in text
        assert "Projektledning HT2026" in text and "2026-09-14" in text
        assert all(h in text for h in ("Name", "Organisation", "E-mail", "Signature"))
        assert f"Page {n} of {pages}" in text and "Printed " in text
    everything = "\n".join(texts)
    assert all(f"deltagare{i:03d}@nordvik.se" in everything for i in range(120))
    # 120 people fill 4.8 pages of 25 rows: the 5 rows left on the last page are the blank
    # rows (at least five), instead of a sixth page holding three blank rows.
    assert pages == 5 and "125" in texts[-1] and "126" not in texts[-1]


def test_blank_rows_spill_onto_a_new_page_when_few_fit(tmp_path) -> None:
    spec = sheet("attendance", 23, blank_rows=8)
    path = tmp_path / "spill.pdf"
    texts = pdf_pages_text(path) if write_pdf(spec, str(path)) else []
    assert len(texts) == 2 and "31" in texts[1]  # 2 blank rows fit, 6 go to page two


def test_without_email_column_and_list_sheet(tmp_path) -> None:
    spec = sheet("attendance", 3, blank_rows=0, show_email=False)
    assert [c.key for c in spec.columns] == ["name", "organisation", "signature"]
    listing = sheet("list", 40)
    path = tmp_path / "list.pdf"
    write_pdf(listing, str(path))
    text = pdf_pages_text(path)[0]
    assert "Participant list" in text and "Status" in text and "Signature" not in text


def test_print_preview_opens_with_the_pages(qtbot) -> None:
    spec = sheet("attendance", 30, blank_rows=5)
    dialog = preview(spec)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, QDialog) and dialog.isVisible()
    dialog.close()


def test_csv_has_bom_headers_and_locale_delimiter(tmp_path) -> None:
    path = tmp_path / "x.csv"
    when = datetime(2026, 11, 23, 13, 2, tzinfo=UTC)
    n = write_csv(path, ["Namn", "När"], [["Åsa Öberg", when], ["Per", None]], delimiter=";")
    assert n == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(path.open(encoding="utf-8-sig"), delimiter=";"))
    assert rows[0] == ["Namn", "När"] and rows[1][0] == "Åsa Öberg" and rows[2][1] == ""
    assert rows[1][1].startswith("2026-11-2")


def test_xlsx_keeps_dates_as_dates_and_a_frozen_bold_header(tmp_path) -> None:
    path = tmp_path / "x.xlsx"
    when = datetime(2026, 11, 23, 13, 2, tzinfo=UTC)
    write_xlsx(path, ["Name", "When"], [["Åsa", when]], sheet_title="Deltagare")
    ws = load_workbook(path).active
    assert ws.title == "Deltagare" and ws.freeze_panes == "A2"
    assert ws["A1"].font.bold and ws["A2"].value == "Åsa"
    assert isinstance(ws["B2"].value, datetime)


def test_participants_export_writes_every_row_of_the_query_in_order(
    qtbot, ctx, tmp_path, gui_guard
) -> None:
    path = tmp_path / "deltagare.xlsx"
    query = ParticipantQuery(status=Status.NOT_APPROVED, sort_key="participant", descending=False)
    done: list[int] = []
    export_participants(parent=None, query=query, path=path).success(done.append).run(ctx.ops)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    expected = read(
        gui_guard, ctx.store,
        "SELECT count(*) FROM registration WHERE status='registered' AND approved_at IS NULL",
    )[0][0]  # fmt: skip
    assert done == [expected]
    ws = load_workbook(path).active
    assert ws.max_row == expected + 1
    assert [c.value for c in ws[1]][:8] == [
        "First name", "Last name", "E-mail", "Phone", "Personnummer", "Organisation",
        "Manager e-mail", "Round",
    ]  # fmt: skip
    assert ws["L1"].value == "Approved date"
    surnames = [ws.cell(r, 2).value.lower() for r in range(2, ws.max_row + 1)]
    assert surnames == sorted(surnames)


def test_a_list_shows_the_rounds_sessions_under_the_header_of_its_first_page(tmp_path) -> None:
    sessions = [
        "14 sep. 2026 09:00–16:00, Sal A",
        "15 sep. 2026 09:00–12:00, Sal B",
        "16 sep. 2026 13:00–16:00, Aulan",
    ]
    spec = people_sheet_spec(
        "list", title="T", subtitle="S", organisation="O", rows=people(60), sessions=sessions
    )
    path = tmp_path / "sessions.pdf"
    pages = write_pdf(spec, str(path))
    texts = pdf_pages_text(path)
    assert len(texts) == pages == 2
    first = texts[0]
    assert "Sessions" in first and all(s in first for s in sessions)
    # Under the header, above the table; on the first page only.
    assert first.index("S\n") < first.index("Sessions") < first.index("Name")
    assert "Sessions" not in texts[1] and "Sal A" not in texts[1]
    # Fewer rows fit on the first page; every person is printed once, numbered in order.
    everything = "\n".join(texts)
    assert all(everything.count(f"deltagare{i:03d}@nordvik.se") == 1 for i in range(60))
    plain = people_sheet_spec("list", title="T", subtitle="S", organisation="O", rows=people(60))
    plain_path = tmp_path / "plain.pdf"
    write_pdf(plain, str(plain_path))
    on_first = [i for i in range(60) if f"deltagare{i:03d}@" in first]
    plain_first = pdf_pages_text(plain_path)[0]
    assert 0 < len(on_first) < sum(f"deltagare{i:03d}@" in plain_first for i in range(60))
    assert f"{len(on_first) + 1} " in texts[1].split("Status", 1)[1]


def test_more_sessions_than_the_block_holds_say_how_many_more(tmp_path) -> None:
    sessions = [f"{i + 1} okt. 2026 09:00, Sal {i}" for i in range(14)]
    spec = people_sheet_spec(
        "list", title="T", subtitle="S", organisation="O", rows=people(3), sessions=sessions
    )
    path = tmp_path / "many.pdf"
    write_pdf(spec, str(path))
    [text] = pdf_pages_text(path)
    assert all(s in text for s in sessions[:9]) and "Sal 9" not in text
    assert "and 5 more session(s)" in text or "and 5 more sessions" in text


def test_the_round_sheet_loads_the_rounds_sessions_by_day_and_time(
    store, filled, gui_guard
) -> None:
    import threading
    from datetime import date

    from desktop.operations import OpContext
    from desktop.printing.output import load_round_sheet
    from models.commands import build
    from models.ids import new_id

    rid = filled.big_round_id
    [(start,)] = read(gui_guard, store, "SELECT starts_on FROM course_round WHERE id = :i", i=rid)
    first = date.fromisoformat(str(start))
    with gui_guard.allowed(), store.session() as s:
        for day, minute, room in ((first, 13 * 60, "Sal B"), (first, 9 * 60, "Sal A")):
            args = {"session_id": new_id(), "round_id": rid, "day": day.isoformat(),
                    "start_minute": minute, "room": room}  # fmt: skip
            build("session.add", 1, args, id=new_id()).apply(s, filled.actor)
    ctx = OpContext(store=store, actor=filled.actor, engine=None, cancel_event=threading.Event())
    with gui_guard.allowed():
        sheet = load_round_sheet(ctx, rid)
    assert len(sheet.sessions) == 2
    assert sheet.sessions[0].endswith("09:00, Sal A") and sheet.sessions[1].endswith("13:00, Sal B")
