"""Administration › Message templates… (issue 16; seed 002 "Meddelanden"): the tenant's
message templates grouped by event type, each with its language, state and version.

New… makes a draft for an event type and language (fixed after), Edit… changes its name
and texts (:class:`~desktop.admin.template_dialog.TemplateDialog`, undone with
Edit › Undo), Publish… first says which bindings the publish changes, then makes the draft
what is sent (``message_template.publish``; the version counts up). The templates are a
synced table: everything works offline and is sent at the next sync.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox, QWidget
from sqlalchemy import select

from desktop.admin.template_dialog import TEMPLATE_COMMANDS, TemplateDialog, language_text
from desktop.admin.template_texts import event_text
from desktop.common.domain_text import domain_message
from desktop.common.layouts import hbox, vbox
from desktop.common.palette import HINT_STYLE
from desktop.common.row_dialog import show_dialog
from desktop.common.rows_model import Column
from desktop.common.rows_window import RowsWindow
from desktop.common.values import Record
from desktop.common.widgets import open_action, push_button
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import DbOp, OpContext
from models.commands import registered
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


def bindings_changed(c: OpContext, template_id: str) -> list[str]:
    """What publishing ``template_id`` changes: its bindings, described (none yet: the
    bindings come with the table ``notification_binding``)."""
    del c, template_id
    return []


class TemplatesWindow(RowsWindow):
    """Administration › Message templates… (one window, not modal)."""

    watched = ("message_template", "notification_binding")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, COLUMNS, name="message_templates", widths=(600, 240, 90, 110), parent=parent
        )
        self.confirmation: QMessageBox | None = None
        self.setWindowTitle(self.tr("Message templates"))
        self.table.set_empty_text(
            self.tr(
                "No templates yet: Kansli sends its shipped texts. New… makes one for an event."
            )
        )
        self.may_edit = registered()[(TEMPLATE_COMMANDS.create, 1)].may_run(ctx.actor.roles)
        self.new_button = push_button(
            self.tr("&New…"), self.new, self.tr("A template for an event")
        )
        self.edit_button = push_button(self.tr("&Edit…"), self.edit)
        self.publish_button = push_button(
            self.tr("&Publish…"), self.publish, self.tr("Make the draft what is sent")
        )
        self.new_button.setEnabled(self.may_edit)
        open_action(self.table, self.tr("Edit"), self.edit)
        self.drafts_only = QCheckBox(self.tr("Drafts only"))
        self.drafts_only.toggled.connect(lambda _on: self.reload())
        hint = QLabel(
            self.tr(
                "A template is edited as a draft; what is sent changes only when it is "
                "published. Placeholders such as {participant_name} are filled when sent."
            )
        )
        hint.setStyleSheet(HINT_STYLE)
        hint.setWordWrap(True)
        vbox(
            self,
            hbox(self.new_button, self.edit_button, self.publish_button, None, self.drafts_only),
            (self.table, 1),
            self.message,
            hint,
            hbox(None, push_button(self.tr("Close"), self.close)),
        )
        self.resize(1200, 560)
        self.reload()

    # -- the list ----------------------------------------------------------------------

    def load(self, c: OpContext) -> list[Record]:
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
        row = self.selected()
        self.edit_button.setEnabled(self.may_edit and row is not None)
        self.publish_button.setEnabled(self.may_edit and row is not None and not row["published"])

    # -- actions -----------------------------------------------------------------------

    def new(self) -> None:
        if self.may_edit:
            show_dialog(TemplateDialog(self.ctx, parent=self), self.opened)

    def edit(self) -> None:
        row = self.selected()
        if row is not None and self.may_edit:
            show_dialog(TemplateDialog(self.ctx, row, self), self.opened)

    def publish(self) -> None:
        """Say what the publish changes, then publish once the user agrees."""
        row = self.selected()
        if row is None or row["published"] or not self.may_edit:
            return
        template_id = str(row["id"])
        DbOp(lambda c: bindings_changed(c, template_id), parent=self, label="bindings").success(
            lambda bindings: self._confirm_publish(row, bindings)
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
