"""The sync issues list: every change the server refused, in words, and a way out.

One line per issue names the person and the act ("Approve alumni registration of
Anna Berg") and what the server said. The detail tells what you did and what the
server has now as labelled values in local time, never raw arguments or ids.
The ways out depend on the kind of issue: keep the server's values (discard mine),
apply mine again, and for an edit someone else changed meanwhile, choose per field.
Nothing disappears without the user seeing it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTextBrowser,
    QWidget,
)

from desktop.common.domain_text import error_text
from desktop.common.layouts import close_buttons, hbox, ok_cancel, vbox
from desktop.context import AppContext
from desktop.i18n import format_datetime
from desktop.operations import Changes, DbOp
from desktop.sync_ui.describe import (
    KEEP_THEIRS,
    MINE_AGAIN,
    PER_FIELD,
    act,
    changed_when,
    choices,
    conflict_fields,
    conflict_heads,
    current_values,
    field_title,
    issue_message,
    mine_again_args,
    side_value,
    what_you_did,
)
from desktop.sync_ui.operations import Issue, discard, load_issues, retry
from models.errors import DomainError


def _e(text: Any) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _said(heading: str, text: str = "") -> str:
    """A paragraph led by a bold heading ("The server says: …")."""
    return f"<p><b>{_e(heading)}:</b> {_e(text)}</p>" if text else f"<p><b>{_e(heading)}:</b></p>"


def _labelled(pairs: list[tuple[str, str]]) -> str:
    rows = "".join(
        f"<tr><td style='color:#555;padding-right:12px'>{_e(k)}</td><td>{_e(v)}</td></tr>"
        for k, v in pairs
    )
    return f"<table>{rows}</table>"


class ConflictChooser(QDialog):
    """A refused field edit side by side: before, yours, theirs; keep one per field."""

    def __init__(self, issue: Issue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose per field"))
        self.issue = issue
        self.fields: dict[str, dict[str, Any]] = conflict_fields(issue)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        for col, title in enumerate(conflict_heads()):
            grid.addWidget(QLabel(f"<b>{_e(title)}</b>"), 0, col)
        self.groups: dict[str, QButtonGroup] = {}
        for row, (field, values) in enumerate(self.fields.items(), start=1):
            grid.addWidget(QLabel(field_title(field)), row, 0)
            before = QLabel(_e(side_value(field, values, "base")))
            before.setWordWrap(True)
            grid.addWidget(before, row, 1)
            mine = QRadioButton(side_value(field, values, "yours"))
            theirs = QRadioButton(side_value(field, values, "theirs"))
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
        self.setMinimumWidth(560)

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


class SyncIssuesDialog(QDialog):
    """The refused changes, newest last, each with the ways out its kind offers."""

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
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setAlternatingRowColors(True)
        self.detail = QTextBrowser()
        self.keep_button = QPushButton(self.tr("&Keep theirs (discard mine)"))
        self.keep_button.setToolTip(
            self.tr("Discard your change; the server's values stay as they are")
        )
        self.mine_button = QPushButton(self.tr("&Apply mine again"))
        self.mine_button.setToolTip(self.tr("Send your change again, over what the server has now"))
        self.choose_button = QPushButton(self.tr("C&hoose per field…"))
        self.choose_button.setToolTip(self.tr("Keep yours or theirs for each changed field"))
        self.keep_button.clicked.connect(self.discard_current)
        self.mine_button.clicked.connect(self.apply_mine_again)
        self.choose_button.clicked.connect(self.choose_per_field)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = hbox(
            self.keep_button, self.mine_button, self.choose_button, None, close_buttons(self)
        )
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(self.detail)
        split.setSizes([340, 520])
        vbox(self, self.summary, (split, 1), self.error, buttons)
        self.list.currentRowChanged.connect(self._show)
        ctx.ops.changed.connect(self._on_changes)
        self.resize(900, 520)
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
            item = QListWidgetItem(f"{act(issue)}\n{issue_message(issue)}")
            item.setData(Qt.ItemDataRole.UserRole, issue.command_id)
            self.list.addItem(item)
        waiting = self.tr(
            "Nothing needs your attention. Changes you make here are sent to the server "
            "when you are online."
        )
        self.summary.setText(
            self.tr(
                "The server refused %n change(s). Each is kept until you choose what to do "
                "with it.",
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
        ways = choices(issue) if issue is not None else ()
        self.keep_button.setEnabled(KEEP_THEIRS in ways)
        self.mine_button.setEnabled(MINE_AGAIN in ways)
        self.choose_button.setVisible(PER_FIELD in ways)
        self.error.clear()
        if issue is None:
            self.detail.setHtml("")
            return
        parts = [
            f"<h3>{_e(act(issue))}</h3>",
            _said(self.tr("The server says"), issue_message(issue)),
        ]
        did = what_you_did(issue)
        if did:
            parts.append(_said(self.tr("You did")) + _labelled(did))
        fields = conflict_fields(issue)
        if fields:
            parts.append(self._fields_table(fields))
        now = current_values(issue)
        if now:
            parts.append(_said(self.tr("On the server now")) + _labelled(now))
        refused = self.tr("Refused %1").replace("%1", format_datetime(issue.rejected_at))
        parts.append(f"<p style='color:#555'>{_e(refused)}</p>")
        self.detail.setHtml("".join(parts))

    def _fields_table(self, fields: dict[str, dict[str, Any]]) -> str:
        heads = conflict_heads()
        parts = [_said(self.tr("Yours and theirs")) + "<table cellpadding='3'>"]
        parts.append("<tr>" + "".join(f"<th align='left'>{_e(h)}</th>" for h in heads) + "</tr>")
        for field, v in fields.items():
            cells = (
                field_title(field),
                side_value(field, v, "base"),
                side_value(field, v, "yours"),
                side_value(field, v, "theirs"),
                changed_when(v) or "–",
            )
            parts.append("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in cells) + "</tr>")
        return "".join(parts) + "</table>"

    def discard_current(self) -> None:
        issue = self.current()
        if issue is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard your change"),
            self.tr("Discard “%1”? The server's values stay as they are.").replace(
                "%1", act(issue)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.discard(issue)

    def discard(self, issue: Issue) -> None:
        discard(parent=self, command_id=issue.command_id).failure(self._failed).run(self.ctx.ops)

    def apply_mine_again(self) -> None:
        issue = self.current()
        if issue is not None:
            self.retry(issue, mine_again_args(issue))

    def choose_per_field(self) -> None:
        issue = self.current()
        if issue is None or not conflict_fields(issue):
            return
        chooser = ConflictChooser(issue, self)
        if chooser.exec():
            args = chooser.retry_args()
            if args is None:
                self.discard(issue)
            else:
                self.retry(issue, args)

    def retry(self, issue: Issue, args: dict[str, Any] | None) -> None:
        retry(parent=self, command_id=issue.command_id, args=args).failure(self._failed).run(
            self.ctx.ops
        )

    def _failed(self, exc: Exception) -> None:
        self.error.setText(error_text(exc) if isinstance(exc, DomainError) else str(exc))
