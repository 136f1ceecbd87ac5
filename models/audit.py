"""The audit trail: who did what to which record, when. Server-side only."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.ids import new_id, utcnow


class AuditEvent(Base):
    """One audited action. Details never hold personnummer or mail bodies."""

    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_event_entity", "tenant_id", "entity_type", "entity_id"),
        # The audit view reads a tenant's events newest first (issue 23).
        Index("ix_audit_event_at", "tenant_id", "at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    tenant_id: Mapped[str] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_user_id: Mapped[str | None] = mapped_column(String(36), default=None)
    actor_email: Mapped[str] = mapped_column(String(254), default="")
    action: Mapped[str] = mapped_column(String(60))
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
