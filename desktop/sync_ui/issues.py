"""The sync issues list: every command the server refused, what it said, and a choice.

For each refusal: what you did, what the server said ("already denied by
A. Berg at 14:02"), the server's current values, and Discard / Edit and
retry. A refused person edit opens side by side: yours, theirs, and a
choice per field. Nothing disappears without the user seeing it.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

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
    "registration.create": QT_TRANSLATE_NOOP("SyncIssues", "Add registration"),
    "registration.set_manager": QT_TRANSLATE_NOOP("SyncIssues", "Set approving manager"),
    "registration.request_approval": QT_TRANSLATE_NOOP(
        "SyncIssues", "Send request to approving manager"
    ),
    "registration.remove_approval": QT_TRANSLATE_NOOP("SyncIssues", "Remove approval"),
    "registration.cancel": QT_TRANSLATE_NOOP("SyncIssues", "Cancel registration"),
    "alumni.decide": QT_TRANSLATE_NOOP("SyncIssues", "Alumni decision"),
}


def command_title(name: str) -> str:
    return QCoreApplication.translate("SyncIssues", COMMANDS[name]) if name in COMMANDS else name


def _e(text: Any) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ConflictChooser(QDialog):
    """A refused person edit side by side: base, yours, theirs; keep one per field."""

    def __init__(self, issue: Issue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resolve the edit"))
        self.issue = issue
        self.fields: dict[str, dict[str, Any]] = issue.details.get("fields", {})
        grid = QGridLayout()
        for col, title in enumerate(
            (self.tr("Field"), self.tr("Before"), self.tr("Yours"), self.tr("Theirs (server)"))
        ):
            label = QLabel(f"<b>{title}</b>")
            grid.addWidget(label, 0, col)
        self.groups: dict[str, QButtonGroup] = {}
        for row, (field, values) in enumerate(self.fields.items(), start=1):
            grid.addWidget(QLabel(field.replace("_", " ")), row, 0)
            grid.addWidget(QLabel(_e(values.get("base") or "–")), row, 1)
            mine = QRadioButton(str(values.get("yours") or "–"))
            theirs = QRadioButton(str(values.get("theirs") or "–"))
            theirs.setChecked(True)
            group = QButtonGroup(self)
            group.addButton(mine, 0)
            group.addButton(theirs, 1)
            self.groups[field] = group
            grid.addWidget(mine, row, 2)
            grid.addWidget(theirs, row, 3)
        intro = QLabel(
            self.tr(
                "Someone changed these fields on the server after you loaded them. "
                "Choose per field which value to keep."
            )
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply choice"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def choose(self, field: str, mine: bool) -> None:
        self.groups[field].button(0 if mine else 1).setChecked(True)

    def retry_args(self) -> dict[str, Any] | None:
        """Edit args keeping the chosen "yours" fields over the server's values; None: nothing."""
        changes = {}
        for field, values in self.fields.items():
            if self.groups[field].checkedId() == 0:
                changes[field] = {"old": values.get("theirs"), "new": values.get("yours")}
        if not changes:
            return None
        return {"person_id": self.issue.args.get("person_id"), "changes": changes}


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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Retry"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

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
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(self.detail)
        split.setSizes([300, 460])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
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
            item = QListWidgetItem(f"{command_title(issue.name)}\n{issue.message}")
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
            f"<p><b>{_e(self.tr('What the server said'))}:</b> {_e(issue.message)}</p>",
            f"<p style='color:#666'>{_e(format_datetime(issue.rejected_at))} · {_e(issue.code)}"
            "</p>",
        ]
        fields = issue.details.get("fields")
        if isinstance(fields, dict) and fields:
            parts.append(f"<p><b>{_e(self.tr('Yours and theirs'))}:</b></p><table>")
            for field, v in fields.items():
                parts.append(
                    f"<tr><td>{_e(field)}</td><td>{_e(v.get('yours'))}</td>"
                    f"<td>{_e(v.get('theirs'))}</td></tr>"
                )
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
        if issue.name == "person.edit" and issue.details.get("fields"):
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
