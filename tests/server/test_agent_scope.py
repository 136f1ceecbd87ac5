"""Agent scope: a user acting for one agent organisation (agent_admin, attestant,
case handler) sees and touches only that agent's orders, their steps and
signatures, the customer organisations of its orders, their contacts and its
own users, through every table, command, API route and staff page.

Two agents of one tenant each get an agent administrator, an attestant and a
case handler (and a user whose agent membership says ``course_admin``, which
must give nothing). Every synced table has a case (a new table without one
fails :func:`test_every_synced_table_has_a_scope_case`), every pushable command
is tried, and every route of the app has a case or a reason (a new route
without one fails :func:`test_every_route_has_a_scope_case`). Real HTTP, on
SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from sqlalchemy import func, select

from models.agent_orders import AgentOrder
from models.commands import Args, Command, CommandContext, register, registered
from models.commands import base as commands_base
from models.ids import new_id, utcnow
from models.organisations import Contact, Organisation
from models.people import Person
from models.tenancy import Membership, Role, Tenant
from server.app import create_app
from server.services.accounts import create_user
from server.services.auth import issue_token, token_hash
from server.services.messages import Message
from server.services.notifications import notify_user
from server.services.rows import synced_table_objects
from server.services.scope import AGENT_SCOPED_ROLES
from server.tables import MailOutbox, Notification
from server.web.csrf import csrf_token
from tests.server.helpers import CHEAP_HASHER, PASSWORD, World, cmd
from tests.server.test_cross_tenant import SPECS, Picker, seed
from tests.utils.servers import InProcessServer

#: What an agent-scoped user receives of each synced table. "scoped": the rows of
#: :func:`expected` (computed here from the tenant admin's pull, independently of the
#: server's SQL); anything else says why the table is not sent at all.
TABLE_CASES: dict[str, str] = {
    "agent": "scoped",
    "agent_order": "scoped",
    "agent_order_step": "scoped",
    "signature": "scoped",
    "organisation": "scoped",
    "contact": "scoped",
    "customer": "hidden: the tenant's customer register (contacts through it are sent)",
    "contract": "hidden: the tenant's contracts",
    "person": "hidden: the tenant's persons",
    "person_email": "hidden: the tenant's persons",
    "person_phone": "hidden: the tenant's persons",
    "person_category": "hidden: the tenant's persons",
    "category": "hidden: the tenant's categories",
    "activity": "hidden: the tenant's persons",
    "consent": "hidden: the tenant's persons",
    "course": "hidden: courses",
    "course_round": "hidden: courses",
    "registration": "hidden: courses",
    "registration_note": "hidden: courses",
    "signup_form": "hidden: courses",
    "form_element": "hidden: courses",
    "round_session": "hidden: courses",
    "alumni_registration": "hidden: alumni",
    "alumni_rule": "hidden: alumni",
    "student_record": "hidden: alumni",
    "message_template": "hidden: the tenant's message templates",
    "notification_binding": "hidden: the tenant's notification bindings",
    "notification_recipient": "hidden: the tenant's static notification recipients",
    "membership_type": "hidden: the tenant's prices",
    "price_rule": "hidden: the tenant's prices",
    "discount_rule": "hidden: the tenant's prices",
    "account_mapping": "hidden: the tenant's accounting settings",
    "accounting_object": "hidden: the tenant's accounting settings",
    "accounting_settings": "hidden: the tenant's accounting settings",
    "agent_order_settings": "hidden: the tenant's agent-order settings",
    "retention_settings": "hidden: the tenant's retention rules",
    "retention_run": "hidden: the tenant's retention runs",
    "person_membership": "hidden: the tenant's persons",
    "cancellation_policy": "hidden: courses",
    "payment_settings": "hidden: the tenant's payment settings",
    "course_prerequisite": "hidden: courses",
    "level_approval": "hidden: the tenant's persons",
    "attendance": "hidden: courses",
    "membership_card": "hidden: the tenant's persons",
    "evaluation_form": "hidden: courses",
    "grant_rule_set": "hidden: courses",
    "service_desk_case": "hidden: the service desk's cases (the order keeps its case number)",
    "service_desk_note": "hidden: the service desk's cases",
}

AGENT_USERS = ("agent_admin", "attestant", "agent_case_handler", "stray")
#: Memberships (role, in the agent) of each agent user; ``stray`` holds a tenant role
#: through its agent membership, which must count for nothing.
MEMBERSHIPS = {
    "agent_admin": ["admin"],
    "attestant": ["attestant"],
    "agent_case_handler": ["agent_case_handler"],
    "stray": ["attestant", "course_admin", "alumni_officer"],
}


@dataclass
class Agents:
    world: World
    full: dict[str, Any]
    a: str
    b: str

    def key(self, agent: str, user: str) -> str:
        return f"{agent}:{user}"

    def token(self, agent: str, user: str) -> str:
        return self.world.tokens[self.key(agent, user)]

    def client(self, agent: str, user: str) -> requests.Session:
        return self.world.client(self.key(agent, user))

    def email(self, agent: str, user: str) -> str:
        return self.world.users[self.key(agent, user)].email

    def orders(self, agent: str) -> dict[str, dict[str, Any]]:
        return {
            i: r for i, r in self.full["changes"]["agent_order"].items() if r["agent_id"] == agent
        }

    def name(self, agent: str) -> str:
        return str(self.full["changes"]["agent"][agent]["name"])


def expected(full: dict[str, Any], agent: str) -> dict[str, set[str]]:
    """The rows of each scoped table an agent's user may see, from the whole tenant."""
    ch = full["changes"]
    orders = {i for i, r in ch["agent_order"].items() if r["agent_id"] == agent}
    orgs = {ch["agent"][agent]["organisation_id"]} | {
        ch["agent_order"][o]["customer_organisation_id"] for o in orders
    }
    customers = {i for i, r in ch.get("customer", {}).items() if r["organisation_id"] in orgs}
    return {
        "agent": {agent},
        "agent_order": orders,
        "agent_order_step": {
            i for i, r in ch.get("agent_order_step", {}).items() if r["order_id"] in orders
        },
        "signature": {i for i, r in ch.get("signature", {}).items() if r["order_id"] in orders},
        "organisation": orgs,
        "contact": {
            i
            for i, r in ch.get("contact", {}).items()
            if r["agent_id"] == agent
            or r["organisation_id"] in orgs
            or r["customer_id"] in customers
        },
    }


def _ids(pulled: dict[str, Any]) -> dict[str, set[str]]:
    out = {t: set(rows) for t, rows in pulled["changes"].items()}
    for t, ids in pulled["tombstones"].items():
        out.setdefault(t, set()).update(ids)
    return out


def _add_users(world: World, agent: str, tag: str) -> None:
    with world.db.transaction() as s:
        tenant = s.get(Tenant, world.tenant_id)
        assert tenant is not None
        for user_kind in AGENT_USERS:
            user = create_user(
                session=s,
                email=f"{user_kind.replace('_', '.')}.{tag}.{world.slug}@agent.example.se",
                password=PASSWORD,
                display_name=f"{user_kind} {tag}",
                hasher=CHEAP_HASHER,
            )
            for role in MEMBERSHIPS[user_kind]:
                s.add(
                    Membership(
                        user_id=user.id, tenant_id=world.tenant_id, role=role, agent_id=agent
                    )
                )
            s.flush()
            token, _ = issue_token(session=s, settings=_SETTINGS[0], user=user, tenant=tenant)
            world.users[f"{agent}:{user_kind}"] = user
            world.tokens[f"{agent}:{user_kind}"] = token


_SETTINGS: list[Any] = []


@pytest.fixture
def agents(world: World, api: InProcessServer) -> Agents:
    """The world seeded with demo data, two agents with users, and contacts of each kind."""
    _SETTINGS[:] = [api.settings]
    seed(world, 1)
    full = world.pull_all()
    agent_ids = sorted(full["changes"]["agent"], key=lambda i: full["changes"]["agent"][i]["name"])
    by_orders = sorted(
        agent_ids,
        key=lambda i: (
            -sum(1 for r in full["changes"]["agent_order"].values() if r["agent_id"] == i)
        ),
    )
    a, b = by_orders[0], by_orders[1]
    people = list(full["changes"]["person"])
    with world.db.transaction() as s:
        for n, agent in enumerate((a, b)):
            org = full["changes"]["agent"][agent]["organisation_id"]
            s.add(
                Contact(
                    tenant_id=world.tenant_id,
                    person_id=people[n],
                    role="main_contact",
                    agent_id=agent,
                )
            )
            s.add(
                Contact(
                    tenant_id=world.tenant_id,
                    person_id=people[n + 2],
                    role="notification_recipient",
                    organisation_id=org,
                )
            )
    for agent, tag in ((a, "a"), (b, "b")):
        _add_users(world, agent, tag)
    return Agents(world=world, full=world.pull_all(), a=a, b=b)


# -- tables and pull --------------------------------------------------------------------------


def test_every_synced_table_has_a_scope_case() -> None:
    names = {t.name for t in synced_table_objects()}
    assert names - set(TABLE_CASES) == set(), "add a case to TABLE_CASES"
    assert set(TABLE_CASES) - names == set(), "a case of a table that no longer exists"


def test_pull_sends_an_agents_user_only_its_agents_rows(agents: Agents) -> None:
    for agent in (agents.a, agents.b):
        want = expected(agents.full, agent)
        assert want["agent_order"] and want["agent_order_step"] and want["contact"]
        for user in AGENT_USERS:
            key = agents.key(agent, user)
            pulled = _ids(agents.world.pull_all(key))
            paged = _ids(agents.world.pull_all(key, limit=3))
            assert paged == pulled, (user, "paging changes what is sent")
            for table, case in TABLE_CASES.items():
                got = pulled.get(table, set())
                if case == "scoped":
                    assert got == want[table], (user, table)
                else:
                    assert got == set(), (user, table, case)
    other = expected(agents.full, agents.b)
    assert not (expected(agents.full, agents.a)["agent_order"] & other["agent_order"])
    # The tenant's own staff keep the whole tenant.
    admin = _ids(agents.world.pull_all())
    assert admin == _ids(agents.full)
    assert admin["person"] and admin["registration"]


def test_an_order_brings_its_customer_organisation_and_contacts_along(agents: Agents) -> None:
    world, a, b = agents.world, agents.a, agents.b
    key_a, key_b = agents.key(a, "attestant"), agents.key(b, "attestant")
    scope_a = expected(agents.full, a)["organisation"] | expected(agents.full, b)["organisation"]
    new_org = next(i for i in agents.full["changes"]["organisation"] if i not in scope_a)
    contact = next(
        (
            i
            for i, r in agents.full["changes"]["contact"].items()
            if r["organisation_id"] == new_org
        ),
        None,
    )
    with world.db.transaction() as s:
        if contact is None:
            c = Contact(
                tenant_id=world.tenant_id,
                person_id=next(iter(agents.full["changes"]["person"])),
                role="main_contact",
                organisation_id=new_org,
            )
            s.add(c)
            s.flush()
            contact = c.id
    # Time passes: the agent's users pull past the organisation and its contact.
    first_a, first_b = world.pull_all(key_a), world.pull_all(key_b)
    order_id = new_id()
    with world.db.transaction() as s:
        s.add(
            AgentOrder(
                id=order_id,
                tenant_id=world.tenant_id,
                number="AO-NEW-1",
                agent_id=a,
                customer_organisation_id=new_org,
                service="Fiber",
                ordered_at=utcnow(),
            )
        )
    page = world.client(key_a).get(
        f"{world.url}/api/v1/sync/pull", params={"cursor": first_a["cursor"]}, timeout=30
    )
    changes = page.json()["changes"]
    assert [r["id"] for r in changes["agent_order"]] == [order_id]
    assert new_org in {r["id"] for r in changes["organisation"]}
    assert contact in {r["id"] for r in changes["contact"]}
    assert list(changes) == [t for t in (x.name for x in synced_table_objects()) if t in changes]
    page_b = world.client(key_b).get(
        f"{world.url}/api/v1/sync/pull", params={"cursor": first_b["cursor"]}, timeout=30
    )
    assert page_b.json()["changes"] == {}


# -- push ------------------------------------------------------------------------------------


def test_every_pushable_command_is_refused_to_an_agents_users(agents: Agents) -> None:
    world = agents.world
    pushable = {name for (name, _), c in registered().items() if c.pushable}
    assert pushable <= set(SPECS), f"add cases for: {sorted(pushable - set(SPECS))}"
    # Tenant rows a pushed command could touch: every command's ids come from the tenant
    # outside the agent's scope (controls below prove the commands would apply).
    used: set[str] = set()
    planned = {
        name: spec(Picker(agents.full, agents.full, None, used)) for name, spec in SPECS.items()
    }
    before = world.pull_all()
    for name, args in planned.items():
        for agent in (agents.a, agents.b):
            for user in AGENT_USERS:
                [result] = world.push(cmd(name, **args), role=agents.key(agent, user))
                assert result["status"] == "rejected", (name, user, result)
                assert result["code"] in {"forbidden", "not_found"}, (name, user, result)
                seen = expected(agents.full, agent)
                for table, rows in result["rows"].items():
                    assert {r["id"] for r in rows} <= seen.get(table, set()), (name, table)
    assert world.pull_all() == before
    for name, args in planned.items():
        [ok] = world.push(cmd(name, **args))
        assert ok["status"] == "applied", (name, ok)


class ProbeArgs(Args):
    table: str
    row_id: str


class Probe(Command[ProbeArgs]):
    """Reads one row; allowed to the agent roles (no real command is, yet)."""

    name: ClassVar[str] = "test.scope_probe"
    args_model: ClassVar[type[Args]] = ProbeArgs
    roles: ClassVar[frozenset[str]] = AGENT_SCOPED_ROLES

    def run(self, ctx: CommandContext, args: ProbeArgs) -> None:
        model = {"agent_order": AgentOrder, "organisation": Organisation, "person": Person}
        ctx.get(model[args.table], args.row_id)  # type: ignore[type-var]


@pytest.fixture
def probe() -> Iterator[None]:
    register(Probe)
    try:
        yield
    finally:
        del commands_base._REGISTRY[(Probe.name, Probe.version)]


def test_a_command_touching_a_row_outside_the_scope_is_refused_as_not_found(
    agents: Agents, probe: None
) -> None:
    world, a, b = agents.world, agents.a, agents.b
    mine, theirs = next(iter(agents.orders(a))), next(iter(agents.orders(b)))
    key = agents.key(a, "attestant")
    [ok] = world.push(cmd("test.scope_probe", table="agent_order", row_id=mine), role=key)
    assert ok["status"] == "applied", ok
    assert [r["id"] for r in ok["rows"]["agent_order"]] == [mine]
    missing = new_id()
    [absent] = world.push(cmd("test.scope_probe", table="agent_order", row_id=missing), role=key)
    [other] = world.push(cmd("test.scope_probe", table="agent_order", row_id=theirs), role=key)
    for refused, row_id in ((absent, missing), (other, theirs)):
        assert refused["status"] == "rejected" and refused["code"] == "not_found", refused
        assert refused["message"] == f"AgentOrder {row_id} was not found"
        assert refused["rows"] == {}
    person = next(iter(agents.full["changes"]["person"]))
    [p] = world.push(cmd("test.scope_probe", table="person", row_id=person), role=key)
    assert p["code"] == "not_found" and p["rows"] == {}
    customer = agents.orders(a)[mine]["customer_organisation_id"]
    [org] = world.push(cmd("test.scope_probe", table="organisation", row_id=customer), role=key)
    assert org["status"] == "applied" and org["rows"]["organisation"][0]["id"] == customer
    # The tenant's own attestant reaches every agent's order (the control).
    [control] = world.push(
        cmd("test.scope_probe", table="agent_order", row_id=theirs), role="attestant"
    )
    assert control["status"] == "applied", control


def test_a_repeated_first_answer_carries_only_rows_of_the_scope_held_now(
    agents: Agents, probe: None
) -> None:
    """A tenant-wide attestant made an agent's attestant sees its earlier answers narrowed."""
    world, a, b = agents.world, agents.a, agents.b
    theirs = next(iter(agents.orders(b)))
    first = cmd("test.scope_probe", table="agent_order", row_id=theirs)
    [ok] = world.push(first, role="attestant")
    assert ok["status"] == "applied" and ok["rows"]["agent_order"][0]["id"] == theirs
    with world.db.transaction() as s:
        m = s.scalar(
            select(Membership).where(
                Membership.user_id == world.users["attestant"].id,
                Membership.tenant_id == world.tenant_id,
            )
        )
        assert m is not None
        m.agent_id = a
    [again] = world.push(first, role="attestant")
    assert again["status"] == "applied" and again["rows"] == {}
    assert (
        _ids(world.pull_all("attestant")).get("agent_order")
        == expected(agents.full, a)["agent_order"]
    )


# -- API routes ------------------------------------------------------------------------------


def test_agent_roles_of_another_agent_are_not_found(agents: Agents) -> None:
    world, a, b = agents.world, agents.a, agents.b
    admin_a = agents.client(a, "agent_admin")
    url = f"{world.url}/api/v1/agents"
    own = admin_a.get(f"{url}/{a}/roles", timeout=10)
    assert own.status_code == 200, own.text
    theirs = admin_a.get(f"{url}/{b}/roles", timeout=10)
    assert theirs.status_code == 404, theirs.text
    assert agents.name(b) not in theirs.text
    with world.db.sessions() as s:
        grant = s.scalar(
            select(Membership.id).where(Membership.agent_id == b, Membership.role == "attestant")
        )
        grants = s.scalar(select(func.count()).where(Membership.agent_id == b))
    posted = admin_a.post(
        f"{url}/{b}/roles",
        json={"email": agents.email(a, "attestant"), "role": "agent_case_handler"},
        timeout=10,
    )
    assert posted.status_code == 404 and agents.name(b) not in posted.text
    deleted = admin_a.delete(f"{url}/{b}/roles/{grant}", timeout=10)
    assert deleted.status_code == 404 and agents.name(b) not in deleted.text
    with world.db.sessions() as s:
        assert s.scalar(select(func.count()).where(Membership.agent_id == b)) == grants


def test_an_agents_administrator_granting_a_role_learns_nothing_outside_its_agent(
    agents: Agents, other_world: World
) -> None:
    """The tenant's staff, another agent's users, another tenant's user and an unknown
    address all answer 202 invited; the first two are neither changed nor mailed."""
    world, a, b = agents.world, agents.a, agents.b
    admin_a = agents.client(a, "agent_admin")
    outside = {
        "tenant admin": world.users[Role.ADMIN],
        "tenant viewer": world.users[Role.VIEWER],
        "agent b attestant": world.users[agents.key(b, "attestant")],
        "agent b case handler": world.users[agents.key(b, "agent_case_handler")],
    }

    def state() -> dict[str, tuple[list[tuple[str, str | None]], int]]:
        with world.db.sessions() as s:
            return {
                label: (
                    sorted(
                        (m.role, m.agent_id)
                        for m in s.scalars(select(Membership).where(Membership.user_id == u.id))
                    ),
                    int(
                        s.scalar(
                            select(func.count())
                            .select_from(MailOutbox)
                            .where(MailOutbox.to_address == u.email)
                        )
                        or 0
                    ),
                )
                for label, u in outside.items()
            }

    before = state()
    addresses = [u.email for u in outside.values()]
    addresses += [other_world.email(Role.VIEWER), f"unknown.{world.slug}@example.se"]
    for address in addresses:
        answer = admin_a.post(
            f"{world.url}/api/v1/agents/{a}/roles",
            json={"email": address, "role": "attestant"},
            timeout=10,
        )
        assert (answer.status_code, answer.json()) == (202, {"status": "invited"}), address
        assert agents.name(b) not in answer.text
    assert state() == before


def test_tenant_routes_refuse_an_agents_users(agents: Agents) -> None:
    world, a = agents.world, agents.a
    url = f"{world.url}/api/v1"
    persons = list(agents.full["changes"]["person"])
    customer = next(iter(agents.orders(a).values()))["customer_organisation_id"]
    user_id = agents.world.users["admin"].id
    with world.db.sessions() as s:
        mails = s.scalar(select(func.count()).select_from(MailOutbox))
    for user in AGENT_USERS:
        c = agents.client(a, user)
        answers = [
            c.post(
                f"{url}/agent-orders/invitations",
                json={"customer_organisation_id": customer, "email": "kund@example.se"},
                timeout=10,
            ),
            c.get(f"{url}/alumni/registrations/{new_id()}/candidates", timeout=10),
            c.post(
                f"{url}/persons/merge",
                json={"survivor_id": persons[0], "duplicate_id": persons[1]},
                timeout=10,
            ),
            c.post(f"{url}/alumni/process", json={}, timeout=10),
            c.get(f"{url}/registrations/approval-failures", timeout=10),
            c.get(f"{url}/people/{persons[0]}/account", timeout=10),
            c.get(f"{url}/people/{persons[0]}/extract", timeout=10),
            c.get(f"{url}/audit", timeout=10),
            c.get(f"{url}/rounds/{new_id()}/overdue", timeout=10),
            c.get(f"{url}/accounting/sie?from=2026-01-01&to=2026-01-31", timeout=10),
            c.get(f"{url}/accounting/credit-balances", timeout=10),
            c.get(f"{url}/payments/card-events", timeout=10),
            c.get(f"{url}/payments/reminders", timeout=10),
            c.get(f"{url}/payments/collection", timeout=10),
            c.get(f"{url}/reports/economics", timeout=10),
            c.get(f"{url}/reports/evaluations?course={new_id()}", timeout=10),
            c.post(f"{url}/payments/bgmax", json={"data": "MDFCR01BWA=="}, timeout=10),
            c.get(f"{url}/payments/unmatched", timeout=10),
            c.get(f"{url}/payments/invoices", timeout=10),
            c.post(f"{url}/payments/{new_id()}/match", json={"invoice_id": new_id()}, timeout=10),
            c.get(f"{url}/refunds", timeout=10),
            c.post(f"{url}/refunds/{new_id()}/paid", json={}, timeout=10),
            c.post(f"{url}/refunds/{new_id()}/card", timeout=10),
            c.post(
                f"{url}/refunds/credit", json={"person_id": persons[0], "amount": 100}, timeout=10
            ),
            c.get(f"{url}/users", timeout=10),
            c.post(
                f"{url}/users", json={"email": "ny@example.se", "roles": ["viewer"]}, timeout=10
            ),
            *(
                c.request(method, f"{url}/users/{user_id}{suffix}", json=body, timeout=10)
                for method, suffix, body in (
                    ("PATCH", "", {"active": False}),
                    ("POST", "/password-reset", None),
                    ("GET", "/sessions", None),
                    ("DELETE", f"/sessions/{new_id()}", None),
                )
            ),
            *(
                c.get(f"{url}/signatures/{sig}/evidence", timeout=10)
                for sig in agents.full["changes"]["signature"]
            ),
        ]
        for resp in answers:
            assert resp.status_code in (403, 404), (user, resp.request.url, resp.text)
            assert resp.status_code == 403 or "/signatures/" in str(resp.request.url)
        me = c.get(f"{url}/me", timeout=10).json()
        assert set(me["roles"]) <= AGENT_SCOPED_ROLES, (user, me)
    assert agents.client(a, "stray").get(f"{url}/me", timeout=10).json()["roles"] == ["attestant"]
    with world.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(MailOutbox)) == mails


def test_mail_records_outside_the_scope_are_not_shown(agents: Agents) -> None:
    world, a = agents.world, agents.a
    [sent] = world.push(
        cmd(
            "registration.request_approval",
            **SPECS["registration.request_approval"](Picker(agents.full, agents.full, None, set())),
        )
    )
    assert sent["status"] == "applied", sent
    with world.db.sessions() as s:
        mail = s.scalar(select(MailOutbox).where(MailOutbox.tenant_id == world.tenant_id))
        assert mail is not None
    for user in AGENT_USERS:
        c = agents.client(a, user)
        listed = c.get(f"{world.url}/api/v1/mail", timeout=10)
        assert listed.status_code == 403 or all(
            m["id"] != mail.id for m in listed.json()["mails"]
        ), (user, listed.text)
        one = c.get(f"{world.url}/api/v1/mail/{mail.id}", timeout=10)
        assert one.status_code in (403, 404), (user, one.text)
        assert mail.to_address not in one.text


def test_notifications_reach_an_agents_users_only_about_its_scope(agents: Agents) -> None:
    world, a, b = agents.world, agents.a, agents.b
    mine, theirs = next(iter(agents.orders(a))), next(iter(agents.orders(b)))
    user = world.users[agents.key(a, "agent_case_handler")]
    with world.db.transaction() as s:
        for related in (mine, theirs, None):
            notify_user(
                session=s,
                tenant_id=world.tenant_id,
                user=user,
                message=Message(
                    kind="agent_order.awaits_review",
                    title="Order {number}",
                    body="Body",
                    params={"number": str(related)},
                    related_id=related,
                ),
                now=utcnow(),
            )
    c = agents.client(a, "agent_case_handler")
    listed = c.get(f"{world.url}/api/v1/notifications", timeout=10).json()
    assert [n["related_id"] for n in listed["notifications"]] == [mine]
    with world.db.sessions() as s:
        other = s.scalar(
            select(Notification.id).where(
                Notification.tenant_id == world.tenant_id, Notification.user_id != user.id
            )
        )
        mails_to_user = s.scalar(select(func.count()).where(MailOutbox.to_address == user.email))
    assert mails_to_user == 0  # in the app only: an order's mails are notify()'s
    if other is not None:
        resp = c.post(f"{world.url}/api/v1/notifications/{other}/read", timeout=10)
        assert resp.status_code == 404


# -- staff pages -----------------------------------------------------------------------------


def web_cookie(world: World, token: str) -> dict[str, str]:
    resp = requests.post(
        f"{world.url}/api/v1/web/handover",
        json={"next": "/staff/"},
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert resp.status_code == 200, resp.text
    code = parse_qs(urlsplit(resp.json()["url"]).query)["code"][0]
    entered = requests.get(
        f"{world.url}/web/enter", params={"code": code}, allow_redirects=False, timeout=10
    )
    cookie = entered.cookies.get("__Host-kansli_web")
    assert cookie, entered.text
    return {"__Host-kansli_web": cookie}


STAFF_GETS = ("", "/open", "/review", "/attest")
STAFF_POSTS = (
    "/review/start",
    "/approve",
    "/reject",
    "/attest/sms",
    "/attest/sms/verify",
    "/attest/bankid",
    "/attest/bankid/{signing}/status",
    "/attest/bankid/{signing}/check",
    "/attest/bankid/{signing}/cancel",
    "/attest/decline",
    "/review/bankid/approve",
    "/review/bankid/reject",
    "/review/bankid/{signing}/status",
    "/review/bankid/{signing}/check",
    "/review/bankid/{signing}/cancel",
)


def test_staff_pages_of_another_agents_order_are_not_found(
    agents: Agents, api: InProcessServer
) -> None:
    world, a, b = agents.world, agents.a, agents.b
    secret = api.settings.secret_key.get_secret_value()
    theirs = agents.orders(b)
    with world.db.sessions() as s:
        before = {o.id: (o.state, o.server_seq) for o in s.scalars(select(AgentOrder))}
    for user in AGENT_USERS:
        token = agents.token(a, user)
        cookies = web_cookie(world, token)
        form = {
            "csrf_token": csrf_token(secret, f"staff-agent-orders:{token_hash(token)}"),
            "reason": "Nej",
            "terms_accepted": "yes",
            "code": "123456",
        }
        base = f"{world.url}/staff/agent-orders"
        listed = requests.get(f"{base}/", cookies=cookies, timeout=10)
        assert listed.status_code == 200
        for order in theirs.values():
            assert order["number"] not in listed.text
            for suffix in STAFF_GETS:
                resp = requests.get(
                    f"{base}/{order['id']}{suffix}",
                    cookies=cookies,
                    allow_redirects=False,
                    timeout=10,
                )
                assert resp.status_code == 404, (user, suffix, resp.status_code)
                assert order["number"] not in resp.text and agents.name(b) not in resp.text
            for suffix in STAFF_POSTS:
                path = suffix.format(signing=new_id())
                resp = requests.post(
                    f"{base}/{order['id']}{path}",
                    data=form,
                    cookies=cookies,
                    allow_redirects=False,
                    timeout=10,
                )
                assert resp.status_code == 404, (user, suffix, resp.status_code, resp.text[:300])
                assert order["number"] not in resp.text and agents.name(b) not in resp.text
        # The agent's own orders open (the control).
        for order in agents.orders(a).values():
            page = requests.get(f"{base}/{order['id']}", cookies=cookies, timeout=10)
            assert page.status_code == 200 and order["number"] in page.text
        preview = requests.get(
            f"{world.url}/staff/preview/registrations/"
            f"{next(iter(agents.full['changes']['registration']))}",
            cookies=cookies,
            timeout=10,
        )
        assert preview.status_code == 403
    with world.db.sessions() as s:
        after = {o.id: (o.state, o.server_seq) for o in s.scalars(select(AgentOrder))}
    assert after == before


# -- every route has a case ------------------------------------------------------------------

#: ``METHOD path`` (path as its router declares it) -> the test covering it, or a reason.
ROUTE_CASES: dict[str, str] = {
    "GET /api/v1/openapi.json": "reason: the API's description, no data",
    "GET /health": "reason: no data",
    "GET /healthz": "reason: no data (the process answers)",
    "GET /readyz": "reason: no data (the database answers, at the schema's head)",
    "POST /auth/login": "test_tenant_routes_refuse_an_agents_users (roles via /me)",
    "POST /auth/logout": "reason: ends the caller's own sign-in",
    "GET /me": "test_tenant_routes_refuse_an_agents_users",
    "POST /agent-orders/invitations": "test_tenant_routes_refuse_an_agents_users",
    "GET /agent-orders/seen": (
        "reason: the caller's own times of opening orders, written only for orders their "
        "scope reached (tests/agent_orders/test_case_lists.py)"
    ),
    "POST /agent-orders/{order_id}/seen": (
        "reason: another agent's order is 404 "
        "(tests/agent_orders/test_case_lists.py::test_an_other_agents_user_sees_nothing_of_the_lists)"
    ),
    "GET /agents/{agent_id}/roles": "test_agent_roles_of_another_agent_are_not_found",
    "POST /agents/{agent_id}/roles": "test_agent_roles_of_another_agent_are_not_found",
    "DELETE /agents/{agent_id}/roles/{grant_id}": (
        "test_agent_roles_of_another_agent_are_not_found"
    ),
    "POST /public/alumni/{tenant_slug}/registrations": "reason: public intake, no sign-in",
    "GET /alumni/registrations/{registration_id}/candidates": (
        "test_tenant_routes_refuse_an_agents_users"
    ),
    "POST /persons/merge": "test_tenant_routes_refuse_an_agents_users",
    "POST /alumni/process": "test_tenant_routes_refuse_an_agents_users",
    "GET /signatures/{signature_id}/evidence": "test_tenant_routes_refuse_an_agents_users",
    "GET /users": "test_tenant_routes_refuse_an_agents_users",
    "POST /users": "test_tenant_routes_refuse_an_agents_users",
    "PATCH /users/{user_id}": "test_tenant_routes_refuse_an_agents_users",
    "POST /users/{user_id}/password-reset": "test_tenant_routes_refuse_an_agents_users",
    "GET /users/{user_id}/sessions": "test_tenant_routes_refuse_an_agents_users",
    "DELETE /users/{user_id}/sessions/{session_id}": "test_tenant_routes_refuse_an_agents_users",
    "GET /me/sessions": "reason: the caller's own sign-ins",
    "DELETE /me/sessions/{session_id}": "reason: the caller's own sign-ins",
    "POST /auth/password-reset": "reason: public, the same answer for every address",
    "GET /mail": "test_mail_records_outside_the_scope_are_not_shown",
    "GET /registrations/approval-failures": "test_tenant_routes_refuse_an_agents_users",
    "GET /people/{person_id}/account": "test_tenant_routes_refuse_an_agents_users",
    "GET /people/{person_id}/extract": "test_tenant_routes_refuse_an_agents_users",
    "GET /audit": "test_tenant_routes_refuse_an_agents_users",
    "GET /rounds/{round_id}/overdue": "test_tenant_routes_refuse_an_agents_users",
    "GET /accounting/sie": "test_tenant_routes_refuse_an_agents_users",
    "GET /accounting/credit-balances": "test_tenant_routes_refuse_an_agents_users",
    "GET /payments/card-events": "test_tenant_routes_refuse_an_agents_users",
    "POST /payments/{provider}/webhook": (
        "reason: Stripe's webhook or Swish's callback, no sign-in (verified by signature / Swish)"
    ),
    "GET /payments/reminders": "test_tenant_routes_refuse_an_agents_users",
    "GET /payments/collection": "test_tenant_routes_refuse_an_agents_users",
    "GET /reports/economics": "test_tenant_routes_refuse_an_agents_users",
    "GET /reports/evaluations": "test_tenant_routes_refuse_an_agents_users",
    "POST /payments/bgmax": "test_tenant_routes_refuse_an_agents_users",
    "GET /payments/unmatched": "test_tenant_routes_refuse_an_agents_users",
    "GET /payments/invoices": "test_tenant_routes_refuse_an_agents_users",
    "POST /payments/{payment_id}/match": "test_tenant_routes_refuse_an_agents_users",
    "GET /refunds": "test_tenant_routes_refuse_an_agents_users",
    "POST /refunds/{refund_id}/paid": "test_tenant_routes_refuse_an_agents_users",
    "POST /refunds/{refund_id}/card": "test_tenant_routes_refuse_an_agents_users",
    "POST /refunds/credit": "test_tenant_routes_refuse_an_agents_users",
    "GET /mail/{mail_id}": "test_mail_records_outside_the_scope_are_not_shown",
    "GET /notifications": "test_notifications_reach_an_agents_users_only_about_its_scope",
    "POST /notifications/{notification_id}/read": (
        "test_notifications_reach_an_agents_users_only_about_its_scope"
    ),
    "POST /sync/push": "test_every_pushable_command_is_refused_to_an_agents_users",
    "GET /sync/pull": "test_pull_sends_an_agents_user_only_its_agents_rows",
    "POST /sync/status": (
        "reason: only the caller's own command ids (tests/sync/test_lost_answer_undo.py);"
        " their first answers go out scoped and redacted as push results do"
    ),
    "POST /web/handover": "reason: only to /staff/ pages, each with its own case",
    "POST /sms/receipts/{token}": (
        "reason: the SMS gateway's delivery report on a signed URL, no sign-in; answers no "
        "data (tests/server/test_sms_receipts.py)"
    ),
    "GET /web/enter": "reason: trades a one-time code for the caller's own session",
    "POST /web/logout": "reason: ends the caller's own web session",
    "GET /web/login": "reason: the sign-in form; no tenant data",
    "POST /web/login": "reason: signs the caller in (the API's login); no tenant data",
    "GET /staff/": "reason: the caller's own name and tenant",
    "GET /staff/preview/registrations/{registration_id}": (
        "test_staff_pages_of_another_agents_order_are_not_found"
    ),
    "GET /staff/preview/signup/{form_id}": (
        "reason: the tenant's course staff only: others 403, another tenant's form 404, "
        "agents' users 403 (tests/server/test_signup_preview.py)"
    ),
    **{
        f"GET /staff/agent-orders/{{order_id}}{s}": (
            "test_staff_pages_of_another_agents_order_are_not_found"
        )
        for s in STAFF_GETS
    },
    "GET /staff/agent-orders/": "test_staff_pages_of_another_agents_order_are_not_found",
    **{
        "POST /staff/agent-orders/{order_id}" + s.replace("{signing}", "{signing_id}"): (
            "test_staff_pages_of_another_agents_order_are_not_found"
        )
        for s in STAFF_POSTS
    },
}
PUBLIC_PREFIXES = {
    "/agent-orders/order/": "reason: the customer's single-use order link, no sign-in",
    "/agent-orders/attest/": "reason: the customer attestant's link, no sign-in",
    "/alumni/{slug}/": "reason: public alumni pages, no sign-in",
    "/approve/": "reason: the approving manager's link, no sign-in",
    "/offer/": "reason: a waiting-list participant's offer link, no sign-in",
    "/consent/": "reason: a manager's personal consent-withdrawal link, no sign-in",
    "/reports/": "reason: a report link mailed to a round's notification recipients, no sign-in",
    "/catalogue/": "reason: the public course catalogue, no sign-in",
    "/book/": "reason: a person's personal booking link, no sign-in",
    "/evaluation/": "reason: a participant's personal evaluation link, no sign-in",
    "/signup/": "reason: public sign-up form, no sign-in",
    "/password/": "reason: the single-use set-password link of one account, no sign-in",
}


def _routes(routes: list[Any]) -> Iterator[Any]:
    for r in routes:
        inner = getattr(r, "original_router", None)
        if inner is not None:
            yield from _routes(inner.routes)
        elif hasattr(r, "path"):
            yield r


def test_every_route_has_a_scope_case(api: InProcessServer) -> None:
    app = create_app(api.settings, db=api.db)
    live: set[str] = set()
    for route in _routes(list(app.routes)):
        for method in sorted((getattr(route, "methods", None) or {"GET"}) - {"HEAD"}):
            live.add(f"{method} {route.path}")
    missing = {
        key
        for key in live
        if key not in ROUTE_CASES
        and not any(key.split(" ", 1)[1].startswith(p) for p in PUBLIC_PREFIXES)
    }
    assert missing == set(), "add a case (a test or a reason) to ROUTE_CASES"
    assert set(ROUTE_CASES) - live == set(), "a case of a route that no longer exists"
    for case in ROUTE_CASES.values():
        if not case.startswith("reason: "):
            assert case.split(" ")[0] in globals(), case
