"""Administration's windows over the notification tables (issue 16; seed 002
"Meddelanden", "Koppla meddelande till händelse", "Statiska mottagare"), on the shared
:class:`~desktop.common.rows_window.RowsEditWindow`. Everything works offline: each change
is a command, sent at the next sync, undone with Edit › Undo.

- :class:`TemplatesWindow` (Message templates…): the tenant's templates grouped by event
  type, each with its language, state and version. New… makes a draft for an event type
  and language (fixed after), Edit… changes its name and texts
  (:class:`~desktop.admin.template_dialog.TemplateDialog`), Publish… first says which
  bindings the publish changes, then makes the draft what is sent
  (``message_template.publish``; the version counts up).
- :class:`BindingsWindow` (Notification bindings…): which template an event sends, where,
  to whom and how (:class:`~desktop.admin.bindings.BindingDialog`).
- :class:`RecipientsWindow` (Notification recipients…): the static recipients
  (:class:`~desktop.admin.recipients.RecipientDialog`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget
from sqlalchemy import select

from desktop.admin.bindings import (
    CHANNELS,
    RECIPIENTS,
    BindingDialog,
    describe,
    listed,
    scope_text,
    template_text,
)
from desktop.admin.bindings import COLUMNS as BINDING_COLUMNS
from desktop.admin.notification_queries import bindings_of_template, load_bindings, load_recipients
from desktop.admin.recipients import COLUMNS as RECIPIENT_COLUMNS
from desktop.admin.recipients import RecipientDialog
from desktop.admin.template_dialog import TemplateDialog, language_text
from desktop.admin.template_texts import event_text
from desktop.common.domain_text import domain_message
from desktop.common.row_dialog import show_dialog
from desktop.common.rows_model import Column
from desktop.common.rows_window import RowsEditWindow, WindowTexts
from desktop.common.values import Record
from desktop.common.widgets import push_button
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import DbOp, OpContext
from models.notifications import MessageTemplate, TemplateState

C = "Templates"
WATCHED = ("message_template", "notification_binding")


def _column(key: str, title: str, **kw: Any) -> Column:
    return Column(key, title, C, **kw)


COLUMNS = (
    _column("event", QT_TRANSLATE_NOOP("Templates", "Event")),
    _column("name", QT_TRANSLATE_NOOP("Templates", "Template")),
    _column("language_text", QT_TRANSLATE_NOOP("Templates", "Language")),
    _column("state_text", QT_TRANSLATE_NOOP("Templates", "State")),
    _column(
        "version",
        QT_TRANSLATE_NOOP("Templates", "Version"),
        align_right=True,
        header_tip=QT_TRANSLATE_NOOP(
            "Templates", "How many times it was published (0: never; nothing is sent from it)"
        ),
    ),
)
FIELDS = ("id", "event_type", "name", "language", "state", "version", "subject")


def load_templates(c: OpContext) -> list[Record]:
    """The tenant's live templates with their texts."""
    with c.read() as s:
        rows = s.scalars(select(MessageTemplate).where(MessageTemplate.deleted_at.is_(None)))
        return [
            {f: getattr(t, f) for f in (*FIELDS, "email_body", "sms_text")}
            | {"published": t.state == TemplateState.PUBLISHED}
            for t in rows
        ]


TEMPLATES_TEXTS = WindowTexts(
    title=QT_TRANSLATE_NOOP("TemplatesWindow", "Message templates"),
    empty=QT_TRANSLATE_NOOP(
        "TemplatesWindow",
        "No templates yet: Kansli sends its shipped texts. New… makes one for an event.",
    ),
    hint=QT_TRANSLATE_NOOP(
        "TemplatesWindow",
        "A template is edited as a draft; what is sent changes only when it is "
        "published. Placeholders such as {participant_name} are filled when sent.",
    ),
)


class TemplatesWindow(RowsEditWindow):
    """Administration › Message templates… (one window, not modal)."""

    texts, watched = TEMPLATES_TEXTS, ("notification_binding",)
    dialog = TemplateDialog
    columns, list_name = COLUMNS, "message_templates"
    widths, window_size = (600, 240, 90, 110), (1200, 560)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.publish_button = push_button(
            QCoreApplication.translate("TemplatesWindow", "&Publish…"),
            lambda: self.publish(),
            QCoreApplication.translate("TemplatesWindow", "Make the draft what is sent"),
        )
        self.language_button = push_button(
            QCoreApplication.translate("TemplatesWindow", "New &language version…"),
            lambda: self.new_language(),
            QCoreApplication.translate(
                "TemplatesWindow",
                "The same template in the other language: a binding sends each recipient "
                "the version in their language",
            ),
        )
        self.drafts_only = QCheckBox(QCoreApplication.translate("TemplatesWindow", "Drafts only"))
        self.drafts_only.toggled.connect(lambda _on: self.reload())
        self.confirmation: QMessageBox | None = None
        super().__init__(ctx, parent, buttons=[self.language_button, self.publish_button])
        self.toolbar.addWidget(self.drafts_only)
        self.new_button.setToolTip(self.tr("A template for an event"))

    # -- the list ----------------------------------------------------------------------

    def load(self, c: OpContext, *, archived: bool = False) -> list[Record]:
        return load_templates(c)

    def prepare(self, rows: list[Record]) -> list[Record]:
        if self.drafts_only.isChecked():
            rows = [r for r in rows if not r["published"]]
        for row in rows:
            row["event"] = event_text(row["event_type"])
            row["language_text"] = language_text(row["language"])
            row["state_text"] = self.tr("Published") if row["published"] else self.tr("Draft")
        # Grouped by event type, then by name and language.
        return sorted(
            rows, key=lambda r: (r["event"].casefold(), r["name"].casefold(), r["language"])
        )

    def update_actions(self) -> None:
        super().update_actions()
        row = self.selected()
        self.publish_button.setEnabled(self.may_edit and row is not None and not row["published"])
        self.language_button.setEnabled(self.may_edit and row is not None)

    # -- actions -----------------------------------------------------------------------

    def new_language(self) -> None:
        """A new template of the chosen one's event type and name in the other language,
        its texts to translate."""
        row = self.selected()
        if row is not None and self.may_edit:
            dialog = TemplateDialog(self.ctx, None, self)
            dialog.copy_from(row)
            show_dialog(dialog, self.opened)

    def publish(self) -> None:
        """Say what the publish changes, then publish once the user agrees."""
        row = self.selected()
        if row is None or row["published"] or not self.may_edit:
            return
        template_id = str(row["id"])
        DbOp(lambda c: bindings_of_template(c, template_id), parent=self, label="bindings").success(
            lambda bindings: self._confirm_publish(row, [describe(b) for b in bindings])
        ).run(self.ctx.ops)

    def _confirm_publish(self, row: Record, bindings: list[str]) -> None:
        version = int(row["version"]) + 1
        text = (
            self.tr("Publish “%1” as version %2?")
            .replace("%1", row["name"])
            .replace("%2", str(version))
        )
        if bindings:
            detail = (
                self.tr("What these bindings send changes at once:")
                + "\n"
                + "\n".join(f"• {b}" for b in bindings)
            )
        else:
            detail = self.tr(
                "No binding sends this template yet: publishing changes nothing that is sent "
                "until a binding names it."
            )
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Publish template"), text, parent=self)
        box.setInformativeText(detail)
        publish = box.addButton(self.tr("Publish"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(publish)
        self.confirmation = box
        box.finished.connect(
            lambda _r: self._published_confirmed(row) if box.clickedButton() is publish else None
        )
        box.open()

    def _published_confirmed(self, row: Record) -> None:
        args = {"template_id": row["id"], "expected_version": int(row["version"])}

        def run(c: OpContext) -> None:
            c.execute(c.command("message_template.publish", args))

        name, version = str(row["name"]), int(row["version"]) + 1
        DbOp(run, parent=self, label="publish").success(
            lambda _r: self.say(
                self.tr("Published %1 as version %2.")
                .replace("%1", name)
                .replace("%2", str(version))
            )
        ).failure(lambda exc: self.say(domain_message(exc), error=True)).run(self.ctx.ops)


BINDINGS_TEXTS = WindowTexts(
    title=QT_TRANSLATE_NOOP("BindingsWindow", "Notification bindings"),
    empty=QT_TRANSLATE_NOOP(
        "BindingsWindow",
        "No bindings yet: New… says which template an event sends, to whom and how.",
    ),
    hint=QT_TRANSLATE_NOOP(
        "BindingsWindow",
        "An event with no binding sends Kansli's shipped text to the recipients it always had.",
    ),
    archive_tip=QT_TRANSLATE_NOOP("BindingsWindow", "The binding sends nothing more"),
)


class BindingsWindow(RowsEditWindow):
    """Administration › Notification bindings… (one window, not modal)."""

    texts, watched = BINDINGS_TEXTS, ("message_template",)
    dialog = BindingDialog
    columns, list_name = BINDING_COLUMNS, "notification_bindings"
    widths, window_size = (420, 220, 240, 260), (1300, 560)

    load = staticmethod(load_bindings)

    def prepare(self, rows: list[Record]) -> list[Record]:
        for row in rows:
            row["event"] = event_text(row["event_type"])
            row["template"] = template_text(row)
            row["scope"] = scope_text(row)
            row["recipients_text"] = listed(RECIPIENTS, row["recipients"])
            row["channels_text"] = listed(CHANNELS, row["channels"])
        self.mark_archived(rows, "event")
        return sorted(rows, key=lambda r: (r["event"].casefold(), r["scope"].casefold()))

    def row_name(self, row: Record) -> str:
        return f"{row.get('event_plain') or row['event']} ({row['scope']})"


RECIPIENTS_TEXTS = WindowTexts(
    title=QT_TRANSLATE_NOOP("RecipientsWindow", "Notification recipients"),
    empty=QT_TRANSLATE_NOOP(
        "RecipientsWindow",
        "No static recipients yet: New… adds a person who gets notifications.",
    ),
    hint=QT_TRANSLATE_NOOP(
        "RecipientsWindow",
        "Static recipients get what a binding sends to static recipients, "
        "by e-mail and SMS as the binding says.",
    ),
    archive_tip=QT_TRANSLATE_NOOP("RecipientsWindow", "The person gets no more notifications"),
)


class RecipientsWindow(RowsEditWindow):
    """Administration › Notification recipients… (one window, not modal)."""

    texts, watched = RECIPIENTS_TEXTS, ("person", "person_email", "person_phone")
    dialog = RecipientDialog
    columns, list_name = RECIPIENT_COLUMNS, "notification_recipients"
    widths, window_size = (220, 200, 300, 180), (1100, 520)

    load = staticmethod(load_recipients)

    def prepare(self, rows: list[Record]) -> list[Record]:
        rows = sorted(rows, key=lambda r: str(r["name"]).casefold())
        self.mark_archived(rows, "name")
        return rows
