"""sync.agents and the agent roles of sync.users: answers read as agreed, anything else is
ServerUnavailable (never a half-read value)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from sync.agents import AgentRoleGrant
from sync.client import ServerUnavailable
from sync.users import UserAccount

GRANT = {
    "id": "g1",
    "agent_id": "a1",
    "user_id": "u1",
    "email": "kim@nordisk.example",
    "display_name": "Kim",
    "role": "attestant",
    "granted_by": "u0",
    "created_at": "2026-12-03T10:00:00+00:00",
}


def test_a_grant_is_read_with_its_time() -> None:
    grant = AgentRoleGrant.from_json(GRANT)
    assert (grant.id, grant.agent_id, grant.user_id, grant.role) == ("g1", "a1", "u1", "attestant")
    assert grant.created_at == datetime(2026, 12, 3, 10, tzinfo=UTC)


@pytest.mark.parametrize("broken", [None, [], {**GRANT, "id": 7}, {**GRANT, "role": None}])
def test_what_is_not_a_grant_is_refused(broken: object) -> None:
    with pytest.raises(ServerUnavailable):
        AgentRoleGrant.from_json(broken)


def test_a_users_agent_roles_and_their_agent() -> None:
    user = UserAccount.from_json(
        {
            "id": "u1",
            "email": "kim@nordisk.example",
            "roles": [],
            "agent_roles": [
                {"agent_id": "a1", "role": "attestant"},
                {"agent_id": "a1", "role": "agent_case_handler"},
            ],
        }
    )
    assert user.agent_roles == (("a1", "agent_case_handler"), ("a1", "attestant"))
    assert user.agent_id == "a1"
    plain = UserAccount.from_json({"id": "u2", "roles": ["viewer"]})
    assert plain.agent_roles == () and plain.agent_id is None


@pytest.mark.parametrize("broken", ["a1", [{"agent_id": "a1"}], [{"role": "attestant"}], [3]])
def test_agent_roles_listed_wrongly_are_refused(broken: object) -> None:
    with pytest.raises(ServerUnavailable):
        UserAccount.from_json({"id": "u1", "roles": [], "agent_roles": broken})
