"""The import dialog on files it cannot read, and on files it read its own way
(``models.tabular``): it says what is wrong, or how it read the file; it never stays
on "Reading the file…"."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.participants import import_dialog
from desktop.participants.import_dialog import ImportDialog
from tests.models import import_corpus as corpus


def _open(qtbot, ctx, path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checked, timeout=20_000):
        dialog.load_file(path)
    return dialog


def _file(tmp_path: Path, sample: corpus.Sample) -> Path:
    path = tmp_path / sample.name
    path.write_bytes(sample.data)
    return path


def test_the_dialog_names_what_is_wrong_with_an_unreadable_file(qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, ctx, _file(tmp_path, corpus.random_bytes()))

    problems = [(r["row"], r["field"], r["reason"]) for r in dialog.problems_model.rows]
    reason = "The file is not a text file (line 1 holds binary data): choose a CSV or XLSX file"
    assert problems == [(1, "File", reason)]  # the line is the row
    # The file itself cannot be read: no "1 error", but what is wrong with it.
    assert dialog.summary.text() == f"The file could not be read: {reason}"
    assert not dialog.import_button.isEnabled()


def test_the_dialog_says_how_it_read_the_file(qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, ctx, _file(tmp_path, corpus.mac_roman_cr()))

    assert [r["first_name"] for r in dialog.rows_model.rows] == ["Åsa", "Pär", "José"]
    assert dialog.ignored_note.text().startswith(
        "Read as CSV: text encoding Mac Roman, separator “;”."
    )
    assert not dialog.ignored_note.isHidden()


def test_a_failure_while_reading_is_shown_instead_of_reading_forever(  # type: ignore[no-untyped-def]
    qtbot, ctx, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(import_dialog, "preview_file", broken)
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)

    dialog.load_file(_file(tmp_path, corpus.utf8_without_bom()))

    qtbot.waitUntil(lambda: dialog.summary.text() != "Reading the file…", timeout=20_000)
    assert dialog.summary.text() == "The file could not be read: disk on fire"
    assert not dialog.import_button.isEnabled()


def test_an_unclosed_quote_is_named_by_its_row(qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, ctx, _file(tmp_path, corpus.unclosed_quote()))

    reason = (
        "Row 3: a quote is not closed, so the lines after it were read as one cell: "
        "close or remove the quote and choose the file again"
    )
    problems = [(r["row"], r["field"], r["reason"]) for r in dialog.problems_model.rows]
    assert problems == [(3, "File", reason)]
    assert dialog.summary.text() == f"The file could not be read: {reason}"
    assert dialog.rows_model.rows == []
    assert not dialog.import_button.isEnabled()
