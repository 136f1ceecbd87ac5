"""The create/edit dialog every kind of row shares (issue 15): a form of fields, each with
its error line under it, and Save / Cancel.

A form's values are checked by the create command's own arguments (the rules of
``models/``, once) before anything is queued; a refusal, there or when the command runs,
is shown next to the field it names. Saving runs :func:`desktop.operations.rows.save_row`
with the dialog's :class:`RowCommands`; the step it returns goes on the app's undo stack.
Courses and rounds (``desktop/courses/dialogs.py``), person categories and new persons
(``desktop/people/``) are built on it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import pydantic
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QSizePolicy, QWidget

from desktop.common.domain_text import domain_message
from desktop.common.layouts import ok_cancel, vbox
from desktop.common.palette import HINT_STYLE
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations.rows import RowCommands, save_row
from desktop.operations.undo import UndoStep
from models.commands import registered
from models.errors import DomainError, ValidationError

W = TypeVar("W", bound=QWidget)
T = TypeVar("T")

ERROR_STYLE = "color: #b00020;"

#: What the argument model's refusals say in the form (pydantic's own words otherwise).
DATE_TEXT = QT_TRANSLATE_NOOP("Validation", "Write the date as YYYY-MM-DD")
FIELD_TEXTS = {
    "string_too_short": QT_TRANSLATE_NOOP("Validation", "Must not be empty"),
    "string_too_long": QT_TRANSLATE_NOOP("Validation", "At most {max_length} characters"),
    "greater_than_equal": QT_TRANSLATE_NOOP("Validation", "Must not be negative"),
}


def parsed_field(parse: Callable[[str], T], text: str, field: str, refusal: str) -> T:
    """``parse(text)`` for a form's ``values()``; its ValueError becomes a ValidationError on
    ``field`` saying ``refusal`` (an English "Validation" text), shown under that field."""
    try:
        return parse(text)
    except ValueError:
        raise ValidationError(refusal, field=field) from None


def argument_problems(command: str, args: dict[str, Any]) -> dict[str, str]:
    """Each argument ``command``'s own model refuses, with what to tell the user."""
    try:
        registered()[(command, 1)].args_model.model_validate(args)
    except pydantic.ValidationError as exc:
        out: dict[str, str] = {}
        for err in exc.errors(include_url=False):
            field = str(err["loc"][0]) if err["loc"] else ""
            kind = str(err["type"])
            text = FIELD_TEXTS.get(kind) or (DATE_TEXT if kind.startswith("date") else None)
            params = {k: v for k, v in (err.get("ctx") or {}).items() if isinstance(v, int)}
            message = (
                QCoreApplication.translate("Validation", text).format(**params)
                if text
                else str(err["msg"])
            )
            out.setdefault(field, message)
        return out
    return {}


class RowDialog(QDialog):
    """A form of fields, each with its error line under it, and Save / Cancel.

    Subclasses add fields with :meth:`add_field`, return the values with
    :meth:`values`, and name their row's commands (``commands``: the create command
    checks the values).
    """

    commands: RowCommands
    #: The titles of a new row and of an edited one (source texts in the class's context),
    #: used when no title is given.
    titles: tuple[str, str] = ("", "")
    #: The context of :attr:`titles` ("": the class's name).
    titles_context = ""

    def __init__(
        self,
        ctx: AppContext,
        title: str | None,
        shown: dict[str, Any] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if title is None:
            source = self.titles[shown is not None]
            title = QCoreApplication.translate(self.titles_context or type(self).__name__, source)
        self.ctx = ctx
        self.shown = shown
        self.step: UndoStep | None = None
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.errors: dict[str, QLabel] = {}
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.buttons, self.ok = ok_cancel(self, self.tr("Save"), self.save)

    def finish_layout(self, note: str = "") -> None:
        hint = QLabel(note)
        hint.setStyleSheet(HINT_STYLE)
        hint.setWordWrap(True)
        vbox(self, self.form, self.error, hint if note else None, self.buttons)
        self.setMinimumWidth(460)

    def add_field(self, key: str, label: str, widget: W) -> W:
        """``widget`` for ``key`` with ``label``, and an error line under it (hidden till used);
        ``widget`` again (a field is made and placed in one line)."""
        widget.setAccessibleName(label.rstrip(":"))
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        # A refusal naming values is longer than the field: it wraps, as wide as the field.
        error.setWordWrap(True)
        error.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        error.hide()
        self.form.addRow(label, widget)
        self.form.addRow("", error)
        self.errors[key] = error
        return widget

    def add_fields(self, *fields: tuple[str, str, QWidget]) -> None:
        """:meth:`add_field` for each (key, label, widget), top to bottom."""
        for key, label, widget in fields:
            self.add_field(key, label, widget)

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def create_args(self) -> dict[str, Any]:
        """The arguments the create command would carry (ids made up): checked by its model.
        By default the row's id, :meth:`extra` and the values given."""
        values = {k: v for k, v in self.values().items() if v is not None}
        return {self.commands.id_arg: self.row_id(), **self.extra(), **values}

    def row_id(self) -> str:
        raise NotImplementedError

    def show_error(self, exc: Exception) -> None:
        """The refusal next to the field it names; otherwise under the form."""
        field = exc.field if isinstance(exc, ValidationError) else None
        key = (field or "").removeprefix("args.").removeprefix("changes.").split(".")[0]
        label = self.errors.get(key)
        text = domain_message(exc)
        if label is not None:
            label.setText(text)
            label.show()
        else:
            self.error.setText(text)
        self.adjustSize()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.error.clear()

    def save(self) -> None:
        values = self.checked_values()
        if values is not None:
            self.submit(values)

    def checked_values(self) -> dict[str, Any] | None:
        """The form's values once the create command's arguments accept them; else None,
        with the refusals shown next to their fields."""
        self.clear_errors()
        try:
            values = self.values()
        except DomainError as exc:
            self.show_error(exc)
            return None
        problems = argument_problems(self.commands.create, self.create_args())
        if problems:
            for field, message in problems.items():
                self.show_error(ValidationError(message, field=field))
            return None
        return values

    def submit(self, values: dict[str, Any]) -> None:
        """Queue the create or the edit of ``values``; the dialog closes once it is done."""
        self.ok.setEnabled(False)
        save_row(
            parent=self,
            commands=self.commands,
            row_id=self.row_id(),
            values=values,
            shown=self.shown,
            extra=self.extra(),
            name=self.row_name(values),
        ).success(self._saved).failure(self._failed).run(self.ctx.ops)

    def extra(self) -> dict[str, Any]:
        return {}

    def row_name(self, values: dict[str, Any]) -> str:
        """What the undo step calls the row."""
        return str(values.get("name") or "")

    def _saved(self, step: UndoStep | None) -> None:
        self.step = step
        self.ctx.undo.push(step)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.ok.setEnabled(True)
        self.show_error(exc)


def show_dialog(dialog: QDialog, opened: Callable[[QDialog], None]) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    opened(dialog)
