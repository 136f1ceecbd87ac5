"""Reports on the club's money (issue 18): the economics report per course, course
category or term (:mod:`server.services.economics`). For the staff who handle money
(:data:`models.tenancy.MONEY_ROLES`); never for an agent's users. Every read is audited."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel

from models.tenancy import MONEY_ROLES
from server.api.deps import CurrentUser, DbDep, require_roles
from server.api.errors import ApiError
from server.api.schemas import error_responses
from server.services import economics
from server.services.audit import audit_by

router = APIRouter(tags=["reports"])


class FiguresOut(BaseModel):
    """One row (öre): see :mod:`server.services.economics` for what each figure sums.
    ``key``: the course's id, the category or the term ("" none set); null: money tied to
    no booking."""

    key: str | None
    name: str
    bookings: int
    invoiced: int
    cancelled: int
    paid: int
    outstanding: int
    discounts: int
    credit_used: int
    credit_given: int
    refunds: int


class EconomicsOut(BaseModel):
    group: economics.Group
    start: date | None
    end: date | None
    rows: list[FiguresOut]
    total: FiguresOut


@router.get("/reports/economics", responses=error_responses(401, 403, 422))
def economics_report(
    principal: CurrentUser,
    db: DbDep,
    group: economics.Group = economics.Group.COURSE,
    start: Annotated[date | None, Query(alias="from")] = None,
    end: Annotated[date | None, Query(alias="to")] = None,
) -> EconomicsOut:
    """The period's figures per group (``from`` .. ``to``, both days included)."""
    require_roles(principal, MONEY_ROLES, "You may not see the economics reports")
    if start and end and start > end:
        raise ApiError(422, "invalid_period", "The period ends before it starts", field="to")
    with db.transaction() as session:
        rows = economics.economics(session, principal.tenant_id, group=group, start=start, end=end)
        audit_by(
            session,
            principal,
            "reports.economics_read",
            details={"group": group.value, "from": str(start or ""), "to": str(end or "")},
        )
    return EconomicsOut(
        group=group,
        start=start,
        end=end,
        rows=[FiguresOut(**vars(r)) for r in rows],
        total=FiguresOut(**vars(economics.totals(rows))),
    )
