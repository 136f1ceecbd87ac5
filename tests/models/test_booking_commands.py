"""Booking's rules as staff keep them (models/booking.py, models/commands/booking.py;
issue 17): made, edited and archived by commands, refused when the price engine could not
price them, and priced from the scopes of a round — the seed's walk from stored rules."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy.orm import Session

from models.booking import (
    CancellationPolicy,
    price_list_for,
    signup_facts,
    terms_for,
)
from models.commands import build
from models.courses import Course, CourseRound, Registration
from models.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from models.ids import new_id
from models.pricing import LineKind, price
from models.tenancy import Role
from tests import factories as f

KR = 100


def run(session: Session, name: str, args: dict[str, Any], tenant_id: str, *roles: str) -> None:
    build(name, 1, args, id=new_id()).apply(session, f.actor(tenant_id, *(roles or [Role.ADMIN])))


def _tango(session: Session, tenant_id: str) -> tuple[CourseRound, CourseRound]:
    """Tango Fortsättare and Milonga, rounds of the same term in the category Dans."""
    rounds = []
    for name in ("Tango Fortsättare", "Milonga"):
        course = Course(id=new_id(), tenant_id=tenant_id, code=name[:4], name=name, category="Dans")
        session.add(course)
        session.flush()
        round_ = CourseRound(
            id=new_id(),
            tenant_id=tenant_id,
            course_id=course.id,
            name=f"{name} VT27",
            term="VT2027",
            starts_on=date(2027, 1, 20),
        )
        session.add(round_)
        rounds.append(round_)
    session.flush()
    return rounds[0], rounds[1]


def test_the_seeds_prices_come_from_rules_kept_by_commands(session: Session) -> None:
    t = f.tenant(session)
    tango, milonga = _tango(session, t.id)
    maria = f.person(session, t.id, "Maria", "Ek", "maria@example.se")
    anders = f.person(session, t.id, "Anders", "Lind", "anders@example.se")
    member_type = new_id()
    run(
        session,
        "membership_type.create",
        {"membership_type_id": member_type, "name": "Medlemskap 2027", "fee": 100 * KR},
        t.id,
    )
    run(
        session,
        "price_rule.create",
        {
            "price_rule_id": new_id(),
            "scope_kind": "category",
            "scope_id": "Dans",
            "base_price": 1_000 * KR,
            "account": "3010",
            "membership_type_id": member_type,
        },
        t.id,
    )
    run(
        session,
        "discount_rule.create",
        {
            "discount_rule_id": new_id(),
            "scope_kind": "tenant",
            "name": "Två kurser samma termin",
            "condition": "other_course_same_term",
            "amount": 200 * KR,
        },
        t.id,
    )
    run(
        session,
        "membership.add",
        {
            "membership_id": new_id(),
            "person_id": maria.id,
            "membership_type_id": member_type,
            "since": "2027-01-01",
            "until": "2027-12-31",
        },
        t.id,
        Role.COURSE_ADMIN,
    )
    session.add(
        Registration(id=new_id(), tenant_id=t.id, round_id=milonga.id, participant_id=maria.id)
    )
    session.flush()

    prices = price_list_for(session, t.id, tango)
    day = date(2027, 1, 5)
    for_maria = price(
        prices, signup_facts(session, t.id, maria.id, tango, today=day, credit_balance=600 * KR)
    )
    for_anders = price(prices, signup_facts(session, t.id, anders.id, tango, today=day))

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
    assert for_anders.to_pay == 1_100 * KR
    # The round's own price wins over the category's.
    tango.price_ore = 900 * KR
    assert price_list_for(session, t.id, tango).base_price == 900 * KR


def test_a_rule_the_engine_cannot_price_is_refused_naming_the_field(session: Session) -> None:
    t = f.tenant(session)
    with pytest.raises(ValidationError) as e:
        run(
            session,
            "discount_rule.create",
            {
                "discount_rule_id": new_id(),
                "scope_kind": "tenant",
                "name": "Tidig",
                "condition": "early_booking",
                "amount": 100 * KR,
            },
            t.id,
        )
    assert e.value.field == "book_by"
    rule = new_id()
    run(
        session,
        "discount_rule.create",
        {
            "discount_rule_id": rule,
            "scope_kind": "tenant",
            "name": "Student",
            "condition": "student",
            "percent": 1000,
        },
        t.id,
    )
    with pytest.raises(ValidationError) as e:
        run(
            session,
            "discount_rule.edit",
            {"discount_rule_id": rule, "changes": {"amount": {"old": 0, "new": 5_000}}},
            t.id,
        )
    assert e.value.field == "amount"
    with pytest.raises(ValidationError) as e:
        run(
            session,
            "price_rule.create",
            {"price_rule_id": new_id(), "scope_kind": "tenant", "scope_id": "Dans"},
            t.id,
        )
    assert e.value.field == "scope_id"
    with pytest.raises(NotFoundError):
        run(
            session,
            "price_rule.create",
            {"price_rule_id": new_id(), "scope_kind": "round", "scope_id": new_id()},
            t.id,
        )


def test_a_scope_has_one_price_rule_and_an_archived_one_frees_it(session: Session) -> None:
    t = f.tenant(session)
    first = new_id()
    run(
        session,
        "price_rule.create",
        {"price_rule_id": first, "scope_kind": "tenant", "base_price": 500 * KR},
        t.id,
    )
    with pytest.raises(ConflictError):
        run(
            session,
            "price_rule.create",
            {"price_rule_id": new_id(), "scope_kind": "tenant", "base_price": 600 * KR},
            t.id,
        )
    run(
        session,
        "price_rule.archive",
        {"price_rule_id": first, "changes": {"archived": {"old": False, "new": True}}},
        t.id,
    )
    run(
        session,
        "price_rule.create",
        {"price_rule_id": new_id(), "scope_kind": "tenant", "base_price": 600 * KR},
        t.id,
    )
    r = f.course_round(session, t.id)
    assert price_list_for(session, t.id, r).base_price == 600 * KR


def test_cancellation_terms_are_versioned_and_a_stale_set_is_a_conflict(session: Session) -> None:
    t = f.tenant(session)
    r = f.course_round(session, t.id)
    assert terms_for(session, t.id, r.id).refunds is False  # none: nothing back by itself
    policy = new_id()
    run(
        session,
        "cancellation_policy.set",
        {
            "policy_id": policy,
            "round_id": r.id,
            "expected_version": 0,
            "fee_refund_until": "2026-08-31",
            "admin_fee": 200 * KR,
        },
        t.id,
    )
    run(
        session,
        "cancellation_policy.set",
        {
            "policy_id": new_id(),
            "round_id": r.id,
            "expected_version": 1,
            "full_refund_until": "2026-08-01",
            "fee_refund_until": "2026-08-31",
            "admin_fee": 250 * KR,
        },
        t.id,
    )

    terms = terms_for(session, t.id, r.id)
    assert (terms.version, terms.admin_fee, terms.full_refund_until) == (
        2,
        250 * KR,
        date(2026, 8, 1),
    )
    assert session.get(CancellationPolicy, policy) is not None
    with pytest.raises(ConflictError):
        run(
            session,
            "cancellation_policy.set",
            {"policy_id": new_id(), "round_id": r.id, "expected_version": 1, "admin_fee": 0},
            t.id,
        )
    with pytest.raises(ValidationError) as e:
        run(
            session,
            "cancellation_policy.set",
            {
                "policy_id": new_id(),
                "round_id": r.id,
                "expected_version": 2,
                "full_refund_until": "2026-08-31",
                "fee_refund_until": "2026-08-01",
            },
            t.id,
        )
    assert e.value.field == "fee_refund_until"


def test_only_admins_set_prices_and_course_admins_record_memberships(session: Session) -> None:
    t = f.tenant(session)
    with pytest.raises(PermissionDenied):
        run(
            session,
            "membership_type.create",
            {"membership_type_id": new_id(), "name": "Medlem", "fee": 100},
            t.id,
            Role.COURSE_ADMIN,
        )
    kind = new_id()
    run(session, "membership_type.create", {"membership_type_id": kind, "name": "Medlem"}, t.id)
    p = f.person(session, t.id)
    membership = new_id()
    run(
        session,
        "membership.add",
        {
            "membership_id": membership,
            "person_id": p.id,
            "membership_type_id": kind,
            "since": "2027-01-01",
        },
        t.id,
        Role.COURSE_ADMIN,
    )
    run(
        session,
        "membership.edit",
        {"membership_id": membership, "changes": {"until": {"old": None, "new": "2027-06-30"}}},
        t.id,
        Role.COURSE_ADMIN,
    )
    with pytest.raises(ValidationError) as e:
        run(
            session,
            "membership.edit",
            {
                "membership_id": membership,
                "changes": {"until": {"old": "2027-06-30", "new": "2026-06-30"}},
            },
            t.id,
        )
    assert e.value.field == "until"
