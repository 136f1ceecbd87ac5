"""Notifications: in the app (the desktop's notifications list) and by e-mail.

A notification is written in the transaction of the change it is about, like
the mail that goes with it (through the mail outbox), so both exist exactly
when the change committed. Users get both; people without an account (a
customer's attestant) get the e-mail only.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from models.errors import NotFoundError
from models.tenancy import User
from server.i18n import gettext, use_language
from server.services import scope
from server.services.effects import greeting as greeting_line
from server.services.effects import paragraph
from server.services.mail import queue_mail
from server.services.messages import Message, tenant_language
from server.settings import Settings
from server.tables import Notification


def _mail(
    session: Session,
    settings: Settings,
    tenant_id: str,
    to_address: str,
    message: Message,
    *,
    greeting: str,
    signature: str,
) -> tuple[str, str]:
    """Queue the mail of ``message`` to ``to_address`` in the tenant's language, in
    ``session``'s transaction; returns the title and body it was translated to."""
    language = tenant_language(session, tenant_id)
    title, body = message.in_language(language)
    with use_language(language):
        lines = [greeting_line(greeting), ""]
        for part in body.split("\n"):
            lines += paragraph(part) if part else [""]
        lines.append("")
        if message.link_path:
            if message.link_path.startswith("/staff/"):
                lines += [gettext("Open it in Kansli (Agent orders › My approvals) or here:"), ""]
            lines += [f"{settings.public_base_url}{message.link_path}", ""]
    lines.append(signature)
    queue_mail(
        session=session,
        settings=settings,
        tenant_id=tenant_id,
        kind=message.kind,
        to_address=to_address,
        subject=title,
        body_text="\n".join(lines),
        related_id=message.related_id,
    )
    return title, body


def notify_user(
    *,
    session: Session,
    settings: Settings,
    tenant_id: str,
    user: User,
    message: Message,
    now: datetime,
    signature: str = "Kansli",
) -> Notification | None:
    """Tell ``user`` in the app and by e-mail (in the tenant's language), in ``session``'s
    transaction.

    Nothing (None) when the message is about a row outside the user's scope (a user of
    one agent hears only of that agent's orders): :func:`server.services.scope.sees_related`.
    """
    reader = scope.reader_of(session, user_id=user.id, tenant_id=tenant_id)
    if not scope.sees_related(session, reader, message.related_id):
        return None
    greeting = user.display_name or user.email
    title, body = _mail(
        session, settings, tenant_id, user.email, message, greeting=greeting, signature=signature
    )
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


def notify_address(
    *,
    session: Session,
    settings: Settings,
    tenant_id: str,
    to_address: str,
    message: Message,
    greeting: str = "",
    signature: str = "Kansli",
) -> None:
    """Tell someone without an account, by e-mail only (in the tenant's language)."""
    _mail(session, settings, tenant_id, to_address, message, greeting=greeting, signature=signature)


def list_notifications(
    *, session: Session, tenant_id: str, user_id: str, unread_only: bool = False, limit: int = 100
) -> tuple[list[Notification], int]:
    """The user's newest notifications in the tenant, and how many are unread."""
    mine = (Notification.tenant_id == tenant_id, Notification.user_id == user_id)
    q = select(Notification).where(*mine)
    if unread_only:
        q = q.where(Notification.read_at.is_(None))
    rows = list(session.scalars(q.order_by(Notification.created_at.desc()).limit(limit)))
    unread = session.scalar(
        select(func.count()).select_from(Notification).where(*mine, Notification.read_at.is_(None))
    )
    return rows, int(unread or 0)


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
