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
from hypothesis import example, given
from hypothesis import strategies as st

import models.commands  # noqa: F401  (registers every command)
from models import validators
from models.commands.base import MULTILINE, Args, MultilineText, build, registered
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


class _Item(Args):
    name: str = ""


class _Probe(Args):
    line: str = ""
    note: MultilineText = ""
    number: int = 0
    items: list[_Item] = pydantic.Field(default_factory=list)


#: What ``Args`` strips from text (pydantic strips Unicode's White_Space; Python's
#: ``str.strip`` also takes U+001C-U+001F, which are not).
WHITE_SPACE = "".join(
    c for c in map(chr, range(0x3001)) if c.isspace() and c not in "\x1c\x1d\x1e\x1f"
)


def _checked(line: str, note: str, number: int) -> tuple[dict[str, Any], set[str]]:
    """What the rules make of the values (stripped as ``Args`` strips them), and which
    fields they refuse: the reference the shortcuts of ``Args._bounded`` must agree with."""
    values: dict[str, Any] = {}
    refused: set[str] = set()
    line, note = line.strip(WHITE_SPACE), note.strip(WHITE_SPACE)
    for name, check in (
        ("line", lambda: validators.check_text(line, field="line")),
        ("note", lambda: validators.check_text(note, field="note", multiline=True)),
        ("number", lambda: validators.check_json(number, field="number")),
    ):
        try:
            values[name] = check()
        except ValidationError:
            refused.add(name)
    return values, refused


@given(
    line=st.text(st.characters(max_codepoint=0x2030), max_size=12),
    note=st.text(st.characters(max_codepoint=0x2030), max_size=12),
    number=st.one_of(st.integers(), st.sampled_from([2**31 - 1, 2**31, -(2**31), -(2**31) - 1])),
    items=st.integers(0, 3),
)
@example(line="a\nb", note="a\r\nb\rc", number=2**31 - 1, items=1)
@example(line="a\u2028b", note="a\nb\x07", number=-(2**31) - 1, items=0)
@example(line="a\tb", note="a\x85b", number=0, items=2)
def test_what_passes_at_once_is_what_the_checks_pass(
    line: str, note: str, number: int, items: int
) -> None:
    values, refused = _checked(line, note, number)
    given_args = {"line": line, "note": note, "number": number, "items": [{}] * items}
    if not refused:
        probe = _Probe.model_validate(given_args)
        assert (probe.line, probe.note, probe.number) == (
            values["line"],
            values["note"],
            values["number"],
        )
        assert len(probe.items) == items
        return
    with pytest.raises(pydantic.ValidationError) as info:
        _Probe.model_validate(given_args)
    assert {str(e["loc"][0]) for e in info.value.errors()} == refused


def test_a_list_of_argument_models_counts_towards_the_values_allowed() -> None:
    most = [{"name": "a"}] * (validators.JSON_MAX_ITEMS - 1)
    assert len(_Probe.model_validate({"items": most}).items) == len(most)
    with pytest.raises(pydantic.ValidationError) as info:
        _Probe.model_validate({"items": [*most, {"name": "b"}]})
    (error,) = info.value.errors()
    assert error["loc"] == ("items",)
    assert error["ctx"]["kansli_template"] == "holds more than {limit} values"
