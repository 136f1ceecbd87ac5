"""The commands of the booking's checks (models/commands/booking.py, models/commands/courses.py;
issue 17): courses' prerequisites and people's level approvals kept by staff, a round made a
partner course, and sign-ups held for review accepted (a place or the waiting list, the
charge posted then) or declined — applied on a real SQLite file, refused with their field,
their roles and another tenant's rows."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.booking import signup_facts
from models.commands import Effect, Outcome, build
from models.courses import Course, CourseRound, Registration, RegistrationStatus, RoundStatus
from models.errors import NotFoundError, PermissionDenied, TransitionError, ValidationError
from models.ids import new_id
from models.people import Activity
from models.prerequisites import CoursePrerequisite, LevelApproval, missing_levels
from models.tenancy import Role
from tests import factories as f

TODAY = date(2027, 1, 5)


def run(session: Session, name: str, args: dict[str, Any], tenant_id: str, *roles: str) -> Outcome:
    actor = f.actor(tenant_id, *(roles or [Role.COURSE_ADMIN]))
    return build(name, 1, args, id=new_id()).apply(session, actor)


def _course(session: Session, tenant_id: str, name: str) -> Course:
    course = Course(id=new_id(), tenant_id=tenant_id, code=name[:6], name=name)
    session.add(course)
    session.flush()
    return course


def _round(session: Session, tenant_id: str, course: Course, seats: int = 0) -> CourseRound:
    round_ = CourseRound(
        id=new_id(),
        tenant_id=tenant_id,
        course_id=course.id,
        name=f"{course.name} Onsdagar",
        term="VT2027",
        starts_on=date(2027, 1, 20),
        seats=seats,
    )
    session.add(round_)
    session.flush()
    return round_


def _reg(
    session: Session, tenant_id: str, round_: CourseRound, status: RegistrationStatus
) -> Registration:
    person = f.person(session, tenant_id, "Maria", "Ek")
    reg = Registration(
        id=new_id(),
        tenant_id=tenant_id,
        round_id=round_.id,
        participant_id=person.id,
        status=status,
        review_reasons=[{"code": "level_missing", "values": {"course": "Tango Nybörjare"}}],
    )
    session.add(reg)
    session.flush()
    return reg


def _add(session: Session, tenant_id: str, course: Course, required: Course) -> str:
    prerequisite_id = new_id()
    run(
        session,
        "prerequisite.add",
        {
            "prerequisite_id": prerequisite_id,
            "course_id": course.id,
            "required_course_id": required.id,
        },
        tenant_id,
    )
    return prerequisite_id


def _archived(row_id: str, name: str, new: bool) -> dict[str, Any]:
    return {name: row_id, "changes": {"archived": {"old": not new, "new": new}}}


def test_a_prerequisite_is_added_removed_and_put_back(session: Session) -> None:
    t = f.tenant(session)
    nyborjare = _course(session, t.id, "Tango Nybörjare")
    fortsattare = _course(session, t.id, "Tango Fortsättare")
    person = f.person(session, t.id)

    prerequisite_id = _add(session, t.id, fortsattare, nyborjare)

    row = session.get(CoursePrerequisite, prerequisite_id)
    assert row is not None and row.tenant_id == t.id
    assert (row.course_id, row.required_course_id) == (fortsattare.id, nyborjare.id)
    assert missing_levels(session, t.id, person.id, fortsattare.id, today=TODAY) != []

    run(session, "prerequisite.remove", _archived(prerequisite_id, "prerequisite_id", True), t.id)
    assert row.archived
    assert missing_levels(session, t.id, person.id, fortsattare.id, today=TODAY) == []

    # Undo: put back.
    run(session, "prerequisite.remove", _archived(prerequisite_id, "prerequisite_id", False), t.id)
    assert not row.archived


def test_a_prerequisite_is_refused_with_its_field(session: Session) -> None:
    t = f.tenant(session)
    a, b, c = (_course(session, t.id, n) for n in ("A", "B", "C"))
    _add(session, t.id, b, a)
    _add(session, t.id, c, b)

    for course, required, says, params in (
        (a, a, "A course cannot require itself", {}),
        # C requires B, which requires A.
        (
            a,
            c,
            "C already requires A, directly or through other courses",
            {"course": "A", "required": "C"},
        ),
        (c, b, "C already requires B", {"course": "C", "required": "B"}),
    ):
        with pytest.raises(ValidationError) as refused:
            _add(session, t.id, course, required)
        assert refused.value.field == "required_course_id"
        assert refused.value.code == "invalid"
        assert refused.value.message == says
        assert refused.value.params == params
    session.rollback()


def test_putting_back_a_removed_prerequisite_held_again_is_refused(session: Session) -> None:
    t = f.tenant(session)
    a, b = _course(session, t.id, "A"), _course(session, t.id, "B")
    first = _add(session, t.id, b, a)
    run(session, "prerequisite.remove", _archived(first, "prerequisite_id", True), t.id)
    _add(session, t.id, b, a)  # added again meanwhile

    with pytest.raises(ValidationError, match="B already requires A"):
        run(session, "prerequisite.remove", _archived(first, "prerequisite_id", False), t.id)
    session.rollback()


def test_a_level_approval_is_recorded_and_removed(session: Session) -> None:
    t = f.tenant(session)
    nyborjare = _course(session, t.id, "Tango Nybörjare")
    fortsattare = _course(session, t.id, "Tango Fortsättare")
    _add(session, t.id, fortsattare, nyborjare)
    person = f.person(session, t.id)
    approval_id = new_id()

    run(
        session,
        "level_approval.add",
        {
            "level_approval_id": approval_id,
            "person_id": person.id,
            "course_id": nyborjare.id,
            "approved_on": "2026-12-10",
            "approved_by": " Lena Ledare ",
            "note": "Dansade\nhela hösten",
        },
        t.id,
    )

    row = session.get(LevelApproval, approval_id)
    assert row is not None
    assert (row.person_id, row.course_id, row.approved_on) == (
        person.id,
        nyborjare.id,
        date(2026, 12, 10),
    )
    assert (row.approved_by, row.note) == ("Lena Ledare", "Dansade\nhela hösten")
    assert missing_levels(session, t.id, person.id, fortsattare.id, today=TODAY) == []

    run(session, "level_approval.remove", _archived(approval_id, "level_approval_id", True), t.id)
    assert row.archived
    assert len(missing_levels(session, t.id, person.id, fortsattare.id, today=TODAY)) == 1


def test_a_level_approvals_fields_are_checked(session: Session) -> None:
    t = f.tenant(session)
    course = _course(session, t.id, "Bas")
    person = f.person(session, t.id)
    base = {"person_id": person.id, "course_id": course.id, "approved_on": "2026-12-10"}
    for bad in ({"approved_on": "tomorrow"}, {"approved_by": "x" * 201}, {"approved_on": None}):
        with pytest.raises(ValidationError) as refused:
            run(session, "level_approval.add", {"level_approval_id": new_id(), **base, **bad}, t.id)
        assert refused.value.field is not None and next(iter(bad)) in refused.value.field


@pytest.mark.parametrize(
    ("name", "args"),
    [
        (
            "prerequisite.add",
            {"prerequisite_id": "new", "course_id": "c", "required_course_id": "r"},
        ),
        ("prerequisite.remove", {"prerequisite_id": "p", "changes": {"archived": {"new": True}}}),
        (
            "level_approval.add",
            {
                "level_approval_id": "n",
                "person_id": "p",
                "course_id": "c",
                "approved_on": "2027-01-01",
            },
        ),
        (
            "level_approval.remove",
            {"level_approval_id": "l", "changes": {"archived": {"new": True}}},
        ),
        ("registration.review_accept", {"registration_id": "r"}),
        ("registration.review_decline", {"registration_id": "r"}),
    ],
)
@pytest.mark.parametrize("role", [Role.VIEWER, Role.ALUMNI_OFFICER])
def test_only_course_staff_keep_levels_and_reviews(
    session: Session, name: str, args: dict[str, Any], role: str
) -> None:
    t = f.tenant(session)
    with pytest.raises(PermissionDenied):
        run(session, name, args, t.id, role)


def test_another_tenants_courses_people_and_registrations_are_not_found(session: Session) -> None:
    t, other = f.tenant(session), f.tenant(session, "t2")
    mine = _course(session, t.id, "Mine")
    theirs = _course(session, other.id, "Theirs")
    their_person = f.person(session, other.id)
    their_reg = _reg(
        session, other.id, _round(session, other.id, theirs), RegistrationStatus.REVIEW
    )
    their_prerequisite = _add(session, other.id, theirs, _course(session, other.id, "Bas"))
    session.commit()

    refused = [
        ("prerequisite.add", {"course_id": mine.id, "required_course_id": theirs.id}),
        ("prerequisite.add", {"course_id": theirs.id, "required_course_id": mine.id}),
        (
            "level_approval.add",
            {"person_id": their_person.id, "course_id": mine.id, "approved_on": "2027-01-01"},
        ),
        ("registration.review_accept", {"registration_id": their_reg.id}),
        ("registration.review_decline", {"registration_id": their_reg.id}),
        ("prerequisite.remove", _archived(their_prerequisite, "prerequisite_id", True)),
    ]
    for name, args in refused:
        if name == "prerequisite.add":
            args = {"prerequisite_id": new_id(), **args}
        elif name == "level_approval.add":
            args = {"level_approval_id": new_id(), **args}
        with pytest.raises(NotFoundError):
            run(session, name, args, t.id)
    session.rollback()
    assert session.get(Registration, their_reg.id).status == RegistrationStatus.REVIEW  # type: ignore[union-attr]
    assert not session.get(CoursePrerequisite, their_prerequisite).archived  # type: ignore[union-attr]


def test_a_round_is_made_a_partner_course(session: Session) -> None:
    t = f.tenant(session)
    course = _course(session, t.id, "Tango Fortsättare")
    round_ = _round(session, t.id, course)
    change = {"partner_course": {"old": False, "new": True}}

    run(session, "round.edit", {"round_id": round_.id, "changes": change}, t.id)

    assert round_.partner_course is True
    made = new_id()
    run(
        session,
        "round.create",
        {"round_id": made, "course_id": course.id, "name": "Torsdagar", "partner_course": True},
        t.id,
    )
    assert session.get(CourseRound, made).partner_course is True  # type: ignore[union-attr]
    with pytest.raises(ValidationError):
        bad = {"partner_course": {"old": True, "new": "maybe"}}
        run(session, "round.edit", {"round_id": round_.id, "changes": bad}, t.id)


def test_accepting_a_review_gives_a_free_seat_and_posts_the_charge(session: Session) -> None:
    t = f.tenant(session)
    round_ = _round(session, t.id, _course(session, t.id, "Tango Fortsättare"), seats=2)
    _reg(session, t.id, round_, RegistrationStatus.REGISTERED)
    reg = _reg(session, t.id, round_, RegistrationStatus.REVIEW)

    outcome = run(session, "registration.review_accept", {"registration_id": reg.id}, t.id)

    assert reg.status == RegistrationStatus.REGISTERED and reg.holds_seat
    assert outcome.effects == [Effect("booking.charge", {"registration_id": reg.id})]
    # Its reasons stay the record of why it waited.
    assert reg.review_reasons[0]["code"] == "level_missing"

    with pytest.raises(TransitionError, match="does not wait for review"):
        run(session, "registration.review_accept", {"registration_id": reg.id}, t.id)
    session.rollback()


def test_accepting_a_review_on_a_full_round_puts_it_on_the_waiting_list(session: Session) -> None:
    t = f.tenant(session)
    round_ = _round(session, t.id, _course(session, t.id, "Tango Fortsättare"), seats=1)
    _reg(session, t.id, round_, RegistrationStatus.REGISTERED)
    reg = _reg(session, t.id, round_, RegistrationStatus.REVIEW)

    outcome = run(session, "registration.review_accept", {"registration_id": reg.id}, t.id)

    assert reg.status == RegistrationStatus.WAITING
    # No place, nothing owed: charged when it gets one (registration.from_waiting_list).
    assert outcome.effects == []


def test_a_review_on_a_cancelled_round_is_not_accepted(session: Session) -> None:
    t = f.tenant(session)
    round_ = _round(session, t.id, _course(session, t.id, "Tango Fortsättare"))
    reg = _reg(session, t.id, round_, RegistrationStatus.REVIEW)
    round_.status = RoundStatus.CANCELLED
    session.commit()

    with pytest.raises(ValidationError, match="Tango Fortsättare Onsdagar is cancelled"):
        run(session, "registration.review_accept", {"registration_id": reg.id}, t.id)
    session.rollback()
    assert session.get(Registration, reg.id).status == RegistrationStatus.REVIEW  # type: ignore[union-attr]
    run(session, "registration.review_decline", {"registration_id": reg.id}, t.id)
    assert reg.status == RegistrationStatus.CANCELLED


def test_a_review_holds_no_seat_nor_a_place_on_the_waiting_list(session: Session) -> None:
    t = f.tenant(session)
    round_ = _round(session, t.id, _course(session, t.id, "Tango Fortsättare"), seats=1)
    in_review = _reg(session, t.id, round_, RegistrationStatus.REVIEW)
    newcomer = f.person(session, t.id, "Nils", "Ny")

    outcome = run(
        session,
        "registration.create",
        {"registration_id": new_id(), "round_id": round_.id, "participant_id": newcomer.id},
        t.id,
    )

    created = session.scalars(
        select(Registration).where(Registration.participant_id == newcomer.id)
    ).one()
    assert created.status == RegistrationStatus.REGISTERED  # the seat was free
    assert outcome.effects == []
    session.commit()
    for move in ("registration.to_waiting_list", "registration.from_waiting_list"):
        with pytest.raises(TransitionError, match="waits for review"):
            run(session, move, {"registration_id": in_review.id}, t.id)
        session.rollback()


def test_a_review_counts_as_no_other_course_of_the_term(session: Session) -> None:
    t = f.tenant(session)
    milonga = _round(session, t.id, _course(session, t.id, "Milonga"))
    tango = _round(session, t.id, _course(session, t.id, "Tango"))
    reg = _reg(session, t.id, milonga, RegistrationStatus.REVIEW)

    facts = signup_facts(session, t.id, reg.participant_id, tango, today=TODAY)
    assert facts.other_courses_same_term == 0
    reg.status = RegistrationStatus.REGISTERED
    session.flush()
    facts = signup_facts(session, t.id, reg.participant_id, tango, today=TODAY)
    assert facts.other_courses_same_term == 1


def test_declining_a_review_cancels_it_and_tells_the_participant(session: Session) -> None:
    t = f.tenant(session)
    round_ = _round(session, t.id, _course(session, t.id, "Tango Fortsättare"))
    reg = _reg(session, t.id, round_, RegistrationStatus.REVIEW)
    silent = _reg(session, t.id, round_, RegistrationStatus.REVIEW)

    outcome = run(
        session,
        "registration.review_decline",
        {"registration_id": reg.id, "reason": "Gå Nybörjare först"},
        t.id,
    )
    run(session, "registration.review_decline", {"registration_id": silent.id}, t.id)

    assert reg.status == silent.status == RegistrationStatus.CANCELLED
    # Nothing was charged: no booking to turn into credit.
    assert outcome.effects == [Effect("notify.registration_cancelled", {"registration_id": reg.id})]
    notes = session.scalars(
        select(Activity).where(Activity.registration_id.in_([reg.id, silent.id]))
    )
    assert [(a.person_id, a.body) for a in notes] == [(reg.participant_id, "Gå Nybörjare först")]
    with pytest.raises(TransitionError, match="does not wait for review"):
        run(session, "registration.review_decline", {"registration_id": reg.id}, t.id)
    session.rollback()


def test_a_cancellation_tells_the_booking_to_return_what_its_terms_give(session: Session) -> None:
    t = f.tenant(session)
    round_ = _round(session, t.id, _course(session, t.id, "Vals"))
    reg = _reg(session, t.id, round_, RegistrationStatus.REGISTERED)

    outcome = run(session, "registration.cancel", {"registration_id": reg.id}, t.id)

    assert reg.status == RegistrationStatus.CANCELLED
    assert Effect("booking.cancelled", {"registration_id": reg.id}) in outcome.effects
    assert Effect("notify.registration_cancelled", {"registration_id": reg.id}) in outcome.effects
