"""``alumni.reverse_decision``: an officer's decision taken back into the manual queue."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Activity, AlumniRegistration, AlumniStatus, AuditEvent, PersonCategory, Role
from models.alumni import ProposalState
from models.commands import build
from models.errors import ConflictError, PermissionDenied, TransitionError, ValidationError
from models.ids import new_id
from tests import factories as f


def run(session: Session, name: str, args: dict, *, tenant_id: str, **kw):  # type: ignore[no-untyped-def]
    actor = f.actor(tenant_id, Role.ALUMNI_OFFICER, display_name="A. Berg", **kw)
    return build(name, 1, args, id=new_id()).apply(session, actor)


def queued_item(session: Session, tenant_id: str, person_id: str, **kw) -> AlumniRegistration:  # type: ignore[no-untyped-def]
    item = AlumniRegistration(
        id=new_id(),
        tenant_id=tenant_id,
        email="anna@privat.se",
        received_at=datetime.now(UTC),
        person_id=person_id,
        status=AlumniStatus.NOT_APPROVED,
        **kw,
    )
    session.add(item)
    session.flush()
    return item


def approve(session: Session, item: AlumniRegistration, tenant_id: str) -> None:
    args = {"alumni_registration_id": item.id, "decision": "approve"}
    run(session, "alumni.decide", args, tenant_id=tenant_id)


def live_categories(session: Session, person_id: str) -> list[PersonCategory]:
    return list(
        session.scalars(
            select(PersonCategory).where(
                PersonCategory.person_id == person_id, PersonCategory.deleted_at.is_(None)
            )
        )
    )


def reverse(session: Session, item: AlumniRegistration, expected: str, tenant_id: str, **kw):  # type: ignore[no-untyped-def]
    args = {
        "alumni_registration_id": item.id,
        "reason": "Wrong person",
        "expected_status": expected,
    }
    return run(session, "alumni.reverse_decision", args, tenant_id=tenant_id, **kw)


def test_reversing_an_approval_takes_back_the_membership_and_the_applied_details(
    session: Session,
) -> None:
    t = f.tenant(session)
    p = f.person(session, t.id, email="anna@work.se")
    item = queued_item(
        session,
        t.id,
        p.id,
        proposed={"email": "anna@privat.se", "phone": "070-123 45 67"},
        proposal_state=ProposalState.PENDING,
    )
    approve(session, item, t.id)
    session.refresh(p)
    assert live_categories(session, p.id)
    assert {e.address for e in p.emails if e.deleted_at is None} == {
        "anna@work.se",
        "anna@privat.se",
    }
    assert [ph.number for ph in p.phones if ph.deleted_at is None] == ["+46701234567"]

    outcome = reverse(session, item, "approved_manually", t.id)

    assert item.status == AlumniStatus.NOT_APPROVED
    assert item.proposal_state == ProposalState.PENDING
    assert live_categories(session, p.id) == []
    assert {e.address for e in p.emails if e.deleted_at is None} == {"anna@work.se"}
    assert [ph.number for ph in p.phones if ph.deleted_at is None] == []
    entry = session.scalars(
        select(Activity).where(Activity.person_id == p.id).order_by(Activity.occurred_at.desc())
    ).first()
    assert entry is not None and entry.body == "Wrong person"
    assert entry.data["reversed"] == "approved_manually"
    assert ("alumni_registration", item.id) in outcome.concerns
    # The item can be decided again, like any item of the queue.
    run(
        session,
        "alumni.decide",
        {"alumni_registration_id": item.id, "decision": "deny", "reason": "Not an alumnus"},
        tenant_id=t.id,
    )
    assert item.status == AlumniStatus.DENIED


def test_reversing_keeps_a_category_the_person_had_before_the_approval(session: Session) -> None:
    t = f.tenant(session)
    p = f.person(session, t.id)
    item = queued_item(session, t.id, p.id)
    run(
        session,
        "person.set_category",
        {"person_id": p.id, "category_key": "registered_alumnus", "present": True},
        tenant_id=t.id,
    )
    approve(session, item, t.id)
    reverse(session, item, "approved_manually", t.id)
    assert len(live_categories(session, p.id)) == 1


def test_reversing_a_denial_makes_the_proposal_pending_again(session: Session) -> None:
    t = f.tenant(session)
    p = f.person(session, t.id)
    item = queued_item(
        session, t.id, p.id, proposed={"phone": "0701234567"}, proposal_state="pending"
    )
    run(
        session,
        "alumni.decide",
        {"alumni_registration_id": item.id, "decision": "deny", "reason": "No"},
        tenant_id=t.id,
    )
    assert item.proposal_state == ProposalState.DISCARDED
    reverse(session, item, "denied", t.id)
    assert (item.status, item.proposal_state, item.denial_reason) == ("not_approved", "pending", "")


def test_reversal_is_audited_on_the_server_only(session: Session) -> None:
    t = f.tenant(session)
    p = f.person(session, t.id)
    item = queued_item(session, t.id, p.id)
    approve(session, item, t.id)
    reverse(session, item, "approved_manually", t.id)
    assert session.scalars(select(AuditEvent)).all() == []
    approve(session, item, t.id)
    reverse(session, item, "approved_manually", t.id, authoritative=True)
    event = session.scalars(select(AuditEvent)).one()
    assert (event.action, event.entity_id) == ("alumni.reverse_decision", item.id)
    assert event.details["reversed"] == "approved_manually"


@pytest.mark.parametrize(
    "status", [AlumniStatus.APPROVED_ALUMNUS, AlumniStatus.APPROVED_REGISTERED_ALUMNUS]
)
def test_an_automatic_decision_cannot_be_reversed(session: Session, status: AlumniStatus) -> None:
    t = f.tenant(session)
    p = f.person(session, t.id)
    item = queued_item(session, t.id, p.id)
    item.status = status
    with pytest.raises(TransitionError, match="automatic decision cannot be reversed"):
        reverse(session, item, str(status), t.id)


def test_a_terminated_membership_cannot_be_reversed(session: Session) -> None:
    t = f.tenant(session)
    p = f.person(session, t.id)
    item = queued_item(session, t.id, p.id)
    item.status = AlumniStatus.UNREGISTERED
    with pytest.raises(TransitionError, match="terminated the membership"):
        reverse(session, item, "unregistered", t.id)


def test_a_membership_a_later_registration_relied_on_cannot_be_reversed(
    session: Session,
) -> None:
    t = f.tenant(session)
    p = f.person(session, t.id)
    item = queued_item(session, t.id, p.id)
    approve(session, item, t.id)
    later = queued_item(session, t.id, p.id)
    later.status = AlumniStatus.APPROVED_REGISTERED_ALUMNUS
    later.decided_at = item.decided_at + timedelta(days=2)  # type: ignore[operator]
    session.flush()
    with pytest.raises(TransitionError, match="later registration was approved on this membership"):
        reverse(session, item, "approved_manually", t.id)
    assert item.status == AlumniStatus.APPROVED_MANUALLY


def test_reversal_needs_a_reason_the_role_and_what_the_officer_saw(session: Session) -> None:
    t = f.tenant(session)
    p = f.person(session, t.id)
    item = queued_item(session, t.id, p.id)
    args = {"alumni_registration_id": item.id, "reason": "", "expected_status": "denied"}
    with pytest.raises(ValidationError, match="Give a reason"):
        run(session, "alumni.reverse_decision", args, tenant_id=t.id)
    with pytest.raises(PermissionDenied):
        build("alumni.reverse_decision", 1, {**args, "reason": "x"}, id=new_id()).apply(
            session, f.actor(t.id, Role.COURSE_ADMIN)
        )
    approve(session, item, t.id)
    # The officer saw a denial; meanwhile it is an approval: a conflict naming who decided.
    with pytest.raises(ConflictError, match="Already approved manually by A. Berg"):
        reverse(session, item, "denied", t.id)


def test_reversing_an_approval_puts_the_address_before_it_back(session: Session) -> None:
    """Issue 20: a proposed postal address applied by the approval is taken back too."""
    t = f.tenant(session)
    p = f.person(session, t.id)
    p.street, p.postal_code, p.city = "Gamla vägen 1", "111 22", "Stockholm"
    new = {"street": "Nya gatan 5", "postal_code": "413 01", "city": "Göteborg", "country": "SE"}
    item = queued_item(session, t.id, p.id, proposed=new, proposal_state=ProposalState.PENDING)
    approve(session, item, t.id)
    assert (p.street, p.postal_code, p.city) == ("Nya gatan 5", "413 01", "Göteborg")

    reverse(session, item, "approved_manually", t.id)

    assert (p.street, p.postal_code, p.city, p.country) == (
        "Gamla vägen 1",
        "111 22",
        "Stockholm",
        "SE",
    )
    assert item.proposal_state == ProposalState.PENDING
    entry = session.scalars(
        select(Activity).where(Activity.person_id == p.id).order_by(Activity.occurred_at.desc())
    ).first()
    assert entry is not None and entry.data["taken_back"] == ["category", "address"]
