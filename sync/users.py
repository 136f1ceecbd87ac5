"""The server's user administration (``/api/v1/users``, docs/CONTRACTS.md "Users").

For a tenant's administrators: the users with a role in the tenant, inviting
someone, changing roles, deactivating, mailing a password-reset link, and
the sign-in sessions of a user. The transport, timeouts and the three kinds
of errors are those of :class:`sync.client.ServerClient`; answers that are
not the shape agreed are :class:`sync.client.ServerUnavailable` (something
that is not our server, or a broken answer), never a half-read value.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote

from sync.client import ServerClient, ServerUnavailable, parse_time


@dataclass(frozen=True)
class UserAccount:
    """A user with a role in the caller's tenant, as the server lists them."""

    id: str
    email: str
    display_name: str
    active: bool
    roles: tuple[str, ...]
    last_sign_in_at: datetime | None
    sessions: int
    #: The mobile phone SMS attestation codes go to (E.164), if any.
    phone: str | None = None
    #: Roles held in an agent organisation: (agent id, role), sorted.
    agent_roles: tuple[tuple[str, str], ...] = ()

    @property
    def agent_id(self) -> str | None:
        """The agent organisation the user's agent roles are in (a user acts for one)."""
        return self.agent_roles[0][0] if self.agent_roles else None

    @classmethod
    def from_json(cls, data: Any) -> UserAccount:
        """Read one user of an answer; raises ServerUnavailable when it is not one."""
        if not isinstance(data, Mapping) or not isinstance(data.get("id"), str):
            raise ServerUnavailable("The server's answer is not a user")
        roles = data.get("roles") or []
        if not isinstance(roles, list):
            raise ServerUnavailable("The server's answer lists a user's roles wrongly")
        return cls(
            id=data["id"],
            email=str(data.get("email") or ""),
            display_name=str(data.get("display_name") or ""),
            active=bool(data.get("active", True)),
            roles=tuple(sorted(str(r) for r in roles)),
            last_sign_in_at=parse_time(data.get("last_sign_in_at")),
            sessions=_count(data.get("sessions")),
            phone=data.get("phone") if isinstance(data.get("phone"), str) else None,
            agent_roles=_agent_roles(data.get("agent_roles")),
        )


def _agent_roles(value: Any) -> tuple[tuple[str, str], ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(
        isinstance(r, Mapping)
        and isinstance(r.get("agent_id"), str)
        and isinstance(r.get("role"), str)
        for r in value
    ):
        raise ServerUnavailable("The server's answer lists a user's agent roles wrongly")
    return tuple(sorted((r["agent_id"], r["role"]) for r in value))


@dataclass(frozen=True)
class UserSession:
    """One live sign-in of a user (a desktop token or a web session)."""

    id: str
    created_at: datetime | None
    expires_at: datetime | None
    client_label: str
    last_used_at: datetime | None = None

    @classmethod
    def from_json(cls, data: Any) -> UserSession:
        if not isinstance(data, Mapping) or not isinstance(data.get("id"), str):
            raise ServerUnavailable("The server's answer is not a session")
        return cls(
            id=data["id"],
            created_at=parse_time(data.get("created_at")),
            expires_at=parse_time(data.get("expires_at")),
            client_label=str(data.get("client_label") or ""),
            last_used_at=parse_time(data.get("last_used_at")),
        )


def _part(value: str) -> str:
    """An id as one path segment (whatever it holds, it cannot leave ``/users/...``)."""
    return quote(value, safe="")


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


class UsersClient(ServerClient):
    """The user administration endpoints, over the sync client's transport."""

    def list_users(self) -> list[UserAccount]:
        """Every user with a role in the tenant."""
        data = self._json("GET", "/users")
        users = data.get("users")
        if not isinstance(users, list):
            raise ServerUnavailable("The server's answer has no list of users")
        return [UserAccount.from_json(u) for u in users]

    def invite(self, *, email: str, display_name: str, roles: Iterable[str]) -> None:
        """Invite ``email`` with ``roles`` (the server mails them; the same answer for anyone)."""
        body = {"email": email, "display_name": display_name, "roles": list(roles)}
        self._request("POST", "/users", body=body)

    def update(
        self,
        user_id: str,
        *,
        roles: Iterable[str] | None = None,
        active: bool | None = None,
        display_name: str | None = None,
        phone: str | None = None,
        personnummer: str | None = None,
    ) -> UserAccount:
        """Change what is given of a user's roles, active flag, name and mobile phone (``""``
        removes it); the user as it is now."""
        body: dict[str, Any] = {}
        if roles is not None:
            body["roles"] = list(roles)
        if active is not None:
            body["active"] = active
        if display_name is not None:
            body["display_name"] = display_name
        if phone is not None:
            body["phone"] = phone
        if personnummer is not None:
            body["personnummer"] = personnummer  # never answered back
        return UserAccount.from_json(self._json("PATCH", f"/users/{_part(user_id)}", body=body))

    def send_password_reset(self, user_id: str) -> None:
        """Mail the user a single-use link to choose a new password."""
        self._request("POST", f"/users/{_part(user_id)}/password-reset")

    def sessions(self, user_id: str) -> list[UserSession]:
        """The user's live sign-ins, as the server lists them."""
        data = self._json("GET", f"/users/{_part(user_id)}/sessions")
        sessions = data.get("sessions")
        if not isinstance(sessions, list):
            raise ServerUnavailable("The server's answer has no list of sessions")
        return [UserSession.from_json(s) for s in sessions]

    def revoke_session(self, user_id: str, session_id: str) -> None:
        """End one sign-in of the user."""
        self._request("DELETE", f"/users/{_part(user_id)}/sessions/{_part(session_id)}")
