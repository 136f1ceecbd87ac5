"""The controller's privacy routes (issue 23), for the tenant's administrators only:

- ``GET /people/{person_id}/extract?format=pdf|json``: the register extract (GDPR art.
  15 and 20) of one person, :mod:`server.services.extract`; every one is audited
  (``person.extract``: who, whom, when, which format).
- ``GET /audit``: the audit trail, newest first, filtered and paged. Audit events are
  not synced: they say who read whose data, which is itself personal data, and only an
  administrator needs them; every client holding them would multiply both the copies
  and the pull. The desktop's audit view reads this route page by page.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Annotated, Any, cast

from fastapi import APIRouter, Query
from fastapi.responses import Response
from pydantic import BaseModel
from sqlalchemy import ColumnElement, Table, and_, func, or_, select

from models.audit import AuditEvent
from models.tenancy import Role, Tenant
from server.api.deps import CurrentUser, DbDep, require_roles
from server.api.errors import ApiError
from server.api.schemas import ID_PATTERN, PathId, PlainText, error_responses
from server.i18n import valid_language
from server.services import extract
from server.services.audit import audit_by

router = APIRouter(tags=["privacy"])

#: The most events one page of ``GET /audit`` gives.
MAX_AUDIT_PAGE = 500


def _admin(principal: CurrentUser, refusal: str) -> None:
    require_roles(principal, {Role.ADMIN}, refusal)


class ExtractFormat(StrEnum):
    PDF = "pdf"
    JSON = "json"
    #: The PDF and the JSON of one extract, in a zip.
    ZIP = "zip"


@router.get("/people/{person_id}/extract", responses=error_responses(401, 403, 404, 422))
def person_extract(
    principal: CurrentUser,
    db: DbDep,
    person_id: PathId,
    format: Annotated[ExtractFormat, Query()] = ExtractFormat.PDF,
    language: Annotated[PlainText | None, Query(max_length=5)] = None,
) -> Response:
    """Everything the tenant holds about the person, as a PDF (in ``language``, else the
    tenant's) or as JSON; 404 for a person of no one's or another tenant's."""
    _admin(principal, "You may not make register extracts")
    with db.transaction() as session:
        tenant = session.get(Tenant, principal.tenant_id)
        chosen = valid_language(language) or (tenant.language if tenant is not None else "sv")
        data = extract.person_extract(
            session, tenant_id=principal.tenant_id, person_id=person_id, language=chosen
        )
        if data is None:
            raise ApiError(404, "not_found", "No such person")
        audit_by(
            session,
            principal,
            "person.extract",
            target_type="person",
            target_id=person_id,
            details={"format": format.value},
        )
    stamp = data["made_at"][:10]
    name = f"register-extract-{stamp}"
    if format is ExtractFormat.JSON:
        body, media = extract.extract_json(data), "application/json"
    elif format is ExtractFormat.PDF:
        body, media = extract.extract_pdf(data, language=chosen), "application/pdf"
    else:
        # Both from the one snapshot (one audit event, one made_at): a zip of the two.
        body, media = extract.extract_zip(data, language=chosen, name=name), "application/zip"
    name = f"{name}.{format.value}"
    return Response(
        body,
        media_type=media,
        headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "Cache-Control": "no-store",
        },
    )


class AuditEventOut(BaseModel):
    id: str
    at: datetime
    actor_email: str
    action: str
    entity_type: str
    entity_id: str
    details: dict[str, Any]


class AuditPage(BaseModel):
    rows: list[AuditEventOut]
    #: How many events the filter matches in all: on the first page only (None after).
    total: int | None


@router.get("/audit", responses=error_responses(401, 403, 422))
def audit_events(
    principal: CurrentUser,
    db: DbDep,
    user: Annotated[PlainText, Query(max_length=254, description="actor e-mail, part of")] = "",
    action: Annotated[PlainText, Query(max_length=60, description="kind, or its prefix.")] = "",
    person: Annotated[str | None, Query(pattern=ID_PATTERN)] = None,
    start: Annotated[date | None, Query(alias="from")] = None,
    end: Annotated[date | None, Query(alias="to")] = None,
    before_at: Annotated[datetime | None, Query(description="the last row's at")] = None,
    before_id: Annotated[str | None, Query(pattern=ID_PATTERN)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_AUDIT_PAGE)] = 100,
) -> AuditPage:
    """The tenant's audit events, newest first: by whom (``user``, part of the e-mail),
    what (``action``: a kind, or a prefix ending in "."), about which person
    (``person``), from ``from`` to ``to`` (days, both included, UTC). The next page is
    the events before the last one given (``before_at`` and ``before_id``, both): events
    that arrive meanwhile neither repeat nor push rows out of it. ``total`` is counted
    on the first page only."""
    _admin(principal, "You may not read the audit log")
    where: list[ColumnElement[bool]] = [AuditEvent.tenant_id == principal.tenant_id]
    if user:
        where.append(func.lower(AuditEvent.actor_email).contains(user.lower(), autoescape=True))
    if action:
        if action.endswith("."):
            where.append(AuditEvent.action.startswith(action, autoescape=True))
        else:
            where.append(AuditEvent.action == action)
    if person:
        about = (AuditEvent.entity_type == "person") & (AuditEvent.entity_id == person)
        where.append(or_(about, extract.pulled(cast(Table, AuditEvent.__table__), person)))
    if start:
        where.append(AuditEvent.at >= datetime.combine(start, time(), tzinfo=UTC))
    if end:
        where.append(AuditEvent.at < datetime.combine(end + timedelta(days=1), time(), tzinfo=UTC))
    if (before_at is None) != (before_id is None):
        raise ApiError(422, "invalid", "Give both before_at and before_id", field="before_at")
    with db.sessions() as session:
        total = None
        if before_at is None:
            total = session.scalar(select(func.count()).select_from(AuditEvent).where(*where))
        else:
            where.append(
                or_(
                    AuditEvent.at < before_at,
                    and_(AuditEvent.at == before_at, AuditEvent.id < before_id),
                )
            )
        events = session.scalars(
            select(AuditEvent)
            .where(*where)
            .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
            .limit(limit)
        )
        rows = [AuditEventOut.model_validate(e, from_attributes=True) for e in events]
    return AuditPage(rows=rows, total=None if total is None else int(total))
