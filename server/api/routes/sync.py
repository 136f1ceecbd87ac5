"""Push commands, pull changes (CONTRACTS.md, "HTTP API")."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from models.errors import ValidationError
from server.api.deps import CurrentUser, DbDep, SessionDep, SettingsDep
from server.api.errors import ApiError
from server.api.json_route import OrjsonRoute
from server.api.responses import JsonResponse
from server.api.schemas import (
    PullOut,
    PushIn,
    PushOut,
    StatusIn,
    StatusOut,
    error_responses,
)
from server.services import scope, sync
from server.services.audit import audit_by
from server.services.mail import MailWorker

router = APIRouter(tags=["sync"], route_class=OrjsonRoute)


@router.post(
    "/sync/push",
    response_model=PushOut,
    responses=error_responses(401, 409, 422),
)
def push(
    body: PushIn, principal: CurrentUser, db: DbDep, settings: SettingsDep, request: Request
) -> JsonResponse:
    """Apply commands in order, a savepoint each in one transaction; one result per command.

    ``409 restored``: the caller's pull cursor is from before the database was restored
    from a backup; nothing was applied. The client sends again, first, its commands the
    restore lost, so they do not land after its newer work."""
    try:
        results = sync.push(
            db=db,
            principal=principal,
            settings=settings,
            envelopes=body.commands,
            cursor=body.cursor,
        )
    except sync.Restored:
        raise ApiError(
            409,
            "restored",
            "The server was restored from a backup: send again first what it lost",
        ) from None
    worker: MailWorker | None = getattr(request.app.state, "worker", None)
    if worker is not None and any(r["status"] == "applied" for r in results):
        worker.wake()
    # The view the answers' rows were read in: the client moves its pull cursor past them
    # only within that view (sync.store.ClientStore.record_push_results).
    return JsonResponse({"results": results, "view": scope.view_key(principal)})


@router.post(
    "/sync/status",
    response_model=StatusOut,
    responses=error_responses(401, 422),
)
def command_status(body: StatusIn, principal: CurrentUser, db: DbDep) -> JsonResponse:
    """What became of the caller's own pushed commands: each one's first answer, or
    ``unknown``; with ``withdraw``, an unknown one is settled as taken back."""
    results = sync.status(
        db=db, principal=principal, ids=body.ids, withdraw=body.withdraw, light=body.light
    )
    return JsonResponse({"results": results})


@router.get(
    "/sync/pull",
    response_model=PullOut,
    responses=error_responses(400, 401),
)
def pull(
    principal: CurrentUser,
    session: SessionDep,
    cursor: Annotated[str, Query(max_length=40, description="next_cursor of the last page")] = "",
    limit: Annotated[int, Query(ge=1, le=sync.MAX_PULL_LIMIT)] = sync.DEFAULT_PULL_LIMIT,
) -> JsonResponse:
    """Changes after ``cursor`` in server_seq order, tombstones included; from the start
    with ``"reset": true`` when the reader's view changed since the cursor was given."""
    try:
        page = sync.pull_view(session=session, principal=principal, cursor=cursor, limit=limit)
    except ValidationError as exc:
        raise ApiError(400, "invalid_cursor", exc.message, field="cursor") from exc
    if read := sync.personnummer_read(page):
        # A read of personnummer: one event per page (its tables, how many rows each and
        # whose), never one per row, so a first sync of 100 000 people writes a few
        # hundred. Written through the reading session: one pooled connection a page.
        audit_by(
            session,
            principal,
            "sync.personnummer_pulled",
            details={
                "rows": read,
                "to": page["next_cursor"],
                "people": sync.personnummer_people(page),
            },
        )
        session.commit()
    return JsonResponse(page)
