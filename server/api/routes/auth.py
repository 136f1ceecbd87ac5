"""Sign in, sign out, who am I."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from server.api.deps import CurrentUser, DbDep, SettingsDep, client_address
from server.api.errors import ApiError
from server.api.schemas import ErrorOut, LoginIn, LoginOut, MeOut, TenantOut, UserOut
from server.services.auth import LoginRefused, Principal, attempt_login, revoke

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
    )


@router.post(
    "/auth/login",
    responses={
        400: {"model": ErrorOut},
        401: {"model": ErrorOut},
        403: {"model": ErrorOut},
        429: {"model": ErrorOut},
    },
)
def login(body: LoginIn, request: Request, db: DbDep, settings: SettingsDep) -> LoginOut:
    """Password login; answers an opaque bearer token for the user's tenant."""
    with db.transaction() as session:
        outcome = attempt_login(
            session=session,
            settings=settings,
            email=body.email,
            password=body.password,
            tenant_slug=body.tenant,
            address=client_address(request),
        )
    # Raised after the commit: a failed attempt must be counted.
    if isinstance(outcome, LoginRefused):
        headers = {"Retry-After": str(outcome.retry_after)} if outcome.retry_after else None
        if outcome.status == 401:
            headers = {"WWW-Authenticate": "Bearer"}
        raise ApiError(outcome.status, outcome.code, outcome.message, headers=headers)
    me = _me(outcome.principal)
    return LoginOut(token=outcome.token, **me.model_dump())


@router.post("/auth/logout", status_code=204, responses={401: {"model": ErrorOut}})
def logout(principal: CurrentUser, db: DbDep) -> Response:
    """Revoke the token of this request."""
    with db.transaction() as session:
        revoke(session=session, token_hash_value=principal.token_hash)
    return Response(status_code=204)


@router.get("/me", responses={401: {"model": ErrorOut}})
def me(principal: CurrentUser) -> MeOut:
    """The signed-in user, the tenant and the roles there."""
    return _me(principal)
