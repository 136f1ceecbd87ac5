"""An administrator runs the tenant's alumni queue now, over the API."""

from __future__ import annotations

from datetime import timedelta

from models.alumni import AlumniRegistration, AlumniStatus
from models.ids import utcnow
from server.services.alumni.forms import intake
from tests.alumni import builders as b
from tests.alumni.http.site import (
    AlumniSite,
    registrations,
)
from tests.server.helpers import World


def received(site: AlumniSite, world: World, email: str, *, retry_in: timedelta | None) -> str:
    """A received registration; ``retry_in``: it failed and waits that long for its retry."""
    with site.db.transaction() as s:
        reg = intake(
            session=s,
            tenant_id=world.tenant_id,
            data={"email": email, "first_name": "Anna", "last_name": "Berg"},
            now=utcnow(),
        )
        if retry_in is not None:
            reg.record_technical_error(
                error="Student records could not be read: TimeoutError",
                next_attempt_at=utcnow() + retry_in,
            )
        return reg.id


def test_administrator_runs_the_queue_now_including_what_waits_for_a_retry(
    alumni_site: AlumniSite,
    world: World,
) -> None:
    with alumni_site.db.transaction() as s:
        b.standard_rules(s, world.tenant_id)
        b.student_record(s, world.tenant_id, email="new@example.se")
    new = received(alumni_site, world, "new@example.se", retry_in=None)
    waiting = received(alumni_site, world, "waiting@example.se", retry_in=timedelta(hours=1))
    url = f"{alumni_site.url}/api/v1/alumni/process"

    due_only = world.client("admin").post(url, params={"include_waiting": "false"}, timeout=30)
    assert due_only.status_code == 200, due_only.text
    body = due_only.json()
    assert [o["registration_id"] for o in body["decided"]] == [new]
    assert body["decided"][0]["status"] == AlumniStatus.APPROVED_ALUMNUS
    assert body["decided"][0]["reason"].startswith("No existing person matched; created")
    assert (body["failed"], body["waiting"]) == ([], 1)

    everything = world.client("admin").post(url, timeout=30)
    assert everything.status_code == 200
    assert [o["registration_id"] for o in everything.json()["decided"]] == [waiting]
    assert everything.json()["waiting"] == 0
    statuses = {r.id: r.status for r in registrations(alumni_site.db, world.tenant_id)}
    assert statuses == {new: AlumniStatus.APPROVED_ALUMNUS, waiting: AlumniStatus.NOT_APPROVED}


def test_only_administrators_run_the_queue_and_only_their_tenants(
    alumni_site: AlumniSite,
    world: World,
) -> None:
    mine = received(alumni_site, world, "anna@example.se", retry_in=None)
    other = alumni_site.world()
    url = f"{alumni_site.url}/api/v1/alumni/process"

    refused = world.client("alumni_officer").post(url, timeout=30)
    elsewhere = other.client("admin").post(url, timeout=30)
    anonymous = world.client("admin")
    anonymous.headers.pop("Authorization")

    assert refused.status_code == 403
    assert elsewhere.status_code == 200 and elsewhere.json()["decided"] == []
    assert anonymous.post(url, timeout=30).status_code == 401
    with alumni_site.db.sessions() as s:
        reg = s.get(AlumniRegistration, mine)
        assert reg is not None and reg.status == AlumniStatus.RECEIVED
