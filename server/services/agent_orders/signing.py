"""Attesting agent orders: the agent's attestant, then the customer's, by SMS code or BankID.

Both attests follow one pattern: *start* checks everything that can be
checked before signing (tenant, role, state, the chosen signer, separation
of duties: the state machine is run on the order and rolled back) and then
sends an SMS one-time code or starts a BankID sign order, both bound to the
SHA-256 of the approved order (:func:`server.services.agent_orders.records.content_hash`).
*Complete* verifies the code, or collects the BankID order, and in one
transaction under the tenant lock lets the state machine decide again,
writes the :class:`Signature` and the audit step, and notifies. After the
customer's attest the service-desk case is opened in the same transaction.

The common parts are in :mod:`server.services.agent_orders.signers`, BankID's in
:mod:`server.services.agent_orders.bankid`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from models.agent_orders import AgentOrder, SigningMethod
from models.errors import DomainError, NotFoundError, ValidationError
from models.tenancy import User
from server.services.agent_orders import orders as core
from server.services.agent_orders import records
from server.services.agent_orders.bankid import (
    BankIdNotConfigured,
    BankIdProgress,
    cancel_bankid,
    poll_bankid,
    start_bankid,
)
from server.services.agent_orders.signers import (
    AGENT_ATTESTANT,
    CUSTOMER_ATTESTANT,
    OTP_PURPOSES,
    Subject,
    bankid_service,
    customer_signer,
    customer_subject,
    dry_run,
    otp_key,
    record_signature,
    refusal,
    send_queued_sms,
    staff_subject,
)
from server.services.auth import Principal
from server.services.database import Database
from server.services.seq import lock_tenant
from server.settings import Settings
from server.signing import otp
from server.signing.bankid import (
    BankIdService,
)
from server.signing.tables import OtpChallenge
from server.tables import LinkToken

__all__ = [
    "AGENT_ATTESTANT",
    "CUSTOMER_ATTESTANT",
    "BankIdNotConfigured",
    "BankIdProgress",
    "SmsChallenge",
    "bankid_service",
    "send_queued_sms",
]

log = logging.getLogger(__name__)

Method = Literal["sms", "bankid"]

# -- SMS ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SmsChallenge:
    """A code was sent: the challenge to verify against, and where the code went."""

    challenge_id: str
    phone_hint: str
    expires_at: datetime


def _start_sms(db: Database, settings: Settings, subject: Subject, now: datetime) -> SmsChallenge:
    with db.sessions() as s:
        order, signer = subject.load(s, now)
        if not signer.phone:
            raise ValidationError(
                "No mobile number is registered for you, so no SMS code can be sent. "
                "Ask your administrator to add one, or sign with BankID.",
                field="phone",
            )
        scope = f"agent_order:{order.id}"
        data_hash = dry_run(s, order, signer, now)
        challenge = otp.issue_code(
            session=s,
            tenant_id=subject.tenant_id,
            signer_email=signer.email,
            phone_e164=otp.normalise_phone(signer.phone),
            purpose=OTP_PURPOSES[signer.role],
            data_hash=data_hash,
            secret_key=otp_key(settings),
            now=now,
            scope=scope,
        )
        s.commit()
        return SmsChallenge(challenge.id, challenge.phone_hint, challenge.expires_at)


def _complete_sms(
    db: Database,
    settings: Settings,
    subject: Subject,
    *,
    challenge_id: str,
    code: str,
    now: datetime,
) -> AgentOrder:
    with db.sessions() as s:
        order, signer = subject.load(s, now)
        challenge = s.get(OtpChallenge, challenge_id) if records.is_id(challenge_id) else None
        if (
            challenge is None
            or challenge.tenant_id != subject.tenant_id
            or challenge.purpose != OTP_PURPOSES[signer.role]
        ):
            raise NotFoundError(otp.NOT_FOUND)
        phone_hint = challenge.phone_hint
        s.commit()  # verify_code runs its own transactions
        # Counts the attempt and commits it before comparing; on success the
        # challenge is marked used in this session, committed with the signature.
        otp.verify_code(
            session=s,
            challenge_id=challenge_id,
            code=code,
            signer_email=signer.email,
            data_hash=records.content_hash(order),
            secret_key=otp_key(settings),
            now=now,
        )
        lock_tenant(s, subject.tenant_id)
        order, signer = subject.load(s, now)
        evidence = {"challenge_id": challenge_id, "phone_hint": phone_hint}
        record_signature(s, subject, order, signer, SigningMethod.SMS, evidence, now)
        s.commit()
        return order


# -- the public services ------------------------------------------------------------------------


def _agent_subject(
    settings: Settings, _db: Database, _now: datetime, *, principal: Principal, order_id: str
) -> Subject:
    return staff_subject(settings, principal, order_id)


def _customer_subject(settings: Settings, db: Database, now: datetime, *, token: str) -> Subject:
    return customer_subject(settings, db, token, now)


@dataclass(frozen=True)
class AttestCall:
    """One call of an attestation (:meth:`Attestation.at`): the order and its signer as
    found for the attestant (``subject``), at ``now``, with what every step works with."""

    db: Database
    settings: Settings
    subject: Subject
    now: datetime

    def start(
        self, *, method: Method, end_user_ip: str = "", bankid: BankIdService | None = None
    ) -> SmsChallenge | BankIdProgress:
        """The attestant starts signing: an SMS code is sent, or a BankID order started."""
        if method == "sms":
            return _start_sms(self.db, self.settings, self.subject, self.now)
        return start_bankid(self.db, self.subject, bankid, end_user_ip=end_user_ip, now=self.now)

    def complete_sms(self, *, challenge_id: str, code: str) -> AgentOrder:
        """The attestant signs with the SMS code (the agent's: ``agent_approved`` →
        ``agent_attested``; the customer's: then the service-desk case is opened)."""
        return _complete_sms(
            self.db, self.settings, self.subject, challenge_id=challenge_id, code=code, now=self.now
        )

    def poll_bankid(self, *, signing_id: str, bankid: BankIdService | None) -> BankIdProgress:
        """Collect the BankID signing (at most every 2 s); attests once it is complete."""
        return poll_bankid(self.db, self.subject, bankid, signing_id=signing_id, now=self.now)

    def cancel_bankid(self, *, signing_id: str, bankid: BankIdService | None) -> None:
        """Cancel the pending BankID signing."""
        cancel_bankid(self.db, self.subject, bankid, signing_id, self.now)

    def refusal(self) -> DomainError | None:
        """Why the attestant cannot attest the order now (state, attestant, separation of
        duties), or None; for showing it before anything is sent."""
        return refusal(self.db, self.subject, self.now)


@dataclass(frozen=True)
class Attestation:
    """One of the two attestations: the agent's attestant's (``who`` is ``principal`` and
    ``order_id``) or the customer's (``who`` is ``token``, their link). Only how the order
    and its signer are found differs (``subject``); every step is the same for both."""

    subject: Callable[..., Subject]

    def at(self, *, db: Database, settings: Settings, now: datetime, **who: Any) -> AttestCall:
        """A call of this attestation by ``who`` at ``now``, its steps the methods of
        :class:`AttestCall`; raises DomainError when the customer's link cannot be used."""
        return AttestCall(db, settings, self.subject(settings, db, now, **who), now)


AGENT_ATTEST = Attestation(_agent_subject)
CUSTOMER_ATTEST = Attestation(_customer_subject)


def customer_order(*, db: Database, token: str, now: datetime) -> records.OrderPage:
    """The order behind a customer attestant's link, for their page."""
    with db.sessions() as s:
        link = records.customer_link(s, token, purpose=core.CUSTOMER_ATTEST_PURPOSE, now=now)
        order = records.load_order(s, tenant_id=link.tenant_id, order_id=link.entity_id)
        return records.order_page(s, order)


def agent_has_phone(*, db: Database, principal: Principal) -> bool:
    """True if an SMS code can be sent to the principal (a mobile number is registered)."""
    with db.sessions() as s:
        user = s.get(User, principal.user_id)
        return bool(user and user.phone)


def customer_has_phone(order: AgentOrder) -> bool:
    """True if an SMS code can be sent to the order's customer attestant."""
    return (
        customer_signer(order, LinkToken(email=order.customer_attestant_email.lower())).phone
        is not None
    )
