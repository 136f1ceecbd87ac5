"""A window over a small list of local rows with its actions (issue 16: the message
templates, notification bindings and static recipients of Administration).

What these windows share: a :class:`RowsModel` in a single-selection table that says
what to do when empty, loaded on the database executor and again when a change touches
one of its tables (``watched``), the selection kept across reloads, a line under the
table saying what the last action did (or why it failed), and the dialog opened last
(tests and the window's state use it). Subclasses say what the list is (:meth:`load`)
and which actions apply (:meth:`update_actions`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QLayout, QLineEdit, QWidget

from desktop.common.domain_text import domain_message
from desktop.common.layouts import hbox, vbox
from desktop.common.palette import HINT_STYLE
from desktop.common.row_dialog import ERROR_STYLE, RowDialog, show_dialog
from desktop.common.rows_model import Column, RowsModel
from desktop.common.values import Record
from desktop.common.widgets import TableView, open_action, push_button
from desktop.context import AppContext
from desktop.operations import Changes, DbOp, OpContext
from desktop.operations.rows import RowCommands, set_archived
from models.commands import registered
from models.ids import new_id


class ListedRowDialog(RowDialog):
    """New … (``row`` None) or Edit … (``row``: the row as a :class:`RowsWindow` lists it)
    of a row kept by its commands; ``edited`` names the listed fields the form edits.
    Subclasses add their fields in :meth:`build` and return the one to focus first."""

    edited: tuple[str, ...] = ()

    def __init__(
        self, ctx: AppContext, row: Record | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, None, {k: row[k] for k in self.edited} if row else None, parent)
        self.row = row
        #: The row's id (a new one's made up here).
        self.id = str(row["id"]) if row else new_id()
        self.build(row).setFocus()

    def build(self, row: Record | None) -> QWidget:
        raise NotImplementedError

    def add_text(self, key: str, label: str, placeholder: str = "") -> QLineEdit:
        """A line for ``key`` holding the row's value (empty for a new row), with ``label``
        and ``placeholder`` (:meth:`add_field`)."""
        edit = QLineEdit(str(self.row[key] or "") if self.row else "")
        if placeholder:
            edit.setPlaceholderText(placeholder)
        return self.add_field(key, label, edit)

    def row_id(self) -> str:
        return self.id


@dataclass(frozen=True)
class WindowTexts:
    """A window's texts (English sources in the context of the window's class)."""

    title: str
    #: What the table says while it lists nothing.
    empty: str
    #: The note under the table.
    hint: str = ""
    #: The tooltip of Archive.
    archive_tip: str = ""


class RowsWindow(QDialog):
    """A non-modal window listing local rows (see the module's docstring); its class says
    the columns, the list's name (for its saved layout), widths, size and texts."""

    #: The tables whose changes reload the list.
    watched: tuple[str, ...] = ()
    columns: Sequence[Column]
    list_name: str
    widths: Sequence[int] = ()
    window_size: tuple[int, int] = (1000, 520)
    #: The window's texts; a window may set its own with ``self.tr`` after ``__init__``
    #: instead (its title, :meth:`TableView.set_empty_text`, the hint of :meth:`lay_out`).
    texts = WindowTexts("", "")

    #: The list has been shown once.
    loaded = False
    last_dialog: QDialog | None = None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.text(self.texts.title))
        self.model = RowsModel(self.columns, self)
        self.table = TableView(self.list_name, ctx.settings, self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(TableView.SelectionMode.SingleSelection)
        self.table.set_empty_text(self.text(self.texts.empty))
        for column, width in enumerate(self.widths):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.restore_layout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        ctx.ops.changed.connect(self._on_changes)
        self.resize(*self.window_size)

    def text(self, source: str) -> str:
        """``source`` (one of :attr:`texts`) in the user's language."""
        return QCoreApplication.translate(type(self).__name__, source) if source else ""

    def load(self, c: OpContext, *, archived: bool = False) -> list[Record]:
        """The rows to list, the archived ones too with ``archived`` (on the database
        executor)."""
        raise NotImplementedError

    def archived_shown(self) -> bool:
        """The list shows the archived rows too."""
        return False

    def prepare(self, rows: list[Record]) -> list[Record]:
        """The rows as listed (on the GUI thread: translated texts, order)."""
        return rows

    def update_actions(self) -> None:
        """Enable the actions that apply to the selection."""

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*self.watched):
            self.reload()

    def reload(self) -> None:
        archived = self.archived_shown()
        DbOp(
            lambda c: self.load(c, archived=archived),
            parent=self,
            label=self.objectName() or "rows",
        ).success(self._show).run(self.ctx.ops)

    def _show(self, rows: list[Record]) -> None:
        chosen = self.selected()
        self.model.set_rows(self.prepare(rows))
        if chosen is not None and (at := self.model.row_of(chosen["id"])) >= 0:
            self.table.selectRow(at)
        self.table.update_empty()
        self.loaded = True
        self.update_actions()

    def selected(self) -> Record | None:
        return self.table.chosen_row()

    def opened(self, dialog: QDialog) -> None:
        self.last_dialog = dialog

    def say(self, text: str, *, error: bool = False) -> None:
        """What the last action did (or why it failed) under the table."""
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def lay_out(
        self, *top: QWidget | QLayout, under_table: QWidget | QLayout | None = None, hint: str = ""
    ) -> None:
        """The window's layout: ``top`` (its actions), the table, ``under_table``, the line
        saying what the last action did, the hint (``hint``, else the texts') and Close."""
        note = QLabel(hint or self.text(self.texts.hint))
        note.setStyleSheet(HINT_STYLE)
        note.setWordWrap(True)
        note.setVisible(bool(note.text()))
        close = hbox(None, push_button(self.tr("Close"), self.close))
        middle = () if under_table is None else (under_table,)
        vbox(self, *top, (self.table, 1), *middle, self.message, note, close)

    def undo(self) -> None:
        """The app's one undo (Edit › Undo; a window's own key for it): the newest step,
        whichever window made it; the line under the table says what was undone, or why
        not."""
        self.ctx.undo.undo_last(
            self.ctx.ops,
            parent=self,
            failed=lambda exc: self.say(domain_message(exc), error=True),
            done=lambda step: self.say(
                QCoreApplication.translate("RowsWindow", "Undone: %1").replace("%1", step.label)
            ),
        )

    def done(self, result: int) -> None:
        self.table.save_layout()
        super().done(result)


class RowsEditWindow(RowsWindow):
    """A :class:`RowsWindow` whose rows are made, edited and archived here: New…, Edit…
    (double-click or Return) and Archive (undone with Edit › Undo), through ``commands``
    and the ``dialog`` of one row; ``buttons`` adds more after them."""

    dialog: type[ListedRowDialog]
    #: The rows' commands: its dialog's. Changes to their table reload the list too
    #: (``watched`` names the others).
    commands: RowCommands

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        buttons: Sequence[QWidget] = (),
    ) -> None:
        super().__init__(ctx, parent)
        self.commands = self.dialog.commands
        table = self.commands.table
        self.watched = (table, *(t for t in self.watched if t != table))
        self.may_edit = registered()[(self.commands.create, 1)].may_run(ctx.actor.roles)
        self.new_button = push_button(self.tr("&New…"), self.new)
        self.edit_button = push_button(self.tr("&Edit…"), self.edit)
        self.archive_button = push_button(
            self.tr("&Archive"), self.archive, self.text(self.texts.archive_tip)
        )
        self.archive_button.setVisible(bool(self.commands.archive))
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.setVisible(bool(self.commands.archive))
        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.new_button.setEnabled(self.may_edit)
        open_action(self.table, self.tr("Edit"), self.edit)
        self.toolbar = hbox(self.new_button, self.edit_button, self.archive_button, *buttons)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.show_archived)
        self.lay_out(self.toolbar)
        self.reload()

    def archived_shown(self) -> bool:
        return self.show_archived.isChecked()

    def update_actions(self) -> None:
        row = self.selected() if self.may_edit else None
        self.edit_button.setEnabled(row is not None and not row.get("archived"))
        self.archive_button.setEnabled(row is not None)
        archived = bool(row and row.get("archived"))
        self.archive_button.setText(self.tr("&Restore") if archived else self.tr("&Archive"))

    def mark_archived(self, rows: list[Record], key: str) -> None:
        """``key`` of each archived row says so (listed with Show archived only)."""
        for row in rows:
            if row.get("archived"):
                row[f"{key}_plain"] = row[key]
                row[key] = self.tr("%1 (archived)").replace("%1", str(row[key]))

    def new(self) -> None:
        if self.may_edit:
            show_dialog(self.dialog(self.ctx, None, self), self.opened)

    def edit(self) -> None:
        row = self.selected()
        if row is not None and self.may_edit:
            show_dialog(self.dialog(self.ctx, row, self), self.opened)

    def row_name(self, row: Record) -> str:
        """What the undo step and the message call the row."""
        return str(row.get("name_plain") or row.get("name") or "")

    def archive(self) -> None:
        """Archive the row chosen, or restore it when it is archived."""
        row = self.selected()
        if row is None or not self.may_edit or not self.commands.archive:
            return
        name, archived = self.row_name(row), not row.get("archived")
        set_archived(
            parent=self, commands=self.commands, row_id=row["id"], name=name, archived=archived
        ).success(lambda step: self._archived(step, name, archived)).failure(
            lambda exc: self.say(domain_message(exc), error=True)
        ).run(self.ctx.ops)

    def _archived(self, step: Any, name: str, archived: bool) -> None:
        self.ctx.undo.push(step)
        said = (
            self.tr("Archived: %1. Edit › Undo takes it back.")
            if archived
            else self.tr("Restored: %1.")
        )
        self.say(said.replace("%1", name))
