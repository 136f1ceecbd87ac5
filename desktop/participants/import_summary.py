"""What an import did, row by row, said to the user when it is done (a message box over
the main window: the status bar alone was missed).

``import_report`` lists who was new to Kansli and who was already known (with the
phone or organisation each got, or kept), who was left out and why, and the
organisations the import created, each with the file's row numbers.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.participants.import_ops import FilePreview, ImportResult


def rows_text(numbers: Iterable[int]) -> str:
    """Row numbers as the user reads them: "2–5, 8" (runs as ranges)."""
    runs: list[list[int]] = []
    for n in sorted(set(numbers)):
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in runs)


def import_report(preview: FilePreview, result: ImportResult) -> list[str]:
    """The lines of the report: each a group of rows (by number) and what became of them."""
    imported = preview.to_import()
    changes = result.person_changes
    groups: list[tuple[str, list[int]]] = [
        (
            QCoreApplication.translate("ImportSummary", "New to Kansli (%1): rows %2"),
            [r.row for r in imported if r.row not in preview.matches.people],
        ),
        (
            QCoreApplication.translate("ImportSummary", "Already in Kansli (%1): rows %2"),
            [r.row for r in imported if r.row in preview.matches.people],
        ),
        (
            QCoreApplication.translate("ImportSummary", "Phone added to the person (%1): rows %2"),
            [n for n, c in changes.items() if c.phone_added],
        ),
        (
            QCoreApplication.translate(
                "ImportSummary", "Organisation set on the person (%1): rows %2"
            ),
            [n for n, c in changes.items() if c.organisation_set],
        ),
        (
            QCoreApplication.translate(
                "ImportSummary",
                "The person's own phone kept, the file's not imported (%1): rows %2",
            ),
            [n for n, c in changes.items() if c.phone_kept],
        ),
        (
            QCoreApplication.translate(
                "ImportSummary",
                "The person's own organisation kept, the file's not imported (%1): rows %2",
            ),
            [n for n, c in changes.items() if c.organisation_kept],
        ),
        (
            QCoreApplication.translate(
                "ImportSummary", "Left out, already on the round (%1): rows %2"
            ),
            [r.row for r in preview.rows if r.row in preview.matches.registered],
        ),
    ]
    out = [
        text.replace("%2", rows_text(numbers)).replace("%1", str(len(numbers)))
        for text, numbers in groups
        if numbers
    ]
    if result.new_organisations:
        out.append(
            QCoreApplication.translate("ImportSummary", "Organisations created (%1): %2")
            .replace("%2", ", ".join(result.new_organisations))
            .replace("%1", str(len(result.new_organisations)))
        )
    return out


def show_import_report(parent: QWidget | None, heading: str, lines: list[str]) -> QMessageBox:
    """Open (not block on) a message box with the import's ``heading`` and report."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("ImportSummary", "Import done"))
    box.setText(heading)
    box.setInformativeText("\n".join(lines))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setObjectName("importReport")
    # Wide enough that each line of the report stays one line on a laptop.
    box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 640px; }")
    box.open()
    return box
