"""Sign in, sign out, who am I."""

from __future__ import annotations

from typing import Any, NoReturn, cast

from fastapi import APIRouter, Request, Response

from server.api.deps import CurrentUser, DbDep, client_address, get_db, get_settings
from server.api.errors import ApiError
from server.api.schemas import (
    LoginIn,
    LoginOut,
    MeOut,
    TenantOut,
    UserOut,
    error_responses,
)
from server.services.auth import LoginRefused, Principal, sign_in
from server.services.scope import view_key
from server.services.users import revoke_sign_in

router = APIRouter(tags=["auth"])


def _me(principal: Principal) -> MeOut:
    return MeOut(
        user=UserOut(
            id=principal.user_id, email=principal.email, display_name=principal.display_name
        ),
        tenant=TenantOut(
            id=principal.tenant_id, slug=principal.tenant_slug, name=principal.tenant_name
        ),
        roles=sorted(principal.roles),
        expires_at=principal.expires_at,
        view=view_key(principal),
    )


@router.post(
    "/auth/login",
    responses=error_responses(400, 401, 403, 429, 503),
)
async def login(body: LoginIn, request: Request) -> LoginOut:
    """Password login; answers an opaque bearer token for the user's tenant.

    The attempt is reserved against the sign-in limits and committed before the
    password is checked (so parallel attempts count each other), and the check
    waits for one of the process's few password-check slots (503 when none
    comes free in time): :func:`server.services.auth.sign_in`, which the web
    sign-in page shares. Async, so attempts waiting for a slot hold no thread.
    """
    outcome = await sign_in(
        db=get_db(request),
        settings=get_settings(request),
        gate=request.app.state.hash_gate,
        email=body.email,
        password=body.password,
        tenant_slug=body.tenant,
        address=client_address(request),
    )
    if isinstance(outcome, LoginRefused):
        _refuse(outcome)
    me = _me(outcome.principal)
    return LoginOut(token=outcome.token, **me.model_dump())


def _refuse(outcome: LoginRefused) -> NoReturn:
    # 429 and 503 say when to try again.
    headers = {"Retry-After": str(outcome.retry_after)} if outcome.retry_after else None
    if outcome.status == 401:
        headers = {"WWW-Authenticate": "Bearer"}
    error = ApiError(outcome.status, outcome.code, outcome.message, headers=headers)
    # More of the answer beside code and message (the organisations to choose from).
    detail = cast(dict[str, Any], error.detail)  # ApiError's detail is always a dict
    detail.update({k: v for k, v in (outcome.extra or {}).items() if k not in detail})
    raise error


@router.post("/auth/logout", status_code=204, responses=error_responses(401))
def logout(principal: CurrentUser, db: DbDep) -> Response:
    """Revoke the token of this request and the web-view sessions made from it."""
    with db.transaction() as session:
        revoke_sign_in(session, token_hash_value=principal.token_hash)
    return Response(status_code=204)


@router.get("/me", responses=error_responses(401))
def me(principal: CurrentUser) -> MeOut:
    """The signed-in user, the tenant and the roles there."""
    return _me(principal)
