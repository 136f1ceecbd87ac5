"""Printed lists never cut a text: addresses wrap after "@" or ".", other texts between
words, or shrink; the printed status is the screen's (issue 21 item 8)."""

from __future__ import annotations

import threading

from PySide6.QtGui import QFont, QPdfWriter

from desktop.operations import OpContext
from desktop.participants.model import ParticipantsSource
from desktop.participants.query import ParticipantQuery
from desktop.printing.output import load_round_sheet
from desktop.printing.sheet import a4_layout, fit_text, people_sheet_spec, write_pdf
from tests.desktop.conftest import pdf_pages_text

ADDRESS = "anna.andersson.112@exempel-kommunens-utbildningsforvaltning.se"
ORGANISATION = "Västra Götalandsregionens kompetenscentrum för hälso- och sjukvård"


def pdf_device(tmp_path) -> QPdfWriter:
    writer = QPdfWriter(str(tmp_path / "m.pdf"))
    writer.setResolution(300)
    writer.setPageLayout(a4_layout())
    return writer


def test_a_long_address_wraps_only_after_its_at_sign_or_a_dot(tmp_path) -> None:
    device = pdf_device(tmp_path)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(8.5)
    width, height = 5.0 * 300 / 2.54, 0.66 * 300 / 2.54  # a 50 × 6.6 mm cell
    fitted, lines = fit_text(ADDRESS, font, device, width, height)
    assert "".join(lines) == ADDRESS and len(lines) == 2
    assert all(line.endswith(("@", ".")) for line in lines[:-1])
    assert fitted.pointSizeF() < 8.5
    # Two lines break after the "@": the domain stays whole.
    _f, lines = fit_text("karin.gunnarsson240@nordenergi.se", font, device, width * 0.8, height)
    assert lines == ["karin.gunnarsson240@", "nordenergi.se"]
    # Words are never split: an organisation breaks between words.
    _f, lines = fit_text(ORGANISATION, font, device, width, height)
    assert " ".join(lines) == ORGANISATION
    # What fits stays one line in the row's own size.
    fitted, lines = fit_text("kort@ex.se", font, device, width, height)
    assert lines == ["kort@ex.se"] and fitted.pointSizeF() == 8.5
    # Too long to wrap into the cell: smaller still, never cut.
    fitted, lines = fit_text(ADDRESS * 2, font, device, width / 3, height)
    assert "".join(lines) == ADDRESS * 2
    from PySide6.QtGui import QFontMetricsF

    assert max(QFontMetricsF(fitted, device).horizontalAdvance(x) for x in lines) <= width / 3


def test_a_printed_participant_list_shows_whole_addresses_and_organisations(tmp_path) -> None:
    rows = [
        {"name": f"Anna Andersson {i}", "organisation": ORGANISATION,
         "email": ADDRESS.replace("112", str(100 + i)), "status": "Waiting for approval"}
        for i in range(30)
    ]  # fmt: skip
    spec = people_sheet_spec("list", title="T", subtitle="S", organisation="O", rows=rows)
    path = tmp_path / "list.pdf"
    write_pdf(spec, str(path))
    text = "\n".join(pdf_pages_text(path))
    assert "…" not in text
    # Each address is there whole, its lines broken only after "@" or ".".
    assert text.count("anna.andersson.1") == 30
    assert "exempel-kommunens-" in text and "utbildningsforvaltning.se" in text
    assert "Götalandsregionens" in text and "sjukvård" in text


def test_the_round_sheet_prints_the_status_the_list_shows(
    store, filled, gui_guard, swedish
) -> None:
    ctx = OpContext(store=store, actor=filled.actor, engine=None, cancel_event=threading.Event())
    source = ParticipantsSource()
    checked: set[str] = set()
    with gui_guard.allowed():
        for round_id in filled.round_ids:
            sheet = load_round_sheet(ctx, round_id)
            ids = source.load_ids(ctx, ParticipantQuery(round_id=round_id)).ids
            shown = sorted(
                (r.participant_name, source.cell(r, "status"))
                for r in source.load_rows(ctx, ids).values()
                if r.status != "cancelled"
            )
            assert sorted((r["name"], r["status"]) for r in sheet.rows) == shown
            checked.update(r["status"] for r in sheet.rows)
    assert "Ej begärt" in checked and "Godkänd" in checked
