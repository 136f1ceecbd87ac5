"""Every text argument of every registered command refuses control characters.

The rule lives once, on ``Args`` (models/commands/base.py); this test walks the
registry, so a command added later is checked without being listed here.
"""

from __future__ import annotations

import types
import typing
from typing import Any

import pydantic
import pytest

import models.commands  # noqa: F401  (registers every command)
from models.commands.base import MULTILINE, Args, build, registered
from models.errors import ValidationError


def _unwrap(annotation: Any) -> list[Any]:
    """The types an annotation allows (``str | None`` -> [str, NoneType])."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return [t for arg in typing.get_args(annotation) for t in _unwrap(arg)]
    return [annotation]


def _text_paths(
    model: type[Args], prefix: tuple[Any, ...] = ()
) -> list[tuple[tuple[Any, ...], bool]]:
    """(location, multiline) of every text argument of ``model``, nested ones included."""
    found: list[tuple[tuple[Any, ...], bool]] = []
    for name, info in model.model_fields.items():
        multiline = MULTILINE in info.metadata
        for kind in _unwrap(info.annotation):
            origin = typing.get_origin(kind)
            if kind is str or kind is Any:
                found.append(((*prefix, name), multiline))
            elif isinstance(kind, type) and issubclass(kind, Args):
                found += _text_paths(kind, (*prefix, name))
            elif origin is list:
                (item,) = typing.get_args(kind)
                if item is str:
                    found.append(((*prefix, name, 0), multiline))
                elif isinstance(item, type) and issubclass(item, Args):
                    found += _text_paths(item, (*prefix, name, 0))
            elif origin is dict:
                _key, value = typing.get_args(kind)
                if isinstance(value, type) and issubclass(value, Args):
                    found += _text_paths(value, (*prefix, name, "first_name"))
    return found


def _nest(path: tuple[Any, ...], value: Any) -> Any:
    """A minimal argument object holding ``value`` at ``path``."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(head, int):
        return [_nest(rest, value)]
    return {head: _nest(rest, value)}


def _errors_at(model: type[Args], path: tuple[Any, ...], text: str) -> list[dict[str, Any]]:
    with pytest.raises(pydantic.ValidationError) as info:
        model.model_validate(_nest(path, text))
    # A list of texts is checked as one argument: its error names the list.
    return [
        e
        for e in info.value.errors()
        if path[: len(e["loc"])] == tuple(e["loc"]) and e["type"] == "kansli_invalid"
    ]


CASES = [
    (name, version, path, multiline)
    for (name, version), cls in sorted(registered().items())
    for path, multiline in _text_paths(cls.args_model)
]


def test_the_registry_has_text_arguments_of_both_kinds() -> None:
    assert len(CASES) > 30
    assert any(m for *_, m in CASES) and any(not m for *_, m in CASES)


@pytest.mark.parametrize(("name", "version", "path", "multiline"), CASES)
def test_every_text_argument_refuses_control_characters(
    name: str, version: int, path: tuple[Any, ...], multiline: bool
) -> None:
    model = registered()[(name, version)].args_model
    for bad in ("\x00", "\x07", "\x1b", "\x7f"):
        assert _errors_at(model, path, f"a{bad}b"), (name, path, repr(bad))
    line_break = _errors_at(model, path, "Anna\r\nBcc: x@example.se")
    assert bool(line_break) is not multiline, (name, path)


def test_a_refusal_names_the_argument_and_keeps_the_template() -> None:
    with pytest.raises(ValidationError) as info:
        build("course.create", 1, {"course_id": "c", "code": "K", "name": "A\nB"}, id="x")
    assert info.value.field == "args.name"
    assert info.value.message == "must be on one line"
    with pytest.raises(ValidationError) as info:
        build(
            "person.create",
            1,
            {
                "person_id": "p",
                "first_name": "A",
                "last_name": "B",
                "emails": [{"address": "a\x1b"}],
            },
            id="x",
        )
    assert info.value.field == "args.emails.0.address"
    assert info.value.template == "contains an invisible control character ({code})"
    assert info.value.params == {"code": "U+001B"}
