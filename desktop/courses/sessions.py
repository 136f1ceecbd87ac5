"""A round's sessions (kurstillfällen, issue 15): the Sessions section of the round page.

- :class:`SessionsTab`: the round's sessions by day and time, with Add session…, Edit…
  (Enter, double-click) and Remove (Delete); ``next_session`` tells the page the next
  one, for its facts.
- :class:`SessionDialog`: a new or edited session on the shared create/edit dialog
  (:class:`~desktop.common.row_dialog.RowDialog`): the rules are ``session.add``'s
  (:mod:`models.sessions`), a refusal is shown next to its field.

Every change is a command (``session.add`` / ``session.edit`` / ``session.remove``) with
undo: a new session is withdrawn while queued, an edit taken back by the inverse edit, a
removal by adding the session again.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit, QPushButton, QWidget
from sqlalchemy import select

from desktop.common.layouts import hbox, vbox
from desktop.common.row_dialog import RowDialog, show_dialog
from desktop.common.rows_model import Column, RowsModel
from desktop.common.values import Record
from desktop.common.widgets import TableView
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP, format_date
from desktop.operations import DbOp, OpContext, Reloader
from desktop.operations.rows import RowCommands
from desktop.operations.undo import UndoStep
from desktop.people.person_field import PersonField
from models.commands.edits import as_json
from models.commands.sessions import SessionAdd
from models.courses import RoundSession
from models.errors import ValidationError
from models.ids import new_id
from models.people import Person
from models.sessions import clock_text, parse_clock, session_span

SESSION_COMMANDS = RowCommands(
    table="round_session", create="session.add", edit="session.edit", id_arg="session_id"
)
#: What a session form shows and edits (session.add's arguments but the ids).
SESSION_FIELDS = ("day", "start_minute", "end_minute", "room", "leader_id", "note")

COLUMNS = (
    Column("day", QT_TRANSLATE_NOOP("Sessions", "Day"), "Sessions"),
    Column("time", QT_TRANSLATE_NOOP("Sessions", "Time"), "Sessions"),
    Column("room", QT_TRANSLATE_NOOP("Sessions", "Room"), "Sessions"),
    Column("leader", QT_TRANSLATE_NOOP("Sessions", "Leader"), "Sessions"),
    Column("note", QT_TRANSLATE_NOOP("Sessions", "Note"), "Sessions"),
)


def load_sessions(ctx: OpContext, round_id: str) -> list[Record]:
    """The round's live sessions by day and start, each with its form values (``values``,
    JSON as the commands carry them) and its leader's name."""
    with ctx.read() as s:
        found = s.execute(
            select(RoundSession, Person)
            .outerjoin(Person, Person.id == RoundSession.leader_id)
            .where(RoundSession.round_id == round_id, RoundSession.deleted_at.is_(None))
            .order_by(RoundSession.day, RoundSession.start_minute, RoundSession.id)
        ).all()
        return [
            {
                "id": session.id,
                "day": session.day,
                "time": session_span(session),
                "room": session.room,
                "leader": leader.full_name if leader is not None else "",
                "note": session.note.replace("\n", " "),
                "values": {f: as_json(getattr(session, f)) for f in SESSION_FIELDS},
            }
            for session, leader in found
        ]


def next_session(rows: list[Record], today: date) -> Record | None:
    """The first session on or after ``today`` (``rows`` in order), or None."""
    return next((r for r in rows if r["day"] >= today), None)


def session_line(row: Record) -> str:
    """A session in a line: "2026-09-14 09:00–16:00, Sal A"."""
    return ", ".join(
        x for x in (f"{format_date(row['day'])} {row['time']}".strip(), row["room"]) if x
    )


def remove_session(*, parent: QObject | None, round_id: str, row: Record) -> DbOp[UndoStep]:
    """Take the session off the round; undone by adding it again (a new id, its values)."""
    sid, line = str(row["id"]), session_line(row)

    def run(ctx: OpContext) -> UndoStep:
        ctx.execute(ctx.command("session.remove", {"session_id": sid}))
        again = {k: v for k, v in row["values"].items() if v is not None and v != ""}
        return UndoStep(
            label=QCoreApplication.translate("Sessions", "removing the session %1").replace(
                "%1", line
            ),
            table="round_session",
            row_id=sid,
            command="session.add",
            args={"session_id": new_id(), "round_id": round_id, **again},
        )

    return DbOp(
        run,
        parent=parent,
        label=QCoreApplication.translate("Sessions", "Removing the session %1").replace("%1", line),
    )


#: The dialog's title: a new session, an edited one.
TITLES = (
    QT_TRANSLATE_NOOP("SessionDialog", "New session"),
    QT_TRANSLATE_NOOP("SessionDialog", "Edit session"),
)


class SessionDialog(RowDialog):
    """New session of a round (``row`` None) or Edit session (``row``: as the list has it,
    :func:`load_sessions`)."""

    commands = SESSION_COMMANDS

    def __init__(
        self, ctx: AppContext, round_id: str, row: Record | None, parent: QWidget | None = None
    ) -> None:
        shown = dict(row["values"]) if row is not None else None
        title = TITLES[shown is not None]
        super().__init__(ctx, QCoreApplication.translate("SessionDialog", title), shown, parent)
        self.round_id = round_id
        self.session_id = str(row["id"]) if row is not None else new_id()
        values = shown or {}
        self.day = self.add_field("day", self.tr("Day:"), QLineEdit(values.get("day") or ""))
        self.day.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.start, self.end = (
            self.add_field(key, label, QLineEdit(clock_text(values.get(key))))
            for key, label in (
                ("start_minute", self.tr("Starts at:")),
                ("end_minute", self.tr("Ends at:")),
            )
        )
        for edit in (self.start, self.end):
            edit.setPlaceholderText(self.tr("HH:MM"))
        self.room = self.add_field("room", self.tr("Room:"), QLineEdit(values.get("room") or ""))
        self.leader = self.add_field(
            "leader_id",
            self.tr("Leader:"),
            PersonField(ctx, self.tr("No leader"), self.tr("Choose the session's leader")),
        )
        self.leader.set_person(values.get("leader_id"), row["leader"] if row else "")
        self.note = self.add_field(
            "note", self.tr("Note:"), QPlainTextEdit(values.get("note") or "")
        )
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.finish_layout()
        self.day.setFocus()

    def values(self) -> dict[str, Any]:
        day = self.day.text().strip()
        if not day:
            raise ValidationError("A session needs its day", field="day")
        return {
            "day": day,
            "start_minute": parse_clock(self.start.text(), field="start_minute"),
            "end_minute": parse_clock(self.end.text(), field="end_minute"),
            "room": self.room.text().strip(),
            "leader_id": self.leader.person_id,
            "note": self.note.toPlainText().strip(),
        }

    def extra(self) -> dict[str, Any]:
        return {"round_id": self.round_id}

    def row_id(self) -> str:
        return self.session_id

    def row_name(self, values: dict[str, Any]) -> str:
        return QCoreApplication.translate("SessionDialog", "the session on %1").replace(
            "%1", str(values.get("day") or "")
        )


class SessionsTab(QWidget):
    """The round's sessions, with their actions (the round page's Sessions section)."""

    #: The next session as a line ("" when none is ahead), after each load.
    next_session = Signal(str)

    # The tables whose changes show the sessions again.
    TABLES = ("round_session", "person", "course_round")

    def __init__(self, ctx: AppContext, round_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.round_id = round_id
        self.loaded = False
        self.last_dialog: QDialog | None = None
        #: What "next" counts from (a test sets its own day).
        self.today = date.today
        self.model = RowsModel(COLUMNS, self)
        self.table = TableView("round_sessions", ctx.settings, self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        self.table.setSelectionMode(TableView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        for column, width in enumerate((110, 110, 160, 180)):
            self.table.setColumnWidth(column, width)
        may_edit = SessionAdd.may_run(ctx.actor.roles)
        self.add_button = QPushButton(self.tr("Add session…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.setEnabled(may_edit)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.table.installEventFilter(self)
        vbox(self, hbox(self.add_button, self.edit_button, self.remove_button, None), self.table)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        read = partial(load_sessions, round_id=round_id)
        self.reloader = Reloader(ctx.ops, self, "sessions", read, self._show, self.TABLES)
        self._update()
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the list, Enter edits the session and Delete removes it."""
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == event.Type.KeyPress
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.remove()
                return True
        return super().eventFilter(watched, event)

    def reload(self) -> None:
        self.reloader.reload()

    def _show(self, rows: list[Record]) -> None:
        chosen = self.selected()
        self.model.set_rows(rows)
        self.table.set_empty_text(self.tr("No sessions yet — Add session… plans one."))
        if chosen is not None and (at := self.model.row_of(chosen["id"])) >= 0:
            self.table.selectRow(at)
        ahead = next_session(rows, self.today())
        self.next_session.emit(session_line(ahead) if ahead is not None else "")
        self.loaded = True
        self._update()

    def selected(self) -> Record | None:
        rows = self.table.selected_rows()
        return self.model.row_at(rows[0]) if rows else None

    def _update(self) -> None:
        chosen = self.selected() is not None and SessionAdd.may_run(self.ctx.actor.roles)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _opened(self, dialog: QDialog) -> None:
        self.last_dialog = dialog

    def add(self) -> None:
        if SessionAdd.may_run(self.ctx.actor.roles):
            show_dialog(SessionDialog(self.ctx, self.round_id, None, self), self._opened)

    def edit(self) -> None:
        row = self.selected()
        if row is None or not SessionAdd.may_run(self.ctx.actor.roles):
            return
        dialog = SessionDialog(self.ctx, self.round_id, row, self)
        show_dialog(dialog, self._opened)

    def remove(self) -> None:
        row = self.selected()
        if row is None or not SessionAdd.may_run(self.ctx.actor.roles):
            return
        remove_session(parent=self, round_id=self.round_id, row=row).success(
            self.ctx.undo.push
        ).run(self.ctx.ops)
