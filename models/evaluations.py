"""Course evaluations (issue 19; seed 003): a questionnaire per course, answered on a
personal link mailed after a round (:mod:`server.services.evaluations`).

An :class:`EvaluationForm` is a course's questionnaire, synced and edited as a whole in
the desktop by course staff (``evaluation_form.set``, :mod:`models.commands.evaluations`):
its questions in order (:class:`Question`: a scale 1-5 with words at its ends, a single
or multiple choice, or free text; each required or not) and whether it is anonymous.
Each change counts ``version`` up; an answer keeps the version it was given to. Its id is
derived from the course's (:func:`form_id`), so two offices making one offline make the
same row.

The answers are the server's own (``server.tables.evaluations``); :func:`check_answers`
is the one rule of what an answer to a questionnaire may hold, and :func:`statistics`
counts them per question.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, SyncMixin
from models.errors import ValidationError
from models.ids import derived_id

#: The steps of a scale question.
SCALE = range(1, 6)
#: The most questions a questionnaire holds, and choices a question.
MAX_QUESTIONS = 50
MAX_CHOICES = 20
#: The longest free-text answer kept.
MAX_FREE_TEXT = 4000


class QuestionKind(enum.StrEnum):
    """What a question asks for."""

    SCALE = "scale"
    SINGLE = "single"
    MULTIPLE = "multiple"
    TEXT = "text"


CHOICE_KINDS = frozenset({QuestionKind.SINGLE, QuestionKind.MULTIPLE})


@dataclass(frozen=True)
class Question:
    """One question of a questionnaire (stored as JSON on the form, in order)."""

    id: str
    kind: QuestionKind
    text: str
    required: bool = False
    #: The choices of a single or multiple choice, in order.
    choices: tuple[str, ...] = ()
    #: The words at the ends of a scale ("Poor" ... "Excellent").
    low_label: str = ""
    high_label: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": str(self.kind),
            "text": self.text,
            "required": self.required,
            "choices": list(self.choices),
            "low_label": self.low_label,
            "high_label": self.high_label,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Question:
        return cls(
            id=str(data["id"]),
            kind=QuestionKind(data["kind"]),
            text=str(data.get("text", "")),
            required=bool(data.get("required", False)),
            choices=tuple(str(c) for c in data.get("choices", ())),
            low_label=str(data.get("low_label", "")),
            high_label=str(data.get("high_label", "")),
        )


def form_id(course_id: str) -> str:
    """The id of a course's questionnaire (the same wherever it is made)."""
    return derived_id(course_id, "evaluation_form")


class EvaluationForm(SyncMixin, Base):
    """A course's evaluation questionnaire."""

    __tablename__ = "evaluation_form"

    course_id: Mapped[str] = mapped_column(ForeignKey("course.id"), index=True)
    #: Anonymous: an answer does not keep who gave it (only that their link was used).
    anonymous: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Counts each change (``evaluation_form.set``); 0 before the first.
    version: Mapped[int] = mapped_column(Integer, default=0)
    #: The questions in order (:meth:`Question.as_json` each).
    questions: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)

    def question_list(self) -> list[Question]:
        return [Question.from_json(q) for q in self.questions or []]


def check_questions(questions: Sequence[Question]) -> None:
    """A questionnaire's questions: at least one, unique ids, text, choices where asked."""
    if not questions:
        raise ValidationError("A questionnaire needs at least one question", field="questions")
    if len(questions) > MAX_QUESTIONS:
        raise ValidationError(
            "A questionnaire holds at most {count} questions",
            field="questions",
            params={"count": MAX_QUESTIONS},
        )
    seen: set[str] = set()
    for number, q in enumerate(questions, start=1):
        if not q.id or q.id in seen:
            raise ValidationError("Each question needs an id of its own", field="questions")
        seen.add(q.id)
        if not q.text.strip():
            raise ValidationError(
                "Question {number} has no text", field="questions", params={"number": number}
            )
        if q.kind in CHOICE_KINDS:
            choices = [c for c in q.choices if c.strip()]
            if len(choices) < 2 or len(set(choices)) != len(choices):
                raise ValidationError(
                    "Question {number} needs at least two different choices",
                    field="questions",
                    params={"number": number},
                )
            if len(choices) > MAX_CHOICES:
                raise ValidationError(
                    "Question {number} has more than {count} choices",
                    field="questions",
                    params={"number": number, "count": MAX_CHOICES},
                )


#: An answer to one question: a scale step, a choice, the choices, or a text.
Answer = int | str | list[str]


def check_answers(questions: Sequence[Question], raw: Mapping[str, Any]) -> dict[str, Answer]:
    """What a submitted answer holds, checked against ``questions``: a scale 1-5, one of
    the choices, some of them, or a text; every required question answered. Unknown
    question ids are dropped. Refusals name the question's id as ``field``."""
    found: dict[str, Answer] = {}
    for q in questions:
        value = raw.get(q.id)
        answer: Answer | None = None
        if q.kind is QuestionKind.SCALE and value not in (None, ""):
            try:
                step = int(str(value))
            except ValueError:
                step = 0
            if step not in SCALE:
                raise ValidationError("Choose a value from 1 to 5", field=q.id)
            answer = step
        elif q.kind is QuestionKind.SINGLE and value not in (None, ""):
            if value not in q.choices:
                raise ValidationError("Choose one of the answers given", field=q.id)
            answer = str(value)
        elif q.kind is QuestionKind.MULTIPLE and value:
            picked = [value] if isinstance(value, str) else list(value)
            if any(p not in q.choices for p in picked):
                raise ValidationError("Choose among the answers given", field=q.id)
            answer = [c for c in q.choices if c in picked]
        elif q.kind is QuestionKind.TEXT and isinstance(value, str) and value.strip():
            answer = value.strip()[:MAX_FREE_TEXT]
        if answer is None:
            if q.required:
                raise ValidationError("This question needs an answer", field=q.id)
            continue
        found[q.id] = answer
    return found


@dataclass
class QuestionStats:
    """What the answers to one question add up to."""

    question: Question
    answered: int = 0
    #: Per scale step (1-5) or per choice, how many chose it (in order).
    distribution: dict[str, int] = field(default_factory=dict)
    average: float | None = None
    texts: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.question.id,
            "kind": str(self.question.kind),
            "text": self.question.text,
            "answered": self.answered,
            "distribution": self.distribution,
            "average": self.average,
            "texts": self.texts,
        }


def statistics(
    questions: Sequence[Question], answers: Iterable[Mapping[str, Any]]
) -> list[QuestionStats]:
    """Per question: how many answered, the distribution (scale steps, choices), the
    average of a scale and the free texts in the order given."""
    stats = [QuestionStats(q) for q in questions]
    for s in stats:
        if s.question.kind is QuestionKind.SCALE:
            s.distribution = {str(step): 0 for step in SCALE}
        elif s.question.kind in CHOICE_KINDS:
            s.distribution = {c: 0 for c in s.question.choices}
    for answer in answers:
        for s in stats:
            value = answer.get(s.question.id)
            if value in (None, "", []):
                continue
            s.answered += 1
            values = value if isinstance(value, list) else [value]
            if s.question.kind is QuestionKind.TEXT:
                s.texts.append(str(value))
                continue
            for v in values:
                key = str(v)
                if key in s.distribution:
                    s.distribution[key] += 1
    for s in stats:
        if s.question.kind is QuestionKind.SCALE and s.answered:
            total = sum(int(k) * n for k, n in s.distribution.items())
            s.average = round(total / s.answered, 2)
    return stats
