"""A round's own page: key numbers, participants, sign-up form, and the round's actions."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.common.domain_text import domain_message
from desktop.common.row_dialog import ERROR_STYLE
from desktop.common.rows_model import RowsModel
from desktop.common.saved_file import tell_not_saved, tell_saved
from desktop.common.tab_view import RecordTab
from desktop.common.widgets import TableView, push_button
from desktop.context import AppContext
from desktop.courses.cancellation_terms import CancellationTermsDialog
from desktop.courses.dialogs import open_round_dialog, ore_to_kronor
from desktop.courses.editing import COMMANDS
from desktop.courses.form_dialogs import ELEMENT_COLUMNS
from desktop.courses.queries import RoundInfo, load_round, not_approved_ids
from desktop.courses.send_list import SendParticipantListDialog
from desktop.courses.sessions import SessionsTab
from desktop.courses.view import round_status_text
from desktop.i18n import format_date, format_number
from desktop.operations import Changes, DbOp
from desktop.operations.rows import save_row
from desktop.participants.dialogs import AddRegistrationDialog, RequestApprovalDialog
from desktop.participants.view import ParticipantsView
from desktop.printing.output import RoundSheetData, export_pdf, load_round_sheet, preview
from desktop.printing.sheet import SheetSpec, people_sheet_spec
from desktop.settings import (
    PRINT_BLANK_ROWS,
    PRINT_ORGANISATION_NAME,
    PRINT_SHOW_EMAIL,
)
from models.commands.attendance import AttendanceCheckIn
from models.commands.booking import CancellationPolicySet
from models.commands.courses import RegistrationCreate, RequestApproval, RoundEdit
from models.commands.reports import SendParticipantList


class KeyNumber(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–")
        self.value.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(title)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.value)
        layout.addWidget(self.title)
        self.setAccessibleName(title)

    def set(self, value: int) -> None:
        self.value.setText(format_number(value))
        self.setAccessibleDescription(str(value))


class RoundPage(RecordTab):
    """Opened from the Courses tab as a tab of its own."""

    open_person = Signal(str)

    #: A tab of the main window that lists rows (:class:`~desktop.common.tab_view.TabView`).
    shows_list = True

    def __init__(self, ctx: AppContext, round_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.round_id = round_id
        self.info: RoundInfo | None = None
        self.last_dialog: QWidget | None = None

        self.name = QLabel()
        self.name.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        numbers = QHBoxLayout()
        self.numbers = {
            "seats": KeyNumber(self.tr("Seats")),
            "registered": KeyNumber(self.tr("Registered")),
            "approved": KeyNumber(self.tr("Approved")),
            "waiting": KeyNumber(self.tr("Waiting for approval")),
            "not_requested": KeyNumber(self.tr("Approval not requested")),
            "waiting_list": KeyNumber(self.tr("Waiting list")),
            "review": KeyNumber(self.tr("For review")),
        }
        for w in self.numbers.values():
            numbers.addWidget(w)
        numbers.addStretch(1)

        self.add_button = push_button(self.tr("Add registration…"), self.add_registration)
        self.import_button = push_button(
            self.tr("Import participants…"),
            self.import_participants,
            self.tr("Add the participants of a CSV or Excel file to this round"),
        )
        self.request_button = push_button(
            self.tr("Send approval requests…"),
            self.request_approvals,
            self.tr("Ask the approving managers of all registrations not yet approved"),
        )
        self.form_button = push_button(
            self.tr("Sign-up form…"),
            self.edit_form,
            self.tr("Texts, questions, preview and publishing of the round's sign-up page"),
        )
        self.print_list_button = push_button(
            self.tr("Print participant list…"), lambda: self.print_sheet("list")
        )
        self.print_sheet_button = push_button(
            self.tr("Print attendance sheet…"), lambda: self.print_sheet("attendance")
        )
        self.attendance_button = push_button(
            self.tr("Attendance…"),
            self.show_attendance,
            self.tr("Who was at each session: mark by hand, totals, a session's sheet"),
        )
        self.send_list_button = push_button(
            self.tr("Send participant list…"),
            self.send_participant_list,
            self.tr("E-mail links to the participant list and attendance sheet to a customer"),
        )
        self.pdf_button = QToolButton()
        self.pdf_button.setText(self.tr("Save as PDF"))
        self.pdf_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pdf_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        pdf_menu = QMenu(self.pdf_button)
        pdf_menu.addAction(self.tr("Attendance sheet as PDF…"), lambda: self.ask_pdf("attendance"))
        pdf_menu.addAction(self.tr("Participant list as PDF…"), lambda: self.ask_pdf("list"))
        self.pdf_button.setMenu(pdf_menu)
        self.add_button.setEnabled(RegistrationCreate.may_run(ctx.actor.roles))
        self.import_button.setEnabled(RegistrationCreate.may_run(ctx.actor.roles))
        self.request_button.setEnabled(RequestApproval.may_run(ctx.actor.roles))
        self.send_list_button.setEnabled(SendParticipantList.may_run(ctx.actor.roles))
        actions = QHBoxLayout()
        for b in (
            self.add_button,
            self.import_button,
            self.request_button,
            self.form_button,
            self.print_list_button,
            self.print_sheet_button,
            self.pdf_button,
            self.attendance_button,
            self.send_list_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)

        self.participants = ParticipantsView(
            ctx, self, round_id=round_id, list_name="round_participants"
        )
        self.participants.open_person.connect(self.open_person)
        # Every row is this round: its column says nothing here.
        self.participants.table.setColumnHidden(3, True)
        self.elements = RowsModel(ELEMENT_COLUMNS, self)
        self.element_table = TableView("form_elements", ctx.settings, self)
        self.element_table.setModel(self.elements)
        self.element_table.setSortingEnabled(False)
        self.element_table.setColumnWidth(0, 200)
        self.form_preview = QTextBrowser()
        self.form_preview.setOpenLinks(False)
        self.form_state = QLabel()
        # Without a form the message is all there is: keep it at the top.
        self.form_state.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.addWidget(self.form_state)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.form_split = split
        split.addWidget(self.element_table)
        split.addWidget(self.form_preview)
        split.setSizes([520, 480])
        form_layout.addWidget(split, 1)
        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        self.sections.addTab(self.participants, self.tr("Participants"))
        self.sections.addTab(form_page, self.tr("Sign-up form"))
        self.sessions = SessionsTab(ctx, round_id, self)
        self.sections.addTab(self.sessions, self.tr("Sessions"))
        # The full-screen check-in station of the selected session (issue 19).
        self.checkin_button = push_button(
            self.tr("Check-in…"),
            self.open_checkin,
            self.tr("Check participants in at the selected session: scanner, camera or typed"),
        )
        tab_layout = self.sessions.layout()
        first = tab_layout.itemAt(0) if tab_layout is not None else None
        buttons = first.layout() if first is not None else None
        if isinstance(buttons, QBoxLayout):  # the Sessions tab's row of buttons
            buttons.insertWidget(3, self.checkin_button)
        self.sessions.table.selectionModel().selectionChanged.connect(
            lambda *_: self.checkin_button.setEnabled(
                self.sessions.selected() is not None and AttendanceCheckIn.may_run(ctx.actor.roles)
            )
        )
        self.checkin_button.setEnabled(False)
        self.next_session = QLabel()
        self.next_session.hide()
        self.sessions.next_session.connect(self._show_next_session)

        layout = QVBoxLayout(self)
        head = QGridLayout()
        head.addWidget(self.name, 0, 0)
        head.addWidget(self.facts, 1, 0)
        head.addWidget(self.next_session, 2, 0)
        self.edit_button = push_button(self.tr("Edit round…"), lambda: self.edit_round(copy=False))
        self.copy_button = push_button(
            self.tr("Copy to a new term…"), lambda: self.edit_round(copy=True)
        )
        for column, button in enumerate((self.edit_button, self.copy_button), start=1):
            button.setEnabled(RoundEdit.may_run(ctx.actor.roles))
            head.addWidget(button, 0, column, Qt.AlignmentFlag.AlignRight)
        self.terms_button = push_button(
            self.tr("Cancellation terms…"),
            self.edit_cancellation_terms,
            self.tr("Until when a cancellation gets its money back, less which fee, and how"),
        )
        self.terms_button.setEnabled(CancellationPolicySet.may_run(ctx.actor.roles))
        head.addWidget(self.terms_button, 1, 2, Qt.AlignmentFlag.AlignRight)
        # A partner course (issue 17): pairs sign up together, each with their partner.
        self.partner_box = QCheckBox(self.tr("&Partner course"))
        self.partner_box.setToolTip(
            self.tr("Participants sign up in pairs: each booking names the partner")
        )
        self.partner_box.setEnabled(False)  # until the round is shown
        self.partner_box.clicked.connect(self.set_partner_course)
        head.addWidget(self.partner_box, 1, 1, Qt.AlignmentFlag.AlignRight)
        self.partner_error = QLabel()
        self.partner_error.setStyleSheet(ERROR_STYLE)
        self.partner_error.setWordWrap(True)
        self.partner_error.hide()
        head.addWidget(self.partner_error, 2, 1, 1, 2, Qt.AlignmentFlag.AlignRight)
        head.setColumnStretch(0, 1)
        layout.addLayout(head)
        layout.addLayout(numbers)
        layout.addLayout(actions)
        layout.addWidget(self.sections, 1)
        ctx.ops.changed.connect(self._on_changes)
        self.reload()

    # -- loading ------------------------------------------------------------------

    def reload(self) -> None:
        rid = self.round_id
        DbOp(lambda c: load_round(c, rid), parent=self, label="round").success(self._show).run(
            self.ctx.ops
        )

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("registration", "course_round", "signup_form", "form_element"):
            self.reload()

    def _show(self, info: RoundInfo) -> None:
        self.info = info
        self.name.setText(info.name)
        dates = " – ".join(d for d in (format_date(info.starts_on), format_date(info.ends_on)) if d)
        self.facts.setText(
            " · ".join(
                x
                for x in (
                    f"{info.course_code} {info.course}",
                    info.term,
                    dates,
                    info.place,
                    round_status_text(info.status),
                    self._registration_period(info),
                    f"{ore_to_kronor(info.price_ore)} kr" if info.price_ore is not None else "",
                )
                if x
            )
        )
        self.numbers["seats"].set(info.seats)
        for key in ("registered", "approved", "waiting", "not_requested", "waiting_list", "review"):
            self.numbers[key].set(info.counts[key])
        self.partner_box.setChecked(info.partner_course)
        self.partner_box.setEnabled(RoundEdit.may_run(self.ctx.actor.roles))
        self.request_button.setEnabled(
            RequestApproval.may_run(self.ctx.actor.roles)
            and info.counts["waiting"] + info.counts["not_requested"] > 0
        )
        self.elements.set_rows(info.elements)
        self.element_table.set_empty_text(self.tr("This round has no sign-up form."))
        self.form_split.setVisible(info.form is not None)
        if info.form is None:
            self.form_state.setText(self.tr("No sign-up form. Registrations are added by hand."))
        else:
            self.form_state.setText(
                self.tr("Published") if info.form["published"] else self.tr("Not published")
            )
        self.form_preview.setHtml(self.form_html(info))
        self.title_changed.emit(info.name)
        self.loaded = True

    def _show_next_session(self, line: str) -> None:
        self.next_session.setText(self.tr("Next session: %1").replace("%1", line) if line else "")
        self.next_session.setVisible(bool(line))

    def form_html(self, info: RoundInfo) -> str:
        """A plain preview of the sign-up page (the server renders the real one)."""
        if info.form is None:
            return ""
        e = html.escape
        parts = [
            f"<h2>{e(info.form['heading'] or info.name)}</h2>",
            f"<p>{e(info.form['intro'])}</p>",
            "<table cellpadding='4'>",
        ]
        for el in info.elements:
            star = " *" if el["required"] else ""
            if el["kind"] == "choice":
                field = " / ".join(f"○ {e(o)}" for o in el["options"] or [])
            elif el["kind"] == "checkbox":
                field = "☐"
            else:
                field = "<span style='color:#666666'>________________________</span>"
            parts.append(f"<tr><td><b>{e(el['label'])}{star}</b></td><td>{field}</td></tr>")
        parts.append("</table>")
        parts.append(f"<p><i>{e(info.form['confirmation'])}</i></p>")
        return "".join(parts)

    # -- actions -------------------------------------------------------------------

    def add_registration(self) -> None:
        partner_course = self.info is not None and self.info.partner_course
        dialog = AddRegistrationDialog(
            self.ctx, self.round_id, self.name.text(), self, partner_course=partner_course
        )
        dialog.open()
        self.last_dialog = dialog

    def _registration_period(self, info: RoundInfo) -> str:
        opens, closes = info.registration_opens_on, info.registration_closes_on
        if not (opens or closes):
            return ""
        return (
            self.tr("Registration %1 – %2")
            .replace("%1", format_date(opens))
            .replace("%2", format_date(closes))
        )

    def edit_round(self, *, copy: bool) -> None:
        """Edit this round, or (``copy``) start a new round of its course from it."""
        open_round_dialog(self.ctx, self, self.round_id, self._opened, copy=copy)

    def _opened(self, dialog: QWidget) -> None:
        self.last_dialog = dialog

    def _show_own(self, window: QWidget) -> None:
        """Show ``window``, a window of its own (deleted on close), as the last opened."""
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        self.last_dialog = window

    def edit_form(self) -> None:
        """Open the round's sign-up form editor, a window of its own."""
        from desktop.courses.form_editor import FormEditor  # loads QtWebEngine

        self._show_own(FormEditor(self.ctx, self.round_id, self))

    def import_participants(self) -> None:
        """Ask for a participant file and import it onto this round."""
        from desktop.participants.import_dialog import ask_import

        dialog = ask_import(self.ctx, self, round_id=self.round_id)
        if dialog is not None:
            self.last_dialog = dialog

    def request_approvals(self) -> None:
        rid = self.round_id

        def show(ids: list[str]) -> None:
            if ids:
                dialog = RequestApprovalDialog(self.ctx, ids, self)
                dialog.open()
                self.last_dialog = dialog

        DbOp(lambda c: not_approved_ids(c, rid), parent=self, label="ids").success(show).run(
            self.ctx.ops
        )

    def set_partner_course(self, on: bool) -> None:
        """The box was clicked: the round becomes a partner course, or no longer is one
        (``round.edit``; Edit › Undo sets it back)."""
        info = self.info
        if info is None or on == info.partner_course:
            return
        self.partner_box.setEnabled(False)  # until the change is shown
        self.partner_error.hide()
        save_row(
            parent=self,
            commands=COMMANDS["course_round"],
            row_id=self.round_id,
            values={"partner_course": on},
            shown={"partner_course": info.partner_course},
            name=info.name,
        ).success(self.ctx.undo.push).failure(self._partner_failed).run(self.ctx.ops)

    def _partner_failed(self, exc: Exception) -> None:
        self.partner_error.setText(domain_message(exc))
        self.partner_error.show()
        self.reload()

    def edit_cancellation_terms(self) -> None:
        """The round's cancellation terms, set as a whole (issue 17)."""
        dialog = CancellationTermsDialog(self.ctx, self.round_id, self.name.text(), parent=self)
        dialog.open()
        self.last_dialog = dialog

    def show_attendance(self) -> None:
        """The round's attendance grid, a window of its own (issue 19)."""
        from desktop.presence.attendance import AttendanceWindow

        self._show_own(AttendanceWindow(self.ctx, self.round_id, self))

    def send_participant_list(self) -> None:
        """Send the round's lists as links to a customer's notification recipients."""
        dialog = SendParticipantListDialog(
            self.ctx, self.round_id, round_name=self.name.text(), parent=self
        )
        dialog.open()
        self.last_dialog = dialog

    def sheet_spec(self, kind: str, data: RoundSheetData) -> SheetSpec:
        s = self.ctx.settings
        organisation = s.get(PRINT_ORGANISATION_NAME) or self.ctx.tenant_name
        return people_sheet_spec(
            kind,
            title=data.title,
            subtitle=data.subtitle,
            organisation=organisation,
            rows=data.rows,
            # Blank rows are for walk-ins signing in.
            blank_rows=s.get(PRINT_BLANK_ROWS) if kind == "attendance" else 0,
            show_email=s.get(PRINT_SHOW_EMAIL),
            sessions=data.sessions if kind == "list" else None,
        )

    def load_sheet(self, kind: str, then) -> None:  # type: ignore[no-untyped-def]
        rid = self.round_id
        DbOp(lambda c: load_round_sheet(c, rid), parent=self, label="sheet").success(
            lambda data: then(self.sheet_spec(kind, data))
        ).run(self.ctx.ops)

    def open_checkin(self) -> None:
        """The check-in station of the selected session, full screen (issue 19)."""
        row = self.sessions.selected()
        if row is None:
            return
        from desktop.presence.checkin import open_station  # loads Qt's camera on first use

        self.last_dialog = open_station(self.ctx, str(row["id"]), self.window())

    def print_sheet(self, kind: str) -> None:
        """Open the print preview of the participant list or the attendance sheet."""

        def show(spec: SheetSpec) -> None:
            self.last_dialog = preview(spec, self)

        self.load_sheet(kind, show)

    def ask_pdf(self, kind: str = "attendance") -> None:
        title = (
            self.tr("Save attendance sheet")
            if kind == "attendance"
            else self.tr("Save participant list")
        )
        path, _ = QFileDialog.getSaveFileName(
            self, title, f"{self.name.text() or kind}.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.save_pdf(Path(path), kind)

    def save_pdf(self, path: Path, kind: str = "attendance") -> None:
        """Write the sheet as a PDF at ``path``, then say where it went (or why it did not)."""
        self.load_sheet(kind, lambda spec: self._write_pdf(spec, path))

    def _write_pdf(self, spec: SheetSpec, path: Path) -> None:
        try:
            pages = export_pdf(spec, path)
        except (OSError, RuntimeError) as exc:
            self.last_dialog = tell_not_saved(self, path, exc)
            return
        self.pdf_pages = pages
        self.pdf_path = path
        self.last_dialog = tell_saved(
            self, self.tr("%n page(s) saved as %1", "", pages).replace("%1", path.name), path
        )

    # -- main window hooks ---------------------------------------------------------

    def row_actions(self) -> list[QAction | None]:
        """The window's Actions menu: the actions of this round's participants list."""
        return self.participants.row_actions()

    def focus_search(self) -> None:
        self.sections.setCurrentIndex(0)
        self.participants.focus_search()

    def export_op(self, path: Path) -> DbOp[int]:
        return self.participants.export_op(path)

    def describe(self) -> str:
        return self.name.text()

    def print_list(self) -> None:
        self.print_sheet("list")

    def save_layout(self) -> None:
        self.participants.save_layout()
