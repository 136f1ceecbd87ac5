"""``registration.import`` through the sync engine against the real server (SQLite and
PostgreSQL): queued locally, pushed, and the local database is then the server's view; a
row the server refuses is named in the kept refusal and its command's effects go."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from devtools.server_data import server_session
from models.courses import Course, CourseRound
from models.ids import new_id
from models.people import Person, PersonEmail
from sync.engine import SyncEngine
from tests.sync.helpers import (
    close,
    command,
    connect,
    differences,
    local_view,
    new_account,
    server_view,
)
from tests.utils.servers import LiveServer


def server_cursor(engine: Any) -> str:
    """Where a pull from the start ends now."""
    cursor = ""
    while True:
        page = engine.client.pull(cursor, 5000)
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return str(cursor)


def _seed(db_url: str, tenant_id: str) -> tuple[str, str]:
    """A round, and a known person whose address is in Kansli."""
    with server_session(db_url) as s:
        course = Course(id=new_id(), tenant_id=tenant_id, code="IMP", name="Import")
        known = Person(id=new_id(), tenant_id=tenant_id, first_name="Karin", last_name="Ek")
        s.add_all([course, known])
        s.flush()
        s.add(PersonEmail(tenant_id=tenant_id, person_id=known.id, address="karin@ek.example"))
        round_ = CourseRound(
            id=new_id(), tenant_id=tenant_id, course_id=course.id, name="Import HT26",
            term="HT2026", starts_on=date(2026, 9, 1), ends_on=date(2026, 12, 1),
        )  # fmt: skip
        s.add(round_)
        return round_.id, known.id


def _rows(start: int, count: int) -> list[dict[str, Any]]:
    out = []
    for n in range(start, start + count):
        pid = new_id()
        out.append(
            {
                "row": n,
                "registration_id": new_id(),
                "participant_id": pid,
                "person": {
                    "person_id": pid,
                    "first_name": "Ny",
                    "last_name": f"Person{n}",
                    "emails": [{"address": f"ny{n}.{pid[-6:]}@import.example"}],
                },
            }
        )
    return out


@contextmanager
def _signed_in(live: LiveServer, tmp_path: Path) -> Iterator[tuple[SyncEngine, str, str]]:
    """A new organisation with a round and a known person, and its synced client: (engine,
    round, known person)."""
    account = new_account(live.db_url)
    round_id, known = _seed(live.db_url, account.tenant_id)
    engine = connect(live.url, account, tmp_path / "c.db")
    try:
        engine.sync_once()
        yield engine, round_id, known
    finally:
        close(engine)


def test_an_import_of_two_commands_syncs_to_the_servers_view(
    live: LiveServer, tmp_path: Path
) -> None:
    with _signed_in(live, tmp_path) as (engine, round_id, known):
        actor = engine.actor()
        first = _rows(2, 120)
        first.append(
            {"row": 122, "registration_id": new_id(), "participant_id": known,
             "add_email": "karin.ek@firma.example",
             "approving_manager_id": first[0]["participant_id"]}
        )  # fmt: skip
        commands = [
            command("registration.import", {"round_id": round_id, "rows": first}),
            command("registration.import", {"round_id": round_id, "rows": _rows(123, 80)}),
        ]
        engine.store.execute_many(commands, actor)
        report = engine.sync_once()
        assert (report.applied, report.rejected) == (2, 0)
        assert engine.store.pending_count() == 0
        # The answers held every row written since the last pull: none is pulled again.
        assert report.pulled_rows == 0
        assert engine.store.cursor() == server_cursor(engine)
        local, server = local_view(engine.store), server_view(engine.client)
        assert differences(local, server) == []
        on_round = [r for r in local["registration"].values() if round_id in r]
        assert len(on_round) == 201


def test_a_row_the_server_refuses_is_named_and_its_commands_effects_go(
    live: LiveServer, tmp_path: Path
) -> None:
    with _signed_in(live, tmp_path) as (engine, round_id, known):
        rows = _rows(2, 30)
        rows.append({"row": 32, "registration_id": new_id(), "participant_id": known})
        engine.store.execute(
            command("registration.import", {"round_id": round_id, "rows": rows}), engine.actor()
        )
        # Meanwhile the known person is removed on the server.
        with server_session(live.db_url) as s:
            person = s.get(Person, known)
            assert person is not None
            person.deleted_at = person.updated_at
        report = engine.sync_once()
        assert (report.applied, report.rejected) == (0, 1)
        assert report.pulled_rows == 1  # the person deleted meanwhile, as ever
        [refusal] = engine.store.open_rejections()
        assert refusal.code == "not_found" and refusal.details_dict()["row"] == 32
        local = local_view(engine.store)
        assert not [r for r in local["registration"].values() if round_id in r]
        assert differences(local, server_view(engine.client)) == []


def test_a_write_of_someone_else_between_keeps_the_pull(live: LiveServer, tmp_path: Path) -> None:
    """Another writer's row among the pushed ones: the answers do not stand in for the pull,
    which brings that row (and the answered ones again)."""
    with _signed_in(live, tmp_path) as (engine, round_id, known):
        engine.store.execute(
            command("registration.import", {"round_id": round_id, "rows": _rows(2, 5)}),
            engine.actor(),
        )
        with server_session(live.db_url) as s:
            person = s.get(Person, known)
            assert person is not None
            person.title = "Rektor"
        report = engine.sync_once()
        assert report.applied == 1 and report.pulled_rows >= 1
        assert differences(local_view(engine.store), server_view(engine.client)) == []
