"""The desktop asks the command whether the signed-in roles may run it (issue 14, item 4):
an action is offered exactly when its command's own role rule allows it, and a
change of that rule is followed without any other change."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from desktop.alumni.rules import RulesDialog
from desktop.context import AppContext
from desktop.participants.view import ParticipantsView
from desktop.people.profile import PersonProfile
from models.commands.alumni import AlumniRuleSet
from models.commands.courses import RegistrationCancel, RemoveApproval, RequestApproval
from models.commands.people import PersonEdit
from tests.desktop.conftest import make_ctx

ROLE_SETS = [
    frozenset({"viewer"}),
    frozenset({"course_admin"}),
    frozenset({"alumni_officer"}),
    frozenset({"admin"}),
]


@pytest.fixture
def as_roles(store, filled, settings) -> Iterator:  # type: ignore[no-untyped-def]
    made: list[AppContext] = []

    def context(roles: frozenset[str]) -> AppContext:
        actor = dataclasses.replace(filled.actor, roles=roles)
        ctx = make_ctx(store, dataclasses.replace(filled, actor=actor), settings)
        made.append(ctx)
        return ctx

    yield context
    for ctx in made:
        ctx.ops.shutdown(wait=True)


def _profile(qtbot, ctx: AppContext, person_id: str) -> PersonProfile:  # type: ignore[no-untyped-def]
    profile = PersonProfile(ctx, person_id)
    qtbot.addWidget(profile)
    qtbot.waitUntil(lambda: profile.loaded)
    return profile


@pytest.mark.parametrize("roles", ROLE_SETS, ids=lambda r: "+".join(sorted(r)))
def test_actions_are_offered_exactly_when_their_command_allows_them(
    qtbot, as_roles, filled, roles
) -> None:  # type: ignore[no-untyped-def]
    ctx = as_roles(roles)
    profile = _profile(qtbot, ctx, filled.participant_ids[0])
    assert profile.organisation.isEnabled() == PersonEdit.may_run(roles)
    assert profile.add_email_button.isEnabled() is False  # nothing typed yet
    assert profile.new_email.isEnabled() == PersonEdit.may_run(roles)

    view = ParticipantsView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.loaded)
    view.table.selectRow(0)
    assert view.act_request.isEnabled() == RequestApproval.may_run(roles)
    assert view.act_cancel.isEnabled() == RegistrationCancel.may_run(roles)
    assert view.act_remove_approval.isEnabled() == RemoveApproval.may_run(roles)

    rules = RulesDialog(ctx)
    qtbot.addWidget(rules)
    assert rules.can_edit == AlumniRuleSet.may_run(roles)


def test_the_desktop_follows_a_change_of_the_commands_rule(
    qtbot, as_roles, filled, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    course_admin = as_roles(frozenset({"course_admin"}))
    assert _profile(qtbot, course_admin, filled.participant_ids[0]).new_email.isEnabled()
    # The command alone is changed: no role set of the desktop has to follow by hand.
    monkeypatch.setattr(PersonEdit, "roles", frozenset({"admin"}))
    profile = _profile(qtbot, course_admin, filled.participant_ids[0])
    assert not profile.new_email.isEnabled()
    assert profile.editors["city"].isReadOnly()  # type: ignore[attr-defined]


def test_a_command_without_roles_is_open_to_anyone() -> None:
    class Open(PersonEdit):
        roles = frozenset()

    assert Open.may_run(set())
    assert not PersonEdit.may_run({"viewer"})
    assert PersonEdit.may_run(["viewer", "course_admin"])
