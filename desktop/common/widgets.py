"""Widgets the tabs share: a search-as-you-type field, a table view that remembers its
columns, a splitter that remembers its sizes, how many rows a list shows, an empty-state
message over an empty table, a scrolling side panel."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.common.columns import ColumnLayout
from desktop.common.palette import HINT_STYLE
from desktop.common.table_model import ROW_ROLE
from desktop.common.values import Record
from desktop.i18n import format_number
from desktop.settings import Settings, header_key, splitter_key


def list_action(
    owner: QWidget,
    text: str,
    slot: Callable[[], object],
    key: str | QKeySequence.StandardKey | None = None,
    tip: str = "",
) -> QAction:
    """An action of a list or a pane, added to ``owner``: its shortcut ``key`` works while
    ``owner`` or a child of it has the focus (a text field elsewhere keeps its letters); the
    status bar says ``tip`` (or ``text``)."""
    action = QAction(text, owner)
    action.triggered.connect(slot)
    if key is not None:
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setStatusTip(tip or text)
    owner.addAction(action)
    return action


def ask_yes_no(
    parent: QWidget,
    title: str,
    question: str,
    *,
    yes: str,
    no: str,
    on_yes: Callable[[], object],
) -> QMessageBox:
    """A window-modal question whose buttons say what they do (``yes``, ``no``; No is the
    default): ``on_yes`` runs when the user chose ``yes``. Returns the box, open."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(yes)
    box.button(QMessageBox.StandardButton.No).setText(no)
    box.accepted.connect(on_yes)
    box.open()
    return box


def open_action(
    table: QAbstractItemView,
    text: str,
    slot: Callable[[], object],
    tip: str = "",
    *,
    has_row: Callable[[], bool] | None = None,
) -> QAction:
    """The action opening ``table``'s current row: Return while the table has the focus
    (see :func:`list_action`) and a double click on a row; with ``has_row``, also the
    table's context menu, where it is enabled while ``has_row()``."""
    action = list_action(table, text, slot, "Return", tip)
    table.doubleClicked.connect(lambda _index: slot())
    if has_row is None:
        return action
    shown: list[QMenu] = []  # the open menu, kept while it shows

    def show_menu(pos: QPoint) -> None:
        action.setEnabled(has_row())
        shown[:] = [popup_menu(table, table, pos, [action])]

    table.customContextMenuRequested.connect(show_menu)
    return action


def push_button(
    text: str, slot: Callable[[], object] | SignalInstance, tip: str = ""
) -> QPushButton:
    """A button saying ``text`` that runs ``slot`` (or emits a signal) when clicked; ``tip``
    is its tooltip."""
    button = QPushButton(text)
    if tip:
        button.setToolTip(tip)
    button.clicked.connect(slot)
    return button


def popup_menu(
    parent: QWidget, view: QAbstractItemView, pos: QPoint, actions: Iterable[QAction | None]
) -> QMenu:
    """A context menu of ``actions`` (None: a separator) at ``pos`` of ``view``'s viewport.
    The caller keeps it while it is open."""
    menu = QMenu(parent)
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
    menu.popup(view.viewport().mapToGlobal(pos))
    return menu


def wrapped_label(text: str = "", style: str = "") -> QLabel:
    """A label whose text wraps; ``style`` its style sheet (:data:`HINT_STYLE`: a hint)."""
    label = QLabel(text)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


def line_edit(name: str, placeholder: str = "") -> QLineEdit:
    """A text field named ``name`` for screen readers, showing ``placeholder`` while empty."""
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def choice_box(
    context: str,
    options: Mapping[Any, str],
    *,
    name: str = "",
    first: tuple[str, object] | None = None,
    current: object = None,
) -> QComboBox:
    """A combo box of ``options`` (data: English source text marked in ``context``) in the
    user's language, after ``first`` (text, data) when given; ``name`` its accessible name;
    the item of ``current`` chosen (else the first)."""
    box = QComboBox()
    if name:
        box.setAccessibleName(name)
    if first is not None:
        box.addItem(*first)
    for data, source in options.items():
        box.addItem(QCoreApplication.translate(context, source), data)
    if current is not None:
        box.setCurrentIndex(max(0, box.findData(current)))
    return box


def refill_combo(
    combo: QComboBox,
    first: tuple[str, object],
    items: Iterable[tuple[object, str]],
    chosen: object = None,
) -> None:
    """Fill ``combo`` anew: ``first`` (text, data), then ``items`` as (data, text). The item
    whose data is ``chosen`` (by default the one chosen before) is chosen when it is there;
    otherwise the first is."""
    current = chosen if chosen is not None else combo.currentData()
    combo.clear()
    combo.addItem(*first)
    for data, text in items:
        combo.addItem(text, data)
    if current:
        combo.setCurrentIndex(max(0, combo.findData(current)))


class SearchField(QLineEdit):
    """A search box that reports what was typed as it is typed (search as you type).

    Each keystroke is reported on the next turn of the event loop (keys
    already queued, a paste, are one report); the list cancels the search a
    newer keystroke makes stale (:class:`~desktop.operations.Latest`). A search
    that costs a server round trip passes :data:`NETWORK_DELAY_MS`: reported once
    typing pauses.
    """

    search_changed = Signal(str)

    #: Delay of a search that asks the server: one request once typing pauses.
    NETWORK_DELAY_MS = 250

    def __init__(self, placeholder: str, parent: QWidget | None = None, delay_ms: int = 0):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.setAccessibleName(placeholder)
        self.setMinimumWidth(220)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._emit)
        self.textEdited.connect(lambda _t: self._timer.start())
        self.returnPressed.connect(self._emit)
        # The clear button changes the text without textEdited.
        self.textChanged.connect(lambda t: self._emit() if not t else None)
        self._last = ""

    def take_focus(self) -> None:
        """Edit › Find: the cursor in the field, what it holds selected (typing replaces it)."""
        self.setFocus()
        self.selectAll()

    def _emit(self) -> None:
        self._timer.stop()
        text = self.text().strip()
        if text != self._last:
            self._last = text
            self.search_changed.emit(text)


class EmptyState(QLabel):
    """A sentence in the middle of an empty list saying what to do."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view.viewport())
        self.setObjectName("emptyState")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet(f"{HINT_STYLE} font-size: 11pt; padding: 24px;")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())  # type: ignore[attr-defined]
        return False


class TableView(QTableView):
    """A list's table: rows selected whole, columns movable, chosen on the header's menu
    and remembered per list (:class:`~desktop.common.columns.ColumnLayout`); a model with a
    ``column_priority()`` (the lazy lists) gets the columns that fit at its first show."""

    def __init__(self, list_name: str, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_name = list_name
        self.settings = settings
        self.setObjectName(f"{list_name}Table")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setSortingEnabled(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        header = self.horizontalHeader()
        # No arrow until the list is really sorted by a column.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(140)
        vertical = self.verticalHeader()
        vertical.hide()
        # Fixed row heights keep a 100,000-row table from measuring every row.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.empty = EmptyState(self)
        self.empty_text = ""
        self.columns = ColumnLayout(self, self.save_layout)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        priority = getattr(model, "column_priority", None)
        if callable(priority):
            self.columns.fitting = True
            self.columns.priority = list(priority())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.columns.fit_at_first_show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.columns.follow_width()

    def restore_layout(self) -> bool:
        """Restore column order, widths, hidden columns and sort; True if a saved layout
        was found (the widths set before are the list's defaults, for Reset columns)."""
        self.columns.remember_defaults()
        key = header_key(self.list_name)
        state = self.settings.get_bytes(key)
        header = self.horizontalHeader()
        with QSignalBlocker(header):  # the saved order is not the user moving a column
            restored = bool(state.size()) and header.restoreState(state)
        # Which columns show is the user's only if they chose them (else: what fits).
        self.columns.chosen = restored and self.settings.q.value(f"{key}-chosen", "") == "1"
        return restored

    def save_layout(self) -> None:
        key = header_key(self.list_name)
        self.settings.set_bytes(key, self.horizontalHeader().saveState())
        self.settings.q.setValue(f"{key}-chosen", "1" if self.columns.chosen else "0")

    def set_empty_text(self, text: str) -> None:
        self.empty_text = text
        self.update_empty()

    def update_empty(self, *, loaded: bool = True) -> None:
        model = self.model()
        empty = loaded and (model is None or model.rowCount() == 0)
        self.empty.setText(self.empty_text)
        self.empty.setGeometry(self.viewport().rect())
        self.empty.setVisible(empty and bool(self.empty_text))

    def selected_rows(self) -> list[int]:
        model = self.selectionModel()
        if model is None:
            return []
        return sorted(i.row() for i in model.selectedRows())

    def chosen_row(self) -> Record | None:
        """The row (as its model holds it, ``ROW_ROLE``) of the first line selected; None
        when none is."""
        rows, model = self.selected_rows(), self.model()
        if not rows or model is None:
            return None
        row = model.data(model.index(rows[0], 0), ROW_ROLE)
        return row if isinstance(row, dict) else None

    def selected_ranges(self) -> list[tuple[int, int]]:
        """Selected rows as (first, last) ranges, merged; cheap at 100,000 rows."""
        model = self.selectionModel()
        if model is None:
            return []
        selection = model.selection()
        # By index: PySide6's stub omits QItemSelection's __len__/__getitem__ (it iterates).
        ranges = (selection.at(i) for i in range(selection.size()))
        spans = sorted((r.top(), r.bottom()) for r in ranges)
        merged: list[tuple[int, int]] = []
        for top, bottom in spans:
            if merged and top <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(merged[-1][1], bottom))
            else:
                merged.append((top, bottom))
        return merged

    def selected_count(self) -> int:
        return sum(b - a + 1 for a, b in self.selected_ranges())

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1


def fill_with_scrolling(panel: QWidget, inner: QWidget, *, horizontal: bool = True) -> None:
    """Make ``inner`` the whole of ``panel``, scrolling when it is taller (and, unless
    ``horizontal`` is False, wider) than the panel; no frame."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    if not horizontal:
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(inner)
    outer = QVBoxLayout(panel)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)


class SavedSplitter(QSplitter):
    """Side-by-side panes (a list and its detail) whose sizes are kept under ``name``."""

    def __init__(
        self,
        name: str,
        settings: Settings,
        panes: list[QWidget],
        *,
        sizes: list[int],
        stretch: tuple[int, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.name = name
        self.settings = settings
        for pane in panes:
            self.addWidget(pane)
        for index, factor in enumerate(stretch):
            self.setStretchFactor(index, factor)
        self.setSizes(sizes)
        saved = settings.get_bytes(splitter_key(name))
        if saved.size():
            self.restoreState(saved)

    def save_layout(self) -> None:
        self.settings.set_bytes(splitter_key(self.name), self.saveState())


class CountLabel(QLabel):
    """How many rows a list shows of how many there are ("1,234 of 5,000 shown")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countLabel")

    def show_counts(self, shown: int, total: int) -> None:
        self.setText(
            self.tr("%1 of %2 shown")
            .replace("%1", format_number(shown))
            .replace("%2", format_number(total))
        )
