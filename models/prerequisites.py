"""What a booking checks before it gives a place (issue 17; seed 003): a course's levels
(the courses it requires) and the person's fees.

* A **prerequisite** (:class:`CoursePrerequisite`) names a course another course
  requires; a course may require several, and all must be met.
* A required course is met when the person completed a round of it (a live, REGISTERED
  registration on a round that ended before today — or, with no end day, started
  before today) or a leader's **level approval** (:class:`LevelApproval`) for that
  course is recorded on the person.
* **Overdue fees**: what the person was charged more than the payment days ago and has
  not paid (the server's ledger sums it, ``server.services.ledger.overdue_of``).

:func:`check` gives the reasons a sign-up waits for staff's review (none: it may be
booked); the booking then holds the registration in ``RegistrationStatus.REVIEW`` with
the reasons as JSON (:meth:`Reason.to_json`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Date, ForeignKey, String, Text, or_, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base
from models.courses import Course, CourseRound, Registration, RegistrationStatus, courses_taken
from models.organisations import ArchivedByTombstone

#: Days a charge may stay unpaid before it is overdue.
PAYMENT_DAYS = 30


class ReasonCode:
    """The codes of :class:`Reason` (the desktop and the pages translate them)."""

    LEVEL_MISSING = "level_missing"
    OVERDUE_FEES = "overdue_fees"


class CoursePrerequisite(ArchivedByTombstone, Base):
    """``course_id`` requires ``required_course_id`` completed (or approved)."""

    __tablename__ = "course_prerequisite"

    course_id: Mapped[str] = mapped_column(ForeignKey("course.id"), index=True)
    required_course_id: Mapped[str] = mapped_column(ForeignKey("course.id"))


class LevelApproval(ArchivedByTombstone, Base):
    """A leader's approval of a person's level: counts as ``course_id`` completed."""

    __tablename__ = "level_approval"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    course_id: Mapped[str] = mapped_column(ForeignKey("course.id"))
    approved_on: Mapped[date] = mapped_column(Date)
    #: The leader's name, as given.
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


@dataclass(frozen=True)
class Reason:
    """Why a sign-up waits for review: a code and its values (shown to the person and in
    the desktop's review list, translated there)."""

    code: str
    values: Mapping[str, object] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        return {"code": self.code, "values": dict(self.values)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Reason:
        return cls(str(data.get("code", "")), dict(data.get("values") or {}))


def completed_courses(
    session: Session, tenant_id: str, person_id: str, course_ids: list[str], *, today: date
) -> set[str]:
    """Those of ``course_ids`` the person completed by ``today`` or has a level approval
    for (the module's docstring)."""
    if not course_ids:
        return set()
    ended = or_(
        CourseRound.ends_on < today,
        CourseRound.ends_on.is_(None) & (CourseRound.starts_on < today),
    )
    taken = session.scalars(
        courses_taken(
            tenant_id,
            person_id,
            Registration.status == RegistrationStatus.REGISTERED,
            CourseRound.deleted_at.is_(None),
            CourseRound.course_id.in_(course_ids),
            ended,
        )
    )
    approved = session.scalars(
        select(LevelApproval.course_id).where(
            LevelApproval.tenant_id == tenant_id,
            LevelApproval.person_id == person_id,
            LevelApproval.deleted_at.is_(None),
            LevelApproval.course_id.in_(course_ids),
        )
    )
    return set(taken) | set(approved)


def required_courses(session: Session, tenant_id: str, course_id: str) -> list[Course]:
    """The live courses ``course_id`` requires, by name."""
    return list(
        session.scalars(
            select(Course)
            .join(CoursePrerequisite, CoursePrerequisite.required_course_id == Course.id)
            .where(
                CoursePrerequisite.tenant_id == tenant_id,
                CoursePrerequisite.course_id == course_id,
                CoursePrerequisite.deleted_at.is_(None),
                Course.deleted_at.is_(None),
            )
            .order_by(Course.name, Course.id)
        ).unique()
    )


def missing_levels(
    session: Session, tenant_id: str, person_id: str, course_id: str, *, today: date
) -> list[Reason]:
    """A ``level_missing`` reason per course ``course_id`` requires that the person has
    neither completed nor been approved for (by the required course's name)."""
    required = required_courses(session, tenant_id, course_id)
    met = completed_courses(session, tenant_id, person_id, [c.id for c in required], today=today)
    return [
        Reason(ReasonCode.LEVEL_MISSING, {"course": c.name}) for c in required if c.id not in met
    ]


def check(
    session: Session,
    tenant_id: str,
    person_id: str,
    round_: CourseRound,
    *,
    today: date,
    overdue: int,
) -> list[Reason]:
    """Why ``person_id`` signing up for ``round_`` today waits for review (empty: it
    does not): the levels missing, then ``overdue`` öre of fees overdue (the server's
    ``overdue_of``) when any."""
    reasons = missing_levels(session, tenant_id, person_id, round_.course_id, today=today)
    if overdue > 0:
        reasons.append(Reason(ReasonCode.OVERDUE_FEES, {"amount": overdue}))
    return reasons
