"""The Alumni queue tab: the manual queue (not approved, oldest first) and every status
through the filter, the selected item side by side with its person and student records,
and keyboard triage: A approve, D deny (asks for a reason), J/K or arrows next/previous,
U undo (once the decision reached the server: asks, then queues its reversal). Works
offline: decisions are queued, show "pending" until synced, and items someone else
decided first show who decided what and when."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop import export
from desktop.alumni.detail import AlumniDetailPane
from desktop.alumni.dialogs import DenyDialog, MergeDialog
from desktop.alumni.model import AlumniModel, AlumniSource, export_table
from desktop.alumni.operations import (
    Decided,
    decide,
    dismiss_conflict,
    merge_persons,
    merge_preview,
)
from desktop.alumni.options import LAST_FILTER
from desktop.alumni.query import (
    COLUMN_KEYS,
    COLUMNS,
    FILTERS,
    QUEUE,
    AlumniQuery,
    AlumniRow,
    cell_text,
)
from desktop.alumni.reversal import DecisionReversal
from desktop.alumni.rules import RulesDialog
from desktop.common.domain_text import domain_message, error_text
from desktop.common.layouts import hbox, vbox
from desktop.common.table_model import iter_chunks
from desktop.common.widgets import (
    CountLabel,
    SavedSplitter,
    SearchField,
    TableView,
    list_action,
    open_action,
)
from desktop.context import AppContext
from desktop.operations import DbOp, OpContext
from desktop.operations.undo import UndoStep
from models.commands.alumni import AlumniDecide
from models.errors import DomainError
from models.ids import new_id
from models.visibility import may_read_table


def all_rows(ctx: OpContext, query: AlumniQuery) -> list[AlumniRow]:
    """Every row ``query`` shows, in its order (export and printing; off the GUI thread)."""
    return [row for chunk in iter_chunks(ctx, AlumniSource(), query) for row in chunk]


class AlumniQueueView(QWidget):
    """The alumni registrations with filters, search, the detail pane and keyboard triage."""

    open_person = Signal(str)
    #: A decision was queued: (registration id, command id).
    decided = Signal(str, str)
    #: A message for the user (also shown in the view's feedback line).
    message = Signal(str)

    #: A tab of the main window that lists rows (:class:`~desktop.common.tab_view.TabView`).
    shows_list = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded = False
        self.last_dialog: QWidget | None = None
        self.rules_dialog: RulesDialog | None = None
        self._restore: tuple[str | None, int] = (None, -1)

        # -- filter bar -----------------------------------------------------------------
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Show"))
        for key, title in FILTERS:
            self.status.addItem(QCoreApplication.translate("Alumni", title), key)
        saved = ctx.settings.get(LAST_FILTER)
        self.status.setCurrentIndex(max(0, self.status.findData(saved)))
        self.search = SearchField(self.tr("Search names, e-mails, programmes…"), self)
        self.rules_button = QPushButton(self.tr("Rules…"))
        self.rules_button.setToolTip(self.tr("The institution's rules for automatic approval"))
        self.rules_button.clicked.connect(self.open_rules)
        if not may_read_table(ctx.actor, "alumni_rule"):
            self.rules_button.hide()  # not setVisible(True): without a parent, a window
        self.count_label = CountLabel()
        show = QLabel(self.tr("Show:"))
        show.setBuddy(self.status)
        bar = hbox(show, self.status, self.rules_button, None, self.search, self.count_label)

        # -- table and detail ----------------------------------------------------------
        self.model = AlumniModel(ctx.ops, self)
        self.model.query = AlumniQuery(filter=self.status.currentData() or "")
        self.table = TableView("alumni", ctx.settings, self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.model.deferred = True  # the header's set-up sorts; load once at the end
        self.table.setModel(self.model)
        for col, width in enumerate((118, 150, 225, 190, 330, 220, 190, 70)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.restore_layout()
        self.detail = AlumniDetailPane(ctx, self)
        self.detail.open_person.connect(self.open_person)
        self.detail.approve_requested.connect(self.approve_current)
        self.detail.deny_requested.connect(self.deny_current)
        self.detail.undo_requested.connect(self.undo_last)
        self.detail.reverse_requested.connect(self.ask_reverse)
        self.detail.dismiss_requested.connect(self.dismiss)
        self.detail.merge_requested.connect(self.ask_merge)
        self.splitter = SavedSplitter(
            "alumni", ctx.settings, [self.table, self.detail], sizes=[760, 560], stretch=(3, 2)
        )

        self.keys = QLabel(
            self.tr(
                "A approve · D deny · J/K or ↓/↑ next/previous · U undo · Enter opens the person"
            )
        )
        self.keys.setStyleSheet("color: palette(placeholder-text);")
        self.feedback = QLabel()
        self.feedback.setObjectName("alumniFeedback")
        self.feedback.setWordWrap(True)
        self._feedback_timer = QTimer(self)
        self._feedback_timer.setSingleShot(True)
        self._feedback_timer.setInterval(8000)
        self._feedback_timer.timeout.connect(self.feedback.clear)
        foot = hbox(self.keys, None, (self.feedback, 2))

        vbox(self, bar, (self.splitter, 1), foot)

        self._make_actions()
        ctx.undo.changed.connect(self._update_undo)
        ctx.undo.undone.connect(self._undone)
        self.reversal = DecisionReversal(ctx, self)
        self.reversal.said.connect(self._say)
        self.reversal.opened.connect(lambda dialog: setattr(self, "last_dialog", dialog))
        self.reversal.closed.connect(self._back_to_list)
        self.reversal.queued.connect(self.select_id)
        ctx.undo.set_reverser("alumni_registration", lambda step: self.ask_reverse(step.row_id))
        self._update_undo()
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.status.activated.connect(lambda _i: self._filters_edited())
        self.search.search_changed.connect(lambda _t: self._filters_edited())
        self.model.ids_loaded.connect(self._ids_loaded)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)
        self.model.deferred = False
        self.model.reload()

    # -- actions ------------------------------------------------------------------------

    def _make_actions(self) -> None:
        self.act_approve = list_action(
            self,
            self.tr("Approve"),
            self.approve_current,
            "A",
            self.tr("Approve the selected item"),
        )
        self.act_deny = list_action(
            self, self.tr("Deny…"), self.deny_current, "D", self.tr("Deny the selected item")
        )
        self.act_next = list_action(self, self.tr("Next item"), self.select_next, "J")
        self.act_previous = list_action(self, self.tr("Previous item"), self.select_previous, "K")
        self.act_undo = list_action(
            self,
            self.tr("Undo the last decision"),
            self.undo_last,
            "U",
            self.tr("Take back the last decision not yet sent to the server"),
        )
        self.act_open = open_action(
            self.table, self.tr("Open the matched person"), self.open_current_person
        )

    def _update_undo(self) -> None:
        step = self.ctx.undo.top()
        self.act_undo.setText(
            self.tr("Undo %1").replace("%1", step.label)
            if step
            else self.tr("Undo the last decision")
        )

    def row_actions(self) -> list[QAction | None]:
        """The Actions menu while the queue is shown: every key of the triage, with its key."""
        return [
            self.act_approve,
            self.act_deny,
            self.act_undo,
            None,
            self.act_next,
            self.act_previous,
            self.act_open,
        ]

    # -- selection ----------------------------------------------------------------------

    def current_index(self) -> int:
        return self.table.current_row()

    def current_row(self) -> AlumniRow | None:
        row = self.current_index()
        return self.model.row(row) if row >= 0 else None

    def current_id(self) -> str | None:
        return self.model.id_at(self.current_index())

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def select_id(self, registration_id: str) -> None:
        self.select_row(self.model.row_of(registration_id))

    def select_next(self) -> None:
        self.select_row(min(self.current_index() + 1, self.model.rowCount() - 1))

    def select_previous(self) -> None:
        self.select_row(max(self.current_index() - 1, 0))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        rid = self.model.id_at(current.row()) if current.isValid() else None
        self.detail.show_registration(rid)

    def _remember_current(self) -> None:
        self._restore = (self.current_id(), self.current_index())

    def _restore_current(self) -> None:
        rid, index = self._restore
        if rid is None:
            return
        row = self.model.row_of(rid)
        # Gone (decided and synced, filtered out): the item now at its place.
        self.select_row(row if row >= 0 else min(index, self.model.rowCount() - 1))

    def _ids_loaded(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        self.count_label.show_counts(shown, total)
        key = self.model.query.filter
        if total == 0:
            empty = self.tr("No alumni registrations yet — they arrive from the registration form.")
        elif key == QUEUE and not self.model.query.search:
            empty = self.tr("Nothing waits for a decision.")
        else:
            empty = self.tr(
                "No alumni registrations match — clear the search or choose another filter."
            )
        self.table.set_empty_text(empty)
        if shown and not self.table.currentIndex().isValid():
            self.select_row(0)
        if not shown:
            self.detail.show_registration(None)
        self.loaded = True

    def _filters_edited(self) -> None:
        key = self.status.currentData() or ""
        self.ctx.settings.set(LAST_FILTER, key)
        self.model.set_query(self.model.query.with_(filter=key, search=self.search.text().strip()))

    def reload(self) -> None:
        self.model.reload()

    def focus_search(self) -> None:
        self.search.take_focus()

    # -- decisions ----------------------------------------------------------------------

    def _say(self, text_: str) -> None:
        self.feedback.setText(text_)
        self._feedback_timer.start()
        self.message.emit(text_)

    def _decidable(self) -> AlumniRow | None:
        """The current item if a decision on it can be queued now; otherwise say why."""
        if not AlumniDecide.may_run(self.ctx.actor.roles):
            self._say(self.tr("Your roles do not allow decisions on alumni registrations."))
            return None
        row = self.current_row()
        if row is None:
            if self.current_index() >= 0:
                self._say(self.tr("The item is still loading; press the key again."))
            return None
        if row.conflict is not None:
            self._say(row.conflict.sentence())
            return None
        if row.status != "not_approved" and not row.queued_decision:
            self._say(self.tr("Already decided: %1.").replace("%1", cell_text(row, "status")))
            return None
        return row

    def approve_current(self) -> None:
        row = self._decidable()
        if row is not None:
            self._decide(row, "approve", "")

    def deny_current(self) -> None:
        row = self._decidable()
        if row is None:
            return
        dialog = DenyDialog(self.ctx.settings, row.name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._decide(row, "deny", dialog.text(), dialog.shared_text())
        )
        dialog.finished.connect(lambda _r: self._back_to_list())
        dialog.open()
        dialog.activateWindow()
        dialog.reason.setFocus()
        self.last_dialog = dialog

    def _back_to_list(self) -> None:
        """After a dialog: the keys go to the list again, ready for the next item."""
        self.window().activateWindow()
        self.table.setFocus()

    def _decision_step(self, registration_id: str, name: str, command_id: str) -> UndoStep:
        """How to take a decision back: withdraw its command while it is queued."""
        return UndoStep(
            label=self.tr("decision for %1").replace("%1", name),
            table="alumni_registration",
            row_id=registration_id,
            withdraw=command_id,
            reversible=True,
        )

    def _decide(self, row: AlumniRow, decision: str, reason: str, shared_reason: str = "") -> None:
        # On the app's undo stack at once: an undo right after runs behind this decision
        # (one database executor, in order). It replaces a decision on the item still queued.
        step = self._decision_step(row.id, row.name, new_id())
        self.ctx.undo.forget("alumni_registration", row.id)
        self.ctx.undo.push(step)
        decide(
            parent=self,
            registration_id=row.id,
            decision=decision,
            reason=reason,
            shared_reason=shared_reason,
            expected_status="not_approved",
            command_id=step.withdraw,
        ).success(self._decided).failure(lambda exc: self._not_decided(step, exc)).run(self.ctx.ops)
        # The next item at once: the officer does not wait for the database.
        if self.current_id() == row.id:
            self.select_next()

    def _decided(self, done: Decided) -> None:
        self.decided.emit(done.registration_id, done.command_id)

    def _not_decided(self, step: UndoStep, exc: Exception) -> None:
        self.ctx.undo.refused(step)
        self._refused(exc)

    def _refused(self, exc: Exception) -> None:
        self._say(domain_message(exc))

    def undo_last(self) -> None:
        """U: the app's undo (Edit › Undo), here with its answer in the feedback line.

        With nothing of this session to undo, the decision of the item shown that
        still waits in the outbox (made in an earlier session) is taken back.
        """
        undo = self.ctx.undo
        if undo.undo_last(self.ctx.ops, parent=self, failed=self._refused, done=self._undone_here):
            return
        detail = self.detail.detail
        if detail is not None and detail.queued_command_id:
            step = self._decision_step(detail.row.id, detail.row.name, detail.queued_command_id)
            undo.undo(step, self.ctx.ops, parent=self, failed=self._refused)
        elif detail is not None and detail.row.status in ("approved_manually", "denied"):
            self.ask_reverse(detail.row.id)
        else:
            self._say(self.tr("Nothing to undo: no decision of yours waits to be sent."))

    def _undone(self, step: UndoStep) -> None:
        """A step was undone (by U or Edit › Undo): a decision's item waits again; show it."""
        if step.table == "alumni_registration":
            self.select_id(step.row_id)
            self._say(
                self.tr("Decision taken back; the item waits for a decision again.")
                if step.reversible
                else self.tr("Reversal taken back; the decision stands.")
            )

    # -- reversing a decision that reached the server ----------------------------------------

    def ask_reverse(self, registration_id: str) -> None:
        """U on a decision the server has, Edit › Undo of one, or "Reverse decision…":
        ask for a reason, then queue ``alumni.reverse_decision``."""
        self.reversal.ask(registration_id)

    def _undone_here(self, step: UndoStep) -> None:
        if step.table != "alumni_registration":
            self._say(self.tr("Undone: %1").replace("%1", step.label))

    def dismiss(self, command_id: str) -> None:
        dismiss_conflict(parent=self, command_id=command_id).failure(self._refused).run(
            self.ctx.ops
        )

    # -- people and duplicates --------------------------------------------------------------

    def open_current_person(self) -> None:
        row = self.current_row()
        if row is not None and row.person_id:
            self.open_person.emit(row.person_id)

    def ask_merge(self, person_id: str, person_name: str, other_id: str, other_name: str) -> None:
        dialog = MergeDialog((person_id, person_name), (other_id, other_name), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def preview() -> None:
            survivor, duplicate = dialog.survivor_id(), dialog.duplicate_id()
            DbOp(
                lambda c: merge_preview(c, survivor, duplicate), parent=dialog, label="merge"
            ).success(dialog.show_preview).run(self.ctx.ops)

        dialog.keep.idToggled.connect(lambda _i, on: preview() if on else None)
        dialog.accepted.connect(lambda: self.merge(dialog.survivor_id(), dialog.duplicate_id()))
        dialog.open()
        preview()
        self.last_dialog = dialog

    def merge(self, survivor_id: str, duplicate_id: str) -> None:
        try:
            op = merge_persons(
                parent=self,
                engine=self.ctx.engine,
                survivor_id=survivor_id,
                duplicate_id=duplicate_id,
            )
        except DomainError as exc:
            self._say(error_text(exc))
            return
        op.success(lambda _r: self._merged()).failure(self._merge_failed).run(self.ctx.ops)

    def _merged(self) -> None:
        self._say(self.tr("Persons merged; fetching the result from the server…"))
        self.detail.forget_candidates()
        self.ctx.engine.trigger()

    def _merge_failed(self, exc: Exception) -> None:
        message = getattr(exc, "message", None) or str(exc)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("The merge was not made"), message, parent=self
        )
        box.open()
        self.last_dialog = box

    # -- rules ------------------------------------------------------------------------------

    def open_rules(self) -> RulesDialog:
        if self.rules_dialog is None:
            self.rules_dialog = RulesDialog(self.ctx, self)
            self.rules_dialog.destroyed.connect(lambda _o=None: setattr(self, "rules_dialog", None))
            self.rules_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.rules_dialog.show()
        self.rules_dialog.raise_()
        return self.rules_dialog

    # -- export and print -------------------------------------------------------------------

    def _table(self, rows: list[AlumniRow]) -> tuple[list[str], list[list[object]]]:
        headers = [QCoreApplication.translate("Alumni", c.title) for c in COLUMNS]
        values: list[list[object]] = [
            [r.received_at, *(cell_text(r, k) for k in COLUMN_KEYS[1:])] for r in rows
        ]
        return headers, values

    def export_op(self, path: Path) -> DbOp[int]:
        query = self.model.query
        title = self.tr("Alumni queue")

        def run(ctx: OpContext) -> int:
            headers, values = export_table(all_rows(ctx, query))
            return export.write(path, headers, values, sheet_title=title)

        return DbOp(run, parent=self, label=self.tr("Exporting"))

    def print_list(self) -> None:
        """Print preview of every row the list shows (loaded off the GUI thread)."""
        from desktop.printing.output import preview
        from desktop.printing.sheet import table_spec

        query = self.model.query

        def show(rows: list[AlumniRow]) -> None:
            headers, values = self._table(rows)
            spec = table_spec(
                title=self.tr("Alumni queue"),
                subtitle=self.describe(),
                organisation=self.ctx.tenant_name,
                headers=headers,
                rows=values,
            )
            self.last_dialog = preview(spec, self)

        DbOp(lambda c: all_rows(c, query), parent=self, label=self.tr("Printing")).success(
            show
        ).run(self.ctx.ops)

    def describe(self) -> str:
        return self.status.currentText()

    def save_layout(self) -> None:
        self.table.save_layout()
        self.splitter.save_layout()
