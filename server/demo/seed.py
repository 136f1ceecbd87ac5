"""Putting demo data into a database: the demo tenant, its users, bulk rows.

Seeding is one transaction of Core ``insert()`` executemany statements with
``server_seq`` values reserved up front (one ``tenant_seq`` update for all
rows), so the embedded demo is ready within a second or two.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial
from typing import Any

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session

from models.base import Base
from models.contacts import LINKED, ROLES, TargetKind, contact_row_id
from models.ids import derived_id
from models.tenancy import AGENT_ADMIN, Membership, Role, Tenant, User
from server.demo import names
from server.demo.generate import (
    DEMO_AGENT_ADMIN,
    DEMO_SEED,
    DEMO_USERS,
    DemoData,
    DemoSizes,
    demo_agent_id,
    generate,
)
from server.demo.tango import add_tango_club
from server.services.accounts import hash_password
from server.services.database import Database
from server.services.seq import ensure_tenant_seq, take_seq
from server.tables import AgentOrderSeen

DEMO_TENANT_SLUG = "demo"
DEMO_TENANT_NAME = "Kansli demo (Utbildning & Alumni)"
#: The password of every demo user; it is written to the demo's info file.
DEMO_PASSWORD = "kansli-demo"  # noqa: S105  (a published demo password)
_NAMESPACE = "01900000-0000-7000-8000-000000000000"


def demo_tenant_id(seed: int = DEMO_SEED) -> str:
    """The demo tenant's id: fixed, so the demo data is the same on every machine."""
    return derived_id(_NAMESPACE, "tenant", DEMO_TENANT_SLUG, str(seed))


@dataclass
class SeedReport:
    created: bool
    tenant_slug: str
    tenant_id: str
    rows: int = 0
    users: list[dict[str, Any]] = field(default_factory=list)


def insert_rows(conn: Connection, data: DemoData) -> int:
    """Bulk-insert ``data`` in one go, with freshly reserved ``server_seq`` values.

    Runs in the caller's transaction; returns the number of rows.
    """
    total = data.count()
    if total == 0:
        return 0
    ensure_tenant_seq(conn, data.tenant_id)
    seq = take_seq(conn, data.tenant_id, total) - total + 1
    for table in Base.metadata.sorted_tables:
        rows = data.rows.get(table.name)
        if not rows:
            continue
        for row in rows:
            row["server_seq"] = seq
            seq += 1
        for start in range(0, len(rows), 5000):
            conn.execute(insert(table), rows[start : start + 5000])
    return total


def add_own_contacts(data: DemoData, users: list[tuple[User, str]]) -> None:
    """Each demo user as their own contact (seed 002: "Lägg upp användaren som en kontakt
    till sig själv"): a person with the user's name, address and mobile phone, linked to
    the user as Main contact and Notification recipient, and a static notification
    recipient (issue 16) with the user's login."""
    now = data.rows["person"][0]["updated_at"] if data.rows.get("person") else None
    add = partial(data.add, updated_at=now)

    def add_primary(person_id: str, kind: str, **value: Any) -> None:
        """The person's primary e-mail address or phone number (``kind``)."""
        row_id = derived_id(person_id, kind)
        add(f"person_{kind}", id=row_id, person_id=person_id, is_primary=True, **value)

    for user, name in users:
        person_id = derived_id(data.tenant_id, "demo-user-person", user.id)
        first, _, last = name.partition(" ")
        add("person", id=person_id, first_name=first, last_name=last, created_at=now)
        add_primary(person_id, "email", address=user.email)
        if user.phone:
            add_primary(person_id, "phone", number=user.phone)
        for role in (LINKED, *ROLES):
            row_id = contact_row_id(person_id, TargetKind.USER, user.id, role)
            add("contact", id=row_id, person_id=person_id, role=role, user_id=user.id)
        # A static recipient with a login: an SMS goes to the phone the user registered.
        recipient_id = derived_id(person_id, "notification_recipient")
        add("notification_recipient", id=recipient_id, person_id=person_id, user_id=user.id)


def add_seen_orders(
    session: Session, tenant_id: str, data: DemoData, users: list[tuple[User, str]]
) -> None:
    """The demo case handler last opened each order when they took their last step on it, so
    the steps others took since (the attestants', the service desk's) show in their
    "Updated cases" (issue 20)."""
    email = DEMO_USERS[Role.AGENT_CASE_HANDLER][0]
    handler = next((user for user, _name in users if user.email == email), None)
    if handler is None:
        return
    mine: dict[str, datetime] = {}
    for step in data.rows.get("agent_order_step", []):
        if step["actor_email"] == email:
            mine[step["order_id"]] = max(step["at"], mine.get(step["order_id"], step["at"]))
    session.add_all(
        AgentOrderSeen(tenant_id=tenant_id, order_id=order_id, user_id=handler.id, seen_at=at)
        for order_id, at in mine.items()
    )


def demo_users() -> list[dict[str, Any]]:
    """The demo's sign-ins: one per role, and the first agent organisation's
    administrator (``agent``: the organisation's name)."""
    users: list[dict[str, Any]] = [
        {"email": email, "password": DEMO_PASSWORD, "roles": [role.value], "name": name}
        for role, (email, name) in DEMO_USERS.items()
    ]
    email, name = DEMO_AGENT_ADMIN
    roles = [AGENT_ADMIN]
    agent = names.AGENTS[0]
    users.append(
        {"email": email, "password": DEMO_PASSWORD, "roles": roles, "name": name, "agent": agent}
    )
    return users


def demo_report(seed: int = DEMO_SEED) -> SeedReport:
    """What :func:`seed_demo` reports, for a demo database that exists already."""
    return SeedReport(False, DEMO_TENANT_SLUG, demo_tenant_id(seed), users=demo_users())


def seed_demo(
    db: Database,
    *,
    seed: int = DEMO_SEED,
    sizes: DemoSizes | None = None,
    today: date | None = None,
) -> SeedReport:
    """Create the demo tenant with its users and data, unless it exists already."""
    users = demo_users()
    with db.transaction() as session:
        existing = session.scalar(select(Tenant).where(Tenant.slug == DEMO_TENANT_SLUG))
        if existing is not None:
            return SeedReport(False, existing.slug, existing.id, users=users)
        tenant = Tenant(
            id=demo_tenant_id(seed), slug=DEMO_TENANT_SLUG, name=DEMO_TENANT_NAME, language="sv"
        )
        session.add(tenant)
        session.flush()
        # One hash for all: they share the published demo password.
        password_hash = hash_password(DEMO_PASSWORD)
        made: list[tuple[User, str]] = []
        for n, u in enumerate(users, start=1):
            user = session.scalar(select(User).where(User.email == u["email"]))
            if user is None:
                # A mobile number each, so the demo can sign agent orders by SMS code
                # (the codes stay in the SMS outbox; nothing is sent).
                user = User(
                    email=u["email"],
                    display_name=u["name"],
                    password_hash=password_hash,
                    phone=f"+46700000{n:03d}",
                )
                session.add(user)
                session.flush()
            for role in u["roles"]:
                # An agent's administrator: an admin membership in that agent.
                agent_id = demo_agent_id(tenant.id, seed) if role == AGENT_ADMIN else None
                granted = Role.ADMIN.value if agent_id else role
                session.add(
                    Membership(
                        user_id=user.id, tenant_id=tenant.id, role=granted, agent_id=agent_id
                    )
                )
            made.append((user, u["name"]))
        session.flush()
        data = generate(tenant_id=tenant.id, sizes=sizes, seed=seed, today=today)
        # The service desk's cases are taken by the demo's service desk (its id is made here).
        by_name = {name: user.id for user, name in made}
        for case in data.rows.get("service_desk_case", []):
            case["assignee_id"] = by_name.get(case["assignee_name"])
        add_own_contacts(data, made)
        add_tango_club(data, today=today or date.today())
        count = insert_rows(session.connection(), data)
        add_seen_orders(session, tenant.id, data, made)
    return SeedReport(True, DEMO_TENANT_SLUG, demo_tenant_id(seed), rows=count, users=users)
