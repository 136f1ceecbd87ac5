"""Counts are grouped in the reader's language: "2 900 deltagare", "2,900 participants"
(issue 21, minor)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.common.widgets import CountLabel


def count(n: int) -> str:
    return QCoreApplication.translate("Printing", "%n participant(s)", "", n)


def test_english_counts_have_a_thousands_separator() -> None:
    assert count(2900) == "2,900 participants"
    assert count(1) == "1 participant"


def test_swedish_counts_are_grouped_by_a_space(qtbot, swedish) -> None:
    assert count(2900) == "2\u00a0900 deltagare"
    assert count(1) == "1 deltagare"
    label = CountLabel()
    qtbot.addWidget(label)
    label.show_counts(2900, 12000)
    assert "2\u00a0900" in label.text() and "12\u00a0000" in label.text()
