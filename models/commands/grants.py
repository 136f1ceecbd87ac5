"""A club's own activity grant rules (issue 19; :mod:`models.grants`): ``grant_rule_set.*``
adds a rule set (name, ages, participants, minutes, the leader's age, how often a
participant counts in a day, the first day), edits its numbers and archives it. For the
course roles. One live rule set per name."""

from __future__ import annotations

from datetime import date
from typing import Any

import pydantic
from sqlalchemy import select

from models.commands.base import Args, Command, CommandContext, register
from models.commands.courses import COURSE_ROLES
from models.commands.edits import ArchiveCommand, FieldEditCommand
from models.errors import ConflictError
from models.grants import GrantRuleSetRow, PerDay, check_rule_set

RuleName = pydantic.Field(min_length=1, max_length=200)


def _check(ctx: CommandContext, row: GrantRuleSetRow) -> None:
    check_rule_set(row)
    taken = ctx.session.scalar(
        select(GrantRuleSetRow.id).where(
            GrantRuleSetRow.tenant_id == ctx.actor.tenant_id,
            GrantRuleSetRow.deleted_at.is_(None),
            GrantRuleSetRow.id != row.id,
            GrantRuleSetRow.name == row.name,
        )
    )
    if taken:
        raise ConflictError(
            "There is already a rule set with this name: edit that one",
            details={"grant_rule_set_id": taken},
        )


class GrantRuleSetCreateArgs(Args):
    grant_rule_set_id: str
    name: str = RuleName
    min_age: int
    max_age: int
    min_participants: int
    max_participants: int | None = None
    min_minutes: int
    leader_min_age: int
    per_day: PerDay
    valid_from: date | None = None


@register
class GrantRuleSetCreate(Command[GrantRuleSetCreateArgs]):
    """Add a club's own activity grant rule set."""

    name = "grant_rule_set.create"
    shape = "create"
    roles = COURSE_ROLES

    def run(self, ctx: CommandContext, args: GrantRuleSetCreateArgs) -> None:
        row = ctx.new_from(GrantRuleSetRow, args, "grant_rule_set_id", per_day=args.per_day.value)
        _check(ctx, row)
        ctx.add(row)


class GrantRuleSetFields(Args):
    name: str | None = pydantic.Field(default=None, min_length=1, max_length=200)
    min_age: int | None = None
    max_age: int | None = None
    min_participants: int | None = None
    max_participants: int | None = None
    min_minutes: int | None = None
    leader_min_age: int | None = None
    per_day: PerDay | None = None
    valid_from: date | None = None


@register
class GrantRuleSetEdit(FieldEditCommand[Any]):
    """Change a rule set's name or numbers (reports made keep theirs)."""

    name = "grant_rule_set.edit"
    roles = COURSE_ROLES
    fields = GrantRuleSetFields
    model, id_arg, what = GrantRuleSetRow, "grant_rule_set_id", "Rule set"

    def written(self, ctx: CommandContext, row: Any, updates: dict[str, Any]) -> None:
        _check(ctx, row)


@register
class GrantRuleSetArchive(ArchiveCommand):
    """Archive a rule set (or take it back out: its name must still be free)."""

    name = "grant_rule_set.archive"
    roles = COURSE_ROLES
    model, id_arg = GrantRuleSetRow, "grant_rule_set_id"

    def restored(self, ctx: CommandContext, row: Any) -> None:
        _check(ctx, row)
