"""What a tenant offers (issue 17): the open rounds of its public catalogue
(``/catalogue/{slug}``) and of a person's booking page (``/book/{token}``).

A round is offered while it is open (status open, not ended) and has a published sign-up
form: the form is the staff's "sign-up is open" for the public, and the catalogue links
to it. Each comes with its seats left and its base price (the price list's, before any
person's discounts or fees).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from models.booking import price_list_for
from models.courses import (
    SEAT_HOLDING,
    Course,
    CourseRound,
    Registration,
    RoundStatus,
    SignupForm,
)
from models.prerequisites import CoursePrerequisite, completed_courses
from models.tenancy import Tenant

#: The longest tenant slug an address is looked up by.
MAX_SLUG_LENGTH = 64
#: The longest category looked for (a course's category is at most 100 characters).
MAX_CATEGORY_LENGTH = 100


@dataclass(frozen=True)
class OpenRound:
    """One round on offer."""

    round: CourseRound
    course: Course
    #: Its published sign-up form (the catalogue's "Sign up" link).
    form_id: str
    #: Seats not held by a registration; None: the round has no seat limit.
    seats_left: int | None
    #: The price list's base price in öre (0: free of charge).
    base_price: int

    @property
    def category(self) -> str:
        return self.course.category


def plausible(value: str, longest: int) -> bool:
    """Whether ``value`` from an address (anything may come) can name a row: printable,
    not empty, at most ``longest`` characters (a NUL would not even reach PostgreSQL)."""
    return 0 < len(value) <= longest and value.isprintable()


def tenant_of_slug(session: Session, slug: str) -> Tenant | None:
    """The tenant whose public pages live under ``slug`` (None: none)."""
    if not plausible(slug, MAX_SLUG_LENGTH):
        return None
    return session.scalar(select(Tenant).where(Tenant.slug == slug.strip().lower()))


def open_rounds(
    session: Session,
    tenant_id: str,
    *,
    today: date,
    category: str | None = None,
    round_ids: Collection[str] | None = None,
) -> list[OpenRound]:
    """The tenant's rounds on offer ``today`` (only of ``category``, or only ``round_ids``,
    when given), by category, course name and start day."""
    if category is not None and not plausible(category, MAX_CATEGORY_LENGTH):
        return []
    query = (
        select(CourseRound, Course, SignupForm.id)
        .join(Course, Course.id == CourseRound.course_id)
        .join(SignupForm, SignupForm.round_id == CourseRound.id)
        .where(
            CourseRound.tenant_id == tenant_id,
            CourseRound.deleted_at.is_(None),
            CourseRound.status == RoundStatus.OPEN,
            or_(CourseRound.ends_on.is_(None), CourseRound.ends_on >= today),
            Course.deleted_at.is_(None),
            SignupForm.deleted_at.is_(None),
            SignupForm.published.is_(True),
        )
        .order_by(
            Course.category, Course.name, CourseRound.starts_on, CourseRound.name, SignupForm.id
        )
    )
    if category is not None:
        query = query.where(Course.category == category)
    if round_ids is not None:
        query = query.where(CourseRound.id.in_(list(round_ids)))
    found: dict[str, tuple[CourseRound, Course, str]] = {}
    for round_, course, form_id in session.execute(query):
        found.setdefault(round_.id, (round_, course, form_id))  # a round's first form
    taken: dict[str, int] = {
        round_id: count
        for round_id, count in session.execute(
            select(Registration.round_id, func.count())
            .where(
                Registration.round_id.in_(list(found)),
                Registration.status.in_(SEAT_HOLDING),
                Registration.deleted_at.is_(None),
            )
            .group_by(Registration.round_id)
        )
    }
    return [
        OpenRound(
            round=round_,
            course=course,
            form_id=form_id,
            seats_left=max(0, round_.seats - taken.get(round_.id, 0)) if round_.seats else None,
            base_price=price_list_for(session, tenant_id, round_).base_price,
        )
        for round_, course, form_id in found.values()
    ]


def by_category(rounds: list[OpenRound]) -> list[tuple[str, list[OpenRound]]]:
    """``rounds`` grouped by their course's category, in their order."""
    groups: dict[str, list[OpenRound]] = {}
    for offered in rounds:
        groups.setdefault(offered.category, []).append(offered)
    return list(groups.items())


def follow_up_course_ids(
    session: Session, tenant_id: str, person_id: str, *, today: date
) -> set[str]:
    """The courses that follow what the person has done: those requiring a course the
    person completed or had their level approved for (:mod:`models.prerequisites`)."""
    needs = session.execute(
        select(CoursePrerequisite.course_id, CoursePrerequisite.required_course_id).where(
            CoursePrerequisite.tenant_id == tenant_id,
            CoursePrerequisite.deleted_at.is_(None),
        )
    ).all()
    done = completed_courses(
        session, tenant_id, person_id, sorted({required for _c, required in needs}), today=today
    )
    return {course_id for course_id, required in needs if required in done}
