"""A club's own activity grant rule sets (models/commands/grants.py; issue 19): created,
edited and archived by the course roles, refused with the field when a number makes no
sense or the name is blank or taken by a live rule set; a row's :meth:`rules` counts
generated attendance exactly as the same coded :class:`RuleSet` does."""

from __future__ import annotations

import random
from dataclasses import asdict
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy.orm import Session

from models.commands import build
from models.errors import ConflictError, PermissionDenied, ValidationError
from models.grants import (
    LOK_STOD,
    MUNICIPAL_EXAMPLES,
    GrantRuleSetRow,
    GrantSession,
    RuleSet,
    grant_periods,
)
from models.ids import new_id
from models.tenancy import Role
from tests import factories as f


def run(session: Session, name: str, args: dict[str, Any], tenant_id: str, *roles: str) -> None:
    actor = f.actor(tenant_id, *(roles or [Role.COURSE_ADMIN]))
    build(name, 1, args, id=new_id()).apply(session, actor)


def args_of(rules: RuleSet, **changes: Any) -> dict[str, Any]:
    """``grant_rule_set.create``'s arguments for the numbers of a coded rule set."""
    values = asdict(rules)
    values.pop("key")
    values["per_day"] = rules.per_day.value
    values["valid_from"] = rules.valid_from.isoformat()
    return {"grant_rule_set_id": new_id(), **values, **changes}


def test_a_rule_set_counts_like_the_coded_one(session: Session) -> None:
    t = f.tenant(session)
    rng = random.Random(19)
    people = {f"P{i}": rng.choice([None, *range(1995, 2024)]) for i in range(40)}
    sessions = []
    for n in range(300):
        day = date(2025, 1, 1) + timedelta(days=rng.randrange(730))
        leader = rng.choice(["L1", "L2", "L3"])
        born = {"L1": 2000, "L2": 2011, "L3": None}[leader]
        sessions.append(
            GrantSession(
                id=f"S{n}",
                day=day,
                minutes=rng.choice([None, 30, 44, 45, 59, 60, 90]),
                sport=rng.choice(["fotboll", "innebandy"]),
                leader_id=rng.choice([leader, None]) if n % 7 == 0 else leader,
                leader_birth_year=born,
                participants=rng.sample(sorted(people), rng.randrange(0, 35)),
                birth_years={**people, leader: born},
                start_minute=rng.randrange(8 * 60, 21 * 60),
            )
        )
    for coded in (LOK_STOD, *MUNICIPAL_EXAMPLES):
        args = args_of(coded)
        run(session, "grant_rule_set.create", args, t.id)
        row = session.get(GrantRuleSetRow, args["grant_rule_set_id"])
        assert row is not None
        own = row.rules()
        assert own.key == row.id and own.name == coded.name
        counted = grant_periods(sessions, own)
        assert counted == grant_periods(sessions, coded)
        assert sum(p.activities for p in counted) > 0  # the data is not all refused


def test_an_admin_edits_and_archives_a_rule_set(session: Session) -> None:
    t = f.tenant(session)
    args = args_of(MUNICIPAL_EXAMPLES[0], name="Umeå kommun", valid_from=None)
    run(session, "grant_rule_set.create", args, t.id, Role.ADMIN)
    rid = args["grant_rule_set_id"]
    edit = {"grant_rule_set_id": rid, "changes": {"min_minutes": {"old": 60, "new": 50}}}
    run(session, "grant_rule_set.edit", edit, t.id)
    row = session.get(GrantRuleSetRow, rid)
    assert row is not None and row.rules().min_minutes == 50
    assert row.rules().valid_from == date(2000, 1, 1)
    archive = {"grant_rule_set_id": rid, "changes": {"archived": {"old": False, "new": True}}}
    run(session, "grant_rule_set.archive", archive, t.id)
    assert row.deleted_at is not None
    # Its name is free again, and then the archived one cannot come back.
    run(session, "grant_rule_set.create", {**args, "grant_rule_set_id": new_id()}, t.id)
    back = {"grant_rule_set_id": rid, "changes": {"archived": {"old": True, "new": False}}}
    with pytest.raises(ConflictError):
        run(session, "grant_rule_set.archive", back, t.id)


def test_only_the_course_roles(session: Session) -> None:
    t = f.tenant(session)
    with pytest.raises(PermissionDenied):
        run(session, "grant_rule_set.create", args_of(LOK_STOD), t.id, Role.TREASURER)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "   "}, "name"),
        ({"min_age": -1}, "min_age"),
        ({"min_minutes": -5}, "min_minutes"),
        ({"leader_min_age": -1}, "leader_min_age"),
        ({"min_participants": 0}, "min_participants"),
        ({"min_age": 21, "max_age": 20}, "max_age"),
        ({"min_participants": 5, "max_participants": 4}, "max_participants"),
    ],
)
def test_refusals_name_the_field(session: Session, changes: dict[str, Any], field: str) -> None:
    t = f.tenant(session)
    with pytest.raises(ValidationError) as refused:
        run(session, "grant_rule_set.create", args_of(MUNICIPAL_EXAMPLES[1], **changes), t.id)
    assert (refused.value.field or "").removeprefix("args.") == field


def test_one_live_rule_set_per_name(session: Session) -> None:
    t = f.tenant(session)
    run(session, "grant_rule_set.create", args_of(LOK_STOD, name="Kommunen"), t.id)
    other = args_of(LOK_STOD, name="Annat")
    run(session, "grant_rule_set.create", other, t.id)
    with pytest.raises(ConflictError):
        run(session, "grant_rule_set.create", args_of(LOK_STOD, name=" Kommunen "), t.id)
    rename = {"grant_rule_set_id": other["grant_rule_set_id"]}
    rename["changes"] = {"name": {"old": "Annat", "new": "Kommunen"}}  # type: ignore[assignment]
    with pytest.raises(ConflictError):
        run(session, "grant_rule_set.edit", rename, t.id)
