"""Server-only tables of agent orders: the BankID sign orders in progress (they hold
the QR secret of a signing, so they never sync to clients), and when each user last
opened each order (per user, never synced)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

import models.agent_orders  # noqa: F401  (the table the BankID foreign key names)
from models.base import Base
from models.ids import new_id
from server.tables.base import TenantRow


class BankIdSigning(Base):
    """A BankID sign order started for an agent order, until it completes or fails.

    The page polls its status; the server collects from BankID at most every
    two seconds (``last_collected_at`` is claimed with a conditional update,
    so two polls never collect at once) and draws the animated QR code from
    ``qr_start_token`` and ``qr_start_secret``.
    """

    __tablename__ = "bankid_signing"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    tenant_id: Mapped[str] = mapped_column(String(36), index=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("agent_order.id"), index=True)
    #: agent_attestant | customer_attestant
    role: Mapped[str] = mapped_column(String(30))
    signer_email: Mapped[str] = mapped_column(String(254))
    #: The staff user who started it (None for the customer's attestant).
    user_id: Mapped[str | None] = mapped_column(String(36), default=None)
    data_hash: Mapped[str] = mapped_column(String(64))
    order_ref: Mapped[str] = mapped_column(String(100), unique=True)
    auto_start_token: Mapped[str] = mapped_column(String(100))
    qr_start_token: Mapped[str] = mapped_column(String(100))
    qr_start_secret: Mapped[str] = mapped_column(String(100))
    started_at: Mapped[datetime] = mapped_column()
    #: pending | complete | failed | cancelled
    status: Mapped[str] = mapped_column(String(10), default="pending")
    hint_code: Mapped[str] = mapped_column(String(40), default="")
    message: Mapped[str] = mapped_column(Text, default="")
    last_collected_at: Mapped[datetime | None] = mapped_column(default=None)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    #: A case handler's signing: what it decides once complete (``{"action": "approve",
    #: ...the form's values}`` or ``{"action": "reject", "reason": ...}``); None otherwise.
    decision: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)


class AgentOrderSeen(TenantRow, Base):
    """When a user last opened an order's page (web or desktop): the handler's list
    "Updated cases" holds the orders that moved since (seed 004 section 2).

    Per user and server-side only, like the in-app notifications: who looked at what is
    nobody else's business, and the pull has no per-user scope. The desktop opens an
    order through the server's page, which writes this row; the desktop's list asks
    ``GET /api/v1/agent-orders/seen`` for the times.
    """

    __tablename__ = "agent_order_seen"
    __table_args__ = (UniqueConstraint("order_id", "user_id"),)

    order_id: Mapped[str] = mapped_column(ForeignKey("agent_order.id", ondelete="CASCADE"))
    user_id: Mapped[str] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"))
    seen_at: Mapped[datetime] = mapped_column()
