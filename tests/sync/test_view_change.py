"""A change of what a user may see reaches the client at its next sync (issue 26, item 1).

The server decides what each reader sees (roles: the personal-data tables and
columns; agent scope: which tables and rows; tenant). When that changes, the
next sync must bring the client to exactly the new view: rows that became
visible arrive, rows (and personnummer) that no longer are disappear, queued
work is kept. Roles are changed the way an administrator changes them, over the
real HTTP API (``PATCH /users/{id}``, ``POST /agents/{id}/roles``), against a real
server process on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests

from models import Agent, AgentOrder, Organisation
from models.ids import new_id
from sync.client import AuthError
from sync.engine import SyncEngine
from tests.sync.helpers import (
    Account,
    close,
    command,
    connect,
    differences,
    local_view,
    new_account,
    seed_alumni_queue,
    seed_varied,
    server_session,
    server_view,
)
from tests.utils.servers import LiveServer

ALUMNI = 6
PNR = "198112289874"  # seed_varied's person


def _admin(live: LiveServer, admin: Account) -> requests.Session:
    s = requests.Session()
    resp = s.post(
        f"{live.url}/api/v1/auth/login",
        json={"email": admin.email, "password": admin.password, "tenant": admin.tenant},
        timeout=10,
    )
    assert resp.status_code == 200, resp.text
    s.headers["Authorization"] = f"Bearer {resp.json()['token']}"
    return s


def _set_roles(live: LiveServer, admin: requests.Session, user_id: str, roles: list[str]) -> None:
    resp = admin.patch(f"{live.url}/api/v1/users/{user_id}", json={"roles": roles}, timeout=10)
    assert resp.status_code == 200, resp.text


def _count(engine: SyncEngine, sql: str) -> int:
    with engine.store.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        return int(raw.execute(sql).fetchone()[0])


def _in_view(engine: SyncEngine) -> None:
    """The local database is exactly the server's view of the account now."""
    assert differences(local_view(engine.store), server_view(engine.client)) == []


def _world(live: LiveServer) -> tuple[Account, Account]:
    admin = new_account(live.db_url)
    seed_varied(live.db_url, admin.tenant_id)  # one person with a personnummer, a student record
    seed_alumni_queue(live.db_url, admin.tenant_id, ALUMNI)
    user = new_account(live.db_url, tenant=admin.tenant, roles=("course_admin",))
    return admin, user


def test_granted_alumni_officer_pulls_the_alumni_data_and_personnummer_at_the_next_sync(
    live: LiveServer, tmp_path: Path
) -> None:
    admin, user = _world(live)
    engine = connect(live.url, user, tmp_path / "c.db")
    try:
        engine.sync_once()
        assert _count(engine, "SELECT count(*) FROM alumni_registration") == 0
        assert _count(engine, "SELECT count(*) FROM person WHERE personnummer IS NOT NULL") == 0
        user_id = engine.actor().user_id
        assert user_id

        _set_roles(live, _admin(live, admin), user_id, ["course_admin", "alumni_officer"])
        # Work queued before the sync that brings the new view is kept and sent.
        with engine.store.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            person, notes = raw.execute(
                "SELECT id, notes FROM person WHERE first_name = 'Alum'"
            ).fetchone()
        edit = {"person_id": person, "changes": {"notes": {"old": notes, "new": "hej"}}}
        engine.execute(command("person.edit", edit), engine.actor())
        report = engine.sync_once()

        assert report.view_reset and report.caught_up
        assert report.applied == 1 and engine.state.pending == 0 and engine.state.rejected == 0
        assert _count(engine, "SELECT count(*) FROM alumni_registration") == ALUMNI + 1
        assert _count(engine, "SELECT count(*) FROM student_record") == 1
        assert _count(engine, "SELECT count(*) FROM person WHERE personnummer IS NOT NULL") == 1
        assert _count(engine, "SELECT count(*) FROM person WHERE notes = 'hej'") == 1
        assert "alumni_officer" in engine.actor().roles  # recorded from /me
        assert engine.state.roles is not None and "alumni_officer" in engine.state.roles
        _in_view(engine)
        # The next sync in the same view is incremental again.
        again = engine.sync_once()
        assert not again.view_reset and again.pulled_rows == 0
    finally:
        close(engine)


def test_revoked_alumni_officer_keeps_no_alumni_data_or_personnummer(
    live: LiveServer, tmp_path: Path
) -> None:
    admin, user = _world(live)
    _set_roles(live, _admin(live, admin), _user_id(live, user), ["course_admin", "alumni_officer"])
    engine = connect(live.url, user, tmp_path / "c.db")
    try:
        engine.sync_once()
        assert _count(engine, "SELECT count(*) FROM alumni_registration") == ALUMNI + 1
        assert _count(engine, "SELECT count(*) FROM person WHERE personnummer IS NOT NULL") == 1
        assert _count(engine, "SELECT count(*) FROM person WHERE birth_date IS NOT NULL") == 1
        # A refused command keeps the server's rows as the officer could read them.
        with engine.store.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            asa, notes = raw.execute(
                "SELECT id, notes FROM person WHERE personnummer IS NOT NULL"
            ).fetchone()
        boss = _admin(live, admin)
        theirs = command(
            "person.edit", {"person_id": asa, "changes": {"notes": {"old": notes, "new": "B"}}}
        )
        pushed = boss.post(
            f"{live.url}/api/v1/sync/push", json={"commands": [theirs.envelope()]}, timeout=10
        )
        assert pushed.json()["results"][0]["status"] == "applied", pushed.text
        mine = {"person_id": asa, "changes": {"notes": {"old": notes, "new": "A"}}}
        engine.execute(command("person.edit", mine), engine.actor())
        assert engine.sync_once().rejected == 1
        [kept] = engine.store.open_rejections()
        assert kept.rows()["person"][0]["personnummer"] == PNR

        _set_roles(live, _admin(live, admin), engine.actor().user_id or "", ["course_admin"])
        report = engine.sync_once()

        assert report.view_reset
        [kept] = engine.store.open_rejections()  # kept, as the new roles may read it
        assert kept.code == "conflict" and kept.rows()["person"][0]["personnummer"] is None
        assert PNR not in kept.server_rows + kept.details + kept.message
        for table in ("alumni_registration", "student_record", "alumni_rule"):
            assert _count(engine, f"SELECT count(*) FROM {table}") == 0, table
        assert _count(engine, "SELECT count(*) FROM person WHERE personnummer IS NOT NULL") == 0
        assert _count(engine, "SELECT count(*) FROM person WHERE birth_date IS NOT NULL") == 0
        assert engine.actor().roles == frozenset({"course_admin"})
        _in_view(engine)
    finally:
        close(engine)


def _user_id(live: LiveServer, account: Account) -> str:
    from sqlalchemy import select

    from models.tenancy import User

    with server_session(live.db_url) as s:
        found = s.scalar(select(User.id).where(User.email == account.email))
    assert found
    return str(found)


def _agent(live: LiveServer, tenant_id: str) -> tuple[str, str]:
    """An agent with one order for a customer; returns (agent id, order id)."""
    with server_session(live.db_url) as s:
        own = Organisation(tenant_id=tenant_id, name="Agentbolaget AB")
        customer = Organisation(tenant_id=tenant_id, name="Kunden AB")
        s.add_all([own, customer])
        s.flush()
        agent = Agent(tenant_id=tenant_id, organisation_id=own.id, name="Agentbolaget")
        s.add(agent)
        s.flush()
        order = AgentOrder(
            tenant_id=tenant_id,
            number="A-1",
            agent_id=agent.id,
            customer_organisation_id=customer.id,
            service="Utbildning",
            ordered_at=datetime(2026, 3, 1, tzinfo=UTC),
        )
        s.add(order)
        s.flush()
        return agent.id, order.id


def test_agent_scope_narrowed_and_widened_follows_at_the_next_sync(
    live: LiveServer, tmp_path: Path
) -> None:
    admin, user = _world(live)
    agent_id, order_id = _agent(live, admin.tenant_id)
    boss = _admin(live, admin)
    resp = boss.post(
        f"{live.url}/api/v1/agents/{agent_id}/roles",
        json={"email": user.email, "role": "agent_case_handler"},
        timeout=10,
    )
    assert resp.status_code == 201, resp.text
    engine = connect(live.url, user, tmp_path / "c.db")
    try:
        engine.sync_once()  # tenant-wide still (course_admin without agent)
        persons = _count(engine, "SELECT count(*) FROM person")
        assert persons > ALUMNI and _count(engine, "SELECT count(*) FROM course") == 1
        user_id = engine.actor().user_id or ""

        # Narrowed: only the agent role is left, so the user acts for the agent only.
        _set_roles(live, boss, user_id, [])
        report = engine.sync_once()
        assert report.view_reset
        for table in ("person", "course", "registration", "person_email", "activity"):
            assert _count(engine, f"SELECT count(*) FROM {table}") == 0, table
        assert _count(engine, "SELECT count(*) FROM agent_order") == 1
        assert _count(engine, f"SELECT count(*) FROM agent WHERE id = '{agent_id}'") == 1
        assert engine.actor().roles == frozenset({"agent_case_handler"})
        _in_view(engine)

        # Widened again: tenant-wide data comes back.
        _set_roles(live, boss, user_id, ["course_admin"])
        report = engine.sync_once()
        assert report.view_reset
        assert _count(engine, "SELECT count(*) FROM person") == persons
        assert _count(engine, f"SELECT count(*) FROM agent_order WHERE id = '{order_id}'") == 1
        _in_view(engine)
    finally:
        close(engine)


def test_a_plain_cursor_of_an_older_server_starts_over_once(live: LiveServer) -> None:
    admin, _user = _world(live)
    s = _admin(live, admin)
    first = s.get(f"{live.url}/api/v1/sync/pull", params={"cursor": ""}, timeout=10).json()
    assert "reset" not in first and first["next_cursor"].startswith("v")
    seq = first["next_cursor"].split(".")[1]
    old = s.get(f"{live.url}/api/v1/sync/pull", params={"cursor": seq}, timeout=10).json()
    assert old["reset"] is True and old["changes"] == first["changes"]
    same = s.get(
        f"{live.url}/api/v1/sync/pull", params={"cursor": first["next_cursor"]}, timeout=10
    ).json()
    assert same == {
        "changes": {},
        "tombstones": {},
        "next_cursor": first["next_cursor"],
        "has_more": False,
    }
    bad = s.get(f"{live.url}/api/v1/sync/pull", params={"cursor": "vzz.1"}, timeout=10)
    assert bad.status_code == 400 and bad.json()["detail"]["code"] == "invalid_cursor"


def test_membership_removed_drops_the_cached_data_keeps_the_unsent_work(
    live: LiveServer, tmp_path: Path
) -> None:
    """The user's last role in the tenant is removed: the live sign-in is refused with
    ``no_access``; the client removes the organisation's data from its file (it may no
    longer hold it) and keeps the command not yet sent. Signing in is refused too.
    Given access again, a new sign-in sends the kept command and pulls the view anew."""
    admin, user = _world(live)
    engine = connect(live.url, user, tmp_path / "c.db")
    try:
        engine.sync_once()
        assert _count(engine, "SELECT count(*) FROM person") > 0
        user_id = engine.actor().user_id or ""
        boss = _admin(live, admin)
        _set_roles(live, boss, user_id, [])
        engine.execute(
            command(
                "person.create", {"person_id": new_id(), "first_name": "Kvar", "last_name": "Här"}
            ),
            engine.actor(),
        )
        with pytest.raises(AuthError) as refused:
            engine.sync_once()
        assert refused.value.code == "no_access"
        assert engine.state.status == "error"
        for table in ("person", "course", "registration", "person_email", "organisation"):
            assert _count(engine, f"SELECT count(*) FROM {table}") == 0, table
        assert engine.store.pending_count() == 1 and engine.store.cursor() == ""
        login = requests.post(
            f"{live.url}/api/v1/auth/login",
            json={"email": user.email, "password": user.password, "tenant": user.tenant},
            timeout=10,
        )
        assert login.status_code == 403 and login.json()["detail"]["code"] == "no_access"

        again = boss.post(
            f"{live.url}/api/v1/users",
            json={"email": user.email, "roles": ["course_admin"]},
            timeout=10,
        )
        assert again.status_code == 202, again.text
        engine.client.login(user.email, user.password, tenant=user.tenant)
        report = engine.sync_once()
        assert report.applied == 1 and engine.state.pending == 0
        assert _count(engine, "SELECT count(*) FROM person WHERE first_name = 'Kvar'") == 1
        _in_view(engine)
    finally:
        close(engine)
