"""Refunds (issue 18): the money owed back to people and how it left, for those who handle
money (:data:`models.tenancy.MONEY_ROLES`), never for an agent's users. The work is
:mod:`server.services.refunds`'; every read and every payout is audited.

* ``GET /refunds``: the tenant's refunds (due, requested, failed with the provider's reason,
  sent), with the person's name.
* ``POST /refunds/{id}/paid``: the treasurer paid it by bank (the account as typed,
  optional): booked once; 409 when already paid or being paid by the card provider.
* ``POST /refunds/{id}/card``: ask the card provider the booking was paid with to pay it
  back; booked when the provider confirms (its webhook or callback).
* ``POST /refunds/credit``: pay out a person's credit balance (by bank), on their request.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from models.ids import utcnow
from models.people import Person
from models.pricing import MAX_AMOUNT
from models.tenancy import MONEY_ROLES
from server.api.deps import CurrentUser, DbDep, SettingsDep
from server.api.errors import ApiError
from server.api.schemas import ID_PATTERN, PlainText, error_responses
from server.services import refunds
from server.services.audit import audit
from server.tables.refunds import Refund

router = APIRouter(tags=["payments"])


def _money_staff(principal: CurrentUser) -> None:
    if principal.agent_id is not None or not MONEY_ROLES & set(principal.roles):
        raise ApiError(403, "forbidden", "You may not handle payments")


class RefundOut(BaseModel):
    """A refund: what, to whom, how (``card`` / ``bank``), its state and the provider's
    reason when it refused."""

    id: str
    person_id: str
    person: str
    amount: int
    source: str
    reference: str
    how: str
    provider: str
    state: str
    reason: str
    bank_account: str
    marked_by: str | None
    marked_at: str | None
    created_at: str


class RefundList(BaseModel):
    rows: list[RefundOut]


class PaidIn(BaseModel):
    #: The person's bank account (clearing and account number) as typed; may be empty.
    bank_account: PlainText = Field(default="", max_length=100)


class CreditIn(BaseModel):
    person_id: PlainText = Field(pattern=ID_PATTERN)
    amount: int = Field(gt=0, le=MAX_AMOUNT)
    bank_account: PlainText = Field(default="", max_length=100)


def _out(row: Refund, name: str) -> RefundOut:
    return RefundOut(
        id=row.id,
        person_id=row.person_id,
        person=name,
        amount=row.amount,
        source=row.source,
        reference=row.reference,
        how=row.how,
        provider=row.provider,
        state=row.state,
        reason=row.reason,
        bank_account=row.bank_account,
        marked_by=row.marked_by,
        marked_at=row.marked_at.isoformat() if row.marked_at else None,
        created_at=row.created_at.isoformat(),
    )


def _name(session: Session, person_id: str) -> str:
    person = session.get(Person, person_id)
    return person.full_name if person is not None else ""


def _audited(principal: CurrentUser, session: Session, action: str, row: Refund) -> None:
    audit(
        session,
        actor_user_id=principal.user_id,
        tenant_id=principal.tenant_id,
        action=action,
        target_type="refund",
        target_id=row.id,
        details={"amount": row.amount, "how": row.how, "state": row.state},
    )


@router.get("/refunds", response_model=RefundList, responses=error_responses(401, 403))
def list_refunds(principal: CurrentUser, db: DbDep) -> RefundList:
    """The tenant's refunds: those to pay first, oldest first; then those sent."""
    _money_staff(principal)
    with db.transaction() as session:
        rows = refunds.refunds_of(session, principal.tenant_id)
        names = {p: _name(session, p) for p in {r.person_id for r in rows}}
        out = [_out(r, names[r.person_id]) for r in rows]
        audit(
            session,
            actor_user_id=principal.user_id,
            tenant_id=principal.tenant_id,
            action="refunds.read",
            target_type="tenant",
            target_id=principal.tenant_id,
        )
    return RefundList(rows=out)


@router.post(
    "/refunds/{refund_id}/paid",
    response_model=RefundOut,
    responses=error_responses(401, 403, 404, 409, 422),
)
def mark_paid(
    principal: CurrentUser,
    db: DbDep,
    settings: SettingsDep,
    refund_id: Annotated[str, Path(pattern=ID_PATTERN)],
    body: PaidIn,
) -> RefundOut:
    """The treasurer paid the refund by bank: booked (refund due -> bank), the notice goes."""
    _money_staff(principal)
    with db.transaction() as session:
        row = refunds.mark_paid(
            session, settings, tenant_id=principal.tenant_id, refund_id=refund_id,
            bank_account=body.bank_account, user_id=principal.user_id, now=utcnow(),
        )  # fmt: skip
        _audited(principal, session, "refunds.marked_paid", row)
        return _out(row, _name(session, row.person_id))


@router.post(
    "/refunds/{refund_id}/card",
    response_model=RefundOut,
    responses=error_responses(401, 403, 404, 409),
)
def refund_by_card(
    principal: CurrentUser,
    db: DbDep,
    settings: SettingsDep,
    refund_id: Annotated[str, Path(pattern=ID_PATTERN)],
) -> RefundOut:
    """Ask the card provider to pay the refund back (``requested``; ``failed`` with the
    provider's reason when it refuses). Booked when the provider confirms it."""
    _money_staff(principal)
    row = refunds.request_by_card(
        db, settings, tenant_id=principal.tenant_id, refund_id=refund_id,
        user_id=principal.user_id, now=utcnow(),
    )  # fmt: skip
    with db.transaction() as session:
        _audited(principal, session, "refunds.card_requested", row)
        return _out(row, _name(session, row.person_id))


@router.post(
    "/refunds/credit",
    response_model=RefundOut,
    responses=error_responses(401, 403, 404, 422),
)
def pay_out_credit(
    principal: CurrentUser, db: DbDep, settings: SettingsDep, body: CreditIn
) -> RefundOut:
    """Pay out (part of) a person's credit balance by bank, on their request: booked
    (credit -> bank), the notice goes. 422 when it is more than their credit balance."""
    _money_staff(principal)
    with db.transaction() as session:
        row = refunds.pay_out_credit(
            session, settings, tenant_id=principal.tenant_id, person_id=body.person_id,
            amount=body.amount, bank_account=body.bank_account, user_id=principal.user_id,
            now=utcnow(),
        )  # fmt: skip
        _audited(principal, session, "refunds.credit_paid_out", row)
        return _out(row, _name(session, row.person_id))
