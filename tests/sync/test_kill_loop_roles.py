"""The SIGKILL loop again, while an administrator changes the user's roles (issue 26).

As ``tests/sync/test_kill_loop.py`` (a forked ``python -m sync`` killed at random
points, another user changing data meanwhile), and in every run the user's
roles are switched between ``course_admin`` and ``course_admin`` +
``alumni_officer`` over the real users API, at a random moment of the run: before
the sync, during its pull (a page then comes with a cursor of the old view), or
while the client starts its cache over. Small pages make the view resets span
many pages, so kills land inside them. Afterwards every command committed
locally was applied on the server exactly once and the local database is exactly
the view of the roles the user has at the end: no alumni rows or personnummer
after a revocation, all of them after a grant.
"""

from __future__ import annotations

import random
import threading
from pathlib import Path

import requests
from sqlalchemy import select

from models.ids import new_id
from server.tables import CommandLog
from sync.client import ServerClient
from sync.engine import SyncEngine
from sync.store import ClientStore
from tests.sync.helpers import (
    Account,
    connect,
    differences,
    local_view,
    new_account,
    seed_alumni_queue,
    seed_people,
    seed_varied,
    server_session,
    server_view,
)
from tests.sync.kill_worker import command_id
from tests.sync.test_kill_loop import Worker, _other_user_changes
from tests.utils.servers import LiveServer

RUNS = 15  # odd: the last change is a grant (the view that old code never pulled)
COMMANDS_PER_RUN = 3
SEED = 20261203
ROLES = (["course_admin"], ["course_admin", "alumni_officer"])


def test_sigkill_during_role_changes_converges_to_the_last_view(
    server: LiveServer, account: Account, tmp_path: Path
) -> None:
    people = seed_people(server.db_url, account.tenant_id, 30)
    seed_varied(server.db_url, account.tenant_id)
    seed_alumni_queue(server.db_url, account.tenant_id, 8)
    admin = requests.Session()
    login = admin.post(
        f"{server.url}/api/v1/auth/login",
        json={"email": account.email, "password": account.password, "tenant": account.tenant},
        timeout=10,
    )
    admin.headers["Authorization"] = f"Bearer {login.json()['token']}"

    user = new_account(server.db_url, tenant=account.tenant, roles=("course_admin",))
    db = tmp_path / "client.db"
    first = connect(server.url, user, db)
    first.sync_once()
    token, user_id = first.client.token, first.actor().user_id
    assert token and user_id
    first.close()
    first.client.close()
    first.store.close()

    changes_failed: list[str] = []

    def set_roles(roles: list[str]) -> None:
        try:
            resp = admin.patch(
                f"{server.url}/api/v1/users/{user_id}", json={"roles": roles}, timeout=30
            )
        except requests.RequestException as exc:
            changes_failed.append(f"{roles}: {type(exc).__name__}")
            return
        if resp.status_code != 200:
            changes_failed.append(f"{roles}: {resp.status_code} {resp.text[:200]}")

    other = new_account(server.db_url, tenant=account.tenant, roles=("course_admin",))
    other_client = ServerClient(server.url, timeout=(2, 10))
    other_client.login(other.email, other.password, tenant=other.tenant)
    notes = dict.fromkeys(people, "")

    rng = random.Random(SEED)
    run_key = new_id()
    worker = Worker()
    committed: list[str] = []
    killed = resets_killed = 0
    typical = 0.0
    roles = ROLES[0]
    try:
        for run in range(RUNS):
            _other_user_changes(other_client, people, notes, run)
            roles = ROLES[(run + 1) % 2]
            # The change lands at a random moment of the run (or before it).
            change = threading.Timer(rng.uniform(0.0, 0.8 * typical), set_roles, [roles])
            change.start()
            job = {
                "run": run,
                "run_key": run_key,
                "db": str(db),
                "server": server.url,
                "user": user.email,
                "token": token,
                "commands": COMMANDS_PER_RUN,
                "page_size": 10,
                "kill_after": None if run == 0 else rng.uniform(0.0, 1.2 * typical),
            }
            report, executed, errors = worker.run(job)
            change.join(60)
            assert not change.is_alive() and changes_failed == [], f"run {run}: {changes_failed}"
            assert errors == [], f"run {run}: {errors}"
            committed += executed
            if run == 0 or not report["killed"]:
                # The fastest whole run seen: a slow first run would spare most runs.
                typical = report["seconds"] if run == 0 else min(typical, report["seconds"])
            if report["killed"]:
                killed += 1
                store = ClientStore(db)
                try:
                    resets_killed += store.get_state("view_reset") is not None
                finally:
                    store.close()
            else:
                assert report["exit"] == 0, f"run {run} failed without being killed: {report}"
    finally:
        worker.close()
        other_client.close()
    assert killed >= RUNS // 3, f"only {killed} of {RUNS} runs were killed mid-way"

    engine = SyncEngine(ClientStore(db), ServerClient(server.url, token=token, timeout=(2, 10)))
    try:
        final = engine.sync_once()
        assert final.caught_up
        assert engine.state.pending == 0 and engine.state.rejected == 0
        assert engine.actor().roles == frozenset(roles)

        candidates = {
            command_id(run_key, r, i) for r in range(RUNS) for i in range(COMMANDS_PER_RUN)
        }
        with server_session(server.db_url) as s:
            mine = s.execute(
                select(CommandLog.command_id, CommandLog.status).where(
                    CommandLog.user_id == user_id
                )
            ).all()
        logged = dict(mine)
        assert set(committed) <= set(logged) <= candidates
        assert set(logged.values()) == {"applied"}
        local = local_view(engine.store)
        assert differences(local, server_view(engine.client)) == []
        alumni = len(local["alumni_registration"])
        assert alumni == (9 if "alumni_officer" in roles else 0)
    finally:
        engine.close()
        engine.client.close()
        engine.store.close()
    print(f"{killed} of {RUNS} runs killed; {resets_killed} inside a view reset")
