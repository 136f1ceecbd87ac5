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

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from desktop.common.row_dialog import ERROR_STYLE
from desktop.common.rows_model import Column, RowsModel
from desktop.common.values import Record
from desktop.common.widgets import TableView
from desktop.context import AppContext
from desktop.operations import Changes, DbOp, OpContext


class RowsWindow(QDialog):
    """A non-modal window listing local rows (see the module's docstring)."""

    #: The tables whose changes reload the list.
    watched: tuple[str, ...] = ()

    def __init__(
        self,
        ctx: AppContext,
        columns: Sequence[Column],
        *,
        name: str,
        widths: Sequence[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: The list has been shown once.
        self.loaded = False
        self.last_dialog: QDialog | None = None
        self.model = RowsModel(columns, self)
        self.table = TableView(name, ctx.settings, self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(TableView.SelectionMode.SingleSelection)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.restore_layout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        ctx.ops.changed.connect(self._on_changes)

    def load(self, c: OpContext) -> list[Record]:
        """The rows to list (on the database executor)."""
        raise NotImplementedError

    def prepare(self, rows: list[Record]) -> list[Record]:
        """The rows as listed (on the GUI thread: translated texts, order)."""
        return rows

    def update_actions(self) -> None:
        """Enable the actions that apply to the selection."""

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*self.watched):
            self.reload()

    def reload(self) -> None:
        DbOp(self.load, parent=self, label=self.objectName() or "rows").success(self._show).run(
            self.ctx.ops
        )

    def _show(self, rows: list[Record]) -> None:
        chosen = self.selected()
        self.model.set_rows(self.prepare(rows))
        if chosen is not None and (at := self.model.row_of(chosen["id"])) >= 0:
            self.table.selectRow(at)
        self.table.update_empty()
        self.loaded = True
        self.update_actions()

    def selected(self) -> Record | None:
        rows = self.table.selected_rows()
        return self.model.row_at(rows[0]) if rows else None

    def opened(self, dialog: QDialog) -> None:
        self.last_dialog = dialog

    def say(self, text: str, *, error: bool = False) -> None:
        """What the last action did (or why it failed) under the table."""
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def done(self, result: int) -> None:
        self.table.save_layout()
        super().done(result)
