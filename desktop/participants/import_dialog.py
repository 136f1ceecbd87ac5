""" "Import participants…": choose a CSV or XLSX file, check it, then import it in one go.

The dialog lists the rows that will be imported (and whether each person is
new or already in Kansli) and, separately, every row that cannot be, with
its row number, column and reason. While the file has errors nothing can be
imported: the user corrects the file and reads it again. One approving
manager can be chosen for all (the person picker). The import is one local
transaction with progress and Cancel: nothing is ever half-imported.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QWidget,
)
from sqlalchemy import text as sql

from desktop.common.domain_text import error_text
from desktop.common.file_text import read_notes
from desktop.common.layouts import hbox, vbox
from desktop.common.rows_model import Column, RowsModel
from desktop.common.values import Record
from desktop.common.widgets import TableView, refill_combo
from desktop.context import AppContext
from desktop.courses.queries import round_choices
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import DbOp, OpContext
from desktop.operations.categories import load_categories
from desktop.participants.export import LIST_KEYS
from desktop.participants.import_ops import (
    FilePreview,
    ImportRefused,
    ImportResult,
    field_title,
    import_rows,
    preview_file,
    rematch,
)
from desktop.participants.import_summary import import_report, show_import_report
from desktop.participants.query import COLUMNS as PARTICIPANT_COLUMNS
from desktop.people.picker import manager_picker
from desktop.settings import Option
from models.errors import DomainError
from models.importing import ParticipantRow, PersonMatch, person_changes

#: Folder the last import file was chosen from.
IMPORT_DIR = Option("import/last_dir", "")

CTX = "ImportParticipants"


def _folded(name: str) -> str:
    """A name as compared: case and runs of spaces do not make it another name."""
    return " ".join(name.casefold().split())


def _export_columns() -> set[str]:
    """The list columns a participant export adds (status, dates …), as headers in English
    and in the user's language: a re-imported export's, known and not read."""
    titles = {c.key: c.title for c in PARTICIPANT_COLUMNS}
    return {
        _folded(text)
        for key in LIST_KEYS
        for text in (titles[key], QCoreApplication.translate("Participants", titles[key]))
    }


def round_seats(ctx: OpContext, round_id: str) -> tuple[int, int]:
    """A round's seats (0: not limited) and how many of them are held (registered or
    offered; the others wait)."""
    with ctx.read() as s:
        row = s.execute(
            sql(
                "SELECT cr.seats, (SELECT count(*) FROM registration r WHERE r.round_id = cr.id "
                "AND r.deleted_at IS NULL AND r.status IN ('registered', 'offered')) "
                "FROM course_round cr WHERE cr.id = :r"
            ),
            {"r": round_id},
        ).first()
    return (int(row[0] or 0), int(row[1] or 0)) if row is not None else (0, 0)


def _plain(v: object, _r: Record) -> str:
    return "" if v is None else str(v)


def _long_text(key: str, title: str) -> Column:
    """A column of sentences: its tooltip shows the whole of a cut cell."""
    return Column(key, title, CTX, tooltip=lambda r: str(r.get(key) or ""))


ROW_COLUMNS = (
    Column(
        "row", QT_TRANSLATE_NOOP("ImportParticipants", "Row"), CTX, format=_plain, align_right=True
    ),
    Column("first_name", QT_TRANSLATE_NOOP("ImportParticipants", "First name"), CTX),
    Column("last_name", QT_TRANSLATE_NOOP("ImportParticipants", "Last name"), CTX),
    Column("email", QT_TRANSLATE_NOOP("ImportParticipants", "E-mail"), CTX),
    Column("personnummer", QT_TRANSLATE_NOOP("ImportParticipants", "Personnummer"), CTX),
    Column("phone", QT_TRANSLATE_NOOP("ImportParticipants", "Phone"), CTX),
    Column("organisation", QT_TRANSLATE_NOOP("ImportParticipants", "Organisation"), CTX),
    Column("manager_email", QT_TRANSLATE_NOOP("ImportParticipants", "Manager e-mail"), CTX),
    _long_text("what", QT_TRANSLATE_NOOP("ImportParticipants", "In Kansli")),
)
#: Files of up to so many rows show "In Kansli" wrapped in full (row heights measured).
_WRAPPED_ROWS = 300
#: Columns shown only when a row of the file has a value.
_OPTIONAL = frozenset({"personnummer", "phone", "organisation", "manager_email"})
PROBLEM_COLUMNS = (
    Column(
        "row", QT_TRANSLATE_NOOP("ImportParticipants", "Row"), CTX, format=_plain, align_right=True
    ),
    Column("field", QT_TRANSLATE_NOOP("ImportParticipants", "Column"), CTX),
    _long_text("reason", QT_TRANSLATE_NOOP("ImportParticipants", "Reason")),
)
FILE_FILTER = QT_TRANSLATE_NOOP(
    "ImportParticipants",
    "Participant lists (*.csv *.xlsx *.tsv *.txt);;Excel workbook (*.xlsx);;CSV (*.csv *.tsv *.txt)",  # noqa: E501 (one literal for lupdate)
)


def ask_import(
    ctx: AppContext,
    parent: QWidget | None = None,
    *,
    round_id: str | None = None,
    preselect: str | None = None,
) -> ImportDialog | None:
    """Ask for a file, then open the import dialog on it (None if no file was chosen).

    ``round_id`` fixes the round (a round's page); ``preselect`` only proposes one.
    """
    start = ctx.settings.get(IMPORT_DIR) or str(Path.home())
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportParticipants", "Import participants"),
        start,
        QCoreApplication.translate(CTX, FILE_FILTER),
    )
    if not path:
        return None
    ctx.settings.set(IMPORT_DIR, str(Path(path).parent))
    dialog = ImportDialog(ctx, round_id=round_id, preselect=preselect, parent=parent)
    dialog.load_file(Path(path))
    dialog.open()
    return dialog


class ImportDialog(QDialog):
    """Preview of a participant file, the round and manager to import onto, and Import."""

    #: The import finished (an :class:`ImportResult`).
    imported = Signal(object)
    #: A file was read and checked (the :class:`FilePreview`).
    checked = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        *,
        round_id: str | None = None,
        preselect: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fixed_round = round_id
        self._preselect = preselect
        self._rounds_loaded = False
        self.preview: FilePreview | None = None
        self.manager_id: str | None = None
        self.result_: ImportResult | None = None
        self._op: DbOp[ImportResult] | None = None
        #: What the import did (:meth:`result_text`), once it is done.
        self.done_text = ""
        #: The chosen round's (id, seats, registered), read after each check of the file.
        self._seats: tuple[str, int, int] | None = None
        self.setWindowTitle(self.tr("Import participants"))

        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setWordWrap(True)
        self.choose_file = QPushButton(self.tr("Choose file…"))
        self.choose_file.clicked.connect(self._ask_file)
        file_row = hbox((self.file_label, 1), self.choose_file)
        self.round = QComboBox()
        self.round.setAccessibleName(self.tr("Round"))
        self.round.setMinimumContentsLength(30)
        self.round.addItem(self.tr("Choose a round…"), None)
        self.round.activated.connect(lambda _i: self._round_changed())
        self.manager_label = QLabel(self.tr("No approving manager"))
        self.choose_manager = QPushButton(self.tr("Choose approving manager…"))
        self.choose_manager.setToolTip(
            self.tr("The same approving manager for every participant of the file")
        )
        self.choose_manager.clicked.connect(self._pick_manager)
        manager_row = hbox((self.manager_label, 1), self.choose_manager)
        form = QFormLayout()
        form.addRow(self.tr("File"), file_row)
        form.addRow(self.tr("Round"), self.round)
        form.addRow(self.tr("Approving manager for all"), manager_row)
        # A person category every imported person gets (issue 15), such as Alumnus.
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category for all"))
        refill_combo(self.category, (self.tr("No category"), None), [])
        form.addRow(self.tr("Category for all"), self.category)
        DbOp(load_categories, parent=self, label="categories").success(
            lambda rows: refill_combo(
                self.category, (self.tr("No category"), None), [(r.key, r.name) for r in rows]
            )
        ).run(ctx.ops)

        self.summary = QLabel(self.tr("Choose a CSV or Excel file with a header row."))
        self.summary.setWordWrap(True)
        self.summary.setObjectName("importSummary")
        self.summary.setStyleSheet("font-weight: 600;")
        #: Said once per file: a column the user's roles may not read is not imported.
        self.ignored_note = QLabel()
        self.ignored_note.setWordWrap(True)
        self.ignored_note.setObjectName("importIgnored")
        self.ignored_note.hide()
        #: Offered when the file names organisations Kansli does not know (checked: created).
        self.create_organisations = QCheckBox()
        self.create_organisations.setObjectName("importCreateOrganisations")
        self.create_organisations.setChecked(True)
        self.create_organisations.hide()
        self.create_organisations.toggled.connect(self._organisations_toggled)
        #: The report of the last import (a message box over the window), once done.
        self.report: QWidget | None = None
        self.rows_model = RowsModel(ROW_COLUMNS, self)
        self.rows_table = TableView("import_rows", ctx.settings, self)
        self.rows_table.setModel(self.rows_model)
        for col, width in enumerate((44, 100, 120, 220, 110, 120, 160)):
            self.rows_table.setColumnWidth(col, width)
        self.problems_model = RowsModel(PROBLEM_COLUMNS, self)
        self.problems_table = TableView("import_problems", ctx.settings, self)
        self.problems_table.setModel(self.problems_model)
        for col, width in enumerate((50, 120)):
            self.problems_table.setColumnWidth(col, width)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.rows_table, self.tr("Participants"))
        self.tabs.addTab(self.problems_table, self.tr("Errors"))

        self.progress = QProgressBar()
        self.progress.hide()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)

        vbox(
            self,
            form,
            self.summary,
            self.ignored_note,
            self.create_organisations,
            (self.tabs, 1),
            self.progress,
            self.error,
            self.buttons,
        )
        self._fit_to_screen()
        ctx.ops.progress.connect(self._progress)

        if round_id is not None:
            self.round.setEnabled(False)
        DbOp(round_choices, parent=self, label="rounds").success(self._fill_rounds).run(ctx.ops)

    def _fit_to_screen(self) -> None:
        """80 % of the screen's free area (at least 1040 × 600 where it fits, at most
        1600 × 1000): the "In Kansli" column is not cut on a laptop, more shows on a big screen."""
        parent = self.parentWidget()
        screen = (parent.screen() if parent is not None else None) or self.screen()
        if screen is None:
            self.resize(1040, 600)
            return
        free = screen.availableGeometry()
        width = min(max(int(free.width() * 0.8), min(1040, free.width())), 1600)
        height = min(max(int(free.height() * 0.8), min(600, free.height())), 1000)
        self.resize(width, height)

    # -- round and manager -----------------------------------------------------------

    def _fill_rounds(self, rounds: list[tuple[str, str]]) -> None:
        refill_combo(
            self.round,
            (self.tr("Choose a round…"), None),
            rounds,
            self.fixed_round or self.round.currentData() or self._preselect,
        )
        self._rounds_loaded = True
        self._update()

    def round_id(self) -> str | None:
        if self.fixed_round:
            return self.fixed_round
        return self.round.currentData() if self._rounds_loaded else self._preselect

    def set_round(self, round_id: str) -> None:
        """Choose the round to import onto (what picking it in the list does)."""
        self.round.setCurrentIndex(max(0, self.round.findData(round_id)))
        self._round_changed()

    def _round_changed(self) -> None:
        preview, rid = self.preview, self.round_id()
        if preview is None:
            self._update()
            return
        DbOp(lambda c: rematch(c, preview, rid), parent=self, label="import.match").success(
            self._show
        ).run(self.ctx.ops)

    def _pick_manager(self) -> None:
        picker = manager_picker(
            self.ctx, self.tr("Approving manager for all"), self, self.set_manager
        )
        picker.open()
        self.picker = picker

    def set_manager(self, person_id: str | None, name: str = "") -> None:
        self.manager_id = person_id
        self.manager_label.setText(name if person_id else self.tr("No approving manager"))

    # -- the file ------------------------------------------------------------------------

    def _ask_file(self) -> None:
        start = str(self.preview.path.parent) if self.preview else ""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import participants"),
            start,
            QCoreApplication.translate(CTX, FILE_FILTER),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read and check ``path`` (on the database executor)."""
        self.file_label.setText(str(path))
        self.summary.setText(self.tr("Reading the file…"))
        self.import_button.setEnabled(False)
        self.error.hide()
        rid = self.round_id()
        DbOp(lambda c: preview_file(c, path, rid), parent=self, label="import.read").success(
            self._show
        ).failure(self._read_failed).run(self.ctx.ops)

    def _read_failed(self, exc: Exception) -> None:
        """Reading failed unexpectedly (the reader names what is wrong with a file itself)."""
        text = error_text(exc) if isinstance(exc, DomainError) else str(exc)
        self.summary.setText(self.tr("The file could not be read: %1").replace("%1", text))

    def _show(self, preview: FilePreview) -> None:
        self.preview = preview
        rows = []
        # A row the matching refused (see the errors) is not listed as importable.
        refused = {e.row for e in preview.matches.errors if e.row is not None}
        hidden = set(preview.source.hidden_rows if preview.source else ())
        for r in preview.rows:
            if r.row in refused:
                continue
            rows.append(
                {
                    "id": str(r.row),
                    "row": r.row,
                    "first_name": r.first_name,
                    "last_name": r.last_name,
                    "email": r.email,
                    "personnummer": r.personnummer or "",
                    "phone": r.phone or "",
                    "organisation": r.organisation or "",
                    "manager_email": r.manager_email or "",
                    "what": self._what(preview, r)
                    + (" · " + self.tr("hidden in the workbook") if r.row in hidden else ""),
                }
            )
        self.rows_model.set_rows(rows)
        # The optional columns the file fills (the personnummer: if the user may read it).
        for col, column in enumerate(ROW_COLUMNS):
            if column.key in _OPTIONAL:
                self.rows_table.setColumnHidden(
                    col, column.key in preview.ignored or not any(r[column.key] for r in rows)
                )
        # The values' width (at most 240 px), so that "In Kansli" (last, stretched) shows.
        for col in range(len(ROW_COLUMNS) - 1):
            self.rows_table.resizeColumnToContents(col)
            self.rows_table.setColumnWidth(col, min(self.rows_table.columnWidth(col), 240))
        # "In Kansli" may say more than its width holds: a small file's rows grow to show it.
        wrapped = len(rows) <= _WRAPPED_ROWS
        self.rows_table.setWordWrap(wrapped)
        self.rows_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents if wrapped else QHeaderView.ResizeMode.Fixed
        )
        self.problems_model.set_rows(
            [
                {
                    "id": str(n),
                    "row": p.row,
                    "field": field_title(p.field),
                    "reason": p.reason,
                }
                for n, p in enumerate(preview.problems)
            ]
        )
        self.rows_table.set_empty_text(self.tr("No participants to import in this file."))
        self.problems_table.set_empty_text(self.tr("No errors."))
        self.tabs.setTabText(0, self.tr("Participants (%1)").replace("%1", str(len(rows))))
        self.tabs.setTabText(1, self.tr("Errors (%1)").replace("%1", str(len(preview.problems))))
        self.tabs.setCurrentIndex(1 if preview.problems else 0)
        notes = read_notes(preview.source) + [
            self.tr(
                "The file's %1 column is not imported: only administrators and alumni "
                "officers may see or change it. The participants are imported without it."
            ).replace("%1", field_title(name))
            for name in preview.ignored
        ]
        exported = _export_columns()
        unknown = [c for c in preview.unknown_columns if _folded(c) not in exported]
        if len(unknown) < len(preview.unknown_columns):
            notes.append(
                self.tr("Read-only columns of a Kansli export, not imported: %1").replace(
                    "%1",
                    ", ".join(
                        self._quoted(c) for c in preview.unknown_columns if _folded(c) in exported
                    ),
                )
            )
        if unknown:
            notes.append(
                self.tr("Columns not read (Kansli does not know them): %1").replace(
                    "%1", ", ".join(self._quoted(c) for c in unknown)
                )
            )
        if preview.duplicate_columns:
            notes.append(
                self.tr("Columns not read (an earlier column has the same meaning): %1").replace(
                    "%1", ", ".join(self._quoted(c) for c in preview.duplicate_columns)
                )
            )
        self.ignored_note.setText("\n".join(notes))
        self.ignored_note.setVisible(bool(notes))
        new_orgs = list(preview.matches.new_organisations.values())
        self.create_organisations.setText(
            self.tr(
                "Create the %n organisation(s) the file names that Kansli does not know: %1",
                "",
                len(new_orgs),
            ).replace("%1", ", ".join(new_orgs))
        )
        self.create_organisations.setVisible(bool(new_orgs))
        self._update()
        rid = self.round_id()
        if rid is not None:
            DbOp(lambda c: round_seats(c, rid), parent=self, label="import.seats").success(
                lambda seats: self._seats_read(rid, seats)
            ).run(self.ctx.ops)
        self.checked.emit(preview)

    def _organisations_toggled(self, _checked: bool) -> None:
        if self.preview is not None:
            self._show(self.preview)

    def _seats_read(self, round_id: str, seats: tuple[int, int]) -> None:
        self._seats = (round_id, *seats)
        self._update()

    def _quoted(self, header: str) -> str:
        """A column's header in the language's quotes, wrapped at spaces only (a word
        joiner after each hyphen: "e-post" is not broken at the end of a line)."""
        return self.tr("“%1”").replace("%1", header.replace("-", "-\u2060"))

    def _what(self, preview: FilePreview, row: ParticipantRow) -> str:
        """What importing ``row`` does: left out, an existing person (found how), or new."""
        match = preview.matches.people.get(row.row)
        if row.row in preview.matches.registered and match is not None:
            return self.tr("%1 is already on this round: skipped").replace("%1", match.name)
        if match is not None:
            in_file = f"{row.first_name} {row.last_name}".strip()
            differs = _folded(in_file) != _folded(match.name)
            if match.by == "personnummer":
                text = {
                    (False, False): self.tr("Existing person: %1 (matched by personnummer)"),
                    (True, False): self.tr(
                        "Existing person: %1 (matched by personnummer; the file says %2)"
                    ),
                    (False, True): self.tr(
                        "Existing person: %1 (matched by personnummer; adds e-mail %3)"
                    ),
                    (True, True): self.tr(
                        "Existing person: %1 (matched by personnummer; the file says %2; "
                        "adds e-mail %3)"
                    ),
                }[(differs, match.new_email)]
            elif differs:
                text = self.tr("Existing person: %1 (matched by e-mail; the file says %2)")
            else:
                text = self.tr("Existing person: %1 (matched by e-mail)")
            # %3 and %2 first: a name may itself contain "%1".
            text = text.replace("%3", row.email).replace("%2", in_file).replace("%1", match.name)
            return " · ".join([text, *self._changes(preview, row, match)])
        org = " ".join((row.organisation or "").lower().split())
        if not org or org in preview.matches.organisations:
            return self.tr("New person")
        if self.create_organisations.isChecked():
            return self.tr("New person (organisation %1 will be created)").replace(
                "%1", preview.matches.new_organisations.get(org, row.organisation or "")
            )
        return self.tr("New person (organisation not found, left empty)")

    def _changes(self, preview: FilePreview, row: ParticipantRow, match: PersonMatch) -> list[str]:
        """What the row gives its known person, or leaves because they have their own."""
        changes = person_changes(
            row, match, preview.matches, create=self.create_organisations.isChecked()
        )
        kept = (
            (self.tr("keeps their phone %1, not the file's %2"), changes.phone_kept, row.phone),
            (
                self.tr("keeps their organisation %1, not the file's %2"),
                changes.organisation_kept,
                row.organisation,
            ),
        )
        out = []
        if changes.phone_added:
            out.append(self.tr("phone %1 added").replace("%1", changes.phone_added))
        if changes.organisation_set:
            out.append(self.tr("organisation set: %1").replace("%1", changes.organisation_set))
        # %2 first: a value may itself contain "%1".
        out += [
            t.replace("%2", mine or "").replace("%1", theirs) for t, theirs, mine in kept if theirs
        ]
        return out

    def _update(self) -> None:
        preview = self.preview
        if preview is None:
            return
        unreadable = [p for p in preview.problems if p.field in ("file", "")]
        header = [p for p in preview.problems if p.row == 1]
        if unreadable:  # the file itself, not its rows
            self.summary.setText(
                self.tr("The file could not be read: %1").replace("%1", unreadable[0].reason)
            )
        elif header and len(header) == len(preview.problems):  # a column is missing: say which
            self.summary.setText("\n".join(p.reason for p in header))
        elif preview.problems:
            self.summary.setText(
                self.tr(
                    "The file has %n error(s). Correct the file and choose it again: nothing "
                    "is imported while the file has errors.",
                    "",
                    len(preview.problems),
                )
            )
        elif not preview.rows:
            self.summary.setText(self.tr("The file has no participants."))
        else:
            left_out = len(preview.rows) - len(preview.to_import())
            new = sum(1 for r in preview.to_import() if r.row not in preview.matches.people)
            text = self.tr("%n participant(s) to import", "", len(preview.to_import()))
            text += " · " + self.tr("%n new to Kansli", "", new)
            if left_out:
                text += " · " + self.tr("%n already on the round", "", left_out)
            new_orgs = list(preview.matches.new_organisations.values())
            if new_orgs and self.create_organisations.isChecked():
                text += " · " + self.tr(
                    "%n organisation(s) will be created: %1", "", len(new_orgs)
                ).replace("%1", ", ".join(new_orgs))
            if self.round_id() is None:
                text += " · " + self.tr("Choose the round to import onto.")
            elif self._seats is not None and self._seats[0] == self.round_id():
                _rid, seats, registered = self._seats
                over = min(registered + len(preview.to_import()) - seats, len(preview.to_import()))
                if seats and over > 0:
                    text += " · " + self.tr(
                        "Seats on the round: %1. %n participant(s) of the file will go on its "
                        "waiting list",
                        "",
                        over,
                    ).replace("%1", str(seats))
            self.summary.setText(text)
        self.import_button.setEnabled(
            preview.ok and bool(preview.to_import()) and self.round_id() is not None
        )

    # -- importing -------------------------------------------------------------------------

    def start_import(self) -> None:
        preview, rid = self.preview, self.round_id()
        if preview is None or not preview.ok or rid is None:
            return
        # Every row: who is already on the round is left out in the import's transaction.
        rows, manager = preview.rows, self.manager_id
        create = self.create_organisations.isChecked()
        category = self.category.currentData()
        run = partial(import_rows, rows=rows, round_id=rid, manager_id=manager)
        for w in (
            self.import_button,
            self.choose_file,
            self.choose_manager,
            self.round,
            self.create_organisations,
            self.category,
        ):
            w.setEnabled(False)
        self.error.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.summary.setText(self.tr("Importing…"))
        self._op = (
            DbOp(
                lambda c: run(c, create_organisations=create, category_key=category),
                parent=self,
                label=self.tr("Importing participants"),
            )
            .success(self._done)
            .failure(self._failed)
            # Cancelled while it waited for the database: it never started.
            .when_cancelled(lambda: self._done(ImportResult(cancelled=True)))
        )
        self._op.run(self.ctx.ops)

    def _progress(self, op: object, done: int, total: int) -> None:
        if op is self._op:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

    def _done(self, result: ImportResult) -> None:
        self._op = None
        self.progress.hide()
        self.result_ = result
        if result.cancelled:
            self._enable_again()
            self.summary.setText(self.tr("Cancelled. Nothing was imported."))
            return
        self.imported.emit(result)
        self.done_text = self.result_text(result)
        parent = self.parentWidget()
        window = parent.window() if parent is not None else None
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.done_text, 30_000)
        if self.preview is not None:
            self.report = show_import_report(
                window if window is not None else self, self.done_text,
                import_report(self.preview, result),
            )  # fmt: skip
        self.accept()

    def result_text(self, result: ImportResult) -> str:
        """What the import did, said to the user after it (the window's status bar)."""
        text = self.tr(
            "%n registration(s) added to the round, to be synced", "", result.registrations
        )
        details = []
        if result.new_people:
            details.append(self.tr("%n new to Kansli", "", result.new_people))
        if result.existing_people:
            details.append(self.tr("%n already in Kansli", "", result.existing_people))
        if result.left_out:
            details.append(self.tr("%n already on the round, skipped", "", result.left_out))
        return text + (": " + ", ".join(details) if details else "") + "."

    def _failed(self, exc: Exception) -> None:
        self._op = None
        self.progress.hide()
        if isinstance(exc, ImportRefused):
            where = self.tr("Row %1: ").replace("%1", str(exc.row)) if exc.row else ""
            text = where + exc.message
        else:
            text = error_text(exc) if isinstance(exc, DomainError) else str(exc)
        self.error.setText(self.tr("Nothing was imported. %1").replace("%1", text))
        self.error.show()
        self._update()
        self._enable_again()

    def _enable_again(self) -> None:
        for w in (self.choose_file, self.choose_manager, self.create_organisations, self.category):
            w.setEnabled(True)
        self.round.setEnabled(self.fixed_round is None)
        self._update()

    def reject(self) -> None:
        """Cancel: stops a running import (its one transaction rolls back), else closes."""
        if self._op is not None:
            self._op.cancel()
            self.summary.setText(self.tr("Cancelling…"))
            return
        super().reject()
