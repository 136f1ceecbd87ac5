"""attendance.check_in / override / set (issue 19): one row per person and session, a
second check-in refused with its time, staff's override with a reason (audited), marks by
hand from the printed sheet."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.attendance import Attendance, CheckInHow, attendance_id, local_time
from models.audit import AuditEvent
from models.commands import build
from models.courses import RegistrationStatus, RoundSession
from models.errors import NotFoundError, PermissionDenied, TransitionError, ValidationError
from models.ids import new_id
from models.tenancy import Role
from tests import factories as f

#: 18:02 in Stockholm on a winter evening.
EVENING = datetime(2026, 12, 4, 17, 2, tzinfo=UTC)


def run(
    session: Session,
    name: str,
    args: dict[str, Any],
    tenant_id: str,
    *roles: str,
    at: datetime = EVENING,
    authoritative: bool = False,
) -> None:
    command = build(name, 1, args, id=new_id(), issued_at=at)
    command.apply(session, f.actor(tenant_id, *roles, authoritative=authoritative))


def _session_of(session: Session, tenant_id: str, round_id: str) -> RoundSession:
    row = RoundSession(id=new_id(), tenant_id=tenant_id, round_id=round_id, day=date(2026, 12, 4))
    session.add(row)
    session.flush()
    return row


@pytest.fixture
def world(session: Session) -> dict[str, Any]:
    t = f.tenant(session)
    reg = f.registration(session, t.id)
    return {
        "tenant": t.id,
        "reg": reg,
        "person": reg.participant_id,
        "session": _session_of(session, t.id, reg.round_id).id,
    }


def test_a_registered_participant_is_checked_in_once(session: Session, world: Any) -> None:
    ids = {"session_id": world["session"], "person_id": world["person"]}
    run(session, "attendance.check_in", {**ids, "how": "scan"}, world["tenant"])
    row = session.get(Attendance, attendance_id(world["session"], world["person"]))
    assert row is not None
    assert (row.present, row.how, row.recorded_by) == (True, CheckInHow.SCAN, "staff@example.se")
    assert row.checked_in_at is not None and local_time(row.checked_in_at) == "18:02"
    # A second station, offline at the time, scans the same card: refused with the time.
    with pytest.raises(TransitionError) as refused:
        run(session, "attendance.check_in", {**ids, "how": "typed"}, world["tenant"])
    assert refused.value.template == "Already checked in at {time}"
    assert refused.value.params == {"time": "18:02"}
    assert refused.value.code == "transition_refused"
    count = session.scalar(select(Attendance.id).where(Attendance.person_id == world["person"]))
    assert count is not None


def test_a_check_in_is_scanned_or_typed(session: Session, world: Any) -> None:
    ids = {"session_id": world["session"], "person_id": world["person"]}
    for how in ("manual", "override"):
        with pytest.raises(ValidationError, match="scanned or typed") as refused:
            run(session, "attendance.check_in", {**ids, "how": how}, world["tenant"])
        assert refused.value.field == "how"
    run(session, "attendance.check_in", {**ids, "how": "typed"}, world["tenant"])
    row = session.get(Attendance, attendance_id(world["session"], world["person"]))
    assert row is not None and row.how == CheckInHow.TYPED


def test_the_row_has_one_id_for_a_person_at_a_session_on_every_station() -> None:
    session_id, person = new_id(), new_id()
    assert attendance_id(session_id, person) == attendance_id(session_id, person)
    assert attendance_id(session_id, person) != attendance_id(session_id, new_id())
    assert attendance_id("sal-a-1", person) == attendance_id("sal-a-1", person)
    assert attendance_id("sal-a-1", person) != attendance_id("sal-a-2", person)


def test_someone_not_registered_on_the_round_is_not_checked_in(
    session: Session, world: Any
) -> None:
    stranger = f.person(session, world["tenant"], "Maria", "Ek")
    with pytest.raises(TransitionError) as refused:
        run(
            session,
            "attendance.check_in",
            {"session_id": world["session"], "person_id": stranger.id},
            world["tenant"],
        )
    assert refused.value.template == "{name} is not registered on this round"
    assert refused.value.params == {"name": "Maria Ek"}
    # A cancelled registration is no registration either.
    world["reg"].status = RegistrationStatus.CANCELLED
    with pytest.raises(TransitionError):
        run(
            session,
            "attendance.check_in",
            {"session_id": world["session"], "person_id": world["person"]},
            world["tenant"],
        )


def test_staff_let_someone_in_with_a_reason_and_it_is_audited(session: Session, world: Any) -> None:
    stranger = f.person(session, world["tenant"], "Maria", "Ek")
    ids = {"session_id": world["session"], "person_id": stranger.id}
    with pytest.raises(ValidationError) as refused:
        run(session, "attendance.override", {**ids, "reason": "  "}, world["tenant"])
    assert refused.value.field == "reason"
    run(
        session,
        "attendance.override",
        {**ids, "reason": "Provar på en gång", "overridden": "not_registered"},
        world["tenant"],
        authoritative=True,
    )
    row = session.get(Attendance, attendance_id(world["session"], stranger.id))
    assert row is not None
    assert (row.how, row.override_reason, row.overridden) == (
        CheckInHow.OVERRIDE,
        "Provar på en gång",
        "not_registered",
    )
    [event] = session.scalars(select(AuditEvent).where(AuditEvent.entity_id == row.id)).all()
    assert event.action == "attendance.override"
    assert event.details["reason"] == "Provar på en gång"
    # Letting in someone who is in already is refused like a second check-in.
    with pytest.raises(TransitionError, match="Already checked in at 18:02"):
        run(session, "attendance.override", {**ids, "reason": "Igen"}, world["tenant"])


def test_marks_by_hand_from_the_printed_sheet_the_last_one_wins(
    session: Session, world: Any
) -> None:
    ids = {"session_id": world["session"], "person_id": world["person"]}
    run(session, "attendance.set", {**ids, "present": False}, world["tenant"])
    row = session.get(Attendance, attendance_id(world["session"], world["person"]))
    assert row is not None and row.present is False and row.how == CheckInHow.MANUAL
    run(session, "attendance.set", {**ids, "present": True}, world["tenant"])
    assert row.present is True and row.checked_in_at is None
    # Marked present by hand: a scan afterwards says so.
    with pytest.raises(TransitionError, match="Already marked present"):
        run(session, "attendance.check_in", ids, world["tenant"])
    # A check-in's time and way are kept when it is marked present again.
    run(session, "attendance.set", {**ids, "present": False}, world["tenant"])
    run(session, "attendance.check_in", ids, world["tenant"])
    run(session, "attendance.set", {**ids, "present": True}, world["tenant"])
    assert row.how == CheckInHow.SCAN and row.checked_in_at is not None


def test_only_course_staff_record_attendance(session: Session, world: Any) -> None:
    ids = {"session_id": world["session"], "person_id": world["person"]}
    with pytest.raises(PermissionDenied):
        run(session, "attendance.check_in", ids, world["tenant"], Role.ALUMNI_OFFICER)
    run(session, "attendance.check_in", ids, world["tenant"], Role.COURSE_ADMIN)


def test_another_tenants_session_or_person_is_not_found(session: Session, world: Any) -> None:
    other = f.tenant(session, "t2")
    theirs = f.registration(session, other.id)
    their_session = _session_of(session, other.id, theirs.round_id)
    for ids in (
        {"session_id": their_session.id, "person_id": world["person"]},
        {"session_id": world["session"], "person_id": theirs.participant_id},
    ):
        for name in ("attendance.check_in", "attendance.set"):
            args = {**ids, "present": True} if name == "attendance.set" else ids
            with pytest.raises(NotFoundError):
                run(session, name, args, world["tenant"])


def test_a_membership_card_finds_its_holder_until_it_is_withdrawn(
    session: Session, world: Any
) -> None:
    from models.attendance import MembershipCard
    from models.presence import ScanKind, Scanned, find_person

    card = new_id()
    add = {"card_id": card, "person_id": world["person"], "code": " KORT-4711 "}
    run(session, "membership_card.add", add, world["tenant"])
    scanned = Scanned(ScanKind.CARD, "KORT-4711")
    found = find_person(session, world["tenant"], scanned)
    assert found is not None and found.id == world["person"]
    # One live card per code: another person cannot be given it.
    other = f.person(session, world["tenant"], "Maria", "Ek")
    with pytest.raises(ValidationError) as refused:
        run(
            session,
            "membership_card.add",
            {"card_id": new_id(), "person_id": other.id, "code": "KORT-4711"},
            world["tenant"],
        )
    assert refused.value.template == "The card {code} is given to {name} already"
    assert refused.value.params == {"code": "KORT-4711", "name": "Erik Lund"}
    with pytest.raises(ValidationError, match="Give the card's code"):
        run(
            session,
            "membership_card.add",
            {"card_id": new_id(), "person_id": other.id, "code": "  "},
            world["tenant"],
        )
    run(session, "membership_card.remove", {"card_id": card}, world["tenant"])
    assert session.get(MembershipCard, card).deleted_at is not None  # type: ignore[union-attr]
    assert find_person(session, world["tenant"], scanned) is None
    # Withdrawn, the code can be given again.
    run(
        session,
        "membership_card.add",
        {"card_id": new_id(), "person_id": other.id, "code": "KORT-4711"},
        world["tenant"],
    )
    found = find_person(session, world["tenant"], scanned)
    assert found is not None and found.id == other.id
