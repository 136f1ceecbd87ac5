"""Reversing an officer's alumni decision through the real server (push over HTTP, both
backends): the item is back in the manual queue, the membership is taken back, and the
reversal is in the audit trail."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from models import AlumniRegistration, AlumniStatus, AuditEvent, Category, Person
from models.tenancy import Role
from tests.server.helpers import World, cmd


def _queued_item(world: World) -> tuple[str, str]:
    with world.db.transaction() as s:
        for key, name in (("alumnus", "Alumnus"), ("registered_alumnus", "Registered alumnus")):
            s.add(Category(tenant_id=world.tenant_id, key=key, name=name))
        person = Person(tenant_id=world.tenant_id, first_name="Alva", last_name="Ek")
        s.add(person)
        s.flush()
        item = AlumniRegistration(
            tenant_id=world.tenant_id,
            person_id=person.id,
            email="alva@ex.se",
            status=AlumniStatus.NOT_APPROVED,
            received_at=datetime(2026, 11, 2, tzinfo=UTC),
        )
        s.add(item)
        s.flush()
        return item.id, person.id


def test_an_officer_reverses_an_approval_on_the_server_and_it_is_audited(world: World) -> None:
    item_id, person_id = _queued_item(world)
    officer = Role.ALUMNI_OFFICER
    [approved] = world.push(
        cmd("alumni.decide", alumni_registration_id=item_id, decision="approve"), role=officer
    )
    assert approved["status"] == "applied", approved

    def reverse() -> dict[str, object]:
        return cmd(
            "alumni.reverse_decision",
            alumni_registration_id=item_id,
            reason="Approved the wrong Alva",
            expected_status="approved_manually",
        )

    [refused] = world.push(reverse(), role=Role.VIEWER)
    assert (refused["status"], refused["code"]) == ("rejected", "forbidden")

    [reversed_] = world.push(reverse(), role=officer)
    assert reversed_["status"] == "applied", reversed_

    pulled = world.pull_all()
    assert pulled["changes"]["alumni_registration"][item_id]["status"] == "not_approved"
    # The link the approval made is a tombstone now, and no live one is left.
    assert pulled["tombstones"].get("person_category")
    live = pulled["changes"].get("person_category", {}).values()
    assert not [r for r in live if r["person_id"] == person_id and not r["deleted_at"]]
    with world.db.sessions() as s:
        event = s.scalars(
            select(AuditEvent).where(
                AuditEvent.tenant_id == world.tenant_id,
                AuditEvent.action == "alumni.reverse_decision",
            )
        ).one()
        assert (event.entity_id, event.actor_email) == (item_id, world.email(officer))
        assert event.details["reversed"] == "approved_manually"
        assert "category" in event.details["taken_back"]

    # Reversed already: reversing again what the officer saw is a conflict, not a second undo.
    [again] = world.push(reverse(), role=officer)
    assert again["status"] == "rejected" and again["code"] == "conflict", again
