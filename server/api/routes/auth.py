"""Sign in, sign out, who am I."""

from __future__ import annotations

from typing import Any, NoReturn, cast

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

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
from server.services.auth import (
    LoginOk,
    LoginRefused,
    LoginStart,
    Principal,
    abandon_login,
    finish_login,
    start_login,
)
from server.services.login_limits import HashGate, HashGateBusy
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
    comes free in time). Async, so attempts waiting for a slot hold no thread.
    """
    db, settings = get_db(request), get_settings(request)
    address = client_address(request)

    def start() -> LoginStart | LoginRefused:
        with db.transaction() as session:
            return start_login(
                session=session, settings=settings, email=body.email, address=address
            )

    started = await run_in_threadpool(start)
    if isinstance(started, LoginRefused):
        _refuse(started)
    gate: HashGate = request.app.state.hash_gate
    try:
        ok = await gate.verify(started.password_hash, body.password)
    except HashGateBusy as busy:

        def give_back() -> None:
            with db.transaction() as session:
                abandon_login(session=session, start=started)

        await run_in_threadpool(give_back)
        raise ApiError(
            503,
            "busy",
            "Too many sign-ins at once; try again in a moment",
            headers={"Retry-After": str(busy.retry_after)},
        ) from None

    def finish() -> LoginOk | LoginRefused:
        with db.transaction() as session:
            return finish_login(
                session=session,
                settings=settings,
                start=started,
                password_ok=ok,
                tenant_slug=body.tenant,
            )

    outcome = await run_in_threadpool(finish)
    # Raised after the commit: a failed attempt must stay counted.
    if isinstance(outcome, LoginRefused):
        _refuse(outcome)
    me = _me(outcome.principal)
    return LoginOut(token=outcome.token, **me.model_dump())


def _refuse(outcome: LoginRefused) -> NoReturn:
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
