"""The sync issues list: every command the server refused, what it said, and a choice.

For each refusal: what you did, what the server said ("already denied by
A. Berg at 14:02"), the server's current values, and Discard / Edit and
retry. A refused person edit opens side by side: yours, theirs, and a
choice per field. Nothing disappears without the user seeing it.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTextBrowser,
    QWidget,
)

from desktop.common.layouts import close_buttons, hbox, ok_cancel, vbox
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP, format_datetime
from desktop.operations import Changes, DbOp
from desktop.sync_ui.operations import Issue, describe_args, discard, load_issues, retry
from models.errors import DomainError

COMMANDS = {
    "person.create": QT_TRANSLATE_NOOP("SyncIssues", "Create person"),
    "person.edit": QT_TRANSLATE_NOOP("SyncIssues", "Edit person"),
    "person.add_email": QT_TRANSLATE_NOOP("SyncIssues", "Add e-mail address"),
    "person.remove_email": QT_TRANSLATE_NOOP("SyncIssues", "Remove e-mail address"),
    "person.add_phone": QT_TRANSLATE_NOOP("SyncIssues", "Add phone number"),
    "person.set_category": QT_TRANSLATE_NOOP("SyncIssues", "Set category"),
    "course.create": QT_TRANSLATE_NOOP("SyncIssues", "Create course"),
    "round.create": QT_TRANSLATE_NOOP("SyncIssues", "Create course round"),
    "round.set_terms": QT_TRANSLATE_NOOP("SyncIssues", "Set the round's terms"),
    "registration.create": QT_TRANSLATE_NOOP("SyncIssues", "Add registration"),
    "registration.set_manager": QT_TRANSLATE_NOOP("SyncIssues", "Set approving manager"),
    "registration.request_approval": QT_TRANSLATE_NOOP(
        "SyncIssues", "Send request to approving manager"
    ),
    "registration.remove_approval": QT_TRANSLATE_NOOP("SyncIssues", "Remove approval"),
    "registration.cancel": QT_TRANSLATE_NOOP("SyncIssues", "Cancel registration"),
    "signup_form.set": QT_TRANSLATE_NOOP("SyncIssues", "Change sign-up form"),
    "form_element.add": QT_TRANSLATE_NOOP("SyncIssues", "Add question to sign-up form"),
    "form_element.remove": QT_TRANSLATE_NOOP("SyncIssues", "Remove question from sign-up form"),
    "alumni.decide": QT_TRANSLATE_NOOP("SyncIssues", "Alumni decision"),
    "alumni.rule_set": QT_TRANSLATE_NOOP("SyncIssues", "Change alumni rule"),
}

#: The fields of the field-edit commands (models.commands.edits), as a user names them.
FIELDS = {
    "first_name": QT_TRANSLATE_NOOP("SyncIssues", "First name"),
    "last_name": QT_TRANSLATE_NOOP("SyncIssues", "Last name"),
    "personnummer": QT_TRANSLATE_NOOP("SyncIssues", "Personal identity number"),
    "birth_date": QT_TRANSLATE_NOOP("SyncIssues", "Birth date"),
    "organisation_id": QT_TRANSLATE_NOOP("SyncIssues", "Organisation"),
    "title": QT_TRANSLATE_NOOP("SyncIssues", "Title"),
    "street": QT_TRANSLATE_NOOP("SyncIssues", "Street"),
    "postal_code": QT_TRANSLATE_NOOP("SyncIssues", "Postal code"),
    "city": QT_TRANSLATE_NOOP("SyncIssues", "City"),
    "country": QT_TRANSLATE_NOOP("SyncIssues", "Country"),
    "notes": QT_TRANSLATE_NOOP("SyncIssues", "Notes"),
    "terms_text": QT_TRANSLATE_NOOP("SyncIssues", "Terms"),
    "terms_version": QT_TRANSLATE_NOOP("SyncIssues", "Terms version"),
    "heading": QT_TRANSLATE_NOOP("SyncIssues", "Heading"),
    "intro": QT_TRANSLATE_NOOP("SyncIssues", "Introduction"),
    "banner_url": QT_TRANSLATE_NOOP("SyncIssues", "Banner image"),
    "confirmation_text": QT_TRANSLATE_NOOP("SyncIssues", "Confirmation text"),
    "published": QT_TRANSLATE_NOOP("SyncIssues", "Published"),
    "kind": QT_TRANSLATE_NOOP("SyncIssues", "Kind of rule"),
    "params": QT_TRANSLATE_NOOP("SyncIssues", "Rule values"),
    "position": QT_TRANSLATE_NOOP("SyncIssues", "Order"),
    "active": QT_TRANSLATE_NOOP("SyncIssues", "Active"),
    "description": QT_TRANSLATE_NOOP("SyncIssues", "Description"),
    "approving_manager": QT_TRANSLATE_NOOP("SyncIssues", "Approving manager"),
}

#: Longest value shown in the lists of yours and theirs (the whole value is in the chooser).
SHOWN_LENGTH = 200


def _tr(source: str) -> str:
    return QCoreApplication.translate("SyncIssues", source)


def command_title(name: str) -> str:
    return _tr(COMMANDS[name]) if name in COMMANDS else name


def field_title(field: str) -> str:
    return _tr(FIELDS[field]) if field in FIELDS else field.replace("_", " ")


def shown_value(value: Any, *, limit: int | None = SHOWN_LENGTH) -> str:
    """A field's value as the user reads it: yes/no, "–" for nothing, JSON for the rest."""
    if value is None or value == "" or value == {} or value == []:
        return "–"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("SyncIssues", "yes")
            if value
            else QCoreApplication.translate("SyncIssues", "no")
        )
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def conflict_fields(issue: Issue) -> dict[str, dict[str, Any]]:
    """The fields of a refused field edit that someone else changed meanwhile."""
    fields = issue.details.get("fields") if issue.code == "conflict" else None
    if not isinstance(fields, dict):
        return {}
    return {str(k): v for k, v in fields.items() if isinstance(v, dict)}


def issue_message(issue: Issue) -> str:
    """What the server said, in the user's language where the app knows the case.

    A field conflict names the fields and who changed them; other refusals
    show the server's message as it is.
    """
    if issue.code == "too_large":  # refused here (sync.engine): no push can carry it
        size = issue.details.get("bytes")
        text = QCoreApplication.translate(
            "SyncIssues",
            "This change is too large to send (%1 MB), so it never reached the server. Let "
            "it go, or make it again in smaller parts.",
        )
        return text.replace("%1", f"{size / 1048576:.1f}" if isinstance(size, int) else "?")
    if issue.code == "withdrawn":  # the server settled it as taken back (an undo)
        return QCoreApplication.translate(
            "SyncIssues", "You took this change back before the server carried it out."
        )
    fields = conflict_fields(issue)
    if not fields:
        return issue.message
    names = ", ".join(field_title(f) for f in fields)
    who = sorted({str(v["changed_by"]) for v in fields.values() if v.get("changed_by")})
    if who and all(v.get("changed_by") for v in fields.values()):
        text = QCoreApplication.translate(
            "SyncIssues", "%1 changed %2 after you saw it; your change was not applied."
        )
        return text.replace("%1", ", ".join(who)).replace("%2", names)
    text = QCoreApplication.translate(
        "SyncIssues", "Someone else changed %1 after you saw it; your change was not applied."
    )
    return text.replace("%1", names)


def changed_when(values: dict[str, Any]) -> str:
    """Who changed a field and when ("A. Berg, 2026-11-23 14:02"), or an empty text."""
    who = str(values.get("changed_by") or "")
    at = values.get("changed_at")
    when = ""
    if isinstance(at, str):
        try:
            when = format_datetime(datetime.fromisoformat(at))
        except ValueError:
            when = ""
    return ", ".join(part for part in (who, when) if part)


def _e(text: Any) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ConflictChooser(QDialog):
    """A refused field edit side by side: before, yours, theirs; keep one per field."""

    def __init__(self, issue: Issue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resolve the edit"))
        self.issue = issue
        self.fields: dict[str, dict[str, Any]] = conflict_fields(issue)
        grid = QGridLayout()
        for col, title in enumerate(
            (
                self.tr("Field"),
                self.tr("Before"),
                self.tr("Yours"),
                self.tr("Theirs (server)"),
                self.tr("Changed by"),
            )
        ):
            label = QLabel(f"<b>{title}</b>")
            grid.addWidget(label, 0, col)
        self.groups: dict[str, QButtonGroup] = {}
        for row, (field, values) in enumerate(self.fields.items(), start=1):
            grid.addWidget(QLabel(field_title(field)), row, 0)
            before = QLabel(_e(shown_value(values.get("base"))))
            before.setWordWrap(True)
            grid.addWidget(before, row, 1)
            mine = QRadioButton(shown_value(values.get("yours")))
            theirs = QRadioButton(shown_value(values.get("theirs")))
            theirs.setChecked(True)
            group = QButtonGroup(self)
            group.addButton(mine, 0)
            group.addButton(theirs, 1)
            self.groups[field] = group
            grid.addWidget(mine, row, 2)
            grid.addWidget(theirs, row, 3)
            grid.addWidget(QLabel(_e(changed_when(values) or "–")), row, 4)
        intro = QLabel(
            self.tr(
                "Someone changed these fields on the server after you loaded them. "
                "Choose per field which value to keep."
            )
        )
        intro.setWordWrap(True)
        buttons, _ok = ok_cancel(self, self.tr("Apply choice"), self.accept)
        vbox(self, intro, grid, buttons)

    def choose(self, field: str, mine: bool) -> None:
        self.groups[field].button(0 if mine else 1).setChecked(True)

    def retry_args(self) -> dict[str, Any] | None:
        """The same edit keeping the chosen "yours" fields over the server's values (each
        with the server's value as the one seen); None: nothing of yours is kept."""
        changes = {}
        for field, values in self.fields.items():
            if self.groups[field].checkedId() == 0:
                changes[field] = {"old": values.get("theirs"), "new": values.get("yours")}
        if not changes:
            return None
        return {**{k: v for k, v in self.issue.args.items() if k != "changes"}, "changes": changes}


class ArgsEditor(QDialog):
    """Edit a refused command's arguments (text fields; the rest as JSON)."""

    def __init__(self, issue: Issue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit and retry"))
        self.issue = issue
        self.editors: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, value in issue.args.items():
            edit = QLineEdit(value if isinstance(value, str) else json.dumps(value))
            edit.setAccessibleName(key)
            edit.setReadOnly(key.endswith("_id"))
            self.editors[key] = edit
            form.addRow(key.replace("_", " "), edit)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        buttons, _ok = ok_cancel(self, self.tr("Retry"), self._check)
        vbox(self, form, self.error, buttons)

    def args(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, edit in self.editors.items():
            original = self.issue.args.get(key)
            text = edit.text()
            out[key] = text if isinstance(original, str) or original is None else json.loads(text)
        return out

    def _check(self) -> None:
        try:
            self.args()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class SyncIssuesDialog(QDialog):
    """The refused commands, newest last, with Discard and Edit and retry."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.issues: list[Issue] = []
        self.loaded = False
        self.setWindowTitle(self.tr("Sync issues"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Refused changes"))
        self.detail = QTextBrowser()
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setToolTip(self.tr("Let this change go; the server's values stay"))
        self.retry_button = QPushButton(self.tr("Edit and retry…"))
        self.discard_button.clicked.connect(self.discard_current)
        self.retry_button.clicked.connect(self.edit_and_retry)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = hbox(self.discard_button, self.retry_button, None, close_buttons(self))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(self.detail)
        split.setSizes([300, 460])
        vbox(self, self.summary, (split, 1), self.error, buttons)
        self.list.currentRowChanged.connect(self._show)
        ctx.ops.changed.connect(self._on_changes)
        self.resize(820, 480)
        self.reload()

    def reload(self) -> None:
        DbOp(load_issues, parent=self, label="sync.issues").success(self._loaded).run(self.ctx.ops)

    def _on_changes(self, changes: Changes) -> None:
        if changes.outbox:
            self.reload()

    def _loaded(self, issues: list[Issue]) -> None:
        current = self.current()
        self.issues = issues
        self.list.clear()
        for issue in issues:
            item = QListWidgetItem(f"{command_title(issue.name)}\n{issue_message(issue)}")
            item.setData(Qt.ItemDataRole.UserRole, issue.command_id)
            self.list.addItem(item)
        waiting = self.tr(
            "Nothing needs your attention. Changes you make here are sent to the server "
            "when you are online."
        )
        self.summary.setText(
            self.tr(
                "The server refused %n change(s). Each is kept until you discard it or retry it.",
                "",
                len(issues),
            )
            if issues
            else waiting
        )
        row = next(
            (i for i, x in enumerate(issues) if current and x.command_id == current.command_id), 0
        )
        if issues:
            self.list.setCurrentRow(row)
        self._show(self.list.currentRow())
        self.loaded = True

    def current(self) -> Issue | None:
        row = self.list.currentRow()
        return self.issues[row] if 0 <= row < len(self.issues) else None

    def _show(self, row: int) -> None:
        issue = self.issues[row] if 0 <= row < len(self.issues) else None
        self.discard_button.setEnabled(issue is not None)
        self.retry_button.setEnabled(issue is not None)
        if issue is None:
            self.detail.setHtml("")
            return
        parts = [
            f"<h3>{_e(command_title(issue.name))}</h3>",
            f"<p><b>{_e(self.tr('What you did'))}:</b> {_e(describe_args(issue.args))}</p>",
            f"<p><b>{_e(self.tr('What the server said'))}:</b> {_e(issue_message(issue))}</p>",
            f"<p style='color:#666'>{_e(format_datetime(issue.rejected_at))} · {_e(issue.code)}"
            "</p>",
        ]
        fields = conflict_fields(issue)
        if fields:
            heads = (
                self.tr("Field"),
                self.tr("Before"),
                self.tr("Yours"),
                self.tr("Theirs (server)"),
                self.tr("Changed by"),
            )
            parts.append(f"<p><b>{_e(self.tr('Yours and theirs'))}:</b></p><table>")
            parts.append("<tr>" + "".join(f"<th>{_e(h)}</th>" for h in heads) + "</tr>")
            for field, v in fields.items():
                cells = (
                    field_title(field),
                    shown_value(v.get("base")),
                    shown_value(v.get("yours")),
                    shown_value(v.get("theirs")),
                    changed_when(v) or "–",
                )
                parts.append("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in cells) + "</tr>")
            parts.append("</table>")
        if issue.rows:
            parts.append(f"<p><b>{_e(self.tr('The server’s current values'))}:</b></p>")
            for table, rows in issue.rows.items():
                for r in rows[:5]:
                    shown = {
                        k: v
                        for k, v in r.items()
                        if k not in _HIDDEN and v not in (None, "", {}, [])
                    }
                    parts.append(
                        f"<p style='font-size:9pt'>{_e(table)}: "
                        + ", ".join(f"{_e(k)} = {_e(v)}" for k, v in shown.items())
                        + "</p>"
                    )
        self.detail.setHtml("".join(parts))

    def discard_current(self) -> None:
        issue = self.current()
        if issue is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard change"),
            self.tr("Discard “%1”? The server's values stay as they are.").replace(
                "%1", command_title(issue.name)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.discard(issue)

    def discard(self, issue: Issue) -> None:
        discard(parent=self, command_id=issue.command_id).failure(self._failed).run(self.ctx.ops)

    def edit_and_retry(self) -> None:
        issue = self.current()
        if issue is None:
            return
        if conflict_fields(issue) and isinstance(issue.args.get("changes"), dict):
            chooser = ConflictChooser(issue, self)
            if chooser.exec():
                args = chooser.retry_args()
                if args is None:
                    self.discard(issue)
                else:
                    self.retry(issue, args)
            return
        editor = ArgsEditor(issue, self)
        if editor.exec():
            self.retry(issue, editor.args())

    def retry(self, issue: Issue, args: dict[str, Any] | None) -> None:
        retry(parent=self, command_id=issue.command_id, args=args).failure(self._failed).run(
            self.ctx.ops
        )

    def _failed(self, exc: Exception) -> None:
        self.error.setText(exc.message if isinstance(exc, DomainError) else str(exc))


_HIDDEN = {"id", "tenant_id", "server_seq", "personnummer", "signup_answers", "data"}
