"""Single-purpose links mailed to people outside the office (the manager's approval,
password links, agent-order invitations and attests, alumni links)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.ids import utcnow
from server.tables.base import TenantRow


class LinkToken(TenantRow, Base):
    """A random single-purpose link token (stored hashed), bound to an address."""

    __tablename__ = "link_token"

    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    purpose: Mapped[str] = mapped_column(String(40))
    email: Mapped[str] = mapped_column(String(254))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()
    used_at: Mapped[datetime | None] = mapped_column(default=None)
