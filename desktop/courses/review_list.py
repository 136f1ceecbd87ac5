"""Go › Sign-ups for review… (issue 17; seed 003): the registrations a booking held for
staff's review because a check failed (a required course not completed, fees overdue),
each with its reasons in words, accepted (a place, or the waiting list when the round is
full) or declined (cancelled, with an optional reason).

A decision is a command (``registration.review_accept`` / ``registration.review_decline``),
applied here and queued for the server, offline too; the row leaves the list at once and
the next one is chosen. While the command waits to be sent, Undo (U, Ctrl+Z or
Edit › Undo) withdraws it and the registration is back in the list. The list reloads when
a sync brings new sign-ups.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget
from sqlalchemy import select

from desktop.common.domain_text import domain_message
from desktop.common.layouts import hbox, ok_cancel, vbox
from desktop.common.rows_model import Column
from desktop.common.rows_window import RowsWindow
from desktop.common.values import Record, kronor_text
from desktop.common.widgets import list_action, open_action, push_button
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP, format_date
from desktop.operations import DbOp, OpContext
from desktop.operations.undo import UndoStep
from models.commands import registered
from models.courses import Course, CourseRound, Registration, RegistrationStatus
from models.people import Person
from models.prerequisites import Reason, ReasonCode

C = "Review"

#: The reasons a booking gives (``models.prerequisites.Reason``), by code: their values
#: fill in ``{course}`` (the required course's name) and ``{amount}`` (kronor).
REASON_TEXTS = {
    ReasonCode.LEVEL_MISSING: QT_TRANSLATE_NOOP("Review", "Has not completed {course}"),
    ReasonCode.OVERDUE_FEES: QT_TRANSLATE_NOOP("Review", "Fees overdue: {amount}"),
}


def reason_text(reason: Mapping[str, Any]) -> str:
    """One reason (``{"code", "values"}`` as a registration keeps it) in the user's
    language; a code the app does not know is shown as it is."""
    found = Reason.from_json(reason)
    template = REASON_TEXTS.get(found.code)
    if template is None:
        return found.code
    values = {k: str(v) for k, v in found.values.items()}
    if "amount" in found.values:
        values["amount"] = kronor_text(int(str(found.values["amount"])))
    try:
        return QCoreApplication.translate(C, template).format(**values)
    except (KeyError, IndexError, ValueError):
        return found.code


def reasons_text(reasons: object) -> str:
    """Every reason of a registration, joined with "; "."""
    items = reasons if isinstance(reasons, list) else []
    return "; ".join(reason_text(r) for r in items if isinstance(r, Mapping))


def load_review(c: OpContext, *, archived: bool = False) -> list[Record]:
    """The tenant's registrations held for review, oldest first (``archived``: unused)."""
    with c.read() as s:
        rows = s.execute(
            select(Registration, Person, CourseRound, Course)
            .join(Person, Person.id == Registration.participant_id)
            .join(CourseRound, CourseRound.id == Registration.round_id)
            .join(Course, Course.id == CourseRound.course_id)
            .where(
                Registration.status == RegistrationStatus.REVIEW,
                Registration.deleted_at.is_(None),
            )
            .order_by(Registration.created_at, Registration.id)
        )
        return [
            {
                "id": reg.id,
                "person_id": person.id,
                "participant": person.full_name,
                "course": course.name,
                "round": round_.name,
                "starts_on": round_.starts_on,
                "reasons": list(reg.review_reasons or []),
                "created_at": reg.created_at,
            }
            for reg, person, round_, course in rows
        ]


def _reasons(_value: object, row: Record) -> str:
    return reasons_text(row.get("reasons"))


def _round(row: Record) -> str:
    """The round and its first day (its tooltip)."""
    starts = row.get("starts_on")
    return f"{row['round']} ({format_date(starts)})" if starts else str(row["round"])


def decide(
    *, parent: QWidget, row: Record, accept: bool, reason: str = ""
) -> DbOp[tuple[UndoStep, str]]:
    """Accept or decline the registration ``row``; returns the step that withdraws the
    queued command, and the registration's status after it."""
    rid, name = str(row["id"]), str(row["participant"])
    command = "registration.review_accept" if accept else "registration.review_decline"
    args: dict[str, Any] = {"registration_id": rid}
    if not accept and reason:
        args["reason"] = reason

    def run(c: OpContext) -> tuple[UndoStep, str]:
        queued = c.command(command, args)
        c.execute(queued)
        with c.read() as s:
            reg = s.get(Registration, rid)
            status = str(reg.status) if reg is not None else ""
        label = (
            QCoreApplication.translate("Review", "acceptance of %1")
            if accept
            else QCoreApplication.translate("Review", "decline of %1")
        ).replace("%1", name)
        return UndoStep(label=label, table="registration", row_id=rid, withdraw=queued.id), status

    return DbOp(run, parent=parent, label=command)


class DeclineDialog(QDialog):
    """Decline a sign-up held for review: the reason is optional (kept with the
    registration's cancellation)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decline sign-up"))
        intro = QLabel(
            self.tr("Decline the sign-up of %1? The registration is cancelled.").replace("%1", name)
        )
        intro.setWordWrap(True)
        label = QLabel(self.tr("&Reason (optional):"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for declining"))
        self.reason.setMaxLength(500)
        label.setBuddy(self.reason)
        buttons, self.ok = ok_cancel(self, self.tr("Decline"), self.accept)
        self.ok.setDefault(True)
        vbox(self, intro, label, self.reason, buttons)
        self.setMinimumWidth(440)
        self.reason.setFocus()


#: What the message says about a registration after its acceptance, by its status.
ACCEPTED = {
    RegistrationStatus.REGISTERED: QT_TRANSLATE_NOOP("ReviewWindow", "Accepted: %1 has a place."),
    RegistrationStatus.WAITING: QT_TRANSLATE_NOOP(
        "ReviewWindow", "Accepted: %1 is on the waiting list (the round is full)."
    ),
}


class ReviewWindow(RowsWindow):
    """Go › Sign-ups for review… (one window, not modal; see the module)."""

    #: The participant's profile is asked for (Return, a double click, Open profile).
    open_person = Signal(str)

    watched = ("registration", "person", "course_round", "course")
    columns = (
        Column("participant", QT_TRANSLATE_NOOP("Review", "Participant"), C),
        Column("course", QT_TRANSLATE_NOOP("Review", "Course"), C),
        Column("round", QT_TRANSLATE_NOOP("Review", "Round"), C, tooltip=_round),
        Column("created_at", QT_TRANSLATE_NOOP("Review", "Signed up"), C),
        # Last: it stretches, and its tooltip holds it all when it does not fit.
        Column(
            "reasons",
            QT_TRANSLATE_NOOP("Review", "Why it waits"),
            C,
            format=_reasons,
            tooltip=lambda row: _reasons(None, row),
        ),
    )
    list_name, widths, window_size = "review", (180, 170, 220, 130), (1100, 480)

    load = staticmethod(load_review)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Sign-ups for review"))
        self.table.set_empty_text(
            self.tr("No sign-ups wait for review: every booking met the course's checks.")
        )
        #: The row to choose once the list is reloaded after a decision.
        self._next_row: int | None = None
        self.may_decide = registered()[("registration.review_accept", 1)].may_run(ctx.actor.roles)
        self.accept_button = push_button(
            self.tr("&Accept"), self.accept_selected, self.tr("Give a place (A)")
        )
        self.decline_button = push_button(
            self.tr("&Decline…"), self.decline_selected, self.tr("Cancel the sign-up (D)")
        )
        self.undo_button = push_button(self.tr("&Undo"), self.undo)
        # Their profile: the courses they completed, a leader's level approval to add.
        self.profile_button = push_button(
            self.tr("Open &profile"),
            self.open_profile,
            self.tr("The participant's courses and level approvals (Return)"),
        )
        open_action(self.table, self.tr("Open profile"), self.open_profile)
        for text, slot, keys in (
            (self.tr("Accept"), self.accept_selected, ("A",)),
            (self.tr("Decline"), self.decline_selected, ("D",)),
            (self.tr("Undo"), self.undo, ("U", QKeySequence.StandardKey.Undo)),
        ):
            action = list_action(self, text, slot)
            action.setShortcuts([QKeySequence(k) for k in keys])
        self.lay_out(
            hbox(
                self.accept_button,
                self.decline_button,
                self.undo_button,
                None,
                self.profile_button,
            ),
            hint=self.tr(
                "A sign-up waits here when the participant has not completed a course the "
                "round requires, or has fees overdue. Accept gives a place (the waiting list "
                "when the round is full) and charges the booking; Decline cancels it. Keys: "
                "A accept, D decline, U undo."
            ),
        )
        ctx.undo.changed.connect(self.update_actions)
        self.reload()

    def update_actions(self) -> None:
        if self._next_row is not None and self.selected() is None and self.model.rowCount():
            at, self._next_row = min(self._next_row, self.model.rowCount() - 1), None
            self.table.selectRow(at)  # calls this again
            return
        row = self.selected() if self.may_decide else None
        self.accept_button.setEnabled(row is not None)
        self.decline_button.setEnabled(row is not None)
        self.profile_button.setEnabled(self.selected() is not None)
        step = self.ctx.undo.top()
        self.undo_button.setEnabled(step is not None)
        self.undo_button.setText(
            self.tr("&Undo %1").replace("%1", step.label) if step else self.tr("&Undo")
        )

    def open_profile(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_person.emit(str(row["person_id"]))

    def accept_selected(self) -> None:
        row = self.selected()
        if row is not None and self.may_decide:
            self._decide(row, accept=True)

    def decline_selected(self) -> None:
        row = self.selected()
        if row is None or not self.may_decide:
            return
        dialog = DeclineDialog(str(row["participant"]), self)
        dialog.accepted.connect(
            lambda: self._decide(row, accept=False, reason=dialog.reason.text().strip())
        )
        dialog.open()
        self.opened(dialog)

    def _decide(self, row: Record, *, accept: bool, reason: str = "") -> None:
        self._next_row = self.table.selected_rows()[0] if self.table.selected_rows() else None
        name = str(row["participant"])
        decide(parent=self, row=row, accept=accept, reason=reason).success(
            lambda result: self._decided(result, name, accept)
        ).failure(self._refused).run(self.ctx.ops)

    def _refused(self, exc: Exception) -> None:
        self._next_row = None  # the row stays: nothing to move on from
        self.say(domain_message(exc), error=True)

    def _decided(self, result: tuple[UndoStep, str], name: str, accept: bool) -> None:
        step, status = result
        self.ctx.undo.push(step)
        if accept:
            said = ACCEPTED.get(RegistrationStatus(status)) if status else None
            text = self.text(said or QT_TRANSLATE_NOOP("ReviewWindow", "Accepted: %1."))
        else:
            text = self.text(QT_TRANSLATE_NOOP("ReviewWindow", "Declined: %1."))
        self.say(text.replace("%1", name) + " " + self.tr("U takes it back while it is not sent."))
