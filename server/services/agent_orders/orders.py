"""Agent orders on the server (seed 004): the customer's order, the agent's review,
approval, rejection, and the service-desk case. Signing (the two attests) is in
:mod:`server.services.agent_orders.signing`; the shared parts (hashing, roles, audit
rows, notifications) in :mod:`server.services.agent_orders.records`.

Every step takes the tenant's write lock first, checks who may do it (tenant,
agent organisation, role), lets the state machine of
:class:`models.agent_orders.AgentOrder` decide, and in the same transaction
writes the audit row (:class:`AgentOrderStep`: who, when, and the SHA-256 of
the order data the step concerned) and the step's notifications (in the app
and by e-mail). Refusals are domain errors with messages for the user:
NotFoundError for another tenant's order (404, nothing revealed),
PermissionDenied for a wrong role or agent, TransitionError for a step out of
order, ValidationError for bad input.

The customer orders through an invitation link an administrator mails
(:func:`invite_customer`): single-use, 30 days, bound to the invited address,
which becomes the orderer's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import validators
from models.agent_orders import (
    CUSTOMER_ATTESTANT_PERSON,
    ORDERED_BY_PERSON,
    AgentOrder,
    OrderState,
    agent_order_settings_of,
)
from models.contacts import attestants
from models.errors import NotFoundError, PermissionDenied, ValidationError
from models.notifications import EventType
from models.organisations import Agent, Contact, Organisation
from models.people import Person, PersonEmail, live_person
from models.tenancy import Role, User
from server.i18n import N_
from server.services.agent_orders.cases import open_service_desk_case
from server.services.agent_orders.records import (
    Told,
    add_step,
    agent_of,
    agent_role_holders,
    case_handlers_of,
    content_hash,
    customer_link,
    is_id,
    load_order,
    mark_order_read,
    order_message,
    require_agent_role,
    tell,
    user_by_email,
)
from server.services.approval import LinkKind, LinkProblem, issue_link
from server.services.audit import audit_by
from server.services.auth import Principal
from server.services.database import Database
from server.services.notify import Concerns, Recipient, notify
from server.services.scope import get_for_tenant
from server.services.seq import lock_tenant
from server.settings import Settings
from server.sql import count_rows

TERMS_VERSION = "agent-terms-2026-1"
TERMS_TEXT = (
    "The agent confirms that the customer has ordered the service as described, that the "
    "customer's details and the billing information are correct, and that the agent will "
    "carry out the technical connection once the service desk has opened the case. The "
    "agent is invoiced for the connection at the billing reference and address given."
)
CERTIFY_TEXT = (
    "I certify that I have checked the whole order, that the customer's details are correct, "
    "and I accept the terms above."
)

#: Why a decision without a signature is refused (:func:`require_unsigned`).
SIGNED_HERE = N_("Case handlers approve and reject with BankID here; sign the decision with BankID")

INVITATION_PURPOSE = "agent_order_invitation"
CUSTOMER_ATTEST_PURPOSE = "agent_order_customer_attest"
INVITATION_LINK = LinkKind(INVITATION_PURPOSE, timedelta(days=30))
CUSTOMER_ATTEST_LINK = LinkKind(CUSTOMER_ATTEST_PURPOSE, timedelta(days=30))
MAX_TEXT = 2000

__all__ = [
    "CUSTOMER_ATTEST_PURPOSE",
    "INVITATION_PURPOSE",
    "LinkProblem",
    "approve",
    "attestant_choices",
    "attestant_contacts",
    "create_case",
    "invite_customer",
    "open_review",
    "order_form",
    "place_order",
    "reject",
]


def invite_customer(
    *,
    db: Database,
    settings: Settings,
    principal: Principal,
    customer_organisation_id: str,
    email: str,
    now: datetime,
) -> datetime:
    """Mail ``email`` a link to the order page for the customer organisation; returns expiry.

    The link is single-use and bound to the address: the order is placed in that
    person's name. Only the tenant's administrators invite.
    """
    if Role.ADMIN not in principal.roles:
        raise PermissionDenied("Only an administrator may invite customers to order")
    address = validators.normalize_email(email)
    with db.transaction() as s:
        org = get_for_tenant(s, Organisation, customer_organisation_id, principal.tenant_id)
        if org is None:
            raise NotFoundError(f"Organisation {customer_organisation_id[:40]} was not found")
        token = issue_link(
            s,
            INVITATION_LINK,
            tenant_id=principal.tenant_id,
            entity_id=org.id,
            email=address,
            now=now,
        )
        expires = now + INVITATION_LINK.lifetime
        notify(
            s,
            settings,
            tenant_id=principal.tenant_id,
            event=EventType.AGENT_ORDER_INVITATION,
            values={
                "organisation": org.name,
                "link": f"{settings.public_base_url}/agent-orders/order/{token}",
                "link_valid_until": expires.date().isoformat(),
            },
            concerns=Concerns(organisation_id=org.id),
            recipients={"invitee": [Recipient("invitee", "", (address,))]},
            related_id=org.id,
            kind="agent_order.invitation",
            personal=True,
        )
        audit_by(
            s,
            principal,
            "agent_order.customer_invited",
            target_type="organisation",
            target_id=org.id,
            details={"email": address, "expires_at": expires.isoformat()},
        )
    return expires


def mask_email(address: str) -> str:
    """``address`` as the order form shows it to whoever holds the link: the first
    character of the name and the domain (``a•••@org.se``)."""
    name, at, domain = address.partition("@")
    return f"{name[:1]}•••{at}{domain}" if at else "•••"


def mask_phone(number: str) -> str:
    """``number`` as the order form shows it: its last four digits (``•••• 44 55``)."""
    digits = "".join(c for c in number if c.isdigit())
    return f"•••• {digits[-4:-2]} {digits[-2:]}" if len(digits) >= 4 else ""


@dataclass(frozen=True)
class AttestantChoice:
    """A contact of the customer organisation in the role Attestant, as the order form
    offers them: the address and number are the contact record's, never typed (the form
    shows them masked, :attr:`shown_email` and :attr:`shown_phone`: the link can be
    forwarded)."""

    person_id: str
    name: str
    email: str
    phone: str
    #: The one ordering: listed, but may not be chosen (seed 004: someone else attests).
    is_orderer: bool = False

    @property
    def shown_email(self) -> str:
        return mask_email(self.email)

    @property
    def shown_phone(self) -> str:
        return mask_phone(self.phone) if self.phone else ""


@dataclass
class OrderForm:
    """What the customer's order page shows."""

    organisation: Organisation
    email: str
    agents: list[Agent] = field(default_factory=list)
    attestants: list[AttestantChoice] = field(default_factory=list)


def order_form(*, db: Database, token: str, now: datetime) -> OrderForm:
    """The order page behind an invitation link (LinkProblem when it cannot be used)."""
    with db.sessions() as s:
        link = customer_link(s, token, purpose=INVITATION_PURPOSE, now=now)
        org = s.get(Organisation, link.entity_id)
        if org is None or org.deleted_at is not None:
            raise LinkProblem("The organisation this link is for no longer exists.")
        agents = list(
            s.scalars(
                select(Agent)
                .where(Agent.tenant_id == link.tenant_id, Agent.deleted_at.is_(None))
                .order_by(Agent.name)
            )
        )
        choices = attestant_contacts(s, link.tenant_id, org.id, orderer=link.email)
        return OrderForm(organisation=org, email=link.email, agents=agents, attestants=choices)


def _phone_of(person: Person) -> str:
    live = [p for p in person.phones if p.deleted_at is None]
    mobile = [p for p in live if p.kind == "mobile"] or live
    chosen = next((p for p in mobile if p.is_primary), mobile[0] if mobile else None)
    return chosen.number if chosen else ""


def live_addresses(person: Person) -> set[str]:
    """Every live e-mail address of ``person``, in lower case."""
    return {e.address.lower() for e in person.emails if e.deleted_at is None}


def contacts_by_address(
    session: Session, tenant_id: str, organisation_id: str, email: str
) -> list[Person]:
    """The organisation's contacts (in any role) who have ``email`` among their live
    addresses: who the one ordering (or attesting) through a link to it is."""
    return list(
        session.scalars(
            select(Person)
            .join(Contact, Contact.person_id == Person.id)
            .join(PersonEmail, PersonEmail.person_id == Person.id)
            .where(
                Contact.tenant_id == tenant_id,
                Contact.organisation_id == organisation_id,
                Contact.deleted_at.is_(None),
                Person.deleted_at.is_(None),
                PersonEmail.deleted_at.is_(None),
                PersonEmail.address == email.strip().lower(),
            )
            .distinct()
            .order_by(Person.id)
        )
    )


def attestant_contacts(
    session: Session, tenant_id: str, organisation_id: str, *, orderer: str
) -> list[AttestantChoice]:
    """The customer organisation's contacts in the role Attestant who have an e-mail
    address (the link to attest is mailed), by name; ``orderer`` (the invited address)
    marks the one ordering: a contact with it among any of their addresses, or the
    contact who has it (:func:`contacts_by_address`)."""
    ordering = {p.id for p in contacts_by_address(session, tenant_id, organisation_id, orderer)}
    return [
        AttestantChoice(
            person_id=person.id,
            name=person.full_name or email,
            email=email,
            phone=_phone_of(person),
            is_orderer=person.id in ordering or orderer.lower() in live_addresses(person),
        )
        for person in attestants(session, tenant_id, organisation_id)
        if (email := person.primary_email)
    ]


def customer_signer_addresses(session: Session, order: AgentOrder, email: str) -> frozenset[str]:
    """Every live address of the person attesting for the customer through a link to
    ``email``: the attestant chosen on the order and the organisation's contacts with that
    address (what :meth:`AgentOrder.attest_by_customer` compares with the orderer's)."""
    people = contacts_by_address(session, order.tenant_id, order.customer_organisation_id, email)
    chosen = (order.details or {}).get(ATTESTANT_PERSON)
    if isinstance(chosen, str) and (person := live_person(session, order.tenant_id, chosen)):
        people.append(person)
    return frozenset({email.lower()}.union(*(live_addresses(p) for p in people)))


#: The ``details`` keys of the contacts who ordered and who attests for the customer
#: (:meth:`models.agent_orders.AgentOrder.attest_by_customer` compares them).
ORDERER_PERSON, ATTESTANT_PERSON = ORDERED_BY_PERSON, CUSTOMER_ATTESTANT_PERSON

#: The order form's refusals (pages show them in the visitor's language).
CHOOSE_LISTED_ATTESTANT = N_("Choose one of your organisation's attestants listed")
ORDERER_MAY_NOT_ATTEST = N_("The one who ordered an order may not also attest it")


def _text(value: str, field: str, *, required: bool, limit: int = 200) -> str:
    value = (value or "").strip()
    if "\x00" in value:
        raise ValidationError("must not contain a NUL character", field=field)
    if required and not value:
        raise ValidationError("This field is required", field=field)
    if len(value) > limit:
        raise ValidationError(f"At most {limit} characters", field=field)
    return value


def place_order(
    *,
    db: Database,
    settings: Settings,
    token: str,
    agent_id: str,
    service: str,
    address: str,
    message: str,
    ordered_by_name: str,
    contact_phone: str,
    customer_attestant: str,
    now: datetime,
) -> AgentOrder:
    """The customer orders through an invitation link; the agent's case handlers are told.

    ``customer_attestant`` is the person id of one of the customer organisation's contacts
    in the role Attestant (:func:`attestant_contacts`), not the one ordering; the order
    takes their address and mobile number from the contact record."""
    service = _text(service, "service", required=True)
    address = _text(address, "address", required=True, limit=300)
    message = _text(message, "message", required=False, limit=MAX_TEXT)
    ordered_by_name = _text(ordered_by_name, "ordered_by_name", required=True)
    details: dict[str, Any] = {"address": address}
    if message:
        details["message"] = message
    if contact_phone.strip():
        details["contact_phone"] = validators.normalize_phone(contact_phone, field="contact_phone")
    with db.transaction() as s:
        link = customer_link(s, token, purpose=INVITATION_PURPOSE, now=now)
        lock_tenant(s, link.tenant_id)
        s.refresh(link)
        if link.used_at is not None:  # a concurrent submit won
            raise LinkProblem("This link was already used. Nothing more needs to be done.")
        choices = attestant_contacts(s, link.tenant_id, link.entity_id, orderer=link.email)
        chosen = next((c for c in choices if c.person_id == customer_attestant), None)
        if chosen is None:
            raise ValidationError(CHOOSE_LISTED_ATTESTANT, field="customer_attestant")
        if chosen.is_orderer:
            raise ValidationError(ORDERER_MAY_NOT_ATTEST, field="customer_attestant")
        attestant = chosen.email
        # Who ordered and who attests, as contacts: the attest is refused if they are one.
        ordering = contacts_by_address(s, link.tenant_id, link.entity_id, link.email)
        if ordering:
            details[ORDERER_PERSON] = ordering[0].id
        details[ATTESTANT_PERSON] = chosen.person_id
        details["customer_attestant_name"] = chosen.name
        if chosen.phone:
            details["customer_attestant_phone"] = chosen.phone
        agent = get_for_tenant(s, Agent, agent_id, link.tenant_id) if is_id(agent_id) else None
        if agent is None:
            raise ValidationError("Choose one of the agents listed", field="agent_id")
        year = now.year
        taken = count_rows(
            s,
            AgentOrder,
            AgentOrder.tenant_id == link.tenant_id,
            AgentOrder.number.like(f"AO-{year}-%"),
        )
        order = AgentOrder(
            tenant_id=link.tenant_id,
            number=f"AO-{year}-{taken + 1:04d}",
            agent_id=agent.id,
            customer_organisation_id=link.entity_id,
            service=service,
            details=details,
            ordered_by_name=ordered_by_name,
            ordered_by_email=link.email,
            customer_attestant_email=attestant,
            state=OrderState.ORDERED,
            ordered_at=now,
            billing={},
            attest_info={},
        )
        s.add(order)
        s.flush()
        link.used_at = now
        add_step(s, order, state=OrderState.ORDERED, actor_email=link.email, now=now)
        handlers = agent_role_holders(
            s, tenant_id=order.tenant_id, agent_id=order.agent_id, role=Role.AGENT_CASE_HANDLER
        )
        review = order_message(
            "agent_order.ordered.case_handlers", link_path=f"/staff/agent-orders/{order.id}/review"
        )
        received = order_message("agent_order.ordered.customer", params={"attestant": attestant})
        tell(
            s,
            settings,
            order,
            EventType.AGENT_ORDER_ORDERED,
            [
                Told("agent_order.ordered.case_handlers", review, users=handlers),
                Told(
                    "agent_order.ordered.customer",
                    received,
                    addresses=[(order.ordered_by_email, ordered_by_name)],
                ),
            ],
            now,
        )
    return order


def open_review(
    *, db: Database, settings: Settings, principal: Principal, order_id: str, now: datetime
) -> AgentOrder:
    """A case handler of the order's agent starts the review (``ordered`` → ``agent_review``)."""
    with db.transaction() as s:
        lock_tenant(s, principal.tenant_id)
        order = load_order(s, tenant_id=principal.tenant_id, order_id=order_id)
        require_agent_role(s, principal, order, Role.AGENT_CASE_HANDLER, "review")
        if order.open_for_review(by_email=principal.email, now=now):
            add_step(s, order, state=OrderState.AGENT_REVIEW, actor_email=principal.email, now=now)
            in_review = order_message("agent_order.agent_review.customer")
            customer = [(order.ordered_by_email, order.ordered_by_name)]
            tell(
                s,
                settings,
                order,
                EventType.AGENT_ORDER_AGENT_REVIEW,
                [Told("agent_order.agent_review.customer", in_review, addresses=customer)],
                now,
            )
    return order


def attestant_choices(session: Session, order: AgentOrder) -> list[User]:
    """The users who may be chosen as the order's attestant: attestants of its agent."""
    return agent_role_holders(
        session, tenant_id=order.tenant_id, agent_id=order.agent_id, role=Role.ATTESTANT
    )


def approve(
    *,
    db: Database,
    settings: Settings,
    principal: Principal,
    order_id: str,
    terms_accepted: bool,
    terms_version: str,
    billing: dict[str, str],
    attest_info: dict[str, str],
    attestant_email: str,
    now: datetime,
) -> AgentOrder:
    """The case handler approves: terms accepted, billing and attest information, attestant.

    The attestant must be an attestant of the order's agent. The approval is bound
    to the principal's sign-in session (``token_hash``) for separation of duties.
    Refused while the tenant has case handlers sign with BankID (:func:`require_unsigned`).
    """
    with db.transaction() as s:
        require_unsigned(s, principal.tenant_id)
        return approve_in(
            s,
            settings,
            principal,
            order_id,
            terms_accepted=terms_accepted,
            terms_version=terms_version,
            billing=billing,
            attest_info=attest_info,
            attestant_email=attestant_email,
            now=now,
        )


def require_unsigned(session: Session, tenant_id: str) -> None:
    """Refuse a case handler's decision without a signature when the tenant's agent-order
    settings have case handlers sign with BankID."""
    found = agent_order_settings_of(session, tenant_id)
    if found is not None and found.handler_signs_with_bankid:
        raise PermissionDenied(SIGNED_HERE)


def approve_in(
    s: Session,
    settings: Settings,
    principal: Principal,
    order_id: str,
    *,
    terms_accepted: bool,
    terms_version: str,
    billing: dict[str, str],
    attest_info: dict[str, str],
    attestant_email: str,
    now: datetime,
) -> AgentOrder:
    """:func:`approve` in the session ``s`` (its caller commits)."""
    if terms_version != TERMS_VERSION:
        raise ValidationError(
            "The terms changed while the page was open. Read them again and approve.",
            field="terms_version",
        )
    billing = {k: _text(v, f"billing.{k}", required=False, limit=300) for k, v in billing.items()}
    attest_info = {
        k: _text(v, f"attest_info.{k}", required=False, limit=MAX_TEXT)
        for k, v in attest_info.items()
    }
    lock_tenant(s, principal.tenant_id)
    order = load_order(s, tenant_id=principal.tenant_id, order_id=order_id)
    require_agent_role(s, principal, order, Role.AGENT_CASE_HANDLER, "approve")
    chosen = (attestant_email or "").strip().lower()
    # The state machine first (state, terms, billing), then who was chosen; a
    # refusal rolls the whole transaction back.
    order.approve_as_agent(
        by_email=principal.email,
        session_hash=principal.token_hash,
        terms_accepted=terms_accepted,
        terms_version=terms_version,
        billing=billing,
        attest_info=attest_info,
        attestant_email=chosen,
        now=now,
    )
    if chosen not in {u.email for u in attestant_choices(s, order)}:
        raise ValidationError(
            f"{chosen} is not an attestant of {agent_of(s, order).name}; choose one listed",
            field="attestant",
        )
    add_step(
        s,
        order,
        state=OrderState.AGENT_APPROVED,
        actor_email=principal.email,
        now=now,
        note=f"Attestant: {chosen}; terms {terms_version}",
    )
    # The case handler has acted: "awaits your approval" is done.
    mark_order_read(s, order, principal.user_id, now)
    attestant = user_by_email(s, chosen)
    awaits = order_message(
        "agent_order.agent_approved.attestant",
        params={"approver": principal.display_name or principal.email},
        link_path=f"/staff/agent-orders/{order.id}/attest",
    )
    tell(
        s,
        settings,
        order,
        EventType.AGENT_ORDER_AGENT_APPROVED,
        [
            Told(
                "agent_order.agent_approved.attestant",
                awaits,
                users=[attestant] if attestant else [],
            )
        ],
        now,
    )
    return order


def reject(
    *,
    db: Database,
    settings: Settings,
    principal: Principal,
    order_id: str,
    reason: str,
    now: datetime,
) -> AgentOrder:
    """A case handler rejects the order with a reason; the customer is told why. Refused
    while the tenant has case handlers sign with BankID (:func:`require_unsigned`)."""
    with db.transaction() as s:
        require_unsigned(s, principal.tenant_id)
        return reject_in(s, settings, principal, order_id, reason=reason, now=now)


def reject_in(
    s: Session,
    settings: Settings,
    principal: Principal,
    order_id: str,
    *,
    reason: str,
    now: datetime,
) -> AgentOrder:
    """:func:`reject` in the session ``s`` (its caller commits)."""
    reason = _text(reason, "reason", required=False, limit=MAX_TEXT)
    lock_tenant(s, principal.tenant_id)
    order = load_order(s, tenant_id=principal.tenant_id, order_id=order_id)
    require_agent_role(s, principal, order, Role.AGENT_CASE_HANDLER, "reject")
    content = content_hash(order)
    chosen = order.agent_attestant_email
    order.reject(by_email=principal.email, reason=reason, now=now)
    add_step(
        s,
        order,
        state=OrderState.REJECTED,
        actor_email=principal.email,
        now=now,
        note=reason,
        data_hash=content,
    )
    to_customer = order_message("agent_order.rejected.customer", params={"reason": reason})
    to_attestant = order_message(
        "agent_order.rejected.attestant",
        params={"reason": reason},
        link_path=f"/staff/agent-orders/{order.id}",
    )
    attestant = user_by_email(s, chosen)
    tell(
        s,
        settings,
        order,
        EventType.AGENT_ORDER_REJECTED,
        [
            Told(
                "agent_order.rejected.customer",
                to_customer,
                addresses=[(order.ordered_by_email, order.ordered_by_name)],
            ),
            Told(
                "agent_order.rejected.attestant",
                to_attestant,
                users=[attestant] if attestant else [],
            ),
        ],
        now,
    )
    return order


def create_case(*, session: Session, settings: Settings, order: AgentOrder, now: datetime) -> str:
    """Open the service-desk case of a customer-attested order and tell the agent to connect;
    the case is a record of its own (:func:`open_service_desk_case`), the service desk told.

    Runs in the caller's transaction (right after the customer's attest, under the
    tenant lock); returns the case number.
    """
    year = now.year
    taken = count_rows(
        session,
        AgentOrder,
        AgentOrder.tenant_id == order.tenant_id,
        AgentOrder.case_number.like(f"SD-{year}-%"),
    )
    case_number = f"SD-{year}-{taken + 1:05d}"
    signed = content_hash(order)
    order.create_case(case_number=case_number, now=now)
    add_step(
        session,
        order,
        state=OrderState.CASE_CREATED,
        actor_email="system",
        now=now,
        note=f"Service-desk case {case_number}; agent told to start the technical connection",
        data_hash=signed,
    )
    start = order_message(
        "agent_order.case_created.case_handlers",
        params={"case": case_number},
        link_path=f"/staff/agent-orders/{order.id}",
    )
    confirmed = order_message("agent_order.case_created.customer", params={"case": case_number})
    orderer = order.ordered_by_email
    tell(
        session,
        settings,
        order,
        EventType.AGENT_ORDER_CASE_CREATED,
        [
            Told(
                "agent_order.case_created.case_handlers",
                start,
                users=case_handlers_of(session, order),
            ),
            Told(
                "agent_order.case_created.customer",
                confirmed,
                addresses=[(orderer, order.ordered_by_name)],
            ),
            Told(
                "agent_order.case_created.customer_attestant",
                confirmed,
                addresses=[(order.customer_attestant_email, "")]
                if order.customer_attestant_email != orderer
                else [],
            ),
        ],
        now,
    )
    open_service_desk_case(session, settings, order, now)
    return case_number
