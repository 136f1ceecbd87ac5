"""New course / Edit course and New round / Edit round / Copy round to a new term (issue 15).

A form's values are checked by the command's own arguments (``course.create``,
``round.create``: the rules of ``models/``, once) before anything is queued; a
refusal, there or when the command runs (a round that ends before it starts),
is shown next to the field it names. Saving runs :mod:`desktop.courses.editing`;
the step it returns goes on the app's undo stack.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

import pydantic
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop.common.domain_text import domain_message
from desktop.common.layouts import hbox, ok_cancel, vbox
from desktop.common.palette import HINT_STYLE
from desktop.context import AppContext
from desktop.courses.editing import ROUND_STATUS, load_course, load_round_values, save_row
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import DbOp
from desktop.operations.undo import UndoStep
from desktop.people.picker import PersonPicker
from models.commands import registered
from models.errors import DomainError, ValidationError
from models.ids import new_id

ERROR_STYLE = "color: #b00020;"

#: What the argument model's refusals say in the form (pydantic's own words otherwise).
DATE_TEXT = QT_TRANSLATE_NOOP("Validation", "Write the date as YYYY-MM-DD")
FIELD_TEXTS = {
    "string_too_short": QT_TRANSLATE_NOOP("Validation", "Must not be empty"),
    "string_too_long": QT_TRANSLATE_NOOP("Validation", "At most {max_length} characters"),
    "greater_than_equal": QT_TRANSLATE_NOOP("Validation", "Must not be negative"),
}
QT_TRANSLATE_NOOP("Validation", "Registration closes before it opens")
QT_TRANSLATE_NOOP("Validation", "Write the price in kronor, such as 4 500 or 4 500,50")


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


def kronor_to_ore(text: str) -> int | None:
    """ "1 250,50" or "1250.5" kronor as öre (125050); empty: None. Raises ValueError."""
    cleaned = re.sub(r"[\s\u00a0]|kr$", "", text.strip().lower()).replace(",", ".")
    if not cleaned:
        return None
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    ore = amount * 100
    if ore != ore.to_integral_value():
        raise ValueError(text)
    return int(ore)


def ore_to_kronor(ore: int | None) -> str:
    """öre as the kronor a form shows: 125050 -> "1250,50", 120000 -> "1200"."""
    if ore is None:
        return ""
    kronor, rest = divmod(ore, 100)
    return f"{kronor},{rest:02d}" if rest else str(kronor)


class RowDialog(QDialog):
    """A form of fields, each with its error line under it, and Save / Cancel.

    Subclasses add fields with :meth:`add_field`, return the values with
    :meth:`values`, and name the create command that checks them (``check_command``).
    """

    check_command = ""
    table = ""

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        shown: dict[str, Any] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
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

    def add_field(self, key: str, label: str, widget: QWidget) -> None:
        """``widget`` for ``key`` with ``label``, and an error line under it (hidden till used)."""
        widget.setAccessibleName(label.rstrip(":"))
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        self.form.addRow(label, widget)
        self.form.addRow("", error)
        self.errors[key] = error

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def create_args(self) -> dict[str, Any]:
        """The arguments the create command would carry (ids made up): checked by its model."""
        raise NotImplementedError

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
        self.clear_errors()
        try:
            values = self.values()
        except DomainError as exc:
            self.show_error(exc)
            return
        problems = argument_problems(self.check_command, self.create_args())
        if problems:
            for field, message in problems.items():
                self.show_error(ValidationError(message, field=field))
            return
        self.ok.setEnabled(False)
        save_row(
            parent=self,
            table=self.table,
            row_id=self.row_id(),
            values=values,
            shown=self.shown,
            extra=self.extra(),
        ).success(self._saved).failure(self._failed).run(self.ctx.ops)

    def extra(self) -> dict[str, Any]:
        return {}

    def _saved(self, step: UndoStep | None) -> None:
        self.step = step
        self.ctx.undo.push(step)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.ok.setEnabled(True)
        self.show_error(exc)


def _text(widget: QLineEdit) -> str:
    return widget.text().strip()


class CourseDialog(RowDialog):
    """New course (``shown`` None) or Edit course (``shown``: its values, see ``load_course``)."""

    check_command = "course.create"
    table = "course"

    def __init__(
        self,
        ctx: AppContext,
        shown: dict[str, Any] | None = None,
        course_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("CourseDialog", "New course")
            if shown is None
            else QCoreApplication.translate("CourseDialog", "Edit course")
        )
        super().__init__(ctx, title, shown, parent)
        self.course_id = course_id or new_id()
        values = shown or {}
        self.name = QLineEdit(values.get("name", ""))
        self.code = QLineEdit(values.get("code", ""))
        self.category = QLineEdit(values.get("category", ""))
        self.description = QPlainTextEdit(values.get("description", ""))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        self.leader_id: str | None = values.get("leader_id")
        self.leader_label = QLabel(values.get("leader_name") or self.tr("No course leader"))
        self.choose_leader = QPushButton(self.tr("Choose…"))
        self.choose_leader.clicked.connect(self._pick_leader)
        leader = QWidget()
        leader_row = hbox(self.leader_label, None, self.choose_leader)
        leader_row.setContentsMargins(0, 0, 0, 0)
        leader.setLayout(leader_row)
        self.add_field("name", self.tr("Name:"), self.name)
        self.add_field("code", self.tr("Code:"), self.code)
        self.add_field("category", self.tr("Category:"), self.category)
        self.add_field("description", self.tr("Description:"), self.description)
        self.add_field("leader_id", self.tr("Course leader:"), leader)
        self.finish_layout()
        self.name.setFocus()

    def _pick_leader(self) -> None:
        self.picker = PersonPicker(
            self.ctx, self.tr("Choose course leader"), self, allow_none=self.tr("No course leader")
        )
        self.picker.accepted.connect(self._leader_chosen)
        self.picker.open()

    def _leader_chosen(self) -> None:
        self.leader_id = self.picker.person_id
        self.leader_label.setText(self.picker.person_name or self.tr("No course leader"))

    def values(self) -> dict[str, Any]:
        return {
            "name": _text(self.name),
            "code": _text(self.code),
            "category": _text(self.category),
            "description": self.description.toPlainText().strip(),
            "leader_id": self.leader_id,
        }

    def create_args(self) -> dict[str, Any]:
        return {"course_id": self.course_id, **self.values()}

    def row_id(self) -> str:
        return self.course_id


class RoundDialog(RowDialog):
    """New round of a course, Edit round, or a copy of a round for a new term.

    ``shown``: the edited round's values (``load_round_values``); ``copy_of``: the values
    a new round starts from (its term and dates left for the user to fill in).
    """

    check_command = "round.create"
    table = "course_round"

    def __init__(
        self,
        ctx: AppContext,
        course_id: str,
        *,
        shown: dict[str, Any] | None = None,
        round_id: str | None = None,
        copy_of: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        if copy_of is not None:
            title = QCoreApplication.translate("RoundDialog", "Copy round to a new term")
        elif shown is None:
            title = QCoreApplication.translate("RoundDialog", "New round")
        else:
            title = QCoreApplication.translate("RoundDialog", "Edit round")
        super().__init__(ctx, title, shown, parent)
        self.course_id = course_id
        self.round_id = round_id or new_id()
        values = dict(shown or copy_of or {})
        if copy_of is not None:
            for key in (
                "term",
                "starts_on",
                "ends_on",
                "registration_opens_on",
                "registration_closes_on",
            ):
                values[key] = None
        self.name = QLineEdit(values.get("name") or "")
        self.term = QLineEdit(values.get("term") or "")
        self.term.setPlaceholderText(self.tr("e.g. HT2027"))
        self.dates = {
            key: QLineEdit(values.get(key) or "")
            for key in ("starts_on", "ends_on", "registration_opens_on", "registration_closes_on")
        }
        for edit in self.dates.values():
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.place = QLineEdit(values.get("place") or "")
        self.seats = QSpinBox()
        self.seats.setRange(0, 100_000)
        self.seats.setValue(int(values.get("seats") or 0))
        self.seats.setSpecialValueText(self.tr("Not limited"))
        self.status = QComboBox()
        for key, text in ROUND_STATUS.items():
            self.status.addItem(QCoreApplication.translate("Courses", text), key)
        self.status.setCurrentIndex(max(0, self.status.findData(values.get("status") or "open")))
        self.price = QLineEdit(ore_to_kronor(values.get("price_ore")))
        self.price.setPlaceholderText(self.tr("kronor, e.g. 4 500"))
        self.price.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.add_field("name", self.tr("Name:"), self.name)
        self.add_field("term", self.tr("Term:"), self.term)
        self.add_field("starts_on", self.tr("Starts:"), self.dates["starts_on"])
        self.add_field("ends_on", self.tr("Ends:"), self.dates["ends_on"])
        self.add_field("place", self.tr("Place:"), self.place)
        self.add_field("seats", self.tr("Seats:"), self.seats)
        self.add_field("status", self.tr("Status:"), self.status)
        self.add_field(
            "registration_opens_on",
            self.tr("Registration opens:"),
            self.dates["registration_opens_on"],
        )
        self.add_field(
            "registration_closes_on",
            self.tr("Registration closes:"),
            self.dates["registration_closes_on"],
        )
        self.add_field("price_ore", self.tr("Price (kr):"), self.price)
        self.finish_layout(
            self.tr("The sign-up form and the terms are set on the round's page.")
            if copy_of is not None
            else ""
        )
        self.name.setFocus()

    def values(self) -> dict[str, Any]:
        try:
            price = kronor_to_ore(self.price.text())
        except ValueError:
            raise ValidationError(
                "Write the price in kronor, such as 4 500 or 4 500,50", field="price_ore"
            ) from None
        return {
            "name": _text(self.name),
            "term": _text(self.term),
            **{key: _text(edit) or None for key, edit in self.dates.items()},
            "place": _text(self.place),
            "seats": self.seats.value(),
            "status": self.status.currentData(),
            "price_ore": price,
        }

    def create_args(self) -> dict[str, Any]:
        values = {k: v for k, v in self.values().items() if v is not None}
        return {"round_id": self.round_id, "course_id": self.course_id, **values}

    def extra(self) -> dict[str, Any]:
        return {"course_id": self.course_id}

    def row_id(self) -> str:
        return self.round_id


def open_course_dialog(
    ctx: AppContext, parent: QWidget, course_id: str | None, opened: Callable[[QDialog], None]
) -> None:
    """New course (``course_id`` None) or Edit course once its values are read; ``opened``
    gets the open dialog."""
    if course_id is None:
        show_dialog(CourseDialog(ctx, parent=parent), opened)
        return

    def show(shown: dict[str, Any]) -> None:
        if shown:
            show_dialog(CourseDialog(ctx, shown, course_id, parent), opened)

    load = DbOp(lambda c: load_course(c, course_id), parent=parent, label="course")
    load.success(show).run(ctx.ops)


def open_round_dialog(
    ctx: AppContext,
    parent: QWidget,
    round_id: str,
    opened: Callable[[QDialog], None],
    *,
    copy: bool = False,
) -> None:
    """Edit round ``round_id``, or (``copy``) a new round of its course starting from it."""

    def show(values: dict[str, Any]) -> None:
        if not values:
            return
        course_id = str(values["course_id"])
        dialog = (
            RoundDialog(ctx, course_id, copy_of=values, parent=parent)
            if copy
            else RoundDialog(ctx, course_id, shown=values, round_id=round_id, parent=parent)
        )
        show_dialog(dialog, opened)

    DbOp(lambda c: load_round_values(c, round_id), parent=parent, label="round").success(show).run(
        ctx.ops
    )


def show_dialog(dialog: QDialog, opened: Callable[[QDialog], None]) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    opened(dialog)
