"""New course / Edit course and New round / Edit round / Copy round to a new term (issue 15),
on the shared create/edit dialog (:class:`desktop.common.row_dialog.RowDialog`): the values
are checked by ``course.create`` / ``round.create`` before anything is queued; a refusal
(a round that ends before it starts) is shown next to the field it names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from desktop.common.row_dialog import RowDialog, parsed_field, show_dialog
from desktop.context import AppContext
from desktop.courses.editing import COMMANDS, ROUND_STATUS, load_course, load_round_values
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import DbOp
from desktop.people.person_field import PersonField
from models.ids import new_id

QT_TRANSLATE_NOOP("Validation", "Registration closes before it opens")
QT_TRANSLATE_NOOP("Validation", "Write the price in kronor, such as 4 500 or 4 500,50")
AMOUNT_TEXT = QT_TRANSLATE_NOOP(
    "Validation", "Write the amount in kronor, such as 1 000 or 1 000,50"
)

__all__ = [
    "CourseDialog",
    "RoundDialog",
    "kronor_to_ore",
    "open_course_dialog",
    "open_round_dialog",
    "ore_field",
    "ore_to_kronor",
    "show_dialog",
]


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


def ore_field(text: str, field: str) -> int:
    """The kronor a form's ``field`` holds, as öre (empty: 0); else a ValidationError there."""
    return parsed_field(kronor_to_ore, text, field, AMOUNT_TEXT) or 0


def ore_to_kronor(ore: int | None) -> str:
    """öre as the kronor a form shows: 125050 -> "1250,50", 120000 -> "1200"."""
    if ore is None:
        return ""
    kronor, rest = divmod(ore, 100)
    return f"{kronor},{rest:02d}" if rest else str(kronor)


def _text(widget: QLineEdit) -> str:
    return widget.text().strip()


class CourseDialog(RowDialog):
    """New course (``shown`` None) or Edit course (``shown``: its values, see ``load_course``)."""

    commands = COMMANDS["course"]
    titles = (
        QT_TRANSLATE_NOOP("CourseDialog", "New course"),
        QT_TRANSLATE_NOOP("CourseDialog", "Edit course"),
    )

    def __init__(
        self,
        ctx: AppContext,
        shown: dict[str, Any] | None = None,
        course_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, None, shown, parent)
        self.course_id = course_id or new_id()
        values = shown or {}
        self.name = QLineEdit(values.get("name", ""))
        self.code = QLineEdit(values.get("code", ""))
        self.category = QLineEdit(values.get("category", ""))
        self.description = QPlainTextEdit(values.get("description", ""))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        self.leader = PersonField(ctx, self.tr("No course leader"), self.tr("Choose course leader"))
        self.leader.set_person(values.get("leader_id"), values.get("leader_name"))
        self.add_field("name", self.tr("Name:"), self.name)
        self.add_field("code", self.tr("Code:"), self.code)
        self.add_field("category", self.tr("Category:"), self.category)
        self.add_field("description", self.tr("Description:"), self.description)
        self.add_field("leader_id", self.tr("Course leader:"), self.leader)
        self.finish_layout()
        self.name.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "name": _text(self.name),
            "code": _text(self.code),
            "category": _text(self.category),
            "description": self.description.toPlainText().strip(),
            "leader_id": self.leader.person_id,
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

    commands = COMMANDS["course_round"]

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
        # A partner course (issue 17): pairs sign up together; also on the round's page.
        self.partner = self.add_field(
            "partner_course",
            self.tr("Partner course:"),
            QCheckBox(self.tr("Participants sign up in pairs")),
        )
        self.partner.setChecked(bool(values.get("partner_course")))
        #: A copy can take the round's sessions along, moved with the start date.
        self.copy_from = str((copy_of or {}).get("id") or "")
        self.copy_sessions: QCheckBox | None = None
        if copy_of is not None and copy_of.get("sessions"):
            count = int(copy_of["sessions"])
            self.copy_sessions = QCheckBox(
                self.tr("Copy its %n session(s), moved with the start date", "", count)
            )
            self.copy_sessions.setChecked(True)
            self.form.addRow("", self.copy_sessions)
        self.finish_layout(
            self.tr("The sign-up form and the terms are set on the round's page.")
            if copy_of is not None
            else ""
        )
        self.name.setFocus()

    def values(self) -> dict[str, Any]:
        price = parsed_field(
            kronor_to_ore,
            self.price.text(),
            "price_ore",
            "Write the price in kronor, such as 4 500 or 4 500,50",
        )
        return {
            "name": _text(self.name),
            "term": _text(self.term),
            **{key: _text(edit) or None for key, edit in self.dates.items()},
            "place": _text(self.place),
            "seats": self.seats.value(),
            "status": self.status.currentData(),
            "price_ore": price,
            "partner_course": self.partner.isChecked(),
        }

    def extra(self) -> dict[str, Any]:
        copying = self.copy_sessions is not None and self.copy_sessions.isChecked()
        return {"course_id": self.course_id} | (
            {"copy_sessions_from": self.copy_from} if copying else {}
        )

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
