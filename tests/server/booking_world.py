"""Builders of the public booking page tests (issue 17): a tenant's courses, rounds and
sign-up forms made as staff make them, with commands pushed over HTTP."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from models.ids import new_id
from tests.server.helpers import World, cmd

KR = 100
TODAY = date.today()


def pushed(world: World, *commands: dict[str, Any]) -> None:
    results = world.push(*commands)
    assert all(r["status"] == "applied" for r in results), results


def course(world: World, name: str, *, category: str = "Tango") -> str:
    course_id = new_id()
    pushed(
        world,
        cmd("course.create", course_id=course_id, code=name[:6], name=name, category=category),
    )
    return course_id


def round_(
    world: World,
    course_id: str,
    name: str,
    *,
    starts: date | None = None,
    days: int = 60,
    form: bool = True,
    published: bool = True,
    **fields: Any,
) -> str:
    """A round of ``course_id`` starting ``starts`` (a month ahead) for ``days`` days, with a
    sign-up form (published unless told)."""
    round_id = new_id()
    starts = starts or TODAY + timedelta(days=30)
    commands = [
        cmd(
            "round.create",
            round_id=round_id,
            course_id=course_id,
            name=name,
            starts_on=starts.isoformat(),
            ends_on=(starts + timedelta(days=days)).isoformat(),
            **fields,
        )
    ]
    if form:
        commands.append(
            cmd("signup_form.set", form_id=new_id(), round_id=round_id, published=published)
        )
    pushed(world, *commands)
    return round_id


def person(world: World, first: str, last: str, email: str) -> str:
    person_id = new_id()
    pushed(
        world,
        cmd(
            "person.create",
            person_id=person_id,
            first_name=first,
            last_name=last,
            emails=[{"address": email}],
        ),
    )
    return person_id


def register(world: World, round_id: str, person_id: str, **fields: Any) -> str:
    registration_id = new_id()
    pushed(
        world,
        cmd(
            "registration.create",
            registration_id=registration_id,
            round_id=round_id,
            participant_id=person_id,
            **fields,
        ),
    )
    return registration_id


def discount(name: str, *, condition: str = "always", **fields: Any) -> dict[str, Any]:
    """The command of a discount rule on the category Tango (unless ``fields`` say
    otherwise), ``fields`` its amount or percent."""
    scope = {"scope_kind": "category", "scope_id": "Tango"}
    return cmd(
        "discount_rule.create",
        discount_rule_id=new_id(),
        name=name,
        condition=condition,
        **(scope | fields),
    )
