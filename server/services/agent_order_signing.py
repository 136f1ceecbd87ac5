"""Attesting agent orders: the agent's attestant, then the customer's, by SMS code or BankID.

Both attests follow one pattern: *start* checks everything that can be
checked before signing (tenant, role, state, the chosen signer, separation
of duties: the state machine is run on the order and rolled back) and then
sends an SMS one-time code or starts a BankID sign order, both bound to the
SHA-256 of the approved order (:func:`server.services.agent_orders.content_hash`).
*Complete* verifies the code, or collects the BankID order, and in one
transaction under the tenant lock lets the state machine decide again,
writes the :class:`Signature` and the audit step, and notifies. After the
customer's attest the service-desk case is opened in the same transaction.

The agent's attestant is a signed-in staff member (a :class:`Principal`; its
``token_hash`` is the desktop sign-in session, for separation of duties).
The customer's attestant is reached by an e-mail link bound to their address.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal, cast

from sqlalchemy import CursorResult, or_, update
from sqlalchemy.orm import Session

from models.agent_orders import AgentOrder, OrderState, Signature, SigningMethod
from models.errors import DomainError, NotFoundError, ValidationError
from models.ids import new_id
from models.tenancy import Role, User
from server.notifications_tables import BankIdSigning
from server.services import agent_orders as core
from server.services.approval import issue_link
from server.services.auth import Principal
from server.services.database import Database
from server.services.notifications import Message, mark_related_read, notify_address
from server.services.seq import lock_tenant
from server.settings import Settings
from server.signing import otp
from server.signing.bankid import (
    COLLECT_INTERVAL_S,
    BankIdError,
    BankIdOrder,
    BankIdService,
    PyBankIdService,
)
from server.signing.sms import HttpSmsGateway, OutboxSmsGateway, SmsGateway, send_pending_sms
from server.signing.tables import OtpChallenge
from server.tables import LinkToken

log = logging.getLogger(__name__)

AGENT_ATTESTANT = "agent_attestant"
CUSTOMER_ATTESTANT = "customer_attestant"
OTP_PURPOSES = {
    AGENT_ATTESTANT: "agent_order.agent_attest",
    CUSTOMER_ATTESTANT: "agent_order.customer_attest",
}
Method = Literal["sms", "bankid"]
BANKID_NOT_CONFIGURED = "Signing with BankID is not configured on this server; use an SMS code"


class BankIdNotConfigured(BankIdError):
    """BankID was asked for on a server without a BankID relying-party certificate."""

    code = "bankid_not_configured"

#: A little under BankID's two seconds, so a page polling every second collects every other time.
_COLLECT_SPACING = timedelta(seconds=COLLECT_INTERVAL_S - 0.2)


# -- adapters from the settings ---------------------------------------------------------------


def sms_gateway(settings: Settings) -> SmsGateway:
    """The SMS gateway the settings choose (the outbox gateway by default)."""
    if settings.sms_gateway == "http":
        password = settings.sms_http_password
        return HttpSmsGateway(
            username=settings.sms_http_username,
            password=password.get_secret_value() if password else "",
            sender=settings.sms_sender,
            url=settings.sms_http_url,
        )
    return OutboxSmsGateway(spool_file=settings.sms_spool_file)


def send_queued_sms(db: Database, settings: Settings, now: datetime) -> None:
    """One SMS worker step: hand the due ``sms_outbox`` rows to the gateway."""
    result = send_pending_sms(session_factory=db.sessions, gateway=sms_gateway(settings), now=now)
    if result.failed or result.retrying:
        log.warning("%d SMS not sent yet", len(result.failed) + len(result.retrying))


def bankid_service(settings: Settings) -> BankIdService | None:
    """The BankID adapter of the settings, or None when BankID is not configured."""
    if not settings.bankid_configured:
        return None
    assert settings.bankid_cert_file is not None and settings.bankid_key_file is not None
    return PyBankIdService(
        cert_path=settings.bankid_cert_file,
        key_path=settings.bankid_key_file,
        api_url=settings.bankid_api_url,
        ca_cert=settings.bankid_ca_file,
    )


def _otp_key(settings: Settings) -> bytes:
    # A key of its own, derived from the server key (any length) for the OTP HMACs.
    return hashlib.sha256(b"kansli-otp:" + settings.secret_key.get_secret_value().encode()).digest()


# -- who signs ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Signer:
    """Who signs, in which role, and how they are reached."""

    role: str
    email: str
    name: str
    phone: str | None
    user_id: str | None = None
    session_hash: str = ""


def _agent_signer(session: Session, principal: Principal, order: AgentOrder) -> Signer:
    core.require_agent_role(session, principal, order, Role.ATTESTANT, "attest")
    user = session.get(User, principal.user_id)
    return Signer(
        role=AGENT_ATTESTANT,
        email=principal.email,
        name=principal.display_name,
        phone=user.phone if user else None,
        user_id=principal.user_id,
        session_hash=principal.token_hash,
    )


def _customer_signer(order: AgentOrder, link: LinkToken) -> Signer:
    details = order.details or {}
    phone = details.get("customer_attestant_phone")
    if not phone and order.customer_attestant_email.lower() == order.ordered_by_email.lower():
        phone = details.get("contact_phone")
    name = order.ordered_by_name if link.email == order.ordered_by_email.lower() else ""
    return Signer(role=CUSTOMER_ATTESTANT, email=link.email, name=name, phone=phone or None)


def _attest(order: AgentOrder, signer: Signer, now: datetime) -> None:
    """The state machine's step for ``signer``'s role (raises when it is refused)."""
    if signer.role == AGENT_ATTESTANT:
        order.attest_by_agent(by_email=signer.email, session_hash=signer.session_hash, now=now)
    else:
        order.attest_by_customer(by_email=signer.email, now=now)


@dataclass(frozen=True)
class _Subject:
    """How to find the order and its signer in a session (staff: principal; customer: link)."""

    tenant_id: str
    load: Callable[[Session, datetime], tuple[AgentOrder, Signer]]
    on_signed: Callable[[Session, AgentOrder, Signer, datetime], None]


def _staff_subject(settings: Settings, principal: Principal, order_id: str) -> _Subject:
    def load(s: Session, _now: datetime) -> tuple[AgentOrder, Signer]:
        order = core.load_order(s, tenant_id=principal.tenant_id, order_id=order_id)
        return order, _agent_signer(s, principal, order)

    def on_signed(s: Session, order: AgentOrder, signer: Signer, now: datetime) -> None:
        _after_agent_attest(s, settings, order, signer, now)

    return _Subject(principal.tenant_id, load, on_signed)


def _customer_subject(settings: Settings, db: Database, token: str, now: datetime) -> _Subject:
    with db.sessions() as s:
        tenant_id = core.customer_link(
            s, token, purpose=core.CUSTOMER_ATTEST_PURPOSE, now=now
        ).tenant_id

    def load(s: Session, when: datetime) -> tuple[AgentOrder, Signer]:
        link = core.customer_link(s, token, purpose=core.CUSTOMER_ATTEST_PURPOSE, now=when)
        order = core.load_order(s, tenant_id=link.tenant_id, order_id=link.entity_id)
        return order, _customer_signer(order, link)

    def on_signed(s: Session, order: AgentOrder, signer: Signer, when: datetime) -> None:
        link = core.customer_link(s, token, purpose=core.CUSTOMER_ATTEST_PURPOSE, now=when)
        link.used_at = when
        _after_customer_attest(s, settings, order, signer, when)

    return _Subject(tenant_id, load, on_signed)


def _dry_run(s: Session, order: AgentOrder, signer: Signer, now: datetime) -> str:
    """Check that ``signer`` may attest now (the state machine, then rolled back)."""
    data_hash = core.content_hash(order)
    try:
        _attest(order, signer, now)
    finally:
        s.rollback()  # nothing of the trial may stay, also not in the identity map
    return data_hash


# -- SMS ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SmsChallenge:
    """A code was sent: the challenge to verify against, and where the code went."""

    challenge_id: str
    phone_hint: str
    expires_at: datetime


def _start_sms(db: Database, settings: Settings, subject: _Subject, now: datetime) -> SmsChallenge:
    with db.sessions() as s:
        order, signer = subject.load(s, now)
        if not signer.phone:
            raise ValidationError(
                "No mobile number is registered for you, so no SMS code can be sent. "
                "Ask your administrator to add one, or sign with BankID.",
                field="phone",
            )
        data_hash = _dry_run(s, order, signer, now)
        challenge = otp.issue_code(
            session=s,
            tenant_id=subject.tenant_id,
            signer_email=signer.email,
            phone_e164=otp.normalise_phone(signer.phone),
            purpose=OTP_PURPOSES[signer.role],
            data_hash=data_hash,
            secret_key=_otp_key(settings),
            now=now,
        )
        s.commit()
        return SmsChallenge(challenge.id, challenge.phone_hint, challenge.expires_at)


def _complete_sms(
    db: Database,
    settings: Settings,
    subject: _Subject,
    *,
    challenge_id: str,
    code: str,
    now: datetime,
) -> AgentOrder:
    with db.sessions() as s:
        order, signer = subject.load(s, now)
        challenge = s.get(OtpChallenge, challenge_id) if challenge_id else None
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
            data_hash=core.content_hash(order),
            secret_key=_otp_key(settings),
            now=now,
        )
        lock_tenant(s, subject.tenant_id)
        order, signer = subject.load(s, now)
        evidence = {"method": "sms", "challenge_id": challenge_id, "phone_hint": phone_hint}
        _record_signature(s, subject, order, signer, SigningMethod.SMS, evidence, now)
        s.commit()
        return order


def _record_signature(
    s: Session,
    subject: _Subject,
    order: AgentOrder,
    signer: Signer,
    method: SigningMethod,
    evidence: dict[str, Any],
    now: datetime,
    expected_hash: str | None = None,
) -> None:
    """The attest itself: state machine, signature, audit step, what follows."""
    data_hash = core.content_hash(order)
    if expected_hash is not None and expected_hash != data_hash:
        raise ValidationError(
            "The order changed while it was being signed; start the signing again",
            field="data_hash",
        )
    _attest(order, signer, now)
    s.add(
        Signature(
            id=new_id(),
            tenant_id=order.tenant_id,
            order_id=order.id,
            role=signer.role,
            method=method,
            signer_email=signer.email,
            signer_name=signer.name or str(evidence.get("name") or ""),
            signed_at=now,
            data_hash=data_hash,
            evidence=evidence,
        )
    )
    state = (
        OrderState.AGENT_ATTESTED
        if signer.role == AGENT_ATTESTANT
        else OrderState.CUSTOMER_ATTESTED
    )
    core.add_step(
        s,
        order,
        state=state,
        actor_email=signer.email,
        now=now,
        note=f"Signed by {method.value}",
        data_hash=data_hash,
    )
    subject.on_signed(s, order, signer, now)


def _after_agent_attest(
    s: Session, settings: Settings, order: AgentOrder, signer: Signer, now: datetime
) -> None:
    """Mail the customer's attestant their link; tell the case handler."""
    token = issue_link(
        s,
        tenant_id=order.tenant_id,
        registration_id=order.id,
        email=order.customer_attestant_email,
        now=now,
        purpose=core.CUSTOMER_ATTEST_PURPOSE,
        lifetime=core.CUSTOMER_LINK_LIFETIME,
    )
    customer, agent_name, tenant_name = core.names_of(s, order)
    notify_address(
        session=s,
        settings=settings,
        tenant_id=order.tenant_id,
        to_address=order.customer_attestant_email,
        message=Message(
            kind="agent_order.customer_attest",
            title=f"Please attest order {order.number} for {customer}",
            body=(
                f"{agent_name} has approved and attested {customer}'s order of {order.service}. "
                f"As {customer}'s attestant, please check the order and attest it with an SMS "
                "code or BankID on the page below. The link is for you only and valid for "
                f"{core.CUSTOMER_LINK_LIFETIME.days} days."
            ),
            link_path=f"/agent-orders/attest/{token}",
            related_id=order.id,
        ),
        signature=tenant_name,
    )
    if signer.user_id:
        mark_related_read(
            session=s,
            tenant_id=order.tenant_id,
            user_id=signer.user_id,
            related_id=order.id,
            now=now,
        )
    core.tell_users(
        s,
        settings,
        order,
        core.case_handlers_of(s, order),
        Message(
            kind="agent_order.agent_attested",
            title=f"Order {order.number} is attested by {agent_name}",
            body=(
                f"{signer.name or signer.email} has attested the order. It now goes to "
                f"{customer}'s attestant ({order.customer_attestant_email})."
            ),
            link_path=f"/staff/agent-orders/{order.id}",
            related_id=order.id,
        ),
        now,
    )


def _after_customer_attest(
    s: Session, settings: Settings, order: AgentOrder, signer: Signer, now: datetime
) -> None:
    core.create_case(session=s, settings=settings, order=order, now=now)


# -- BankID -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class BankIdProgress:
    """Where a BankID signing is: what to tell the user, the QR code while pending."""

    signing_id: str
    status: str  # pending | complete | failed | cancelled
    message: str
    auto_start_token: str = ""
    qr_data: str | None = None

    @property
    def done(self) -> bool:
        return self.status != "pending"


def _bank_order(row: BankIdSigning) -> BankIdOrder:
    return BankIdOrder(
        order_ref=row.order_ref,
        auto_start_token=row.auto_start_token,
        qr_start_token=row.qr_start_token,
        qr_start_secret=row.qr_start_secret,
        started_at=row.started_at,
    )


def _progress(row: BankIdSigning, bankid: BankIdService, now: datetime) -> BankIdProgress:
    pending = row.status == "pending"
    return BankIdProgress(
        signing_id=row.id,
        status=row.status,
        message=row.message,
        auto_start_token=row.auto_start_token if pending else "",
        qr_data=bankid.qr_data(_bank_order(row), now) if pending else None,
    )


def _visible_text(session: Session, order: AgentOrder, signer: Signer) -> str:
    customer, agent_name, _ = core.names_of(session, order)
    who = agent_name if signer.role == AGENT_ATTESTANT else customer
    return (
        f"I attest order {order.number} for {who}: {order.service} for {customer} "
        f"through {agent_name}."
    )


def _start_bankid(
    db: Database,
    subject: _Subject,
    bankid: BankIdService | None,
    *,
    end_user_ip: str,
    now: datetime,
) -> BankIdProgress:
    if bankid is None:
        raise BankIdNotConfigured(BANKID_NOT_CONFIGURED)
    with db.sessions() as s:
        order, signer = subject.load(s, now)
        visible = _visible_text(s, order, signer)
        order_id = order.id
        data_hash = _dry_run(s, order, signer, now)
    # The network call outside any transaction.
    started = bankid.start_sign(
        end_user_ip=end_user_ip, user_visible_data=visible, user_non_visible_data=data_hash
    )
    with db.transaction() as s:
        row = BankIdSigning(
            tenant_id=subject.tenant_id,
            order_id=order_id,
            role=signer.role,
            signer_email=signer.email,
            user_id=signer.user_id,
            data_hash=data_hash,
            order_ref=started.order_ref,
            auto_start_token=started.auto_start_token,
            qr_start_token=started.qr_start_token,
            qr_start_secret=started.qr_start_secret,
            started_at=started.started_at,
            status="pending",
            message="Start your BankID app.",
        )
        s.add(row)
        s.flush()
        return _progress(row, bankid, now)


def _signing_row(s: Session, subject: _Subject, signer: Signer, signing_id: str) -> BankIdSigning:
    row = s.get(BankIdSigning, signing_id, populate_existing=True) if signing_id else None
    if (
        row is None
        or row.tenant_id != subject.tenant_id
        or row.role != signer.role
        or row.signer_email != signer.email
        or row.user_id != signer.user_id
    ):
        raise NotFoundError("No such BankID signing; start the signing again")
    return row


def signed_hash(completion: dict[str, Any]) -> str | None:
    """The ``usrNonVisibleData`` BankID signed (our data hash), from the signature XML."""
    try:
        xml = base64.b64decode(str(completion.get("signature", "")), validate=True)
        root = ET.fromstring(xml)  # noqa: S314  (BankID's answer over mutual TLS)
    except (binascii.Error, ValueError, ET.ParseError):
        return None
    for element in root.iter():
        if element.tag.rsplit("}", 1)[-1] == "usrNonVisibleData" and element.text:
            try:
                return base64.b64decode(element.text.strip(), validate=True).decode()
            except (binascii.Error, ValueError):
                return None
    return None


def _finish(
    db: Database, signing_id: str, status: str, message: str, hint: str, now: datetime
) -> None:
    with db.transaction() as s:
        s.execute(
            update(BankIdSigning)
            .where(BankIdSigning.id == signing_id, BankIdSigning.status == "pending")
            .values(status=status, message=message, hint_code=hint[:40], finished_at=now)
            .execution_options(synchronize_session=False)
        )


def _poll_bankid(
    db: Database,
    subject: _Subject,
    bankid: BankIdService | None,
    *,
    signing_id: str,
    now: datetime,
) -> BankIdProgress:
    if bankid is None:
        raise BankIdNotConfigured(BANKID_NOT_CONFIGURED)
    with db.sessions() as s:
        _order, signer = subject.load(s, now)
        row = _signing_row(s, subject, signer, signing_id)
        if row.status != "pending":
            return _progress(row, bankid, now)
        # Claim this collect: at most one every two seconds, never two at once.
        claimed = cast(
            CursorResult[Any],
            s.execute(
                update(BankIdSigning)
                .where(
                    BankIdSigning.id == row.id,
                    BankIdSigning.status == "pending",
                    or_(
                        BankIdSigning.last_collected_at.is_(None),
                        BankIdSigning.last_collected_at <= now - _COLLECT_SPACING,
                    ),
                )
                .values(last_collected_at=now)
                .execution_options(synchronize_session=False)
            ),
        ).rowcount
        s.commit()
        if claimed != 1:
            return _progress(row, bankid, now)
        order_ref = row.order_ref
        expected_hash = row.data_hash
    try:
        status = bankid.collect(order_ref)
    except BankIdError as exc:
        _finish(db, signing_id, "failed", exc.message, "", now)
        return _reload(db, signing_id, bankid, now)
    if status.status == "pending":
        with db.transaction() as s:
            s.execute(
                update(BankIdSigning)
                .where(BankIdSigning.id == signing_id, BankIdSigning.status == "pending")
                .values(message=status.message, hint_code=(status.hint_code or "")[:40])
                .execution_options(synchronize_session=False)
            )
    elif status.status == "failed":
        _finish(db, signing_id, "failed", status.message, status.hint_code or "", now)
    else:
        _complete_bankid(db, subject, signing_id, status.completion_data or {}, expected_hash, now)
    return _reload(db, signing_id, bankid, now)


def _complete_bankid(
    db: Database,
    subject: _Subject,
    signing_id: str,
    completion: dict[str, Any],
    expected_hash: str,
    now: datetime,
) -> None:
    if signed_hash(completion) != expected_hash:
        log.error("BankID signing %s: the signature is not of the data hash", signing_id)
        _finish(db, signing_id, "failed", "BankID signed other data; start again", "", now)
        return
    user = completion.get("user") or {}
    personal_number = str(user.get("personalNumber") or "")
    evidence = {
        "method": "bankid",
        "name": str(user.get("name") or ""),
        # The personnummer itself stays out of the synced row; its hash identifies the signer.
        "personal_number_sha256": hashlib.sha256(personal_number.encode()).hexdigest(),
        "bankid_issue_date": completion.get("bankIdIssueDate"),
        "signature": completion.get("signature"),
        "ocsp_response": completion.get("ocspResponse"),
        "signing_id": signing_id,
    }
    try:
        with db.transaction() as s:
            lock_tenant(s, subject.tenant_id)
            order, signer = subject.load(s, now)
            row = _signing_row(s, subject, signer, signing_id)
            if row.status != "pending":
                return
            _record_signature(
                s, subject, order, signer, SigningMethod.BANKID, evidence, now, expected_hash
            )
            row.status, row.message, row.finished_at = "complete", "Signed with BankID.", now
    except DomainError as exc:
        _finish(db, signing_id, "failed", exc.message, "", now)


def _reload(db: Database, signing_id: str, bankid: BankIdService, now: datetime) -> BankIdProgress:
    with db.sessions() as s:
        row = s.get(BankIdSigning, signing_id)
        assert row is not None
        return _progress(row, bankid, now)


def _cancel_bankid(
    db: Database, subject: _Subject, bankid: BankIdService | None, signing_id: str, now: datetime
) -> None:
    if bankid is None:
        raise BankIdNotConfigured(BANKID_NOT_CONFIGURED)
    with db.sessions() as s:
        _order, signer = subject.load(s, now)
        row = _signing_row(s, subject, signer, signing_id)
        pending, order_ref = row.status == "pending", row.order_ref
    if pending:
        _finish(db, signing_id, "cancelled", "Signing cancelled.", "", now)
        try:
            bankid.cancel(order_ref)
        except BankIdError:
            log.warning("BankID signing %s: cancel not confirmed", signing_id)


# -- the public services ------------------------------------------------------------------------


def start_agent_attest(
    *,
    db: Database,
    settings: Settings,
    principal: Principal,
    order_id: str,
    method: Method,
    now: datetime,
    end_user_ip: str = "",
    bankid: BankIdService | None = None,
) -> SmsChallenge | BankIdProgress:
    """The agent's attestant starts signing: an SMS code is sent, or a BankID order started."""
    subject = _staff_subject(settings, principal, order_id)
    if method == "sms":
        return _start_sms(db, settings, subject, now)
    return _start_bankid(db, subject, bankid, end_user_ip=end_user_ip, now=now)


def complete_agent_attest_sms(
    *,
    db: Database,
    settings: Settings,
    principal: Principal,
    order_id: str,
    challenge_id: str,
    code: str,
    now: datetime,
) -> AgentOrder:
    """The agent's attestant signs with the SMS code (``agent_approved`` → ``agent_attested``)."""
    subject = _staff_subject(settings, principal, order_id)
    return _complete_sms(db, settings, subject, challenge_id=challenge_id, code=code, now=now)


def poll_agent_attest_bankid(
    *,
    db: Database,
    settings: Settings,
    principal: Principal,
    order_id: str,
    signing_id: str,
    bankid: BankIdService | None,
    now: datetime,
) -> BankIdProgress:
    """Collect the agent's BankID signing (at most every 2 s); attests once it is complete."""
    subject = _staff_subject(settings, principal, order_id)
    return _poll_bankid(db, subject, bankid, signing_id=signing_id, now=now)


def cancel_agent_attest_bankid(
    *,
    db: Database,
    settings: Settings,
    principal: Principal,
    order_id: str,
    signing_id: str,
    bankid: BankIdService | None,
    now: datetime,
) -> None:
    """Cancel the agent's pending BankID signing."""
    _cancel_bankid(db, _staff_subject(settings, principal, order_id), bankid, signing_id, now)


def start_customer_attest(
    *,
    db: Database,
    settings: Settings,
    token: str,
    method: Method,
    now: datetime,
    end_user_ip: str = "",
    bankid: BankIdService | None = None,
) -> SmsChallenge | BankIdProgress:
    """The customer's attestant (through their link) starts signing."""
    subject = _customer_subject(settings, db, token, now)
    if method == "sms":
        return _start_sms(db, settings, subject, now)
    return _start_bankid(db, subject, bankid, end_user_ip=end_user_ip, now=now)


def complete_customer_attest_sms(
    *, db: Database, settings: Settings, token: str, challenge_id: str, code: str, now: datetime
) -> AgentOrder:
    """The customer's attestant signs with the SMS code; the service-desk case is opened."""
    subject = _customer_subject(settings, db, token, now)
    return _complete_sms(db, settings, subject, challenge_id=challenge_id, code=code, now=now)


def poll_customer_attest_bankid(
    *,
    db: Database,
    settings: Settings,
    token: str,
    signing_id: str,
    bankid: BankIdService | None,
    now: datetime,
) -> BankIdProgress:
    """Collect the customer's BankID signing; attests and opens the case once complete."""
    subject = _customer_subject(settings, db, token, now)
    return _poll_bankid(db, subject, bankid, signing_id=signing_id, now=now)


def cancel_customer_attest_bankid(
    *,
    db: Database,
    settings: Settings,
    token: str,
    signing_id: str,
    bankid: BankIdService | None,
    now: datetime,
) -> None:
    """Cancel the customer's pending BankID signing."""
    _cancel_bankid(db, _customer_subject(settings, db, token, now), bankid, signing_id, now)


def customer_order(*, db: Database, token: str, now: datetime) -> core.OrderPage:
    """The order behind a customer attestant's link, for their page."""
    with db.sessions() as s:
        link = core.customer_link(s, token, purpose=core.CUSTOMER_ATTEST_PURPOSE, now=now)
        order = core.load_order(s, tenant_id=link.tenant_id, order_id=link.entity_id)
        return core.order_page(s, order)


def _refusal(db: Database, subject: _Subject, now: datetime) -> DomainError | None:
    with db.sessions() as s:
        order, signer = subject.load(s, now)
        try:
            _dry_run(s, order, signer, now)
        except DomainError as exc:
            return exc
    return None


def agent_attest_refusal(
    *, db: Database, settings: Settings, principal: Principal, order_id: str, now: datetime
) -> DomainError | None:
    """Why the principal cannot attest the order now (state, attestant, separation of
    duties), or None; for showing it before anything is sent."""
    return _refusal(db, _staff_subject(settings, principal, order_id), now)


def customer_attest_refusal(
    *, db: Database, settings: Settings, token: str, now: datetime
) -> DomainError | None:
    """Why the customer's attestant cannot attest now, or None."""
    return _refusal(db, _customer_subject(settings, db, token, now), now)


def agent_has_phone(*, db: Database, principal: Principal) -> bool:
    """True if an SMS code can be sent to the principal (a mobile number is registered)."""
    with db.sessions() as s:
        user = s.get(User, principal.user_id)
        return bool(user and user.phone)


def customer_has_phone(order: AgentOrder) -> bool:
    """True if an SMS code can be sent to the order's customer attestant."""
    return (
        _customer_signer(order, LinkToken(email=order.customer_attestant_email.lower())).phone
        is not None
    )
