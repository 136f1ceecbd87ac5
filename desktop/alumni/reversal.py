"""Reversing an officer's alumni decision that reached the server: the question (a reason)
and the queued ``alumni.reverse_decision``, for every screen that offers it (the Alumni
queue's U and "Reverse decision…", Edit › Undo, the profile)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from desktop.alumni.dialogs import ReverseDialog
from desktop.alumni.operations import Decided, Decision, decision_of, reverse_decision
from desktop.alumni.query import status_text
from desktop.common.domain_text import domain_message
from desktop.context import AppContext
from desktop.operations import DbOp
from desktop.operations.undo import UndoStep
from models.alumni import MANUAL_DECISIONS
from models.commands.alumni import AlumniReverseDecision
from models.ids import new_id


class DecisionReversal(QObject):
    """Asks for the reason, then queues the reversal as one step of the app's undo."""

    #: A sentence for the screen's feedback line.
    said = Signal(str)
    #: The dialog asking for the reason was opened (the screen may keep it).
    opened = Signal(object)
    #: The dialog closed, whatever the answer.
    closed = Signal()
    #: The reversal of this registration is queued (its id).
    queued = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent

    def ask(self, registration_id: str) -> None:
        """Read the item's decision, and ask to reverse it when it is an officer's."""
        if not AlumniReverseDecision.may_run(self.ctx.actor.roles):
            self.said.emit(self.tr("Your roles do not allow decisions on alumni registrations."))
            return
        DbOp(
            lambda ctx: decision_of(ctx, registration_id),
            parent=self.parent_widget,
            label=self.tr("Reading"),
        ).success(self._confirm).failure(lambda exc: self.said.emit(domain_message(exc))).run(
            self.ctx.ops
        )

    def _confirm(self, decision: Decision) -> None:
        if decision.status not in MANUAL_DECISIONS:
            self.said.emit(
                self.tr("Only an officer's decision can be reversed; this one is: %1.").replace(
                    "%1", status_text(decision.status)
                )
            )
            return
        dialog = ReverseDialog(decision.name, status_text(decision.status), self.parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._reverse(decision, dialog.text()))
        dialog.finished.connect(lambda _r: self.closed.emit())
        dialog.open()
        dialog.activateWindow()
        self.opened.emit(dialog)

    def _reverse(self, decision: Decision, reason: str) -> None:
        step = UndoStep(
            label=self.tr("reversal for %1").replace("%1", decision.name),
            table="alumni_registration",
            row_id=decision.registration_id,
            withdraw=new_id(),
        )
        self.ctx.undo.push(step)

        def done(result: Decided) -> None:
            self.queued.emit(result.registration_id)
            self.said.emit(
                self.tr("Reversal queued: %1 is back in the manual queue.").replace(
                    "%1", decision.name
                )
            )

        def refused(exc: Exception) -> None:
            self.ctx.undo.refused(step)
            self.said.emit(domain_message(exc))

        reverse_decision(
            parent=self.parent_widget,
            registration_id=decision.registration_id,
            reason=reason,
            command_id=step.withdraw,
        ).success(done).failure(refused).run(self.ctx.ops)
