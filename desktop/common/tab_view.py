"""What the main window asks of a tab: one protocol, so it dispatches without asking types.

Every tab (the fixed lists, a round's page, an agent order's page) answers
File › Export, File › Print, Edit › Find and the window's closing through
these members; a tab that shows no list (``shows_list`` False) is never
asked to export and prints and searches nothing.

A tab with rows to act on also has :class:`RowActions`: the window's Actions
menu is filled from the tab shown (Anki's browser takes them from its focused
table), so an action always concerns the rows selected on the screen in front
of the user, never those of a hidden tab.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol, runtime_checkable

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop.common.rows_model import RowsModel
from desktop.common.widgets import SearchField
from desktop.context import AppContext
from desktop.operations import DbOp


class TabView(Protocol):
    """A tab of the main window."""

    #: The tab has shown its first data (the window's ``data_shown`` waits for every fixed tab).
    @property
    def loaded(self) -> bool: ...

    #: The tab lists rows: File › Export, File › Print and Edit › Find apply.
    @property
    def shows_list(self) -> bool: ...

    def focus_search(self) -> None:
        """Edit › Find: put the cursor in the tab's search field."""
        ...

    def export_op(self, path: Path) -> DbOp[int] | None:
        """File › Export: the operation writing every listed row to ``path`` (.csv or .xlsx);
        its result is the number of rows. None when the tab lists nothing."""
        ...

    def print_list(self) -> None:
        """File › Print: open the print preview of what the tab lists."""
        ...

    def save_layout(self) -> None:
        """Keep column widths, splitters and the like (the window is closing, or the tab)."""
        ...


@runtime_checkable
class RowActions(Protocol):
    """A tab whose rows have actions (the Participants list, a round's page)."""

    def row_actions(self) -> list[QAction | None]:
        """The actions on the tab's selected rows, in menu order (None is a separator);
        each acts on this tab's selection only."""
        ...


def row_actions_of(view: object) -> list[QAction | None]:
    """The Actions menu of ``view``: its row actions, none when it has no rows to act on."""
    return view.row_actions() if isinstance(view, RowActions) else []


class RowsListTab(QWidget):
    """The base of a tab whose list is a :class:`RowsModel` (every row in memory) under a
    search field: Find, Export and Print of its :class:`TabView`, over the rows shown.

    The tab sets ``search``, ``listed`` (the model Export and Print take),
    ``export_title`` (the sheet's name) and ``print_title``, and defines
    ``describe`` (the printed subtitle) and ``save_layout``.
    """

    shows_list = True
    search: SearchField
    listed: RowsModel
    export_title: str
    print_title: str

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: The tab has shown its first data.
        self.loaded = False
        #: The print preview opened last (kept alive).
        self.last_dialog: QWidget | None = None

    def describe(self) -> str:
        raise NotImplementedError

    def focus_search(self) -> None:
        self.search.take_focus()

    # Exporting and printing load their modules when first used, not with the list.

    def export_op(self, path: Path) -> DbOp[int]:
        from desktop.common.model_export import export_model

        return export_model(parent=self, model=self.listed, path=path, title=self.export_title)

    def print_list(self) -> None:
        from desktop.common.model_export import print_model

        self.last_dialog = print_model(
            parent=self,
            model=self.listed,
            title=self.print_title,
            subtitle=self.describe(),
            organisation=self.ctx.tenant_name,
        )


class RecordTab(QWidget):
    """The base of a tab opened for one record (a round, an agent order): the main window
    keeps one per record and titles its tab with what ``title_changed`` says once the
    record is loaded."""

    title_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: The tab has shown its record.
        self.loaded = False
