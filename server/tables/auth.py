"""Sign-in on the server: bearer tokens, the sign-in throttling counters and the
web view's handover codes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.ids import new_id, utcnow


class AuthToken(Base):
    """An opaque bearer token, stored as its SHA-256 only."""

    __tablename__ = "auth_token"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"), index=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenant.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    client_label: Mapped[str] = mapped_column(String(100), default="")


class LoginCounter(Base):
    """Sign-in attempts counted against one throttling key within its window.

    ``key`` is a keyed hash naming what is counted (an account and address pair,
    an account, an address): :mod:`server.services.login_limits`.
    """

    __tablename__ = "login_counter"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
    window_start: Mapped[datetime] = mapped_column(index=True)


class LoginKnownAddress(Base):
    """An (account, address) pair that signed in successfully, as a keyed hash."""

    __tablename__ = "login_known_address"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    last_success_at: Mapped[datetime] = mapped_column(index=True)


class WebHandover(Base):
    """A one-time code the desktop exchanges for a web session cookie.

    The desktop asks for it with its bearer token; the embedded web view opens
    ``/web/enter?code=...``, which trades the code (60 seconds, single use)
    for a session cookie. The bearer token itself never appears in a URL.
    """

    __tablename__ = "web_handover"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"))
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenant.id", ondelete="CASCADE"))
    next_path: Mapped[str] = mapped_column(String(500))
    #: Hash of the desktop token that asked: the sign-in session this belongs to.
    parent_token_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()
    used_at: Mapped[datetime | None] = mapped_column(default=None)
