"""Commands on a round's sessions (kurstillfällen: day, time, room, leader; issue 15).

``session.add`` makes a session, ``session.edit`` changes its fields (merged per field,
each with the value the user saw), ``session.remove`` takes it off the round (a
tombstone). The rules of a session's day and times are :func:`models.sessions.check_session`.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import pydantic

from models.commands.base import Args, Command, CommandContext, MultilineText, register
from models.commands.courses import COURSE_ROLES
from models.commands.edits import FieldEditCommand, MultilineField, RemoveCommand
from models.courses import CourseRound, RoundSession
from models.errors import ValidationError
from models.people import Person
from models.sessions import DAY_MINUTES, check_session

#: A time of day in minutes after midnight (00:00 to 24:00).
Minute = Annotated[int, pydantic.Field(ge=0, le=DAY_MINUTES)]


class SessionAddArgs(Args):
    session_id: str
    round_id: str
    day: date
    start_minute: Minute | None = None
    end_minute: Minute | None = None
    room: str = pydantic.Field(default="", max_length=200)
    leader_id: str | None = None
    note: MultilineText = pydantic.Field(default="", max_length=2000)


@register
class SessionAdd(Command[SessionAddArgs]):
    """Add a session to a round."""

    name = "session.add"
    shape = "create"
    args_model = SessionAddArgs
    roles = COURSE_ROLES

    def run(self, ctx: CommandContext, args: SessionAddArgs) -> None:
        round_ = ctx.get(CourseRound, args.round_id, what="Course round")
        check_session(round_, args.day, args.start_minute, args.end_minute)
        if args.leader_id:
            ctx.get(Person, args.leader_id, what="Session leader")
        ctx.add(ctx.new_from(RoundSession, args, "session_id", round_id=round_.id))


class SessionFields(Args):
    """The editable fields of a session (``session.edit``), by the rules of ``session.add``."""

    day: date | None = None
    start_minute: Minute | None = None
    end_minute: Minute | None = None
    room: str | None = pydantic.Field(default=None, max_length=200)
    leader_id: str | None = None
    note: MultilineField = pydantic.Field(default=None, max_length=2000)


#: The fields whose change the round's participants are told of (``round.session_changed``).
NOTIFIED_FIELDS = frozenset({"day", "start_minute", "end_minute", "room"})


@register
class SessionEdit(FieldEditCommand[Any]):
    """Edit a session's fields, merged per field; its day and times keep the rule of
    ``session.add`` (a session cannot move to another round)."""

    name = "session.edit"
    roles = COURSE_ROLES
    model, id_arg, what = RoundSession, "session_id", "Session"
    fields = SessionFields
    named = "the session on {row.day}"

    def load(self, ctx: CommandContext, row_id: str) -> Any:
        session = super().load(ctx, row_id)
        ctx.get(CourseRound, session.round_id, what="Course round")
        return session

    def value(self, row: Any, field: str, value: Any) -> Any:
        """The day from ISO text."""
        if field == "day" and isinstance(value, str) and value:
            return date.fromisoformat(value)
        return value

    def check(self, ctx: CommandContext, row: Any, updates: dict[str, Any]) -> None:
        after: dict[str, Any] = {
            f: updates.get(f, getattr(row, f)) for f in ("day", "start_minute", "end_minute")
        }
        if after["day"] is None:
            raise ValidationError("A session needs its day", field="day")
        round_ = ctx.get(CourseRound, row.round_id, what="Course round")
        check_session(round_, after["day"], after["start_minute"], after["end_minute"])
        if updates.get("leader_id"):
            ctx.get(Person, updates["leader_id"], what="Session leader")

    def written(self, ctx: CommandContext, row: Any, updates: dict[str, Any]) -> None:
        if NOTIFIED_FIELDS & updates.keys():  # the round's participants are told (issue 16)
            ctx.effect("notify.session_changed", session_id=row.id)


@register
class SessionRemove(RemoveCommand):
    """Take a session off its round (a tombstone)."""

    name = "session.remove"
    roles = COURSE_ROLES
    model, id_arg, what = RoundSession, "session_id", "Session"

    def removed(self, ctx: CommandContext, row: Any) -> None:
        ctx.effect("notify.session_changed", session_id=row.id)
