"""New / Edit message template (issue 16), on the shared
:class:`~desktop.common.row_dialog.RowDialog`.

Left, the template: its event type and language (chosen when it is made, fixed after),
name, subject, e-mail text and SMS text with a live count of characters and SMS parts.
Each text is checked as it is typed by the rule the commands apply
(:func:`models.notifications.check_text`), the refusal under the field in the user's
language. Right, the event type's placeholders with what each holds: a double click (or
Insert) puts one at the cursor of the text last edited; under them the preview renders
the draft with the values of a row chosen from the local database
(:func:`models.notification_values.values_for`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTextBrowser,
    QWidget,
)
from sqlalchemy import Select, select
from sqlalchemy.orm import InstrumentedAttribute

from desktop.admin.template_texts import event_combo, event_text, placeholder_rows
from desktop.common.domain_text import domain_message
from desktop.common.layouts import hbox, vbox
from desktop.common.palette import HINT_STYLE
from desktop.common.rows_window import ListedRowDialog
from desktop.common.values import Record
from desktop.common.widgets import SearchField, push_button
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import DbOp, Latest, OpContext
from desktop.operations.rows import RowCommands
from models.agent_orders import AgentOrder
from models.courses import Course, CourseRound, Registration
from models.errors import DomainError
from models.notification_values import ValueSource, source_of, values_for
from models.notifications import EVENTS, TEXT_FIELDS, Language, check_text, render
from models.organisations import Organisation
from models.people import Person
from models.sms_text import sms_length

TEMPLATE_COMMANDS = RowCommands(
    "message_template", "message_template.create", "message_template.edit", "template_id"
)
#: The languages a template is written in, as the lists name them.
LANGUAGES = {
    Language.SV.value: QT_TRANSLATE_NOOP("Templates", "Swedish"),
    Language.EN.value: QT_TRANSLATE_NOOP("Templates", "English"),
}
#: How many rows the preview offers to choose from (the newest first; a search narrows).
PREVIEW_ROWS = 200


def language_text(language: str) -> str:
    source = LANGUAGES.get(language)
    return QCoreApplication.translate("Templates", source) if source else language


def _choices(
    query: Select[str, str, str], newest: InstrumentedAttribute[Any], search: str
) -> Select[str, str, str]:
    """``query`` (selecting a row's id and the two columns of its label) limited to the
    live rows of ``newest``'s table whose label contains ``search``, newest first."""
    row = newest.class_
    query = query.where(row.deleted_at.is_(None)).order_by(newest.desc(), row.id)
    if search.strip():
        like = f"%{search.strip()}%"
        _id, first, second = query.selected_columns
        query = query.where(first.ilike(like) | second.ilike(like))
    return query.limit(PREVIEW_ROWS)


def preview_choices(c: OpContext, event_type: str, search: str) -> list[tuple[str, str]]:
    """The rows the preview of ``event_type`` can take its values from, as (id, label):
    registrations (participant — round), rounds (course — round) or agent orders
    (number — customer), newest first."""
    source = source_of(event_type)
    if source is ValueSource.REGISTRATION:
        name = Person.first_name + " " + Person.last_name
        query = (
            select(Registration.id, name, CourseRound.name)
            .join(Person, Person.id == Registration.participant_id)
            .join(CourseRound, CourseRound.id == Registration.round_id)
        )
        query = _choices(query, Registration.created_at, search)
    elif source is ValueSource.ROUND:
        query = select(CourseRound.id, Course.name, CourseRound.name)
        query = query.join(Course, Course.id == CourseRound.course_id)
        query = _choices(query, CourseRound.starts_on, search)
    elif source is ValueSource.AGENT_ORDER:
        query = select(AgentOrder.id, AgentOrder.number, Organisation.name)
        query = query.join(Organisation, Organisation.id == AgentOrder.customer_organisation_id)
        query = _choices(query, AgentOrder.ordered_at, search)
    else:
        return []
    with c.read() as s:
        rows = s.execute(query).all()
    return [(str(row_id), f"{first} — {second}") for row_id, first, second in rows]


def round_labels() -> dict[str, str]:
    """The words of ``{round_details}`` in the user's language."""
    return {
        "course": QCoreApplication.translate("Templates", "Course"),
        "round": QCoreApplication.translate("Templates", "Course round"),
        "dates": QCoreApplication.translate("Templates", "Dates"),
        "place": QCoreApplication.translate("Templates", "Place"),
        "session": QCoreApplication.translate("Templates", "Session"),
    }


class TemplateDialog(ListedRowDialog):
    """New template (``row`` None) or Edit template (``row``: the template as listed)."""

    commands = TEMPLATE_COMMANDS
    edited = ("name", *TEXT_FIELDS)
    titles = (
        QT_TRANSLATE_NOOP("TemplateDialog", "New message template"),
        QT_TRANSLATE_NOOP("TemplateDialog", "Edit message template"),
    )

    def build(self, row: Record | None) -> QWidget:
        self.event_choice = event_combo()
        self.language = QComboBox()
        for value in LANGUAGES:
            self.language.addItem(language_text(value), value)
        if row is None:
            self.add_field("event_type", self.tr("Event:"), self.event_choice)
            self.add_field("language", self.tr("Language:"), self.language)
            self.event_choice.currentIndexChanged.connect(lambda _i: self._event_changed())
        else:
            self.event_choice.setCurrentIndex(self.event_choice.findData(row["event_type"]))
            self.language.setCurrentIndex(self.language.findData(row["language"]))
            fixed = QLabel(
                self.tr("%1 · %2")
                .replace("%1", event_text(row["event_type"]))
                .replace("%2", language_text(row["language"]))
            )
            fixed.setWordWrap(True)
            self.add_field("event_type", self.tr("Event:"), fixed)
        values = self.shown or {}
        self.name = QLineEdit(values.get("name", ""))
        self.subject = QLineEdit(values.get("subject", ""))
        self.email_body = QPlainTextEdit(values.get("email_body", ""))
        self.sms_text = QPlainTextEdit(values.get("sms_text", ""))
        self.email_body.setMinimumHeight(300)
        self.sms_text.setFixedHeight(80)
        self.sms_count = QLabel()
        self.sms_count.setStyleSheet(HINT_STYLE)
        self.add_fields(
            ("name", self.tr("Name:"), self.name),
            ("subject", self.tr("Subject:"), self.subject),
            ("email_body", self.tr("E-mail text:"), self.email_body),
            ("sms_text", self.tr("SMS text:"), self.sms_text),
        )
        self.form.addRow("", self.sms_count)
        #: The text a placeholder goes into (the one last edited; the e-mail text first).
        self.target: QLineEdit | QPlainTextEdit = self.email_body
        self._build_side()
        self.finish_layout()
        self._preview_timer = QTimer(self, singleShot=True, interval=150)
        self._preview_timer.timeout.connect(self.render_preview)
        self.subject.textChanged.connect(lambda _t: self._texts_changed())
        self.email_body.textChanged.connect(self._texts_changed)
        self.sms_text.textChanged.connect(self._texts_changed)
        for text in (self.subject, self.email_body, self.sms_text):
            text.installEventFilter(self)
        self.preview_values: dict[str, str] = {}
        self._event_changed()
        return self.event_choice if row is None else self.name

    # -- building --------------------------------------------------------------------

    def _build_side(self) -> None:
        self.placeholders = QListWidget()
        self.placeholders.setAccessibleName(self.tr("Placeholders"))
        self.placeholders.setWordWrap(True)
        self.placeholders.itemDoubleClicked.connect(lambda item: self.insert(item))
        self.insert_button = push_button(
            self.tr("&Insert"),
            lambda: self.insert(self.placeholders.currentItem()),
            self.tr("Put the chosen placeholder at the cursor of the text last edited"),
        )
        self.preview_search = SearchField(self.tr("Search a row for the preview…"))
        #: Only the newest read of the rows (search as you type) and of a row's values runs.
        self._choices_read, self._values_read = Latest(), Latest()
        self.preview_search.search_changed.connect(lambda _t: self._load_choices())
        self.preview_row = QComboBox()
        self.preview_row.setAccessibleName(self.tr("Preview with"))
        self.preview_row.currentIndexChanged.connect(lambda _i: self._load_values())
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview_note = QLabel()
        self.preview_note.setStyleSheet(HINT_STYLE)
        self.preview_note.setWordWrap(True)
        placeholders = QGroupBox(self.tr("Placeholders"))
        vbox(placeholders, (self.placeholders, 1), hbox(None, self.insert_button))
        preview = QGroupBox(self.tr("Preview"))
        vbox(
            preview,
            hbox(self.preview_search, (self.preview_row, 1)),
            (self.preview, 1),
            self.preview_note,
        )
        self.side = QWidget()
        layout = vbox(self.side, (placeholders, 2), (preview, 3))
        layout.setContentsMargins(0, 0, 0, 0)

    def finish_layout(self, note: str = "") -> None:
        left = QWidget()
        layout = vbox(left, self.form, self.error, None)
        layout.setContentsMargins(0, 0, 0, 0)
        vbox(self, hbox((left, 3), (self.side, 2)), self.buttons)
        self.resize(1240, 720)

    # -- behaviour -------------------------------------------------------------------

    def copy_from(self, row: Record) -> None:
        """Start from ``row``: its event type (fixed) and name, the other language, its
        texts to translate."""
        self.event_choice.setCurrentIndex(self.event_choice.findData(row["event_type"]))
        self.event_choice.setEnabled(False)
        other = next(v for v in LANGUAGES if v != row["language"])
        self.language.setCurrentIndex(self.language.findData(other))
        self.name.setText(row["name"])
        self.subject.setText(row["subject"])
        self.email_body.setPlainText(row["email_body"])
        self.sms_text.setPlainText(row["sms_text"])
        self.language.setFocus()

    def event_type(self) -> str:
        return str(self.event_choice.currentData())

    def _event_changed(self) -> None:
        self.placeholders.clear()
        for name, meaning in placeholder_rows(self.event_type()):
            item = QListWidgetItem(f"{name} — {meaning}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.placeholders.addItem(item)
        self.placeholders.setCurrentRow(0)
        self.preview_row.clear()
        self._load_choices()
        self._texts_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The text that takes the focus is where a placeholder goes."""
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit | QPlainTextEdit):
            self.target = watched
        return super().eventFilter(watched, event)

    def insert(self, item: QListWidgetItem | None) -> None:
        """Put ``item``'s placeholder at the cursor of the text last edited."""
        if item is None:
            return
        text = str(item.data(Qt.ItemDataRole.UserRole))
        if isinstance(self.target, QLineEdit):
            self.target.insert(text)
        else:
            self.target.insertPlainText(text)
        self.target.setFocus()

    def texts(self) -> dict[str, str]:
        """The subject, e-mail text and SMS text as typed (trimmed)."""
        edits: tuple[QLineEdit | QPlainTextEdit, ...] = (
            self.subject,
            self.email_body,
            self.sms_text,
        )
        return {
            field: (edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()).strip()
            for field, edit in zip(TEXT_FIELDS, edits, strict=True)
        }

    def _texts_changed(self) -> None:
        """Check each text as the server would and count the SMS; then the preview."""
        for field, text in self.texts().items():
            label = self.errors[field]
            try:
                check_text(self.event_type(), text, field=field)
            except DomainError as exc:
                label.setText(domain_message(exc))
                label.show()
            else:
                label.clear()
                label.hide()
        self._preview_timer.start()

    def _load_choices(self) -> None:
        event_type, search = self.event_type(), self.preview_search.text()
        op = DbOp(
            lambda c: preview_choices(c, event_type, search), parent=self, label="preview rows"
        )
        op.success(lambda choices: self._show_choices(event_type, search, choices))
        self._choices_read.run(op, self.ctx.ops)

    def _show_choices(self, event_type: str, search: str, choices: list[tuple[str, str]]) -> None:
        if (event_type, search) != (self.event_type(), self.preview_search.text()):
            return  # asked before the event or the search changed: the newer answer follows
        chosen = self.preview_row.currentData()
        self.preview_row.blockSignals(True)
        self.preview_row.clear()
        for row_id, label in choices:
            self.preview_row.addItem(label, row_id)
        at = self.preview_row.findData(chosen) if chosen else -1
        self.preview_row.setCurrentIndex(max(at, 0) if choices else -1)
        self.preview_row.blockSignals(False)
        self.preview_row.setEnabled(bool(choices))
        self._load_values()

    def _load_values(self) -> None:
        row_id = self.preview_row.currentData()
        if not row_id:
            self._values_read.cancel()
            self.preview_values = {}
            self.render_preview()
            return
        event_type, tenant, labels = self.event_type(), self.ctx.tenant_name, round_labels()

        def run(c: OpContext) -> dict[str, str]:
            with c.read() as s:
                return values_for(s, event_type, str(row_id), tenant=tenant, labels=labels)

        op = DbOp(run, parent=self, label="preview values").success(
            lambda values: self._show_values(event_type, str(row_id), values)
        )
        op.failure(lambda _exc: self._show_values(event_type, str(row_id), {}))
        self._values_read.run(op, self.ctx.ops)

    def _show_values(self, event_type: str, row_id: str, values: dict[str, str]) -> None:
        """The values of the row chosen (a row since removed by a sync gives none)."""
        if (event_type, row_id) != (self.event_type(), self.preview_row.currentData()):
            return
        self.preview_values = values
        self.render_preview()

    def render_preview(self) -> None:
        """The draft's texts with the chosen row's values; a value the row cannot give
        (a personal link, made when it is sent) shows as its placeholder's name."""
        spec = EVENTS.get(self.event_type())  # type: ignore[call-overload]
        names = spec.placeholders if spec else {}
        values = {name: f"[{name}]" for name in names} | self.preview_values
        blocks: list[str] = []
        for field, title in (
            ("subject", self.tr("Subject")),
            ("email_body", self.tr("E-mail")),
            ("sms_text", self.tr("SMS")),
        ):
            text = self.texts()[field]
            try:
                check_text(self.event_type(), text, field=field)
                rendered = render(text, values)
            except DomainError:
                rendered = self.tr("(fix the text first)")
            blocks.append(f"── {title} ──\n{rendered}")
            if field == "sms_text":
                self._count_sms(rendered if text else "")
        self.preview.setPlainText("\n\n".join(blocks))
        if self.preview_row.count() == 0:
            self.preview_note.setText(
                self.tr("No row to take values from: the placeholders show their names.")
                if source_of(self.event_type()) is None
                else self.tr(
                    "Nothing in the local database matches: the placeholders show their names."
                )
            )
        else:
            self.preview_note.setText(
                self.tr("Values the sending makes (such as personal links) show their names.")
            )

    def _count_sms(self, text: str) -> None:
        """The SMS as the preview renders it, in characters and parts."""
        length = sms_length(text)
        count = self.tr("%n character(s)", "", length.characters)
        parts = self.tr("%n SMS", "", length.parts)
        self.sms_count.setText(
            (
                self.tr(
                    "As previewed: %1, %2 (%3 per SMS: a character outside the SMS alphabet "
                    "makes it 70)"
                )
                if length.unicode
                else self.tr("As previewed: %1, %2 (%3 per SMS)")
            )
            .replace("%1", count)
            .replace("%2", parts)
            .replace("%3", str(length.per_part))
        )

    # -- saving ----------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        texts = self.texts()
        for field, text in texts.items():
            check_text(self.event_type(), text, field=field)
        return {"name": self.name.text().strip(), **texts}

    def extra(self) -> dict[str, Any]:
        if self.shown is not None:
            return {}
        return {"event_type": self.event_type(), "language": str(self.language.currentData())}

    def create_args(self) -> dict[str, Any]:
        return {
            "template_id": self.id,
            "event_type": self.event_type(),
            "language": str(self.language.currentData()),
            **self.values(),
        }
