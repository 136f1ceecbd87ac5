"""Small builders for the alumni tests: tenants, persons, rules, student records."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from stdnum import luhn

from models import (
    AlumniRule,
    Category,
    Person,
    PersonCategory,
    PersonEmail,
    StudentRecord,
    Tenant,
)
from models.ids import new_id
from models.validators import birth_date_from_personnummer
from server.services.alumni.student_records import DatabaseStudentRecords, StudentRecordData


def personnummer(born: date, serial: int = 123, *, samordning: bool = False) -> str:
    """A valid canonical personnummer (or samordningsnummer) for ``born``."""
    day = born.day + (60 if samordning else 0)
    body = f"{born:%y%m}{day:02d}{serial:03d}"
    return f"{born.year:04d}{body[2:]}{luhn.calc_check_digit(body)}"


ANNA_PNR = personnummer(date(1985, 1, 1), 123)
ERIK_PNR = personnummer(date(1990, 6, 15), 456)


def tenant(session: Session, *, with_categories: bool = True) -> Tenant:
    t = Tenant(id=new_id(), slug=f"t-{new_id()[-12:]}", name="Lärosätet")
    session.add(t)
    if with_categories:
        session.add(Category(id=new_id(), tenant_id=t.id, key="alumnus", name="Alumnus"))
        session.add(
            Category(
                id=new_id(), tenant_id=t.id, key="registered_alumnus", name="Registered alumnus"
            )
        )
    session.flush()
    return t


def person(
    session: Session,
    tenant_id: str,
    first: str = "Anna",
    last: str = "Berg",
    *,
    emails: Iterable[str] = (),
    pnr: str | None = None,
    categories: Iterable[str] = (),
    **fields: Any,
) -> Person:
    if pnr and "birth_date" not in fields:
        fields["birth_date"] = birth_date_from_personnummer(pnr)
    p = Person(
        id=new_id(),
        tenant_id=tenant_id,
        first_name=first,
        last_name=last,
        personnummer=pnr,
        **fields,
    )
    session.add(p)
    for i, address in enumerate(emails):
        session.add(
            PersonEmail(
                id=new_id(),
                tenant_id=tenant_id,
                person_id=p.id,
                address=address,
                is_primary=i == 0,
                position=i,
            )
        )
    session.flush()
    for key in categories:
        category = session.execute(
            select(Category).where(Category.tenant_id == tenant_id, Category.key == key)
        ).scalar_one()
        session.add(
            PersonCategory(
                id=new_id(), tenant_id=tenant_id, person_id=p.id, category_id=category.id
            )
        )
    session.flush()
    return p


def rule(
    session: Session, tenant_id: str, kind: str, position: int = 0, **params: Any
) -> AlumniRule:
    r = AlumniRule(id=new_id(), tenant_id=tenant_id, kind=kind, params=params, position=position)
    session.add(r)
    session.flush()
    return r


def standard_rules(session: Session, tenant_id: str) -> None:
    """Degree awarded and at least 180 credits."""
    rule(session, tenant_id, "degree_awarded", 0)
    rule(session, tenant_id, "min_credits", 1, min_credits=180)


def student_record(session: Session, tenant_id: str, **fields: Any) -> StudentRecord:
    values: dict[str, Any] = {
        "first_name": "Anna",
        "last_name": "Berg",
        "program_code": "SSY",
        "program_name": "Sjuksköterskeprogrammet",
        "degree": "Sjuksköterskeexamen",
        "credits": 180.0,
        "graduation_year": 2012,
    }
    values.update(fields)
    r = StudentRecord(id=new_id(), tenant_id=tenant_id, **values)
    session.add(r)
    session.flush()
    return r


class FlakySource:
    """The database source behind a student system that times out ``failures`` times first."""

    def __init__(self, inner: DatabaseStudentRecords, failures: int) -> None:
        self.inner = inner
        self.failures = failures
        self.calls = 0

    def lookup(self, *, personnummer: str | None, email: str | None) -> list[StudentRecordData]:
        self.calls += 1
        if self.failures > 0:
            self.failures -= 1
            raise TimeoutError("student system did not answer within 10 s")
        return self.inner.lookup(personnummer=personnummer, email=email)


def category_keys(session: Session, person_id: str) -> set[str]:
    rows = session.execute(
        select(Category.key)
        .join(PersonCategory, PersonCategory.category_id == Category.id)
        .where(PersonCategory.person_id == person_id, PersonCategory.deleted_at.is_(None))
    )
    return {k for (k,) in rows}
