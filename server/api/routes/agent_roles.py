"""Agent roles: the agent organisation's administrator grants attestant and case handler."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Response
from pydantic import BaseModel, ConfigDict, Field

from models.tenancy import AGENT_ADMIN, Role
from server.api.deps import CurrentUser, DbDep, SettingsDep
from server.api.errors import ApiError
from server.api.routes.users import _rules as rule_refusals
from server.api.schemas import ID_PATTERN, PathId, PlainText, error_responses
from server.services.agent_roles import (
    AgentRoleGrant,
    grant_agent_role,
    list_agent_roles,
    revoke_agent_role,
)

router = APIRouter(tags=["agent roles"])

AgentId = Annotated[str, Path(pattern=ID_PATTERN, description="The agent organisation")]
ERRORS = error_responses(401, 403, 404, 409, 422)


class AgentRoleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: PlainText = Field(min_length=3, max_length=254, description="The user's sign-in address")
    role: Literal["attestant", "agent_case_handler"]


class AgentRoleListOut(BaseModel):
    roles: list[AgentRoleGrant]


def _require_admin(roles: frozenset[str]) -> None:
    # Which agents an administrator may manage is the service's question.
    if not roles & {Role.ADMIN, AGENT_ADMIN}:
        raise ApiError(403, "forbidden", "Only an administrator may manage agent roles")


@router.get("/agents/{agent_id}/roles", responses=ERRORS)
def get_agent_roles(principal: CurrentUser, db: DbDep, agent_id: AgentId) -> AgentRoleListOut:
    """The attestant and case handler roles granted in the agent organisation."""
    _require_admin(principal.roles)
    with db.sessions() as s:
        grants = list_agent_roles(session=s, principal=principal, agent_id=agent_id)
    return AgentRoleListOut(roles=grants)


class InvitedOut(BaseModel):
    status: Literal["invited"]


@router.post(
    "/agents/{agent_id}/roles",
    status_code=201,
    responses={**ERRORS, 202: {"model": InvitedOut}},
)
def post_agent_role(
    principal: CurrentUser,
    db: DbDep,
    settings: SettingsDep,
    agent_id: AgentId,
    body: AgentRoleIn,
    response: Response,
) -> AgentRoleGrant | InvitedOut:
    """Grant ``role`` in the agent organisation to the user with ``email``: 201 with the
    grant for a user of the organisation; 202 ``{"status": "invited"}`` for any other
    address (invited by mail, whether it has an account elsewhere or not). Refusals
    (409) carry the rule's code: ``already_granted``, ``other_agent``, ``inactive``."""
    _require_admin(principal.roles)
    with rule_refusals(), db.transaction() as s:
        grant = grant_agent_role(
            session=s,
            settings=settings,
            principal=principal,
            agent_id=agent_id,
            email=body.email,
            role=body.role,
        )
    if grant is None:
        response.status_code = 202
        return InvitedOut(status="invited")
    return grant


@router.delete("/agents/{agent_id}/roles/{grant_id}", status_code=204, responses=ERRORS)
def delete_agent_role(
    principal: CurrentUser,
    db: DbDep,
    agent_id: AgentId,
    grant_id: PathId,
) -> Response:
    """Revoke one agent role grant."""
    _require_admin(principal.roles)
    with db.transaction() as s:
        revoke_agent_role(session=s, principal=principal, agent_id=agent_id, membership_id=grant_id)
    return Response(status_code=204)
