"""Duplicate candidates with their scores, and merging over the API: roles, tenants, audit."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import select

from models.alumni import AlumniRegistration, AlumniStatus
from models.audit import AuditEvent
from models.ids import new_id, utcnow
from models.people import Activity, Person
from server.services.alumni.forms import intake
from server.services.alumni.processing import process_pending
from server.services.alumni.student_records import DatabaseStudentRecords
from tests.alumni import builders as b
from tests.alumni.http.site import (
    AlumniSite,
)
from tests.server.helpers import World


@dataclass
class Twins:
    """Anna twice: by e-mail (no personnummer) and by personnummer; her registration names both."""

    by_email: str
    by_pnr: str
    registration: str


@pytest.fixture
def twins(alumni_site: AlumniSite, world: World) -> Twins:
    now = utcnow()
    with alumni_site.db.transaction() as s:
        by_email = b.person(s, world.tenant_id, "Anna", "Berg", emails=["anna@home.se"]).id
        by_pnr = b.person(s, world.tenant_id, "Anna", "Bergström", pnr=b.ANNA_PNR).id
        reg = intake(
            session=s,
            tenant_id=world.tenant_id,
            data={
                "email": "anna@home.se",
                "first_name": "Anna",
                "last_name": "Berg",
                "personnummer": b.ANNA_PNR,
            },
            now=now,
        ).id
    process_pending(
        session_factory=alumni_site.db.sessions,
        tenant_id=world.tenant_id,
        source=DatabaseStudentRecords(alumni_site.db.sessions, tenant_id=world.tenant_id),
        now=now,
    )
    return Twins(by_email, by_pnr, reg)


def candidates_url(site: AlumniSite, registration_id: str) -> str:
    return f"{site.url}/api/v1/alumni/registrations/{registration_id}/candidates"


def test_candidates_of_a_registration_are_listed_best_first_with_scores(
    alumni_site: AlumniSite,
    world: World,
    twins: Twins,
) -> None:
    resp = world.client("alumni_officer").get(
        candidates_url(alumni_site, twins.registration), timeout=10
    )

    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["registration_id"] == twins.registration
    found = body["candidates"]
    assert {c["person_id"] for c in found} == {twins.by_email, twins.by_pnr}
    scores = [c["score"] for c in found]
    assert scores == sorted(scores, reverse=True) and all(0 < s <= 100 for s in scores)
    by_pnr = next(c for c in found if c["person_id"] == twins.by_pnr)
    assert "personnummer" in by_pnr["signals"] and by_pnr["name"] == "Anna Bergström"
    assert "e-mail" in next(c for c in found if c["person_id"] == twins.by_email)["signals"]


def test_candidates_are_for_alumni_roles_of_the_same_tenant_only(
    alumni_site: AlumniSite,
    world: World,
    twins: Twins,
) -> None:
    other = alumni_site.world()
    url = candidates_url(alumni_site, twins.registration)

    assert world.client("admin").get(url, timeout=10).status_code == 200
    viewer = world.client("viewer").get(url, timeout=10)
    assert (viewer.status_code, viewer.json()["detail"]["code"]) == (403, "forbidden")
    elsewhere = other.client("alumni_officer").get(url, timeout=10)
    assert (elsewhere.status_code, elsewhere.json()["detail"]["code"]) == (404, "not_found")
    missing = world.client("alumni_officer").get(candidates_url(alumni_site, new_id()), timeout=10)
    assert missing.status_code == 404
    malformed = world.client("alumni_officer").get(
        candidates_url(alumni_site, "x'; drop table"), timeout=10
    )
    assert malformed.status_code == 422


def test_merge_keeps_every_registration_and_activity_and_is_audited(
    alumni_site: AlumniSite,
    world: World,
    twins: Twins,
) -> None:
    with alumni_site.db.sessions() as s:
        reg = s.get(AlumniRegistration, twins.registration)
        assert reg is not None and reg.status == AlumniStatus.NOT_APPROVED
        assert reg.decision_reason.startswith("Match not certain")
        assert reg.person_id == twins.by_pnr
        activities = set(s.scalars(select(Activity.id).where(Activity.person_id == twins.by_pnr)))
    assert activities  # the automatic decision is on the matched person's timeline

    resp = world.client("alumni_officer").post(
        f"{alumni_site.url}/api/v1/persons/merge",
        json={"survivor_id": twins.by_email, "duplicate_id": twins.by_pnr},
        timeout=10,
    )

    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert (body["survivor_id"], body["duplicate_id"]) == (twins.by_email, twins.by_pnr)
    assert body["moved"]["alumni_registration.person_id"] == 1
    assert body["moved"]["activity.person_id"] == len(activities)
    assert "personnummer" in body["filled"]
    with alumni_site.db.sessions() as s:
        reg = s.get(AlumniRegistration, twins.registration)
        assert reg is not None and reg.person_id == twins.by_email
        moved = set(s.scalars(select(Activity.id).where(Activity.person_id == twins.by_email)))
        assert activities < moved  # theirs, plus the merge itself
        duplicate = s.get(Person, twins.by_pnr)
        assert duplicate is not None and duplicate.deleted_at is not None
        assert duplicate.merged_into_id == twins.by_email
        survivor = s.get(Person, twins.by_email)
        assert survivor is not None and survivor.personnummer == b.ANNA_PNR
        audit = s.scalars(
            select(AuditEvent).where(
                AuditEvent.tenant_id == world.tenant_id, AuditEvent.action == "person.merge"
            )
        ).one()
        assert audit.actor_email == world.email("alumni_officer")
        assert audit.details["duplicate_id"] == twins.by_pnr
    after = world.client("alumni_officer").get(
        candidates_url(alumni_site, twins.registration), timeout=10
    )
    assert [c["person_id"] for c in after.json()["candidates"]] == [twins.by_email]


def test_merge_refusals_name_the_problem_and_change_nothing(
    alumni_site: AlumniSite,
    world: World,
    twins: Twins,
) -> None:
    url = f"{alumni_site.url}/api/v1/persons/merge"
    pair = {"survivor_id": twins.by_email, "duplicate_id": twins.by_pnr}
    other = alumni_site.world()
    with alumni_site.db.transaction() as s:
        stranger = b.person(s, other.tenant_id, "Anna", "Berg").id
        erik = b.person(s, world.tenant_id, "Erik", "Lund", pnr=b.ERIK_PNR).id

    cases = {
        "viewer": (world.client("viewer").post(url, json=pair, timeout=10), 403),
        "course admin": (world.client("course_admin").post(url, json=pair, timeout=10), 403),
        "other tenant's officer": (
            other.client("alumni_officer").post(url, json=pair, timeout=10),
            404,
        ),
        "other tenant's person": (
            world.client("admin").post(
                url, json={"survivor_id": twins.by_email, "duplicate_id": stranger}, timeout=10
            ),
            404,
        ),
        "itself": (
            world.client("admin").post(
                url, json={"survivor_id": erik, "duplicate_id": erik}, timeout=10
            ),
            422,
        ),
        "two personnummer": (
            world.client("admin").post(
                url, json={"survivor_id": twins.by_pnr, "duplicate_id": erik}, timeout=10
            ),
            409,
        ),
        "malformed": (world.client("admin").post(url, json={"survivor_id": 1}, timeout=10), 422),
    }

    for name, (resp, status) in cases.items():
        assert resp.status_code == status, (name, resp.text)
        assert resp.json()["detail"]["message"], name
    with alumni_site.db.sessions() as s:
        for person_id in (twins.by_email, twins.by_pnr, erik):
            person = s.get(Person, person_id)
            assert person is not None and person.deleted_at is None
        stranger_row = s.get(Person, stranger)
        assert stranger_row is not None and stranger_row.deleted_at is None
