"""The club's bookkeeping (issue 18): the SIE 4 export of a period and the sub-ledger
report of people's credit balances (:mod:`server.services.sie_export`). For the staff
who handle money (:data:`models.tenancy.MONEY_ROLES`); never for an agent's users.
Every export and report is audited."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel

from models import sie
from models.ids import utcnow
from models.tenancy import MONEY_ROLES
from server.api.deps import CurrentUser, DbDep, require_roles
from server.api.errors import ApiError
from server.api.schemas import error_responses
from server.services import sie_export
from server.services.audit import audit_by
from server.services.auth import Principal

router = APIRouter(tags=["accounting"])


def _may_handle_money(principal: Principal) -> None:
    require_roles(principal, MONEY_ROLES, "You may not see the club's bookkeeping")


@router.get(
    "/accounting/sie",
    response_class=Response,
    responses={
        200: {"content": {"text/plain": {}}, "description": "The SIE 4 file (CP437)"},
        **error_responses(401, 403, 422),
    },
)
def sie_file(
    principal: CurrentUser,
    db: DbDep,
    start: Annotated[date, Query(alias="from")],
    end: Annotated[date, Query(alias="to")],
    kind: Annotated[sie.SieType, Query(alias="type")] = sie.SieType.E4,
) -> Response:
    """The SIE 4 file (type 4E or 4I) of ``from`` .. ``to`` (both days included, within
    one fiscal year)."""
    _may_handle_money(principal)
    with db.transaction() as session:
        settings = sie_export.settings_of(session, principal.tenant_id)
        year = sie_export.fiscal_year(start, settings.year_start_month)
        if start > end:
            raise ApiError(422, "invalid_period", "The period ends before it starts", field="to")
        if end > year[1]:
            raise ApiError(
                422,
                "period_spans_years",
                f"The period must lie within one fiscal year (it ends {year[1].isoformat()})",
                field="to",
            )
        data = sie_export.export(
            session,
            principal.tenant_id,
            start=start,
            end=end,
            kind=kind,
            today=utcnow().date(),
        )
        audit_by(
            session,
            principal,
            "accounting.sie_export",
            details={"from": str(start), "to": str(end), "type": kind.value},
        )
    name = f"kansli_{start:%Y%m%d}_{end:%Y%m%d}.{'se' if kind is sie.SieType.E4 else 'si'}"
    return Response(
        data,
        media_type="text/plain; charset=IBM437",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


class CreditBalanceOut(BaseModel):
    person_id: str
    name: str
    #: Öre held for the person.
    credit: int


class CreditBalancesOut(BaseModel):
    day: date
    rows: list[CreditBalanceOut]
    #: The credit liability's balance: the rows' sum.
    total: int


@router.get("/accounting/credit-balances", responses=error_responses(401, 403, 422))
def credit_balances(
    principal: CurrentUser,
    db: DbDep,
    day: Annotated[date | None, Query()] = None,
) -> CreditBalancesOut:
    """Everyone's credit balance at the end of ``day`` (today when not given)."""
    _may_handle_money(principal)
    at = day or utcnow().date()
    with db.transaction() as session:
        rows = sie_export.credit_balances(session, principal.tenant_id, day=at)
        audit_by(session, principal, "accounting.credit_balances_read", details={"day": str(at)})
    return CreditBalancesOut(
        day=at,
        rows=[CreditBalanceOut(**vars(r)) for r in rows],
        total=sum(r.credit for r in rows),
    )
