"""An oversized push cannot block the outbox (issue 26, item 5).

The server refuses a request body over 20 MiB with 413 before reading it. The
engine cuts its batches by serialised size well under that; a command too large
for any push becomes a local refusal (code ``too_large``) in the sync issues, and
the commands behind it go on. A server that refuses a batch anyway (its limit
lower than the client thinks) gets smaller batches, down to the single command,
which is then refused locally in the same way.

The big commands are put in the outbox as an older client could have queued them
(the outbox is migrated, never rebuilt, and no command the app makes today is
this large): the real server in a subprocess, over real HTTP.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from models import PersonCategory
from models.ids import new_id, utcnow
from server.tables import CommandLog
from sync.engine import SyncEngine
from sync.store import OutboxEntry
from tests.sync.helpers import (
    close,
    command,
    connect,
    differences,
    local_view,
    new_account,
    seed_people,
    server_session,
    server_view,
)
from tests.utils.servers import LiveServer

MB = 1024 * 1024


def _queue_big(engine: SyncEngine, person_id: str, size: int) -> str:
    """A ``person.edit`` of ``size`` bytes of notes, queued as an older client did."""
    command_id = new_id()
    args = {"person_id": person_id, "changes": {"notes": {"old": None, "new": "x" * size}}}
    with engine.store.session() as s:
        s.add(
            OutboxEntry(
                command_id=command_id,
                name="person.edit",
                version=1,
                args=json.dumps(args),
                issued_at=utcnow(),
            )
        )
    return command_id


def _queue_small(engine: SyncEngine, person_id: str, key: str) -> str:
    cmd = command(
        "person.set_category", {"person_id": person_id, "category_key": key, "present": True}
    )
    engine.execute(cmd, engine.actor())
    return str(cmd.id)


def _logged(db_url: str, ids: list[str]) -> dict[str, Any]:
    with server_session(db_url) as s:
        rows = s.execute(
            select(CommandLog.command_id, CommandLog.status).where(CommandLog.command_id.in_(ids))
        ).all()
    return dict(rows)


def _categories(db_url: str, people: list[str]) -> int:
    with server_session(db_url) as s:
        q = select(func.count()).select_from(PersonCategory)
        return int(s.scalar(q.where(PersonCategory.person_id.in_(people))) or 0)


def test_a_command_too_large_to_send_is_refused_locally_and_the_rest_goes_on(
    server: LiveServer, tmp_path: Path
) -> None:
    account = new_account(server.db_url)
    people = seed_people(server.db_url, account.tenant_id, 2)
    engine = connect(server.url, account, tmp_path / "c.db", timeout=(5.0, 60.0))
    try:
        engine.sync_once()
        first = _queue_small(engine, people[0], "alumnus")
        huge = _queue_big(engine, people[0], 21 * MB)  # over the server's 20 MiB alone
        last = _queue_small(engine, people[1], "alumnus")

        report = engine.sync_once()  # the old code: 413 for the batch, error for ever

        assert engine.state.status == "online" and engine.state.pending == 0
        assert report.applied == 2 and report.rejected_ids == [huge]
        [refusal] = engine.store.open_rejections()
        assert refusal.command_id == huge and refusal.code == "too_large"
        assert "too large to send" in refusal.message and "21.0 MB" in refusal.message
        assert refusal.details_dict()["bytes"] > 21 * MB
        assert _logged(server.db_url, [first, huge, last]) == {
            first: "applied",
            last: "applied",
        }
        assert _categories(server.db_url, people) == 2
        assert differences(local_view(engine.store), server_view(engine.client)) == []
    finally:
        close(engine)


def test_batches_are_cut_by_size_under_the_servers_limit(
    server: LiveServer, tmp_path: Path
) -> None:
    """Three 8 MB commands fit no single request: the engine sends them apart."""
    account = new_account(server.db_url)
    people = seed_people(server.db_url, account.tenant_id, 1)
    engine = connect(server.url, account, tmp_path / "c.db", timeout=(5.0, 60.0))
    try:
        engine.sync_once()
        big = [_queue_big(engine, people[0], 8 * MB) for _ in range(3)]
        small = _queue_small(engine, people[0], "alumnus")
        report = engine.sync_once()
        assert engine.state.status == "online" and engine.state.pending == 0
        # The server answered every one (the oversized notes are its refusal to give).
        logged = _logged(server.db_url, [*big, small])
        assert set(logged) == {*big, small} and logged[small] == "applied"
        assert report.pushed == 4
        assert not any(r.code == "too_large" for r in engine.store.open_rejections())
    finally:
        close(engine)


def test_a_server_refusing_a_batch_as_too_large_gets_smaller_ones(
    server: LiveServer, tmp_path: Path
) -> None:
    """A client that believes the server takes more than it does (the server's limit
    lowered): each 413 halves the batch; a single command still refused is a local
    ``too_large`` refusal, and everything else is answered by the server."""
    account = new_account(server.db_url)
    people = seed_people(server.db_url, account.tenant_id, 2)
    engine = connect(
        server.url,
        account,
        tmp_path / "c.db",
        timeout=(5.0, 60.0),
        push_max_bytes=64 * MB,
        command_max_bytes=64 * MB,
    )
    try:
        engine.sync_once()
        first = _queue_small(engine, people[0], "alumnus")
        big = [_queue_big(engine, people[0], 12 * MB) for _ in range(2)]
        huge = _queue_big(engine, people[0], 21 * MB)
        last = _queue_small(engine, people[1], "alumnus")

        report = engine.sync_once()

        assert engine.state.status == "online" and engine.state.pending == 0
        assert report.rejected_ids[-1] == huge
        refusals = {r.command_id: r for r in engine.store.open_rejections()}
        assert refusals[huge].code == "too_large"
        assert "too large to send" in refusals[huge].message
        logged = _logged(server.db_url, [first, *big, huge, last])
        assert set(logged) == {first, *big, last}
        assert logged[first] == logged[last] == "applied"
        assert _categories(server.db_url, people) == 2
    finally:
        close(engine)
