"""A person's account (issue 17): what they owe, the credit they have, and the
transactions behind both, from the server's append-only ledger. For the staff who may
book people on courses (administrators, course administrators); never for an agent's
users. Every read is audited: the history says what a person paid and when.

``GET /rounds/{id}/overdue`` is the check-in station's list (issue 19): who of a round's
participants has a fee overdue, asked once when the station opens and again every few
minutes, so a scan is answered without asking the server."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel
from sqlalchemy import select

from models.attendance import LOCAL_ZONE
from models.courses import SEAT_HOLDING, CourseRound, Registration
from models.ids import utcnow
from models.people import Person
from models.tenancy import Role
from server.api.deps import CurrentUser, DbDep, require_roles
from server.api.errors import ApiError
from server.api.schemas import IsoText, PathId, error_responses
from server.services import ledger
from server.services.audit import audit_by
from server.services.booking import bookings_of

router = APIRouter(tags=["accounts"])

#: Who sees people's accounts.
ACCOUNT_ROLES = frozenset({Role.ADMIN, Role.COURSE_ADMIN})


class PostingOut(BaseModel):
    """One side of a transaction that is the person's: ``receivable`` (what they owe,
    debit positive) or ``credit`` (their credit balance, a credit negative); öre."""

    account: str
    amount: int


class TransactionOut(BaseModel):
    id: str
    kind: str
    day: str
    reference: str
    #: The person's own postings of it.
    postings: list[PostingOut]


class LineOut(BaseModel):
    """A price line as the booking stored it (``models.pricing.Line``): its text code with
    the values, the amount in öre (VAT included; a discount and the credit used negative),
    its VAT and bookkeeping account."""

    kind: str
    text: str
    params: dict[str, Any]
    amount: int
    vat: int
    account: str


class BookingOut(BaseModel):
    """What a registration cost as the person was shown it when they booked, and the
    cancellation terms it was made under (never changed afterwards)."""

    registration_id: str
    round_id: str
    lines: list[LineOut]
    total: int
    credit_used: int
    to_pay: int
    terms: dict[str, Any]
    created_at: IsoText


class AccountOut(BaseModel):
    person_id: str
    #: What the person owes now (öre; negative: paid more than was owed).
    owed: int
    #: The credit balance they have to use on future bookings (öre).
    credit: int
    #: Money owed back to them (a cancellation's refund not yet paid, öre; issue 18).
    refund_due: int = 0
    #: Oldest first; the balances are their sums.
    transactions: list[TransactionOut]
    #: The person's bookings, oldest first.
    bookings: list[BookingOut]


@router.get("/people/{person_id}/account", responses=error_responses(401, 403, 404, 422))
def person_account(
    principal: CurrentUser,
    db: DbDep,
    person_id: PathId,
) -> AccountOut:
    """The person's balance and history (see the module's docstring)."""
    require_roles(principal, ACCOUNT_ROLES, "You may not see people's accounts")
    with db.transaction() as session:
        person = session.get(Person, person_id)
        if person is None or person.tenant_id != principal.tenant_id or person.deleted_at:
            raise ApiError(404, "not_found", "No such person")
        balance = ledger.balance_of(session, principal.tenant_id, person_id)
        history = ledger.history(session, principal.tenant_id, person_id)
        bookings = [
            BookingOut.model_validate(b, from_attributes=True)
            for b in bookings_of(session, principal.tenant_id, person_id)
        ]
        audit_by(
            session, principal, "person.account_read", target_type="person", target_id=person_id
        )
    return AccountOut(
        person_id=person_id,
        owed=balance.owed,
        credit=balance.credit,
        refund_due=balance.refund_due,
        transactions=[
            TransactionOut(
                id=tx.id,
                kind=tx.kind.value,
                day=tx.day.isoformat(),
                reference=tx.reference,
                postings=[
                    PostingOut(account=p.account.value, amount=p.amount)
                    for p in tx.postings
                    if p.person_id == person_id
                ],
            )
            for tx in history
        ],
        bookings=bookings,
    )


class RoundOverdueOut(BaseModel):
    #: When the server summed it (UTC, ISO 8601).
    as_of: IsoText
    #: The round's participants with a place who have something overdue: person id → öre.
    people: dict[str, int]


#: The registrations that hold a place on the round (waiting: not yet a participant).
_WITH_PLACE = [str(s) for s in SEAT_HOLDING]


@router.get("/rounds/{round_id}/overdue", responses=error_responses(401, 403, 404, 422))
def round_overdue(principal: CurrentUser, db: DbDep, round_id: PathId) -> RoundOverdueOut:
    """The round's participants with a place and a fee overdue (``ledger.overdue_among``,
    today in Sweden); each read audited."""
    require_roles(principal, ACCOUNT_ROLES, "You may not see people's accounts")
    now = utcnow()
    with db.transaction() as session:
        round_ = session.get(CourseRound, round_id)
        if round_ is None or round_.tenant_id != principal.tenant_id or round_.deleted_at:
            raise ApiError(404, "not_found", "No such round")
        people = session.scalars(
            select(Registration.participant_id).where(
                Registration.tenant_id == principal.tenant_id,
                Registration.round_id == round_id,
                Registration.deleted_at.is_(None),
                Registration.status.in_(_WITH_PLACE),
            )
        ).all()
        overdue = ledger.overdue_among(
            session, principal.tenant_id, people, today=now.astimezone(LOCAL_ZONE).date()
        )
        audit_by(
            session,
            principal,
            "round.overdue_read",
            target_type="round",
            target_id=round_id,
            details={"people": len(overdue)},
        )
    return RoundOverdueOut(as_of=now.isoformat(), people=overdue)
