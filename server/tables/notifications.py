"""In-app notifications: each belongs to one user, who reads them through
``/api/v1/notifications``; they never sync to clients."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.ids import new_id, utcnow


class Notification(Base):
    """One in-app notification for one user ("an order awaits your approval").

    ``link_path`` is a page of this server (``/staff/...``) the desktop opens
    through the web handover; ``related_id`` the record it is about.
    """

    __tablename__ = "notification"
    __table_args__ = (
        # "My notifications, newest first" and "how many unread".
        Index("ix_notification_user", "tenant_id", "user_id", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    tenant_id: Mapped[str] = mapped_column(String(36))
    user_id: Mapped[str] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text, default="")
    link_path: Mapped[str] = mapped_column(String(500), default="")
    related_id: Mapped[str | None] = mapped_column(String(36), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(default=None)
