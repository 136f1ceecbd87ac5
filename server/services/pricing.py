"""Pricing a sign-up on the server (issue 17): the round's rules, the person's facts and
the ledger's credit balance, priced by :mod:`models.pricing`.

:func:`quote` is what a sign-up page shows before the person confirms, and what the
booking stores as lines when they do: the same function, so the person pays what they
were shown. It reads; it writes nothing.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.booking import price_list_for, signup_facts
from models.courses import Course, CourseRound
from models.errors import NotFoundError
from models.pricing import Breakdown, price
from server.services.ledger import balance_of


def quote(
    session: Session, *, tenant_id: str, person_id: str, round_id: str, today: date
) -> Breakdown:
    """The price of ``person_id`` signing up for ``round_id`` on ``today``, line by line
    (their credit balance used first)."""
    # The round with its course, in one query (the price list asks for the course).
    found = session.execute(
        select(CourseRound, Course)
        .join(Course, Course.id == CourseRound.course_id)
        .where(
            CourseRound.id == round_id,
            CourseRound.tenant_id == tenant_id,
            CourseRound.deleted_at.is_(None),
        )
    ).first()
    if found is None:
        raise NotFoundError(f"Course round {round_id} was not found")
    round_ = found[0]
    credit = balance_of(session, tenant_id, person_id).credit
    facts = signup_facts(session, tenant_id, person_id, round_, today=today, credit_balance=credit)
    return price(price_list_for(session, tenant_id, round_), facts)
