"""Who signs an agent order and what signing does, whatever the method (SMS or BankID).

A *subject* finds the order and its signer in a session: the agent's attestant
is a signed-in staff member (a :class:`Principal`, whose ``token_hash`` is the
desktop sign-in session, for separation of duties); the customer's attestant
comes through the e-mailed link bound to their address. :func:`dry_run` lets
the state machine check a signing before anything is sent; :func:`record_signature`
is the signing itself (state machine, :class:`Signature`, audit step, what
follows: the customer's link, or the service-desk case).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from models.agent_orders import AgentOrder, OrderState, Signature, SigningMethod
from models.errors import DomainError, ValidationError
from models.ids import new_id, utcnow
from models.notifications import EventType
from models.tenancy import Role, User
from server.services.agent_orders import orders as core
from server.services.agent_orders import records
from server.services.approval import issue_link
from server.services.auth import Principal
from server.services.database import Database
from server.services.notify import notify
from server.settings import Settings
from server.signing.bankid import (
    BankIdService,
    PyBankIdService,
)
from server.signing.sms import HttpSmsGateway, OutboxSmsGateway, SmsGateway, send_pending_sms
from server.signing.sms_receipts import receipt_urls
from server.signing.tables import SignatureEvidence
from server.tables import LinkToken

log = logging.getLogger(__name__)

AGENT_ATTESTANT = "agent_attestant"
CUSTOMER_ATTESTANT = "customer_attestant"
OTP_PURPOSES = {
    AGENT_ATTESTANT: "agent_order.agent_attest",
    CUSTOMER_ATTESTANT: "agent_order.customer_attest",
}
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


def send_queued_sms(db: Database, settings: Settings, now: datetime | None = None) -> None:
    """One SMS worker step: hand the due ``sms_outbox`` rows to the gateway (an HTTP
    gateway with the URL its delivery reports go to)."""
    now = now or utcnow()
    secret = settings.secret_key.get_secret_value()
    result = send_pending_sms(
        session_factory=db.sessions,
        gateway=sms_gateway(settings),
        now=now,
        receipt_url=receipt_urls(settings.public_base_url, secret, now=now)
        if settings.sms_gateway == "http"
        else None,
    )
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


def otp_key(settings: Settings) -> bytes:
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
    #: The customer's attestant: every address of their contact record (none may be the
    #: orderer's).
    addresses: frozenset[str] = frozenset()


def agent_signer(session: Session, principal: Principal, order: AgentOrder) -> Signer:
    records.require_agent_role(session, principal, order, Role.ATTESTANT, "attest")
    user = session.get(User, principal.user_id)
    return Signer(
        role=AGENT_ATTESTANT,
        email=principal.email,
        name=principal.display_name,
        phone=user.phone if user else None,
        user_id=principal.user_id,
        session_hash=principal.token_hash,
    )


def customer_signer(
    order: AgentOrder, link: LinkToken, addresses: frozenset[str] = frozenset()
) -> Signer:
    details = order.details or {}
    phone = details.get("customer_attestant_phone")
    if not phone and order.customer_attestant_email.lower() == order.ordered_by_email.lower():
        phone = details.get("contact_phone")
    name = details.get("customer_attestant_name") or (
        order.ordered_by_name if link.email == order.ordered_by_email.lower() else ""
    )
    return Signer(
        role=CUSTOMER_ATTESTANT,
        email=link.email,
        name=name,
        phone=phone or None,
        addresses=addresses,
    )


def attest(order: AgentOrder, signer: Signer, now: datetime) -> None:
    """The state machine's step for ``signer``'s role (raises when it is refused)."""
    if signer.role == AGENT_ATTESTANT:
        order.attest_by_agent(by_email=signer.email, session_hash=signer.session_hash, now=now)
    else:
        order.attest_by_customer(by_email=signer.email, addresses=signer.addresses, now=now)


@dataclass(frozen=True)
class Subject:
    """How to find the order and its signer in a session (staff: principal; customer: link)."""

    tenant_id: str
    load: Callable[[Session, datetime], tuple[AgentOrder, Signer]]
    on_signed: Callable[[Session, AgentOrder, Signer, datetime], None]


def staff_subject(settings: Settings, principal: Principal, order_id: str) -> Subject:
    def load(s: Session, _now: datetime) -> tuple[AgentOrder, Signer]:
        order = records.load_order(s, tenant_id=principal.tenant_id, order_id=order_id)
        return order, agent_signer(s, principal, order)

    def on_signed(s: Session, order: AgentOrder, signer: Signer, now: datetime) -> None:
        after_agent_attest(s, settings, order, signer, now)

    return Subject(principal.tenant_id, load, on_signed)


def customer_subject(settings: Settings, db: Database, token: str, now: datetime) -> Subject:
    with db.sessions() as s:
        tenant_id = records.customer_link(
            s, token, purpose=core.CUSTOMER_ATTEST_PURPOSE, now=now
        ).tenant_id

    def load(s: Session, when: datetime) -> tuple[AgentOrder, Signer]:
        link = records.customer_link(s, token, purpose=core.CUSTOMER_ATTEST_PURPOSE, now=when)
        order = records.load_order(s, tenant_id=link.tenant_id, order_id=link.entity_id)
        addresses = core.customer_signer_addresses(s, order, link.email)
        return order, customer_signer(order, link, addresses)

    def on_signed(s: Session, order: AgentOrder, signer: Signer, when: datetime) -> None:
        link = records.customer_link(s, token, purpose=core.CUSTOMER_ATTEST_PURPOSE, now=when)
        link.used_at = when
        after_customer_attest(s, settings, order, signer, when)

    return Subject(tenant_id, load, on_signed)


def dry_run(s: Session, order: AgentOrder, signer: Signer, now: datetime) -> str:
    """Check that ``signer`` may attest now (the state machine, then rolled back)."""
    data_hash = records.content_hash(order)
    try:
        attest(order, signer, now)
    finally:
        s.rollback()  # nothing of the trial may stay, also not in the identity map
    return data_hash


def add_signature(
    s: Session,
    order: AgentOrder,
    signer: Signer,
    method: SigningMethod,
    now: datetime,
    data_hash: str,
    signer_name: str,
    personnummer: str | None,
    evidence: dict[str, Any],
) -> Signature:
    """The synced :class:`Signature` of ``signer`` over ``data_hash`` (how, by whom, when)
    and beside it, on the server only, its :class:`SignatureEvidence` (``evidence``, the
    signer's ``personnummer``)."""
    signature = Signature(
        id=new_id(),
        tenant_id=order.tenant_id,
        order_id=order.id,
        role=signer.role,
        method=method,
        signer_email=signer.email,
        signer_name=signer.name or signer_name,
        signed_at=now,
        data_hash=data_hash,
    )
    s.add(signature)
    s.add(
        SignatureEvidence(
            id=signature.id,
            tenant_id=order.tenant_id,
            method=method,
            personnummer=personnummer or None,
            data=evidence,
            created_at=now,
        )
    )
    return signature


def record_signature(
    s: Session,
    subject: Subject,
    order: AgentOrder,
    signer: Signer,
    method: SigningMethod,
    evidence: dict[str, Any],
    now: datetime,
    expected_hash: str | None = None,
    *,
    signer_name: str = "",
    personnummer: str | None = None,
) -> None:
    """The attest itself: state machine, signature, audit step, what follows.

    The synced :class:`Signature` says how, by whom, when and over which data;
    ``evidence`` and the signer's ``personnummer`` stay on the server
    (:class:`SignatureEvidence`)."""
    data_hash = records.content_hash(order)
    if expected_hash is not None and expected_hash != data_hash:
        raise ValidationError(
            "The order changed while it was being signed; start the signing again",
            field="data_hash",
        )
    attest(order, signer, now)
    add_signature(s, order, signer, method, now, data_hash, signer_name, personnummer, evidence)
    state = (
        OrderState.AGENT_ATTESTED
        if signer.role == AGENT_ATTESTANT
        else OrderState.CUSTOMER_ATTESTED
    )
    records.add_step(
        s,
        order,
        state=state,
        actor_email=signer.email,
        now=now,
        note=f"Signed by {method.value}",
        data_hash=data_hash,
    )
    subject.on_signed(s, order, signer, now)


def after_agent_attest(
    s: Session, settings: Settings, order: AgentOrder, signer: Signer, now: datetime
) -> None:
    """Mail the customer's attestant their link; tell the case handler."""
    token = issue_link(
        s,
        core.CUSTOMER_ATTEST_LINK,
        tenant_id=order.tenant_id,
        entity_id=order.id,
        email=order.customer_attestant_email,
        now=now,
    )
    to_customer = records.order_message(
        "agent_order.agent_attested.customer_attestant",
        params={"days": str(core.CUSTOMER_ATTEST_LINK.lifetime.days)},
        link_path=f"/agent-orders/attest/{token}",
    )
    if signer.user_id:
        records.mark_order_read(s, order, signer.user_id, now)
    to_handlers = records.order_message(
        "agent_order.agent_attested.case_handlers",
        params={
            "signer": signer.name or signer.email,
            "attestant": order.customer_attestant_email or "",
        },
        link_path=f"/staff/agent-orders/{order.id}",
    )
    records.tell(
        s,
        settings,
        order,
        EventType.AGENT_ORDER_AGENT_ATTESTED,
        [
            records.Told(
                "agent_order.agent_attested.customer_attestant",
                to_customer,
                addresses=[(order.customer_attestant_email or "", "")],
            ),
            records.Told(
                "agent_order.agent_attested.case_handlers",
                to_handlers,
                users=records.case_handlers_of(s, order),
            ),
        ],
        now,
    )


def after_customer_attest(
    s: Session, settings: Settings, order: AgentOrder, signer: Signer, now: datetime
) -> None:
    """The step itself goes to whom a binding of ``agent_order.customer_attested`` names
    (with none, to nobody: the case's mails right after tell the order's people); then
    the case is opened."""
    notify(
        s,
        settings,
        tenant_id=order.tenant_id,
        event=EventType.AGENT_ORDER_CUSTOMER_ATTESTED,
        values=records.order_params(s, order) | {"signer": signer.name or signer.email},
        concerns=records.order_concerns(s, order, now.date()),
        related_id=order.id,
        kind="agent_order.customer_attested",
    )
    core.create_case(session=s, settings=settings, order=order, now=now)


def refusal(db: Database, subject: Subject, now: datetime) -> DomainError | None:
    with db.sessions() as s:
        order, signer = subject.load(s, now)
        try:
            dry_run(s, order, signer, now)
        except DomainError as exc:
            return exc
    return None
