"""Internal notes in the registration's detail pane (seed 000's "interna noteringar"):
the notes, newest first, "Add note…" and, on each standing note, "Withdraw…".

A note is never edited: a correction is a new note, and a note written in error is
withdrawn (it stays, marked by whom and when). Notes are internal: the manager's page and
the mails never show them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from desktop.common.layouts import ok_cancel, vbox
from desktop.common.widgets import ask_yes_no
from desktop.context import AppContext
from desktop.i18n import format_datetime
from desktop.operations.registration_notes import NoteRow, add_note, withdraw_note
from models.commands.registration_notes import RegistrationAddNote, RegistrationRemoveNote
from models.registration_notes import NOTE_MAX_LENGTH


class AddNoteDialog(QDialog):
    """Asks for the text of a new internal note on ``who``'s registration."""

    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add internal note"))
        intro = QLabel(
            self.tr(
                "A note on the registration of %1, for the staff only: the approving manager "
                "and the participant never see it. It cannot be edited afterwards; a "
                "correction is a new note."
            ).replace("%1", who)
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("E.g. Approval received by phone from the manager"))
        self.text.setAccessibleName(self.tr("Note"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(110)
        buttons, self.ok = ok_cancel(self, self.tr("Add note"), self.accept)
        vbox(self, intro, self.text, buttons)
        self.text.textChanged.connect(self._check)
        self._check()
        self.resize(460, 260)

    def note(self) -> str:
        return self.text.toPlainText().strip()

    def _check(self) -> None:
        self.ok.setEnabled(0 < len(self.note()) <= NOTE_MAX_LENGTH)


class NotesSection(QWidget):
    """The notes of the registration shown, and the actions on them."""

    #: A note was written or withdrawn here (its registration's id).
    notes_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.registration_id: str | None = None
        self.who = ""
        self.notes: list[NoteRow] = []
        self.last_dialog: QDialog | QMessageBox | None = None
        self.heading = QLabel(self.tr("Internal notes"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.add_link = QLabel()
        self.add_link.setToolTip(
            self.tr("Write down what happened outside Kansli, e.g. an approval by phone")
        )
        self.listing = QLabel()
        self.listing.setWordWrap(True)
        self.listing.setTextFormat(Qt.TextFormat.RichText)
        for label in (self.add_link, self.listing):
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            label.linkActivated.connect(self._link)
        vbox(self, self.heading, self.add_link, self.listing).setContentsMargins(0, 8, 0, 0)

    @property
    def may_write(self) -> bool:
        return RegistrationAddNote.may_run(self.ctx.actor.roles)

    def show_notes(self, registration_id: str, who: str, notes: list[NoteRow]) -> None:
        self.registration_id, self.who, self.notes = registration_id, who, notes
        add = _html(self.tr("Add note…"))
        self.add_link.setText(f'<a href="add:">{add}</a>' if self.may_write else "")
        self.add_link.setVisible(self.may_write)
        if not notes:
            html = (
                '<span style="color: palette(placeholder-text);">'
                + _html(self.tr("No notes yet."))
                + "</span>"
            )
        else:
            html = "".join(self._note_html(n) for n in notes)
        self.listing.setText(html)
        # A tab stop only while it holds an action (Withdraw…): the notes themselves are
        # values, selectable with the mouse, as the pane's other values.
        self._actions_by_keyboard(self.listing, "<a " in html)
        self._actions_by_keyboard(self.add_link, self.may_write)

    @staticmethod
    def _actions_by_keyboard(label: QLabel, has_links: bool) -> None:
        flags = Qt.TextInteractionFlag.TextSelectableByMouse
        if has_links:
            flags |= (
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
        label.setTextInteractionFlags(flags)

    def _note_html(self, note: NoteRow) -> str:
        head = f"{_html(format_datetime(note.written_at))} · {_html(note.author)}"
        text = _html(note.text).replace("\n", "<br>")
        lines = [f'<p style="margin: 6px 0 0 0;"><b>{head}</b>']
        if note.pending:
            lines.append(
                ' <span style="color: #8a5a00;">' + _html(self.tr("(not yet sent)")) + "</span>"
            )
        if note.removed_at is not None:
            withdrawn = (
                self.tr("Withdrawn by %1 on %2")
                .replace("%1", _html(note.removed_by))
                .replace("%2", _html(format_datetime(note.removed_at)))
            )
            lines.append(
                f'<br><span style="color: palette(placeholder-text);"><s>{text}</s>'
                f"<br><i>{withdrawn}</i></span>"
            )
        else:
            lines.append(f"<br>{text}")
            if RegistrationRemoveNote.may_run(self.ctx.actor.roles):
                withdraw = _html(self.tr("Withdraw…"))
                lines.append(f'<br><a href="withdraw:{note.id}">{withdraw}</a>')
        return "".join(lines) + "</p>"

    def _link(self, href: str) -> None:
        if href == "add:":
            self.add_note()
        elif href.startswith("withdraw:"):
            self.withdraw(href.removeprefix("withdraw:"))

    # -- the actions -------------------------------------------------------------------

    def add_note(self, registration_id: str | None = None, who: str | None = None) -> None:
        """Add note…: asks for the text, then writes the note (offline too); on the
        registration shown, or on ``registration_id`` of ``who`` (the list's current row,
        before the pane has loaded it)."""
        rid = registration_id or self.registration_id
        if rid is None or not self.may_write:
            return
        dialog = AddNoteDialog(self.who if who is None else who, self)
        dialog.accepted.connect(
            lambda: (
                add_note(parent=self, registration_id=rid, text=dialog.note())
                .success(lambda _id: self.notes_changed.emit(rid))
                .run(self.ctx.ops)
            )
        )
        dialog.open()
        self.last_dialog = dialog

    def withdraw(self, note_id: str) -> None:
        """Withdraw…: asks first; the note stays, marked withdrawn."""
        rid = self.registration_id
        if rid is None:
            return
        self.last_dialog = ask_yes_no(
            self,
            self.tr("Withdraw note"),
            self.tr(
                "Withdraw this note? It stays on the registration, marked as withdrawn by you."
            ),
            yes=self.tr("Withdraw note"),
            no=self.tr("Keep"),
            on_yes=lambda: (
                withdraw_note(parent=self, note_id=note_id)
                .success(lambda _none: self.notes_changed.emit(rid))
                .run(self.ctx.ops)
            ),
        )


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
