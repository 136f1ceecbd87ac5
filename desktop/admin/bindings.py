"""Administration › Notification bindings… (issue 16; seed 002 "Koppla meddelande till
händelse"): which template an event sends, where, to whom and how.

A binding names an event type, a template made for it (or Kansli's shipped text), a scope
(the whole organisation, or one category, course, round, agent, customer or contract,
chosen from the local database), its recipients (the participant, the approving manager,
the contacts in the role Notification recipient, the static recipients) and its channels
(e-mail, SMS). New… / Edit… (:class:`BindingDialog`) and Archive are commands
(``notification_binding.*``), undone with Edit › Undo, offline too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QSizePolicy, QWidget

from desktop.admin.notification_queries import scope_choices, template_choices
from desktop.admin.template_dialog import language_text
from desktop.admin.template_texts import event_combo, event_text
from desktop.common.layouts import hbox, vbox
from desktop.common.rows_model import Column
from desktop.common.rows_window import ListedRowDialog
from desktop.common.values import Record
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import DbOp, OpContext
from desktop.operations.rows import RowCommands
from models.errors import ValidationError
from models.notifications import Channel, RecipientKind, ScopeKind

C = "Bindings"
BINDING_COMMANDS = RowCommands.of("notification_binding", id_arg="binding_id")
SCOPES = {
    ScopeKind.TENANT: QT_TRANSLATE_NOOP("Bindings", "The whole organisation"),
    ScopeKind.CATEGORY: QT_TRANSLATE_NOOP("Bindings", "Person category"),
    ScopeKind.COURSE: QT_TRANSLATE_NOOP("Bindings", "Course"),
    ScopeKind.ROUND: QT_TRANSLATE_NOOP("Bindings", "Course round"),
    ScopeKind.AGENT: QT_TRANSLATE_NOOP("Bindings", "Agent"),
    ScopeKind.CUSTOMER: QT_TRANSLATE_NOOP("Bindings", "Customer"),
    ScopeKind.CONTRACT: QT_TRANSLATE_NOOP("Bindings", "Contract"),
}
RECIPIENTS = {
    RecipientKind.PARTICIPANT: QT_TRANSLATE_NOOP("Bindings", "The participant"),
    RecipientKind.APPROVING_MANAGER: QT_TRANSLATE_NOOP("Bindings", "The approving manager"),
    RecipientKind.CONTACTS: QT_TRANSLATE_NOOP(
        "Bindings", "Contacts in the role Notification recipient"
    ),
    RecipientKind.STATIC: QT_TRANSLATE_NOOP("Bindings", "Static recipients"),
    RecipientKind.INVOLVED: QT_TRANSLATE_NOOP(
        "Bindings", "Everyone the event is about (as without a binding)"
    ),
}
CHANNELS = {
    Channel.EMAIL: QT_TRANSLATE_NOOP("Bindings", "E-mail"),
    Channel.SMS: QT_TRANSLATE_NOOP("Bindings", "SMS"),
}
SHIPPED = QT_TRANSLATE_NOOP("Bindings", "Kansli's shipped text")


def _tr(source: str) -> str:
    return QCoreApplication.translate(C, source)


def listed(texts: dict[Any, str], values: list[str]) -> str:
    return ", ".join(_tr(texts[k]) for k in texts if k.value in values)


def template_text(row: Record) -> str:
    """The binding's template as listed: its name and language, or the shipped text."""
    if not row.get("template_id"):
        return _tr(SHIPPED)
    return f"{row['template_name']} ({language_text(row['template_language'])})"


def scope_text(row: Record) -> str:
    """The binding's scope: the whole organisation, or the kind and the row's name."""
    kind = _tr(SCOPES[ScopeKind(row["scope_kind"])])
    return f"{kind}: {row['scope_name']}" if row.get("scope_id") else kind


def describe(row: Record) -> str:
    """One line saying what a binding does (the publish's confirmation lists them)."""
    return " · ".join(
        (
            scope_text(row),
            listed(RECIPIENTS, row["recipients"]),
            listed(CHANNELS, row["channels"]),
        )
    )


def _column(key: str, title: str) -> Column:
    return Column(key, title, C)


COLUMNS = (
    _column("event", QT_TRANSLATE_NOOP("Bindings", "Event")),
    _column("template", QT_TRANSLATE_NOOP("Bindings", "Template")),
    _column("scope", QT_TRANSLATE_NOOP("Bindings", "Applies to")),
    _column("recipients_text", QT_TRANSLATE_NOOP("Bindings", "Recipients")),
    _column("channels_text", QT_TRANSLATE_NOOP("Bindings", "Channels")),
)


class BindingDialog(ListedRowDialog):
    """New binding (``row`` None) or Edit binding (``row``: as listed; its event is fixed)."""

    commands = BINDING_COMMANDS
    edited = ("template_id", "scope_kind", "scope_id", "recipients", "channels")
    titles = (
        QT_TRANSLATE_NOOP("BindingDialog", "New notification binding"),
        QT_TRANSLATE_NOOP("BindingDialog", "Edit notification binding"),
    )

    def build(self, row: Record | None) -> QWidget:
        values = self.shown or {"scope_kind": ScopeKind.TENANT.value, "channels": ["email"]}
        self.event_choice = event_combo()
        if row is None:
            self.add_field("event_type", self.tr("Event:"), self.event_choice)
            self.event_choice.currentIndexChanged.connect(lambda _i: self._load_templates())
        else:
            self.event_choice.setCurrentIndex(self.event_choice.findData(row["event_type"]))
            fixed = QLabel(event_text(row["event_type"]))
            self.add_field("event_type", self.tr("Event:"), fixed)
        self.template = QComboBox()
        self.template.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.add_field("template_id", self.tr("Template:"), self.template)
        self.scope_kind = QComboBox()
        for kind, text in SCOPES.items():
            self.scope_kind.addItem(_tr(text), kind.value)
        self.scope_kind.setCurrentIndex(self.scope_kind.findData(values["scope_kind"]))
        self.scope_row = QComboBox()
        self.scope_row.setAccessibleName(self.tr("Which one"))
        self.scope_row.setMinimumContentsLength(30)
        scope = QWidget()
        row_box = hbox(self.scope_kind, (self.scope_row, 1))
        row_box.setContentsMargins(0, 0, 0, 0)
        scope.setLayout(row_box)
        self.add_field("scope_id", self.tr("Applies to:"), scope)
        self.recipient_boxes = self._boxes("recipients", self.tr("Recipients:"), RECIPIENTS, values)
        self.channel_boxes = self._boxes("channels", self.tr("Channels:"), CHANNELS, values)
        self.finish_layout(
            self.tr(
                "The most specific binding of an event holds: a round's before its course's, "
                "a course's before the whole organisation's."
            )
        )
        self.setMinimumWidth(760)
        self.scope_kind.currentIndexChanged.connect(lambda _i: self._load_scope_rows())
        self._wanted = {
            "template_id": values.get("template_id"),
            "scope_id": values.get("scope_id"),
        }
        self._load_templates()
        self._load_scope_rows()
        return self.event_choice if row is None else self.template

    def _boxes(
        self, key: str, label: str, texts: dict[Any, str], values: dict[str, Any]
    ) -> dict[str, QCheckBox]:
        boxes = {kind.value: QCheckBox(_tr(text)) for kind, text in texts.items()}
        for value, box in boxes.items():
            box.setChecked(value in values.get(key, []))
        column = QWidget()
        layout = vbox(column, *boxes.values())
        layout.setContentsMargins(0, 0, 0, 0)
        self.add_field(key, label, column)
        return boxes

    def event_type(self) -> str:
        return str(self.event_choice.currentData())

    def _load_templates(self) -> None:
        event_type = self.event_type()
        DbOp(lambda c: template_choices(c, event_type), parent=self, label="templates").success(
            lambda rows: self._show_templates(event_type, rows)
        ).run(self.ctx.ops)

    def _show_templates(self, event_type: str, rows: list[tuple[str, str, str]]) -> None:
        if event_type != self.event_type():
            return  # the event changed meanwhile: its own answer follows
        wanted = self.template.currentData() if self.template.count() else None
        wanted = wanted or self._wanted.pop("template_id", None)
        self.template.clear()
        self.template.addItem(_tr(SHIPPED), None)
        for template_id, name, language in rows:
            self.template.addItem(f"{name} ({language_text(language)})", template_id)
        self.template.setCurrentIndex(max(0, self.template.findData(wanted)) if wanted else 0)

    def _load_scope_rows(self) -> None:
        kind = str(self.scope_kind.currentData())

        def run(c: OpContext) -> list[tuple[str, str]]:
            with c.read() as s:
                return scope_choices(s, kind)

        DbOp(run, parent=self, label="scope rows").success(
            lambda rows: self._show_scope_rows(kind, rows)
        ).run(self.ctx.ops)

    def _show_scope_rows(self, kind: str, rows: list[tuple[str, str]]) -> None:
        if kind != self.scope_kind.currentData():
            return
        wanted = self._wanted.pop("scope_id", None)
        self.scope_row.clear()
        for row_id, name in rows:
            self.scope_row.addItem(name, row_id)
        self.scope_row.setEnabled(kind != ScopeKind.TENANT)
        if wanted:
            self.scope_row.setCurrentIndex(max(0, self.scope_row.findData(wanted)))

    def values(self) -> dict[str, Any]:
        recipients = [k for k, box in self.recipient_boxes.items() if box.isChecked()]
        channels = [k for k, box in self.channel_boxes.items() if box.isChecked()]
        if not recipients:
            raise ValidationError(self.tr("Choose at least one recipient"), field="recipients")
        if not channels:
            raise ValidationError(self.tr("Choose e-mail, SMS or both"), field="channels")
        kind = str(self.scope_kind.currentData())
        scope_id = None if kind == ScopeKind.TENANT else self.scope_row.currentData()
        if kind != ScopeKind.TENANT and not scope_id:
            raise ValidationError(self.tr("Choose what the binding is for"), field="scope_id")
        return {
            "template_id": self.template.currentData(),
            "scope_kind": kind,
            "scope_id": scope_id,
            "recipients": recipients,
            "channels": channels,
        }

    def extra(self) -> dict[str, Any]:
        return {} if self.shown is not None else {"event_type": self.event_type()}

    def create_args(self) -> dict[str, Any]:
        return {"binding_id": self.id, "event_type": self.event_type(), **self.values()}

    def row_name(self, values: dict[str, Any]) -> str:
        return event_text(self.event_type())
