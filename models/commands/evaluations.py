"""The command of course evaluations (issue 19): ``evaluation_form.set`` sets a course's
questionnaire as a whole (:class:`models.evaluations.EvaluationForm`): its questions in
order and whether it is anonymous. Each change is a new version (an answer keeps the
version it was given to); set from a stale view (someone changed it meanwhile) is a
conflict. Who may: course staff."""

from __future__ import annotations

import pydantic

from models.commands.base import Args, Command, CommandContext, MultilineText, register
from models.commands.courses import COURSE_ROLES
from models.commands.edits import set_versioned
from models.courses import Course
from models.evaluations import (
    EvaluationForm,
    Question,
    QuestionKind,
    check_questions,
    form_id,
)


class QuestionArgs(Args):
    """One question, as the editor sends it."""

    id: str
    kind: QuestionKind
    text: MultilineText
    required: bool = False
    choices: list[str] = pydantic.Field(default_factory=list)
    low_label: str = ""
    high_label: str = ""

    def question(self) -> Question:
        return Question(
            id=self.id,
            kind=self.kind,
            text=self.text,
            required=self.required,
            choices=tuple(c.strip() for c in self.choices if c.strip()),
            low_label=self.low_label,
            high_label=self.high_label,
        )


class EvaluationFormSetArgs(Args):
    course_id: str
    #: The version the user saw (0: the course had no questionnaire).
    expected_version: int = pydantic.Field(ge=0)
    anonymous: bool = True
    questions: list[QuestionArgs]


@register
class EvaluationFormSet(Command[EvaluationFormSetArgs]):
    """Set a course's evaluation questionnaire as a whole; each change a new version."""

    name = "evaluation_form.set"
    shape = "expected_state"
    args_model = EvaluationFormSetArgs
    roles = COURSE_ROLES

    def run(self, ctx: CommandContext, args: EvaluationFormSetArgs) -> None:
        course = ctx.get(Course, args.course_id, what="Course")
        questions = [q.question() for q in args.questions]
        check_questions(questions)
        row = set_versioned(
            ctx,
            EvaluationForm,
            EvaluationForm.course_id == course.id,
            lambda: EvaluationForm(id=form_id(course.id), course_id=course.id, version=0),
            expected=args.expected_version,
            stale="The evaluation of {course} was changed meanwhile (version {theirs})",
            params={"course": course.name},
        )
        row.anonymous = args.anonymous
        row.questions = [q.as_json() for q in questions]
