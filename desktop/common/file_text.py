"""How an import file was read, and why it could not be, in the user's language.

The reader (:mod:`models.tabular`) says it in English templates with values:
an :class:`~models.tabular.UnreadableFile` (its template is translated by
:func:`desktop.common.domain_text.error_text`, in whose context the templates
are listed here), the notes of what it did on its own, and the
:class:`~models.tabular.Source` (format, encoding, separator or sheet).
``tests/desktop/test_file_text.py`` keeps the lists complete.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.common.domain_text import CONTEXT
from desktop.i18n import QT_TRANSLATE_NOOP
from models.tabular import Note, Source

#: :data:`models.tabular.ERRORS`, for lupdate (translated in the domain's context).
UNREADABLE = (
    QT_TRANSLATE_NOOP(
        "Validation",
        "Files of type {suffix} cannot be imported: use CSV (.csv, .tsv, .txt) or Excel (.xlsx)",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "The file is an old Excel workbook (.xls): save it as .xlsx or CSV and choose it again",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "The file is not a readable Excel workbook (.xlsx): it is damaged or another kind of file",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "The file is not a text file (line {line} holds binary data): choose a CSV or XLSX file",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "The file's text encoding is not recognised: save it as CSV UTF-8 and choose it again",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "Line {line} is in another text encoding than line {first} (the file mixes UTF-8 with "
        "another encoding): save the file again in one encoding",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "Line {line} holds text converted to UTF-8 twice (“{sample}” where “{meant}” "
        "was meant): save the file again from the original",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "Row {row} has a cell longer than {limit} characters: this is not a list the import reads",
    ),
    QT_TRANSLATE_NOOP("Validation", "Row {row} cannot be read as CSV: {detail}"),
    QT_TRANSLATE_NOOP(
        "Validation",
        "Row {row}: a quote is not closed, so the lines after it were read as one cell: "
        "close or remove the quote and choose the file again",
    ),
)
#: :data:`models.tabular.NOTES`, for lupdate.
NOTES = (
    QT_TRANSLATE_NOOP(
        "Validation",
        "Excel had stored values of the column “{column}” as numbers, which drops a leading 0 "
        "or +: it was put back on rows {rows}",
    ),
    QT_TRANSLATE_NOOP("Validation", "Hidden rows of the workbook, read like the others: {rows}"),
    QT_TRANSLATE_NOOP("Validation", "Merged cells {ranges} were read into every row they cover"),
)


def note_text(note: Note) -> str:
    """What the reader did on its own, in the user's language."""
    return QCoreApplication.translate(CONTEXT, note.template).format(**note.params)


def source_text(source: Source) -> str:
    """How the file was read ("Read as CSV: Windows-1252, separated by ;")."""
    if source.format == "XLSX":
        return (
            QCoreApplication.translate("ImportFile", "Read from the sheet “%1” of the workbook.")
        ).replace("%1", source.sheet or "")
    if source.delimiter == "\t":
        text = QCoreApplication.translate(
            "ImportFile", "Read as CSV: text encoding %1, tab-separated."
        )
    else:
        text = QCoreApplication.translate(
            "ImportFile", "Read as CSV: text encoding %1, separator “%2”."
        ).replace("%2", source.delimiter or "")
    return text.replace("%1", source.encoding or "")


def read_notes(source: Source | None) -> list[str]:
    """How the file was read and what the reader did on its own, one line each."""
    if source is None:
        return []
    return [source_text(source), *(note_text(n) for n in source.notes)]
