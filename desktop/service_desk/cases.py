"""Go › Service-desk cases… (issue 20; seed 004 step 5: "Det skapas ett ärende hos Ineras
Kundservice"): the service desk's cases of attested agent orders, over the local database
(synced, so the list works offline), and a case's window with its notes.

The list: number, status, who works it, the order (number and customer), when it was
opened and last changed; filtered by status (the open ones by default) and to the cases
assigned to the user. Return (or a double click) opens the case: its order (openable as
the order's page), its dated notes, a new note (Ctrl+N, saved with Ctrl+Return), Assign
to me / Unassign and the statuses the case may go to. Each change is a command
(``service_desk_case.*``) applied here and queued for the server, offline too.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTextBrowser,
    QWidget,
)
from sqlalchemy import select

from desktop.admin.operations import list_users
from desktop.agent_orders.view import state_text as order_state_text
from desktop.common.domain_text import domain_message
from desktop.common.layouts import hbox, vbox
from desktop.common.palette import HINT_STYLE
from desktop.common.row_dialog import ERROR_STYLE
from desktop.common.rows_model import Column
from desktop.common.rows_window import RowsWindow
from desktop.common.values import Record, utc
from desktop.common.widgets import open_action, push_button
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP, format_datetime
from desktop.operations import Changes, DbOp, OpContext
from desktop.service_desk.labels import STATUS, status_text
from desktop.webview.server_api import known_offline, server_link
from models.agent_orders import AgentOrder
from models.commands.base import roles_allow
from models.commands.service_desk import SERVICE_DESK_ROLES
from models.ids import new_id
from models.organisations import Organisation
from models.service_desk import (
    NEXT_STATUSES,
    OPEN_STATUSES,
    CaseStatus,
    ServiceDeskCase,
    ServiceDeskNote,
)
from models.tenancy import Role
from sync.users import UserAccount

C = "ServiceDesk"

#: The status filter's choices: its key ("open", "" for all, or a status) and text.
FILTERS = (
    ("open", QT_TRANSLATE_NOOP("ServiceDesk", "Open cases")),
    ("", QT_TRANSLATE_NOOP("ServiceDesk", "All cases")),
    *STATUS.items(),
)

WATCHED = ("service_desk_case", "service_desk_note", "agent_order", "organisation")


def may_work(roles: frozenset[str]) -> bool:
    """Whether ``roles`` may change cases (the service desk, administrators)."""
    return roles_allow(SERVICE_DESK_ROLES, roles)


def load_cases(c: OpContext, *, status: str = "open", mine: str | None = None) -> list[Record]:
    """The cases, newest first: ``status`` "open" (new, in progress, waiting), "" (all) or
    one status; ``mine``: only those assigned to this user id."""
    query = (
        select(ServiceDeskCase, AgentOrder, Organisation.name)
        .join(AgentOrder, AgentOrder.id == ServiceDeskCase.order_id)
        .outerjoin(Organisation, Organisation.id == AgentOrder.customer_organisation_id)
        .where(ServiceDeskCase.deleted_at.is_(None))
        .order_by(ServiceDeskCase.created_at.desc(), ServiceDeskCase.number.desc())
    )
    if status == "open":
        query = query.where(ServiceDeskCase.status.in_([s.value for s in OPEN_STATUSES]))
    elif status:
        query = query.where(ServiceDeskCase.status == status)
    if mine is not None:
        query = query.where(ServiceDeskCase.assignee_id == mine)
    with c.read() as s:
        return [
            {
                "id": case.id,
                "number": case.number,
                "status": case.status,
                "assignee": case.assignee_name if case.assignee_id else "",
                "assignee_id": case.assignee_id,
                "order": f"{order.number} · {customer or ''}".rstrip(" ·"),
                "order_id": order.id,
                "title": case.title,
                "created_at": utc(case.created_at),
                "updated_at": utc(case.updated_at),
            }
            for case, order, customer in s.execute(query)
        ]


def _status(value: Any, _row: Record) -> str:
    return status_text(str(value))


class ServiceDeskCasesWindow(RowsWindow):
    """Go › Service-desk cases… (one window, not modal; see the module)."""

    #: An agent order's page is asked for (Open order in a case).
    open_order = Signal(str)

    watched = WATCHED
    columns = (
        Column("number", QT_TRANSLATE_NOOP("ServiceDesk", "Case"), C),
        Column("status", QT_TRANSLATE_NOOP("ServiceDesk", "Status"), C, format=_status),
        Column("assignee", QT_TRANSLATE_NOOP("ServiceDesk", "Assigned to"), C),
        Column(
            "order",
            QT_TRANSLATE_NOOP("ServiceDesk", "Order"),
            C,
            tooltip=lambda row: str(row.get("title") or ""),
        ),
        Column("created_at", QT_TRANSLATE_NOOP("ServiceDesk", "Opened"), C),
        Column("updated_at", QT_TRANSLATE_NOOP("ServiceDesk", "Updated"), C),
    )
    list_name, window_size = "service_desk_cases", (1080, 500)
    widths = (130, 200, 170, 260, 130, 130)
    #: The order (its number and the customer's name, of any length) takes the room the
    #: others leave: the last column, Updated, is never cut off behind a scroll bar.
    stretched = 3

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Service-desk cases"))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.stretched, QHeaderView.ResizeMode.Stretch)
        self.table.set_empty_text(
            self.tr("No cases here. A case is opened when a customer has attested an agent order.")
        )
        self.may_work = may_work(ctx.actor.roles)
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show"))
        for key, source in FILTERS:
            self.filter.addItem(QCoreApplication.translate(C, source), key)
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        show = QLabel(self.tr("&Show:"))
        show.setBuddy(self.filter)
        self.mine = QCheckBox(self.tr("Assigned to &me"))
        self.mine.setEnabled(bool(ctx.actor.user_id))
        self.mine.toggled.connect(lambda _on: self.reload())
        self.open_button = push_button(
            self.tr("&Open…"), self.open_selected, self.tr("The case and its notes (Return)")
        )
        self.take_button = push_button(
            self.tr("&Take"), self.take_selected, self.tr("Assign the case to yourself")
        )
        open_action(self.table, self.tr("Open case"), self.open_selected)
        #: The case windows open, by case id.
        self.case_windows: dict[str, CaseWindow] = {}
        self.lay_out(
            hbox(show, self.filter, self.mine, None, self.open_button, self.take_button),
            hint=self.tr(
                "The service desk's cases of attested agent orders. Open a case to read and "
                "write its notes, assign it and change its status; changes made offline are "
                "sent with the next sync."
            ),
        )
        self.reload()

    def reload(self) -> None:
        # The filter's values, read here on the GUI thread (load runs on the executor).
        self._status = str(self.filter.currentData() or "")
        self._mine = self.ctx.actor.user_id if self.mine.isChecked() else None
        super().reload()

    def load(self, c: OpContext, *, archived: bool = False) -> list[Record]:
        return load_cases(c, status=self._status, mine=self._mine)

    def update_actions(self) -> None:
        row = self.selected()
        self.open_button.setEnabled(row is not None)
        self.take_button.setEnabled(
            row is not None
            and self.may_work
            and bool(self.ctx.actor.user_id)
            and row["assignee_id"] != self.ctx.actor.user_id
            and row["status"] != CaseStatus.CLOSED
        )

    def open_selected(self) -> CaseWindow | None:
        row = self.selected()
        return None if row is None else self.open_case(str(row["id"]))

    def open_case(self, case_id: str) -> CaseWindow:
        """The case's window (one a case, raised when open already)."""
        window = self.case_windows.get(case_id)
        if window is None:
            window = CaseWindow(self.ctx, case_id, self)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.open_order.connect(self.open_order)
            window.destroyed.connect(lambda _o=None, i=case_id: self.case_windows.pop(i, None))
            self.case_windows[case_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        self.opened(window)
        return window

    def take_selected(self) -> None:
        row = self.selected()
        if row is None or not self.may_work:
            return
        assign(self, self.ctx, str(row["id"]), row["assignee_id"], self.ctx.actor.user_id).success(
            lambda _r: self.say(self.tr("%1 is assigned to you.").replace("%1", row["number"]))
        ).failure(lambda exc: self.say(domain_message(exc), error=True)).run(self.ctx.ops)


def assign(
    parent: QWidget,
    ctx: AppContext,
    case_id: str,
    expected: Any,
    assignee_id: str | None,
    name: str = "",
) -> DbOp[None]:
    """Queue ``service_desk_case.assign`` of the case to ``assignee_id`` (the user, or None;
    ``name``: theirs, else the user's own, shown until the server names them)."""
    args = {
        "case_id": case_id,
        "assignee_id": assignee_id,
        "assignee_name": (name or ctx.actor.label) if assignee_id else "",
        "expected_assignee_id": expected,
    }
    return _command(parent, "service_desk_case.assign", args)


def _command(parent: QWidget, name: str, args: dict[str, Any]) -> DbOp[None]:
    def run(c: OpContext) -> None:
        c.execute(c.command(name, args))

    return DbOp(run, parent=parent, label=name)


def load_case(c: OpContext, case_id: str) -> Record | None:
    """The case with its order, customer and notes (oldest first), or None."""
    with c.read() as s:
        case = s.get(ServiceDeskCase, case_id)
        if case is None or case.deleted_at is not None:
            return None
        order = s.get(AgentOrder, case.order_id)
        customer = s.get(Organisation, order.customer_organisation_id) if order else None
        notes = s.scalars(
            select(ServiceDeskNote)
            .where(ServiceDeskNote.case_id == case.id, ServiceDeskNote.deleted_at.is_(None))
            .order_by(ServiceDeskNote.at, ServiceDeskNote.id)
        )
        return {
            "id": case.id,
            "number": case.number,
            "title": case.title,
            "status": case.status,
            "assignee_id": case.assignee_id,
            "assignee": case.assignee_name if case.assignee_id else "",
            "created_at": utc(case.created_at),
            "resolved_at": utc(case.resolved_at),
            "order_id": case.order_id,
            "order_number": order.number if order else "",
            "order_state": order.state if order else "",
            "service": order.service if order else "",
            "customer": customer.name if customer else "",
            "notes": [(utc(n.at), n.author, n.text) for n in notes],
        }


class CaseWindow(QDialog):
    """One case: its order, status and assignee, its notes and a new one (see the module)."""

    open_order = Signal(str)
    #: The case was shown (after each load).
    shown = Signal()

    def __init__(self, ctx: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_id = ctx, case_id
        self.case: Record | None = None
        self.may_work = may_work(ctx.actor.roles)
        self.setWindowTitle(self.tr("Service-desk case"))
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.status = QLabel()
        self.assignee = QLabel()
        self.order = QLabel()
        self.order.setTextFormat(Qt.TextFormat.PlainText)
        self.created = QLabel()
        self.order_button = push_button(
            self.tr("Open &order"), self._open_order, self.tr("The agent order's page")
        )
        self.take_button = push_button(self.tr("Assign to &me"), self.take)
        self.release_button = push_button(self.tr("&Unassign"), self.release)
        # An administrator gives the case to someone: the tenant's staff, from the server.
        self.may_assign_others = self.may_work and Role.ADMIN in ctx.actor.roles
        self.assign_to = QComboBox()
        self.assign_to.setAccessibleName(self.tr("Assign to"))
        self.assign_to.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.assign_to.addItem(self.tr("(the list of users needs a connection)"), None)
        self.assign_button = push_button(self.tr("Assi&gn"), self.assign_chosen)
        self.next_status = QComboBox()
        self.next_status.setAccessibleName(self.tr("New status"))
        self.next_status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_button = push_button(self.tr("&Set status"), self.set_status)
        form = QFormLayout()
        form.addRow(
            self.tr("Status:"), hbox(self.status, None, self.next_status, self.status_button)
        )
        form.addRow(
            self.tr("Assigned to:"),
            hbox(self.assignee, None, self.take_button, self.release_button),
        )
        if self.may_assign_others:
            form.addRow(self.tr("Give to:"), hbox(self.assign_to, self.assign_button, None))
        form.addRow(self.tr("Order:"), hbox(self.order, None, self.order_button))
        form.addRow(self.tr("Opened:"), self.created)
        self.notes = QTextBrowser()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setOpenLinks(False)
        notes_label = QLabel(self.tr("Notes"))
        notes_label.setStyleSheet("font-weight: 600;")
        new_label = QLabel(self.tr("&New note:"))
        self.new_note = QPlainTextEdit()
        self.new_note.setAccessibleName(self.tr("New note"))
        self.new_note.setPlaceholderText(self.tr("What was done or agreed (Ctrl+Return saves it)"))
        self.new_note.setFixedHeight(90)
        new_label.setBuddy(self.new_note)
        self.add_button = push_button(self.tr("&Add note"), self.add_note)
        self.message = QLabel()
        self.message.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Ctrl+N writes a new note; notes are kept as written (a correction is a new "
                "note). Changes made offline are sent with the next sync."
            )
        )
        hint.setStyleSheet(HINT_STYLE)
        hint.setWordWrap(True)
        close = push_button(self.tr("Close"), self.close)
        vbox(
            self,
            self.heading,
            form,
            notes_label,
            (self.notes, 1),
            new_label,
            self.new_note,
            hbox(self.add_button, None),
            self.message,
            hint,
            hbox(None, close),
        )
        QShortcut(QKeySequence("Ctrl+N"), self, self.write_note)
        save = QShortcut(QKeySequence("Ctrl+Return"), self.new_note, self.add_note)
        save.setContext(Qt.ShortcutContext.WidgetShortcut)
        ctx.ops.changed.connect(self._on_changes)
        self.resize(760, 640)
        self.reload()
        self._load_users()

    def _load_users(self) -> None:
        """The tenant's own staff (not agents' users), for an administrator online."""
        link = server_link(self.ctx)
        if not self.may_assign_others or link is None or known_offline(self.ctx):
            return
        list_users(link, parent=self).success(self._show_users).failure(lambda _e: None).run(
            self.ctx.ops
        )

    def _show_users(self, users: list[UserAccount]) -> None:
        self.assign_to.clear()
        staff = [u for u in users if u.active and u.roles and u.agent_id is None]
        for user in sorted(staff, key=lambda u: (u.display_name or u.email).casefold()):
            self.assign_to.addItem(user.display_name or user.email, user.id)
        self._enable_assign()

    def _enable_assign(self) -> None:
        open_case = self.case is not None and self.case["status"] != CaseStatus.CLOSED
        self.assign_button.setEnabled(
            self.may_assign_others and open_case and self.assign_to.currentData() is not None
        )

    def assign_chosen(self) -> None:
        """Give the case to the user chosen in Give to (an administrator)."""
        chosen = self.assign_to.currentData()
        if self.case is None or not self.may_assign_others or chosen is None:
            return
        name = self.assign_to.currentText()
        op = assign(self, self.ctx, self.case_id, self.case["assignee_id"], str(chosen), name)
        self._run(op, self.tr("The case is given to %1.").replace("%1", name))

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*WATCHED):
            self.reload()

    def reload(self) -> None:
        DbOp(lambda c: load_case(c, self.case_id), parent=self, label="service desk case").success(
            self._show
        ).run(self.ctx.ops)

    def _show(self, case: Record | None) -> None:
        self.case = case
        if case is None:
            self.heading.setText(self.tr("This case is no longer here."))
            for widget in (self.take_button, self.release_button, self.status_button):
                widget.setEnabled(False)
            self.add_button.setEnabled(False)
            self.shown.emit()
            return
        self.setWindowTitle(self.tr("Case %1").replace("%1", case["number"]))
        self.heading.setText(f"{case['number']} — {case['title']}")
        status = CaseStatus(case["status"])
        resolved = case["resolved_at"]
        self.status.setText(
            status_text(status.value)
            + (
                f" ({format_datetime(resolved)})"
                if resolved and status == CaseStatus.RESOLVED
                else ""
            )
        )
        self.assignee.setText(case["assignee"] or self.tr("Nobody"))
        order = " · ".join(
            x
            for x in (
                case["order_number"],
                case["customer"],
                case["service"],
                order_state_text(case["order_state"]) if case["order_state"] else "",
            )
            if x
        )
        self.order.setText(order)
        self.created.setText(format_datetime(case["created_at"]) if case["created_at"] else "")
        self.next_status.clear()
        for target in sorted(NEXT_STATUSES[status], key=list(CaseStatus).index):
            self.next_status.addItem(status_text(target.value), target.value)
        open_case = status != CaseStatus.CLOSED
        me = self.ctx.actor.user_id
        self.take_button.setEnabled(
            self.may_work and open_case and bool(me) and case["assignee_id"] != me
        )
        self.release_button.setEnabled(self.may_work and open_case and bool(case["assignee_id"]))
        self.next_status.setEnabled(self.may_work and self.next_status.count() > 0)
        self.status_button.setEnabled(self.may_work and self.next_status.count() > 0)
        self.new_note.setEnabled(self.may_work and open_case)
        self.add_button.setEnabled(self.may_work and open_case)
        self.notes.setHtml(self._notes_html(case["notes"]))
        self._enable_assign()
        self.shown.emit()

    def _notes_html(self, notes: list[tuple[Any, str, str | None]]) -> str:
        if not notes:
            none = self.tr("No notes yet.")
            return f"<p><i>{html.escape(none)}</i></p>"
        # A note's text is for the service desk and administrators only (models.visibility):
        # other readers receive it empty (None).
        hidden = html.escape(self.tr("Only the service desk and administrators read notes."))
        parts = []
        for at, author, text in notes:
            when = format_datetime(at) if at else ""
            body = (
                html.escape(text).replace("\n", "<br>") if text is not None else f"<i>{hidden}</i>"
            )
            parts.append(f"<p><b>{html.escape(when)}</b> — {html.escape(author)}<br>{body}</p>")
        return "".join(parts)

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def _run(self, op: DbOp[None], said: str, then: Callable[[], None] | None = None) -> None:
        def done(_r: None) -> None:
            self.say(said)
            if then is not None:
                then()

        op.success(done).failure(lambda exc: self.say(domain_message(exc), error=True)).run(
            self.ctx.ops
        )

    def write_note(self) -> None:
        """Ctrl+N: the new note's field, to write in."""
        if self.new_note.isEnabled():
            self.new_note.setFocus()

    def add_note(self) -> None:
        text = self.new_note.toPlainText().strip()
        if self.case is None or not self.may_work:
            return
        if not text:
            self.say(self.tr("Write the note first."), error=True)
            self.new_note.setFocus()
            return
        args = {"case_id": self.case_id, "note_id": new_id(), "text": text}
        op = _command(self, "service_desk_case.add_note", args)
        self._run(op, self.tr("The note is added."), self.new_note.clear)

    def take(self) -> None:
        if self.case is not None and self.may_work:
            op = assign(
                self, self.ctx, self.case_id, self.case["assignee_id"], self.ctx.actor.user_id
            )
            self._run(op, self.tr("The case is assigned to you."))

    def release(self) -> None:
        if self.case is not None and self.may_work:
            op = assign(self, self.ctx, self.case_id, self.case["assignee_id"], None)
            self._run(op, self.tr("Nobody is assigned to the case now."))

    def set_status(self) -> None:
        target = self.next_status.currentData()
        if self.case is None or not self.may_work or not target:
            return
        args = {"case_id": self.case_id, "status": target}
        said = self.tr("The case is now: %1").replace("%1", status_text(str(target)))
        self._run(_command(self, "service_desk_case.set_status", args), said)

    def _open_order(self) -> None:
        if self.case is not None:
            self.open_order.emit(self.case["order_id"])
