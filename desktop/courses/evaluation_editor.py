"""A course's evaluation questionnaire (issue 19), from the course list: the questions in
order — each a scale 1-5 with words at its ends, a single or multiple choice, or free
text, required or not — and whether the answers are anonymous.

The questionnaire is set as a whole (``evaluation_form.set``), each change a new version
(an answer keeps the version it was given to), offline too; Edit › Undo sets the
questionnaire shown before. Set from a stale view (someone changed it meanwhile) is a
conflict, shown under the form. The participants get it by a personal link in the mail
sent the day after a round's last day (``round.evaluation``) and answer it once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy import select

from desktop.admin.payment_settings import WholeSetForm, set_whole
from desktop.common.layouts import hbox, vbox
from desktop.common.widgets import push_button
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import DbOp, OpContext
from models.commands.evaluations import EvaluationFormSet
from models.evaluations import EvaluationForm, QuestionKind, form_id
from models.ids import new_id

CONTEXT = "EvaluationEditor"
#: The kinds of question as the editor names them, in the order offered.
KINDS = {
    QuestionKind.SCALE: QT_TRANSLATE_NOOP("EvaluationEditor", "Scale 1–5"),
    QuestionKind.SINGLE: QT_TRANSLATE_NOOP("EvaluationEditor", "One choice"),
    QuestionKind.MULTIPLE: QT_TRANSLATE_NOOP("EvaluationEditor", "Several choices"),
    QuestionKind.TEXT: QT_TRANSLATE_NOOP("EvaluationEditor", "Free text"),
}


def load_form(c: OpContext, course_id: str) -> dict[str, Any]:
    """The course's questionnaire as the editor shows it (version 0: none yet)."""
    with c.read() as s:
        form = s.scalars(
            select(EvaluationForm).where(
                EvaluationForm.course_id == course_id, EvaluationForm.deleted_at.is_(None)
            )
        ).first()
        if form is None:
            return {"version": 0, "anonymous": True, "questions": []}
        return {
            "version": form.version,
            "anonymous": form.anonymous,
            "questions": [dict(q) for q in form.questions or []],
        }


def new_question(kind: QuestionKind = QuestionKind.SCALE) -> dict[str, Any]:
    return {
        "id": new_id()[-12:],
        "kind": kind.value,
        "text": "",
        "required": False,
        "choices": [],
        "low_label": "",
        "high_label": "",
    }


class EvaluationEditorDialog(WholeSetForm, QDialog):
    """The course's questionnaire, edited and set as a whole (see the module)."""

    def __init__(
        self, ctx: AppContext, course_id: str, course_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.course_id, self.course_name = ctx, course_id, course_name
        self.setWindowTitle(self.tr("Evaluation of %1").replace("%1", course_name))
        #: The questionnaire as loaded (None until it is) and the questions being edited.
        self.shown: dict[str, Any] | None = None
        self.questions: list[dict[str, Any]] = []
        self._filling = False
        self.anonymous = QCheckBox(self.tr("&Anonymous: answers are kept without names"))
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._selected)
        self.add_button = push_button(self.tr("&Add question"), self.add_question)
        self.remove_button = push_button(self.tr("&Remove"), self.remove_question)
        self.up_button = push_button(self.tr("Move &up"), lambda: self.move_question(-1))
        self.down_button = push_button(self.tr("Move &down"), lambda: self.move_question(1))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("The question as participants read it"))
        self.text.setMaximumHeight(70)
        self.kind = QComboBox()
        for kind, name in KINDS.items():
            self.kind.addItem(QCoreApplication.translate(CONTEXT, name), kind.value)
        self.required = QCheckBox(self.tr("Re&quired"))
        self.choices = QPlainTextEdit()
        self.choices.setPlaceholderText(self.tr("One choice per line"))
        self.choices.setMaximumHeight(90)
        self.low = QLineEdit()
        self.low.setPlaceholderText(self.tr("e.g. Poor"))
        self.high = QLineEdit()
        self.high.setPlaceholderText(self.tr("e.g. Excellent"))
        form = QFormLayout()
        form.addRow(self.tr("Question:"), self.text)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow("", self.required)
        form.addRow(self.tr("Choices:"), self.choices)
        form.addRow(self.tr("1 means:"), self.low)
        form.addRow(self.tr("5 means:"), self.high)
        self.editors: list[QWidget] = [
            self.text, self.kind, self.required, self.choices, self.low, self.high
        ]  # fmt: skip
        self.text.textChanged.connect(self._edited)
        self.kind.currentIndexChanged.connect(self._edited)
        self.required.toggled.connect(self._edited)
        self.choices.textChanged.connect(self._edited)
        self.low.textChanged.connect(self._edited)
        self.high.textChanged.connect(self._edited)
        save_row = self.form_parts(self.tr("Save"), self.tr("Cancel"))
        note = QLabel(
            self.tr(
                "Participants get a personal link the day after a round's last day and "
                "answer once; those who have not answered are reminded once. A change holds "
                "for answers given after it."
            )
        )
        note.setWordWrap(True)
        buttons = vbox(None, self.add_button, self.remove_button, self.up_button,
                       self.down_button, None)  # fmt: skip
        editor = QWidget()
        vbox(editor, form, None)
        vbox(
            self,
            self.anonymous,
            hbox((self.list, 2), buttons, (editor, 3)),
            self.error,
            note,
            save_row,
        )
        self.setMinimumSize(820, 460)
        self._enable()
        cid = course_id
        DbOp(lambda c: load_form(c, cid), parent=self, label="evaluation").success(self._show).run(
            ctx.ops
        )

    # -- showing and editing ---------------------------------------------------------------

    def _show(self, loaded: dict[str, Any]) -> None:
        self.shown = loaded
        self.anonymous.setChecked(bool(loaded["anonymous"]))
        self.questions = [dict(q) for q in loaded["questions"]]
        self._refill(0 if self.questions else -1)
        self.ok.setEnabled(EvaluationFormSet.may_run(self.ctx.actor.roles))

    def _label(self, number: int, q: dict[str, Any]) -> str:
        kind = QCoreApplication.translate(CONTEXT, KINDS[QuestionKind(q["kind"])])
        text = " ".join(str(q["text"]).split()) or self.tr("(no text yet)")
        star = " *" if q.get("required") else ""
        return f"{number}. {text}{star} — {kind}"

    def _refill(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for number, q in enumerate(self.questions, start=1):
            self.list.addItem(self._label(number, q))
        self.list.blockSignals(False)
        self.list.setCurrentRow(row)
        self._selected(row)

    def _current(self) -> dict[str, Any] | None:
        row = self.list.currentRow()
        return self.questions[row] if 0 <= row < len(self.questions) else None

    def _selected(self, _row: int) -> None:
        q = self._current()
        self._filling = True
        try:
            self.text.setPlainText(q["text"] if q else "")
            self.kind.setCurrentIndex(max(0, self.kind.findData(q["kind"] if q else "scale")))
            self.required.setChecked(bool(q and q.get("required")))
            self.choices.setPlainText("\n".join(q.get("choices", [])) if q else "")
            self.low.setText(q.get("low_label", "") if q else "")
            self.high.setText(q.get("high_label", "") if q else "")
        finally:
            self._filling = False
        self._enable()

    def _edited(self, *_args: object) -> None:
        q = self._current()
        if self._filling or q is None:
            return
        q["text"] = self.text.toPlainText().strip()
        q["kind"] = self.kind.currentData()
        q["required"] = self.required.isChecked()
        q["choices"] = [c.strip() for c in self.choices.toPlainText().splitlines() if c.strip()]
        q["low_label"] = self.low.text().strip()
        q["high_label"] = self.high.text().strip()
        self.error.clear()
        item = self.list.item(self.list.currentRow())
        if item is not None:
            item.setText(self._label(self.list.currentRow() + 1, q))
        self._enable()

    def _enable(self) -> None:
        q = self._current()
        row = self.list.currentRow()
        for widget in self.editors:
            widget.setEnabled(q is not None)
        kind = q["kind"] if q else None
        self.choices.setEnabled(kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE))
        self.low.setEnabled(kind == QuestionKind.SCALE)
        self.high.setEnabled(kind == QuestionKind.SCALE)
        self.remove_button.setEnabled(q is not None)
        self.up_button.setEnabled(q is not None and row > 0)
        self.down_button.setEnabled(q is not None and row < len(self.questions) - 1)

    def add_question(self) -> None:
        self.questions.append(new_question())
        self._refill(len(self.questions) - 1)
        self.text.setFocus()

    def remove_question(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.questions):
            del self.questions[row]
            self._refill(min(row, len(self.questions) - 1))

    def move_question(self, step: int) -> None:
        row = self.list.currentRow()
        to = row + step
        if 0 <= row < len(self.questions) and 0 <= to < len(self.questions):
            self.questions[row], self.questions[to] = self.questions[to], self.questions[row]
            self._refill(to)

    # -- saving ----------------------------------------------------------------------------

    def args(self) -> dict[str, Any]:
        shown = self.shown or {"version": 0}
        return {
            "course_id": self.course_id,
            "expected_version": int(shown["version"]),
            "anonymous": self.anonymous.isChecked(),
            "questions": [dict(q) for q in self.questions],
        }

    def save(self) -> None:
        shown = self.shown
        if shown is None:
            return
        args = self.args()
        before = {"anonymous": shown["anonymous"], "questions": shown["questions"]}
        label = self.tr("change of the evaluation of %1").replace("%1", self.course_name)
        run = set_whole("evaluation_form.set", "evaluation_form", form_id(self.course_id),
                        args, before, label, undo_first=False)  # fmt: skip
        self.set_whole("evaluation", run)
