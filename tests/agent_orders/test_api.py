"""The API of agent orders: agent roles granted by the agent's administrator, the user's
notifications, customer invitations; admin-only and tenant-scoped."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from models.agent_orders import OrderState
from models.audit import AuditEvent
from models.tenancy import Membership, User
from server.tables import MailOutbox
from tests.agent_orders.builders import add_order
from tests.agent_orders.live import LiveApp
from tests.agent_orders.web import api


def _grant(
    live: LiveApp, token: str, agent_id: str, email: str, role: str
) -> tuple[int, dict[str, Any]]:
    resp = api(token).post(
        f"{live.url}/api/v1/agents/{agent_id}/roles",
        json={"email": email, "role": role},
        timeout=10,
    )
    return resp.status_code, resp.json() if resp.content else {}


def _audited(live: LiveApp, action: str, entity_id: str) -> list[AuditEvent]:
    with live.db.sessions() as s:
        return list(
            s.scalars(
                select(AuditEvent)
                .where(AuditEvent.action == action, AuditEvent.entity_id == entity_id)
                .order_by(AuditEvent.at)
            )
        )


def test_agent_administrator_grants_and_revokes_roles_in_their_agent_only(live: LiveApp) -> None:
    cast = live.cast()
    a, b = cast.agents["a"], cast.agents["b"]
    agent_admin = cast.tokens["agent_admin"]
    # A user of agent B, or of the tenant's staff, gets no role in agent A, and the answer
    # is that of any address outside the agent: invited (docs/CONTRACTS.md).
    for outside in ("handler_b", "viewer"):
        status, body = _grant(live, agent_admin, a, cast.email(outside), "attestant")
        assert (status, body) == (202, {"status": "invited"}), outside
    # Another agent is outside the agent administrator's scope: not found, its name untold.
    status, body = _grant(live, agent_admin, b, cast.email("handler"), "attestant")
    assert status == 404 and "Stadsnät" not in str(body), body
    status, body = _grant(live, agent_admin, a, cast.email("handler"), "attestant")
    assert status == 201, body
    assert (body["email"], body["role"], body["agent_id"]) == (
        cast.email("handler"),
        "attestant",
        a,
    )
    assert body["granted_by"] == cast.users["agent_admin"].id
    status, again = _grant(live, agent_admin, a, cast.email("handler"), "attestant")
    assert status == 409 and "already has the role attestant" in again["detail"]["message"]
    assert again["detail"]["code"] == "already_granted"
    listed = api(agent_admin).get(f"{live.url}/api/v1/agents/{a}/roles", timeout=10).json()
    assert {(r["email"], r["role"]) for r in listed["roles"]} >= {
        (cast.email("handler"), "attestant"),
        (cast.email("handler"), "agent_case_handler"),
        (cast.email("attestant"), "attestant"),
    }
    # Audited, by whom, what and where.
    handler_id = cast.users["handler"].id
    [granted] = _audited(live, "agent_role.granted", handler_id)
    assert granted.actor_user_id == cast.users["agent_admin"].id
    assert granted.details == {"role": "attestant", "agent_id": a, "membership_id": body["id"]}
    gone = api(agent_admin).delete(f"{live.url}/api/v1/agents/{a}/roles/{body['id']}", timeout=10)
    assert gone.status_code == 204
    [revoked] = _audited(live, "agent_role.revoked", handler_id)
    assert revoked.actor_user_id == cast.users["agent_admin"].id
    assert revoked.details == granted.details
    listed = api(agent_admin).get(f"{live.url}/api/v1/agents/{a}/roles", timeout=10).json()
    assert (cast.email("handler"), "attestant") not in {
        (r["email"], r["role"]) for r in listed["roles"]
    }


def test_agent_roles_refuse_non_admins_other_tenants_and_bad_input(live: LiveApp) -> None:
    cast = live.cast()
    other = live.cast()
    a = cast.agents["a"]
    status, body = _grant(live, cast.tokens["handler"], a, cast.email("viewer"), "attestant")
    assert status == 403 and "Only an administrator" in body["detail"]["message"]
    status, body = _grant(live, other.tokens["admin"], a, other.email("viewer"), "attestant")
    assert status == 404 and f"Agent {a} was not found" in body["detail"]["message"]
    status, body = _grant(live, cast.tokens["admin"], a, cast.email("viewer"), "admin")
    assert status == 422 and body["detail"]["field"].endswith("role")
    status, body = _grant(
        live, cast.tokens["admin"], a, f"nobody.{cast.slug}@example.se", "attestant"
    )
    assert status == 202 and body == {"status": "invited"}
    status, body = _grant(live, cast.tokens["admin"], a, cast.email("viewer"), "attestant")
    assert status == 201  # the tenant administrator may add tenant staff to an agent
    missing = api(cast.tokens["admin"]).delete(
        f"{live.url}/api/v1/agents/{a}/roles/{other.users['viewer'].id}", timeout=10
    )
    assert missing.status_code == 404


def test_notifications_are_the_users_own_and_can_be_marked_read(live: LiveApp) -> None:
    cast = live.cast()
    add_order(cast, state=OrderState.AGENT_APPROVED)  # the attestant is told
    client = api(cast.tokens["attestant"])
    page = client.get(f"{live.url}/api/v1/notifications", timeout=10).json()
    assert page["unread"] == 1
    [note] = page["notifications"]
    assert note["kind"] == "agent_order.awaits_attest" and note["read_at"] is None
    assert note["link_path"].startswith("/staff/agent-orders/")
    theirs = api(cast.tokens["handler"]).post(
        f"{live.url}/api/v1/notifications/{note['id']}/read", timeout=10
    )
    assert theirs.status_code == 404
    read = client.post(f"{live.url}/api/v1/notifications/{note['id']}/read", timeout=10)
    assert read.status_code == 200 and read.json()["read_at"]
    after = client.get(
        f"{live.url}/api/v1/notifications", params={"unread_only": "true"}, timeout=10
    ).json()
    assert after == {"notifications": [], "unread": 0}
    bad = client.post(f"{live.url}/api/v1/notifications/not-an-id!/read", timeout=10)
    assert bad.status_code in (404, 422)


def test_only_administrators_invite_customers_of_their_own_tenant(live: LiveApp) -> None:
    cast = live.cast()
    other = live.cast()
    body = {"customer_organisation_id": cast.customer_id, "email": "kim@region-norr.se"}
    url = f"{live.url}/api/v1/agent-orders/invitations"
    refused = api(cast.tokens["handler"]).post(url, json=body, timeout=10)
    assert refused.status_code == 403
    foreign = api(other.tokens["admin"]).post(url, json=body, timeout=10)
    assert foreign.status_code == 404
    bad = api(cast.tokens["admin"]).post(url, json={**body, "email": "no-at-sign"}, timeout=10)
    assert bad.status_code == 422 and "@" in bad.json()["detail"]["message"]
    ok = api(cast.tokens["admin"]).post(url, json=body, timeout=10)
    assert ok.status_code == 201 and ok.json()["email"] == "kim@region-norr.se"
    [invited] = _audited(live, "agent_order.customer_invited", cast.customer_id)
    assert invited.actor_user_id == cast.users["admin"].id and invited.tenant_id
    assert invited.details["email"] == "kim@region-norr.se"
    assert datetime.fromisoformat(invited.details["expires_at"]) == datetime.fromisoformat(
        ok.json()["expires_at"]
    )


def test_agent_scoped_administrator_has_no_tenant_wide_rights(live: LiveApp) -> None:
    """Least privilege: administering one agent's roles gives nothing else of the tenant."""
    cast = live.cast()
    client = api(cast.tokens["agent_admin"])
    me = client.get(f"{live.url}/api/v1/me", timeout=10).json()
    assert me["roles"] == ["agent_admin"]
    page = client.get(f"{live.url}/api/v1/sync/pull", params={"limit": 5000}, timeout=10).json()
    assert "alumni_registration" not in page["changes"]
    assert all(p["personnummer"] is None for p in page["changes"].get("person", []))
    pushed = client.post(
        f"{live.url}/api/v1/sync/push",
        json={
            "commands": [
                {
                    "id": "0190a000-0000-7000-8000-00000000a001",
                    "name": "course.create",
                    "version": 1,
                    "args": {
                        "course_id": "0190a000-0000-7000-8000-00000000a002",
                        "code": "X",
                        "name": "X",
                    },
                }
            ]
        },
        timeout=10,
    ).json()
    assert pushed["results"][0]["code"] == "forbidden"


def test_role_for_an_address_outside_the_tenant_is_an_invitation_with_one_answer(
    live: LiveApp,
) -> None:
    """Whether the address has an account in another tenant or none at all, the answer is
    the same and tells nothing of the other tenant; both are invited by mail."""
    cast = live.cast()
    other = live.cast()
    a = cast.agents["a"]
    elsewhere = other.email("handler")  # an account of another tenant
    nowhere = f"new.{cast.slug}@agent.se"
    answers = [
        _grant(live, cast.tokens["agent_admin"], a, address, "attestant")
        for address in (elsewhere, nowhere)
    ]
    assert answers[0] == answers[1] == (202, {"status": "invited"})
    with live.db.sessions() as s:
        mails = {
            m.to_address: m
            for m in s.scalars(
                select(MailOutbox).where(MailOutbox.to_address.in_([elsewhere, nowhere]))
            )
        }
        assert set(mails) == {elsewhere, nowhere}
        assert "/password/" in mails[nowhere].body_text  # a new account chooses a password
        assert "/password/" not in mails[elsewhere].body_text
        # The other tenant's user keeps their account and password, and now has the role here.
        user = s.scalar(select(User).where(User.email == elsewhere))
        assert user is not None and user.password_hash
        held = s.scalars(
            select(Membership.role).where(
                Membership.user_id == user.id, Membership.tenant_id == cast.tenant_id
            )
        ).all()
        assert held == ["attestant"]
    # The grant is the agent's, listed like any other.
    listed = api(cast.tokens["agent_admin"]).get(f"{live.url}/api/v1/agents/{a}/roles", timeout=10)
    assert {elsewhere, nowhere} <= {r["email"] for r in listed.json()["roles"]}
