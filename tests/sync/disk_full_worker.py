"""A client on a disk that fills up (tests/sync/test_disk_full.py), in its own process.

``python -m tests.sync.disk_full_worker <db> <server> <token> <page_size>``

The process limits the size of every file it writes (``RLIMIT_FSIZE``; with
SIGXFSZ ignored a write past the limit fails with EFBIG, as a full disk fails
with ENOSPC) a little above what the database holds before its first sync,
and runs the engine's background loop. Steps, each reported as one JSON line:

1. ``paused``: the loop stopped in the middle of the first pull, saying the disk
   is full; the cursor and the rows it holds then (the last good state);
2. ``local``: with no byte left at all, a local command is refused as a full
   disk and nothing of it is left in the outbox or the journal, and the file still
   opens (its journal is not rewritten then);
3. ``resumed``: the limit is lifted (space freed) and the same loop, left
   alone, catches up.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
from typing import Any

from sqlalchemy import select

from models import Person
from models.commands import build
from models.ids import new_id
from sync.client import ServerClient
from sync.engine import SyncEngine, SyncState
from sync.store import ClientStore, DiskFull
from tests.sync.helpers import local_view
from tests.utils.servers import wait_until

UNLIMITED = resource.RLIM_INFINITY


def _say(message: dict[str, Any]) -> None:
    os.write(1, (json.dumps(message) + "\n").encode())


def _limit(size: int) -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, UNLIMITED))


def main(db: str, server: str, token: str, page_size: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    store = ClientStore(db)
    states: list[SyncState] = []
    engine = SyncEngine(
        store,
        ServerClient(server, token=token, timeout=(2, 10)),
        page_size=page_size,
        backoff_base=0.05,
        on_state=states.append,
    )
    wal = os.path.getsize(db + "-wal") if os.path.exists(db + "-wal") else 0
    _limit(wal + 400_000)  # room for a few pages of the first pull, not for all of them
    engine.start(interval=600, max_backoff=0.2)
    wait_until(
        lambda: engine.state.disk_full, timeout=60, what="the engine to say the disk is full"
    )
    with store.sessions() as s:
        cursor = store.cursor()
        view = local_view(store)
        person = s.scalars(select(Person.id)).first()
    said = next(state for state in states if state.disk_full)
    _say(
        {
            "paused": True,
            "status": said.status,
            "error": said.error,
            "cursor": cursor,
            "ids": {name: sorted(rows) for name, rows in view.items()},
        }
    )

    _limit(0)  # not one byte more
    args = {"person_id": person, "number": "+46701234567"}
    command = build("person.add_phone", 1, args, id=new_id())
    try:
        engine.execute(command, engine.actor())
        refused = ""
    except DiskFull as exc:
        refused = str(exc)
    journal = open(db + ".journal", encoding="utf-8").read()  # noqa: SIM115 (read once)
    try:
        ClientStore(db).close()  # another window opening the same file: it opens
        opening = ""
    except DiskFull as exc:
        opening = str(exc)
    _say(
        {
            "local": refused,
            "pending": store.pending_count(),
            "in_journal": command.id in journal,
            "opening": opening,
        }
    )

    _limit(UNLIMITED)  # space freed
    wait_until(
        lambda: engine.state.status == "online" and not engine.state.disk_full,
        timeout=60,
        what="the loop to resume by itself",
    )
    engine.close()
    engine.client.close()
    store.close()
    _say(
        {
            "resumed": True,
            "disk_full_states": sum(1 for s in states if s.disk_full),
            "errors": sorted({s.error for s in states if s.error}),
        }
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
