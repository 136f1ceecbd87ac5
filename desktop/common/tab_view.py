"""What the main window asks of a tab: one protocol, so it dispatches without asking types.

Every tab (the fixed lists, a round's page, an agent order's page) answers
File › Export, File › Print, Edit › Find and the window's closing through
these members; a tab that shows no list (``shows_list`` False) is never
asked to export and prints and searches nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

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
