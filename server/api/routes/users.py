"""User management: the tenant administrator's users, invitations, roles, password
reset links and sessions; one's own sessions; the self-service "forgot password".

Administrators of the tenant only (an agent organisation's administrator is not
one). A user of another tenant is "not found"; an invitation answers the same
whether the address has an account or not. See docs/CONTRACTS.md, "Users".
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Path, Response
from pydantic import BaseModel, ConfigDict, Field

from models.tenancy import Role, Tenant
from server.api.deps import CurrentUser, DbDep, SettingsDep
from server.api.errors import ApiError
from server.api.schemas import ID_PATTERN, PlainText, error_responses
from server.services.auth import Principal
from server.services.users import (
    SessionView,
    UserRuleError,
    forgot_password,
    invite,
    list_sessions,
    list_users,
    request_reset,
    revoke_session,
    update_user,
    user_in_tenant,
)

router = APIRouter(tags=["users"])

UserId = Annotated[str, Path(pattern=ID_PATTERN, description="The user")]
SessionId = Annotated[str, Path(pattern=ID_PATTERN, description="The sign-in session")]
ERRORS = error_responses(401, 403, 404, 409, 422)


class AgentRoleOut(BaseModel):
    agent_id: str
    role: str


class UserOut(BaseModel):
    id: str
    email: str
    display_name: str
    active: bool
    roles: list[str] = Field(description="Tenant-wide roles (what PATCH sets)")
    agent_roles: list[AgentRoleOut] = Field(
        description="Roles in an agent organisation (managed under /agents/{id}/roles)"
    )
    last_sign_in_at: datetime | None
    sessions: int = Field(description="Live sign-in sessions in this tenant")
    phone: str | None = Field(
        default=None, description="Mobile phone for SMS attestation codes (E.164), if any"
    )


class UserListOut(BaseModel):
    users: list[UserOut]


class InviteIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: PlainText = Field(min_length=3, max_length=254)
    display_name: PlainText = Field(default="", max_length=200)
    roles: list[Annotated[PlainText, Field(max_length=40)]] = Field(min_length=1, max_length=10)


class UserPatchIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    roles: list[Annotated[PlainText, Field(max_length=40)]] | None = Field(
        default=None, max_length=10
    )
    active: bool | None = None
    display_name: PlainText | None = Field(default=None, max_length=200)
    phone: PlainText | None = Field(
        default=None,
        max_length=40,
        description='Mobile phone (any usual way of writing it; stored in E.164); "" removes it',
    )
    personnummer: PlainText | None = Field(
        default=None,
        max_length=40,
        description="Whose BankID signature is the account's (a case handler's signed "
        'approvals); "" removes it. Never returned.',
    )


class AcceptedOut(BaseModel):
    status: str


class SessionOut(BaseModel):
    id: str
    tenant_id: str
    created_at: datetime
    expires_at: datetime
    last_used_at: datetime | None = None
    client_label: str


class SessionListOut(BaseModel):
    sessions: list[SessionOut]


class ForgotIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: PlainText = Field(min_length=1, max_length=254)


def _sessions_out(views: list[SessionView]) -> SessionListOut:
    return SessionListOut(
        sessions=[SessionOut.model_validate(v, from_attributes=True) for v in views]
    )


def _require_admin(principal: Principal) -> None:
    if Role.ADMIN not in principal.roles:
        raise ApiError(403, "forbidden", "Only an administrator of the organisation manages users")


@contextmanager
def _rules() -> Iterator[None]:
    """A refused change as 409 with the rule's own code (``last_admin``, ...)."""
    try:
        yield
    except UserRuleError as exc:
        raise ApiError(409, exc.reason, exc.message) from None


@router.get("/users", responses=ERRORS)
def get_users(principal: CurrentUser, db: DbDep) -> UserListOut:
    """The users with a role in this organisation."""
    _require_admin(principal)
    with db.sessions() as s:
        return UserListOut(
            users=[
                UserOut.model_validate(v, from_attributes=True)
                for v in list_users(s, tenant_id=principal.tenant_id)
            ]
        )


@router.post("/users", status_code=202, responses=ERRORS)
def post_user(
    principal: CurrentUser, db: DbDep, settings: SettingsDep, body: InviteIn
) -> AcceptedOut:
    """Invite the address with ``roles``: always ``{"status": "invited"}``, whether the
    address has an account (it gets the roles and a mail) or not (an invitation mail)."""
    _require_admin(principal)
    with db.transaction() as s:
        tenant = s.get(Tenant, principal.tenant_id)
        assert tenant is not None
        invite(
            s,
            settings,
            actor_user_id=principal.user_id,
            tenant=tenant,
            email=body.email,
            display_name=body.display_name,
            roles=body.roles,
        )
    return AcceptedOut(status="invited")


@router.patch("/users/{user_id}", responses=ERRORS)
def patch_user(principal: CurrentUser, db: DbDep, user_id: UserId, body: UserPatchIn) -> UserOut:
    """Change tenant-wide roles, active (deactivating revokes every session), the name or
    the mobile phone, the personnummer BankID signatures must come from (``422`` if it is
    not a phone number or personnummer; ``409 shared_account`` for an
    account that also works for another organisation)."""
    _require_admin(principal)
    with _rules(), db.transaction() as s:
        view = update_user(
            s,
            actor_user_id=principal.user_id,
            tenant_id=principal.tenant_id,
            user_id=user_id,
            roles=body.roles,
            active=body.active,
            display_name=body.display_name,
            phone=body.phone,
            personnummer=body.personnummer,
        )
    return UserOut.model_validate(view, from_attributes=True)


@router.post("/users/{user_id}/password-reset", status_code=202, responses=ERRORS)
def post_password_reset(
    principal: CurrentUser, db: DbDep, settings: SettingsDep, user_id: UserId
) -> AcceptedOut:
    """Mail the user a single-use link to set a new password."""
    _require_admin(principal)
    with _rules(), db.transaction() as s:
        user = user_in_tenant(s, tenant_id=principal.tenant_id, user_id=user_id)
        request_reset(
            s, settings, actor_user_id=principal.user_id, user=user, tenant_id=principal.tenant_id
        )
    return AcceptedOut(status="sent")


@router.get("/users/{user_id}/sessions", responses=ERRORS)
def get_user_sessions(principal: CurrentUser, db: DbDep, user_id: UserId) -> SessionListOut:
    """The user's live sign-in sessions in this organisation."""
    _require_admin(principal)
    with db.sessions() as s:
        user_in_tenant(s, tenant_id=principal.tenant_id, user_id=user_id)
        return _sessions_out(list_sessions(s, user_id=user_id, tenant_id=principal.tenant_id))


@router.delete("/users/{user_id}/sessions/{session_id}", status_code=204, responses=ERRORS)
def delete_user_session(
    principal: CurrentUser, db: DbDep, user_id: UserId, session_id: SessionId
) -> Response:
    """End one sign-in session (and its web view) of the user."""
    _require_admin(principal)
    with db.transaction() as s:
        user_in_tenant(s, tenant_id=principal.tenant_id, user_id=user_id)
        revoke_session(
            s,
            actor_user_id=principal.user_id,
            user_id=user_id,
            session_id=session_id,
            tenant_id=principal.tenant_id,
        )
    return Response(status_code=204)


@router.get("/me/sessions", responses=ERRORS)
def get_my_sessions(principal: CurrentUser, db: DbDep) -> SessionListOut:
    """One's own live sign-in sessions, in every organisation."""
    with db.sessions() as s:
        return _sessions_out(list_sessions(s, user_id=principal.user_id, tenant_id=None))


@router.delete("/me/sessions/{session_id}", status_code=204, responses=ERRORS)
def delete_my_session(principal: CurrentUser, db: DbDep, session_id: SessionId) -> Response:
    """End one of one's own sign-in sessions (this one too, if it is named)."""
    with db.transaction() as s:
        revoke_session(
            s,
            actor_user_id=principal.user_id,
            user_id=principal.user_id,
            session_id=session_id,
            tenant_id=None,
        )
    return Response(status_code=204)


@router.post("/auth/password-reset", status_code=202, responses=error_responses(422))
def post_forgot_password(db: DbDep, settings: SettingsDep, body: ForgotIn) -> AcceptedOut:
    """Forgot password: mails a reset link if the address is an active account. The
    answer is the same whether it is or not."""
    with db.transaction() as s:
        forgot_password(s, settings, email=body.email)
    return AcceptedOut(status="sent")
