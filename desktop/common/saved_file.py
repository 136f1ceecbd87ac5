"""Say where a file the user saved went, with Open and Show in folder; and, when it could
not be written, say so with the path and the system's reason (never only on stderr).

Every export and every Save as PDF ends in one of these two boxes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


def open_in_system(path: Path) -> bool:
    """Open ``path`` (a file or a folder) with the program the system uses for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def tell_saved(parent: QWidget, text: str, path: Path) -> QMessageBox:
    """A box saying ``text`` (what was written) and where: Open, Show in folder, Close.
    It is window-modal and returned open (the caller keeps it)."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("SavedFile", "Saved"),
        text,
        parent=parent,
    )
    box.setInformativeText(str(path))
    open_file = box.addButton(
        QCoreApplication.translate("SavedFile", "Open"), QMessageBox.ButtonRole.ActionRole
    )
    show_folder = box.addButton(
        QCoreApplication.translate("SavedFile", "Show in folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    open_file.clicked.connect(lambda: open_in_system(path))
    show_folder.clicked.connect(lambda: open_in_system(path.parent))
    box.open()
    return box


def failure_reason(exc: BaseException) -> str:
    """The system's reason for a failed write ("Permission denied"), else the error's text."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def tell_not_saved(
    parent: QWidget, path: Path, exc: BaseException, *, title: str | None = None
) -> QMessageBox:
    """A warning that ``path`` was not written, with the reason; returned open. ``title``
    names what failed ("Export failed"); by default "Not saved"."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title or QCoreApplication.translate("SavedFile", "Not saved"),
        QCoreApplication.translate("SavedFile", "The file could not be saved:\n%1").replace(
            "%1", str(path)
        ),
        parent=parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "SavedFile", "Reason: %1. Choose another folder or file name and try again."
        ).replace("%1", failure_reason(exc))
    )
    box.open()
    return box
