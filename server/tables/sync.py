"""Sync on the server: every pushed command's first answer and the per-tenant sequence."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.ids import utcnow


class CommandLog(Base):
    """Every pushed command's first answer, so a repeat gets the same answer."""

    __tablename__ = "command_log"

    command_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(String(36), index=True)
    user_id: Mapped[str] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String(80))
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10))  # applied | rejected
    result: Mapped[dict[str, Any]] = mapped_column()
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class TenantSeq(Base):
    """The last ``server_seq`` given out in a tenant.

    Writers take this row's lock to get the next values and hold it until
    commit, so seq order is commit order and a pull never skips a row.
    """

    __tablename__ = "tenant_seq"

    tenant_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)
