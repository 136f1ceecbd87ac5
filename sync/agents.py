"""The server's agent administration: roles in an agent organisation and inviting a
customer to order (``/api/v1/agents/{id}/roles``, ``/api/v1/agent-orders/invitations``).

An agent organisation's administrator grants its users the Attestant and Agent case
handler roles (seed 004); a tenant administrator may do so in every agent. The server
decides who may: a refusal is a :class:`sync.client.ApiError` with its code. Answers
that are not the shape agreed are :class:`sync.client.ServerUnavailable`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sync.client import ServerClient, ServerUnavailable, parse_time
from sync.users import _part

#: The roles granted in an agent organisation, in the order the screens list them.
AGENT_ROLES = ("agent_case_handler", "attestant")


@dataclass(frozen=True)
class AgentRoleGrant:
    """One agent role of one user (the grant's id is what revoking names)."""

    id: str
    agent_id: str
    user_id: str
    email: str
    display_name: str
    role: str
    created_at: datetime | None

    @classmethod
    def from_json(cls, data: Any) -> AgentRoleGrant:
        """Read one grant of an answer; raises ServerUnavailable when it is not one."""
        if not isinstance(data, Mapping) or not all(
            isinstance(data.get(k), str) for k in ("id", "agent_id", "user_id", "role")
        ):
            raise ServerUnavailable("The server's answer is not an agent role")
        return cls(
            id=data["id"],
            agent_id=data["agent_id"],
            user_id=data["user_id"],
            email=str(data.get("email") or ""),
            display_name=str(data.get("display_name") or ""),
            role=data["role"],
            created_at=parse_time(data.get("created_at")),
        )


class AgentsClient(ServerClient):
    """Agent roles and customer invitations, over the sync client's transport."""

    def agent_roles(self, agent_id: str) -> list[AgentRoleGrant]:
        """The attestant and case handler roles granted in the agent organisation."""
        data = self._json("GET", f"/agents/{_part(agent_id)}/roles")
        roles = data.get("roles")
        if not isinstance(roles, list):
            raise ServerUnavailable("The server's answer has no list of agent roles")
        return [AgentRoleGrant.from_json(r) for r in roles]

    def grant_agent_role(self, agent_id: str, *, email: str, role: str) -> AgentRoleGrant | None:
        """Give ``email`` the ``role`` in the agent: the grant for a user of the agent, None
        when the server answered "invited" (an address it mailed, or one it keeps quiet
        about: the answer is the same)."""
        data = self._json(
            "POST", f"/agents/{_part(agent_id)}/roles", body={"email": email, "role": role}
        )
        if data.get("status") == "invited":
            return None
        return AgentRoleGrant.from_json(data)

    def revoke_agent_role(self, agent_id: str, grant_id: str) -> None:
        """Take one grant back (the user's other roles stay)."""
        self._request("DELETE", f"/agents/{_part(agent_id)}/roles/{_part(grant_id)}")

    def invite_customer(self, *, customer_organisation_id: str, email: str) -> datetime | None:
        """Mail ``email`` a single-use link to order for the customer organisation; the
        link's expiry."""
        data = self._json(
            "POST",
            "/agent-orders/invitations",
            body={"customer_organisation_id": customer_organisation_id, "email": email},
        )
        return parse_time(data.get("expires_at"))
