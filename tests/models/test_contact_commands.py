"""contact.link / contact.set_roles / contact.unlink and the contact book's questions
(issue 15, seed 002 "Kontaktroller")."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Agent, Contact, Contract, Customer, Organisation, Person
from models.commands import build
from models.contacts import (
    LINKED,
    TargetKind,
    links_of,
    main_contact,
    main_contacts,
    notification_recipients,
)
from models.errors import NotFoundError, PermissionDenied
from models.ids import new_id
from models.tenancy import Membership, User
from tests import factories as f

MAIN, NOTIFY = "main_contact", "notification_recipient"


def run(session: Session, name: str, args: dict[str, Any], tenant_id: str, **actor: Any) -> None:
    roles = actor.pop("roles", ("admin",))
    build(name, 1, args, id=new_id()).apply(session, f.actor(tenant_id, *roles, **actor))


def _customer(session: Session, tenant_id: str, name: str = "Nordfirma AB") -> Customer:
    org = Organisation(tenant_id=tenant_id, name=name)
    session.add(org)
    session.flush()
    customer = Customer(tenant_id=tenant_id, organisation_id=org.id)
    session.add(customer)
    session.flush()
    return customer


def _args(person: Person, customer: Customer, **more: Any) -> dict[str, Any]:
    return {"target_kind": "customer", "target_id": customer.id, "person_id": person.id, **more}


def _roles(session: Session, tenant_id: str, customer: Customer) -> dict[str, set[str]]:
    links = links_of(session, tenant_id, TargetKind.CUSTOMER, customer.id)
    return {link.person_id: set(link.roles) for link in links}


def test_a_contact_is_linked_given_roles_and_unlinked(session: Session) -> None:
    t = f.tenant(session)
    customer = _customer(session, t.id)
    anna = f.person(session, t.id, first="Anna", last="Berg")
    run(session, "contact.link", _args(anna, customer, roles=[NOTIFY]), t.id)
    assert _roles(session, t.id, customer) == {anna.id: {NOTIFY}}
    assert notification_recipients(session, t.id, TargetKind.CUSTOMER, customer.id) == [anna]
    assert main_contact(session, t.id, TargetKind.CUSTOMER, customer.id) is None

    run(
        session, "contact.set_roles", _args(anna, customer, roles={MAIN: True, NOTIFY: False}), t.id
    )
    assert _roles(session, t.id, customer) == {anna.id: {MAIN}}
    assert main_contact(session, t.id, TargetKind.CUSTOMER, customer.id) is anna
    assert notification_recipients(session, t.id, TargetKind.CUSTOMER, customer.id) == []

    # Without any role she is still a contact.
    run(session, "contact.set_roles", _args(anna, customer, roles={MAIN: False}), t.id)
    assert _roles(session, t.id, customer) == {anna.id: set()}

    run(session, "contact.unlink", _args(anna, customer), t.id)
    assert _roles(session, t.id, customer) == {}
    # Taking a role of someone unlinked meanwhile leaves them unlinked; giving one links.
    run(session, "contact.set_roles", _args(anna, customer, roles={NOTIFY: False}), t.id)
    assert _roles(session, t.id, customer) == {}
    run(session, "contact.set_roles", _args(anna, customer, roles={NOTIFY: True}), t.id)
    assert _roles(session, t.id, customer) == {anna.id: {NOTIFY}}


def test_linking_again_revives_the_same_rows_and_never_doubles_them(session: Session) -> None:
    t = f.tenant(session)
    customer = _customer(session, t.id)
    anna = f.person(session, t.id)
    # Two commands (two clients) link the same person with the same role.
    run(session, "contact.link", _args(anna, customer, roles=[NOTIFY]), t.id)
    run(session, "contact.link", _args(anna, customer, roles=[NOTIFY]), t.id)
    rows = session.scalars(select(Contact)).all()
    assert sorted(r.role for r in rows) == sorted([LINKED, NOTIFY])
    ids = {r.id for r in rows}
    run(session, "contact.unlink", _args(anna, customer), t.id)
    assert all(r.deleted_at is not None for r in rows)
    run(session, "contact.link", _args(anna, customer, roles=[NOTIFY]), t.id)
    rows = session.scalars(select(Contact)).all()
    assert {r.id for r in rows} == ids and all(r.deleted_at is None for r in rows)


def test_a_target_has_one_main_contact_and_the_one_before_stays_linked(session: Session) -> None:
    t = f.tenant(session)
    customer, other = _customer(session, t.id), _customer(session, t.id, "Sydbolaget AB")
    anna = f.person(session, t.id, first="Anna", last="Berg")
    bo = f.person(session, t.id, first="Bo", last="Ek")
    run(session, "contact.link", _args(anna, customer, roles=[MAIN, NOTIFY]), t.id)
    run(session, "contact.link", _args(anna, other, roles=[MAIN]), t.id)
    run(session, "contact.link", _args(bo, customer), t.id)
    run(session, "contact.set_roles", _args(bo, customer, roles={MAIN: True}), t.id)
    assert _roles(session, t.id, customer) == {anna.id: {NOTIFY}, bo.id: {MAIN}}
    # The other customer's main contact is not touched.
    tables = main_contacts(session, t.id, TargetKind.CUSTOMER, [customer.id, other.id])
    assert tables == {customer.id: bo, other.id: anna}


def test_rows_of_one_role_each_without_a_link_row_count_as_contacts(session: Session) -> None:
    """The demo data and older clients wrote one row per role and no link row."""
    t = f.tenant(session)
    customer = _customer(session, t.id)
    anna = f.person(session, t.id)
    for role in (MAIN, NOTIFY):
        session.add(Contact(tenant_id=t.id, person_id=anna.id, role=role, customer_id=customer.id))
    session.flush()
    assert _roles(session, t.id, customer) == {anna.id: {MAIN, NOTIFY}}
    bo = f.person(session, t.id)
    run(session, "contact.link", _args(bo, customer, roles=[MAIN]), t.id)
    # Anna loses the main role but stays linked (a link row is made for her).
    assert _roles(session, t.id, customer) == {anna.id: {NOTIFY}, bo.id: {MAIN}}
    run(session, "contact.unlink", _args(anna, customer), t.id)
    assert _roles(session, t.id, customer) == {bo.id: {MAIN}}


def test_a_target_or_person_of_another_tenant_is_not_found(session: Session) -> None:
    t, other = f.tenant(session), f.tenant(session, "t2")
    customer = _customer(session, t.id)
    theirs = _customer(session, other.id)
    anna = f.person(session, t.id)
    with pytest.raises(NotFoundError, match="Customer"):
        run(session, "contact.link", _args(anna, theirs), t.id)
    with pytest.raises(NotFoundError, match="Person"):
        run(session, "contact.link", _args(f.person(session, other.id), customer), t.id)
    assert session.scalars(select(Contact)).all() == []


def test_a_user_is_their_own_contact_set_by_an_admin_only(session: Session) -> None:
    t = f.tenant(session)
    user = User(email="kerstin@example.se", display_name="Kerstin", password_hash="x")
    session.add(user)
    session.flush()
    session.add(Membership(user_id=user.id, tenant_id=t.id, role="course_admin"))
    kerstin = f.person(session, t.id, first="Kerstin", last="Ek")
    args = {"target_kind": "user", "target_id": user.id, "person_id": kerstin.id}
    with pytest.raises(PermissionDenied):
        run(session, "contact.link", {**args, "roles": [MAIN]}, t.id, roles=("course_admin",))
    with pytest.raises(NotFoundError, match="User"):
        run(session, "contact.link", {**args, "target_id": new_id()}, t.id, authoritative=True)
    run(session, "contact.link", {**args, "roles": [MAIN, NOTIFY]}, t.id, authoritative=True)
    assert main_contact(session, t.id, TargetKind.USER, user.id) is kerstin
    assert notification_recipients(session, t.id, TargetKind.USER, user.id) == [kerstin]
    row = session.scalars(select(Contact).where(Contact.role == MAIN)).one()
    assert (row.user_id, row.customer_id, row.organisation_id) == (user.id, None, None)


def test_contracts_and_agents_have_contacts_of_their_own(session: Session) -> None:
    t = f.tenant(session)
    customer = _customer(session, t.id)
    contract = Contract(tenant_id=t.id, customer_id=customer.id, title="Ramavtal 2027")
    agent = Agent(tenant_id=t.id, organisation_id=customer.organisation_id, name="Agent AB")
    session.add_all([contract, agent])
    session.flush()
    anna = f.person(session, t.id)
    for kind, target in (("contract", contract.id), ("agent", agent.id)):
        args = {"target_kind": kind, "target_id": target, "person_id": anna.id}
        run(session, "contact.link", {**args, "roles": [NOTIFY]}, t.id)
        assert notification_recipients(session, t.id, TargetKind(kind), target) == [anna]
    # Each link is its target's alone: the customer has none.
    assert _roles(session, t.id, customer) == {}
    row = session.scalars(select(Contact).where(Contact.contract_id == contract.id)).first()
    assert row is not None and (row.agent_id, row.customer_id) == (None, None)
