"""The people and organisations of the agent-order tests, in a fresh tenant each time.

A tenant with two agent organisations (A and B) and a customer; users:

- ``admin``: tenant administrator (every agent);
- ``agent_admin``: administrator of agent A only;
- ``handler``: case handler of agent A; ``attestant``: attestant of agent A (with a phone);
- ``both``: case handler *and* attestant of agent A (separation of duties);
- ``handler_b`` / ``attestant_b``: the same roles in agent B;
- ``viewer``: a tenant viewer.
"""

from __future__ import annotations

import itertools
import json
import re
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.agent_orders import AgentOrder, OrderState
from models.contacts import LINKED, TargetKind, contact_row_id
from models.ids import new_id, utcnow
from models.organisations import Agent, Contact, ContactRole, Organisation
from models.tenancy import Membership, Role, Tenant, User
from server.services.accounts import create_tenant, create_user
from server.services.agent_orders import orders as svc
from server.services.agent_orders import records
from server.services.auth import Principal, authenticate, issue_token
from server.services.database import Database
from server.services.signup import _new_person
from server.settings import Settings
from server.tables import SmsOutbox
from tests.server.helpers import CHEAP_HASHER, PASSWORD

_numbers = itertools.count(1)
_phones = itertools.count(1)

#: name -> (role, agent key or None, phone)
PEOPLE: dict[str, list[tuple[Role, str | None]]] = {
    "admin": [(Role.ADMIN, None)],
    "agent_admin": [(Role.ADMIN, "a")],
    "handler": [(Role.AGENT_CASE_HANDLER, "a")],
    "attestant": [(Role.ATTESTANT, "a")],
    "both": [(Role.AGENT_CASE_HANDLER, "a"), (Role.ATTESTANT, "a")],
    "handler_b": [(Role.AGENT_CASE_HANDLER, "b")],
    "attestant_b": [(Role.ATTESTANT, "b")],
    "viewer": [(Role.VIEWER, None)],
}
BILLING = {"reference": "PO 4711", "address": "Box 12, 111 22 Stockholm"}


@dataclass
class Cast:
    """One tenant's agents, customer and users, with a signed-in token per user."""

    db: Database
    settings: Settings
    tenant_id: str
    slug: str
    agents: dict[str, str] = field(default_factory=dict)
    customer_id: str = ""
    users: dict[str, User] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)
    phones: dict[str, str] = field(default_factory=dict)
    #: The customer organisation's contact in the role Attestant (the order form offers
    #: them): person id, e-mail address and mobile number.
    customer_attestant_id: str = ""
    customer_attestant_email: str = ""
    customer_attestant_phone: str = ""

    def email(self, name: str) -> str:
        return self.users[name].email

    def principal(self, name: str) -> Principal:
        """The principal of ``name``'s token (their desktop sign-in session)."""
        with self.db.sessions() as s:
            p = authenticate(session=s, token=self.tokens[name])
        assert p is not None
        return p

    def new_session(self, name: str) -> str:
        """Sign ``name`` in again: a new token, a new session."""
        with self.db.transaction() as s:
            user, tenant = s.get(User, self.users[name].id), s.get(Tenant, self.tenant_id)
            assert user is not None and tenant is not None
            token, _ = issue_token(session=s, settings=self.settings, user=user, tenant=tenant)
        return token

    def principal_of(self, token: str) -> Principal:
        with self.db.sessions() as s:
            p = authenticate(session=s, token=token)
        assert p is not None
        return p


def make_cast(db: Database, settings: Settings, prefix: str = "ao") -> Cast:
    """A fresh tenant with the agents, the customer and the people of :data:`PEOPLE`."""
    n = next(_numbers)
    slug = f"{prefix}{n}-{new_id()[-6:]}"
    with db.transaction() as s:
        tenant = create_tenant(session=s, slug=slug, name=f"Inera-liknande {n}")
        cast = Cast(db=db, settings=settings, tenant_id=tenant.id, slug=slug)
        for key, name in (("a", "Nordisk Nätpartner AB"), ("b", "Stadsnät Direkt AB")):
            org = Organisation(tenant_id=tenant.id, name=name)
            s.add(org)
            s.flush()
            agent = Agent(tenant_id=tenant.id, organisation_id=org.id, name=name)
            s.add(agent)
            s.flush()
            cast.agents[key] = agent.id
        customer = Organisation(tenant_id=tenant.id, name="Region Norr", org_number="232100-0222")
        s.add(customer)
        s.flush()
        cast.customer_id = customer.id
        cast.customer_attestant_email = f"anna.{slug}@region-norr.se"
        cast.customer_attestant_phone = f"+4673{n % 1000:03d}9999"
        cast.customer_attestant_id = add_contact(
            s,
            tenant.id,
            customer.id,
            ("Anna", "Attestsson"),
            cast.customer_attestant_email,
            cast.customer_attestant_phone,
        )
        for i, (name, roles) in enumerate(PEOPLE.items()):
            phone = f"+4670{n % 1000:03d}{i:04d}"
            user = create_user(
                session=s,
                email=f"{name}.{slug}@example.se",
                password=PASSWORD,
                display_name=name.replace("_", " ").title(),
                hasher=CHEAP_HASHER,
            )
            user.phone = phone
            for role, agent_key in roles:
                s.add(
                    Membership(
                        user_id=user.id,
                        tenant_id=tenant.id,
                        role=role.value,
                        agent_id=cast.agents[agent_key] if agent_key else None,
                    )
                )
            s.flush()
            token, _ = issue_token(session=s, settings=settings, user=user, tenant=tenant)
            cast.users[name] = user
            cast.tokens[name] = token
            cast.phones[name] = phone
    return cast


def add_contact(
    session: Session,
    tenant_id: str,
    organisation_id: str,
    name: tuple[str, str],
    email: str,
    phone: str = "",
    role: ContactRole = ContactRole.ATTESTANT,
) -> str:
    """A person with ``email`` (and mobile ``phone``) linked to the organisation as a
    contact in ``role``; returns the person's id."""
    person = _new_person(
        session,
        tenant_id,
        first_name=name[0],
        last_name=name[1],
        email=email,
        organisation_id=organisation_id,
        now=utcnow(),
        phone=phone or None,
    )
    for held in (LINKED, role):
        session.add(
            Contact(
                id=contact_row_id(person.id, TargetKind.ORGANISATION, organisation_id, held),
                tenant_id=tenant_id,
                person_id=person.id,
                role=held,
                organisation_id=organisation_id,
            )
        )
    session.flush()
    return person.id


def add_order(
    cast: Cast,
    *,
    agent: str = "a",
    state: OrderState = OrderState.ORDERED,
    attestant_email: str | None = None,
    customer_attestant: str = "attest@region-norr.se",
    now: datetime | None = None,
) -> str:
    """An order placed straight in the database (the customer's page is tested elsewhere),
    then taken through the service steps up to ``state``."""
    now = now or utcnow()
    with cast.db.transaction() as s:
        order = AgentOrder(
            tenant_id=cast.tenant_id,
            number=f"AO-T-{new_id()[-8:]}",
            agent_id=cast.agents[agent],
            customer_organisation_id=cast.customer_id,
            service="Fiberanslutning 1 Gbit/s",
            details={
                "address": "Storgatan 1, 901 84 Umeå",
                "customer_attestant_phone": f"+4673{next(_phones):07d}",
            },
            ordered_by_name="Kim Kund",
            ordered_by_email="kim@region-norr.se",
            customer_attestant_email=customer_attestant,
            state=OrderState.ORDERED,
            ordered_at=now,
            billing={},
            attest_info={},
        )
        s.add(order)
        s.flush()
        records.add_step(
            s, order, state=OrderState.ORDERED, actor_email="kim@region-norr.se", now=now
        )
        order_id = order.id
    handler = "handler" if agent == "a" else "handler_b"
    if state == OrderState.ORDERED:
        return order_id
    svc.open_review(
        db=cast.db,
        settings=cast.settings,
        principal=cast.principal(handler),
        order_id=order_id,
        now=now,
    )
    if state == OrderState.AGENT_REVIEW:
        return order_id
    if state == OrderState.REJECTED:
        reject(cast, order_id, handler)
        return order_id
    approve(cast, order_id, handler, attestant_email or cast.email("attestant"))
    assert state == OrderState.AGENT_APPROVED, "later states are reached by signing"
    return order_id


def approve(cast: Cast, order_id: str, who: str, attestant_email: str, **kw: object) -> AgentOrder:
    args: dict[str, object] = {
        "db": cast.db,
        "settings": cast.settings,
        "principal": cast.principal(who),
        "order_id": order_id,
        "terms_accepted": True,
        "terms_version": svc.TERMS_VERSION,
        "billing": dict(BILLING),
        "attest_info": {"reference": "Avtal 2026-17", "note": ""},
        "attestant_email": attestant_email,
        "now": utcnow(),
    }
    args.update(kw)
    return svc.approve(**args)  # type: ignore[arg-type]


def reject(cast: Cast, order_id: str, who: str, reason: str = "Adressen saknar fiber") -> None:
    svc.reject(
        db=cast.db,
        settings=cast.settings,
        principal=cast.principal(who),
        order_id=order_id,
        reason=reason,
        now=utcnow(),
    )


def latest_sms_code(db: Database, phone: str, *, spool: Path | None = None) -> str:
    """The code of the newest SMS to ``phone``: from the SMS outbox while it is queued,
    or, where a worker sends (and so scrubs the outbox), from the outbox gateway's
    ``spool`` file, the phone, once the newest SMS to ``phone`` is sent."""
    if spool is not None:
        return _spooled_code(db, phone, spool)
    with db.sessions() as s:
        body = s.scalar(
            select(SmsOutbox.body)
            .where(SmsOutbox.to_number == phone)
            .order_by(SmsOutbox.created_at.desc(), SmsOutbox.id.desc())
            .limit(1)
        )
    assert body, f"no SMS to {phone}"
    found = re.search(r"\b(\d{6})\b", body)
    assert found, body
    return found.group(1)


def _spooled_code(db: Database, phone: str, spool: Path) -> str:
    deadline = time.monotonic() + 20
    while True:
        with db.sessions() as s:
            status = s.scalar(
                select(SmsOutbox.status)
                .where(SmsOutbox.to_number == phone)
                .order_by(SmsOutbox.created_at.desc(), SmsOutbox.id.desc())
                .limit(1)
            )
        if status == "sent":
            break
        assert time.monotonic() < deadline, f"no SMS sent to {phone}"
        time.sleep(0.05)  # polling a condition with a deadline
    lines = [json.loads(line) for line in spool.read_text(encoding="utf-8").splitlines()]
    bodies = [line["body"] for line in lines if line["to"] == phone]
    assert bodies, f"no SMS to {phone} in the spool"
    found = re.search(r"\b(\d{6})\b", bodies[-1])
    assert found, bodies[-1]
    return found.group(1)


def order_state(db: Database, order_id: str) -> AgentOrder:
    with db.sessions() as s:
        order = s.get(AgentOrder, order_id)
        assert order is not None
        return order
