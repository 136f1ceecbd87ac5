"""The signed-in user's in-app notifications (the desktop's notifications list)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel

from models.ids import utcnow
from server.api.deps import CurrentUser, DbDep
from server.api.schemas import PathId, error_responses
from server.services.notifications import list_notifications, mark_read
from server.tables import Notification

router = APIRouter(tags=["notifications"])


class NotificationOut(BaseModel):
    id: str
    kind: str
    title: str
    body: str
    #: A page of this server; open it through ``POST /web/handover`` with ``next`` = this.
    link_path: str
    related_id: str | None
    created_at: datetime
    read_at: datetime | None


class NotificationListOut(BaseModel):
    notifications: list[NotificationOut]
    unread: int


def _out(note: Notification) -> NotificationOut:
    return NotificationOut.model_validate(note, from_attributes=True)


@router.get("/notifications", responses=error_responses(401))
def get_notifications(
    principal: CurrentUser,
    db: DbDep,
    unread_only: Annotated[bool, Query(description="Only those not yet read")] = False,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> NotificationListOut:
    """My newest notifications in this tenant, and how many are unread."""
    with db.sessions() as s:
        rows, unread = list_notifications(
            session=s,
            tenant_id=principal.tenant_id,
            user_id=principal.user_id,
            unread_only=unread_only,
            limit=limit,
        )
        return NotificationListOut(notifications=[_out(n) for n in rows], unread=unread)


@router.post(
    "/notifications/{notification_id}/read",
    responses=error_responses(401, 404),
)
def read_notification(
    principal: CurrentUser,
    db: DbDep,
    notification_id: PathId,
) -> NotificationOut:
    """Mark one of my notifications read; another user's is reported as missing."""
    with db.transaction() as s:
        note = mark_read(
            session=s,
            tenant_id=principal.tenant_id,
            user_id=principal.user_id,
            notification_id=notification_id,
            now=utcnow(),
        )
        return _out(note)
