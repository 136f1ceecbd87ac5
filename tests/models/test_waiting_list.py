"""Seats are enforced: a full round's waiting list, offers of a freed place, moves by hand."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session

from models import Registration, RegistrationStatus
from models.commands import Outcome, build
from models.errors import TransitionError
from models.ids import new_id
from tests import factories as f

W, R, OF, C = (
    RegistrationStatus.WAITING,
    RegistrationStatus.REGISTERED,
    RegistrationStatus.OFFERED,
    RegistrationStatus.CANCELLED,
)


def run(session: Session, tenant_id: str, name: str, **args: Any) -> Outcome:
    return build(name, 1, args, id=new_id()).apply(session, f.actor(tenant_id))


def sign_up(session: Session, tenant_id: str, round_id: str, n: int) -> list[Registration]:
    regs = []
    for i in range(n):
        p = f.person(session, tenant_id, f"P{i}", "Lund", f"p{i}@firm.se")
        rid = new_id()
        run(
            session,
            tenant_id,
            "registration.create",
            registration_id=rid,
            round_id=round_id,
            participant_id=p.id,
        )
        regs.append(session.get_one(Registration, rid))
    return regs


@pytest.fixture
def full(session: Session) -> tuple[str, list[Registration]]:
    """A 2-seat round with four sign-ups: two places, two waiting."""
    t = f.tenant(session)
    r = f.course_round(session, t.id)
    r.seats = 2
    return t.id, sign_up(session, t.id, r.id, 4)


def test_a_full_round_puts_new_registrations_on_the_waiting_list(full: Any) -> None:
    _, regs = full
    assert [r.status for r in regs] == [R, R, W, W]


def test_a_round_without_seats_is_not_limited(session: Session) -> None:
    t = f.tenant(session)
    r = f.course_round(session, t.id)
    assert r.seats == 0
    assert {reg.status for reg in sign_up(session, t.id, r.id, 3)} == {R}


def test_a_cancellation_offers_the_place_to_the_first_waiting(session: Session, full: Any) -> None:
    tid, regs = full
    out = run(session, tid, "registration.cancel", registration_id=regs[1].id)
    assert [r.status for r in regs] == [R, C, OF, W]
    # The cancellation is told (issue 16), its booking returned (issue 17), the place offered.
    told, returned, effect = out.effects
    assert (told.kind, told.data) == (
        "notify.registration_cancelled",
        {"registration_id": regs[1].id},
    )
    assert (returned.kind, returned.data) == ("booking.cancelled", {"registration_id": regs[1].id})
    assert (effect.kind, effect.data) == (
        "mail.waiting_list_offer",
        {"registration_id": regs[2].id},
    )
    # Declining (a cancellation of the offered place) offers it to the next.
    out = run(session, tid, "registration.cancel", registration_id=regs[2].id)
    assert [r.status for r in regs] == [R, C, C, OF]
    run(session, tid, "registration.accept_offer", registration_id=regs[3].id)
    assert [r.status for r in regs] == [R, C, C, R]
    # Nobody waits any more: a further cancellation offers nothing.
    out = run(session, tid, "registration.cancel", registration_id=regs[0].id)
    assert [e.kind for e in out.effects] == ["notify.registration_cancelled", "booking.cancelled"]


def test_cancelling_a_waiting_registration_frees_no_place(session: Session, full: Any) -> None:
    tid, regs = full
    out = run(session, tid, "registration.cancel", registration_id=regs[2].id)
    assert [e.kind for e in out.effects] == ["notify.registration_cancelled", "booking.cancelled"]
    assert [r.status for r in regs] == [R, R, C, W]


def test_staff_move_people_between_the_list_and_the_round(session: Session, full: Any) -> None:
    tid, regs = full
    run(session, tid, "registration.from_waiting_list", registration_id=regs[3].id)
    assert [r.status for r in regs] == [R, R, W, R]  # by hand also beyond the seats
    run(session, tid, "registration.to_waiting_list", registration_id=regs[0].id)
    assert [r.status for r in regs] == [W, R, W, R]
    with pytest.raises(TransitionError):
        run(session, tid, "registration.to_waiting_list", registration_id=regs[0].id)
    with pytest.raises(TransitionError):
        run(session, tid, "registration.from_waiting_list", registration_id=regs[1].id)
    with pytest.raises(TransitionError):
        run(session, tid, "registration.accept_offer", registration_id=regs[2].id)
    # The list keeps the order of registration: the earliest waiting is offered first.
    run(session, tid, "registration.cancel", registration_id=regs[1].id)
    assert [r.status for r in regs] == [OF, C, W, R]


def seats(session: Session, tenant_id: str, reg: Registration, old: int, new: int) -> Outcome:
    """``round.edit`` of ``reg``'s round from ``old`` to ``new`` seats."""
    return run(
        session,
        tenant_id,
        "round.edit",
        round_id=reg.round_id,
        changes={"seats": {"old": old, "new": new}},
    )


def offered(out: Outcome) -> list[object]:
    return [e.data["registration_id"] for e in out.effects if e.kind == "mail.waiting_list_offer"]


def test_more_seats_offer_the_new_places_to_the_first_waiting(session: Session, full: Any) -> None:
    tid, regs = full
    more = sign_up(session, tid, regs[0].round_id, 1)[0]
    regs.append(more)
    assert [r.status for r in regs] == [R, R, W, W, W]
    out = seats(session, tid, regs[0], 2, 3)
    assert [r.status for r in regs] == [R, R, OF, W, W]
    assert offered(out) == [regs[2].id]
    # Two more seats: the next two in the order of registration, one mail each.
    out = seats(session, tid, regs[0], 3, 5)
    assert [r.status for r in regs] == [R, R, OF, OF, OF]
    assert offered(out) == [regs[3].id, regs[4].id]


def test_fewer_seats_offer_nothing_and_no_limit_offers_everyone(
    session: Session, full: Any
) -> None:
    tid, regs = full
    out = seats(session, tid, regs[0], 2, 1)
    assert out.effects == [] and [r.status for r in regs] == [R, R, W, W]
    out = seats(session, tid, regs[0], 1, 0)  # 0 seats: not limited
    assert [r.status for r in regs] == [R, R, OF, OF]
    assert offered(out) == [regs[2].id, regs[3].id]
