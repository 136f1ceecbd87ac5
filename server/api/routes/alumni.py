"""Alumni registrations over the API: public intake, duplicate candidates, merging, processing.

- ``POST /public/alumni/{tenant_slug}/registrations`` (no sign-in): the
  registration form as JSON; 201 with the id and status ``received``.
  Capped in size and rate-limited per client address.
- ``GET /alumni/registrations/{id}/candidates``: persons who may be the
  alumnus, with their scores (administrators and alumni officers).
- ``POST /persons/merge``: merge a duplicate into a survivor, audited
  (administrators and alumni officers).
- ``POST /alumni/process``: run the tenant's queue of received
  registrations now (administrators).

Everything signed in is scoped to the token's tenant: an id of another
tenant is answered 404, as if it did not exist.
"""

from __future__ import annotations

from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Path, Query, Request
from pydantic import BaseModel, Field
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool

from models.commands.alumni import ALUMNI_ROLES
from models.commands.base import roles_allow
from models.ids import utcnow
from models.tenancy import Role
from server.api.deps import CurrentUser, DbDep, SessionDep, SettingsDep, client_address
from server.api.errors import ApiError
from server.api.responses import JsonResponse
from server.api.schemas import ID_PATTERN, PathId, PlainText, error_responses
from server.services.alumni.forms import AlumniFormError
from server.services.alumni.persons import merge_persons, registration_candidates
from server.services.alumni.processing import process_pending
from server.services.alumni.public import (
    MAX_INTAKE_BYTES,
    BodyTooLarge,
    read_capped,
    submit_registration,
)
from server.services.alumni.worker import process_now, sources_of
from server.services.auth import Principal
from server.services.rate_limits import RateLimited

router = APIRouter(tags=["alumni"])

#: Ids are UUID text; anything else cannot name a row.


def _require(principal: Principal, roles: frozenset[str], what: str) -> None:
    if not roles_allow(roles, principal.roles):
        raise ApiError(403, "forbidden", f"Your roles do not allow {what}")


# -- public intake ----------------------------------------------------------------


class RegistrationIn(BaseModel):
    """The public registration form (documentation of the body; validated by the service)."""

    email: str
    first_name: str
    last_name: str
    personnummer: str | None = None
    phone: str | None = None
    program: str | None = None
    graduation_year: int | str | None = None
    street: str | None = Field(default=None, description="Postal address: given with the next two")
    postal_code: str | None = Field(default=None, description="Five digits in Sweden (123 45)")
    city: str | None = None
    country: str | None = Field(default=None, description="Two letters (SE when left out)")
    answers: dict[str, Any] | None = Field(
        default=None, description="The form's other questions, by name"
    )
    language: str | None = Field(
        default=None, description="The form's language (sv, en): the outcome is told in it"
    )


class RegistrationCreatedOut(BaseModel):
    id: str
    status: str


_INTAKE_DOC = error_responses(404, 413, 422, 429)


@router.post(
    "/public/alumni/{tenant_slug}/registrations",
    status_code=201,
    response_model=RegistrationCreatedOut,
    responses=_INTAKE_DOC,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": RegistrationIn.model_json_schema()},
            },
        }
    },
)
async def public_registration(
    request: Request,
    db: DbDep,
    settings: SettingsDep,
    tenant_slug: Annotated[str, Path(max_length=64)],
) -> JsonResponse:
    """Register as an alumnus of the tenant ``tenant_slug``; checked automatically afterwards.

    A form with errors is answered 422 with every wrong field in
    ``detail.errors`` (``field``, ``message``); nothing is stored.
    """
    try:
        body = await read_capped(request.stream(), MAX_INTAKE_BYTES)
    except BodyTooLarge as exc:
        raise ApiError(413, "too_large", str(exc)) from None
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        raise ApiError(422, "invalid", "The body is not valid JSON", field="body") from None
    if not isinstance(data, dict):
        raise ApiError(422, "invalid", "The body must be a JSON object", field="body")
    address = client_address(request)
    try:
        registration_id = await run_in_threadpool(
            lambda: submit_registration(db, tenant_slug, data, address=address, settings=settings)
        )
    except RateLimited as exc:
        raise ApiError(
            429, "rate_limited", str(exc), headers={"Retry-After": str(exc.retry_after)}
        ) from None
    except AlumniFormError as exc:
        detail = {
            "code": exc.code,
            "message": exc.message,
            "field": exc.field,
            "errors": exc.details["errors"],
        }
        return JsonResponse({"detail": detail}, status_code=422)
    return JsonResponse(
        {"id": registration_id, "status": "received"},
        status_code=201,
        background=BackgroundTask(
            process_now, db, sources_of(request.app.state, db), registration_id, settings
        ),
    )


# -- duplicates ---------------------------------------------------------------------


class CandidateOut(BaseModel):
    person_id: str
    name: str
    score: int = Field(ge=0, le=100)
    signals: list[str]


class CandidatesOut(BaseModel):
    registration_id: str
    candidates: list[CandidateOut]


@router.get(
    "/alumni/registrations/{registration_id}/candidates",
    responses=error_responses(401, 403, 404),
)
def candidates(
    principal: CurrentUser,
    session: SessionDep,
    registration_id: PathId,
) -> CandidatesOut:
    """Persons who may be the alumnus of a registration, best first, with their scores."""
    _require(principal, ALUMNI_ROLES, "seeing duplicate candidates")
    found = registration_candidates(
        session=session,
        registration_id=registration_id,
        now=utcnow(),
        tenant_id=principal.tenant_id,
    )
    return CandidatesOut(
        registration_id=registration_id,
        candidates=[CandidateOut(**c.as_json()) for c in found],
    )


class MergeIn(BaseModel):
    survivor_id: PlainText = Field(pattern=ID_PATTERN, description="The person who remains")
    duplicate_id: PlainText = Field(pattern=ID_PATTERN, description="The person merged into it")


class MergeOut(BaseModel):
    survivor_id: str
    duplicate_id: str
    moved: dict[str, int] = Field(description="Rows moved to the survivor, per table.column")
    filled: list[str] = Field(description="The survivor's empty fields filled from the duplicate")


@router.post(
    "/persons/merge",
    responses=error_responses(401, 403, 404, 409, 422),
)
def merge(body: MergeIn, principal: CurrentUser, db: DbDep) -> MergeOut:
    """Merge a duplicate person into a survivor; every row moves, the merge is audited."""
    _require(principal, ALUMNI_ROLES, "merging persons")
    with db.transaction() as session:
        result = merge_persons(
            session=session,
            actor=principal.actor(),
            survivor_id=body.survivor_id,
            duplicate_id=body.duplicate_id,
        )
    return MergeOut(
        survivor_id=result.survivor_id,
        duplicate_id=result.duplicate_id,
        moved={k: v for k, v in result.moved.items() if v},
        filled=result.filled,
    )


# -- processing ---------------------------------------------------------------------


class OutcomeOut(BaseModel):
    registration_id: str
    status: str
    person_id: str | None
    matched_on: str | None
    reason: str
    error: str


class ProcessOut(BaseModel):
    decided: list[OutcomeOut]
    failed: list[OutcomeOut]
    waiting: int = Field(description="Received registrations left for later")


@router.post(
    "/alumni/process",
    responses=error_responses(401, 403),
)
def process(
    request: Request,
    principal: CurrentUser,
    db: DbDep,
    settings: SettingsDep,
    include_waiting: Annotated[
        bool, Query(description="Also registrations waiting for a retry after an error")
    ] = True,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> ProcessOut:
    """Run the automatic check on the tenant's received registrations now (administrators)."""
    _require(principal, frozenset({Role.ADMIN}), "running the alumni queue")
    summary = process_pending(
        session_factory=db.sessions,
        tenant_id=principal.tenant_id,
        source=sources_of(request.app.state, db)(principal.tenant_id),
        now=utcnow(),
        limit=limit,
        due_only=not include_waiting,
        settings=settings,
    )
    return ProcessOut(
        decided=[OutcomeOut.model_validate(o, from_attributes=True) for o in summary.decided],
        failed=[OutcomeOut.model_validate(o, from_attributes=True) for o in summary.failed],
        waiting=summary.waiting,
    )
