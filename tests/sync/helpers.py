"""Helpers of the sync tests: accounts, server data, engines, and comparing views.

Server data is written through the server's own modules
(``server.services.database.Database``: its flush hook gives every row its
``server_seq``), so it is exactly what the server would have written.
"""

from __future__ import annotations

import itertools
import json
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from devtools.server_data import T0, server_session
from devtools.server_data import seed_people as seed_people  # the sync tests take it from here
from models import (
    Activity,
    AlumniRegistration,
    Category,
    Course,
    CourseRound,
    Organisation,
    Person,
    PersonEmail,
    Registration,
    StudentRecord,
)
from models.alumni import AlumniStatus
from models.commands import build
from models.ids import new_id
from sync.client import ServerClient
from sync.engine import SyncEngine
from sync.rows import TableSpec, quote, table_specs
from sync.store import ClientStore
from tests.utils.servers import add_account

_numbers = itertools.count(1)
PASSWORD = "correct horse battery"


@dataclass(frozen=True)
class Account:
    tenant: str
    tenant_id: str
    email: str
    password: str
    roles: tuple[str, ...]


def new_account(
    db_url: str,
    *,
    roles: tuple[str, ...] = ("admin",),
    tenant: str | None = None,
    email: str | None = None,
) -> Account:
    """A fresh tenant (with the alumni categories) and a user in it, or a user in ``tenant``."""
    n = next(_numbers)
    slug = tenant or f"t{n}-{uuid.uuid4().hex[:6]}"
    info = add_account(
        db_url,
        tenant=slug,
        email=email or f"user{n}-{uuid.uuid4().hex[:6]}@{slug}.example",
        password=PASSWORD,
        roles=roles,
    )
    if tenant is None:
        with server_session(db_url) as s:
            for key, name in (("alumnus", "Alumnus"), ("registered_alumnus", "Registered alumnus")):
                s.add(Category(tenant_id=info["tenant_id"], key=key, name=name))
    return Account(slug, info["tenant_id"], info["email"], PASSWORD, tuple(roles))


def seed_varied(db_url: str, tenant_id: str) -> dict[str, str]:
    """One row of most kinds, with every column type (dates, JSON, booleans, floats, nulls)."""
    ids: dict[str, str] = {}
    with server_session(db_url) as s:
        org = Organisation(tenant_id=tenant_id, name="Nordfirma AB", org_number="556677-8899")
        s.add(org)
        s.flush()
        p = Person(
            tenant_id=tenant_id,
            first_name="Åsa",
            last_name="Öberg",
            personnummer="198112289874",
            birth_date=date(1981, 12, 28),
            organisation_id=org.id,
            notes='Says "hej"\nTwo lines',
            created_at=T0,
        )
        s.add(p)
        s.flush()
        s.add(
            PersonEmail(tenant_id=tenant_id, person_id=p.id, address="asa@ex.se", is_primary=True)
        )
        course = Course(tenant_id=tenant_id, code="LED1", name="Ledarskap")
        s.add(course)
        s.flush()
        rnd = CourseRound(
            tenant_id=tenant_id,
            course_id=course.id,
            name="Ledarskap HT26",
            starts_on=date(2026, 9, 1),
            ends_on=None,
            seats=20,
        )
        s.add(rnd)
        s.flush()
        reg = Registration(
            tenant_id=tenant_id,
            round_id=rnd.id,
            participant_id=p.id,
            signup_answers={"q1": ["a", "b"], "n": 1.5, "ok": True, "none": None},
            created_at=T0,
            approval_requested_at=T0.replace(microsecond=0),
        )
        s.add(reg)
        s.add(
            Activity(
                tenant_id=tenant_id,
                person_id=p.id,
                kind="note",
                subject="Ringde",
                occurred_at=T0,
                data={"nested": {"list": [1, 2, {"x": "ö"}]}},
            )
        )
        s.add(
            AlumniRegistration(
                tenant_id=tenant_id,
                person_id=p.id,
                email="asa@ex.se",
                status=AlumniStatus.NOT_APPROVED,
                received_at=T0,
                answers={"program": "Data"},
                graduation_year=2004,
            )
        )
        s.add(StudentRecord(tenant_id=tenant_id, person_id=p.id, credits=187.5, degree=None))
        s.flush()
        ids.update(org=org.id, person=p.id, course=course.id, round=rnd.id, registration=reg.id)
    return ids


def seed_alumni_queue(db_url: str, tenant_id: str, count: int) -> list[str]:
    """``count`` alumni registrations waiting for an officer (``not_approved``), with persons."""
    ids = []
    with server_session(db_url) as s:
        for i in range(count):
            p = Person(tenant_id=tenant_id, first_name="Alum", last_name=f"Nus{i}")
            s.add(p)
            s.flush()
            a = AlumniRegistration(
                tenant_id=tenant_id,
                person_id=p.id,
                email=f"alum{i}@ex.se",
                status=AlumniStatus.NOT_APPROVED,
                received_at=T0,
            )
            s.add(a)
            s.flush()
            ids.append(a.id)
    return ids


def connect(
    server_url: str,
    account: Account,
    path: Path,
    *,
    timeout: tuple[float, float] = (2.0, 5.0),
    page_size: int = 1000,
    **engine_kw: Any,
) -> SyncEngine:
    """A store at ``path``, a client signed in as ``account``, and an engine over both."""
    store = ClientStore(path)
    client = ServerClient(server_url, timeout=timeout)
    login = client.login(account.email, account.password, tenant=account.tenant)
    store.remember_account(
        server_url=server_url, user=login.user, tenant=login.tenant, roles=login.roles
    )
    return SyncEngine(store, client, page_size=page_size, **engine_kw)


def close(engine: SyncEngine) -> None:
    engine.close()
    engine.client.close()
    engine.store.close()


def command(name: str, args: dict[str, Any]) -> Any:
    return build(name, 1, args, id=new_id())


# -- comparing the local database with the server's view -----------------------------


def _normal(spec: TableSpec, values: tuple[Any, ...]) -> tuple[Any, ...]:
    """Storage values with JSON text parsed, so equal JSON compares equal."""
    from sync.rows import storage_json

    out = []
    for value, conv in zip(values, spec.converters, strict=True):
        if conv is storage_json and isinstance(value, str):
            value = json.loads(value)
        out.append(value)
    return tuple(out)


View = dict[str, dict[str, tuple[Any, ...]]]


def server_view(client: ServerClient) -> View:
    """Every live row the client's user sees, by a full pull from the start."""
    specs = table_specs()
    view: View = {name: {} for name in specs}
    cursor = ""
    while True:
        page = client.pull(cursor, 5000)
        for name, rows in page["changes"].items():
            for row in rows:
                view[name][row["id"]] = _normal(specs[name], specs[name].convert(row))
        for name, ids in page["tombstones"].items():
            for row_id in ids:
                view[name].pop(row_id, None)
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return view


def local_view(store: ClientStore) -> View:
    """Every live row of the local database, in the same form as :func:`server_view`."""
    view: View = {}
    with store.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        for name, spec in table_specs().items():
            cols = ", ".join(quote(c) for c in spec.columns)
            rows = raw.execute(
                f"SELECT {cols} FROM {quote(name)} WHERE deleted_at IS NULL"
            ).fetchall()
            id_at = spec.columns.index("id")
            view[name] = {r[id_at]: _normal(spec, tuple(r)) for r in rows}
    return view


def differences(local: View, server: View, *, limit: int = 10) -> list[str]:
    """Readable differences between two views (empty when equal)."""
    out: list[str] = []
    for name in sorted(set(local) | set(server)):
        mine, theirs = local.get(name, {}), server.get(name, {})
        for row_id in sorted(set(mine) | set(theirs)):
            if mine.get(row_id) != theirs.get(row_id):
                out.append(f"{name} {row_id}: local {mine.get(row_id)} server {theirs.get(row_id)}")
                if len(out) >= limit:
                    return out
    return out
