"""A registered alumnus registers again with changed details (seed 001: "Godkänd pga
registrerad alumn (uppdaterar sina uppgifter)"; issue 20), over real HTTP and the real
automatic check, on SQLite and PostgreSQL: approved as a registered alumnus; the new phone
on the profile at once and on the timeline (old → new); the new name a proposal that an
officer applies or discards (a command pushed as the desktop pushes it); told by mail."""

from __future__ import annotations

from sqlalchemy import select

from models.alumni import AlumniRegistration, AlumniStatus, ProposalState
from models.ids import new_id
from models.people import Activity, Person
from models.tenancy import Role
from tests.alumni import builders as b
from tests.alumni.http.site import AlumniSite
from tests.alumni.http.test_alumni_outcomes import _ids, _new_decided, _register, _told
from tests.alumni.http.test_takeover import member
from tests.server.helpers import World, cmd


def _timeline(site: AlumniSite, person_id: str) -> list[Activity]:
    with site.db.sessions() as s:
        return list(
            s.scalars(
                select(Activity)
                .where(Activity.person_id == person_id)
                .order_by(Activity.occurred_at, Activity.id)
            )
        )


def _review(site: AlumniSite, world: World, reg_id: str, *, apply: bool) -> None:
    """The officer's review, pushed as the desktop pushes it."""
    review = cmd("alumni.review_proposal", alumni_registration_id=reg_id, apply=apply)
    [result] = world.push(review, role=Role.ALUMNI_OFFICER)
    assert result["status"] == "applied", result


def _name_and_state(site: AlumniSite, person_id: str, reg_id: str) -> tuple[str, str]:
    """The person's last name and the registration's proposal state."""
    with site.db.sessions() as s:
        person = s.get(Person, person_id)
        row = s.get(AlumniRegistration, reg_id)
        assert person is not None and row is not None
        return person.last_name, row.proposal_state


def _returns(site: AlumniSite, world: World, address: str) -> tuple[str, AlumniRegistration]:
    """Anna Berg, a registered alumnus, registers again as Anna Lind with a new phone."""
    anna = member(site, world, address)
    before = _ids(site, world)
    _register(
        site,
        world,
        {
            "first_name": "Anna",
            "last_name": "Lind",
            "email": address,
            "personnummer": b.ANNA_PNR,
            "phone": "070-123 45 67",
            "program": "Civilingenjör datateknik",
        },
        "sv",
    )
    return anna, _new_decided(site, world, address, before)


def test_a_returning_alumnus_is_approved_the_phone_applied_and_the_name_proposed(
    alumni_site: AlumniSite, world: World
) -> None:
    address = f"anna.{world.slug}@example.se"
    anna, reg = _returns(alumni_site, world, address)
    assert reg.status == AlumniStatus.APPROVED_REGISTERED_ALUMNUS, reg.decision_reason
    assert reg.decision_reason.endswith("is already a registered alumnus; updates their details")
    assert (reg.proposed, reg.proposal_state) == ({"last_name": "Lind"}, ProposalState.PENDING)
    with alumni_site.db.sessions() as s:
        person = s.get(Person, anna)
        assert person is not None
        assert (person.first_name, person.last_name) == ("Anna", "Berg")  # identity: staff
        assert [p.number for p in person.phones] == ["+46701234567"]  # applied at once
    [updated] = [a for a in _timeline(alumni_site, anna) if a.subject.startswith("Details")]
    assert updated.subject == "Details updated by the returning alumnus"
    assert updated.actor == address
    assert updated.data["changes"] == [{"field": "phone", "old": "", "new": "+46701234567"}]
    assert _told(alumni_site, reg.id) == ["alumni.approved"]

    # The officer applies the new name (offline-capable: a command like a decision).
    _review(alumni_site, world, reg.id, apply=True)
    assert _name_and_state(alumni_site, anna, reg.id) == ("Lind", ProposalState.APPLIED)
    applied = _timeline(alumni_site, anna)[-1]
    assert applied.subject == "Proposed details applied"
    assert applied.body == "last_name: Berg → Lind"
    assert applied.actor == world.email(Role.ALUMNI_OFFICER)
    assert applied.data["applied"] == ["last_name"]

    # Nothing is left to review: another review is refused.
    again = cmd(
        "alumni.review_proposal", cmd_id=new_id(), alumni_registration_id=reg.id, apply=False
    )
    [refused] = world.push(again, role=Role.ALUMNI_OFFICER)
    assert refused["status"] == "rejected", refused
    assert "proposes nothing to review" in refused["message"]


def test_the_officer_may_discard_the_proposed_name(alumni_site: AlumniSite, world: World) -> None:
    address = f"anna.{world.slug}@example.se"
    anna, reg = _returns(alumni_site, world, address)
    _review(alumni_site, world, reg.id, apply=False)
    assert _name_and_state(alumni_site, anna, reg.id) == ("Berg", ProposalState.DISCARDED)
    discarded = _timeline(alumni_site, anna)[-1]
    assert (discarded.subject, discarded.body) == (
        "Proposed details discarded",
        "last_name: Berg → Lind",
    )


def test_a_new_address_with_a_new_name_is_not_a_returning_alumnus(
    alumni_site: AlumniSite, world: World
) -> None:
    """Only an address of the profile makes the update: a personnummer with another name
    and an unknown address stays in the manual queue (the takeover rule)."""
    anna = member(alumni_site, world, f"anna.{world.slug}@example.se")
    other = f"someone.{world.slug}@example.net"
    before = _ids(alumni_site, world)
    _register(
        alumni_site,
        world,
        {"first_name": "Anna", "last_name": "Lind", "email": other, "personnummer": b.ANNA_PNR},
        "sv",
    )
    reg = _new_decided(alumni_site, world, other, before)
    assert reg.status == AlumniStatus.NOT_APPROVED
    with alumni_site.db.sessions() as s:
        person = s.get(Person, anna)
        assert person is not None and person.last_name == "Berg" and not person.phones
