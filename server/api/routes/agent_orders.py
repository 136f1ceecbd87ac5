"""Agent orders over the API: inviting a customer to order (the order page link is mailed),
and when I last opened each order (the desktop's case lists)."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from models.ids import utcnow
from server.api.deps import CurrentUser, DbDep, SettingsDep
from server.api.schemas import ID_PATTERN, PathId, PlainText, error_responses
from server.services.agent_orders import case_lists
from server.services.agent_orders.orders import invite_customer

router = APIRouter(tags=["agent orders"])

ERRORS = error_responses(401, 403, 404, 422)


class InvitationIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    customer_organisation_id: PlainText = Field(pattern=ID_PATTERN)
    email: PlainText = Field(
        min_length=3, max_length=254, description="Who orders for the customer"
    )


class InvitationOut(BaseModel):
    email: str
    expires_at: datetime


@router.post("/agent-orders/invitations", status_code=201, responses=ERRORS)
def post_invitation(
    principal: CurrentUser, db: DbDep, settings: SettingsDep, body: InvitationIn
) -> InvitationOut:
    """Mail a single-use link to the order page for the customer organisation (admins)."""
    expires = invite_customer(
        db=db,
        settings=settings,
        principal=principal,
        customer_organisation_id=body.customer_organisation_id,
        email=body.email,
        now=utcnow(),
    )
    return InvitationOut(email=body.email.strip().lower(), expires_at=expires)


class SeenOut(BaseModel):
    order_id: str
    seen_at: datetime


class SeenListOut(BaseModel):
    seen: list[SeenOut]


@router.get("/agent-orders/seen", responses=error_responses(401))
def get_seen(principal: CurrentUser, db: DbDep) -> SeenListOut:
    """When I last opened each order I have opened (the desktop's "Updated cases" list
    compares them with the orders' steps). Only the caller's own, written only for
    orders their scope reached."""
    with db.sessions() as s:
        times = case_lists.seen_times(s, principal)
    return SeenListOut(seen=[SeenOut(order_id=k, seen_at=v) for k, v in times.items()])


@router.post("/agent-orders/{order_id}/seen", responses=error_responses(401, 404))
def post_seen(principal: CurrentUser, db: DbDep, order_id: PathId) -> SeenOut:
    """I opened this order (the desktop, showing a tab already open): it leaves my
    "Updated cases". Another agent's or tenant's order is reported as missing."""
    with db.transaction() as s:
        at = case_lists.mark_seen_by_id(s, principal, order_id, utcnow())
    return SeenOut(order_id=order_id, seen_at=at)
