"""Tables only the server has: sign-in tokens, the command log, the mail and
SMS outboxes, single-purpose link tokens and the per-tenant sequence."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.audit import AuditEvent as AuditEvent
from models.base import Base
from models.ids import new_id, utcnow

# ``AuditEvent``: the audit trail's table lives with the models (commands write
# it too) and is re-exported here; write it through ``server.services.audit.audit``.


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


class MailOutbox(Base):
    """A mail waiting for, or done with, the SMTP server; one delivery record each."""

    __tablename__ = "mail_outbox"
    __table_args__ = (Index("ix_mail_outbox_status_next", "status", "next_attempt_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    tenant_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(60))
    to_address: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(300))
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str | None] = mapped_column(Text, default=None)
    related_id: Mapped[str | None] = mapped_column(String(36), default=None)
    status: Mapped[str] = mapped_column(String(10), default="queued")  # queued|sent|failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(default=None)
    #: Message-ID header, so a resend after an unclear SMTP answer can be recognised.
    message_id: Mapped[str] = mapped_column(String(200), default="")


class SmsOutbox(Base):
    __tablename__ = "sms_outbox"
    __table_args__ = (Index("ix_sms_outbox_status_next", "status", "next_attempt_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    tenant_id: Mapped[str] = mapped_column(String(36), index=True)
    to_number: Mapped[str] = mapped_column(String(20))
    body: Mapped[str] = mapped_column(Text)
    #: The gateway's id of the sent message, for tracing a delivery.
    provider_message_id: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(10), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(default=None)


class LinkToken(Base):
    """A random single-purpose link token (stored hashed), bound to an address."""

    __tablename__ = "link_token"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    tenant_id: Mapped[str] = mapped_column(String(36), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    purpose: Mapped[str] = mapped_column(String(40))
    email: Mapped[str] = mapped_column(String(254))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()
    used_at: Mapped[datetime | None] = mapped_column(default=None)


class TenantSeq(Base):
    """The last ``server_seq`` given out in a tenant.

    Writers take this row's lock to get the next values and hold it until
    commit, so seq order is commit order and a pull never skips a row.
    """

    __tablename__ = "tenant_seq"

    tenant_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


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
