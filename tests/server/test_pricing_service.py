"""A sign-up's price on the server (server/services/pricing.py, issue 17): the round's
stored rules, the person's facts and the credit balance the ledger holds, on SQLite and
PostgreSQL — the seed's Maria, whose 600 kr credit pays most of her 800."""

from __future__ import annotations

from datetime import date

import pytest

from models import ledger
from models.booking import DiscountRule, MembershipType, PersonMembership, PriceRule
from models.courses import Course, CourseRound, Registration
from models.errors import NotFoundError
from models.ids import new_id
from models.people import Person
from models.pricing import LineKind
from server.services import ledger as accounts
from server.services.database import Database
from server.services.pricing import quote

KR = 100


@pytest.fixture(scope="module")
def db(shared_db_url: str) -> Database:
    database = Database(shared_db_url)
    yield database  # type: ignore[misc]
    database.dispose()


def test_maria_is_asked_for_200_and_anders_for_1100(db: Database) -> None:
    tenant = new_id()
    maria, anders, member = new_id(), new_id(), new_id()
    tango, milonga = new_id(), new_id()
    with db.transaction() as s:
        for pid, first in ((maria, "Maria"), (anders, "Anders")):
            s.add(Person(id=pid, tenant_id=tenant, first_name=first, last_name="Dansare"))
        for rid, name in ((tango, "Tango Fortsättare"), (milonga, "Milonga")):
            course = Course(
                id=new_id(), tenant_id=tenant, code=name[:4], name=name, category="Dans"
            )
            s.add(course)
            s.flush()
            s.add(
                CourseRound(
                    id=rid,
                    tenant_id=tenant,
                    course_id=course.id,
                    name=name,
                    term="VT2027",
                    starts_on=date(2027, 1, 20),
                )
            )
        s.flush()
        s.add(MembershipType(id=member, tenant_id=tenant, name="Medlemskap", fee=100 * KR))
        s.flush()
        s.add(
            PriceRule(
                id=new_id(),
                tenant_id=tenant,
                scope_kind="category",
                scope_id="Dans",
                base_price=1_000 * KR,
                membership_type_id=member,
            )
        )
        s.add(
            DiscountRule(
                id=new_id(),
                tenant_id=tenant,
                scope_kind="tenant",
                name="Två kurser",
                condition="other_course_same_term",
                amount=200 * KR,
            )
        )
        s.add(
            PersonMembership(
                id=new_id(),
                tenant_id=tenant,
                person_id=maria,
                membership_type_id=member,
                since=date(2027, 1, 1),
            )
        )
        s.add(Registration(id=new_id(), tenant_id=tenant, round_id=milonga, participant_id=maria))
        # Last term's cancellation left her 600 kr credit.
        accounts.record(
            s,
            tenant,
            ledger.Transaction(
                new_id(),
                ledger.Kind.CANCELLATION,
                date(2026, 9, 10),
                (
                    ledger.Posting(ledger.Account.REVENUE, 600 * KR),
                    ledger.Posting(ledger.Account.CREDIT, -600 * KR, maria),
                ),
            ),
        )

    with db.transaction() as s:
        for_maria = quote(
            s, tenant_id=tenant, person_id=maria, round_id=tango, today=date(2027, 1, 5)
        )
        for_anders = quote(
            s, tenant_id=tenant, person_id=anders, round_id=tango, today=date(2027, 1, 5)
        )
        with pytest.raises(NotFoundError):
            quote(s, tenant_id=new_id(), person_id=maria, round_id=tango, today=date(2027, 1, 5))

    assert [(line.kind, line.amount) for line in for_maria.lines] == [
        (LineKind.BASE_PRICE, 1_000 * KR),
        (LineKind.DISCOUNT, -200 * KR),
        (LineKind.CREDIT_USED, -600 * KR),
    ]
    assert for_maria.to_pay == 200 * KR
    assert [(line.kind, line.amount) for line in for_anders.lines] == [
        (LineKind.BASE_PRICE, 1_000 * KR),
        (LineKind.MEMBERSHIP_FEE, 100 * KR),
    ]
