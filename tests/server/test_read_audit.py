"""The audit of reads (issue 23) over real HTTP on SQLite and PostgreSQL: a pull page that
sends personnummer is one audit event (its tables and row counts, never the values), a
pull without personnummer none; ``GET /api/v1/audit`` gives the tenant's events to its
administrators only, newest first, filtered by user, kind, person and days, paged."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import event, select

from models.audit import AuditEvent
from models.ids import new_id, utcnow
from models.people import Person
from models.tenancy import Role
from sync.privacy import AuditFilters, PrivacyClient
from tests.server.helpers import World, cmd


def _people(world: World, n: int) -> list[str]:
    ids = [new_id() for _ in range(n)]
    with world.db.transaction() as s:
        for i, person in enumerate(ids):
            s.add(
                Person(
                    id=person,
                    tenant_id=world.tenant_id,
                    first_name=f"P{i}",
                    last_name="Lund",
                    personnummer=f"19900101{i:04d}",
                )
            )
    return ids


def _pulls(world: World) -> list[AuditEvent]:
    with world.db.sessions() as s:
        return list(
            s.scalars(
                select(AuditEvent)
                .where(
                    AuditEvent.tenant_id == world.tenant_id,
                    AuditEvent.action == "sync.personnummer_pulled",
                )
                .order_by(AuditEvent.at)
            )
        )


def test_a_pull_that_sends_personnummer_is_audited_once_a_page(world: World) -> None:
    _people(world, 5)
    pulled = world.pull_all(Role.ADMIN, limit=2)
    assert len(pulled["changes"]["person"]) == 5
    events = _pulls(world)
    # Three pages (2 + 2 + 1 people): three events, each with its count, no values.
    assert [e.details["rows"] for e in events] == [{"person": 2}, {"person": 2}, {"person": 1}]
    assert {(e.actor_email, e.entity_type) for e in events} == {(world.email(Role.ADMIN), "tenant")}
    assert "19900101" not in repr([e.details for e in events])
    # Each event names whose personnummer it sent, so the person's extract and the audit
    # log's person filter find the reads of theirs (issue 23 review M2).
    people = sorted(pulled["changes"]["person"])
    assert sorted(p for e in events for p in e.details["people"]) == people
    first = people[0]
    [read] = [e for e in events if first in e.details["people"]]
    admin = world.client(Role.ADMIN)
    found = admin.get(f"{world.url}/api/v1/audit", params={"person": first}, timeout=30).json()
    assert [r["id"] for r in found["rows"]] == [read.id]
    body = admin.get(
        f"{world.url}/api/v1/people/{first}/extract", params={"format": "json"}, timeout=30
    ).json()
    assert [r["id"] for r in body["sections"]["audit_event"]] == [read.id]

    # A reader who is not sent personnummer (redacted) is not audited as reading them.
    world.pull_all(Role.COURSE_ADMIN)
    world.pull_all(Role.VIEWER)
    # Nor is a pull with nothing new.
    world.client().get(
        f"{world.url}/api/v1/sync/pull", params={"cursor": pulled["cursor"]}, timeout=30
    ).raise_for_status()
    assert len(_pulls(world)) == 3


def test_an_audited_pull_page_holds_one_pooled_connection(world: World) -> None:
    """The pull's audit event is written through the session that read the page, not a
    second one opened while the first is still out of the pool (review M3)."""
    _people(world, 3)
    out = {"now": 0, "most": 0}

    def checkout(*_: object) -> None:
        out["now"] += 1
        out["most"] = max(out["most"], out["now"])

    def checkin(*_: object) -> None:
        out["now"] -= 1

    event.listen(world.db.engine, "checkout", checkout)
    event.listen(world.db.engine, "checkin", checkin)
    try:
        world.pull_all(Role.ADMIN, limit=2)
    finally:
        event.remove(world.db.engine, "checkout", checkout)
        event.remove(world.db.engine, "checkin", checkin)
    assert len(_pulls(world)) == 2
    assert out["most"] == 1


def _event(world: World, *, action: str, at: datetime, by: str, person: str = "") -> None:
    with world.db.transaction() as s:
        s.add(
            AuditEvent(
                tenant_id=world.tenant_id,
                at=at,
                actor_email=by,
                action=action,
                entity_type="person" if person else "tenant",
                entity_id=person or world.tenant_id,
                details={},
            )
        )


def test_admins_read_the_audit_log_filtered_and_paged(world: World, other_world: World) -> None:
    [anna, bo] = _people(world, 2)
    now = utcnow()
    _event(world, action="person.extract", at=now - timedelta(days=3), by="a@x.se", person=anna)
    _event(world, action="person.account_read", at=now - timedelta(days=2), by="b@x.se", person=bo)
    _event(world, action="user.roles_changed", at=now - timedelta(days=1), by="A@x.se")
    _event(other_world, action="person.extract", at=now, by="a@x.se", person=new_id())
    url = f"{world.url}/api/v1/audit"
    admin = world.client(Role.ADMIN)

    def actions(**params: object) -> list[str]:
        resp = admin.get(url, params=params, timeout=30)
        assert resp.status_code == 200, resp.text
        return [r["action"] for r in resp.json()["rows"]]

    assert actions() == ["user.roles_changed", "person.account_read", "person.extract"]
    assert actions(user="A@X") == ["user.roles_changed", "person.extract"]
    assert actions(action="person.") == ["person.account_read", "person.extract"]
    assert actions(action="person") == []
    assert actions(person=anna) == ["person.extract"]
    day = (now - timedelta(days=2)).date().isoformat()
    assert actions(**{"from": day, "to": day}) == ["person.account_read"]
    first = admin.get(url, params={"limit": 2}, timeout=30).json()
    # Events that arrive between pages neither repeat a row nor push one out (review M6):
    # the next page is the events before the last one given.
    _event(world, action="person.extract", at=utcnow(), by="late@x.se", person=anna)
    last = first["rows"][-1]
    after = {"limit": 2, "before_at": last["at"], "before_id": last["id"]}
    second = admin.get(url, params=after, timeout=30).json()
    assert (first["total"], second["total"]) == (3, None)
    assert [r["action"] for r in first["rows"] + second["rows"]] == actions()[1:]
    assert admin.get(url, params={"before_id": last["id"]}, timeout=30).status_code == 422
    # Only the tenant's administrators; a malformed filter is a 422.
    for role in (Role.VIEWER, Role.COURSE_ADMIN, Role.ALUMNI_OFFICER, Role.TREASURER):
        assert world.client(role).get(url, timeout=30).status_code == 403, role
    assert admin.get(url, params={"person": "x' or 1=1"}, timeout=30).status_code == 422
    assert admin.get(url, params={"limit": 501}, timeout=30).status_code == 422


def test_a_settings_change_is_audited_with_the_fields_not_the_values(world: World) -> None:
    settings_id = new_id()
    for version, signs in ((0, True), (1, True), (2, False)):
        [answer] = world.push(
            cmd(
                "agent_order_settings.set",
                settings_id=settings_id,
                expected_version=version,
                handler_signs_with_bankid=signs,
            )
        )
        assert answer["status"] == "applied", answer
    with world.db.sessions() as s:
        events = s.scalars(
            select(AuditEvent)
            .where(
                AuditEvent.action == "agent_order_settings.set", AuditEvent.entity_id == settings_id
            )
            .order_by(AuditEvent.at)
        ).all()
    assert [(e.details["version"], e.details["fields"]) for e in events] == [
        (1, ["handler_signs_with_bankid"]),
        (2, []),
        (3, ["handler_signs_with_bankid"]),
    ]
    assert {e.actor_email for e in events} == {world.email(Role.ADMIN)}


def test_the_desktop_client_pages_by_the_last_event_read(world: World) -> None:
    """sync.privacy.PrivacyClient (the audit window's reader): the first page brings the
    count, each next page the events before the last one read; events written between
    pages neither repeat a row nor push one out (review M6)."""
    now = utcnow()
    for days in range(5):
        _event(world, action="user.roles_changed", at=now - timedelta(days=days), by="a@x.se")
    client = PrivacyClient(world.url, token=world.tokens[Role.ADMIN])
    try:
        filters = AuditFilters(action="user.roles_changed")
        first = client.audit(filters, limit=2)
        _event(world, action="user.roles_changed", at=utcnow(), by="late@x.se")
        items = list(first.items)
        while page := client.audit(filters, after=items[-1], limit=2).items:
            items += page
    finally:
        client.close()
    assert first.total == 5
    assert [e.actor for e in items] == ["a@x.se"] * 5
    assert len({e.id for e in items}) == 5
    assert [e.at for e in items] == sorted((e.at for e in items), reverse=True)
