"""Course evaluations on the server (issue 19): the personal link mailed after a round,
the answer given on it, the reminder and the statistics.

* :func:`evaluation_link`: a participant's link to their round's evaluation
  (``/evaluation/{token}``, :mod:`server.web.evaluation`), a :mod:`server.services.approval`
  link of kind :data:`EVALUATION_LINK` about the registration (random, stored hashed,
  bound to the address it was mailed to). Made by the ``round.evaluation`` mail and its
  reminder (:mod:`server.services.round_notices`) when the round's course has a
  questionnaire (:class:`models.evaluations.EvaluationForm`); none otherwise.
* :func:`answer`: one answer per participant and round: the first answer uses up every
  evaluation link of the registration (a second submit is told it was answered already);
  an anonymous questionnaire's answer row does not keep whose it is.
* :func:`reminders_due`: the places whose evaluation mail went
  ``Settings.evaluation_reminder_days`` ago or more, not answered and not reminded yet.
* :func:`report`: answer counts, response rate and per question distributions, averages
  and free texts, for a round or every round of a course.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import exists, select, update
from sqlalchemy.orm import Session

from models.courses import Course, CourseRound, Registration, RegistrationStatus
from models.errors import ValidationError
from models.evaluations import EvaluationForm, Question, check_answers, statistics
from models.ids import new_id
from models.notifications import EventType
from server.i18n import N_
from server.services.approval import LinkKind, LinkProblem, find_link, issue_link, link_url
from server.settings import Settings
from server.tables import EvaluationAnswer, LinkToken, MailOutbox, SmsOutbox

#: A participant's evaluation link; its reminder sends a fresh one.
EVALUATION_LINK = LinkKind("evaluation", timedelta(days=60))
#: Reminders are sent for evaluation mails at most this many days older than due (a job
#: that did not run for a while catches up; older ones are let go).
CATCH_UP_DAYS = 7

ANSWERED = N_("You answered this evaluation on {day}. Thank you!")
EXPIRED = N_("This evaluation closed on {day}. Thank you for your interest.")
NO_FORM = N_("This course has no evaluation any more.")


def course_form(session: Session, tenant_id: str, course_id: str) -> EvaluationForm | None:
    """The course's live questionnaire with questions (None when it has none)."""
    form = session.scalars(
        select(EvaluationForm).where(
            EvaluationForm.tenant_id == tenant_id,
            EvaluationForm.course_id == course_id,
            EvaluationForm.deleted_at.is_(None),
        )
    ).first()
    return form if form is not None and form.questions else None


def evaluation_link(
    session: Session, settings: Settings, reg: Registration, email: str, *, now: datetime
) -> str:
    """A new evaluation link of ``reg`` mailed to ``email`` (its absolute URL), or "" when
    its round's course has no questionnaire. Only the token's hash is stored."""
    round_ = session.get(CourseRound, reg.round_id)
    if round_ is None or course_form(session, reg.tenant_id, round_.course_id) is None:
        return ""
    token = issue_link(
        session, EVALUATION_LINK, tenant_id=reg.tenant_id, entity_id=reg.id, email=email, now=now
    )
    return link_url(settings, "evaluation", token)


@dataclass(frozen=True)
class Opened:
    """What a live evaluation link opens: the registration, its round and course, the form."""

    link: LinkToken
    registration: Registration
    round: CourseRound
    course: Course
    form: EvaluationForm

    @property
    def questions(self) -> list[Question]:
        return self.form.question_list()


def open_link(session: Session, token: str, *, now: datetime) -> Opened:
    """The evaluation a live link is for, or :class:`LinkProblem` (unknown: 404-like;
    answered or expired: 410-like with ``{day}``)."""
    link = find_link(
        session, token, now=now, purpose=EVALUATION_LINK.purpose, used=ANSWERED, expired=EXPIRED
    )
    reg = session.get(Registration, link.entity_id)
    round_ = session.get(CourseRound, reg.round_id) if reg is not None else None
    course = session.get(Course, round_.course_id) if round_ is not None else None
    form = course_form(session, link.tenant_id, course.id) if course is not None else None
    if reg is None or round_ is None or course is None or form is None:
        raise LinkProblem(NO_FORM)
    if reg.deleted_at is not None or reg.status == RegistrationStatus.CANCELLED:
        raise LinkProblem(NO_FORM)  # no longer a participant of the round
    return Opened(link, reg, round_, course, form)


def answer(session: Session, opened: Opened, raw: dict[str, Any], *, now: datetime) -> None:
    """Keep ``raw`` (question id -> value) as the registration's answer (checked:
    :func:`models.evaluations.check_answers`, ValidationError naming the question) and use
    up every evaluation link of the registration. The caller holds the tenant's lock and
    opened the link under it."""
    answers = check_answers(opened.questions, raw)
    reg = opened.registration
    anonymous = opened.form.anonymous
    session.add(
        EvaluationAnswer(
            # An anonymous answer must not be found again from the link it used up: no
            # registration, a random id (a UUIDv7 carries its millisecond) and only the day
            # (the link's used_at has the moment).
            id=str(uuid.uuid4()) if anonymous else new_id(),
            tenant_id=reg.tenant_id,
            course_id=opened.course.id,
            round_id=opened.round.id,
            form_version=opened.form.version,
            registration_id=None if anonymous else reg.id,
            answers=answers,
            created_at=datetime(now.year, now.month, now.day, tzinfo=now.tzinfo)
            if anonymous
            else now,
        )
    )
    session.execute(
        update(LinkToken)
        .where(
            LinkToken.tenant_id == reg.tenant_id,
            LinkToken.purpose == EVALUATION_LINK.purpose,
            LinkToken.entity_id == reg.id,
            LinkToken.used_at.is_(None),
        )
        .values(used_at=now)
        .execution_options(synchronize_session=False)
    )


def _sent(table: type[MailOutbox] | type[SmsOutbox], event: EventType) -> Any:
    return exists().where(table.event_type == event.value, table.related_id == Registration.id)


def reminders_due(session: Session, settings: Settings, today: date) -> list[tuple[str, str]]:
    """``(tenant_id, registration_id)`` of the places to remind of their evaluation
    ``today``: the evaluation mail went ``evaluation_reminder_days`` ago or more (within
    :data:`CATCH_UP_DAYS` of that), it carried a link, no link of theirs was used, and no
    reminder went before."""
    days = settings.evaluation_reminder_days
    latest = datetime.combine(today - timedelta(days=days - 1), datetime.min.time(), UTC)
    earliest = latest - timedelta(days=CATCH_UP_DAYS + 1)
    linked = select(LinkToken.entity_id).where(LinkToken.purpose == EVALUATION_LINK.purpose)
    used = linked.where(LinkToken.used_at.is_not(None))
    reminder = EventType.ROUND_EVALUATION_REMINDER
    rows = session.execute(
        select(Registration.tenant_id, Registration.id)
        .where(
            Registration.deleted_at.is_(None),
            Registration.id.in_(linked),
            Registration.id.not_in(used),
            exists().where(
                MailOutbox.event_type == EventType.ROUND_EVALUATION.value,
                MailOutbox.related_id == Registration.id,
                MailOutbox.created_at >= earliest,
                MailOutbox.created_at < latest,
            ),
            ~_sent(MailOutbox, reminder),
            ~_sent(SmsOutbox, reminder),
        )
        .order_by(Registration.round_id, Registration.created_at, Registration.id)
    ).all()
    return [(t, r) for t, r in rows]


# -- statistics ---------------------------------------------------------------------------


def _rounds(
    session: Session, tenant_id: str, *, round_id: str | None, course_id: str | None
) -> list[CourseRound]:
    query = select(CourseRound).where(
        CourseRound.tenant_id == tenant_id, CourseRound.deleted_at.is_(None)
    )
    if round_id is not None:
        query = query.where(CourseRound.id == round_id)
    if course_id is not None:
        query = query.where(CourseRound.course_id == course_id)
    return list(session.scalars(query.order_by(CourseRound.starts_on, CourseRound.name)))


def _invited(session: Session, tenant_id: str, round_ids: Sequence[str]) -> int:
    """How many registrations of the rounds were sent an evaluation link."""
    if not round_ids:
        return 0
    regs = select(Registration.id).where(
        Registration.tenant_id == tenant_id, Registration.round_id.in_(round_ids)
    )
    found = session.scalars(
        select(LinkToken.entity_id)
        .where(
            LinkToken.tenant_id == tenant_id,
            LinkToken.purpose == EVALUATION_LINK.purpose,
            LinkToken.entity_id.in_(regs),
        )
        .distinct()
    )
    return len(list(found))


def report(
    session: Session, tenant_id: str, *, round_id: str | None = None, course_id: str | None = None
) -> dict[str, Any]:
    """The evaluation's statistics of a round, or of every round of a course: how many
    were sent a link and answered (the response rate), and per question the counts, the
    distribution, a scale's average and the free texts. Raises ValidationError for a
    round or course that is not the tenant's."""
    if round_id is not None:
        round_ = session.get(CourseRound, round_id)
        if round_ is None or round_.tenant_id != tenant_id or round_.deleted_at is not None:
            raise ValidationError("Course round not found", field="round")
        course_id = round_.course_id
    course = session.get(Course, course_id) if course_id else None
    if course is None or course.tenant_id != tenant_id:
        raise ValidationError("Course not found", field="course")
    rounds = _rounds(session, tenant_id, round_id=round_id, course_id=course.id)
    form = course_form(session, tenant_id, course.id)
    questions = form.question_list() if form is not None else []
    per_round = []
    everything: list[dict[str, Any]] = []
    invited_in_all = 0
    for r in rounds:
        answers = list(
            session.scalars(
                select(EvaluationAnswer.answers)
                .where(EvaluationAnswer.tenant_id == tenant_id, EvaluationAnswer.round_id == r.id)
                .order_by(EvaluationAnswer.created_at, EvaluationAnswer.id)
            )
        )
        everything += answers
        invited = _invited(session, tenant_id, [r.id])
        invited_in_all += invited
        per_round.append(
            {
                "round_id": r.id,
                "round": r.name,
                "invited": invited,
                "answered": len(answers),
                "response_rate": round(len(answers) / invited, 3) if invited else None,
                "questions": [s.as_json() for s in statistics(questions, answers)],
            }
        )
    invited = invited_in_all
    return {
        "course_id": course.id,
        "course": course.name,
        "anonymous": form.anonymous if form is not None else True,
        "version": form.version if form is not None else 0,
        "invited": invited,
        "answered": len(everything),
        "response_rate": round(len(everything) / invited, 3) if invited else None,
        "questions": [s.as_json() for s in statistics(questions, everything)],
        "rounds": per_round,
    }
