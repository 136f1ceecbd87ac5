"""A fork server for the SIGKILL loop (tests/sync/test_kill_loop.py).

Started once; imports everything once; then, per job read from standard
input (one JSON line), forks a child that queues a few commands in the
local database and runs ``python -m sync``'s ``main`` against the server,
exactly as the command line would. The worker kills the child with SIGKILL
after the job's ``kill_after`` seconds unless it finished first, reaps it,
and reports one JSON line. Killing only its own unreaped child, it can never
hit another process that reused the pid.

The child reports ``{"executed": id}`` after each local commit, so the test
knows which commands must reach the server.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time
import traceback
from typing import Any

from sqlalchemy import select

import sync.__main__ as cli
from models import Person
from models.commands import build
from models.ids import derived_id
from sync.store import ClientStore


def command_id(run_key: str, run: int, i: int) -> str:
    """The deterministic id of command ``i`` of ``run`` (the test computes the same)."""
    return derived_id(run_key, str(run), str(i))


def _say(message: dict[str, Any]) -> None:
    os.write(1, (json.dumps(message) + "\n").encode())


def child(job: dict[str, Any]) -> int:
    rnd = random.Random(job["run"])
    opening = time.monotonic()
    store = ClientStore(job["db"])  # recovers a damaged file (the journal replay)
    _say({"opened": time.monotonic() - opening})
    actor = store.actor()
    assert actor is not None
    with store.sessions() as s:
        people = list(s.execute(select(Person.id, Person.title).where(Person.deleted_at.is_(None))))
    for i in range(job["commands"]):
        cid = command_id(job["run_key"], job["run"], i)
        kind = rnd.choice(["phone", "title", "create"])
        if not people:  # a recovered file: empty until its first pull
            kind = "create"
        if kind == "phone":
            pid = rnd.choice(people)[0]
            args: dict[str, Any] = {"person_id": pid, "number": f"+4676{job['run']:04d}{i:03d}"}
            cmd = build("person.add_phone", 1, args, id=cid)
        elif kind == "title":
            pid, _ = rnd.choice(people)
            with store.sessions() as s:
                current = s.get(Person, pid)
                assert current is not None
                old = current.title
            new = f"T{job['run']}.{i}"
            args = {"person_id": pid, "changes": {"title": {"old": old, "new": new}}}
            cmd = build("person.edit", 1, args, id=cid)
        else:
            args = {
                "person_id": derived_id(cid, "p"),
                "first_name": "Ny",
                "last_name": f"R{job['run']}",
            }
            cmd = build("person.create", 1, args, id=cid)
        store.execute(cmd, actor)
        _say({"executed": cid, "kind": kind})
    store.close()
    os.environ["KANSLI_TOKEN"] = job["token"]
    with open(os.devnull, "w") as quiet:
        code = cli.main(
            [
                "--server",
                job["server"],
                "--user",
                job["user"],
                "--db",
                job["db"],
                "--page-size",
                str(job["page_size"]),
                "--timeout",
                "10",
            ],
            out=quiet,
        )
    return code


def serve() -> None:
    _say({"ready": True})
    for line in sys.stdin:
        job = json.loads(line)
        started = time.monotonic()
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                code = child(job)
            except BaseException as exc:  # report, then leave without running atexit hooks
                where = "".join(traceback.format_exception(exc)[-6:])  # what failed, and where
                _say({"child_error": f"{type(exc).__name__}: {exc}\n{where}"})
            finally:
                os._exit(code)
        killed = False
        deadline = started + float(job["kill_after"]) if job.get("kill_after") is not None else None
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            if deadline is not None and time.monotonic() >= deadline:
                os.kill(pid, signal.SIGKILL)
                _, status = os.waitpid(pid, 0)
                killed = True
                break
            time.sleep(0.001)  # polling the child; the kill time is the fault injected
        _say(
            {
                "done": pid,
                "killed": killed,
                "exit": os.waitstatus_to_exitcode(status),
                "seconds": time.monotonic() - started,
            }
        )


if __name__ == "__main__":
    serve()
