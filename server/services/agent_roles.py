"""The agent organisation's administrator grants and revokes the agent roles (seed 004:
"agentens administratör behöver ha lagt upp rollerna Attestant och Handläggare agent").

A role granted in an agent organisation is a :class:`Membership` with ``agent_id``
set. Who administers which agent: an administrator whose own ``admin`` membership
has ``agent_id`` set administers that agent only; a tenant administrator (no
``agent_id``) administers every agent of the tenant. A user belongs to at most one
agent organisation per tenant: roles in another agent are refused, and an agent's
administrator cannot reach the tenant's own staff.

Roles are granted inside the tenant only: an address without a role in the tenant
is invited by mail (a new account with a set-password link, or, for an existing
account, the role and a mail saying so), with one answer for both, so a tenant's
administrator cannot find out which addresses have accounts elsewhere. An agent's
administrator gets that same answer, and nothing is done, for an address outside
its agent: the tenant's own staff and another agent's users are neither revealed
nor changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import validators
from models.errors import NotFoundError, PermissionDenied, ValidationError
from models.organisations import Agent
from models.tenancy import Membership, Role, Tenant, User
from server.services import scope
from server.services.audit import audit_by
from server.services.auth import Principal
from server.services.seq import lock_tenant
from server.services.users import UserRuleError, invite, name_in_tenant
from server.settings import Settings

AGENT_ROLES = (Role.AGENT_CASE_HANDLER, Role.ATTESTANT)


@dataclass(frozen=True)
class AgentRoleGrant:
    """One agent role of one user (as the API gives it)."""

    #: The membership that grants the role.
    id: str
    agent_id: str
    user_id: str
    email: str
    display_name: str
    role: str
    granted_by: str | None
    created_at: datetime


def _grant(session: Session, m: Membership, u: User) -> AgentRoleGrant:
    assert m.agent_id is not None
    return AgentRoleGrant(
        id=m.id,
        agent_id=m.agent_id,
        user_id=u.id,
        email=u.email,
        display_name=name_in_tenant(session, u, m.tenant_id),
        role=m.role,
        granted_by=m.granted_by,
        created_at=m.created_at,
    )


def administered_agent(session: Session, *, principal: Principal, agent_id: str) -> Agent:
    """The agent, if ``principal`` administers it; NotFoundError/PermissionDenied otherwise."""
    agent = scope.get_for_tenant(session, Agent, agent_id, principal.tenant_id)
    # Another agent's is answered the same.
    if agent is None or not scope.sees(session, principal, "agent", agent.id):
        raise NotFoundError(f"Agent {agent_id} was not found")
    scopes = _admin_scopes(session, principal)
    if None not in scopes and agent.id not in scopes:
        raise PermissionDenied(
            f"Only an administrator of {agent.name} may manage its roles"
            if scopes
            else "Only an administrator may manage the roles of an agent organisation"
        )
    return agent


def list_agent_roles(
    *, session: Session, principal: Principal, agent_id: str
) -> list[AgentRoleGrant]:
    """The agent roles granted in the agent organisation, by user."""
    agent = administered_agent(session, principal=principal, agent_id=agent_id)
    rows = session.execute(
        select(Membership, User)
        .join(User, User.id == Membership.user_id)
        .where(
            Membership.tenant_id == principal.tenant_id,
            Membership.agent_id == agent.id,
            Membership.role.in_([r.value for r in AGENT_ROLES]),
        )
        .order_by(User.email, Membership.role)
    ).all()
    return [_grant(session, m, u) for m, u in rows]


def grant_agent_role(
    *,
    session: Session,
    settings: Settings,
    principal: Principal,
    agent_id: str,
    email: str,
    role: str,
) -> AgentRoleGrant | None:
    """Give the user with ``email`` the agent ``role`` in agent ``agent_id``.

    The grant of a user of the tenant is returned. An address without a role in the
    tenant is invited (:func:`server.services.users.invite`) and None is returned,
    whether it has an account elsewhere or none: the answer tells nothing about
    other tenants' users. For an agent's administrator, an address with roles in the
    tenant outside its agent (the tenant's staff, another agent's users) gets the
    same None and nothing changes.
    """
    if role not in {r.value for r in AGENT_ROLES}:
        raise ValidationError("The role must be attestant or agent_case_handler", field="role")
    address = validators.normalize_email(email)
    lock_tenant(session, principal.tenant_id)
    agent = administered_agent(session, principal=principal, agent_id=agent_id)
    user = session.scalar(select(User).where(User.email == address))
    held = (
        list(
            session.scalars(
                select(Membership).where(
                    Membership.user_id == user.id, Membership.tenant_id == principal.tenant_id
                )
            )
        )
        if user is not None
        else []
    )
    if user is None or not held:
        tenant = session.get(Tenant, principal.tenant_id)
        assert tenant is not None
        invite(
            session,
            settings,
            actor_user_id=principal.user_id,
            tenant=tenant,
            email=address,
            roles=[role],
            agent_id=agent.id,
        )
        return None
    admin_scope = _admin_scope(session, principal)
    if admin_scope is not None and any(m.agent_id != agent.id for m in held):
        return None  # outside the agent: answered as an invitation, nothing told or done
    if not user.active:
        raise UserRuleError("inactive", f"{address} is deactivated")
    for m in held:
        if m.agent_id is not None and m.agent_id != agent.id:
            other = session.get(Agent, m.agent_id)
            raise UserRuleError(
                "other_agent",
                f"{address} belongs to another agent organisation"
                f"{f' ({other.name})' if other else ''}; a user can act for one agent only",
            )
        if m.agent_id is None and admin_scope is not None:
            raise PermissionDenied(f"{address} is not a user of {agent.name}")
        if m.role == role:
            if m.agent_id == agent.id:
                raise UserRuleError(
                    "already_granted", f"{address} already has the role {role} in {agent.name}"
                )
            raise UserRuleError(
                "already_granted",
                f"{address} already has the role {role} for every agent of the tenant",
            )
    membership = Membership(
        user_id=user.id,
        tenant_id=principal.tenant_id,
        role=role,
        agent_id=agent.id,
        granted_by=principal.user_id,
    )
    session.add(membership)
    session.flush()
    _audit_role(session, principal, "agent_role.granted", membership)
    return _grant(session, membership, user)


def revoke_agent_role(
    *, session: Session, principal: Principal, agent_id: str, membership_id: str
) -> None:
    """Take an agent role back (the user's other roles stay)."""
    lock_tenant(session, principal.tenant_id)
    agent = administered_agent(session, principal=principal, agent_id=agent_id)
    m = session.get(Membership, membership_id)
    if (
        m is None
        or m.tenant_id != principal.tenant_id
        or m.agent_id != agent.id
        or m.role not in {r.value for r in AGENT_ROLES}
    ):
        raise NotFoundError(f"Role grant {membership_id} was not found in {agent.name}")
    _audit_role(session, principal, "agent_role.revoked", m)
    session.delete(m)
    session.flush()


def _audit_role(session: Session, principal: Principal, action: str, m: Membership) -> None:
    """Record a grant or revocation on the user's account (an invitation is recorded by
    :func:`server.services.users.invite` as ``user.invited``)."""
    audit_by(
        session,
        principal,
        action,
        target_type="app_user",
        target_id=m.user_id,
        details={"role": m.role, "agent_id": m.agent_id, "membership_id": m.id},
    )


def _admin_scopes(session: Session, principal: Principal) -> set[str | None]:
    """The agents the principal is an administrator of (None: of the whole tenant)."""
    return set(
        session.scalars(
            select(Membership.agent_id).where(
                Membership.user_id == principal.user_id,
                Membership.tenant_id == principal.tenant_id,
                Membership.role == Role.ADMIN,
            )
        )
    )


def _admin_scope(session: Session, principal: Principal) -> str | None:
    """None for a tenant administrator, else the agent id the principal administers."""
    scopes = _admin_scopes(session, principal)
    if None in scopes or not scopes:
        return None
    return next(iter(scopes))
