"""The sign-up form editor of a round (issue 15, seed 000 "Formulärelementet Godkännande
chef"), opened from the round's page.

Left: the page's texts (heading, introduction, banner, confirmation text) and its
questions in page order: add, edit, move up and down, remove. Every change is a command
(:mod:`desktop.courses.form_ops`), works offline, syncs, and is undone with Ctrl+Z.
Right: the preview, the server's own page in the embedded web view
(``/staff/preview/signup/{form_id}``: the public page's template, also before the form
is published), refreshed once a change has reached the server; offline it says it
needs the server. Publish / Unpublish, and Show / Copy link of the public page.

This module loads QtWebEngine (through the preview): import it where it is used.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.common.domain_text import domain_message
from desktop.common.layouts import hbox, vbox
from desktop.common.palette import HINT_STYLE
from desktop.common.rows_model import RowsModel
from desktop.common.widgets import TableView, push_button
from desktop.context import AppContext
from desktop.courses.form_dialogs import ELEMENT_COLUMNS, ElementDialog, FormTextsDialog, kind_text
from desktop.courses.form_ops import (
    ELEMENT_FIELDS,
    FORM_TEXTS,
    FormState,
    load_form_state,
    move_element,
    remove_element,
    set_published,
)
from desktop.operations import Changes, DbOp
from desktop.operations.undo import UndoStep
from desktop.webview import view as webview
from desktop.webview.server_api import server_link
from desktop.webview.staff_page import OfflineDetails, StaffPage
from models.commands.forms import FormElementAdd

PREVIEW_PATH = "/staff/preview/signup/{form_id}"


def _text_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class FormEditor(QDialog):
    """The sign-up form of one round: its texts, its questions, publishing and preview."""

    def __init__(self, ctx: AppContext, round_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.round_id = round_id
        self.state: FormState | None = None
        self.loaded = False
        self.last_dialog: QWidget | None = None
        self._select_id = ""
        self._previewed = ""
        self._preview_stale = False
        may_edit = FormElementAdd.may_run(ctx.actor.roles)
        self.setWindowTitle(self.tr("Sign-up form"))

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Publication"))
        self.create_button = push_button(self.tr("Create sign-up form…"), self.create_form)
        self.publish_button = push_button(self.tr("Publish"), self.toggle_published)
        self.show_button = push_button(
            self.tr("Show"),
            self.show_public_page,
            self.tr("Open the public sign-up page in your web browser"),
        )
        self.copy_link_button = push_button(
            self.tr("Copy link"),
            self.copy_link,
            self.tr("Copy the address of the public sign-up page"),
        )
        self.link = QLabel()
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.link.setStyleSheet(HINT_STYLE)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

        # -- the page's texts
        self.heading = _text_label()
        self.heading.setStyleSheet("font-weight: 600;")
        self.intro = _text_label()
        self.banner = _text_label()
        self.confirmation = _text_label()
        texts = QFormLayout()
        texts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        texts.addRow(self.tr("Heading:"), self.heading)
        texts.addRow(self.tr("Introduction:"), self.intro)
        texts.addRow(self.tr("Banner image:"), self.banner)
        texts.addRow(self.tr("Confirmation text:"), self.confirmation)
        self.edit_texts_button = push_button(self.tr("Edit texts…"), self.edit_texts)
        self.texts_box = QGroupBox(self.tr("Page"))
        vbox(self.texts_box, texts, hbox(None, self.edit_texts_button))

        # -- the questions
        self.elements = RowsModel(ELEMENT_COLUMNS, self)
        self.element_table = TableView("form_editor_elements", ctx.settings, self)
        self.element_table.setModel(self.elements)
        self.element_table.setSortingEnabled(False)
        self.element_table.setSelectionMode(TableView.SelectionMode.SingleSelection)
        for column, width in enumerate((180, 150, 95, 150)):
            self.element_table.setColumnWidth(column, width)
        self.element_table.setAccessibleName(self.tr("Questions"))
        self.element_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_element_button = push_button(self.tr("Add question…"), self.add_element)
        self.edit_element_button = push_button(self.tr("Edit…"), self.edit_element)
        self.move_up_button = push_button(
            self.tr("Move up"),
            lambda: self.move_selected(-1),
            self.tr("Move the question up (Alt+Up)"),
        )
        self.move_down_button = push_button(
            self.tr("Move down"),
            lambda: self.move_selected(1),
            self.tr("Move the question down (Alt+Down)"),
        )
        self.remove_element_button = push_button(self.tr("Remove…"), self.ask_remove)
        self.questions_box = QGroupBox(self.tr("Questions"))
        vbox(
            self.questions_box,
            (self.element_table, 1),
            hbox(
                self.add_element_button,
                self.edit_element_button,
                self.move_up_button,
                self.move_down_button,
                None,
                self.remove_element_button,
            ),
        )
        self._edit_buttons = (
            self.create_button,
            self.publish_button,
            self.edit_texts_button,
            self.add_element_button,
        )
        self._may_edit = may_edit

        # -- the preview
        self.preview = StaffPage(ctx, self)
        self.refresh_preview_button = push_button(self.tr("Refresh preview"), self.refresh_preview)
        preview_box = QGroupBox(self.tr("Preview (as the public sees it)"))
        self.no_form = QLabel(self.tr("Create the sign-up form to see its page here."))
        self.no_form.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_form.setStyleSheet(HINT_STYLE)
        self.preview_stack = QStackedWidget()
        self.preview_stack.addWidget(self.no_form)
        self.preview_stack.addWidget(self.preview)
        vbox(preview_box, (self.preview_stack, 1), hbox(None, self.refresh_preview_button))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.texts_box)
        left_layout.addWidget(self.questions_box, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(left)
        self.split.addWidget(preview_box)
        self.split.setSizes([640, 560])
        self.close_button = push_button(self.tr("Close"), self.accept)
        vbox(
            self,
            hbox(self.title, None, self.status),
            hbox(
                self.create_button,
                self.publish_button,
                self.show_button,
                self.copy_link_button,
                self.link,
                None,
            ),
            self.message,
            (self.split, 1),
            hbox(None, self.close_button),
        )
        self._add_shortcuts()
        self.resize(1280, 760)
        ctx.ops.changed.connect(self._on_changes)
        if ctx.bridge is not None:
            ctx.bridge.sync_finished.connect(self._on_synced)
        self._update_buttons()
        self.reload()

    def _add_shortcuts(self) -> None:
        def action(widget: QWidget, text: str, keys: QKeySequence, slot: Any) -> QAction:
            act = QAction(text, widget)
            act.setShortcut(keys)
            # The editor's own keys: never those of a dialog it opened (its own window).
            act.setShortcutContext(
                Qt.ShortcutContext.WindowShortcut
                if widget is self
                else Qt.ShortcutContext.WidgetShortcut
            )
            act.triggered.connect(slot)
            widget.addAction(act)
            return act

        undo = QKeySequence(QKeySequence.StandardKey.Undo)
        self.undo_action = action(self, self.tr("Undo"), undo, self.undo)
        table = self.element_table
        action(table, self.tr("Move up"), QKeySequence("Alt+Up"), lambda: self.move_selected(-1))
        action(table, self.tr("Move down"), QKeySequence("Alt+Down"), lambda: self.move_selected(1))
        delete = QKeySequence(QKeySequence.StandardKey.Delete)
        action(table, self.tr("Remove…"), delete, self.ask_remove)
        table.doubleClicked.connect(lambda _i: self.edit_element())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter opens the question in the table; it never closes the editor (a button
        # with the focus still takes its own Enter).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.element_table.hasFocus():
                self.edit_element()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        rid = self.round_id
        DbOp(lambda c: load_form_state(c, rid), parent=self, label="form").success(self._show).run(
            self.ctx.ops
        )

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("signup_form", "form_element", "course_round"):
            self._preview_stale = True
            self.reload()

    def _on_synced(self, status: object) -> None:
        # The preview is the server's page: show it again once the changes are there.
        if self._preview_stale and not getattr(status, "pending", 0):
            self._preview_stale = False
            self.refresh_preview()

    def _show(self, state: FormState) -> None:
        self.state = state
        self.title.setText(self.tr("Sign-up form: %1").replace("%1", state.round_name))
        form = state.form
        if form is None:
            self.status.setText(self.tr("No sign-up form yet"))
        else:
            self.status.setText(
                self.tr("Published: the page is open to the public")
                if form["published"]
                else self.tr("Not published: only staff can see the page")
            )
        self.publish_button.setText(
            self.tr("Unpublish") if form and form["published"] else self.tr("Publish")
        )
        none = "–"
        self.heading.setText((form or {}).get("heading") or none)
        self.intro.setText((form or {}).get("intro") or none)
        self.banner.setText((form or {}).get("banner_url") or none)
        self.confirmation.setText((form or {}).get("confirmation_text") or none)
        self.link.setText(self.public_url())
        self.elements.set_rows(state.elements)
        self.element_table.set_empty_text(
            self.tr("No questions yet — add the first one.")
            if form
            else self.tr("Create the sign-up form first.")
        )
        if self._select_id:
            row = self.elements.row_of(self._select_id)
            if row >= 0:
                self.element_table.selectRow(row)
        self._update_buttons()
        self._open_preview()
        self.loaded = True

    # -- the preview ----------------------------------------------------------------------

    def _open_preview(self) -> None:
        form_id = self.state.form_id if self.state else None
        self.preview.set_details(
            OfflineDetails(
                heading=self.heading.text(),
                rows=tuple(
                    (str(e["label"]), kind_text(str(e["kind"])))
                    for e in (self.state.elements if self.state else [])
                ),
                note=self.tr(
                    "The preview is the server's own page. It shows your changes once they "
                    "have reached the server."
                ),
            )
        )
        self.preview_stack.setCurrentWidget(self.no_form if form_id is None else self.preview)
        self.refresh_preview_button.setEnabled(form_id is not None)
        if form_id is not None and form_id != self._previewed:
            self._previewed = form_id
            self.preview.open(PREVIEW_PATH.format(form_id=form_id))

    def refresh_preview(self) -> None:
        if self._previewed:
            self.preview.open(PREVIEW_PATH.format(form_id=self._previewed))
        else:
            self._open_preview()

    # -- the form --------------------------------------------------------------------------

    def public_url(self) -> str:
        """The address of the public sign-up page ("" without a form or a server)."""
        link = server_link(self.ctx)
        form_id = self.state.form_id if self.state else None
        if link is None or form_id is None:
            return ""
        return f"{link.base_url}/signup/{form_id}"

    def _update_buttons(self) -> None:
        state = self.state
        has_form = bool(state and state.form)
        row = self.element_table.current_row() if self.element_table.selected_rows() else -1
        count = self.elements.rowCount()
        self.create_button.setVisible(not has_form)
        self.create_button.setEnabled(self._may_edit and state is not None)
        for button in (self.publish_button, self.edit_texts_button, self.add_element_button):
            button.setEnabled(self._may_edit and has_form)
        self.edit_element_button.setEnabled(self._may_edit and row >= 0)
        self.remove_element_button.setEnabled(self._may_edit and row >= 0)
        self.move_up_button.setEnabled(self._may_edit and row > 0)
        self.move_down_button.setEnabled(self._may_edit and 0 <= row < count - 1)
        url = bool(self.public_url())
        published = bool(state and state.form and state.form["published"])
        self.copy_link_button.setEnabled(url)
        self.show_button.setEnabled(url and published)
        self.texts_box.setEnabled(has_form)
        self.questions_box.setEnabled(has_form)

    def _opened(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.last_dialog = dialog

    def create_form(self) -> None:
        if self.state is None or self.state.form is not None:
            return
        self._opened(FormTextsDialog(self.ctx, self.round_id, self.state.round_name, parent=self))

    def edit_texts(self) -> None:
        if self.state is None or self.state.form is None:
            return
        shown = {f: self.state.form[f] for f in FORM_TEXTS}
        self._opened(
            FormTextsDialog(
                self.ctx,
                self.round_id,
                self.state.round_name,
                shown=shown,
                form_id=self.state.form_id,
                parent=self,
            )
        )

    def toggle_published(self) -> None:
        if self.state is None or self.state.form is None:
            return
        self.publish_button.setEnabled(False)
        set_published(
            parent=self,
            form_id=str(self.state.form_id),
            round_id=self.round_id,
            published=not self.state.form["published"],
            name=self.state.round_name,
        ).success(self._done).failure(self._failed).run(self.ctx.ops)

    def show_public_page(self) -> None:
        url = self.public_url()
        if url:
            webview.open_external(QUrl(url))

    def copy_link(self) -> None:
        url = self.public_url()
        if url:
            QGuiApplication.clipboard().setText(url)
            self.say(self.tr("The link to the sign-up page is copied."))

    # -- questions -----------------------------------------------------------------------

    def selected_element(self) -> dict[str, Any] | None:
        rows = self.element_table.selected_rows()
        return self.elements.row_at(rows[0]) if rows else None

    def add_element(self) -> None:
        state = self.state
        if state is None or state.form_id is None:
            return
        position = max((int(e["position"]) for e in state.elements), default=-1) + 1
        dialog = ElementDialog(
            self.ctx,
            state.form_id,
            taken=frozenset(state.kinds()),
            position=position,
            parent=self,
        )
        self._select_id = dialog.element_id
        self._opened(dialog)

    def edit_element(self) -> None:
        element = self.selected_element()
        if element is None or self.state is None or self.state.form_id is None:
            return
        self._select_id = str(element["id"])
        self._opened(
            ElementDialog(
                self.ctx,
                self.state.form_id,
                shown={f: element[f] for f in ELEMENT_FIELDS},
                element_id=str(element["id"]),
                kind=str(element["kind"]),
                parent=self,
            )
        )

    def move_selected(self, step: int) -> None:
        """Move the selected question one place up (-1) or down (1)."""
        element = self.selected_element()
        if element is None or self.state is None or not self._may_edit:
            return
        ids = [str(e["id"]) for e in self.state.elements]
        at = ids.index(str(element["id"]))
        to = at + step
        if not 0 <= to < len(ids):
            return
        rest = ids[:at] + ids[at + 1 :]
        after_id = rest[to - 1] if to > 0 else None
        was_after_id = ids[at - 1] if at > 0 else None
        self._select_id = str(element["id"])
        move_element(
            parent=self, element=element, after_id=after_id, was_after_id=was_after_id
        ).success(self._done).failure(self._failed).run(self.ctx.ops)

    def ask_remove(self) -> None:
        element = self.selected_element()
        if element is None or self.state is None or not self._may_edit:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove question"),
            self.tr(
                "Remove the question “%1” from the form? Answers already given stay on the "
                "registrations. Ctrl+Z brings it back."
            ).replace("%1", str(element["label"])),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Remove"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self.remove(element) if button is yes else None)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_dialog = box

    def remove(self, element: dict[str, Any]) -> None:
        if self.state is None or self.state.form_id is None:
            return
        self._select_id = ""
        remove_element(parent=self, element=element, form_id=self.state.form_id).success(
            self._done
        ).failure(self._failed).run(self.ctx.ops)

    # -- results and undo ------------------------------------------------------------------

    def say(self, text: str) -> None:
        """A line under the buttons: what just happened or why it did not."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _done(self, step: UndoStep | None) -> None:
        self.say("")
        self.ctx.undo.push(step)

    def _failed(self, exc: Exception) -> None:
        self._update_buttons()
        self.say(domain_message(exc))

    def undo(self) -> None:
        """Ctrl+Z in the editor: take back the app's newest step (as Edit › Undo does)."""
        self.ctx.undo.undo_last(self.ctx.ops, parent=self, failed=self._failed)
