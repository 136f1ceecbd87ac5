"""The seed's tango club in the demo (issue 17; seed 003): the booking walk can be tried on
the demo tenant.

Courses of the category "Tango": *Tango Nybörjare* (last term; its round ended ten days
ago: the follow-up job mails Maria and Anders, who took it as partners), *Tango
Fortsättare* (requires Tango Nybörjare; this term's round "Onsdagar", a partner course,
open with a published sign-up form), *Milonga* (this term; Maria is registered). The
category's price rule (1 000 kr, membership type "Medlemskap" 100 kr), its discount
"registered on another course the same term −200 kr" and Fortsättare's cancellation terms
(full refund less an administrative fee of 200 kr, as credit). Maria is a member, Anders is
not: on the follow-up link Maria sees 1 000 − 200 = 800 kr, Anders 1 000 + 100 = 1 100 kr.

Rows are added to the generated ones (:meth:`DemoData.add`) without random draws, so the
rest of the demo and the benchmarks' sizes stay as they are.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import partial
from typing import Any

from models.booking import PriceScope
from models.courses import FormElementKind, RegistrationStatus, RoundStatus
from models.ids import derived_id
from models.pricing import Condition, RefundAs, Stacking
from server.demo.generate import DemoData

CATEGORY = "Tango"
KR = 100
#: (key, code, name) of the club's courses.
COURSES = (
    ("beginners", "TA1", "Tango Nybörjare"),
    ("follow_up", "TA2", "Tango Fortsättare"),
    ("milonga", "TA3", "Milonga"),
)
#: (first name, last name, address) of the two dancers of the seed.
MARIA = ("Maria", "Lind", "maria.lind@tangoklubben.example")
ANDERS = ("Anders", "Berg", "anders.berg@tangoklubben.example")


def _term(day: date) -> str:
    return f"{'VT' if day.month <= 6 else 'HT'}{day.year}"


def _term_before(term: str) -> str:
    year = int(term[2:])
    return f"HT{year - 1}" if term.startswith("VT") else f"VT{year}"


def add_tango_club(data: DemoData, *, today: date) -> None:
    """Add the tango club's rules, courses, rounds, forms, dancers and registrations to
    ``data`` (the module's docstring says what)."""
    now = datetime.combine(today, time(9, 0), UTC)
    add = partial(data.add, updated_at=now)

    def key(*parts: str) -> str:
        return derived_id(data.tenant_id, "tango", *parts)

    course = {k: key("course", k) for k, _, _ in COURSES}
    for k, code, name in COURSES:
        add("course", id=course[k], code=code, name=name, category=CATEGORY)
    add(
        "course_prerequisite",
        id=key("prerequisite"),
        course_id=course["follow_up"],
        required_course_id=course["beginners"],
    )

    this_term = today + timedelta(days=30)

    term = _term(this_term)

    def a_round(
        k: str, name: str, starts: date, ends: date, round_term: str = term, **more: Any
    ) -> str:
        row_id = key("round", k)
        add(
            "course_round",
            id=row_id,
            course_id=course[k],
            name=name,
            term=round_term,
            starts_on=starts,
            ends_on=ends,
            place="Tangoklubben, Danslokalen",
            seats=20,
            terms_text="Anmälan är bindande; avbokning sker enligt avbokningsvillkoren.",
            terms_version="1",
            **more,
        )
        return row_id

    ended = a_round(
        "beginners",
        "Tango Nybörjare, tisdagar",
        today - timedelta(days=130),
        today - timedelta(days=10),
        status=RoundStatus.CLOSED.value,
        round_term=_term_before(term),
    )
    onsdagar = a_round(
        "follow_up",
        "Onsdagar",
        this_term,
        this_term + timedelta(days=90),
        status=RoundStatus.OPEN.value,
        partner_course=True,
    )
    milonga = a_round(
        "milonga",
        "Milonga, torsdagar",
        this_term + timedelta(days=1),
        this_term + timedelta(days=91),
        status=RoundStatus.OPEN.value,
    )
    for round_id, heading in ((onsdagar, "Tango Fortsättare"), (milonga, "Milonga")):
        form_id = key("form", round_id)
        add("signup_form", id=form_id, round_id=round_id, heading=heading, published=True)
        for position, (kind, label) in enumerate(
            (
                (FormElementKind.FIRST_NAME, "Förnamn"),
                (FormElementKind.LAST_NAME, "Efternamn"),
                (FormElementKind.EMAIL, "E-postadress"),
            )
        ):
            add(
                "form_element",
                id=key("element", form_id, str(position)),
                form_id=form_id,
                kind=kind.value,
                label=label,
                required=True,
                position=position,
            )
    add(
        "cancellation_policy",
        id=key("policy", onsdagar),
        round_id=onsdagar,
        fee_refund_until=this_term - timedelta(days=1),
        admin_fee=200 * KR,
        refund_as=RefundAs.CREDIT.value,
    )

    membership = key("membership_type")
    add("membership_type", id=membership, name="Medlemskap", fee=100 * KR)
    add(
        "price_rule",
        id=key("price_rule"),
        scope_kind=PriceScope.CATEGORY.value,
        scope_id=CATEGORY,
        base_price=1000 * KR,
        membership_type_id=membership,
    )
    add(
        "discount_rule",
        id=key("discount_rule"),
        scope_kind=PriceScope.CATEGORY.value,
        scope_id=CATEGORY,
        name="Anmäld till en annan kurs samma termin",
        condition=Condition.OTHER_COURSE_SAME_TERM.value,
        amount=200 * KR,
        stacking=Stacking.STACKS.value,
    )

    people: dict[str, str] = {}
    for first, last, address in (MARIA, ANDERS):
        person_id = key("person", first)
        add("person", id=person_id, first_name=first, last_name=last, created_at=now)
        add(
            "person_email",
            id=key("email", first),
            person_id=person_id,
            address=address,
            is_primary=True,
        )
        people[first] = person_id
    maria, anders = people["Maria"], people["Anders"]
    add(
        "person_membership",
        id=key("person_membership", maria),
        person_id=maria,
        membership_type_id=membership,
        since=today - timedelta(days=400),
    )

    def register(round_id: str, person_id: str, partner_id: str | None = None) -> None:
        add(
            "registration",
            id=key("registration", round_id, person_id),
            round_id=round_id,
            participant_id=person_id,
            partner_id=partner_id,
            status=RegistrationStatus.REGISTERED.value,
            created_at=now - timedelta(days=150),
        )

    register(ended, maria, anders)
    register(ended, anders, maria)
    register(milonga, maria)
