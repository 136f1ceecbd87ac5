"""The mail and SMS outboxes: what waits for, or is done with, the SMTP server and
the SMS gateway (:mod:`server.services.mail`, :mod:`server.signing.sms`)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from models.base import Base
from models.ids import new_id, utcnow


class _Delivery:
    """What every outbox row has: its delivery state, retried with a delay until sent or failed."""

    __tablename__: str

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id, sort_order=-1)
    tenant_id: Mapped[str] = mapped_column(String(36), index=True, sort_order=-1)
    status: Mapped[str] = mapped_column(String(10), default="queued")  # queued|sent|failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(default=None)
    # What the notification was (issue 16, server.services.notify): its event type, the
    # template and the version it was rendered from (0: a shipped default), the binding
    # that sent it (None: the shipped default binding), whom it went to as (a recipient
    # kind: "participant", "contacts", "static" ...) and the person, if known.
    event_type: Mapped[str | None] = mapped_column(String(60), default=None)
    template_id: Mapped[str | None] = mapped_column(String(36), default=None)
    template_version: Mapped[int | None] = mapped_column(Integer, default=None)
    binding_id: Mapped[str | None] = mapped_column(String(36), default=None)
    recipient_kind: Mapped[str | None] = mapped_column(String(40), default=None)
    person_id: Mapped[str | None] = mapped_column(String(36), default=None)

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Index]:
        # The workers' question: which rows are due.
        return (Index(f"ix_{cls.__tablename__}_status_next", "status", "next_attempt_at"),)


class MailOutbox(_Delivery, Base):
    """A mail waiting for, or done with, the SMTP server; one delivery record each."""

    __tablename__ = "mail_outbox"

    kind: Mapped[str] = mapped_column(String(60))
    to_address: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(300))
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str | None] = mapped_column(Text, default=None)
    related_id: Mapped[str | None] = mapped_column(String(36), default=None)
    #: Message-ID header, so a resend after an unclear SMTP answer can be recognised.
    message_id: Mapped[str] = mapped_column(String(200), default="")


class SmsOutbox(_Delivery, Base):
    """An SMS waiting for, or done with, the gateway; one delivery record each."""

    __tablename__ = "sms_outbox"

    kind: Mapped[str] = mapped_column(String(60), default="")
    to_number: Mapped[str] = mapped_column(String(20))
    body: Mapped[str] = mapped_column(Text)
    related_id: Mapped[str | None] = mapped_column(String(36), default=None)
    #: The gateway's id of the sent message, for tracing a delivery.
    provider_message_id: Mapped[str] = mapped_column(String(100), default="")
    #: What the gateway's delivery report last said (:mod:`server.signing.sms_receipts`):
    #: "" (no report yet), "sent" (handed to the carrier), "delivered" or "failed".
    delivery_status: Mapped[str] = mapped_column(String(10), default="", server_default="")
    delivered_at: Mapped[datetime | None] = mapped_column(default=None)
    #: The report as the gateway gave it (its status and time), for the follow-up.
    delivery_detail: Mapped[str] = mapped_column(Text, default="", server_default="")
