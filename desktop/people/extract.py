"""A person's register extract (GDPR art. 15 and 20, issue 23), from their profile:
"Register extract…" asks where to save it (and before replacing a JSON file beside it),
then asks the server for the extract once — a readable PDF in the user's language and
the machine-readable JSON of the same snapshot, in a zip — and writes both side by side
(``<name>.pdf`` and ``<name>.json``), readable by the user alone (0600).
The server makes the extract from everything it holds and audits each one; the desktop
holds only part of it, so the extract is never made from the local copy.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.admin.server_window import server_call
from desktop.admin.texts import describe_error
from desktop.context import AppContext
from desktop.operations import NetOp
from desktop.settings import LAST_EXPORT_DIR
from desktop.webview.server_api import known_offline, server_link
from models.files import private_file
from sync.privacy import PrivacyClient


def may_make_extracts(ctx: AppContext) -> bool:
    """Register extracts are the administrators' (the server checks too)."""
    return bool(ctx.is_admin)


def ui_language() -> str:
    """The language the user reads the desktop in ("sv" or "en")."""
    return "sv" if QLocale().language() == QLocale.Language.Swedish else "en"


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` readable and writable by its owner alone (personal
    data): the file made private first (:func:`models.files.private_file`), then written."""
    private_file(path).write_bytes(data)


def save_extract(client: PrivacyClient, person_id: str, pdf: Path, language: str) -> list[Path]:
    """Ask for the extract once (PDF and JSON of one snapshot, audited once) and write
    both: ``pdf`` and the JSON beside it."""
    json_path = pdf.with_suffix(".json")
    pdf_data, json_data = client.extract_both(person_id, language=language)
    write_private(pdf, pdf_data)
    write_private(json_path, json_data)
    return [pdf, json_path]


class RegisterExtract(QObject):
    """Makes one person's extract; ``said`` tells what happened in words."""

    said = Signal(str)
    #: Both files were written (their paths).
    saved = Signal(list)

    def __init__(self, ctx: AppContext, person_id: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.person_id, self.window = ctx, person_id, parent

    def _no_server(self) -> None:
        self.said.emit(self.tr("The register extract is made by the server: connect to it."))

    def ask(self, name: str) -> None:
        """Ask where to save the extract of the person called ``name``, then save it."""
        if server_link(self.ctx) is None or known_offline(self.ctx):
            self._no_server()
            return
        start = Path(self.ctx.settings.get(LAST_EXPORT_DIR) or str(Path.home()))
        stem = self.tr("Register extract %1 %2").replace("%1", name)
        stem = stem.replace("%2", str(date.today()))
        path, _chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save the register extract"),
            str(start / f"{stem}.pdf"),
            self.tr("PDF, with the JSON copy beside it (*.pdf)"),
        )
        if not path:
            return
        pdf = Path(path).with_suffix(".pdf")
        self.ctx.settings.set(LAST_EXPORT_DIR, str(pdf.parent))
        if self.may_replace(pdf.with_suffix(".json")):
            self.save(pdf)

    def may_replace(self, json_path: Path) -> bool:
        """Whether the JSON copy may be written to ``json_path``: asked when a file is
        there already (the save dialog asked about the PDF only)."""
        if not json_path.exists():
            return True
        answer = QMessageBox.question(
            self.window,
            self.tr("Replace the file?"),
            self.tr(
                "%1 already exists beside it. Replace it with the extract's JSON copy?"
            ).replace("%1", json_path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def save(self, pdf: Path) -> None:
        """Ask the server for the extract and write it to ``pdf`` and its ``.json``."""
        link = server_link(self.ctx)
        if link is None:
            self._no_server()
            return
        self.said.emit(self.tr("Asking the server for the register extract…"))
        person_id, language = self.person_id, ui_language()
        NetOp(
            server_call(link, lambda c: save_extract(c, person_id, pdf, language), PrivacyClient),
            parent=self,
            label="people.extract",
        ).success(self._saved).failure(self._failed).run(self.ctx.ops)

    def _saved(self, paths: list[Path]) -> None:
        names = " · ".join(p.name for p in paths)
        self.said.emit(self.tr("Register extract saved: %1").replace("%1", names))
        self.saved.emit(paths)

    def _failed(self, exc: Exception) -> None:
        self.said.emit(self.tr("No register extract: %1").replace("%1", describe_error(exc)))
