"""Creating, editing, archiving and copying courses and rounds (issue 15): what the
Courses tab's dialogs show, and the commands they save with (``course.create`` /
``course.edit`` / ``course.archive``, ``round.create`` / ``round.edit`` /
``round.archive``) through :mod:`desktop.operations.rows`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import OpContext
from desktop.operations.rows import RowCommands
from models.commands.edits import as_json
from models.courses import Course, CourseRound, RoundSession
from models.people import Person

ROUND_STATUS = {
    "planned": QT_TRANSLATE_NOOP("Courses", "Planned"),
    "open": QT_TRANSLATE_NOOP("Courses", "Open"),
    "closed": QT_TRANSLATE_NOOP("Courses", "Closed"),
    "cancelled": QT_TRANSLATE_NOOP("Courses", "Cancelled"),
}

#: What a course form shows and edits (course.create's arguments but the id).
COURSE_FIELDS = ("code", "name", "category", "description", "leader_id")
#: What a round form shows and edits (round.create's arguments but the ids).
ROUND_FIELDS = (
    "name",
    "term",
    "starts_on",
    "ends_on",
    "place",
    "seats",
    "status",
    "registration_opens_on",
    "registration_closes_on",
    "price_ore",
    "partner_course",
)

#: The commands of each table the Courses tab edits.
COMMANDS = {
    "course": RowCommands("course", "course.create", "course.edit", "course_id", "course.archive"),
    "course_round": RowCommands(
        "course_round", "round.create", "round.edit", "round_id", "round.archive"
    ),
}


def load_course(ctx: OpContext, course_id: str) -> dict[str, Any]:
    """The course's form values (JSON as the commands carry them) and its leader's name."""
    with ctx.read() as s:
        course = s.get(Course, course_id)
        if course is None:
            return {}
        leader = s.get(Person, course.leader_id) if course.leader_id else None
        values = {f: as_json(getattr(course, f)) for f in COURSE_FIELDS}
        return {**values, "archived": course.archived, "leader_name": _name(leader)}


def load_round_values(ctx: OpContext, round_id: str) -> dict[str, Any]:
    """The round's form values (JSON as the commands carry them), its course and how many
    sessions it has."""
    with ctx.read() as s:
        round_ = s.get(CourseRound, round_id)
        if round_ is None:
            return {}
        values = {f: as_json(getattr(round_, f)) for f in ROUND_FIELDS}
        sessions = s.scalar(
            select(func.count())
            .select_from(RoundSession)
            .where(RoundSession.round_id == round_id, RoundSession.deleted_at.is_(None))
        )
        return {
            **values,
            "id": round_id,
            "course_id": round_.course_id,
            "archived": round_.archived,
            "sessions": int(sessions or 0),
        }


def _name(person: Person | None) -> str:
    return person.full_name if person is not None else ""
