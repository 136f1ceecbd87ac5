"""A full disk during a pull is said plainly and sync resumes by itself (issue 26, item 3).

The client runs in its own process whose files may not grow past a limit
(``RLIMIT_FSIZE``: the write fails as on a full disk), against the real server
over real HTTP (tests/sync/disk_full_worker.py). The first pull stops part way:
the engine says the disk is full (no traceback), the database holds exactly the
pages before the cursor (the page that did not fit rolled back with its cursor),
a local command is refused whole, and once the limit is lifted the running loop
catches up by itself and equals the server's view.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from sync.client import ServerClient
from sync.store import ClientStore
from tests.sync.helpers import (
    Account,
    close,
    connect,
    differences,
    local_view,
    seed_people,
    server_view,
)
from tests.utils.servers import REPO, LiveServer

PAGE_SIZE = 50


def _pages_until(client: ServerClient, cursor: str) -> dict[str, set[str]]:
    """The ids of the rows the pages before ``cursor`` carry (pulled again, same size)."""
    ids: dict[str, set[str]] = {}
    at = ""
    while at != cursor:
        page = client.pull(at, PAGE_SIZE)
        for name, rows in page["changes"].items():
            ids.setdefault(name, set()).update(row["id"] for row in rows)
        for name, gone in page["tombstones"].items():
            ids.setdefault(name, set()).difference_update(gone)
        assert page["has_more"], "the cursor is not one the pages reach"
        at = page["next_cursor"]
    return ids


def test_a_full_disk_pauses_the_pull_keeps_the_last_good_state_and_sync_resumes(
    server: LiveServer, account: Account, tmp_path: Path
) -> None:
    seed_people(server.db_url, account.tenant_id, 400, seed=26)
    db = tmp_path / "client.db"
    engine = connect(server.url, account, db, page_size=PAGE_SIZE)
    token = engine.client.token
    assert token
    close(engine)  # signed in, never synced

    proc = subprocess.run(
        [sys.executable, "-m", "tests.sync.disk_full_worker", str(db), server.url, token, "50"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    paused: dict[str, Any] = lines[0]
    local: dict[str, Any] = lines[1]
    resumed: dict[str, Any] = lines[2]

    # Said plainly, and the last good state kept: exactly the rows of the pages applied.
    assert paused["status"] == "error"
    assert paused["error"].startswith("The disk is full"), paused["error"]
    assert paused["cursor"], "not one page fitted: the limit is too tight to test a pause"
    client = ServerClient(server.url, token=token, timeout=(2, 10))
    try:
        expected = _pages_until(client, paused["cursor"])
        held = {name: set(ids) for name, ids in paused["ids"].items() if ids}
        assert held == {name: ids for name, ids in expected.items() if ids}
        everything = sum(len(v) for v in server_view(client).values())
        assert 0 < sum(len(v) for v in held.values()) < everything  # stopped part way

        # A local command that cannot be written says so and is not half-saved.
        assert local["local"].startswith("The disk is full: this change was not saved")
        assert local["pending"] == 0 and local["in_journal"] is False
        assert local["opening"] == ""  # the file still opens: reading needs no space

        # Space freed: the loop resumed by itself and caught up.
        assert resumed["disk_full_states"] >= 1
        store = ClientStore(db)
        try:
            assert store.pending_count() == 0 and store.last_sync_at() is not None
            assert differences(local_view(store), server_view(client)) == []
        finally:
            store.close()
    finally:
        client.close()
