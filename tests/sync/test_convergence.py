"""Two clients work offline on the same data, then sync in either order: both converge.

A Hypothesis property over random command sequences, against the real
server: after the syncs both local databases equal the server's view, and
every command either was applied on the server or is kept as a refusal on
the client that made it (nothing dropped silently).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import requests
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from models import AlumniRegistration, Person
from models.errors import DomainError
from server.tables import CommandLog
from sync.engine import SyncEngine
from tests.sync.helpers import (
    close,
    command,
    connect,
    differences,
    local_view,
    new_account,
    seed_alumni_queue,
    seed_people,
    server_session,
    server_view,
)
from tests.utils.servers import LiveServer

PEOPLE = 3
ITEMS = 2
VALUES = ["Umeå", "Lund", "Kiruna"]

edit = st.tuples(
    st.just("edit"),
    st.integers(0, PEOPLE - 1),
    st.sampled_from(["city", "title", "notes"]),
    st.sampled_from(VALUES),
)
phone = st.tuples(
    st.just("phone"), st.integers(0, PEOPLE - 1), st.sampled_from(["+46701", "+46702"])
)
category = st.tuples(
    st.just("category"),
    st.integers(0, PEOPLE - 1),
    st.sampled_from(["alumnus", "registered_alumnus"]),
    st.booleans(),
)
decide = st.tuples(
    st.just("decide"), st.integers(0, ITEMS - 1), st.sampled_from(["approve", "deny"])
)
create = st.tuples(st.just("create"), st.sampled_from(VALUES))
operation = st.one_of(edit, phone, category, decide, create)


def _command(engine: SyncEngine, op: tuple[Any, ...], people: list[str], items: list[str]) -> Any:
    """The command a user would issue for ``op``, from what their screen (local data) shows."""
    kind = op[0]
    if kind == "edit":
        _, i, field, value = op
        with engine.store.sessions() as s:
            shown = getattr(s.get(Person, people[i]), field)
        return command(
            "person.edit",
            {"person_id": people[i], "changes": {field: {"old": shown, "new": value}}},
        )
    if kind == "phone":
        _, i, prefix = op
        return command("person.add_phone", {"person_id": people[i], "number": f"{prefix}{i:06d}"})
    if kind == "category":
        _, i, key, present = op
        return command(
            "person.set_category", {"person_id": people[i], "category_key": key, "present": present}
        )
    if kind == "decide":
        _, i, decision = op
        with engine.store.sessions() as s:
            shown = s.get(AlumniRegistration, items[i]).status  # type: ignore[union-attr]
        return command(
            "alumni.decide",
            {
                "alumni_registration_id": items[i],
                "decision": decision,
                "reason": "Not a graduate",
                "expected_status": shown,
            },
        )
    _, name = op
    from models.ids import new_id

    return command("person.create", {"person_id": new_id(), "first_name": name, "last_name": "Ny"})


def _work_offline(
    engine: SyncEngine, ops: list[Any], people: list[str], items: list[str]
) -> list[str]:
    """Run ``ops`` locally (as the UI would: a refused action is not queued); returns queued ids."""
    queued = []
    for op in ops:
        cmd = _command(engine, op, people, items)
        try:
            engine.execute(cmd, engine.actor())
        except DomainError:
            continue  # the UI shows the error; nothing is queued
        queued.append(cmd.id)
    return queued


@settings(
    max_examples=20,  # sized to keep the suite under 10 minutes
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    ops_a=st.lists(operation, min_size=1, max_size=6),
    ops_b=st.lists(operation, min_size=1, max_size=6),
    a_first=st.booleans(),
    b_demoted=st.booleans(),
)
def test_two_offline_clients_converge_to_the_servers_state(
    server: LiveServer, ops_a: list[Any], ops_b: list[Any], a_first: bool, b_demoted: bool
) -> None:
    """... also when B's roles change while B works offline (``b_demoted``: its
    administrator role becomes ``course_admin``): B's alumni decisions are refused and
    kept, and B ends with exactly the view of its new roles (issue 26)."""
    admin = new_account(server.db_url)
    officer = new_account(server.db_url, tenant=admin.tenant, roles=("admin",))
    people = seed_people(server.db_url, admin.tenant_id, PEOPLE)
    items = seed_alumni_queue(server.db_url, admin.tenant_id, ITEMS)
    workdir = Path(tempfile.mkdtemp(prefix="kansli-converge-"))
    a = connect(server.url, admin, workdir / "a.db")
    b = connect(server.url, officer, workdir / "b.db")
    try:
        a.sync_once()
        b.sync_once()
        queued = {
            "a": _work_offline(a, ops_a, people, items),
            "b": _work_offline(b, ops_b, people, items),
        }
        if b_demoted:
            resp = requests.patch(
                f"{server.url}/api/v1/users/{b.actor().user_id}",
                json={"roles": ["course_admin"]},
                headers={"Authorization": f"Bearer {a.client.token}"},
                timeout=10,
            )
            assert resp.status_code == 200, resp.text
        first, second = (a, b) if a_first else (b, a)
        first.sync_once()
        second.sync_once()
        first.sync_once()

        for engine in (a, b):
            assert engine.state.pending == 0
            assert differences(local_view(engine.store), server_view(engine.client)) == []
        if b_demoted:
            event("B demoted while offline")
            assert local_view(b.store)["alumni_registration"] == {}
            assert b.actor().roles == frozenset({"course_admin"})
        with server_session(server.db_url) as s:
            logged = dict(
                s.execute(
                    select(CommandLog.command_id, CommandLog.status).where(
                        CommandLog.tenant_id == admin.tenant_id
                    )
                ).all()
            )
        for name, engine in (("a", a), ("b", b)):
            refused = {r.command_id for r in engine.store.open_rejections()}
            event(f"refusals: {len(refused)}")
            for cid in queued[name]:
                expected = "rejected" if cid in refused else "applied"
                assert logged.get(cid) == expected, (name, cid, logged.get(cid))
    finally:
        close(a)
        close(b)
        shutil.rmtree(workdir, ignore_errors=True)
