"""Course evaluations end to end (issue 19): the questionnaire set by a command pushed
over real HTTP, the evaluation mailed by the periodic job through a real SMTP server
(aiosmtpd) with each participant's personal link, answered on the page over real HTTP,
the second answer refused, the reminder sent once and only to the one who did not
answer, and the statistics counted by the report route; SQLite and PostgreSQL."""

from __future__ import annotations

import re
import uuid
from datetime import timedelta
from email.message import EmailMessage
from typing import Any

import pytest
import requests
from sqlalchemy import select

from models.courses import CourseRound
from models.errors import ValidationError
from models.evaluations import Question, QuestionKind, check_answers, statistics
from models.ids import new_id, utcnow
from models.notifications import EventType
from server.services.round_notices import send_round_notices
from server.tables import EvaluationAnswer, LinkToken
from tests.approval.helpers import hidden, person, pushed
from tests.server import test_notify_events as events
from tests.server.helpers import World, cmd
from tests.server.test_notify_events import Site, a_round, delivered, outbox, today
from tests.utils.notify_events import delivers

E = EventType

#: The notification tests' server, SMTP server and tenant per test (their fixtures).
site = events.site
world = events.world

QUESTIONS: list[dict[str, Any]] = [
    {"id": "overall", "kind": "scale", "text": "How was the course overall?", "required": True,
     "low_label": "Poor", "high_label": "Excellent"},
    {"id": "pace", "kind": "single", "text": "The pace was", "choices": ["Slow", "Right", "Fast"]},
    {"id": "liked", "kind": "multiple", "text": "What did you like?",
     "choices": ["The teacher", "The room", "The material"]},
    {"id": "words", "kind": "text", "text": "Anything else?"},
]  # fmt: skip


def ended_round(world: World, *, anonymous: bool = True) -> tuple[str, str]:
    """A course with a questionnaire and a round that ended yesterday: (course, round)."""
    round_id = a_round(world, today() - timedelta(days=3), today() - timedelta(days=1))
    with world.db.sessions() as s:
        course_id = s.get_one(CourseRound, round_id).course_id
    pushed(
        world,
        cmd(
            "evaluation_form.set",
            course_id=course_id,
            expected_version=0,
            anonymous=anonymous,
            questions=QUESTIONS,
        ),
    )
    return course_id, round_id


def participants(world: World, round_id: str, *names: str) -> dict[str, str]:
    """A participant with a place for each name: address -> registration."""
    found = {}
    for name in names:
        address = f"{name.lower()}.{world.slug}@firma.se"
        reg_id = new_id()
        pushed(
            world,
            cmd(
                "registration.create",
                registration_id=reg_id,
                round_id=round_id,
                participant_id=person(world, name, "Lund", address),
            ),
        )
        found[address] = reg_id
    return found


def link_in(message: EmailMessage) -> str:
    text = str(message.get_content())
    [link] = re.findall(r"http://kansli\.test/evaluation/[A-Za-z0-9_-]+", text)
    return link


def local(world: World, link: str) -> str:
    return link.replace("http://kansli.test", world.url)


def answer_form(page: str, **answers: str) -> dict[str, str]:
    return {"csrf_token": hidden(page, "csrf_token"), **answers}


@delivers(E.ROUND_EVALUATION, E.ROUND_EVALUATION_REMINDER)
def test_an_evaluation_is_mailed_answered_once_reminded_and_counted(
    site: Site, world: World
) -> None:
    course_id, round_id = ended_round(world)
    people = participants(world, round_id, "Erik", "Sara")
    erik, sara = people

    send_round_notices(site.db, site.settings, today=today())
    [to_erik] = delivered(site, erik)
    [to_sara] = delivered(site, sara)
    assert to_erik["Subject"] == "How was Projektledning?"
    erik_link, sara_link = link_in(to_erik), link_in(to_sara)
    assert erik_link != sara_link

    # Erik answers on the page (Swedish), over real HTTP.
    page = requests.get(local(world, erik_link), headers={"Accept-Language": "sv"}, timeout=10)
    assert page.status_code == 200, page.text
    assert "Utvärdering av Projektledning" in page.text
    assert "How was the course overall?" in page.text
    # A required question left out: the page again, nothing kept.
    missing = requests.post(
        local(world, erik_link), data=answer_form(page.text, pace="Right"), timeout=10
    )
    assert missing.status_code == 422, missing.text
    sent = answer_form(
        page.text, overall="4", pace="Right", liked__0="1", liked__2="1", words="Bra kurs!"
    )
    done = requests.post(local(world, erik_link), data=sent, timeout=10)
    assert done.status_code == 200, done.text
    assert "Thank you!" in done.text
    # The second answer on the same link is refused; the link says it was answered.
    again = requests.post(local(world, erik_link), data=sent, timeout=10)
    assert again.status_code == 410
    assert "You answered this evaluation on" in again.text
    assert requests.get(local(world, erik_link), timeout=10).status_code == 410
    unknown = requests.get(f"{world.url}/evaluation/{'x' * 43}", timeout=10)
    assert unknown.status_code == 404
    assert "This link is not valid" in unknown.text

    with site.db.sessions() as s:
        [row] = s.scalars(
            select(EvaluationAnswer).where(EvaluationAnswer.tenant_id == world.tenant_id)
        ).all()
        # Anonymous: the answer does not say whose it is; only the link was used. Nor can it
        # be found from the moment the link was used: a random id (not a UUIDv7, which
        # carries its millisecond) and only the day.
        assert row.registration_id is None
        assert uuid.UUID(row.id).version == 4
        assert (row.created_at.hour, row.created_at.minute, row.created_at.second) == (0, 0, 0)
        assert row.created_at.microsecond == 0
        assert row.answers == {
            "overall": 4,
            "pace": "Right",
            "liked": ["The teacher", "The material"],
            "words": "Bra kurs!",
        }
        used = s.scalars(
            select(LinkToken.entity_id).where(
                LinkToken.tenant_id == world.tenant_id, LinkToken.used_at.is_not(None)
            )
        ).all()
        assert used == [people[erik]]

    # No reminder before the days have passed; then Sara alone is reminded, once.
    send_round_notices(site.db, site.settings, today=today() + timedelta(days=6))
    assert outbox(world, E.ROUND_EVALUATION_REMINDER) == []
    send_round_notices(site.db, site.settings, today=today() + timedelta(days=7))
    send_round_notices(site.db, site.settings, today=today() + timedelta(days=8))
    [reminder] = outbox(world, E.ROUND_EVALUATION_REMINDER)
    assert (reminder.to_address, reminder.related_id) == (sara, people[sara])
    [_, got] = delivered(site, sara)
    assert got["Subject"] == "Reminder: how was Projektledning?"
    fresh = link_in(got)
    page = requests.get(local(world, fresh), timeout=10)
    assert page.status_code == 200
    done = requests.post(
        local(world, fresh), data=answer_form(page.text, overall="2", pace="Fast"), timeout=10
    )
    assert done.status_code == 200, done.text
    # Answered through the reminder: the first mail's link is used up as well.
    assert requests.get(local(world, sara_link), timeout=10).status_code == 410

    # The statistics, for course staff.
    stats = world.client("course_admin").get(
        f"{world.url}/api/v1/reports/evaluations", params={"round": round_id}, timeout=10
    )
    assert stats.status_code == 200, stats.text
    report = stats.json()
    assert (report["invited"], report["answered"], report["response_rate"]) == (2, 2, 1.0)
    overall, pace, liked, words = report["questions"]
    assert overall["distribution"] == {"1": 0, "2": 1, "3": 0, "4": 1, "5": 0}
    assert overall["average"] == 3.0
    assert pace["distribution"] == {"Slow": 0, "Right": 1, "Fast": 1}
    assert liked["answered"] == 1 and liked["distribution"]["The room"] == 0
    assert words["texts"] == ["Bra kurs!"]
    by_course = world.client("course_admin").get(
        f"{world.url}/api/v1/reports/evaluations", params={"course": course_id}, timeout=10
    )
    assert by_course.json()["rounds"][0]["answered"] == 2
    refused = world.client("treasurer").get(
        f"{world.url}/api/v1/reports/evaluations", params={"round": round_id}, timeout=10
    )
    assert refused.status_code == 403


def test_a_named_questionnaire_keeps_whose_answer_it_is(site: Site, world: World) -> None:
    _, round_id = ended_round(world, anonymous=False)
    [(erik, reg_id)] = participants(world, round_id, "Erik").items()
    send_round_notices(site.db, site.settings, today=today())
    [mail] = delivered(site, erik)
    link = local(world, link_in(mail))
    page = requests.get(link, timeout=10)
    assert "Your answer is saved with your name." in page.text
    assert requests.post(link, data=answer_form(page.text, overall="5"), timeout=10).ok
    with site.db.sessions() as s:
        [row] = s.scalars(
            select(EvaluationAnswer).where(EvaluationAnswer.tenant_id == world.tenant_id)
        ).all()
        assert row.registration_id == reg_id


def test_an_expired_link_says_the_evaluation_closed(site: Site, world: World) -> None:
    _, round_id = ended_round(world)
    [(sara, reg_id)] = participants(world, round_id, "Sara").items()
    send_round_notices(site.db, site.settings, today=today())
    [mail] = delivered(site, sara)
    link = local(world, link_in(mail))
    with site.db.transaction() as s:
        [token] = s.scalars(select(LinkToken).where(LinkToken.entity_id == reg_id)).all()
        token.expires_at = utcnow() - timedelta(days=1)
    page = requests.get(link, timeout=10)
    assert page.status_code == 410
    assert "This evaluation closed on" in page.text
    swedish = requests.get(link, headers={"Accept-Language": "sv"}, timeout=10)
    assert "Den här utvärderingen stängde" in swedish.text


def test_the_questionnaire_is_set_as_a_whole_and_a_stale_set_conflicts(world: World) -> None:
    course_id, _ = ended_round(world)
    stale = world.push(
        cmd(
            "evaluation_form.set",
            course_id=course_id,
            expected_version=0,
            questions=QUESTIONS[:1],
        ),
        role="course_admin",
    )
    assert (stale[0]["status"], stale[0]["code"]) == ("rejected", "conflict"), stale
    refused = world.push(
        cmd("evaluation_form.set", course_id=course_id, expected_version=1, questions=[]),
        role="course_admin",
    )
    assert refused[0]["status"] == "rejected", refused


def test_answers_are_checked_against_the_questions() -> None:
    questions = [Question.from_json(q) for q in QUESTIONS]
    with pytest.raises(ValidationError) as exc:
        check_answers(questions, {"overall": "6"})
    assert exc.value.field == "overall"
    with pytest.raises(ValidationError):
        check_answers(questions, {"overall": "3", "pace": "Very slow"})
    assert check_answers(questions, {"overall": "3", "unknown": "x"}) == {"overall": 3}
    [scale, *_] = statistics(questions, [{"overall": 1}, {"overall": 5}, {}])
    assert (scale.answered, scale.average) == (2, 3.0)
    assert Question.from_json(QUESTIONS[2]).kind is QuestionKind.MULTIPLE


def test_a_cancelled_participants_link_no_longer_opens(site: Site, world: World) -> None:
    """Mailed, then the registration is cancelled: the link answers like one with no
    evaluation, and nothing can be answered on it."""
    _course_id, round_id = ended_round(world)
    people = participants(world, round_id, "Olle")
    [olle] = people
    send_round_notices(site.db, site.settings, today=today())
    [mail] = delivered(site, olle)
    link = local(world, link_in(mail))
    assert requests.get(link, timeout=10).status_code == 200
    pushed(world, cmd("registration.cancel", registration_id=people[olle]))
    page = requests.get(link, timeout=10)
    assert page.status_code in (404, 410), page.text
    with site.db.sessions() as s:
        assert (
            s.scalars(
                select(EvaluationAnswer).where(EvaluationAnswer.tenant_id == world.tenant_id)
            ).all()
            == []
        )
