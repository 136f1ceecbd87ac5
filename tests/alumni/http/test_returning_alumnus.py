"""A registered alumnus registers again with changed details (seed 001: "Godkänd pga
registrerad alumn (uppdaterar sina uppgifter)"; issue 20), over real HTTP and the real
automatic check, on SQLite and PostgreSQL: approved as a registered alumnus; the new phone
and the new name a proposal that an officer applies or discards (a command pushed as the
desktop pushes it); told by mail. Someone else giving a member's address and a phone of
their own is not approved and reaches nothing of the profile (review finding 1)."""

from __future__ import annotations

import json

from sqlalchemy import select

from models.alumni import AlumniRegistration, AlumniStatus, ProposalState
from models.ids import new_id
from models.people import Activity, Person
from models.tenancy import Role
from server.services.alumni.categories import give_category
from tests.alumni import builders as b
from tests.alumni.http.site import AlumniSite
from tests.alumni.http.test_alumni_outcomes import _ids, _new_decided, _register, _told
from tests.alumni.http.test_takeover import member
from tests.server.helpers import World, cmd


def _sent(
    site: AlumniSite, world: World, form: dict[str, str], language: str
) -> AlumniRegistration:
    """The public form sent in ``language`` with ``form``: its registration, once decided."""
    before = _ids(site, world)
    _register(site, world, form, language)
    return _new_decided(site, world, form["email"], before)


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
    return anna, _sent(
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


def test_a_returning_alumnus_is_approved_the_phone_and_the_name_proposed(
    alumni_site: AlumniSite, world: World
) -> None:
    address = f"anna.{world.slug}@example.se"
    anna, reg = _returns(alumni_site, world, address)
    assert reg.status == AlumniStatus.APPROVED_REGISTERED_ALUMNUS, reg.decision_reason
    assert reg.decision_reason.endswith("is already a registered alumnus; updates their details")
    assert (reg.proposed, reg.proposal_state) == (
        {"phone": "+46701234567", "last_name": "Lind"},
        ProposalState.PENDING,
    )
    with alumni_site.db.sessions() as s:
        person = s.get(Person, anna)
        assert person is not None
        assert (person.first_name, person.last_name) == ("Anna", "Berg")  # identity: staff
        assert person.phones == []  # a phone from a public form: proposed, not applied
    assert not [a for a in _timeline(alumni_site, anna) if a.subject.startswith("Details")]
    assert _told(alumni_site, reg.id) == ["alumni.approved"]

    # The officer applies the new name (offline-capable: a command like a decision).
    _review(alumni_site, world, reg.id, apply=True)
    assert _name_and_state(alumni_site, anna, reg.id) == ("Lind", ProposalState.APPLIED)
    with alumni_site.db.sessions() as s:
        person = s.get(Person, anna)
        assert person is not None and [p.number for p in person.phones] == ["+46701234567"]
    applied = _timeline(alumni_site, anna)[-1]
    assert applied.subject == "Proposed details applied"
    assert applied.body == "phone: – → +46701234567\nlast_name: Berg → Lind"
    assert applied.actor == world.email(Role.ALUMNI_OFFICER)
    assert applied.data["applied"] == ["phone", "last_name"]

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
        "phone: – → +46701234567\nlast_name: Berg → Lind",
    )
    with alumni_site.db.sessions() as s:
        person = s.get(Person, anna)
        assert person is not None and person.phones == []


def test_a_new_address_with_a_new_name_is_not_a_returning_alumnus(
    alumni_site: AlumniSite, world: World
) -> None:
    """Only an address of the profile makes the update: a personnummer with another name
    and an unknown address stays in the manual queue (the takeover rule)."""
    anna = member(alumni_site, world, f"anna.{world.slug}@example.se")
    other = f"someone.{world.slug}@example.net"
    reg = _sent(
        alumni_site,
        world,
        {"first_name": "Anna", "last_name": "Lind", "email": other, "personnummer": b.ANNA_PNR},
        "sv",
    )
    assert reg.status == AlumniStatus.NOT_APPROVED
    with alumni_site.db.sessions() as s:
        person = s.get(Person, anna)
        assert person is not None and person.last_name == "Berg" and not person.phones


def test_another_name_with_a_members_address_is_not_approved_and_adds_no_phone(
    alumni_site: AlumniSite, world: World
) -> None:
    """Review finding 1: "Mallory Evil" posts the public form with Anna's address and a
    phone of their own. Without Anna's personnummer another name is someone else: the
    manual queue, no phone on Anna's profile (her personal links are texted to every phone
    of hers), no confirmation link (the name differs), no approval mail."""
    address = f"anna.{world.slug}@example.se"
    anna = member(alumni_site, world, address)
    reg = _sent(
        alumni_site,
        world,
        {
            "first_name": "Mallory",
            "last_name": "Evil",
            "email": address,
            "phone": "070-999 99 99",
            "program": "Civilingenjör datateknik",
        },
        "en",
    )
    assert reg.status == AlumniStatus.NOT_APPROVED, reg.decision_reason
    assert "Match not certain" in reg.decision_reason
    with alumni_site.db.sessions() as s:
        person = s.get(Person, anna)
        assert person is not None
        assert (person.first_name, person.last_name, person.phones) == ("Anna", "Berg", [])
    assert _told(alumni_site, reg.id) == []  # neither an approval nor a confirmation link


def test_a_similar_name_without_a_personnummer_is_approved_the_phone_only_proposed(
    alumni_site: AlumniSite, world: World
) -> None:
    """The same alumnus (a typo of the name passes MATCH_NAME_SIMILARITY) with a new phone:
    approved as a registered alumnus, the phone a proposal for staff."""
    address = f"anna.{world.slug}@example.se"
    anna = member(alumni_site, world, address)
    reg = _sent(
        alumni_site,
        world,
        {"first_name": "Ana", "last_name": "Berg", "email": address, "phone": "070-111 22 33"},
        "en",
    )
    assert reg.status == AlumniStatus.APPROVED_REGISTERED_ALUMNUS, reg.decision_reason
    assert (reg.proposed, reg.proposal_state) == ({"phone": "+46701112233"}, ProposalState.PENDING)
    with alumni_site.db.sessions() as s:
        person = s.get(Person, anna)
        assert person is not None and person.phones == []


def _returns_with_personnummer(site: AlumniSite, world: World, address: str) -> tuple[str, str]:
    """Anna Berg, a registered alumnus whose profile lacks a personnummer, registers again
    giving hers: approved, the personnummer proposed. Her id and the registration's."""
    with site.db.transaction() as s:
        anna = b.person(s, world.tenant_id, emails=[address])
        give_category(s, world.tenant_id, anna.id, "alumnus")
        give_category(s, world.tenant_id, anna.id, "registered_alumnus")
        anna_id = anna.id
    reg = _sent(
        site,
        world,
        {"first_name": "Anna", "last_name": "Berg", "email": address, "personnummer": b.ANNA_PNR},
        "en",
    )
    assert reg.status == AlumniStatus.APPROVED_REGISTERED_ALUMNUS, reg.decision_reason
    assert reg.proposed == {"personnummer": b.ANNA_PNR}
    return anna_id, reg.id


def test_a_viewer_never_reads_the_applied_personnummer_on_the_timeline(
    alumni_site: AlumniSite, world: World
) -> None:
    """Review finding 2: the timeline (read by every role) names the personnummer applied,
    never its value; a viewer's whole pull holds it nowhere, the officer's profile has it."""
    anna, reg_id = _returns_with_personnummer(alumni_site, world, f"anna.{world.slug}@example.se")
    _review(alumni_site, world, reg_id, apply=True)
    applied = _timeline(alumni_site, anna)[-1]
    assert (applied.subject, applied.body) == ("Proposed details applied", "personnummer")
    assert applied.data["fields"] == ["personnummer"]
    assert applied.data["applied"] == ["personnummer"]
    digits = b.ANNA_PNR[-10:]  # however it is written: 19850101-1236, 850101-1236 …
    for role in (Role.VIEWER, Role.COURSE_ADMIN):
        pulled = json.dumps(world.pull_all(role=role), ensure_ascii=False).replace("-", "")
        assert digits not in pulled, role
        assert anna.replace("-", "") in pulled  # the person and the entry are, the number not
    officer = world.pull_all(role=Role.ALUMNI_OFFICER)["changes"]["person"][anna]
    assert officer["personnummer"] == b.ANNA_PNR


def test_a_personnummer_another_person_has_is_not_applied(
    alumni_site: AlumniSite, world: World
) -> None:
    """Review finding 4: applying a proposed personnummer that another live person has is
    refused (the officer merges the two profiles or discards the proposal). The automatic
    check had no one with it; staff register Anna Lund with it before the review."""
    anna, reg_id = _returns_with_personnummer(alumni_site, world, f"anna.{world.slug}@example.se")
    with alumni_site.db.transaction() as s:
        b.person(s, world.tenant_id, "Anna", "Lund", pnr=b.ANNA_PNR)
    review = cmd("alumni.review_proposal", alumni_registration_id=reg_id, apply=True)
    [refused] = world.push(review, role=Role.ALUMNI_OFFICER)
    assert refused["status"] == "rejected", refused
    assert refused["message"] == (
        "Anna Lund already has the proposed personnummer: merge the two profiles"
        " or discard the proposal"
    )
    with alumni_site.db.sessions() as s:
        person = s.get(Person, anna)
        row = s.get(AlumniRegistration, reg_id)
        assert person is not None and person.personnummer is None
        assert row is not None and row.proposal_state == ProposalState.PENDING
    _review(alumni_site, world, reg_id, apply=False)  # discarding stays possible
