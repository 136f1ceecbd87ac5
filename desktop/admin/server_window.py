"""A window over a list kept on the server (users, an agent organisation's users).

What the administration windows share: a filter and a count over a table, a
toolbar of actions with shortcuts and status tips, a line under the table
saying what the last action did (or why it failed, in words), "Try again"
when the server could not be reached, and one dialog at a time. Accounts
live on the server, so every call goes there on the network pool; offline
(or without a server) the window says plainly that this needs a connection.
Subclasses say what the list is (:meth:`refresh`) and which actions apply
(:meth:`_update_actions`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import ClassVar, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.admin.dialogs import ServerDialog
from desktop.admin.model import FilteredRowsModel
from desktop.admin.texts import describe_error
from desktop.common.layouts import hbox, vbox
from desktop.common.model_export import ask_export_path, export_model
from desktop.common.rows_model import Column
from desktop.common.widgets import SearchField, TableView, popup_menu, push_button
from desktop.context import AppContext
from desktop.operations import NetOp
from desktop.webview.server_api import ServerLink, known_offline, server_link
from sync.client import ServerClient, ServerUnavailable

ERROR_STYLE = "color: #b00020;"

T = TypeVar("T")


C = TypeVar("C", bound=ServerClient)
R = TypeVar("R")


def server_call(
    link: ServerLink,
    fn: Callable[[C], R],
    client_class: type[C],
    *,
    timeout: tuple[float, float] = (4, 30),
) -> Callable[[], R]:
    """``fn`` asked of a ``client_class`` client to the server of ``link``, closed after
    (the run of a NetOp: network pool)."""

    def run() -> R:
        client = client_class(link.base_url, token=link.token, timeout=timeout, verify=link.verify)
        try:
            return fn(client)
        finally:
            client.close()

    return run


def filter_choice(
    label: str,
    items: Sequence[tuple[str, str]],
    *,
    context: str,
    label_context: str = "",
) -> QComboBox:
    """A filter's combo box: "Any" (code "") and then (code, English words in
    ``context``), named ``label`` (English, translated in ``label_context``, else in
    ``context``)."""
    combo = QComboBox()
    combo.setAccessibleName(QCoreApplication.translate(label_context or context, label))
    combo.addItem(QCoreApplication.translate("ServerListWindow", "Any"), "")
    for code, words in items:
        combo.addItem(QCoreApplication.translate(context, words), code)
    return combo


def day_filter(name: str) -> QDateEdit:
    """A filter's date field whose lowest value means "any day" (shown as a dash)."""
    edit = QDateEdit()
    edit.setAccessibleName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setSpecialValueText("—")
    edit.setDate(edit.minimumDate())
    return edit


def picked_day(edit: QDateEdit) -> date | None:
    """The day a :func:`day_filter` holds, or None for any day."""
    picked = edit.date()
    if picked == edit.minimumDate():
        return None
    return date(picked.year(), picked.month(), picked.day())


class ServerListWindow(QMainWindow):
    """A list the server keeps, its actions, and what the last one did."""

    #: Why there is no list when this copy of the data has no server (English source,
    #: context "UsersAdmin"), and while the server cannot be reached.
    NO_SERVER = ""
    OFFLINE = ""
    #: Refusals worded for this window (:func:`describe_error`'s ``overrides``).
    ERROR_TEXTS: ClassVar[Mapping[str, str]] = {}
    #: Whether a failure because the server cannot be reached says OFFLINE (else the
    #: general words of :func:`describe_error`).
    OFFLINE_WHEN_UNREACHABLE = False
    #: The list's name (the window's object name; the table's saved layout), the window's
    #: title (English, in the context of the window's class; "": the subclass sets it) and
    #: the list's model: ``MODEL()``, else a :class:`FilteredRowsModel` of ``COLUMNS``.
    LIST_NAME = ""
    TITLE = ""
    COLUMNS: ClassVar[Sequence[Column]] = ()
    MODEL: ClassVar[Callable[[], FilteredRowsModel] | None] = None
    #: The list's model (made from the class unless given).
    model: FilteredRowsModel

    #: The list arrived from the server (or the attempt ended: ``loaded`` says which).
    refreshed = Signal()
    #: An action finished: (what was done, in words; "" when it failed), after the list was
    #: asked for again.
    action_done = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        model: FilteredRowsModel | None = None,
        *,
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        name = name or self.LIST_NAME
        self.setObjectName(name)
        if self.TITLE:
            self.setWindowTitle(QCoreApplication.translate(type(self).__name__, self.TITLE))
        if model is None:
            kind = type(self).MODEL
            model = FilteredRowsModel(list(self.COLUMNS)) if kind is None else kind()
        model.setParent(self)
        #: ``rows_model``: the same model (its older name).
        self.ctx, self.model, self.rows_model = ctx, model, model
        #: The server's list is shown; a call is under way.
        self.loaded = self.busy = False
        #: The open dialog of an action, if any (tests and the window's state use it).
        self.dialog: QDialog | None = None
        self.confirmation: QMessageBox | None = None
        self.filter = SearchField("")
        self.filter.search_changed.connect(self._filter)
        self.count = QLabel()
        self.count.setStyleSheet("color: palette(placeholder-text);")
        self.table = TableView(name, ctx.settings)
        self.table.setModel(model)
        self.table.setSelectionMode(TableView.SelectionMode.SingleSelection)
        #: Columns fitted to the first list (unless the user's layout was kept).
        self._sized = False
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = push_button(self.tr("Try again"), lambda: self.refresh())
        self.retry_button.hide()
        self.toolbar = QToolBar()
        #: The actions the table's context menu offers.
        self.row_actions: list[QAction] = []

    def _finish(
        self,
        title: str,
        actions: Iterable[QAction | None],
        *,
        filter_hint: str,
        leading: Iterable[QWidget] = (),
    ) -> None:
        """Lay the window out: ``leading`` widgets before the filter (``filter_hint`` its
        placeholder and name), the toolbar's actions (None: a separator), then Refresh."""
        self.act_refresh = self._action(
            self.tr("Re&fresh"), self.refresh, "F5", self.tr("Ask the server for the list again")
        )
        self.filter.setPlaceholderText(filter_hint)
        self.filter.setAccessibleName(filter_hint)
        bar = self.toolbar
        bar.setWindowTitle(title)
        bar.setObjectName(f"{self.objectName()}Toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (*actions, None, self.act_refresh):
            if action is None:
                bar.addSeparator()
            else:
                bar.addAction(action)
        self.addToolBar(bar)
        top = hbox(*leading, (self.filter, 1), self.count)
        bottom = hbox((self.message, 1), self.retry_button)
        central = QWidget()
        vbox(central, top, (self.table, 1), bottom)
        self.setCentralWidget(central)
        self.statusBar()
        self.resize(980, 560)
        self._update_actions()

    def _add_filter_row(self, fields: Iterable[tuple[str, QWidget]]) -> None:
        """The server's filters on a row of their own, above the filter field: each field
        after its label (``text`` with a mnemonic that focuses the field). After
        :meth:`_finish`."""
        widgets: list[QWidget] = []
        for text, field in fields:
            label = QLabel(text)
            label.setBuddy(field)
            widgets += [label, field]
        central = self.centralWidget()
        layout = central.layout() if central else None
        assert isinstance(layout, QVBoxLayout)
        row = hbox(*widgets)
        row.addStretch(1)
        layout.insertLayout(0, row)

    # -- what subclasses say ---------------------------------------------------------

    def refresh(self, *, select: str | None = None) -> None:
        """Ask the server for the list (keeps the selection, or selects ``select``)."""
        raise NotImplementedError

    def _update_actions(self) -> None:
        """Enable the actions that apply now (and show the count)."""
        self._show_count()

    def describe_error(self, exc: Exception) -> str:
        """A failure in words."""
        if self.OFFLINE_WHEN_UNREACHABLE and isinstance(exc, ServerUnavailable):
            return QCoreApplication.translate("UsersAdmin", self.OFFLINE)
        return describe_error(exc, overrides=self.ERROR_TEXTS)

    # -- actions ----------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence.StandardKey,
        tip: str,
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setStatusTip(tip)
        action.setToolTip(
            f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _context_menu(self, pos: QPoint) -> None:
        popup_menu(self, self.table, pos, self.row_actions)

    def selected_id(self) -> str | None:
        """The id of the selected row (None: nothing selected)."""
        rows = self.table.selected_rows()
        found = self.model.row_at(rows[0]) if rows else None
        return str(found["id"]) if found else None

    def select_id(self, row_id: str) -> None:
        row = self.model.row_of(row_id)
        if row >= 0:
            self.table.selectRow(row)

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self.total()
        self.count.setText(
            self.tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))
            if self.loaded
            else ""
        )

    def total(self) -> int:
        """How many rows there are before the filter."""
        return len(self.model.all_rows)

    # -- the list ---------------------------------------------------------------------

    def _link(self) -> ServerLink | None:
        """The server to ask, or None after saying why there is none."""
        link = server_link(self.ctx)
        if link is None:
            self._offline(QCoreApplication.translate("UsersAdmin", self.NO_SERVER), retry=False)
            return None
        if known_offline(self.ctx):
            self._offline(QCoreApplication.translate("UsersAdmin", self.OFFLINE))
            return None
        return link

    def _offline(self, text: str, *, retry: bool = True) -> None:
        self.loaded = False
        self.busy = False
        self.clear_rows()
        self.table.set_empty_text(text)
        self._say("")
        self.retry_button.setVisible(retry)
        self._update_actions()
        self.refreshed.emit()

    def clear_rows(self) -> None:
        self.model.set_all([])

    def _asking(self) -> str | None:
        """Before asking the server for the list: busy; the id to keep selected."""
        keep = self.selected_id()
        self.busy = True
        self.retry_button.hide()
        self.table.set_empty_text(self.tr("Asking the server…"))
        self._update_actions()
        return keep

    def _ask_list(
        self,
        select: str | None,
        call: Callable[[ServerLink], NetOp[T]],
        listed: Callable[[T, str | None], None],
    ) -> None:
        """Ask the server for the list (``call(link)`` makes the call); ``listed(answer,
        keep)`` shows it, ``keep`` the id to select (``select``, else the one selected now).
        Without a server :meth:`_link` says why."""
        link = self._link()
        if link is None:
            return
        keep = select or self._asking()
        call(link).success(lambda answer: listed(answer, keep)).failure(self._list_failed).run(
            self.ctx.ops
        )

    def _arrived(
        self, keep: str | None, *, empty: str, fit: Callable[[], None] | None = None
    ) -> None:
        """The list is in the model: fit the columns the first time (``fit``, else to their
        contents), keep the selection."""
        self.busy = False
        self.loaded = True
        if not self._sized and self.total():
            self._sized = True
            if not self.table.restore_layout():
                (fit or self.table.resizeColumnsToContents)()
                self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
            self.table.setFocus()
        no_match = self.tr("No users match the filter.")
        self.table.set_empty_text(no_match if self.total() else empty)
        if keep:
            self.select_id(keep)
        self._update_actions()
        self.refreshed.emit()

    def _list_failed(self, exc: Exception) -> None:
        if isinstance(exc, ServerUnavailable):
            self._offline(self.describe_error(exc))
            return
        self.busy = False
        self.loaded = False
        self.clear_rows()
        self.table.set_empty_text(self.describe_error(exc))
        self.retry_button.show()
        self._update_actions()
        self.refreshed.emit()

    def set_filter(self, text: str) -> None:
        """Show the rows ``text`` finds."""
        self.model.set_filter(text)

    def _filter(self, text: str) -> None:
        self._shown_anew(lambda: self.set_filter(text))

    def _shown_anew(self, change: Callable[[], None]) -> None:
        """``change`` which rows are shown (the filter, an option), keeping the selection."""
        keep = self.selected_id()
        change()
        if keep:
            self.select_id(keep)
        self.table.update_empty()
        self._update_actions()

    def focus_search(self) -> None:
        self.filter.take_focus()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "color: palette(text);")
        self.message.setText(text)

    def _done(self, text: str, row_id: str | None = None) -> None:
        """An action went through: say so and show the server's list as it is now."""
        self.busy = False
        self._say(text)
        self.refresh(select=row_id)
        self.action_done.emit(text)

    def _send(
        self,
        dialog: ServerDialog,
        call: Callable[[ServerLink], NetOp[T]],
        said: Callable[[T], tuple[str, str | None]],
        *,
        refused: Callable[[Exception], None] | None = None,
    ) -> None:
        """Send what ``dialog`` asks (``call(link)`` makes the server call): when it went
        through the dialog closes and the window says ``said(answer)`` (what was done, in
        words; the row to select) and lists again; a refusal is said in the dialog (or
        ``refused`` handles it). Without a server the dialog says why."""
        link = self._link()
        if link is None:
            dialog.failed(self.table.empty_text)
            return

        def sent(answer: T) -> None:
            dialog.done_ok()
            self._done(*said(answer))

        call(link).success(sent).failure(
            refused or (lambda exc: dialog.failed(self.describe_error(exc)))
        ).run(self.ctx.ops)

    def _refused_in(self, dialog: ServerDialog) -> Callable[[Exception], None]:
        """A failure callback: the reason in ``dialog``, and the server's list again (a
        change of several steps may have gone part of the way)."""

        def refused(exc: Exception) -> None:
            dialog.failed(self.describe_error(exc))
            self.refresh()

        return refused

    def _failed(self, exc: Exception) -> None:
        self.busy = False
        self._say(self.describe_error(exc), error=True)
        self._update_actions()
        self.action_done.emit("")

    # -- export ---------------------------------------------------------------------------

    def _ask_export(self, title: str) -> None:
        """Ask where to export the rows shown (the dialog titled ``title``), then export."""
        target = ask_export_path(self, self.ctx.settings, title=title, name=self.windowTitle())
        if target is not None:
            self.export(target)

    def export(self, path: Path) -> None:
        """Write the rows shown to ``path`` (XLSX or CSV by its suffix) and say so."""
        export_model(parent=self, model=self.model, path=path, title=self.windowTitle()).success(
            lambda n: self._say(self.exported_text(n).replace("%1", path.name))
        ).failure(self._failed).run(self.ctx.ops)

    def exported_text(self, n: int) -> str:
        """What an export of ``n`` rows says ("%1": the file's name); a list with Export
        words it (its own plural)."""
        raise NotImplementedError

    # -- window ---------------------------------------------------------------------------

    def _open(self, dialog: QDialog, *, held_in: str = "dialog") -> None:
        """Open ``dialog`` (deleted on close), held in ``self.<held_in>`` while it is open."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d, held_in))
        setattr(self, held_in, dialog)
        dialog.open()

    def _closed(self, dialog: QDialog, held_in: str = "dialog") -> None:
        if getattr(self, held_in) is dialog:
            setattr(self, held_in, None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.loaded and not self.busy:
            self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.table.save_layout()
        super().closeEvent(event)
