"""The Participants list: filter bar, the lazy table, the detail pane, the row actions.

Used as the Participants tab (all rounds) and, with ``round_id`` fixed, as
the participants section of a round's page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QToolButton,
    QWidget,
)
from sqlalchemy import text

from desktop.common.layouts import hbox, vbox
from desktop.common.widgets import (
    CountLabel,
    SavedSplitter,
    SearchField,
    TableView,
    ask_yes_no,
    list_action,
    popup_menu,
    refill_combo,
)
from desktop.context import AppContext
from desktop.courses.queries import round_choices
from desktop.operations import DbOp, OpContext
from desktop.operations.registrations import (
    BatchResult,
    cancel_registrations,
    move_registrations,
    registration_names,
    remove_approvals,
    set_manager,
)
from desktop.participants.approval_failures import approval_failures
from desktop.participants.detail import RegistrationDetailPane
from desktop.participants.dialogs import (
    NAMED,
    RemoveApprovalDialog,
    RequestApprovalDialog,
    names_phrase,
)
from desktop.participants.export import export_participants, load_for_print
from desktop.participants.model import ParticipantsModel
from desktop.participants.query import (
    BUILTIN_FILTERS,
    STATUS_FILTER_TITLES,
    ParticipantQuery,
    ParticipantRow,
    SavedFilter,
    Status,
)
from desktop.people.categories import CategoryChoice
from desktop.people.person_dialog import PersonDialog
from desktop.people.picker import manager_picker
from desktop.settings import PRINT_SHOW_EMAIL
from models.commands.courses import (
    RegistrationCancel,
    RegistrationCreate,
    RegistrationFromWaitingList,
    RegistrationSetManager,
    RegistrationToWaitingList,
    RemoveApproval,
    RequestApproval,
)
from models.commands.people import PersonCreate, PersonSetCategoryMany
from models.commands.registration_notes import RegistrationAddNote


def participant_emails(ctx: OpContext, ids: list[str]) -> list[str]:
    """The participants' main e-mail addresses of registrations ``ids``, sorted, unique."""
    emails: set[str] = set()
    with ctx.read() as s:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join(f":id{i}" for i in range(len(chunk)))
            rows = s.execute(
                text(
                    "SELECT (SELECT e.address FROM person_email e WHERE e.person_id = "
                    "r.participant_id AND e.deleted_at IS NULL ORDER BY e.is_primary DESC, "
                    f"e.position LIMIT 1) FROM registration r WHERE r.id IN ({marks})"
                ),
                {f"id{i}": v for i, v in enumerate(chunk)},
            )
            emails.update(r[0] for r in rows if r[0])
    return sorted(emails)


class ParticipantsView(QWidget):
    """Registrations with filters, search, sort, multi-select and row actions."""

    open_person = Signal(str)
    #: The number shown changed: (shown, total).
    counts_changed = Signal(int, int)

    #: A tab of the main window that lists rows (:class:`~desktop.common.tab_view.TabView`).
    shows_list = True

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        round_id: str | None = None,
        list_name: str = "participants",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.round_id = round_id
        self.list_name = list_name
        self.model = ParticipantsModel(ctx.ops, self, failures=approval_failures(ctx))
        self.model.query = ParticipantQuery(round_id=round_id)
        self.model.deferred = True  # header set-up sorts; load once at the end
        self._restore_ids: list[str] = []
        self._restore_current: str | None = None
        #: The dialog an action opened last (kept alive; tests look at it).
        self.last_dialog: QWidget | None = None
        self._dates_from: SavedFilter | None = None

        # -- filter bar -------------------------------------------------------------
        self.saved = QComboBox()
        self.saved.setAccessibleName(self.tr("Saved filter"))
        self.saved.setPlaceholderText(self.tr("Custom filter"))
        self.saved.setMinimumContentsLength(18)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for status, title in STATUS_FILTER_TITLES.items():
            self.status.addItem(QCoreApplication.translate("Participants", title), str(status))
        self.round_combo = QComboBox()
        self.round_combo.setAccessibleName(self.tr("Round"))
        self.round_combo.addItem(self.tr("All rounds"), None)
        self.round_combo.setMinimumContentsLength(22)
        if round_id is not None:  # hide() only: setVisible(True) would show it as a window
            self.round_combo.hide()
        self.search = SearchField(self.tr("Search names and e-mails…"), self)
        self.filter_button = QToolButton()
        self.filter_button.setText(self.tr("Filters"))
        self.filter_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.filter_button)
        self.save_filter_action = menu.addAction(self.tr("Save current filter…"))
        self.save_filter_action.triggered.connect(self._save_filter)
        self.delete_filter_action = menu.addAction(self.tr("Delete this saved filter"))
        self.delete_filter_action.triggered.connect(self._delete_filter)
        self.filter_button.setMenu(menu)
        self.count_label = CountLabel()
        bar = hbox(
            self.saved,
            self.status,
            self.round_combo,
            self.filter_button,
            None,
            self.search,
            self.count_label,
        )

        # -- table and detail ------------------------------------------------------
        self.table = TableView(list_name, ctx.settings, self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(9, Qt.SortOrder.DescendingOrder)
        for col, width in enumerate((170, 170, 220, 200, 190, 160, 120, 120, 200, 120)):
            self.table.setColumnWidth(col, width)
        self.table.restore_layout()
        self.detail = RegistrationDetailPane(ctx, self)
        self.detail.open_person.connect(self.open_person)
        self.detail.preview_requested.connect(self.show_manager_preview)
        self.detail.resend_requested.connect(self.send_approval_again)
        self.splitter = SavedSplitter(
            list_name, ctx.settings, [self.table, self.detail], sizes=[900, 300], stretch=(4, 1)
        )

        vbox(self, bar, (self.splitter, 1))

        self._make_actions()
        self._fill_saved_filters()

        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _i: self.open_participant())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.saved.activated.connect(self._saved_chosen)
        self.status.activated.connect(lambda _i: self._filters_edited())
        self.round_combo.activated.connect(lambda _i: self._filters_edited())
        self.search.search_changed.connect(lambda _t: self._filters_edited())
        self.model.ids_loaded.connect(self._ids_loaded)
        # The row selected at start-up is read after the selection: its actions follow it.
        self.model.rows_loaded.connect(self._rows_loaded)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        ctx.undo.changed.connect(self._update_actions)
        if self.model.failures is not None:
            self.model.failures.changed.connect(self._failures_changed)

        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.model.deferred = False
        self.model.reload()
        if round_id is None:
            DbOp(round_choices, parent=self, label="rounds").success(self._fill_rounds).run(ctx.ops)
        self._update_actions()

    # -- actions -------------------------------------------------------------------

    def _make_actions(self) -> None:
        self.act_open = list_action(
            self.table,
            self.tr("Open participant's profile"),
            self.open_participant,
            "Return",
            self.tr("Open the profile of the selected participant"),
        )
        self.act_open_manager = list_action(
            self.table,
            self.tr("Open approving manager's profile"),
            self.open_manager,
            "Ctrl+Return",
        )
        self.act_request = list_action(
            self.table,
            self.tr("Send request to approving manager…"),
            self.request_approval,
            "Ctrl+Shift+R",
            self.tr("E-mail the approving managers of the selected registrations"),
        )
        self.act_send_again = list_action(
            self.table,
            self.tr("Send failed request again…"),
            self.send_failed_again,
            None,
            self.tr("The request to the approving manager could not be delivered: send it again"),
        )
        self.act_set_manager = list_action(
            self.table,
            self.tr("Change approving manager…"),
            self.choose_manager,
            "Ctrl+M",
            self.tr("Link another approving manager (refused if someone changed it meanwhile)"),
        )
        self.act_preview = list_action(
            self.table,
            self.tr("Preview manager page"),
            self.preview_manager_page,
            "Ctrl+Shift+M",
            self.tr("See the approving manager's page as the manager sees it (uses up no link)"),
        )
        self.act_add_note = list_action(
            self.table,
            self.tr("Add internal note…"),
            self.add_note,
            "Ctrl+Alt+N",
            self.tr("A note on the registration for the staff only, e.g. an approval by phone"),
        )
        self.act_import = list_action(
            self.table,
            self.tr("Import participants…"),
            self.import_participants,
            "Ctrl+I",
            self.tr("Add the participants of a CSV or Excel file to a round"),
        )
        self.act_remove_approval = list_action(
            self.table,
            self.tr("Remove approval…"),
            self.remove_approval,
            None,
            self.tr("Administrators only: take back an approval"),
        )
        self.act_cancel = list_action(
            self.table,
            self.tr("Cancel registration…"),
            self.cancel_selected,
            QKeySequence.StandardKey.Delete,
        )
        self.act_to_waiting = list_action(
            self.table,
            self.tr("Move to the waiting list"),
            lambda: self.move_selected(to_waiting_list=True),
            None,
            self.tr("Take the selected participants' places; they wait in order of registration"),
        )
        self.act_from_waiting = list_action(
            self.table,
            self.tr("Give a place from the waiting list"),
            lambda: self.move_selected(to_waiting_list=False),
            None,
            self.tr("Give the selected waiting participants a place, also beyond the seats"),
        )
        self.act_copy_emails = list_action(
            self.table,
            self.tr("Copy e-mail addresses"),
            self.copy_emails,
            "Ctrl+Shift+C",
        )
        self.act_category = list_action(
            self.table,
            self.tr("Give or take a category…"),
            lambda: self._open(
                CategoryChoice(self.ctx, self, registration_ids=self.selected_ids())
            ),
            "Ctrl+Shift+K",
            self.tr("Give the selected participants a person category, such as Alumnus"),
        )
        self.act_new_person = list_action(
            self.table,
            self.tr("New person…"),
            self.new_person,
            "Ctrl+N",
            self.tr("Add a person to Kansli (checked for duplicates) and open the profile"),
        )

    def row_actions(self) -> list[QAction | None]:
        """The context menu (None is a separator); also the main window's Actions menu."""
        return [
            self.act_open,
            self.act_open_manager,
            self.act_preview,
            None,
            self.act_request,
            self.act_send_again,
            self.act_set_manager,
            self.act_remove_approval,
            self.act_add_note,
            None,
            self.act_copy_emails,
            self.act_category,
            None,
            self.act_import,
            self.act_new_person,
            None,
            self.act_to_waiting,
            self.act_from_waiting,
            self.act_cancel,
        ]

    def _update_actions(self) -> None:
        count = self.table.selected_count()
        one = count == 1
        any_ = count > 0
        row = self.current_row()
        self.act_open.setEnabled(one)
        self.act_open_manager.setEnabled(bool(one and row and row.manager_id))
        for action, command in (
            (self.act_request, RequestApproval),
            (self.act_set_manager, RegistrationSetManager),
            (self.act_cancel, RegistrationCancel),
            (self.act_to_waiting, RegistrationToWaitingList),
            (self.act_from_waiting, RegistrationFromWaitingList),
            (self.act_remove_approval, RemoveApproval),
        ):
            action.setEnabled(any_ and command.may_run(self.ctx.actor.roles))
        if not RemoveApproval.may_run(self.ctx.actor.roles):
            self.act_remove_approval.setStatusTip(
                self.tr("Only administrators can remove an approval; ask one if it is wrong")
            )
            self.act_remove_approval.setToolTip(self.act_remove_approval.statusTip())
        self.act_copy_emails.setEnabled(any_)
        self.act_add_note.setEnabled(one and RegistrationAddNote.may_run(self.ctx.actor.roles))
        self.act_category.setEnabled(any_ and PersonSetCategoryMany.may_run(self.ctx.actor.roles))
        self.act_new_person.setEnabled(PersonCreate.may_run(self.ctx.actor.roles))
        current = self.table.currentIndex()
        failed = current.isValid() and self.model.failure_at(current.row()) is not None
        self.act_send_again.setEnabled(failed and RequestApproval.may_run(self.ctx.actor.roles))
        self.act_send_again.setVisible(failed)
        # The preview shows the page a request for approval sends the manager.
        self.act_preview.setEnabled(one and RequestApproval.may_run(self.ctx.actor.roles))
        self.act_import.setEnabled(RegistrationCreate.may_run(self.ctx.actor.roles))

    def _context_menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        self._menu = popup_menu(self, self.table, pos, self.row_actions())

    # -- selection -----------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        """Ids of the selected registrations in list order (slices of the id list)."""
        ids = self.model.ids_view()
        return [i for first, last in self.table.selected_ranges() for i in ids[first : last + 1]]

    def current_row(self) -> ParticipantRow | None:
        row = self.table.current_row()
        return self.model.row(row) if row >= 0 else None

    def _rows_loaded(self, first: int, last: int) -> None:
        if first <= self.table.current_row() <= last:
            self._update_actions()

    def _selection_changed(self, *_: QItemSelection) -> None:
        self._update_actions()

    def _current_changed(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        rid = self.model.id_at(current.row()) if current.isValid() else None
        self.detail.show_registration(rid)
        self._update_actions()

    def _remember_selection(self) -> None:
        ids = self.selected_ids()
        self._restore_ids = ids if len(ids) <= 5000 else []
        current = self.table.current_row()
        self._restore_current = self.model.id_at(current) if current >= 0 else None

    def _restore_selection(self) -> None:
        selection = QItemSelection()
        for rid in self._restore_ids:
            row = self.model.row_of(rid)
            if row >= 0:
                selection.select(self.model.index(row, 0), self.model.index(row, 0))
        sel_model = self.table.selectionModel()
        if not selection.isEmpty():
            sel_model.select(
                selection,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        if self._restore_current:
            row = self.model.row_of(self._restore_current)
            if row >= 0:
                sel_model.setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
                )
                self.table.scrollTo(self.model.index(row, 0))
        self._update_actions()

    # -- filters -------------------------------------------------------------------

    def _fill_saved_filters(self) -> None:
        self.saved.clear()
        for f in BUILTIN_FILTERS:
            self.saved.addItem(f.title_text(), f)
        for d in self.ctx.settings.saved_filters():
            status = d.get("status", "")
            f = SavedFilter(
                key="user:" + d["name"],
                title=d["name"],
                status=Status(status) if status in set(Status) else Status.ALL,
                search=d.get("search", ""),
                builtin=False,
            )
            self.saved.addItem(f.title, f)
        self.saved.setCurrentIndex(0)

    def _fill_rounds(self, rounds: list[tuple[str, str]]) -> None:
        refill_combo(self.round_combo, (self.tr("All rounds"), None), rounds)

    def apply_saved_filter(self, key: str) -> None:
        for i in range(self.saved.count()):
            if self.saved.itemData(i).key == key:
                self.saved.setCurrentIndex(i)
                self._saved_chosen(i)
                return
        raise KeyError(key)

    def _saved_chosen(self, index: int) -> None:
        f: SavedFilter = self.saved.itemData(index)
        if f is None:
            return
        self.status.setCurrentIndex(max(0, self.status.findData(str(f.status))))
        self.search.setText(f.search)
        self.search._last = f.search
        self._dates_from = f
        self.delete_filter_action.setEnabled(not f.builtin)
        self._apply()

    def _filters_edited(self) -> None:
        self._dates_from = None
        self.saved.setCurrentIndex(-1)
        self.delete_filter_action.setEnabled(False)
        self._apply()

    def current_query(self) -> ParticipantQuery:
        base = self.model.query.with_(
            status=Status(self.status.currentData() or ""),
            search=self.search.text().strip(),
            round_id=self.round_id or self.round_combo.currentData(),
            requested_before=None,
            approved_since=None,
        )
        if self._dates_from is not None:
            base = self._dates_from.apply(base).with_(search=base.search, round_id=base.round_id)
        failures = self.model.failures
        if base.status == Status.REQUEST_FAILED and failures is not None:
            base = base.with_(failed_ids=tuple(sorted(failures.by_registration)))
        return base

    def _apply(self) -> None:
        self.model.set_query(self.current_query())

    def _save_filter(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Save filter"), self.tr("Name of the filter:")
        )
        if ok and name.strip():
            self.save_filter(name.strip())

    def save_filter(self, name: str) -> None:
        filters = [f for f in self.ctx.settings.saved_filters() if f["name"] != name]
        filters.append(
            {
                "name": name,
                "status": self.status.currentData() or "",
                "search": self.search.text().strip(),
            }
        )
        self.ctx.settings.set_saved_filters(filters)
        self._fill_saved_filters()
        self.apply_saved_filter("user:" + name)

    def _delete_filter(self) -> None:
        f = self.saved.currentData()
        if f is None or f.builtin:
            return
        self.ctx.settings.set_saved_filters(
            [d for d in self.ctx.settings.saved_filters() if d["name"] != f.title]
        )
        self._fill_saved_filters()
        self._saved_chosen(0)

    def _ids_loaded(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        self.count_label.show_counts(shown, total)
        if total == 0:
            empty = (
                self.tr("No registrations on this round yet — add one with “Add registration”.")
                if self.round_id
                else self.tr("No registrations yet — add one from a course round.")
            )
        else:
            empty = self.tr("No registrations match — clear the search or choose another filter.")
        self.table.set_empty_text(empty)
        if shown and not self.table.currentIndex().isValid():
            # Something is always current, so the detail pane shows a registration.
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.counts_changed.emit(shown, total)

    def focus_search(self) -> None:
        self.search.take_focus()

    # -- row actions ---------------------------------------------------------------

    def open_participant(self) -> None:
        row = self.current_row()
        if row is not None:
            self.open_person.emit(row.participant_id)

    def open_manager(self) -> None:
        row = self.current_row()
        if row is not None and row.manager_id:
            self.open_person.emit(row.manager_id)

    def request_approval(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._open(RequestApprovalDialog(self.ctx, ids, self))

    def send_approval_again(self, registration_id: str) -> None:
        """The registration's approval mail failed: request approval again (the manager's
        address may have been corrected meanwhile)."""
        self._open(RequestApprovalDialog(self.ctx, [registration_id], self, failed_before=True))

    def _failures_changed(self) -> None:
        if self.model.query.status == Status.REQUEST_FAILED:
            self._apply()
        self._update_actions()

    def send_failed_again(self) -> None:
        """Request approval again for the selected registrations whose request failed."""
        ids = [i for i in self.selected_ids() if self._failed(i)]
        if ids:
            self._open(RequestApprovalDialog(self.ctx, ids, self, failed_before=True))

    def _failed(self, registration_id: str) -> bool:
        row = self.model.cached_row(registration_id)
        failures = self.model.failures
        return bool(row and failures and failures.failure_of(row))

    def _naming(self, ids: list[str], then: Callable[[str], None]) -> None:
        """Call ``then`` with whom ``ids`` concern, by name ("Sofia Eliasson and Hugo Ali",
        "… and 12 more"), once the first names are read off the GUI thread."""
        first = ids[:NAMED]
        DbOp(lambda c: registration_names(c, first), parent=self, label="names").success(
            lambda names: then(names_phrase(names, len(ids)))
        ).run(self.ctx.ops)

    def choose_manager(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._naming(ids, lambda who: self._choose_manager(ids, who))

    def _choose_manager(self, ids: list[str], who: str) -> None:
        self._open(
            manager_picker(
                self.ctx,
                self.tr("Change approving manager of %1").replace("%1", who),
                self,
                lambda person_id, _name: self.set_manager(ids, person_id),
            )
        )

    def preview_manager_page(self) -> None:
        """Open the approving manager's page of the current registration (web view)."""
        row = self.table.current_row()
        rid = self.model.id_at(row) if row >= 0 else None
        if rid:
            self.show_manager_preview(rid)

    def show_manager_preview(self, registration_id: str) -> None:
        from desktop.participants.preview import open_manager_preview

        self.last_dialog = open_manager_preview(self.ctx, registration_id, self)

    def import_participants(self) -> None:
        """Ask for a participant file and open the import dialog on it."""
        from desktop.participants.import_dialog import ask_import

        dialog = ask_import(
            self.ctx, self, round_id=self.round_id, preselect=self.round_combo.currentData()
        )
        if dialog is not None:
            self.last_dialog = dialog

    def set_manager(self, ids: list[str], manager_id: str | None) -> None:
        set_manager(parent=self, ids=ids, manager_id=manager_id).success(self._batch_done).run(
            self.ctx.ops
        )

    def remove_approval(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._naming(ids, lambda who: self._remove_approval(ids, who))

    def _remove_approval(self, ids: list[str], who: str) -> None:
        dialog = RemoveApprovalDialog(who, self)
        dialog.accepted.connect(
            lambda: (
                remove_approvals(parent=self, ids=ids, reason=dialog.reason.text().strip())
                .success(self._batch_done)
                .run(self.ctx.ops)
            )
        )
        self._open(dialog)

    def add_note(self) -> None:
        """Add internal note… on the current registration (the detail pane asks for it)."""
        row = self.current_row()
        if row is None or self.selected_ids() != [row.id]:
            return
        who = f"{row.first_name} {row.last_name}".strip()
        self.detail.notes.add_note(row.id, who)
        self.last_dialog = self.detail.notes.last_dialog

    def _open(self, dialog: QDialog) -> None:
        """Show ``dialog`` over the list (window-modal), kept as the last one opened."""
        dialog.open()
        self.last_dialog = dialog

    def cancel_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._naming(ids, lambda who: self._confirm_cancel(ids, who))

    def _confirm_cancel(self, ids: list[str], who: str) -> None:
        self.last_dialog = ask_yes_no(
            self,
            self.tr("Cancel registration"),
            self.tr("Cancel the registration of %1? Their places become free.").replace("%1", who),
            yes=self.tr("Cancel registrations"),
            no=self.tr("Keep"),
            on_yes=lambda: (
                cancel_registrations(parent=self, ids=ids)
                .success(self._batch_done)
                .run(self.ctx.ops)
            ),
        )

    def move_selected(self, *, to_waiting_list: bool) -> None:
        """Move the selected registrations to the waiting list or give them a place."""
        ids = self.selected_ids()
        if ids:
            move_registrations(parent=self, ids=ids, to_waiting_list=to_waiting_list).success(
                self._batch_done
            ).run(self.ctx.ops)

    def _batch_done(self, result: BatchResult) -> None:
        if result.refused:
            QMessageBox.information(
                self,
                self.tr("Some registrations were not changed"),
                "\n".join(f"{who}: {why}" for who, why in result.refused[:15]),
            )

    def new_person(self) -> None:
        """New person… (prefilled with the search), then the person's profile."""
        dialog = PersonDialog(self.ctx, self.search.text().strip(), self)
        dialog.accepted.connect(
            lambda: self.open_person.emit(dialog.person_id) if dialog.person_id else None
        )
        self._open(dialog)

    def copy_emails(self) -> None:
        ids = self.selected_ids()
        if ids:
            DbOp(lambda c: participant_emails(c, ids), parent=self, label="emails").success(
                lambda emails: QGuiApplication.clipboard().setText("; ".join(emails))
            ).run(self.ctx.ops)

    # -- export and print ------------------------------------------------------------

    def export_op(self, path: Path) -> DbOp[int]:
        failures = self.model.failures
        failed = failures.failure_of if failures is not None else None
        return export_participants(parent=self, query=self.model.query, path=path, failed=failed)

    def describe(self) -> str:
        """What the list shows, for a printed title."""
        f = self.saved.currentData()
        return f.title_text() if f is not None else self.tr("Filtered list")

    @property
    def loaded(self) -> bool:
        return self.model.loaded

    def print_list(self) -> None:
        """Print preview of every row the list shows (asks first when they are many)."""
        from desktop.printing.output import preview
        from desktop.printing.sheet import people_sheet_spec

        rows = self.model.rowCount()
        if (
            rows > 5000
            and QMessageBox.question(
                self,
                self.tr("Print a long list"),
                self.tr("The list has %n rows. Print them all?", "", rows),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        query = self.model.query
        title = self.tr("Participants") + " — " + self.describe()

        def show(loaded: list[dict[str, str]]) -> None:
            spec = people_sheet_spec(
                "list",
                title=title,
                subtitle=self.tr("%n registration(s)", "", len(loaded)),
                organisation=self.ctx.tenant_name,
                rows=loaded,
                show_email=self.ctx.settings.get(PRINT_SHOW_EMAIL),
            )
            self.last_dialog = preview(spec, self)

        DbOp(lambda c: load_for_print(c, query), parent=self, label="print").success(show).run(
            self.ctx.ops
        )

    def save_layout(self) -> None:
        self.table.save_layout()
        self.splitter.save_layout()
