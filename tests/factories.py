"""Small factories for domain rows in a session (tests only)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from models import (
    Category,
    CategoryKey,
    Course,
    CourseRound,
    Person,
    PersonEmail,
    Registration,
    Tenant,
)
from models.commands import Actor
from models.ids import new_id
from models.tenancy import Role

ALL_ROLES = frozenset(str(r) for r in Role)


def actor(tenant_id: str, *roles: str, email: str = "staff@example.se", **kw: Any) -> Actor:
    return Actor(tenant_id=tenant_id, email=email, roles=frozenset(roles or ALL_ROLES), **kw)


def tenant(session: Session, slug: str = "t1") -> Tenant:
    t = Tenant(id=new_id(), slug=slug, name=slug.upper())
    session.add(t)
    for key, name in (
        (CategoryKey.ALUMNUS, "Alumnus"),
        (CategoryKey.REGISTERED_ALUMNUS, "Registered alumnus"),
    ):
        session.add(Category(tenant_id=t.id, key=key, name=name))
    session.flush()
    return t


def person(
    session: Session,
    tenant_id: str,
    first: str = "Anna",
    last: str = "Berg",
    email: str | None = None,
) -> Person:
    p = Person(id=new_id(), tenant_id=tenant_id, first_name=first, last_name=last)
    session.add(p)
    if email:
        session.add(
            PersonEmail(tenant_id=tenant_id, person_id=p.id, address=email, is_primary=True)
        )
    session.flush()
    return p


def course_round(session: Session, tenant_id: str) -> CourseRound:
    c = Course(id=new_id(), tenant_id=tenant_id, code="LED1", name="Ledarskap")
    session.add(c)
    session.flush()
    r = CourseRound(
        id=new_id(),
        tenant_id=tenant_id,
        course_id=c.id,
        name="Ledarskap HT26",
        term="HT2026",
        starts_on=date(2026, 9, 1),
        ends_on=date(2026, 12, 1),
        terms_text="Bindande anmälan.",
        terms_version="2026-1",
    )
    session.add(r)
    session.flush()
    return r


def registration(
    session: Session,
    tenant_id: str,
    *,
    manager: Person | None = None,
    form_manager_email: str | None = None,
) -> Registration:
    r = course_round(session, tenant_id)
    participant = person(session, tenant_id, "Erik", "Lund", "erik@firm.se")
    reg = Registration(
        id=new_id(),
        tenant_id=tenant_id,
        round_id=r.id,
        participant_id=participant.id,
        approving_manager_id=manager.id if manager else None,
        form_manager_email=form_manager_email,
    )
    session.add(reg)
    session.flush()
    return reg
