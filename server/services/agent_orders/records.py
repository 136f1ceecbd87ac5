"""Agent orders: what is signed and hashed, who may act, the audit trail, the pages' data.

Shared by the steps (:mod:`server.services.agent_orders.orders`) and the signing
(:mod:`server.services.agent_orders.signing`).

Agent roles: a membership with role ``agent_case_handler`` or ``attestant``
and ``agent_id`` set holds only for that agent organisation; without
``agent_id`` it holds for every agent of the tenant (the tenant's own staff).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import partial
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from models.agent_orders import AgentOrder, AgentOrderStep, OrderState, Signature
from models.errors import NotFoundError, PermissionDenied
from models.notifications import EventType, Language
from models.organisations import Agent, Contract, Customer, Organisation
from models.tenancy import Membership, Role, Tenant, User
from server.i18n import N_
from server.services import scope
from server.services.approval import find_link
from server.services.auth import Principal
from server.services.message_defaults import IN_APP
from server.services.messages import Message
from server.services.notifications import mark_related_read, notify_user
from server.services.notify import Concerns, Recipient, active_bindings, notify
from server.services.scope import get_for_tenant
from server.settings import Settings
from server.tables import LinkToken

NO_SUCH_ORDER = "Order {} was not found"
_CUSTOMER_LINK_EXPIRED = N_("This link expired on {day}. Ask us for a new one.")
_ID = re.compile(r"[0-9a-fA-F-]{1,36}")


def canonical_json(value: Any) -> bytes:
    """``value`` as canonical JSON: sorted keys, no spaces, UTF-8 (what is hashed)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def order_content(order: AgentOrder) -> dict[str, Any]:
    """The order data a step concerns: the customer's order, and the agent's approval once
    given. The attestants sign exactly this (its hash is in the signature)."""
    content: dict[str, Any] = {
        "order": {
            "id": order.id,
            "tenant_id": order.tenant_id,
            "number": order.number,
            "agent_id": order.agent_id,
            "customer_organisation_id": order.customer_organisation_id,
            "service": order.service,
            "details": order.details or {},
            "ordered_by_name": order.ordered_by_name,
            "ordered_by_email": order.ordered_by_email,
            "customer_attestant_email": order.customer_attestant_email,
            "ordered_at": iso(order.ordered_at),
        }
    }
    if order.approved_at is not None:
        content["approval"] = {
            "case_handler_email": order.case_handler_email,
            "terms_accepted": order.terms_accepted,
            "terms_version": order.terms_version,
            "billing": order.billing or {},
            "attest_info": order.attest_info or {},
            "agent_attestant_email": order.agent_attestant_email,
            "approved_at": iso(order.approved_at),
        }
    return content


def content_hash(order: AgentOrder) -> str:
    """SHA-256 (hex) of the canonical JSON of :func:`order_content`."""
    return hashlib.sha256(canonical_json(order_content(order))).hexdigest()


def is_id(value: str) -> bool:
    """True if ``value`` has the form of a row id (anything else names no row, and is
    not sent to the database: PostgreSQL refuses a NUL character outright)."""
    return bool(_ID.fullmatch(value or ""))


def load_order(session: Session, *, tenant_id: str, order_id: str) -> AgentOrder:
    """The tenant's order ``order_id``; another tenant's is reported as missing."""
    order = (
        get_for_tenant(session, AgentOrder, order_id, tenant_id, populate_existing=True)
        if is_id(order_id)
        else None
    )
    if order is None:
        shown = order_id[:40] if is_id(order_id) else "with that id"
        raise NotFoundError(NO_SUCH_ORDER.format(shown))
    return order


def _agent_scope(agent_id: str) -> Any:
    return or_(Membership.agent_id.is_(None), Membership.agent_id == agent_id)


def has_agent_role(
    session: Session, *, user_id: str, tenant_id: str, agent_id: str, role: str
) -> bool:
    """True if the user holds ``role`` for agent ``agent_id`` (or for every agent)."""
    found = session.scalar(
        select(Membership.id).where(
            Membership.user_id == user_id,
            Membership.tenant_id == tenant_id,
            Membership.role == role,
            _agent_scope(agent_id),
        )
    )
    return found is not None


def agent_role_holders(session: Session, *, tenant_id: str, agent_id: str, role: str) -> list[User]:
    """Active users holding ``role`` for agent ``agent_id``, by name."""
    return role_holders(session, tenant_id=tenant_id, role=role, where=_agent_scope(agent_id))


def role_holders(session: Session, *, tenant_id: str, role: str, where: Any) -> list[User]:
    """The tenant's active users holding ``role`` by a membership that meets ``where`` (for
    an agent, tenant-wide), by name."""
    return list(
        session.scalars(
            select(User)
            .join(Membership, Membership.user_id == User.id)
            .where(
                Membership.tenant_id == tenant_id,
                Membership.role == role,
                where,
                User.active.is_(True),
            )
            .order_by(User.display_name, User.email)
        ).unique()
    )


def agent_of(session: Session, order: AgentOrder) -> Agent:
    agent = session.get(Agent, order.agent_id)
    assert agent is not None  # a foreign key
    return agent


def require_agent_role(
    session: Session, principal: Principal, order: AgentOrder, role: Role, action: str
) -> None:
    """PermissionDenied unless ``principal`` holds ``role`` for the order's agent; an order
    outside the principal's scope (another agent's) is NotFoundError, as a missing one."""
    scope.require_visible(
        session, principal, "agent_order", order.id, message=NO_SUCH_ORDER.format(order.id)
    )
    if has_agent_role(
        session,
        user_id=principal.user_id,
        tenant_id=principal.tenant_id,
        agent_id=order.agent_id,
        role=role,
    ):
        return
    label = "a case handler" if role == Role.AGENT_CASE_HANDLER else "an attestant"
    raise PermissionDenied(
        f"Only {label} of {agent_of(session, order).name} may {action} order {order.number}; "
        f"you do not have that role"
    )


def add_step(
    session: Session,
    order: AgentOrder,
    *,
    state: str,
    actor_email: str,
    now: datetime,
    note: str = "",
    data_hash: str | None = None,
) -> AgentOrderStep:
    """The audit row of one step: who, when, and the hash of the data it concerned."""
    step = AgentOrderStep(
        tenant_id=order.tenant_id,
        order_id=order.id,
        state=state,
        actor_email=actor_email,
        at=now,
        note=note,
        data_hash=data_hash or content_hash(order),
    )
    session.add(step)
    return step


def names_of(session: Session, order: AgentOrder) -> tuple[str, str, str]:
    customer = session.get(Organisation, order.customer_organisation_id)
    tenant = session.get(Tenant, order.tenant_id)
    return (
        customer.name if customer else "The customer",
        agent_of(session, order).name,
        tenant.name if tenant else "Kansli",
    )


def user_by_email(session: Session, email: str | None) -> User | None:
    if not email:
        return None
    return session.scalar(select(User).where(User.email == email.lower(), User.active.is_(True)))


@dataclass(frozen=True)
class Told:
    """Whom a step of an order tells what: ``users`` in the app (``message``) and by mail,
    ``addresses`` (address, name to greet; "" greets no one) by mail only. Their mail is
    the shipped default ``key`` (:mod:`server.services.message_defaults`) unless a binding
    of the step's event holds; its outbox kind is ``message.kind``."""

    key: str
    message: Message
    users: Sequence[User] = ()
    addresses: Sequence[tuple[str, str]] = ()

    @property
    def kind(self) -> str:
        """Their recipient kind: the default's last part ("case_handlers", "customer")."""
        return self.key.rsplit(".", 1)[1]


def order_concerns(session: Session, order: AgentOrder, today: date) -> Concerns:
    """What a notification about ``order`` is about: its agent, its customer organisation,
    the customer (the organisation's customer row) and the customer's contract in force on
    ``today`` (the latest started; an order names no contract of its own)."""
    customer_id = session.scalar(
        select(Customer.id)
        .where(
            Customer.tenant_id == order.tenant_id,
            Customer.organisation_id == order.customer_organisation_id,
            Customer.deleted_at.is_(None),
        )
        .order_by(Customer.id)
        .limit(1)
    )
    contract_id = None
    if customer_id is not None:
        contract_id = session.scalar(
            select(Contract.id)
            .where(
                Contract.customer_id == customer_id,
                Contract.deleted_at.is_(None),
                or_(Contract.starts_on.is_(None), Contract.starts_on <= today),
                or_(Contract.ends_on.is_(None), Contract.ends_on >= today),
            )
            .order_by(Contract.starts_on.desc(), Contract.id)
            .limit(1)
        )
    return Concerns(
        agent_id=order.agent_id,
        customer_id=customer_id,
        contract_id=contract_id,
        organisation_id=order.customer_organisation_id,
    )


def tell(
    session: Session,
    settings: Settings,
    order: AgentOrder,
    event: EventType,
    told: Sequence[Told],
    now: datetime,
) -> None:
    """Tell each of ``told`` about ``order``'s step ``event``, in ``session``'s transaction.

    Users who see the order (:func:`server.services.scope.sees_related`: a user of one
    agent hears only of that agent's orders) get an in-app notification in the tenant's
    language. The mails go through :func:`server.services.notify.notify`: each group
    its shipped default, with its own link, while no binding of the event holds for the
    order; when one does, the binding says who gets what (its contacts are the
    notification recipients of the order's contract, customer and agent), in one
    notification with the step's values and no personal link.

    A mail's values are the order's ``number``, ``service``, ``customer`` and ``agent``,
    the message's params, and ``link``: the message's page on this server (or empty).
    """
    about = order_params(session, order)
    concerns = order_concerns(session, order, now.date())
    groups: list[tuple[Told, list[Recipient]]] = []
    for group in told:
        people = [
            Recipient(group.kind, user.display_name or user.email, (user.email,), user_id=user.id)
            for user in group.users
            if _note(session, order, user, group.message, now)
        ]
        people += [Recipient(group.kind, name, (to,)) for to, name in group.addresses if to]
        groups.append((group, people))
    tell_one = partial(
        notify, session, settings, tenant_id=order.tenant_id, event=event, concerns=concerns
    )
    if active_bindings(session, order.tenant_id, event, concerns):
        params = {k: v for group, _ in groups for k, v in group.message.params.items()}
        first = groups[0][0]
        tell_one(
            values=about | params | {"link": ""},
            recipients={group.kind: people for group, people in groups},
            related_id=order.id,
            kind=first.message.kind,
            default_key=first.key,
        )
        return
    for group, people in groups:
        link = group.message.link_path
        tell_one(
            values=about
            | group.message.params
            | {"link": f"{settings.public_base_url}{link}" if link else ""},
            recipients={group.kind: people},
            related_id=order.id,
            kind=group.message.kind,
            default_key=group.key,
        )


def _note(session: Session, order: AgentOrder, user: User, message: Message, now: datetime) -> bool:
    """The in-app notification of ``message`` about ``order`` to ``user``, if the user
    sees the order; whether they do."""
    params = order_params(session, order) | message.params
    about = replace(message, related_id=order.id, params=params)
    note = notify_user(
        session=session, tenant_id=order.tenant_id, user=user, message=about, now=now
    )
    return note is not None


def order_message(
    key: str, *, params: dict[str, str] | None = None, link_path: str = ""
) -> Message:
    """The in-app notification that goes with the shipped default ``key``'s mail (a step of
    an order, :mod:`server.services.message_defaults`): the mail's subject and text in each
    language, with ``params`` and the page ``link_path``."""
    note = IN_APP[key]
    title, body = note.texts[Language.EN]
    return Message(
        note.kind, title, body, link_path=link_path, params=params or {}, texts=note.texts
    )


def order_params(session: Session, order: AgentOrder) -> dict[str, str]:
    """The values every message about ``order`` may use: its ``number``, ``service``,
    ``customer`` and ``agent``."""
    customer, agent_name, _tenant = names_of(session, order)
    return {
        "number": order.number,
        "service": order.service,
        "customer": customer,
        "agent": agent_name,
    }


def mark_order_read(session: Session, order: AgentOrder, user_id: str, now: datetime) -> None:
    """The user has acted on ``order``: their notifications about it are read."""
    mark_related_read(
        session=session,
        tenant_id=order.tenant_id,
        user_id=user_id,
        related_id=order.id,
        now=now,
    )


def case_handlers_of(session: Session, order: AgentOrder) -> list[User]:
    """The order's case handler, or every case handler of its agent when none is set."""
    handler = user_by_email(session, order.case_handler_email)
    if handler is not None:
        return [handler]
    return agent_role_holders(
        session, tenant_id=order.tenant_id, agent_id=order.agent_id, role=Role.AGENT_CASE_HANDLER
    )


def customer_link(session: Session, token: str, *, purpose: str, now: datetime) -> LinkToken:
    """The stored link for ``token`` or LinkProblem, with wording for agent orders."""
    return find_link(session, token, now=now, purpose=purpose, expired=_CUSTOMER_LINK_EXPIRED)


@dataclass
class OrderPage:
    """Everything the order pages show about one order."""

    order: AgentOrder
    customer: Organisation | None
    agent: Agent
    steps: list[AgentOrderStep]
    signatures: list[Signature]
    data_hash: str


def order_page(session: Session, order: AgentOrder) -> OrderPage:
    """The order with its customer, agent, audit trail and signatures."""
    steps = list(
        session.scalars(
            select(AgentOrderStep)
            .where(AgentOrderStep.order_id == order.id, AgentOrderStep.deleted_at.is_(None))
            .order_by(AgentOrderStep.at, AgentOrderStep.server_seq)
        )
    )
    signatures = list(
        session.scalars(
            select(Signature)
            .where(Signature.order_id == order.id, Signature.deleted_at.is_(None))
            .order_by(Signature.signed_at)
        )
    )
    return OrderPage(
        order=order,
        customer=session.get(Organisation, order.customer_organisation_id),
        agent=agent_of(session, order),
        steps=steps,
        signatures=signatures,
        data_hash=content_hash(order),
    )


def my_approvals(session: Session, principal: Principal) -> list[AgentOrder]:
    """Orders waiting for the principal: to review (case handler), to attest (attestant)."""
    handler_agents = _agents_with_role(session, principal, Role.AGENT_CASE_HANDLER)
    attest_agents = _agents_with_role(session, principal, Role.ATTESTANT)
    waiting = []
    if handler_agents is not None:
        review = AgentOrder.state.in_([OrderState.ORDERED, OrderState.AGENT_REVIEW])
        waiting.append(
            review if handler_agents == ["*"] else review & AgentOrder.agent_id.in_(handler_agents)
        )
    if attest_agents is not None:
        attest = (AgentOrder.state == OrderState.AGENT_APPROVED) & (
            func.lower(AgentOrder.agent_attestant_email) == principal.email.lower()
        )
        waiting.append(
            attest if attest_agents == ["*"] else attest & AgentOrder.agent_id.in_(attest_agents)
        )
    if not waiting:
        return []
    return list(
        session.scalars(
            select(AgentOrder)
            .where(
                AgentOrder.tenant_id == principal.tenant_id,
                AgentOrder.deleted_at.is_(None),
                or_(*waiting),
            )
            .order_by(AgentOrder.ordered_at)
            .limit(500)
        )
    )


def _agents_with_role(session: Session, principal: Principal, role: Role) -> list[str] | None:
    """Agent ids the principal holds ``role`` for; ``["*"]`` for every agent; None for none."""
    scopes = list(
        session.scalars(
            select(Membership.agent_id).where(
                Membership.user_id == principal.user_id,
                Membership.tenant_id == principal.tenant_id,
                Membership.role == role,
            )
        )
    )
    if not scopes:
        return None
    if any(a is None for a in scopes):
        return ["*"]
    return [a for a in scopes if a is not None]
