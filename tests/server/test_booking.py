"""Booking a place on the server (server/services/booking.py, issue 17; seed 003): the
price stored as shown, the charge, review, duplicates, a changed price, the credit
balance used once under the tenant's lock, a cancellation under the booking's stored
terms, the confirmation's price lines — on SQLite and PostgreSQL."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select, text
from sqlalchemy.exc import DatabaseError

from models import ledger
from models.booking import (
    CancellationPolicy,
    DiscountRule,
    MembershipType,
    PersonMembership,
    PriceRule,
)
from models.commands import Actor, Effect, build
from models.courses import Course, CourseRound, Registration, RegistrationStatus, SignupForm
from models.ids import new_id, utcnow
from models.people import Person, PersonEmail
from models.prerequisites import CoursePrerequisite, Reason
from models.pricing import Breakdown, Line, LineKind
from models.tenancy import Role, Tenant
from server.services import booking as booking_service
from server.services import ledger as accounts
from server.services.booking import (
    PriceChanged,
    allocate,
    book,
    book_pair,
    booking_of,
    breakdown_of,
    fingerprint,
    is_priced,
    live_registration,
    quote_for,
)
from server.services.database import Database
from server.services.effects import run_effects
from server.services.seq import lock_tenant
from server.services.signup import PublicForm, Signup, SignupResult, sign_up
from server.services.waiting_list import answer_offer
from server.settings import Settings
from server.tables import Booking, MailOutbox
from tests.server.conftest import api_settings

KR = 100
A = ledger.Account


@pytest.fixture(scope="module")
def db(shared_db_url: str) -> Iterator[Database]:
    database = Database(shared_db_url)
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def settings(shared_db_url: str) -> Settings:
    return api_settings(shared_db_url)


@dataclass
class Club:
    """The seed's Tangoklubben: its people, courses and rounds (ids)."""

    tenant: str
    maria: str
    anders: str
    eva: str
    beginners: str
    tango: str
    thursdays: str
    milonga: str
    vals: str
    member_type: str


def today() -> date:
    return utcnow().date()


def _person(s, tenant: str, first: str, last: str, slug: str) -> str:  # type: ignore[no-untyped-def]
    pid = new_id()
    s.add(Person(id=pid, tenant_id=tenant, first_name=first, last_name=last))
    s.flush()
    s.add(
        PersonEmail(
            tenant_id=tenant,
            person_id=pid,
            address=f"{first.lower()}.{slug}@example.org",
            is_primary=True,
        )
    )
    return pid


def _round(  # type: ignore[no-untyped-def]
    s, tenant: str, course: str, name: str, starts: date, ends: date, **more
) -> str:
    rid = new_id()
    s.add(
        CourseRound(
            id=rid,
            tenant_id=tenant,
            course_id=course,
            name=name,
            starts_on=starts,
            ends_on=ends,
            **more,
        )
    )
    return rid


def make_club(db: Database, *, language: str = "en") -> Club:
    """Tangoklubben as the seed has it: Tango Nybörjare (ended; Maria and Anders took it),
    Tango Fortsättare (requires it; partner course, 1 000 kr in the category's rule with
    the membership fee 100 kr), Milonga the same term (Maria is on it), Vals last term
    (800 kr, terms: everything back less 200 kr, as credit). Maria is a member."""
    tenant = new_id()
    t = today()
    slug = tenant[-12:]
    with db.transaction() as s:
        s.add(Tenant(id=tenant, slug=f"tango-{slug}", name="Tangoklubben", language=language))
        s.flush()
        maria = _person(s, tenant, "Maria", "Svensson", slug)
        anders = _person(s, tenant, "Anders", "Berg", slug)
        eva = _person(s, tenant, "Eva", "Ek", slug)
        courses = {}
        for name, category in (
            ("Tango Nybörjare", "Tango"),
            ("Tango Fortsättare", "Tango"),
            ("Milonga", "Tango"),
            ("Vals", "Vals"),
        ):
            courses[name] = new_id()
            s.add(
                Course(
                    id=courses[name], tenant_id=tenant, code=name[:5], name=name, category=category
                )
            )
        s.flush()
        vt = {"term": "VT"}
        rounds = {
            # key: course, round, starts and ends (days from today), more
            "beginners": ("Tango Nybörjare", "Nybörjare HT", -120, -30, {}),
            "tango": ("Tango Fortsättare", "Onsdagar", 20, 110, {**vt, "partner_course": True}),
            "thursdays": ("Tango Fortsättare", "Torsdagar", 21, 111, vt),
            "milonga": ("Milonga", "Milonga VT", 20, 110, vt),
            "vals": ("Vals", "Vals HT", -150, -60, {"term": "HT", "price_ore": 800 * KR}),
        }
        ids = {
            key: _round(
                s, tenant, courses[course], name, t + timedelta(start), t + timedelta(end), **more
            )
            for key, (course, name, start, end, more) in rounds.items()
        }
        beginners, tango, milonga = ids["beginners"], ids["tango"], ids["milonga"]
        s.flush()
        s.add(
            CoursePrerequisite(
                tenant_id=tenant,
                course_id=courses["Tango Fortsättare"],
                required_course_id=courses["Tango Nybörjare"],
            )
        )
        for who in (maria, anders):
            s.add(
                Registration(
                    tenant_id=tenant,
                    round_id=beginners,
                    participant_id=who,
                    status=RegistrationStatus.REGISTERED,
                    partner_id=anders if who == maria else maria,
                )
            )
        s.add(Registration(tenant_id=tenant, round_id=milonga, participant_id=maria))
        member_type = new_id()
        s.add(
            MembershipType(
                id=member_type, tenant_id=tenant, name="Medlemskap", fee=100 * KR, account="3890"
            )
        )
        s.flush()
        s.add(
            PriceRule(
                tenant_id=tenant,
                scope_kind="category",
                scope_id="Tango",
                base_price=1_000 * KR,
                account="3010",
                membership_type_id=member_type,
            )
        )
        s.add(
            DiscountRule(
                tenant_id=tenant,
                scope_kind="category",
                scope_id="Tango",
                name="Registered on another course the same term",
                condition="other_course_same_term",
                amount=200 * KR,
            )
        )
        s.add(
            PersonMembership(
                tenant_id=tenant,
                person_id=maria,
                membership_type_id=member_type,
                since=t - timedelta(365),
            )
        )
        s.add(
            CancellationPolicy(
                tenant_id=tenant, round_id=ids["vals"], version=1, admin_fee=200 * KR
            )
        )
    return Club(
        tenant,
        maria,
        anders,
        eva,
        beginners,
        tango,
        ids["thursdays"],
        milonga,
        ids["vals"],
        member_type,
    )


def booked(db: Database, settings: Settings, club: Club, *, at: datetime | None = None, **kw):  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        lock_tenant(s, club.tenant)
        return book(s, settings, tenant_id=club.tenant, now=at or utcnow(), **kw)


def run(db: Database, settings: Settings, club: Club, *effects: Effect) -> None:
    actor = Actor(club.tenant, "staff@example.org", frozenset({Role.ADMIN}), authoritative=True)
    with db.transaction() as s:
        lock_tenant(s, club.tenant)
        run_effects(session=s, actor=actor, settings=settings, effects=list(effects))


def cancelled(db: Database, settings: Settings, club: Club, registration_id: str) -> None:
    """Staff cancel a registration: the status, then the booking's effect."""
    with db.transaction() as s:
        s.get_one(Registration, registration_id).cancel()
    run(db, settings, club, Effect("booking.cancelled", {"registration_id": registration_id}))


def vals_paid(db: Database, settings: Settings, club: Club, paid: int = 800 * KR) -> str:
    """Last term: Maria booked Vals (800 kr) and paid ``paid`` (a payment, as the payments
    issue will record it)."""
    vals = booked(
        db,
        settings,
        club,
        at=utcnow() - timedelta(days=140),
        round_id=club.vals,
        person_id=club.maria,
    )
    with db.transaction() as s:
        accounts.record(
            s,
            club.tenant,
            ledger.payment(new_id(), club.maria, paid, today() - timedelta(135), "OCR 1"),
        )
    return vals.registration_id


def maria_has_600_credit(db: Database, settings: Settings, club: Club) -> str:
    """Last term: Maria booked Vals (800 kr), paid 800 and cancelled: 600 credit."""
    vals = vals_paid(db, settings, club)
    cancelled(db, settings, club, vals)
    return vals


def balance(db: Database, club: Club, person: str) -> ledger.Balance:
    with db.transaction() as s:
        return accounts.balance_of(s, club.tenant, person)


def transactions(db: Database, club: Club, reference: str) -> list[ledger.Transaction]:
    with db.transaction() as s:
        people = {club.maria, club.anders, club.eva}
        found = {
            tx.id: tx
            for person in people
            for tx in accounts.history(s, club.tenant, person)
            if tx.reference == reference
        }
    return sorted(found.values(), key=lambda tx: tx.kind is not ledger.Kind.CHARGE)


def postings(tx: ledger.Transaction) -> set[tuple[str, int, str | None, str]]:
    return {(p.account.value, p.amount, p.person_id, p.code) for p in tx.postings}


def mails(db: Database, registration_id: str) -> list[MailOutbox]:
    with db.transaction() as s:
        rows = s.scalars(select(MailOutbox).where(MailOutbox.related_id == registration_id)).all()
        s.expunge_all()
        return list(rows)


# -- the pure part -------------------------------------------------------------------------


def test_payments_are_allocated_to_the_oldest_charges_first() -> None:
    debts = [("vals", 800 * KR), ("tango", 200 * KR), ("milonga", 500 * KR)]
    assert allocate(debts, 900 * KR) == {"vals": 800 * KR, "tango": 100 * KR, "milonga": 0}
    assert allocate(debts, 0) == {"vals": 0, "tango": 0, "milonga": 0}
    assert allocate(debts, -5) == {"vals": 0, "tango": 0, "milonga": 0}
    # Paid in advance: nothing beyond a debt.
    assert allocate(debts, 5_000 * KR) == dict(debts)
    # A cancelled charge's written-off part left nothing owed on it.
    assert allocate([("old", 0), ("new", 300)], 200) == {"old": 0, "new": 200}


@given(
    st.lists(
        st.tuples(st.sampled_from("abcdef"), st.integers(-1_000, 100_000)),
        max_size=6,
        unique_by=lambda debt: debt[0],
    ),
    st.integers(-1_000, 500_000),
)
def test_an_allocation_never_gives_more_than_was_paid_or_owed(
    debts: list[tuple[str, int]], paid: int
) -> None:
    shares = allocate(debts, paid)
    owed = {reference: max(0, amount) for reference, amount in debts}
    assert set(shares) == set(owed)
    assert all(0 <= shares[r] <= owed[r] for r in owed)
    assert sum(shares.values()) == min(max(0, paid), sum(owed.values()))
    # Oldest first: a debt gets something only when every earlier one is paid in full.
    for i, (later, _amount) in enumerate(debts):
        if shares[later]:
            assert all(shares[earlier] == owed[earlier] for earlier, _ in debts[:i])


def test_a_fingerprint_changes_with_any_line() -> None:
    one = Breakdown((Line(LineKind.BASE_PRICE, "base_price", {"course": "Tango"}, 1_000 * KR),))
    other = Breakdown((Line(LineKind.BASE_PRICE, "base_price", {"course": "Tango"}, 900 * KR),))
    assert fingerprint(one) == fingerprint(breakdown_of(one.to_json()))
    assert fingerprint(one) != fingerprint(other)
    assert len(fingerprint(one)) == 16


# -- on the database -----------------------------------------------------------------------


def test_maria_and_anders_book_the_seed_walk(db: Database, settings: Settings) -> None:
    club = make_club(db)
    vals = maria_has_600_credit(db, settings, club)
    assert balance(db, club, club.maria) == ledger.Balance(0, 600 * KR)
    with db.transaction() as s:
        round_ = s.get_one(CourseRound, club.tango)
        assert is_priced(s, club.tenant, round_)
        shown = quote_for(
            s, tenant_id=club.tenant, person_id=club.maria, round_id=club.tango, today=today()
        )

    with db.transaction() as s:
        lock_tenant(s, club.tenant)
        maria, anders = book_pair(
            s,
            settings,
            tenant_id=club.tenant,
            round_id=club.tango,
            person_id=club.maria,
            partner_id=club.anders,
            now=utcnow(),
            shown=fingerprint(shown),
        )

    assert (maria.status, anders.status) == ("registered", "registered")
    assert maria.reasons == anders.reasons == ()
    assert [(line.kind, line.amount) for line in maria.breakdown.lines] == [
        (LineKind.BASE_PRICE, 1_000 * KR),
        (LineKind.DISCOUNT, -200 * KR),
        (LineKind.CREDIT_USED, -600 * KR),
    ]
    assert maria.breakdown == shown and maria.breakdown.to_pay == 200 * KR
    assert [(line.kind, line.amount) for line in anders.breakdown.lines] == [
        (LineKind.BASE_PRICE, 1_000 * KR),
        (LineKind.MEMBERSHIP_FEE, 100 * KR),
    ]
    with db.transaction() as s:
        regs = {
            r.participant_id: r
            for r in s.scalars(select(Registration).where(Registration.round_id == club.tango))
        }
        assert regs[club.maria].partner_id == club.anders
        assert regs[club.anders].partner_id == club.maria
        stored = s.scalars(select(Booking).where(Booking.round_id == club.tango)).all()
        assert {(b.person_id, b.total, b.credit_used, b.to_pay) for b in stored} == {
            (club.maria, 800 * KR, 600 * KR, 200 * KR),
            (club.anders, 1_100 * KR, 0, 1_100 * KR),
        }
        assert accounts.balance_of(s, club.tenant, club.maria) == ledger.Balance(200 * KR, 0)
        assert accounts.balance_of(s, club.tenant, club.anders) == ledger.Balance(1_100 * KR, 0)

    [charge] = transactions(db, club, maria.registration_id)
    assert charge.kind is ledger.Kind.CHARGE and charge.day == today()
    assert postings(charge) == {
        (A.REVENUE, -800 * KR, None, "3010"),
        (A.CREDIT, 600 * KR, club.maria, ""),
        (A.RECEIVABLE, 200 * KR, club.maria, ""),
    }
    [charge] = transactions(db, club, anders.registration_id)
    assert postings(charge) == {
        (A.REVENUE, -1_000 * KR, None, "3010"),
        (A.REVENUE, -100 * KR, None, "3890"),
        (A.RECEIVABLE, 1_100 * KR, club.anders, ""),
    }
    # Vals: charged, paid, cancelled keeping the 200 kr fee.
    charge, cancellation = transactions(db, club, vals)
    assert postings(cancellation) == {
        (A.REVENUE, 600 * KR, None, ""),
        (A.CREDIT, -600 * KR, club.maria, ""),
    }

    starts, ends = today() + timedelta(20), today() + timedelta(110)
    for who, reg, partner, prices in (
        ("Maria", maria, "Anders Berg", MARIA_PRICE),
        ("Anders", anders, "Maria Svensson", ANDERS_PRICE.format(starts=starts.isoformat())),
    ):
        [mail] = mails(db, reg.registration_id)
        assert mail.event_type == "registration.created"
        assert mail.to_address == f"{who.lower()}.{club.tenant[-12:]}@example.org"
        assert mail.body_text == CONFIRMATION.format(
            first=who,
            dates=f"{starts.isoformat()} – {ends.isoformat()}",
            prices=prices.replace("_", "\u00a0"),
            name=f"{who} {'Svensson' if who == 'Maria' else 'Berg'}",
            address=mail.to_address,
            partner=partner,
            booked_by=""
            if who == "Maria"
            else "Maria Svensson booked this course for the two of you as partners. This is your\n"
            "own booking, with your own fee.\n\n",
        )


CONFIRMATION = """Hello {first},

Thank you for signing up. We have received your registration:

  Course:       Tango Fortsättare
  Course round: Onsdagar
  Dates:        {dates}

{booked_by}{prices}

Your answers:
  Name:    {name}
  E-mail:  {address}
  Partner: {partner}

Tangoklubben"""
MARIA_PRICE = """\
  Tango Fortsättare: course fee                         1_000 kr
  Discount: Registered on another course the same term   −200 kr
  Your credit balance used                               −600 kr
  --------------------------------------------------------------
  To pay                                                  200 kr"""
ANDERS_PRICE = """\
  Tango Fortsättare: course fee                            1_000 kr
  Membership fee: Medlemskap (not a member on {starts})    100 kr
  -----------------------------------------------------------------
  To pay                                                   1_100 kr"""


def test_booking_again_is_a_duplicate_that_makes_nothing_new(
    db: Database, settings: Settings
) -> None:
    club = make_club(db)
    first = booked(db, settings, club, round_id=club.tango, person_id=club.anders)
    again = booked(db, settings, club, round_id=club.tango, person_id=club.anders)

    assert again.duplicate and not first.duplicate
    assert again.registration_id == first.registration_id
    assert again.breakdown == first.breakdown and again.status == first.status
    assert len(transactions(db, club, first.registration_id)) == 1
    assert len(mails(db, first.registration_id)) == 1


def test_a_changed_price_is_refused_and_nothing_is_booked(db: Database, settings: Settings) -> None:
    club = make_club(db)
    with db.transaction() as s:
        old = quote_for(
            s, tenant_id=club.tenant, person_id=club.anders, round_id=club.tango, today=today()
        )
        # Meanwhile Anders becomes a member: no membership fee.
        s.add(
            PersonMembership(
                tenant_id=club.tenant,
                person_id=club.anders,
                membership_type_id=club.member_type,
                since=today(),
            )
        )

    with pytest.raises(PriceChanged) as refused:
        booked(
            db, settings, club, round_id=club.tango, person_id=club.anders, shown=fingerprint(old)
        )

    assert refused.value.code == "price_changed"
    assert refused.value.breakdown.to_pay == 1_000 * KR != old.to_pay
    with db.transaction() as s:
        assert not s.scalar(
            select(func.count())
            .select_from(Registration)
            .where(Registration.round_id == club.tango)
        )
        assert not s.scalar(
            select(func.count()).select_from(Booking).where(Booking.round_id == club.tango)
        )
    again = booked(
        db,
        settings,
        club,
        round_id=club.tango,
        person_id=club.anders,
        shown=fingerprint(refused.value.breakdown),
    )
    assert again.status == "registered" and again.breakdown.to_pay == 1_000 * KR


def test_a_missing_level_is_held_for_review_and_charged_when_accepted(
    db: Database, settings: Settings
) -> None:
    club = make_club(db)
    held = booked(db, settings, club, round_id=club.tango, person_id=club.eva)

    assert held.status == RegistrationStatus.REVIEW
    assert held.reasons == (Reason("level_missing", {"course": "Tango Nybörjare"}),)
    assert transactions(db, club, held.registration_id) == []
    with db.transaction() as s:
        reg = s.get_one(Registration, held.registration_id)
        assert reg.review_reasons == [
            {"code": "level_missing", "values": {"course": "Tango Nybörjare"}}
        ]
        assert not reg.holds_seat
    [mail] = mails(db, held.registration_id)
    assert (
        "Your sign-up waits for review because:\n"
        "  - You have not completed Tango Nybörjare (nor had that level approved by a leader)\n"
        "\n"
        "The course administrator reviews your sign-up before you get a place. The fee\n"
        "is charged when it is accepted and you have a place.\n"
    ) in mail.body_text

    # Before staff accept, Eva gets 300 kr credit: it is used then.
    with db.transaction() as s:
        accounts.record(
            s,
            club.tenant,
            ledger.Transaction(
                new_id(),
                ledger.Kind.CORRECTION,
                today(),
                (
                    ledger.Posting(A.REVENUE, 300 * KR),
                    ledger.Posting(A.CREDIT, -300 * KR, club.eva),
                ),
            ),
        )
        s.get_one(Registration, held.registration_id).accept_review(RegistrationStatus.REGISTERED)
    run(db, settings, club, Effect("booking.charge", {"registration_id": held.registration_id}))
    run(db, settings, club, Effect("booking.charge", {"registration_id": held.registration_id}))

    [charge] = transactions(db, club, held.registration_id)
    assert postings(charge) == {
        (A.REVENUE, -1_100 * KR + 100 * KR, None, "3010"),
        (A.REVENUE, -100 * KR, None, "3890"),
        (A.CREDIT, 300 * KR, club.eva, ""),
        (A.RECEIVABLE, 800 * KR, club.eva, ""),
    }


def test_a_cancellation_follows_the_terms_stored_with_the_booking(
    db: Database, settings: Settings
) -> None:
    club = make_club(db)
    vals = vals_paid(db, settings, club)
    with db.transaction() as s:
        # The round's terms change after the booking: no refund at all now.
        s.add(
            CancellationPolicy(tenant_id=club.tenant, round_id=club.vals, version=2, refunds=False)
        )
        stored = s.scalars(select(Booking).where(Booking.registration_id == vals)).one()
        assert stored.terms["version"] == 1 and stored.terms["admin_fee"] == 200 * KR

    cancelled(db, settings, club, vals)
    # Carried out twice (a retried push): one cancellation.
    run(db, settings, club, Effect("booking.cancelled", {"registration_id": vals}))

    charge, cancellation = transactions(db, club, vals)
    assert (charge.kind, cancellation.kind) == (ledger.Kind.CHARGE, ledger.Kind.CANCELLATION)
    assert postings(cancellation) == {
        (A.REVENUE, 600 * KR, None, ""),
        (A.CREDIT, -600 * KR, club.maria, ""),
    }
    assert balance(db, club, club.maria) == ledger.Balance(0, 600 * KR)


def test_an_unpaid_cancelled_booking_is_written_off_less_the_fee(
    db: Database, settings: Settings
) -> None:
    club = make_club(db)
    vals = booked(db, settings, club, round_id=club.vals, person_id=club.maria)
    cancelled(db, settings, club, vals.registration_id)

    _charge, cancellation = transactions(db, club, vals.registration_id)
    assert postings(cancellation) == {
        (A.REVENUE, 600 * KR, None, ""),
        (A.RECEIVABLE, -600 * KR, club.maria, ""),
    }
    assert balance(db, club, club.maria) == ledger.Balance(200 * KR, 0)


def test_credit_is_never_used_twice_by_two_bookings_at_once(
    db: Database, settings: Settings
) -> None:
    club = make_club(db)
    maria_has_600_credit(db, settings, club)
    results: dict[str, object] = {}
    start = threading.Barrier(2)

    def one(round_id: str) -> None:
        try:
            start.wait(timeout=30)
            results[round_id] = booked(db, settings, club, round_id=round_id, person_id=club.maria)
        except Exception as exc:
            results[round_id] = exc

    threads = [threading.Thread(target=one, args=(r,)) for r in (club.tango, club.thursdays)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    used = [r.breakdown.credit_used for r in results.values()]  # type: ignore[attr-defined]
    assert sorted(used) == [0, 600 * KR], results
    with db.transaction() as s:
        assert accounts.balance_of(s, club.tenant, club.maria).credit == 0


def test_the_booking_is_never_changed_or_deleted(db: Database, settings: Settings) -> None:
    club = make_club(db)
    made = booked(db, settings, club, round_id=club.tango, person_id=club.anders)

    for statement in (
        "UPDATE booking SET to_pay = 0 WHERE registration_id = :r",
        "DELETE FROM booking WHERE registration_id = :r",
    ):
        with pytest.raises(DatabaseError, match="append only"), db.transaction() as s:
            s.execute(text(statement), {"r": made.registration_id})
    with db.transaction() as s:
        stored = s.scalars(
            select(Booking).where(Booking.registration_id == made.registration_id)
        ).one()
        assert stored.to_pay == 1_100 * KR
        assert breakdown_of(stored.lines) == made.breakdown


# -- the generic form's sign-up ------------------------------------------------------------


def form_sign_up(
    db: Database, settings: Settings, club: Club, round_id: str, first: str, last: str
) -> SignupResult:
    """A sign-up on the round's public form by the address the club has for ``first``."""
    with db.transaction() as s:
        lock_tenant(s, club.tenant)
        round_ = s.get_one(CourseRound, round_id)
        form = SignupForm(tenant_id=club.tenant, round_id=round_id, published=True)
        s.add(form)
        s.flush()
        public = PublicForm(form, round_, s.get_one(Course, round_.course_id), "Tangoklubben", [])
        address = f"{first.lower()}.{club.tenant[-12:]}@example.org"
        return sign_up(
            session=s,
            public=public,
            signup=Signup(first_name=first, last_name=last, email=address),
            settings=settings,
            now=utcnow(),
        )


def test_the_generic_form_books_a_priced_round_and_charges_it(
    db: Database, settings: Settings
) -> None:
    club = make_club(db)
    done = form_sign_up(db, settings, club, club.milonga, "Anders", "Berg")

    assert not done.duplicate and not done.review and not done.waiting
    assert done.participant_id == club.anders
    assert done.breakdown is not None
    assert [(line.kind, line.amount) for line in done.breakdown.lines] == [
        (LineKind.BASE_PRICE, 1_000 * KR),
        (LineKind.MEMBERSHIP_FEE, 100 * KR),
    ]
    [charge] = transactions(db, club, done.registration_id)
    assert postings(charge) == {
        (A.REVENUE, -1_000 * KR, None, "3010"),
        (A.REVENUE, -100 * KR, None, "3890"),
        (A.RECEIVABLE, 1_100 * KR, club.anders, ""),
    }
    with db.transaction() as s:
        stored = s.scalars(
            select(Booking).where(Booking.registration_id == done.registration_id)
        ).one()
        assert breakdown_of(stored.lines) == done.breakdown
        assert stored.terms == {
            "version": 0,
            "full_refund_until": None,
            "fee_refund_until": None,
            "admin_fee": 0,
            "refund_as": "credit",
            "refunds": False,
        }
    [mail] = mails(db, done.registration_id)
    assert (
        "  Milonga: course fee" in mail.body_text
        and "  To pay                                                   1\u00a0100 kr\n"
        in mail.body_text
    )

    again = form_sign_up(db, settings, club, club.milonga, "Anders", "Berg")
    assert again.duplicate and again.breakdown == done.breakdown
    assert len(transactions(db, club, done.registration_id)) == 1


def test_the_generic_form_holds_a_missing_level_for_review_uncharged(
    db: Database, settings: Settings
) -> None:
    club = make_club(db)
    done = form_sign_up(db, settings, club, club.tango, "Eva", "Ek")

    assert done.review and done.reasons == (Reason("level_missing", {"course": "Tango Nybörjare"}),)
    assert done.breakdown is not None and done.breakdown.to_pay == 1_100 * KR
    assert transactions(db, club, done.registration_id) == []
    with db.transaction() as s:
        assert s.get_one(Registration, done.registration_id).status == RegistrationStatus.REVIEW
    [mail] = mails(db, done.registration_id)
    assert "Your sign-up waits for review because:\n  - You have not completed Tango" in (
        mail.body_text
    )


def test_the_generic_form_of_a_free_round_stores_no_booking(
    db: Database, settings: Settings
) -> None:
    club = make_club(db)
    with db.transaction() as s:
        course = Course(tenant_id=club.tenant, code="PRAKT", name="Praktika", category="Fri")
        s.add(course)
        s.flush()
        free = _round(s, club.tenant, course.id, "Praktika VT", today(), today())
        assert not is_priced(s, club.tenant, s.get_one(CourseRound, free))
    done = form_sign_up(db, settings, club, free, "Eva", "Ek")

    assert done.breakdown is None and not done.review
    with db.transaction() as s:
        assert (
            s.scalar(select(func.count()).select_from(Booking).where(Booking.round_id == free)) == 0
        )
    [mail] = mails(db, done.registration_id)
    assert "To pay" not in mail.body_text and "kr" not in mail.body_text


def test_the_confirmation_is_in_the_tenants_language(db: Database, settings: Settings) -> None:
    club = make_club(db, language="sv")
    maria_has_600_credit(db, settings, club)
    made = booked(db, settings, club, round_id=club.tango, person_id=club.maria)

    [mail] = mails(db, made.registration_id)
    assert mail.subject == "Anmälan mottagen: Tango Fortsättare (Onsdagar)"
    assert (
        "\n\n"
        "  Tango Fortsättare: kursavgift                       1\u00a0000 kr\n"
        "  Rabatt: Registered on another course the same term   −200 kr\n"
        "  Ditt tillgodohavande används                         −600 kr\n"
        "  ------------------------------------------------------------\n"
        "  Att betala                                            200 kr\n"
        "\n"
        "Dina svar:\n"
        "  Namn:   Maria Svensson\n"
    ) in mail.body_text


# -- through staff's commands --------------------------------------------------------------


def command(db: Database, settings: Settings, club: Club, name: str, **args: str) -> list[str]:
    """Apply a command as a course administrator on the server and carry out its effects,
    as a push does; returns the effects' kinds."""
    actor = Actor(
        club.tenant, "kursadmin@example.org", frozenset({Role.COURSE_ADMIN}), authoritative=True
    )
    with db.transaction() as s:
        lock_tenant(s, club.tenant)
        outcome = build(name, 1, args, id=new_id()).apply(s, actor)
        run_effects(session=s, actor=actor, settings=settings, effects=outcome.effects)
    return [effect.kind for effect in outcome.effects]


def test_staff_accept_a_review_and_cancel_a_paid_booking_by_commands(
    db: Database, settings: Settings
) -> None:
    club = make_club(db)
    held = booked(db, settings, club, round_id=club.tango, person_id=club.eva)
    declined = booked(db, settings, club, round_id=club.thursdays, person_id=club.eva)
    vals = vals_paid(db, settings, club)

    assert "booking.charge" in command(
        db, settings, club, "registration.review_accept", registration_id=held.registration_id
    )
    assert "booking.cancelled" in command(
        db, settings, club, "registration.cancel", registration_id=vals
    )
    command(
        db, settings, club, "registration.review_decline", registration_id=declined.registration_id
    )
    with db.transaction() as s:
        milonga = live_registration(s, club.tenant, club.milonga, club.maria)
        assert milonga is not None and booking_of(s, club.tenant, milonga.id) is None
    # A registration made without a booking (by staff): its cancellation moves no money.
    command(db, settings, club, "registration.cancel", registration_id=milonga.id)
    assert transactions(db, club, milonga.id) == []

    [charge] = transactions(db, club, held.registration_id)
    assert postings(charge) == {
        (A.REVENUE, -1_000 * KR, None, "3010"),
        (A.REVENUE, -100 * KR, None, "3890"),
        (A.RECEIVABLE, 1_100 * KR, club.eva, ""),
    }
    assert transactions(db, club, declined.registration_id) == []
    _charge, cancellation = transactions(db, club, vals)
    assert postings(cancellation) == {
        (A.REVENUE, 600 * KR, None, ""),
        (A.CREDIT, -600 * KR, club.maria, ""),
    }
    # Cancelling the accepted booking before it is paid: nothing paid, the fee-less terms
    # of Tango (none: nothing returned automatically) keep it owed.
    command(db, settings, club, "registration.cancel", registration_id=held.registration_id)
    _charge, kept = transactions(db, club, held.registration_id)
    assert kept.kind is ledger.Kind.CANCELLATION
    assert balance(db, club, club.eva) == ledger.Balance(1_100 * KR, 0)


def test_payments_pay_the_oldest_booking_first_when_one_is_cancelled(
    db: Database, settings: Settings
) -> None:
    club = make_club(db)
    vals = vals_paid(db, settings, club, paid=1_000 * KR)
    tango = booked(db, settings, club, round_id=club.tango, person_id=club.maria)
    with db.transaction() as s:
        s.add(
            CancellationPolicy(
                tenant_id=club.tenant, round_id=club.tango, version=1, admin_fee=100 * KR
            )
        )
        # 1 000 kr in: Vals' 800 first, then 200 of Tango's 800.
        paid = booking_service.paid_to_booking
        assert paid(s, club.tenant, club.maria, vals) == 800 * KR
        assert paid(s, club.tenant, club.maria, tango.registration_id) == 200 * KR

    cancelled(db, settings, club, tango.registration_id)

    # Tango was booked before its terms existed: nothing returned, the unpaid 600 still owed.
    _charge, cancellation = transactions(db, club, tango.registration_id)
    assert postings(cancellation) == {(A.RECEIVABLE, 0, club.maria, "")}
    assert balance(db, club, club.maria) == ledger.Balance(600 * KR, 0)


# -- the waiting list: charged when a place is had -----------------------------------------


def full_round(db: Database, club: Club) -> str:
    """Tango Fortsättare Fredagar (this term, 1 000 kr, one seat), Eva on its seat."""
    with db.transaction() as s:
        course = s.get_one(CourseRound, club.tango).course_id
        t = today()
        fridays = _round(
            s, club.tenant, course, "Fredagar", t + timedelta(22), t + timedelta(112),
            term="VT", seats=1,
        )  # fmt: skip
        s.flush()
        s.add(Registration(tenant_id=club.tenant, round_id=fridays, participant_id=club.eva))
    return fridays


def anders_waiting(db: Database, settings: Settings) -> tuple[Club, str, booking_service.Booked]:
    """The club with a full round (:func:`full_round`) Anders booked: on its waiting list."""
    club = make_club(db)
    fridays = full_round(db, club)
    waiting = booked(db, settings, club, round_id=fridays, person_id=club.anders)
    assert waiting.status == RegistrationStatus.WAITING
    return club, fridays, waiting


def test_a_waiting_list_booking_owes_nothing_until_it_gets_a_place(
    db: Database, settings: Settings
) -> None:
    club = make_club(db)
    fridays = full_round(db, club)
    maria_has_600_credit(db, settings, club)
    waiting = booked(db, settings, club, round_id=fridays, person_id=club.maria)

    assert waiting.status == RegistrationStatus.WAITING
    # Stored as shown (her credit would go first), but nothing charged: no debt, no overdue
    # fee later, the credit still hers.
    assert waiting.breakdown.to_pay == 200 * KR and waiting.breakdown.credit_used == 600 * KR
    assert transactions(db, club, waiting.registration_id) == []
    assert balance(db, club, club.maria) == ledger.Balance(0, 600 * KR)
    with db.transaction() as s:
        assert booking_of(s, club.tenant, waiting.registration_id) is not None
        later = today() + timedelta(days=90)
        assert accounts.overdue_of(s, club.tenant, club.maria, today=later) == 0
    [mail] = mails(db, waiting.registration_id)
    assert (
        "The course is full, so you are on its waiting list. If a place becomes free,\n"
        "we will e-mail you an offer to accept.\n"
        "\n"
        "  Tango Fortsättare: course fee                         1\u00a0000 kr\n"
        "  Discount: Registered on another course the same term   −200 kr\n"
        "  --------------------------------------------------------------\n"
        "  Price                                                   800 kr\n"
        "\n"
        "Nothing is charged while you are on the waiting list: the price is charged\n"
        "when you are offered a place and accept it (any credit balance you have then\n"
        "is used first).\n"
    ) in mail.body_text
    assert "To pay" not in mail.body_text and "credit balance used" not in mail.body_text

    # Staff give her a place: charged now, once, with the credit she has then.
    moved = command(
        db,
        settings,
        club,
        "registration.from_waiting_list",
        registration_id=waiting.registration_id,
    )
    assert moved == ["booking.charge"]
    run(db, settings, club, Effect("booking.charge", {"registration_id": waiting.registration_id}))

    [charge] = transactions(db, club, waiting.registration_id)
    assert charge.kind is ledger.Kind.CHARGE
    assert postings(charge) == {
        (A.REVENUE, -800 * KR, None, "3010"),
        (A.CREDIT, 600 * KR, club.maria, ""),
        (A.RECEIVABLE, 200 * KR, club.maria, ""),
    }
    assert balance(db, club, club.maria) == ledger.Balance(200 * KR, 0)
    # Back to the list and a place again: still the one charge.
    command(
        db, settings, club, "registration.to_waiting_list", registration_id=waiting.registration_id
    )
    command(
        db,
        settings,
        club,
        "registration.from_waiting_list",
        registration_id=waiting.registration_id,
    )
    assert len(transactions(db, club, waiting.registration_id)) == 1


def test_an_offered_place_is_charged_when_the_offer_is_accepted(
    db: Database, settings: Settings
) -> None:
    club, fridays, waiting = anders_waiting(db, settings)
    with db.transaction() as s:
        eva = live_registration(s, club.tenant, fridays, club.eva)
        assert eva is not None
    # Eva's place freed: offered to Anders, who has no place until he accepts it.
    command(db, settings, club, "registration.cancel", registration_id=eva.id)
    with db.transaction() as s:
        offered = s.get_one(Registration, waiting.registration_id)
        assert offered.status == RegistrationStatus.OFFERED
    assert transactions(db, club, waiting.registration_id) == []
    offer = next(m for m in mails(db, waiting.registration_id) if "/offer/" in m.body_text)
    token = re.search(r"/offer/([\w-]+)\?lang=", offer.body_text).group(1)  # type: ignore[union-attr]

    answer_offer(db, token, accept=True, settings=settings, now=utcnow())

    [charge] = transactions(db, club, waiting.registration_id)
    assert postings(charge) == {
        (A.REVENUE, -1_000 * KR, None, "3010"),
        (A.REVENUE, -100 * KR, None, "3890"),
        (A.RECEIVABLE, 1_100 * KR, club.anders, ""),
    }
    assert balance(db, club, club.anders) == ledger.Balance(1_100 * KR, 0)


def test_a_waiting_list_booking_cancelled_before_a_place_moves_no_money(
    db: Database, settings: Settings
) -> None:
    club, fridays, waiting = anders_waiting(db, settings)
    with db.transaction() as s:
        s.add(
            CancellationPolicy(
                tenant_id=club.tenant, round_id=fridays, version=1, admin_fee=200 * KR
            )
        )

    assert "booking.cancelled" in command(
        db, settings, club, "registration.cancel", registration_id=waiting.registration_id
    )

    # No administrative fee kept from someone who never had a place.
    assert transactions(db, club, waiting.registration_id) == []
    assert balance(db, club, club.anders) == ledger.Balance(0, 0)


def test_a_review_accepted_onto_the_waiting_list_is_not_charged(
    db: Database, settings: Settings
) -> None:
    club = make_club(db)
    with db.transaction() as s:
        s.get_one(CourseRound, club.tango).seats = 1
    held = booked(db, settings, club, round_id=club.tango, person_id=club.eva)
    booked(db, settings, club, round_id=club.tango, person_id=club.anders)  # the one seat

    assert (
        command(
            db, settings, club, "registration.review_accept", registration_id=held.registration_id
        )
        == []
    )
    # The effect arriving anyway (an older server's command) charges no one without a place.
    run(db, settings, club, Effect("booking.charge", {"registration_id": held.registration_id}))

    with db.transaction() as s:
        assert s.get_one(Registration, held.registration_id).status == RegistrationStatus.WAITING
    assert transactions(db, club, held.registration_id) == []
    assert balance(db, club, club.eva) == ledger.Balance(0, 0)
    assert command(
        db, settings, club, "registration.from_waiting_list", registration_id=held.registration_id
    ) == ["booking.charge"]
    [charge] = transactions(db, club, held.registration_id)
    assert (A.RECEIVABLE, 1_100 * KR, club.eva, "") in postings(charge)


def test_the_generic_form_charges_a_waiting_list_sign_up_only_with_a_place(
    db: Database, settings: Settings
) -> None:
    club = make_club(db)
    fridays = full_round(db, club)
    done = form_sign_up(db, settings, club, fridays, "Anders", "Berg")

    assert done.waiting and done.breakdown is not None and done.breakdown.to_pay == 1_100 * KR
    assert transactions(db, club, done.registration_id) == []
    [mail] = mails(db, done.registration_id)
    assert "  Price " in mail.body_text and "To pay" not in mail.body_text
    assert "Nothing is charged while you are on the waiting list" in mail.body_text
    command(
        db, settings, club, "registration.from_waiting_list", registration_id=done.registration_id
    )
    [charge] = transactions(db, club, done.registration_id)
    assert (A.RECEIVABLE, 1_100 * KR, club.anders, "") in postings(charge)
