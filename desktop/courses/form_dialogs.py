"""The sign-up form editor's dialogs: the page's texts, and one question (issue 15).

Both are :class:`~desktop.common.row_dialog.RowDialog` forms: their values are checked by
the command's own arguments before anything is queued, a refusal is shown next to its
field, and the saved step goes on the app's undo stack.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from desktop.common.row_dialog import RowDialog
from desktop.common.rows_model import Column
from desktop.common.values import Record
from desktop.context import AppContext
from desktop.courses.form_ops import ELEMENT_COMMANDS, FORM_COMMANDS, save_form
from desktop.i18n import QT_TRANSLATE_NOOP, code_text
from desktop.operations.undo import UndoStep
from models.commands.forms import SINGLE_KINDS
from models.ids import new_id

#: Each kind of question as the editor names it, in the order the "Kind" list offers them.
ELEMENT_KINDS = {
    "first_name": QT_TRANSLATE_NOOP("FormEditor", "First name"),
    "last_name": QT_TRANSLATE_NOOP("FormEditor", "Last name"),
    "email": QT_TRANSLATE_NOOP("FormEditor", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("FormEditor", "Phone"),
    "organisation": QT_TRANSLATE_NOOP("FormEditor", "Organisation"),
    "personnummer": QT_TRANSLATE_NOOP("FormEditor", "Personnummer"),
    "approving_manager": QT_TRANSLATE_NOOP("FormEditor", "Approving manager"),
    "text": QT_TRANSLATE_NOOP("FormEditor", "Text"),
    "date": QT_TRANSLATE_NOOP("FormEditor", "Date"),
    "choice": QT_TRANSLATE_NOOP("FormEditor", "Choice"),
    "checkbox": QT_TRANSLATE_NOOP("FormEditor", "Check box (consent)"),
}
kind_text = code_text("FormEditor", ELEMENT_KINDS)


def _kind(value: object, _r: Record) -> str:
    return kind_text(str(value))


def _yes(value: object, _r: Record) -> str:
    return QCoreApplication.translate("FormEditor", "Yes") if value else ""


def _options(value: object, _r: Record) -> str:
    return ", ".join(str(v) for v in value) if isinstance(value, list) else ""


ELEMENT_COLUMNS = (
    Column("label", QT_TRANSLATE_NOOP("FormEditor", "Question"), "FormEditor"),
    Column("kind", QT_TRANSLATE_NOOP("FormEditor", "Kind"), "FormEditor", format=_kind),
    Column("required", QT_TRANSLATE_NOOP("FormEditor", "Required"), "FormEditor", format=_yes),
    Column(
        "require_email_confirmation",
        QT_TRANSLATE_NOOP("FormEditor", "E-mail confirmation"),
        "FormEditor",
        format=_yes,
        header_tip=QT_TRANSLATE_NOOP(
            "FormEditor", "The approving manager is asked by e-mail to approve"
        ),
    ),
    Column("options", QT_TRANSLATE_NOOP("FormEditor", "Options"), "FormEditor", format=_options),
)


def _multiline(text: str, height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


class FormTextsDialog(RowDialog):
    """New sign-up form (``shown`` None) or the texts of the round's form."""

    commands = FORM_COMMANDS
    titles_context = "FormEditor"
    titles = (
        QT_TRANSLATE_NOOP("FormEditor", "New sign-up form"),
        QT_TRANSLATE_NOOP("FormEditor", "Sign-up form texts"),
    )

    def __init__(
        self,
        ctx: AppContext,
        round_id: str,
        round_name: str,
        *,
        shown: dict[str, Any] | None = None,
        form_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, None, shown, parent)
        self.round_id = round_id
        self.round_name = round_name
        self.form_id = form_id or new_id()
        values = shown or {}
        self.heading = QLineEdit(values.get("heading", ""))
        self.heading.setPlaceholderText(self.tr("e.g. Sign up for %1").replace("%1", round_name))
        self.intro = _multiline(values.get("intro", ""), 110)
        self.banner_url = QLineEdit(values.get("banner_url", ""))
        self.banner_url.setPlaceholderText("https://example.se/banner.png")
        self.confirmation_text = _multiline(values.get("confirmation_text", ""), 80)
        self.add_field("heading", self.tr("Heading:"), self.heading)
        self.add_field("intro", self.tr("Introduction:"), self.intro)
        self.add_field("banner_url", self.tr("Banner image (address):"), self.banner_url)
        self.add_field("confirmation_text", self.tr("Confirmation text:"), self.confirmation_text)
        self.finish_layout(
            self.tr(
                "The confirmation text is shown after a sign-up and sent in the confirmation "
                "mail. A new form is not published until you publish it."
            )
        )
        self.setMinimumWidth(560)
        self.heading.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "heading": self.heading.text().strip(),
            "intro": self.intro.toPlainText().strip(),
            "banner_url": self.banner_url.text().strip(),
            "confirmation_text": self.confirmation_text.toPlainText().strip(),
        }

    def create_args(self) -> dict[str, Any]:
        return {"form_id": self.form_id, "round_id": self.round_id, **self.values()}

    def row_id(self) -> str:
        return self.form_id

    def submit(self, values: dict[str, Any]) -> None:
        # signup_form.set version 2 both creates and edits: not the shared save_row.
        self.ok.setEnabled(False)
        save_form(
            parent=self,
            form_id=self.form_id,
            round_id=self.round_id,
            shown=self.shown,
            values=values,
            name=self.round_name,
        ).success(self._saved).failure(self._failed).run(self.ctx.ops)


class ElementDialog(RowDialog):
    """Add a question to the form (``shown`` None: its kind chosen here) or change one.

    ``taken``: the kinds the form already has (a kind that fills one field of the
    registration, such as the approving manager, is offered once).
    """

    commands = ELEMENT_COMMANDS
    titles_context = "FormEditor"
    titles = (
        QT_TRANSLATE_NOOP("FormEditor", "Add question"),
        QT_TRANSLATE_NOOP("FormEditor", "Edit question"),
    )

    def __init__(
        self,
        ctx: AppContext,
        form_id: str,
        *,
        shown: dict[str, Any] | None = None,
        element_id: str | None = None,
        kind: str = "",
        taken: frozenset[str] = frozenset(),
        position: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, None, shown, parent)
        self.form_id = form_id
        self.element_id = element_id or new_id()
        self.position = position
        values = shown or {}
        self.kind = QComboBox()
        for key in ELEMENT_KINDS:
            if key == kind or (shown is None and not (key in SINGLE_KINDS and key in taken)):
                self.kind.addItem(kind_text(key), key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind or "text")))
        self.kind.setEnabled(shown is None)  # a question keeps its kind
        self.label = QLineEdit(values.get("label", ""))
        self.required = QCheckBox(self.tr("An answer is required"))
        self.required.setChecked(bool(values.get("required")))
        self.options = _multiline("\n".join(values.get("options") or []), 110)
        self.options.setPlaceholderText(self.tr("One option per line"))
        self.confirm = QCheckBox(self.tr("Require confirmation by e-mail"))
        self.confirm.setToolTip(
            self.tr(
                "The manager named on the form gets an e-mail asking them to approve the "
                "registration"
            )
        )
        self.confirm.setChecked(bool(values.get("require_email_confirmation")))
        self.add_field("kind", self.tr("Kind:"), self.kind)
        self.add_field("label", self.tr("Question:"), self.label)
        self.add_field("required", "", self.required)
        self.add_field("options", self.tr("Options:"), self.options)
        self.add_field("require_email_confirmation", "", self.confirm)
        self.required.setAccessibleName(self.required.text())
        self.confirm.setAccessibleName(self.confirm.text())
        self._default_label = ""
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.finish_layout()
        (self.kind if shown is None else self.label).setFocus()

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self.form.setRowVisible(self.options, kind == "choice")
        self.form.setRowVisible(self.confirm, kind == "approving_manager")
        # A new question starts with its kind's name as its text, until the user types one.
        if self.shown is None and self.label.text() in ("", self._default_label):
            self._default_label = kind_text(kind)
            self.label.setText(self._default_label)
        self.adjustSize()

    def values(self) -> dict[str, Any]:
        kind = self.current_kind()
        lines = self.options.toPlainText().splitlines()
        return {
            "label": self.label.text().strip(),
            "required": self.required.isChecked(),
            "options": [o.strip() for o in lines if o.strip()] if kind == "choice" else [],
            "require_email_confirmation": kind == "approving_manager" and self.confirm.isChecked(),
        }

    def create_args(self) -> dict[str, Any]:
        return {
            "element_id": self.element_id,
            "form_id": self.form_id,
            "kind": self.current_kind(),
            **self.values(),
        }

    def extra(self) -> dict[str, Any]:
        if self.shown is not None:
            return {}
        return {"form_id": self.form_id, "kind": self.current_kind(), "position": self.position}

    def row_id(self) -> str:
        return self.element_id

    def row_name(self, values: dict[str, Any]) -> str:
        return str(values.get("label") or "")

    def _saved(self, step: UndoStep | None) -> None:
        if step is not None and step.withdraw:
            # A new question is taken back by removing it, also once the server has it
            # (withdrawing the queued add works only until it is sent).
            args = {"element_id": self.element_id}
            step = replace(step, withdraw="", command="form_element.remove", args=args)
        super()._saved(step)
