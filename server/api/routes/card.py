"""Card payments' provider calls and their record (issue 18; :mod:`server.services.card`).

* ``POST /payments/stripe/webhook``: Stripe's webhook (no sign-in; the ``Stripe-Signature``
  header is the proof). 200 once recorded (booked, or a duplicate, unknown or already paid
  charge: all recorded); 400 for a bad signature or a body that is no Stripe event
  (recorded too); 503 when Stripe could not be asked (Stripe delivers again).
* ``POST /payments/swish/webhook``: Swish's callback (no sign-in; verified by asking Swish
  over mutual TLS). The same answers.
* ``GET /payments/card-events``: the tenant's provider events with their outcomes, newest
  first, for the money roles.

A provider the server is not configured for: 404. Nothing here answers 500 for what a
caller sent: the body is read as bytes and only the provider's own parser reads it.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel

from models.ids import utcnow
from models.tenancy import MONEY_ROLES
from server.api.deps import CurrentUser, DbDep, SettingsDep, require_roles
from server.api.errors import ApiError
from server.api.schemas import IsoText, error_responses
from server.services import card, refunds
from server.services.database import Database
from server.settings import Settings

router = APIRouter(tags=["payments"])

#: The largest webhook body read (Stripe's events are a few kB).
MAX_EVENT_BYTES = 256 * 1024


class EventAnswer(BaseModel):
    received: bool
    outcome: str


class CardEventOut(BaseModel):
    id: str
    provider: str
    event_id: str
    kind: str
    #: The checkout it names (a Checkout Session's id, a Swish payment request's id).
    ref: str
    #: Öre.
    amount: int
    #: booked | unknown_charge | already_paid | not_paid | ignored | bad_signature | malformed
    outcome: str
    payment_id: str | None
    received_at: IsoText


class CardEventsOut(BaseModel):
    events: list[CardEventOut]


def _receive(
    db: Database, settings: Settings, name: str, headers: dict[str, str], body: bytes
) -> EventAnswer:
    chosen = card.provider(settings, name)
    if chosen is None:
        raise ApiError(404, "not_found", "This server takes no payments by that provider")
    now = utcnow()
    try:
        event = chosen.verify_webhook(headers, body)
    except card.BadSignature:
        card.record_refused(db, name, body, card.BAD_SIGNATURE, now)
        raise ApiError(400, "bad_signature", "The event's signature does not verify") from None
    except card.Malformed:
        card.record_refused(db, name, body, card.MALFORMED, now)
        raise ApiError(400, "malformed", "The body is not the provider's event") from None
    except card.ProviderUnavailable:
        raise ApiError(503, "provider_unavailable", "The provider could not be asked") from None
    handle = refunds.handle_event if event.refunds else card.handle_event
    row = handle(db, settings, name, event, now)
    return EventAnswer(received=True, outcome=row.outcome)


async def _read(request: Request) -> bytes:
    size = request.headers.get("content-length", "")
    if size.isdigit() and int(size) > MAX_EVENT_BYTES:
        raise ApiError(413, "too_large", "The body is too large")
    body = await request.body()
    if len(body) > MAX_EVENT_BYTES:
        raise ApiError(413, "too_large", "The body is too large")
    return body


@router.post("/payments/{provider}/webhook", responses=error_responses(400, 404, 413, 503))
async def provider_webhook(
    request: Request,
    provider: Literal["stripe", "swish"],
    db: DbDep,
    settings: SettingsDep,
) -> EventAnswer:
    """Stripe's webhook, Swish's callback (module docstring)."""
    body = await _read(request)
    return await run_in_threadpool(_receive, db, settings, provider, dict(request.headers), body)


@router.get("/payments/card-events", responses=error_responses(401, 403, 422))
def card_events(
    principal: CurrentUser,
    db: DbDep,
    limit: Annotated[int, Query(ge=1, le=1000)] = 500,
) -> CardEventsOut:
    """The tenant's provider events (module docstring)."""
    require_roles(principal, MONEY_ROLES, "You may not see card payments")
    with db.sessions() as session:
        rows = card.events_of(session, principal.tenant_id, limit=limit)
        return CardEventsOut(
            events=[CardEventOut.model_validate(r, from_attributes=True) for r in rows]
        )
