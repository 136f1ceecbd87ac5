"""The notifications button of the status bar and the list it opens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QToolButton,
    QWidget,
)

from desktop.common.layouts import close_buttons, hbox, vbox
from desktop.common.rows_model import Column, RowsModel
from desktop.common.table_model import Index
from desktop.common.values import Record
from desktop.common.widgets import TableView, push_button
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP, format_datetime, format_time
from desktop.notifications.center import Notification, NotificationCenter

CTX = "Notifications"
ORDER_PREFIX = "/staff/agent-orders/"


def _new(v: object, _r: Record) -> str:
    return QCoreApplication.translate("Notifications", "New") if v else ""


COLUMNS = (
    Column("unread", QT_TRANSLATE_NOOP("Notifications", "New"), CTX, format=_new),
    Column("created_at", QT_TRANSLATE_NOOP("Notifications", "When"), CTX),
    Column("title", QT_TRANSLATE_NOOP("Notifications", "Notification"), CTX),
    Column("body", QT_TRANSLATE_NOOP("Notifications", "Text"), CTX),
)


class BoldUnreadModel(RowsModel):
    """Unread notifications in bold (and marked "New": colour is never the only sign)."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.FontRole:
            row = self.row_at(index.row())
            if row and row.get("unread"):
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


class NotificationsButton(QToolButton):
    """ "Notifications (n)" in the status bar; a click opens the list."""

    #: A notification about an agent order was opened: the order's id.
    open_order = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("notificationsButton")
        self.setAutoRaise(True)
        self.center = NotificationCenter(ctx, self)
        # Bound methods, not lambdas: Qt drops the connection when the receiver goes.
        self.center.updated.connect(self._show_count)
        self.center.failed.connect(self._show_count)
        self.clicked.connect(self.show_list)
        self.dialog: NotificationsDialog | None = None
        self._show_count()
        self.setVisible(self.center.available)
        self.center.refresh()

    def _show_count(self, *_: object) -> None:
        unread = self.center.unread
        if unread:
            self.setText(self.tr("Notifications (%1)").replace("%1", str(unread)))
            tip = self.tr("%n unread notification(s)", "", unread)
        else:
            self.setText(self.tr("Notifications"))
            tip = self.tr("No unread notifications")
        if self.center.problem:
            tip += " · " + self.center.problem
        font = self.font()
        font.setBold(bool(unread))
        self.setFont(font)
        self.setToolTip(tip)
        self.setStatusTip(tip)
        self.setAccessibleName(self.text())
        self.setAccessibleDescription(tip)

    def _dialog_closed(self, *_: object) -> None:
        self.dialog = None

    def show_list(self) -> NotificationsDialog:
        """Open (or raise) the list and fetch it afresh."""
        if self.dialog is None:
            self.dialog = NotificationsDialog(self.ctx, self.center, self.window())
            self.dialog.open_order.connect(self.open_order)
            self.dialog.finished.connect(self._dialog_closed)
        self.dialog.show()
        self.dialog.raise_()
        self.center.refresh()
        return self.dialog


class NotificationsDialog(QDialog):
    """The newest notifications: open one (its order or page), mark read, mark all read."""

    open_order = Signal(str)

    def __init__(self, ctx: AppContext, center: NotificationCenter, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.center = center
        self.setWindowTitle(self.tr("Notifications"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = BoldUnreadModel(COLUMNS, self)
        self.table = TableView("notifications", ctx.settings, self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        for col, width in enumerate((60, 130, 280)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.open_button = push_button(self.tr("Open"), self.open_current)
        self.read_button = push_button(self.tr("Mark read"), self.mark_selected_read)
        self.all_button = push_button(self.tr("Mark all read"), self.mark_all_read)
        self.refresh_button = push_button(self.tr("Refresh"), center.refresh)
        row = hbox(self.open_button, self.read_button, self.all_button, self.refresh_button, None)
        vbox(self, self.summary, (self.table, 1), row, close_buttons(self))
        self.resize(820, 440)
        center.updated.connect(self._show)
        center.failed.connect(self._summary)
        self._show(center.notifications, center.unread)

    def _show(self, notes: list[Notification], _unread: int) -> None:
        self.model.set_rows(
            [
                {
                    "id": n.id,
                    "unread": n.unread,
                    "created_at": n.created_at,
                    "title": n.title,
                    "body": " ".join(n.body.split()),
                    "note": n,
                }
                for n in notes
            ]
        )
        self.table.set_empty_text(self.tr("No notifications."))
        self._summary()
        self._update()

    def _summary(self, *_: object) -> None:
        c = self.center
        text = self.tr("%n unread", "", c.unread)
        if c.problem:
            when = format_time(c.fetched_at) if c.fetched_at else ""
            text += " · " + (
                self.tr("%1 (showing the list of %2)").replace("%1", c.problem).replace("%2", when)
                if when
                else c.problem
            )
        elif c.fetched_at:
            text += " · " + self.tr("updated %1").replace("%1", format_datetime(c.fetched_at))
        self.summary.setText(text)

    def selected(self) -> list[Notification]:
        return [
            row["note"]
            for r in self.table.selected_rows()
            if (row := self.model.row_at(r)) is not None
        ]

    def _update(self) -> None:
        chosen = self.selected()
        self.open_button.setEnabled(len(chosen) == 1 and bool(chosen[0].link_path))
        self.read_button.setEnabled(any(n.unread for n in chosen))
        self.all_button.setEnabled(self.center.unread > 0)

    def mark_selected_read(self) -> None:
        self.center.mark_read([n.id for n in self.selected() if n.unread])

    def mark_all_read(self) -> None:
        self.center.mark_read([n.id for n in self.center.notifications if n.unread])

    def open_current(self) -> None:
        """Open the selected notification's order (a tab) or page, and mark it read."""
        chosen = self.selected()
        if len(chosen) != 1 or not chosen[0].link_path:
            return
        note = chosen[0]
        if note.unread:
            self.center.mark_read([note.id])
        if note.link_path.startswith(ORDER_PREFIX) and note.related_id:
            self.open_order.emit(note.related_id)
            return
        from desktop.webview.dialog import StaffPageDialog

        self.page_dialog = StaffPageDialog(
            self.ctx, title=note.title, heading=note.title, path=note.link_path, parent=self
        )
        self.page_dialog.show()
