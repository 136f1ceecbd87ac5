"""What a booking checks (models/prerequisites.py, issue 17): a course's levels met by a
completed round or a leader's approval, and overdue fees, as reasons a sign-up waits for
review — on a real SQLite file."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from models.courses import Course, CourseRound, Registration, RegistrationStatus
from models.ids import new_id, utcnow
from models.prerequisites import (
    CoursePrerequisite,
    LevelApproval,
    Reason,
    check,
    missing_levels,
)
from tests import factories as f

TODAY = date(2027, 1, 5)


def _course(session: Session, tenant_id: str, name: str) -> Course:
    course = Course(id=new_id(), tenant_id=tenant_id, code=name[:6], name=name, category="Tango")
    session.add(course)
    session.flush()
    return course


def _round(
    session: Session,
    tenant_id: str,
    course: Course,
    starts_on: date | None,
    ends_on: date | None,
) -> CourseRound:
    round_ = CourseRound(
        id=new_id(),
        tenant_id=tenant_id,
        course_id=course.id,
        name=f"{course.name} round",
        starts_on=starts_on,
        ends_on=ends_on,
    )
    session.add(round_)
    session.flush()
    return round_


def _register(
    session: Session,
    tenant_id: str,
    round_: CourseRound,
    person_id: str,
    status: RegistrationStatus = RegistrationStatus.REGISTERED,
) -> Registration:
    reg = Registration(
        id=new_id(),
        tenant_id=tenant_id,
        round_id=round_.id,
        participant_id=person_id,
        status=status,
    )
    session.add(reg)
    session.flush()
    return reg


def _requires(session: Session, tenant_id: str, course: Course, *required: Course) -> None:
    for r in required:
        session.add(
            CoursePrerequisite(
                id=new_id(), tenant_id=tenant_id, course_id=course.id, required_course_id=r.id
            )
        )
    session.flush()


def _missing(session: Session, tenant_id: str, person_id: str, course: Course) -> list[str]:
    reasons = missing_levels(session, tenant_id, person_id, course.id, today=TODAY)
    assert all(r.code == "level_missing" for r in reasons)
    return [str(r.values["course"]) for r in reasons]


def test_a_completed_round_meets_the_level_and_the_seed_walk_passes(session: Session) -> None:
    t = f.tenant(session)
    nyborjare = _course(session, t.id, "Tango Nybörjare")
    fortsattare = _course(session, t.id, "Tango Fortsättare")
    _requires(session, t.id, fortsattare, nyborjare)
    last_term = _round(session, t.id, nyborjare, date(2026, 9, 1), date(2026, 12, 1))
    onsdagar = _round(session, t.id, fortsattare, date(2027, 1, 20), date(2027, 5, 1))
    maria = f.person(session, t.id, "Maria", "Ek")
    anders = f.person(session, t.id, "Anders", "Berg")
    newcomer = f.person(session, t.id, "Nils", "Ny")
    _register(session, t.id, last_term, maria.id)
    _register(session, t.id, last_term, anders.id)

    assert check(session, t.id, maria.id, onsdagar, today=TODAY, overdue=0) == []
    assert check(session, t.id, anders.id, onsdagar, today=TODAY, overdue=0) == []
    assert check(session, t.id, newcomer.id, onsdagar, today=TODAY, overdue=0) == [
        Reason("level_missing", {"course": "Tango Nybörjare"})
    ]
    # A course without prerequisites needs nothing.
    assert check(session, t.id, newcomer.id, last_term, today=TODAY, overdue=0) == []


def test_every_required_course_must_be_met(session: Session) -> None:
    t = f.tenant(session)
    bas, vals, avancerad = (_course(session, t.id, n) for n in ("Bas", "Vals", "Avancerad"))
    _requires(session, t.id, avancerad, vals, bas)
    person = f.person(session, t.id)

    assert _missing(session, t.id, person.id, avancerad) == ["Bas", "Vals"]  # by name
    _register(
        session, t.id, _round(session, t.id, bas, date(2026, 1, 1), date(2026, 3, 1)), person.id
    )
    assert _missing(session, t.id, person.id, avancerad) == ["Vals"]


def test_only_a_registered_round_that_ended_before_today_completes_a_course(
    session: Session,
) -> None:
    t = f.tenant(session)
    bas = _course(session, t.id, "Bas")
    next_ = _course(session, t.id, "Nästa")
    _requires(session, t.id, next_, bas)
    cases = {
        "ends today": (date(2026, 11, 1), TODAY, RegistrationStatus.REGISTERED),
        "running": (date(2026, 11, 1), date(2027, 2, 1), RegistrationStatus.REGISTERED),
        "future, no end": (date(2027, 2, 1), None, RegistrationStatus.REGISTERED),
        "starts today, no end": (TODAY, None, RegistrationStatus.REGISTERED),
        "no dates": (None, None, RegistrationStatus.REGISTERED),
        "cancelled": (date(2026, 9, 1), date(2026, 12, 1), RegistrationStatus.CANCELLED),
        "waiting": (date(2026, 9, 1), date(2026, 12, 1), RegistrationStatus.WAITING),
        "offered": (date(2026, 9, 1), date(2026, 12, 1), RegistrationStatus.OFFERED),
        "in review": (date(2026, 9, 1), date(2026, 12, 1), RegistrationStatus.REVIEW),
    }
    for starts, ends, status in cases.values():
        person = f.person(session, t.id)
        _register(session, t.id, _round(session, t.id, bas, starts, ends), person.id, status)
        assert _missing(session, t.id, person.id, next_) == ["Bas"]

    ended = f.person(session, t.id)
    _register(session, t.id, _round(session, t.id, bas, date(2026, 9, 1), None), ended.id)
    assert _missing(session, t.id, ended.id, next_) == []  # no end day, started before

    deleted = f.person(session, t.id)
    reg = _register(
        session, t.id, _round(session, t.id, bas, date(2026, 9, 1), date(2026, 12, 1)), deleted.id
    )
    reg.deleted_at = utcnow()
    session.flush()
    assert _missing(session, t.id, deleted.id, next_) == ["Bas"]


def test_a_live_level_approval_counts_as_the_course_completed(session: Session) -> None:
    t = f.tenant(session)
    bas = _course(session, t.id, "Bas")
    next_ = _course(session, t.id, "Nästa")
    _requires(session, t.id, next_, bas)
    person = f.person(session, t.id)
    approval = LevelApproval(
        id=new_id(),
        tenant_id=t.id,
        person_id=person.id,
        course_id=bas.id,
        approved_on=date(2026, 12, 1),
        approved_by="Lena Ledare",
    )
    session.add(approval)
    session.flush()
    assert _missing(session, t.id, person.id, next_) == []
    # Someone else's approval is not theirs.
    assert _missing(session, t.id, f.person(session, t.id).id, next_) == ["Bas"]

    approval.archived = True  # removed
    session.flush()
    assert _missing(session, t.id, person.id, next_) == ["Bas"]


def test_a_removed_prerequisite_or_another_tenants_rows_count_nowhere(session: Session) -> None:
    t, other = f.tenant(session), f.tenant(session, "t2")
    bas = _course(session, t.id, "Bas")
    next_ = _course(session, t.id, "Nästa")
    _requires(session, t.id, next_, bas)
    person = f.person(session, t.id)
    # Another tenant's approval and registration for the same ids do not count.
    session.add(
        LevelApproval(
            id=new_id(),
            tenant_id=other.id,
            person_id=person.id,
            course_id=bas.id,
            approved_on=date(2026, 1, 1),
        )
    )
    round_ = _round(session, t.id, bas, date(2026, 1, 1), date(2026, 2, 1))
    session.add(
        Registration(id=new_id(), tenant_id=other.id, round_id=round_.id, participant_id=person.id)
    )
    session.flush()
    assert _missing(session, t.id, person.id, next_) == ["Bas"]
    # Another tenant's prerequisite on these ids requires nothing here.
    assert _missing(session, other.id, person.id, next_) == []

    prerequisite = session.query(CoursePrerequisite).one()
    prerequisite.archived = True
    session.flush()
    assert _missing(session, t.id, person.id, next_) == []


def test_overdue_fees_are_a_reason_after_the_levels(session: Session) -> None:
    t = f.tenant(session)
    bas = _course(session, t.id, "Bas")
    next_ = _course(session, t.id, "Nästa")
    _requires(session, t.id, next_, bas)
    round_ = _round(session, t.id, next_, date(2027, 1, 20), None)
    person = f.person(session, t.id)

    reasons = check(session, t.id, person.id, round_, today=TODAY, overdue=45_000)

    assert reasons == [
        Reason("level_missing", {"course": "Bas"}),
        Reason("overdue_fees", {"amount": 45_000}),
    ]
    assert [r.to_json() for r in reasons] == [
        {"code": "level_missing", "values": {"course": "Bas"}},
        {"code": "overdue_fees", "values": {"amount": 45_000}},
    ]
    assert [Reason.from_json(r.to_json()) for r in reasons] == reasons


def test_review_reasons_are_stored_on_the_registration_as_json(session: Session) -> None:
    t = f.tenant(session)
    round_ = _round(session, t.id, _course(session, t.id, "Bas"), None, None)
    person = f.person(session, t.id)
    partner = f.person(session, t.id, "Anders", "Berg")
    reg = _register(session, t.id, round_, person.id, RegistrationStatus.REVIEW)
    assert reg.review_reasons == [] and reg.partner_id is None and not round_.partner_course
    reg.review_reasons = [Reason("overdue_fees", {"amount": 100}).to_json()]
    reg.partner_id = partner.id
    round_.partner_course = True
    session.commit()
    session.expire_all()

    stored = session.get(Registration, reg.id)
    assert stored is not None
    assert stored.review_reasons == [{"code": "overdue_fees", "values": {"amount": 100}}]
    assert stored.partner_id == partner.id
    assert stored.status == RegistrationStatus.REVIEW and not stored.holds_seat
    assert session.get(CourseRound, round_.id).partner_course is True  # type: ignore[union-attr]
