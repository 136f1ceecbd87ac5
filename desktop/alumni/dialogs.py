"""Dialogs of the Alumni queue: the reason for a denial, the reversal of a decision, and
the merge confirmation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from desktop.alumni.operations import MergePreview, moved_kind
from desktop.alumni.options import deny_reasons, remember_deny_reason
from desktop.common.layouts import ok_cancel, vbox
from desktop.settings import Settings

ERROR_STYLE = "color: #b00020;"


def _e(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class DenyDialog(QDialog):
    """Asks for the reason of a denial; the last reasons given are offered, the latest first.

    With a remembered reason, D then Enter denies: two keystrokes.
    """

    def __init__(self, settings: Settings, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Deny alumni registration"))
        self.setObjectName("denyDialog")
        intro = QLabel(
            self.tr(
                "Deny the registration of <b>%1</b>? The reason is kept with the decision."
            ).replace("%1", _e(name or self.tr("this alumnus")))
        )
        intro.setWordWrap(True)
        label = QLabel(self.tr("&Reason:"))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.setAccessibleName(self.tr("Reason for the denial"))
        edit = self.reason.lineEdit()
        assert edit is not None  # an editable combo box has one
        edit.setPlaceholderText(self.tr("Why is the registration denied?"))
        self.reason.setMinimumContentsLength(40)
        for reason in deny_reasons(settings):
            self.reason.addItem(reason)
        self.reason.setCurrentIndex(0 if self.reason.count() else -1)
        edit.selectAll()
        label.setBuddy(self.reason)
        self.hint = QLabel(
            self.tr("The last reasons you gave are in the list (↓).")
            if self.reason.count()
            else self.tr("The reason you give is offered again next time.")
        )
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.error = QLabel()
        self.error.setObjectName("reasonError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        edit.textEdited.connect(lambda _t: self.error.hide())
        # An editable combo box keeps Return from the dialog's default button.
        edit.returnPressed.connect(self._check)
        # What the alumnus is told: the reason above stays internal.
        shared_label = QLabel(self.tr("Reason to &tell the alumnus (optional):"))
        self.shared = QPlainTextEdit()
        self.shared.setObjectName("sharedReason")
        self.shared.setTabChangesFocus(True)
        self.shared.setAccessibleName(self.tr("Reason to tell the alumnus"))
        self.shared.setPlaceholderText(
            self.tr("For example: We find no degree from the university in your name.")
        )
        self.shared.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        shared_label.setBuddy(self.shared)
        shared_hint = QLabel(
            self.tr(
                "The alumnus is mailed that the registration is denied, with this text if "
                "you give one. The reason above is never sent."
            )
        )
        shared_hint.setWordWrap(True)
        shared_hint.setStyleSheet("color: palette(placeholder-text);")
        self._done = False
        buttons, self.ok = ok_cancel(self, self.tr("Deny"), self._check)
        self.ok.setDefault(True)
        vbox(
            self,
            intro,
            label,
            self.reason,
            self.error,
            self.hint,
            shared_label,
            self.shared,
            shared_hint,
            buttons,
        )
        self.reason.setFocus()

    def text(self) -> str:
        return self.reason.currentText().strip()

    def shared_text(self) -> str:
        """The reason the alumnus is told ("" for none)."""
        return self.shared.toPlainText().strip()

    def _check(self) -> None:
        if self._done:
            return
        if not self.text():
            self.error.setText(self.tr("Give a reason for the denial."))
            self.error.show()
            self.reason.setFocus()
            return
        remember_deny_reason(self.settings, self.text())
        self._done = True
        self.accept()


class ReverseDialog(QDialog):
    """Asks whether to reverse an officer's decision that reached the server, and why.

    The item goes back to the manual queue; an approval's membership and the contact
    details it added are taken back. The reason is kept on the person's timeline.
    """

    def __init__(self, name: str, decision: str, parent: QWidget | None = None) -> None:
        """``decision`` is the decision as the list shows it ("Approved manually", ...)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reverse decision"))
        self.setObjectName("reverseDialog")
        intro = QLabel(
            self.tr(
                "The decision on <b>%1</b> (%2) has reached the server. Reverse it? The item "
                "goes back to the manual queue; an approval's membership and the contact "
                "details it added are taken back."
            )
            .replace("%1", _e(name or self.tr("this alumnus")))
            .replace("%2", _e(decision))
        )
        intro.setWordWrap(True)
        label = QLabel(self.tr("&Reason:"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why is the decision reversed?"))
        self.reason.setAccessibleName(self.tr("Reason for the reversal"))
        label.setBuddy(self.reason)
        self.error = QLabel(self.tr("Give a reason for the reversal."))
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.reason.textEdited.connect(lambda _t: self.error.hide())
        buttons, self.ok = ok_cancel(self, self.tr("Reverse decision"), self._check)
        self.ok.setDefault(True)
        vbox(self, intro, label, self.reason, self.error, buttons)
        intro.setMinimumWidth(460)  # a wrapped label in a dialog needs its width to fit
        self.reason.setFocus()

    def text(self) -> str:
        return self.reason.text().strip()

    def _check(self) -> None:
        if not self.text():
            self.error.show()
            self.reason.setFocus()
            return
        self.accept()


class MergeDialog(QDialog):
    """Confirms a merge of two persons, showing which one stays and what moves to it."""

    def __init__(
        self,
        first: tuple[str, str],
        second: tuple[str, str],
        parent: QWidget | None = None,
    ) -> None:
        """``first`` and ``second`` are (person id, name); ``first`` is kept by default."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge persons"))
        self.setObjectName("mergeDialog")
        self.people = (first, second)
        self.keep = QButtonGroup(self)
        self.keep_first = QRadioButton(
            self.tr("Keep %1 (the matched person)").replace("%1", first[1])
        )
        self.keep_second = QRadioButton(self.tr("Keep %1").replace("%1", second[1]))
        self.keep_first.setChecked(True)
        self.keep.addButton(self.keep_first, 0)
        self.keep.addButton(self.keep_second, 1)
        self.moves = QLabel(self.tr("Counting what moves…"))
        self.moves.setWordWrap(True)
        self.moves.setTextFormat(Qt.TextFormat.RichText)
        note = QLabel(
            self.tr(
                "Nothing is lost: every registration and activity moves to the person kept, "
                "e-mail addresses and phone numbers join theirs, and their empty fields are "
                "filled. The merge is recorded in the audit log and on the timeline. It needs a "
                "connection and cannot be undone here."
            )
        )
        note.setWordWrap(True)
        buttons, self.ok = ok_cancel(self, self.tr("Merge"), self.accept)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        vbox(self, self.keep_first, self.keep_second, self.moves, note, buttons)
        self.resize(520, 300)

    def survivor_id(self) -> str:
        return self.people[self.keep.checkedId() if self.keep.checkedId() >= 0 else 0][0]

    def duplicate_id(self) -> str:
        return self.people[1 - max(self.keep.checkedId(), 0)][0]

    def show_preview(self, preview: MergePreview) -> None:
        """Show what moves from the duplicate to the person kept."""
        items = "".join(
            f"<li>{n} {_e(moved_kind(table))}</li>" for table, n in sorted(preview.moves.items())
        )
        head = (
            self.tr("From %1 to %2 moves:")
            .replace("%1", f"<b>{_e(preview.duplicate_name)}</b>")
            .replace("%2", f"<b>{_e(preview.survivor_name)}</b>")
        )
        self.moves.setText(
            f"{head}<ul>{items}</ul>"
            if items
            else head + " " + _e(self.tr("nothing this computer knows of."))
        )
