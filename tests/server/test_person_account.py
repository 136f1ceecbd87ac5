"""GET /api/v1/people/{id}/account (issue 17): a person's balance and the transactions
behind it, over real HTTP on SQLite and PostgreSQL — for administrators and course
administrators of the person's tenant, every read audited; a viewer is refused, another
tenant's person is not found, a malformed id is a 422."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select

from models import ledger
from models.attendance import LOCAL_ZONE
from models.audit import AuditEvent
from models.booking import CancellationPolicy
from models.courses import Course, CourseRound, Registration
from models.ids import new_id, utcnow
from models.people import Person
from models.pricing import CancellationTerms, PriceList, SignupFacts, cancel, price
from models.tenancy import Role
from server.services import ledger as accounts
from server.services.booking import book
from server.services.seq import lock_tenant
from tests.server.helpers import World
from tests.server.test_ledger import _charged
from tests.utils.servers import InProcessServer

KR = 100


def _maria(world: World) -> str:
    """A person whose last term was charged 800, paid, and cancelled keeping a 200 fee."""
    person = new_id()
    charged = price(PriceList("Tango", 800 * KR), SignupFacts(date(2026, 8, 1), date(2026, 9, 1)))
    cancelled = cancel(
        CancellationTerms(admin_fee=200 * KR), date(2026, 9, 10), charged=800 * KR, paid=800 * KR
    )
    with world.db.transaction() as s:
        s.add(Person(id=person, tenant_id=world.tenant_id, first_name="Maria", last_name="Ek"))
        s.flush()
        for tx in (
            ledger.charge(new_id(), person, charged, date(2026, 8, 1), "reg-1"),
            ledger.payment(new_id(), person, 800 * KR, date(2026, 8, 5), "OCR 4711"),
            ledger.cancellation(new_id(), person, cancelled, date(2026, 9, 10), "reg-1"),
        ):
            accounts.record(s, world.tenant_id, tx)
    return person


def test_staff_see_a_persons_balance_and_history(world: World) -> None:
    person = _maria(world)

    for role in (Role.ADMIN, Role.COURSE_ADMIN):
        resp = world.client(role).get(f"{world.url}/api/v1/people/{person}/account", timeout=30)
        assert resp.status_code == 200, resp.text
        body = resp.json()
        assert (body["owed"], body["credit"]) == (0, 600 * KR)
        assert [(t["kind"], t["day"]) for t in body["transactions"]] == [
            ("charge", "2026-08-01"),
            ("payment", "2026-08-05"),
            ("cancellation", "2026-09-10"),
        ]
        assert [t["postings"] for t in body["transactions"]] == [
            [{"account": "receivable", "amount": 800 * KR}],
            [{"account": "receivable", "amount": -800 * KR}],
            [{"account": "credit", "amount": -600 * KR}],
        ]
    with world.db.sessions() as s:
        reads = s.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "person.account_read", AuditEvent.entity_id == person
            )
        ).all()
    assert len(reads) == 2


def test_others_are_refused_and_bad_ids_are_a_422(world: World, other_world: World) -> None:
    person = _maria(world)
    url = f"{world.url}/api/v1/people/{person}/account"
    assert world.client(Role.VIEWER).get(url, timeout=30).status_code == 403
    assert world.client(Role.ALUMNI_OFFICER).get(url, timeout=30).status_code == 403
    elsewhere = other_world.client(Role.ADMIN).get(
        f"{other_world.url}/api/v1/people/{person}/account", timeout=30
    )
    assert elsewhere.status_code == 404
    bad = world.client().get(f"{world.url}/api/v1/people/x'%20OR%201=1/account", timeout=30)
    assert bad.status_code == 422
    assert world.client().get(f"{world.url}/api/v1/people/{new_id()}/account").status_code == 404


def test_the_account_lists_the_persons_bookings_as_stored(
    world: World, api: InProcessServer
) -> None:
    person, round_id = new_id(), new_id()
    with world.db.transaction() as s:
        s.add(Person(id=person, tenant_id=world.tenant_id, first_name="Anders", last_name="Berg"))
        course = Course(tenant_id=world.tenant_id, code="TF", name="Tango Fortsättare")
        s.add(course)
        s.flush()
        s.add(
            CourseRound(
                id=round_id,
                tenant_id=world.tenant_id,
                course_id=course.id,
                name="Onsdagar",
                price_ore=1_000 * KR,
            )
        )
        s.flush()
        s.add(CancellationPolicy(tenant_id=world.tenant_id, round_id=round_id, admin_fee=200 * KR))
        s.flush()
        lock_tenant(s, world.tenant_id)
        made = book(
            s,
            api.settings,
            tenant_id=world.tenant_id,
            round_id=round_id,
            person_id=person,
            now=utcnow(),
        )

    resp = world.client(Role.COURSE_ADMIN).get(
        f"{world.url}/api/v1/people/{person}/account", timeout=30
    )

    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["owed"] == 1_000 * KR
    [booking] = body["bookings"]
    assert {k: v for k, v in booking.items() if k != "created_at"} == {
        "registration_id": made.registration_id,
        "round_id": round_id,
        "lines": [
            {
                "kind": "base_price",
                "text": "base_price",
                "params": {"course": "Tango Fortsättare"},
                "amount": 1_000 * KR,
                "vat": 0,
                "account": "",
            }
        ],
        "total": 1_000 * KR,
        "credit_used": 0,
        "to_pay": 1_000 * KR,
        "terms": {
            "version": 1,
            "full_refund_until": None,
            "fee_refund_until": None,
            "admin_fee": 200 * KR,
            "refund_as": "credit",
            "refunds": True,
        },
    }
    assert [t["reference"] for t in body["transactions"]] == [made.registration_id]


def _round_with_debts(world: World, today: date) -> dict[str, str]:
    """A round with Eva (400 charged 40 days ago, unpaid: overdue), Olle (charged 10
    days ago: not yet), Nils (waiting, 300 overdue: no place) and Siv (cancelled)."""
    course = Course(tenant_id=world.tenant_id, code=f"O{new_id()[:6]}", name="Salsa")
    round_id = new_id()
    names = ("Eva", "Olle", "Nils", "Siv")
    people = {name: new_id() for name in names}
    with world.db.transaction() as s:
        s.add(course)
        for name, pid in people.items():
            s.add(Person(id=pid, tenant_id=world.tenant_id, first_name=name, last_name="Ås"))
        s.flush()
        s.add(
            CourseRound(
                id=round_id, tenant_id=world.tenant_id, course_id=course.id, name="Tisdagar"
            )
        )
        s.flush()
        statuses = ("registered", "offered", "waiting", "cancelled")
        for name, status in zip(names, statuses, strict=True):
            s.add(
                Registration(
                    tenant_id=world.tenant_id,
                    round_id=round_id,
                    participant_id=people[name],
                    status=status,
                )
            )
        for name, amount, age in (
            ("Eva", 400, 40),
            ("Olle", 500, 10),
            ("Nils", 300, 40),
            ("Siv", 200, 40),
        ):
            tx = _charged(people[name], amount * KR, today - timedelta(days=age))
            accounts.record(s, world.tenant_id, tx)
    return {"round": round_id, **people}


def test_a_rounds_overdue_list_names_its_participants_with_a_fee_overdue(world: World) -> None:
    today = utcnow().astimezone(LOCAL_ZONE).date()
    made = _round_with_debts(world, today)

    for role in (Role.ADMIN, Role.COURSE_ADMIN):
        resp = world.client(role).get(
            f"{world.url}/api/v1/rounds/{made['round']}/overdue", timeout=30
        )
        assert resp.status_code == 200, resp.text
        body = resp.json()
        assert body["people"] == {made["Eva"]: 400 * KR}
        assert datetime.fromisoformat(body["as_of"]).tzinfo is not None
    with world.db.sessions() as s:
        reads = s.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "round.overdue_read", AuditEvent.entity_id == made["round"]
            )
        ).all()
    assert len(reads) == 2


def test_a_rounds_overdue_list_is_refused_to_others(world: World, other_world: World) -> None:
    made = _round_with_debts(world, utcnow().astimezone(LOCAL_ZONE).date())
    url = f"{world.url}/api/v1/rounds/{made['round']}/overdue"
    assert world.client(Role.VIEWER).get(url, timeout=30).status_code == 403
    assert world.client(Role.TREASURER).get(url, timeout=30).status_code == 403
    elsewhere = other_world.client(Role.ADMIN).get(
        f"{other_world.url}/api/v1/rounds/{made['round']}/overdue", timeout=30
    )
    assert elsewhere.status_code == 404
    unknown = world.client().get(f"{world.url}/api/v1/rounds/{new_id()}/overdue", timeout=30)
    assert unknown.status_code == 404
    bad = world.client().get(f"{world.url}/api/v1/rounds/x'%20OR%201=1/overdue", timeout=30)
    assert bad.status_code == 422
