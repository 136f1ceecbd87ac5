"""Every text a request body carries passes the one text rule of command arguments
(models.validators.check_text, through server.api.schemas.PlainText): no control
character, no line break. SQLite and PostgreSQL, over real HTTP."""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.routing import APIRoute
from pydantic import AfterValidator, BaseModel
from sqlalchemy import select

from models.tenancy import Role, User
from server.api import schemas
from tests.server.helpers import World
from tests.utils.servers import InProcessServer

#: Validators that cover a text field: the plain-text rule, or a password kept as typed.
RULES = {schemas._plain_text, schemas._no_nul}
#: Values handed on whole to a rule of their own: command envelopes (models.commands.Args).
EXEMPT = {("PushIn", "commands")}
EVIL = "Eva\r\nBcc: evil@x.se\x1b[31m"


def _routes(routes: list[Any]) -> Iterator[Any]:
    for r in routes:
        inner = getattr(r, "original_router", None)
        if inner is not None:
            yield from _routes(inner.routes)
        elif isinstance(r, APIRoute):
            yield r


def _uncovered(annotation: Any, metadata: list[Any], where: str) -> Iterator[str]:
    """The places under ``annotation`` where a ``str`` goes unchecked."""
    if annotation is str:
        if not any(isinstance(m, AfterValidator) and m.func in RULES for m in metadata):
            yield where
        return
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        for name, field in annotation.model_fields.items():
            if (annotation.__name__, name) not in EXEMPT:
                yield from _uncovered(
                    field.annotation, list(field.metadata), f"{annotation.__name__}.{name}"
                )
        return
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        inner, *extra = typing.get_args(annotation)
        yield from _uncovered(inner, [*metadata, *extra], where)
    elif origin in (typing.Union, types.UnionType, list, tuple, set, frozenset):
        for arg in typing.get_args(annotation):
            yield from _uncovered(
                arg, metadata if origin in (typing.Union, types.UnionType) else [], where
            )
    elif origin is dict:
        key, value = typing.get_args(annotation)
        yield from _uncovered(key, [], f"{where} (key)")
        yield from _uncovered(value, [], f"{where} (value)")


def test_every_text_of_every_request_body_has_the_text_rule(api: InProcessServer) -> None:
    bodies = {
        p.field_info.annotation
        for route in _routes(api.app.routes)
        for p in route.dependant.body_params
    }
    assert len(bodies) >= 8  # the walk found the API's bodies
    missing = sorted(
        {w for body in bodies for w in _uncovered(body, [], getattr(body, "__name__", "?"))}
    )
    assert missing == []


def test_the_walk_finds_a_field_without_the_rule() -> None:
    class Probe(BaseModel):
        fine: schemas.PlainText
        bare: str
        nested: list[str] | None = None

    assert sorted(_uncovered(Probe, [], "Probe")) == ["Probe.bare", "Probe.nested"]


@pytest.mark.parametrize("field", ["display_name", "email"])
def test_control_characters_are_refused_in_an_invitation(
    api: InProcessServer, world: World, field: str
) -> None:
    body = {"email": f"eva.{world.slug}@example.se", "display_name": "Eva", "roles": ["viewer"]}
    body[field] = EVIL if field == "display_name" else f"eva\x1b.{world.slug}@example.se"
    answer = world.client(Role.ADMIN).post(f"{api.url}/api/v1/users", json=body, timeout=10)
    assert answer.status_code == 422, answer.text
    with api.db.sessions() as s:
        assert s.scalar(select(User).where(User.email.like(f"eva%{world.slug}%"))) is None


def test_control_characters_are_refused_in_a_rename(api: InProcessServer, world: World) -> None:
    user = world.users[Role.VIEWER]
    answer = world.client(Role.ADMIN).patch(
        f"{api.url}/api/v1/users/{user.id}", json={"display_name": EVIL}, timeout=10
    )
    assert answer.status_code == 422, answer.text
    assert "U+000D" in answer.text or "one line" in answer.text
    with api.db.sessions() as s:
        stored = s.get(User, user.id)
        assert stored is not None and stored.display_name == user.display_name
