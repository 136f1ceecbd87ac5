"""The one-row command bases of models/commands/edits.py (RowCommand, FieldEditCommand,
ArchiveCommand, RemoveCommand): the argument classes they make and how a conflict or a
missing row is named, as by the commands written out one by one before."""

from __future__ import annotations

from typing import Any

import pydantic
import pytest
from sqlalchemy.orm import Session

import models.commands  # noqa: F401  (registers every command)
from models.commands import build
from models.commands.base import registered
from models.commands.edits import FieldEditArgs, RowCommand
from models.errors import ConflictError, NotFoundError
from models.ids import new_id
from tests import factories as f

ROW_COMMANDS = sorted(
    (name, version, cls)
    for (name, version), cls in registered().items()
    if issubclass(cls, RowCommand)
)
DAY = "2026-09-14"


def run(
    session: Session, name: str, args: dict[str, Any], tenant_id: str, version: int = 1
) -> None:
    build(name, version, args, id=new_id()).apply(session, f.actor(tenant_id))


def _session(session: Session, tenant_id: str, round_id: str, **values: Any) -> str:
    sid = new_id()
    args = {"session_id": sid, "round_id": round_id, "day": DAY, **values}
    run(session, "session.add", args, tenant_id)
    return sid


def _organisation(session: Session, tenant_id: str) -> str:
    org = new_id()
    run(session, "organisation.create", {"organisation_id": org, "name": "Umeå AB"}, tenant_id)
    return org


def _archive(session: Session, tenant_id: str, org: str, old: bool, new: bool) -> None:
    changes = {"archived": {"old": old, "new": new}}
    run(session, "organisation.archive", {"organisation_id": org, "changes": changes}, tenant_id)


def test_the_bases_carry_the_edits_archives_and_removes() -> None:
    names = {name for name, _v, _c in ROW_COMMANDS}
    assert {"session.edit", "contract.archive", "session.remove", "round.set_terms"} <= names
    assert len(names) > 30


@pytest.mark.parametrize(("name", "version", "cls"), ROW_COMMANDS)
def test_made_arguments_are_named_by_the_command_and_hold_its_row_id(
    name: str, version: int, cls: type[RowCommand[Any]]
) -> None:
    model = cls.args_model
    assert model.model_fields[cls.id_arg].annotation is str
    assert model.model_fields[cls.id_arg].is_required()
    if "args_model" in cls.__dict__:
        return  # written out: its own rules
    assert (model.__name__, model.__module__) == (f"{cls.__name__}Args", cls.__module__)
    if cls.shape == "delete":
        assert set(model.model_fields) == {cls.id_arg}
        return
    assert issubclass(model, FieldEditArgs) and model.fields_model is cls.fields  # type: ignore[attr-defined]
    unknown = {cls.id_arg: "r", "changes": {"no_such_field": {"new": "x"}}}
    with pytest.raises(pydantic.ValidationError, match="cannot be edited: no_such_field"):
        model.model_validate(unknown)


def test_a_conflict_names_the_row_as_each_command_did(session: Session) -> None:
    t = f.tenant(session)
    r = f.course_round(session, t.id)
    sid, org = _session(session, t.id, r.id, room="Sal A"), _organisation(session, t.id)
    cases = [
        ("session.edit", 1, {"session_id": sid}, "room", f"the session on {DAY}"),
        ("round.edit", 1, {"round_id": r.id}, "place", r.name),
        ("round.set_terms", 2, {"round_id": r.id}, "terms_version", f"the terms of {r.name}"),
        ("course.edit", 1, {"course_id": r.course_id}, "category", "Ledarskap"),
        ("organisation.edit", 1, {"organisation_id": org}, "city", "Umeå AB"),
    ]
    for name, version, ids, field, what in cases:
        stale = {field: {"old": "X1", "new": "X2"}}
        with pytest.raises(ConflictError) as err:
            run(session, name, {**ids, "changes": stale}, t.id, version)
        assert err.value.message == f"Someone else changed {field} of {what} meanwhile"


def test_an_archived_row_is_found_to_restore_and_a_removed_one_is_gone(session: Session) -> None:
    t = f.tenant(session)
    r = f.course_round(session, t.id)
    sid = _session(session, t.id, r.id)
    run(session, "session.remove", {"session_id": sid}, t.id)
    with pytest.raises(NotFoundError, match=f"Session {sid} was not found"):
        run(session, "session.remove", {"session_id": sid}, t.id)
    org = _organisation(session, t.id)
    _archive(session, t.id, org, False, True)
    _archive(session, t.id, org, True, False)
    with pytest.raises(NotFoundError, match="Organisation nope was not found"):
        _archive(session, t.id, "nope", False, True)
