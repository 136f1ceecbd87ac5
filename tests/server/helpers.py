"""Helpers of the server tests: the app on a thread, tenants with users, command envelopes."""

from __future__ import annotations

import itertools
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
from argon2 import PasswordHasher
from sqlalchemy import select

from models.ids import new_id
from models.tenancy import Role, Tenant, User
from server.services.accounts import create_tenant, create_user, grant_roles
from server.services.auth import issue_token
from server.services.database import Database
from server.settings import Settings
from tests.utils.servers import InProcessServer, free_port

CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PASSWORD = "correct horse battery"
_numbers = itertools.count(1)


@dataclass
class World:
    """One tenant with one user per role, each with a signed-in HTTP session."""

    url: str
    db: Database
    tenant_id: str
    slug: str
    users: dict[str, User] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)

    def client(self, role: str = Role.ADMIN) -> requests.Session:
        s = requests.Session()
        s.headers["Authorization"] = f"Bearer {self.tokens[role]}"
        return s

    def email(self, role: str = Role.ADMIN) -> str:
        return self.users[role].email

    def push(self, *commands: dict[str, Any], role: str = Role.ADMIN) -> list[dict[str, Any]]:
        resp = self.client(role).post(
            f"{self.url}/api/v1/sync/push", json={"commands": list(commands)}, timeout=30
        )
        assert resp.status_code == 200, resp.text
        results: list[dict[str, Any]] = resp.json()["results"]
        return results

    def pull_all(self, role: str = Role.ADMIN, limit: int = 1000) -> dict[str, Any]:
        """Every page from the start: changes and tombstones merged by table."""
        changes: dict[str, dict[str, Any]] = {}
        tombstones: dict[str, set[str]] = {}
        cursor = ""
        client = self.client(role)
        while True:
            resp = client.get(
                f"{self.url}/api/v1/sync/pull",
                params={"cursor": cursor, "limit": limit},
                timeout=30,
            )
            assert resp.status_code == 200, resp.text
            page = resp.json()
            for table, rows in page["changes"].items():
                for row in rows:
                    changes.setdefault(table, {})[row["id"]] = row
            for table, ids in page["tombstones"].items():
                tombstones.setdefault(table, set()).update(ids)
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return {"changes": changes, "tombstones": tombstones, "cursor": cursor}


@contextmanager
def pages_site(db_url: str, *, secret: str) -> Iterator[InProcessServer]:
    """The app on ``db_url`` with links to plain http (so cookies are not Secure-only),
    no SMTP server and no worker: the page tests read the mail outbox. SMS the pages send
    after answering are scrubbed from the outbox once sent, so their text is kept in a
    spool file (``settings.sms_spool_file``) that tests read codes from."""
    spool = Path(tempfile.mkdtemp(prefix="kansli-sms-")) / "sms-outbox.jsonl"
    settings = Settings(
        sms_spool_file=spool,
        database_url=db_url,
        public_base_url="http://kansli.test",
        smtp_host="127.0.0.1",
        smtp_port=free_port(),
        run_worker=False,
        secret_key=secret,  # type: ignore[arg-type]
    )
    db = Database(db_url)
    server = InProcessServer(settings, db).start()
    try:
        yield server
    finally:
        server.stop()
        db.dispose()


def make_world(url: str, db: Database, settings: Settings, prefix: str = "t") -> World:
    """A fresh tenant with a user per role and a token for each."""
    n = next(_numbers)
    slug = f"{prefix}{n}-{new_id()[-6:]}"
    with db.transaction() as s:
        tenant = create_tenant(session=s, slug=slug, name=f"Tenant {n}")
        world = World(url=url, db=db, tenant_id=tenant.id, slug=slug)
        for role in Role:
            user = create_user(
                session=s,
                email=f"{role.value.replace('_', '.')}.{slug}@example.se",
                password=PASSWORD,
                display_name=f"{role.value.title()} {n}",
                hasher=CHEAP_HASHER,
            )
            grant_roles(session=s, user=user, tenant=tenant, roles=[role.value])
            token, _ = issue_token(session=s, settings=settings, user=user, tenant=tenant)
            world.users[role.value] = user
            world.tokens[role.value] = token
    return world


def tenant_by_id(db: Database, tenant_id: str) -> Tenant:
    with db.sessions() as s:
        tenant = s.scalar(select(Tenant).where(Tenant.id == tenant_id))
        assert tenant is not None
        return tenant


def cmd(command: str, /, *, v: int = 1, cmd_id: str | None = None, **args: Any) -> dict[str, Any]:
    """A command envelope as a client sends it (``v``: the command's version)."""
    return {
        "id": cmd_id or new_id(),
        "name": command,
        "version": v,
        "args": args,
        "issued_at": "2026-11-25T10:00:00+00:00",
    }


def registrations_awaiting_approval(
    push: Any, n: int, *, manager_email: str = "chef@example.se"
) -> list[str]:
    """Push a course, a round, a manager with ``manager_email`` and ``n`` registrations.

    ``push(commands) -> results``; returns the registration ids.
    """
    course_id, round_id, manager_id = new_id(), new_id(), new_id()
    commands = [
        cmd("course.create", course_id=course_id, code="PL1", name="Projektledning"),
        cmd(
            "round.create",
            round_id=round_id,
            course_id=course_id,
            name="Projektledning HT",
            starts_on="2026-12-01",
            ends_on="2026-12-02",
            place="Uppsala",
        ),
        cmd(
            "person.create",
            person_id=manager_id,
            first_name="Karin",
            last_name="Chef",
            emails=[{"address": manager_email}],
        ),
    ]
    reg_ids = []
    for i in range(n):
        person_id, reg_id = new_id(), new_id()
        reg_ids.append(reg_id)
        commands += [
            cmd(
                "person.create",
                person_id=person_id,
                first_name=f"Deltagare{i}",
                last_name="Svensson",
            ),
            cmd(
                "registration.create",
                registration_id=reg_id,
                round_id=round_id,
                participant_id=person_id,
                approving_manager_id=manager_id,
            ),
        ]
    results = push(commands)
    assert all(r["status"] == "applied" for r in results), results
    return reg_ids
