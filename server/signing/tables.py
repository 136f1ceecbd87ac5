"""Server-only tables of the signing services: SMS one-time code challenges and the
evidence of signatures."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

import models.agent_orders  # noqa: F401  (the signature table the evidence names)
from models.base import Base
from models.ids import new_id, utcnow
from server.tables import SmsOutbox  # noqa: F401  (the table the foreign key names)


class OtpChallenge(Base):
    """One SMS one-time code, bound to who signs, what is signed and why.

    The code itself is never stored: ``code_hash`` is HMAC-SHA256 under the
    server's secret key over the per-code ``salt``, the binding (purpose,
    signer e-mail, data hash) and the code, so a database copy alone does not
    give the code away and a code cannot be replayed for other content.
    """

    __tablename__ = "otp_challenge"
    __table_args__ = (
        # Issuance rate limit: "codes for this signer and purpose in the last hour".
        Index("ix_otp_challenge_signer_created", "tenant_id", "signer_email", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    tenant_id: Mapped[str] = mapped_column(String(36))
    purpose: Mapped[str] = mapped_column(String(40))
    signer_email: Mapped[str] = mapped_column(String(254))
    data_hash: Mapped[str] = mapped_column(String(64))
    #: What the code was asked for through (an agent order: ``agent_order:<id>``): the
    #: issuance limit counts per scope and signer, so one link cannot use up a signer's
    #: codes for every other link.
    scope: Mapped[str] = mapped_column(String(80), default="")
    #: Last digits of the phone number, so a page can say where the code went.
    phone_hint: Mapped[str] = mapped_column(String(8), default="")
    salt: Mapped[str] = mapped_column(String(32))
    code_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    max_attempts: Mapped[int] = mapped_column(Integer)
    used_at: Mapped[datetime | None] = mapped_column(default=None)
    #: The ``sms_outbox`` row that carries the code to the phone.
    sms_outbox_id: Mapped[str | None] = mapped_column(
        ForeignKey("sms_outbox.id", ondelete="SET NULL"), default=None
    )


class SignatureEvidence(Base):
    """What proves one signature (``signature`` row of the same id); never synced.

    ``personnummer`` is the BankID signer's (canonical), ``data`` the rest of
    the proof: for BankID the signature, the OCSP response, the BankID issue
    date and the sign order; for an SMS code the challenge and the phone's
    last digits. Administrators read it through ``GET
    /api/v1/signatures/{id}/evidence``, and every read is audited.
    """

    __tablename__ = "signature_evidence"

    id: Mapped[str] = mapped_column(
        ForeignKey("signature.id", ondelete="CASCADE"), primary_key=True
    )
    tenant_id: Mapped[str] = mapped_column(String(36), index=True)
    method: Mapped[str] = mapped_column(String(10))
    personnummer: Mapped[str | None] = mapped_column(String(12), default=None)
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
