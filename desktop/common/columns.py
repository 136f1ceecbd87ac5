"""Which columns a list shows: a chooser on the header, a default that fits the screen.

Every :class:`~desktop.common.widgets.TableView` has one. Right-clicking the
header offers every column as a checkable item and "Reset columns"; what
the user chooses is kept with the list's header state (``columns/<list>``
in QSettings, :func:`desktop.settings.header_key`) at once. Until the user
chooses columns (the menu, or moving one), a list shows the columns that
fit its width, in the list's order of importance (``priority``), always
with the column it is sorted by, and follows the width as the window
changes size: a 1366-pixel laptop gets the important columns whole rather
than every column cut, a wider window more of them. Whether the columns are
the user's choice is kept with the layout (``<key>-chosen``). The column
the list is sorted by cannot be hidden (its arrow says how the list is
ordered); sorting by a column shows it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QPoint, QSignalBlocker, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView


def fitting_columns(
    widths: Sequence[int], priority: Sequence[int], available: int, keep: int = -1
) -> set[int]:
    """The columns (logical indices) shown in ``available`` pixels: ``keep`` (the sort
    column) and the first of ``priority``, then every further column of ``priority`` in
    turn that still fits whole."""
    order = [c for c in priority if 0 <= c < len(widths)]
    order += [c for c in range(len(widths)) if c not in order]
    chosen = {c for c in (keep, order[0] if order else -1) if 0 <= c < len(widths)}
    used = sum(widths[c] for c in chosen)
    for column in order:
        if column not in chosen and used + widths[column] <= available:
            chosen.add(column)
            used += widths[column]
    return chosen


class ColumnLayout(QObject):
    """The column chooser and the fitting default of one table's header."""

    def __init__(self, table: QTableView, save: Callable[[], None]) -> None:
        super().__init__(table)
        self.table = table
        # Called after every change the user makes (keeps the layout at once).
        self._save = save
        # The columns in order of importance (logical indices); unset: left to right.
        self.priority: list[int] = []
        # Fit the columns to the width at the first show (lists with many columns).
        self.fitting = False
        # The widths the list set before any saved layout was applied (Reset goes back).
        self.default_widths: list[int] = []
        # The user chose the columns (menu, moving one): the width no longer decides them.
        self.chosen = False
        self._fitted = False
        # The menu opened last (kept while it is open; tests look at it).
        self.menu: QMenu | None = None
        header = self.header
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._open_menu)
        header.sortIndicatorChanged.connect(lambda _c, _o: self.show_sort_column())
        header.sectionMoved.connect(lambda *_: self._choose())

    @property
    def header(self) -> QHeaderView:
        return self.table.horizontalHeader()

    def _count(self) -> int:
        return self.header.count()

    def remember_defaults(self) -> None:
        """Take the widths the list set as its defaults (before a saved layout)."""
        self.default_widths = [self.header.sectionSize(c) for c in range(self._count())]

    def fit_at_first_show(self) -> None:
        """Once, at the first show: unless the user chose them, show the columns that fit."""
        if self._fitted:
            return
        self._fitted = True
        if not self.default_widths:
            self.remember_defaults()
        if self.fitting and not self.chosen:
            self.fit(self.available_width())
        self.show_sort_column()

    def follow_width(self) -> None:
        """The table changed width: unless the user chose them, show the columns that fit
        now (the widths of columns that stay are left as they are)."""
        if not (self._fitted and self.fitting and not self.chosen):
            return
        width = self.table.viewport().width()
        if width < 200:
            return
        shown = {c for c in range(self._count()) if not self.header.isSectionHidden(c)}
        if self._fitting_set(width) != shown:
            self.fit(width)
            self.show_sort_column()

    def available_width(self) -> int:
        """The table's width, or the screen's when the table is not laid out yet."""
        width = self.table.viewport().width()
        if width < 200:
            screen = self.table.screen()
            width = screen.availableGeometry().width() if screen is not None else 1024
        return width

    def _widths(self) -> list[int]:
        count = self._count()
        widths = self.default_widths or [self.header.sectionSize(c) for c in range(count)]
        widths = [*widths, *([self.header.defaultSectionSize()] * (count - len(widths)))]
        # Wide enough for the title in the language shown ("Godkännande begärt").
        return [max(w, self.header.sectionSizeHint(c)) for c, w in enumerate(widths)]

    def _fitting_set(self, available: int) -> set[int]:
        return fitting_columns(self._widths(), self.priority, available, self.sort_column())

    def fit(self, available: int) -> None:
        """Show the columns that fit ``available`` pixels, at their default widths."""
        count = self._count()
        if not count:
            return
        widths = self._widths()
        shown = fitting_columns(widths, self.priority, available, self.sort_column())
        for column in range(count):
            self.header.setSectionHidden(column, column not in shown)
            if column in shown:
                self.header.resizeSection(column, widths[column])

    def sort_column(self) -> int:
        header = self.header
        return header.sortIndicatorSection() if header.isSortIndicatorShown() else -1

    def show_sort_column(self) -> None:
        """The list is ordered by a column the user sees."""
        column = self.sort_column()
        if 0 <= column < self._count() and self.header.isSectionHidden(column):
            self.header.setSectionHidden(column, False)
            if self.default_widths and column < len(self.default_widths):
                self.header.resizeSection(column, self.default_widths[column])

    def set_visible(self, column: int, visible: bool) -> None:
        """Show or hide a column (the last shown one and the sort column stay)."""
        header = self.header
        shown = [c for c in range(self._count()) if not header.isSectionHidden(c)]
        if not visible and (shown == [column] or column == self.sort_column()):
            return
        header.setSectionHidden(column, not visible)
        if visible and header.sectionSize(column) < 30:
            widths = self.default_widths
            header.resizeSection(column, widths[column] if column < len(widths) else 120)
        self._choose()

    def reset(self) -> None:
        """Back to the list's own order and widths, with the columns that fit."""
        header = self.header
        with QSignalBlocker(header):  # putting the order back is not the user moving one
            for visual, logical in enumerate(range(self._count())):
                header.moveSection(header.visualIndex(logical), visual)
        header.viewport().update()
        self.chosen = False  # the width decides again
        self.fit(self.available_width())
        self.show_sort_column()
        self._save()

    def _choose(self) -> None:
        """The user chose (showed, hid or moved a column): keep it, width or not."""
        self.chosen = True
        self._save()

    # -- the menu -------------------------------------------------------------------

    def build_menu(self) -> QMenu:
        """The header's menu: a checkable item per column (in the order shown), Reset."""
        menu = QMenu(self.table)
        model = self.table.model()
        header = self.header
        sort_column = self.sort_column()
        shown = [c for c in range(self._count()) if not header.isSectionHidden(c)]
        for visual in range(self._count()):
            column = header.logicalIndex(visual)
            title = model.headerData(column, Qt.Orientation.Horizontal) if model else None
            action = QAction(str(title or column + 1), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            if column == sort_column:
                action.setEnabled(False)
                action.setStatusTip(self.tr("The list is sorted by this column"))
            elif shown == [column]:
                action.setEnabled(False)
            action.toggled.connect(lambda on, c=column: self.set_visible(c, on))
            menu.addAction(action)
        menu.addSeparator()
        reset = menu.addAction(self.tr("Reset columns"))
        reset.setStatusTip(self.tr("Show the list's own columns in their own order and widths"))
        reset.triggered.connect(self.reset)
        return menu

    def _open_menu(self, pos: QPoint) -> None:
        self.menu = self.build_menu()
        self.menu.popup(self.header.mapToGlobal(pos))
