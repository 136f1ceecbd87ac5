"""Notifications in the app (the desktop's notifications list).

A notification is written in the transaction of the change it is about, like the mail
that goes with it (:func:`server.services.notify.notify`), so both exist exactly when the
change committed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models.errors import NotFoundError
from models.tenancy import User
from server.services import scope
from server.services.messages import Message, tenant_language
from server.sql import count_rows
from server.tables import Notification


def notify_user(
    *, session: Session, tenant_id: str, user: User, message: Message, now: datetime
) -> Notification | None:
    """Tell ``user`` in the app (in the tenant's language), in ``session``'s transaction;
    the mail that goes with it is the caller's (:func:`server.services.notify.notify`).

    Nothing (None) when the message is about a row outside the user's scope (a user of
    one agent hears only of that agent's orders): :func:`server.services.scope.sees_related`.
    """
    reader = scope.reader_of(session, user_id=user.id, tenant_id=tenant_id)
    if not scope.sees_related(session, reader, message.related_id):
        return None
    title, body = message.in_language(tenant_language(session, tenant_id))
    note = Notification(
        tenant_id=tenant_id,
        user_id=user.id,
        kind=message.kind,
        title=title[:300],
        body=body,
        link_path=message.link_path,
        related_id=message.related_id,
        created_at=now,
    )
    session.add(note)
    session.flush()
    return note


def list_notifications(
    *, session: Session, tenant_id: str, user_id: str, unread_only: bool = False, limit: int = 100
) -> tuple[list[Notification], int]:
    """The user's newest notifications in the tenant, and how many are unread."""
    mine = (Notification.tenant_id == tenant_id, Notification.user_id == user_id)
    q = select(Notification).where(*mine)
    if unread_only:
        q = q.where(Notification.read_at.is_(None))
    rows = list(session.scalars(q.order_by(Notification.created_at.desc()).limit(limit)))
    unread = count_rows(session, Notification, *mine, Notification.read_at.is_(None))
    return rows, unread


def mark_read(
    *, session: Session, tenant_id: str, user_id: str, notification_id: str, now: datetime
) -> Notification:
    """Mark one of the user's notifications read (again is fine); another's is not found."""
    note = session.scalar(
        select(Notification).where(
            Notification.id == notification_id,
            Notification.tenant_id == tenant_id,
            Notification.user_id == user_id,
        )
    )
    if note is None:
        raise NotFoundError(f"Notification {notification_id} was not found")
    if note.read_at is None:
        note.read_at = now
        session.flush()
    return note


def mark_related_read(
    *, session: Session, tenant_id: str, user_id: str, related_id: str, now: datetime
) -> None:
    """Mark the user's notifications about ``related_id`` read (they acted on it)."""
    session.execute(
        update(Notification)
        .where(
            Notification.tenant_id == tenant_id,
            Notification.user_id == user_id,
            Notification.related_id == related_id,
            Notification.read_at.is_(None),
        )
        .values(read_at=now)
        .execution_options(synchronize_session=False)
    )
