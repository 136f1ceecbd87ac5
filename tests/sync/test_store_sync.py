"""The store's side of sync: bases, rebase after refusals, the checkpoint rule, tombstones.

These tests drive ``ClientStore`` with answers and pages in the exact JSON
shapes of docs/CONTRACTS.md; the tests against the real server are in the
other modules of this folder.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from models import Person, PersonEmail, PersonPhone
from models.commands import Actor
from models.errors import DomainError
from models.ids import new_id
from sync.store import ClientStore, PendingRow, Rejection
from tests.sync.helpers import command

TENANT = new_id()
ACTOR = Actor(tenant_id=TENANT, email="staff@ex.se", roles=frozenset({"admin"}))


def person_row(pid: str, seq: int, **fields: Any) -> dict[str, Any]:
    """A person as the server sends it (every column, ISO datetimes with +00:00)."""
    row: dict[str, Any] = {
        "id": pid,
        "tenant_id": TENANT,
        "server_seq": seq,
        "updated_at": f"2026-03-01T10:00:{seq % 60:02d}.250000+00:00",
        "deleted_at": None,
        "first_name": "Anna",
        "last_name": "Berg",
        "personnummer": None,
        "birth_date": None,
        "organisation_id": None,
        "title": "",
        "street": "",
        "postal_code": "",
        "city": "Umeå",
        "country": "SE",
        "notes": "",
        "created_at": "2026-03-01T10:00:00+00:00",
        "merged_into_id": None,
    }
    row.update(fields)
    return row


def page(
    rows: dict[str, list[dict[str, Any]]], cursor: str, *, tombstones: Any = None
) -> dict[str, Any]:
    return {
        "changes": rows,
        "tombstones": tombstones or {},
        "next_cursor": cursor,
        "has_more": False,
    }


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ClientStore]:
    s = ClientStore(tmp_path / "c.db")
    yield s
    s.close()


def _person(store: ClientStore, pid: str) -> Person | None:
    with store.sessions() as s:
        return s.get(Person, pid)


def _edit(pid: str, field: str, old: Any, new: Any) -> Any:
    return command("person.edit", {"person_id": pid, "changes": {field: {"old": old, "new": new}}})


def test_pulled_page_is_applied_with_its_cursor_and_read_back_by_the_orm(
    store: ClientStore,
) -> None:
    pid = new_id()
    assert store.apply_page(page({"person": [person_row(pid, 7)]}, "7"), cursor="") == 1
    p = _person(store, pid)
    assert p is not None and p.city == "Umeå" and p.server_seq == 7
    assert p.updated_at.isoformat() == "2026-03-01T10:00:07.250000+00:00"
    assert store.cursor() == "7"
    assert store.last_sync_at() is not None


def test_page_is_not_applied_while_the_outbox_has_commands(store: ClientStore) -> None:
    """The checkpoint rule: a pull never overwrites an unacknowledged local change."""
    pid = new_id()
    store.apply_page(page({"person": [person_row(pid, 1)]}, "1"), cursor="")
    store.execute(_edit(pid, "city", "Umeå", "Kiruna"), ACTOR)
    newer = page({"person": [person_row(pid, 2, city="Lund")]}, "2")
    assert store.apply_page(newer, cursor="1") is None
    assert _person(store, pid).city == "Kiruna"  # type: ignore[union-attr]
    assert store.cursor() == "1"


def test_page_asked_for_an_old_cursor_is_not_applied(store: ClientStore) -> None:
    pid = new_id()
    store.apply_page(page({"person": [person_row(pid, 5)]}, "5"), cursor="")
    assert (
        store.apply_page(page({"person": [person_row(pid, 3, city="Lund")]}, "3"), cursor="")
        is None
    )
    assert _person(store, pid).city == "Umeå"  # type: ignore[union-attr]
    assert store.cursor() == "5"


def test_tombstone_marks_the_row_deleted_and_keeps_it(store: ClientStore) -> None:
    pid = new_id()
    store.apply_page(page({"person": [person_row(pid, 1)]}, "1"), cursor="")
    assert store.apply_page(page({}, "2", tombstones={"person": [pid]}), cursor="1") == 1
    p = _person(store, pid)
    assert p is not None and p.deleted_at is not None


def test_local_write_keeps_the_servers_version_of_the_row(store: ClientStore) -> None:
    pid = new_id()
    store.apply_page(page({"person": [person_row(pid, 1)]}, "1"), cursor="")
    store.execute(_edit(pid, "city", "Umeå", "Kiruna"), ACTOR)
    with store.engine.connect() as conn:
        base = conn.exec_driver_sql("SELECT city, server_seq FROM base__person").all()
        marks = conn.exec_driver_sql("SELECT table_name, row_id, existed FROM row_base").all()
    assert base == [("Umeå", 1)]
    assert marks == [("person", pid, 1)]
    assert _person(store, pid).city == "Kiruna"  # type: ignore[union-attr]


def test_refused_edit_is_reverted_to_the_servers_row_and_kept_with_its_message(
    store: ClientStore,
) -> None:
    pid = new_id()
    store.apply_page(page({"person": [person_row(pid, 1)]}, "1"), cursor="")
    cmd = _edit(pid, "city", "Umeå", "Kiruna")
    store.execute(cmd, ACTOR)
    theirs = person_row(pid, 9, city="Lund")
    details = {"fields": {"city": {"yours": "Kiruna", "theirs": "Lund", "base": "Umeå"}}}
    record = store.record_push_results(
        [
            {
                "id": cmd.id,
                "status": "rejected",
                "code": "conflict",
                "message": "Someone else changed city of Anna Berg meanwhile",
                "details": details,
                "rows": {"person": [theirs]},
            }
        ],
        actor=ACTOR,
    )
    assert (record.applied, record.rejected, record.unanswered) == (0, 1, 0)
    p = _person(store, pid)
    assert p is not None and (p.city, p.server_seq) == ("Lund", 9)
    assert store.outbox() == [] and store.pending_count() == 0
    [rejection] = store.open_rejections()
    assert rejection.command_id == cmd.id and rejection.code == "conflict"
    assert rejection.details_dict() == details
    assert rejection.rows()["person"][0]["city"] == "Lund"
    assert rejection.command()["args"]["changes"]["city"]["new"] == "Kiruna"
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM row_base").scalar() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM pending_row").scalar() == 0


def test_refused_create_takes_its_rows_and_what_built_on_them_away(store: ClientStore) -> None:
    """Rows only a refused command made are deleted; queued commands are re-derived."""
    other = new_id()
    store.apply_page(page({"person": [person_row(other, 1)]}, "1"), cursor="")
    pid = new_id()
    create = command(
        "person.create",
        {
            "person_id": pid,
            "first_name": "Ny",
            "last_name": "Person",
            "emails": [{"address": "ny@ex.se"}],
        },
    )
    phone = command("person.add_phone", {"person_id": pid, "number": "+46701234567"})
    edit = _edit(other, "city", "Umeå", "Kiruna")
    for c in (create, phone, edit):
        store.execute(c, ACTOR)
    record = store.record_push_results(
        [{"id": create.id, "status": "rejected", "code": "forbidden", "message": "No", "rows": {}}],
        actor=ACTOR,
    )
    assert (record.rejected, record.unanswered, record.replayed) == (1, 2, 1)
    with store.sessions() as s:
        assert s.get(Person, pid) is None
        assert s.scalars(select(PersonEmail)).all() == []
        assert s.scalars(select(PersonPhone)).all() == []
        assert s.get(Person, other).city == "Kiruna"  # type: ignore[union-attr]
        pending = {(p.table_name, p.row_id, p.command_id) for p in s.scalars(select(PendingRow))}
    # The phone command no longer applies locally: still queued (the server decides), not pending.
    assert [e.command_id for e in store.outbox()] == [phone.id, edit.id]
    assert pending == {("person", other, edit.id)}


def test_applied_command_leaves_the_servers_rows_behind(store: ClientStore) -> None:
    pid = new_id()
    store.apply_page(page({"person": [person_row(pid, 1)]}, "1"), cursor="")
    cmd = _edit(pid, "city", "Umeå", "Kiruna")
    store.execute(cmd, ACTOR)
    server_row = person_row(pid, 4, city="Kiruna", updated_at="2026-03-02T08:00:00.000001+00:00")
    store.record_push_results(
        [{"id": cmd.id, "status": "applied", "rows": {"person": [server_row]}}], actor=ACTOR
    )
    p = _person(store, pid)
    assert p is not None and (p.city, p.server_seq) == ("Kiruna", 4)
    assert p.updated_at.isoformat() == "2026-03-02T08:00:00.000001+00:00"
    assert store.outbox() == [] and store.open_rejections() == []


def test_server_row_for_a_row_a_queued_command_changed_waits_in_the_base(
    store: ClientStore,
) -> None:
    """An answer's rows never overwrite the effect of a later, still queued command."""
    pid = new_id()
    store.apply_page(page({"person": [person_row(pid, 1)]}, "1"), cursor="")
    first = _edit(pid, "city", "Umeå", "Kiruna")
    second = _edit(pid, "title", "", "Rektor")
    store.execute(first, ACTOR)
    store.execute(second, ACTOR)
    store.record_push_results(
        [
            {
                "id": first.id,
                "status": "applied",
                "rows": {"person": [person_row(pid, 2, city="Kiruna")]},
            }
        ],
        actor=ACTOR,
    )
    p = _person(store, pid)
    assert p is not None and (p.city, p.title) == ("Kiruna", "Rektor")
    store.record_push_results(
        [
            {
                "id": second.id,
                "status": "applied",
                "rows": {"person": [person_row(pid, 3, city="Kiruna", title="Rektor")]},
            }
        ],
        actor=ACTOR,
    )
    p = _person(store, pid)
    assert p is not None and (p.city, p.title, p.server_seq) == ("Kiruna", "Rektor", 3)


def test_rows_a_command_made_that_the_server_never_sent_go_at_the_checkpoint(
    store: ClientStore,
) -> None:
    """E.g. the server revived an existing row where the client made a new one."""
    pid = new_id()
    cmd = command("person.create", {"person_id": pid, "first_name": "A", "last_name": "B"})
    store.execute(cmd, ACTOR)
    store.record_push_results([{"id": cmd.id, "status": "applied", "rows": {}}], actor=ACTOR)
    assert _person(store, pid) is None


def test_unanswered_commands_stay_queued_in_order(store: ClientStore) -> None:
    pid = new_id()
    store.apply_page(page({"person": [person_row(pid, 1)]}, "1"), cursor="")
    cmds = [_edit(pid, "city", "Umeå", "Kiruna"), _edit(pid, "title", "", "Rektor")]
    for c in cmds:
        store.execute(c, ACTOR)
    record = store.record_push_results(
        [{"id": cmds[0].id, "status": "queued"}, {"id": new_id(), "status": "applied"}], actor=ACTOR
    )
    assert (record.applied, record.rejected, record.unanswered) == (0, 0, 2)
    assert [e.command_id for e in store.outbox()] == [c.id for c in cmds]
    assert _person(store, pid).title == "Rektor"  # type: ignore[union-attr]


def test_discarded_and_retried_refusals_leave_the_open_list(store: ClientStore) -> None:
    pid = new_id()
    store.apply_page(page({"person": [person_row(pid, 1)]}, "1"), cursor="")
    a, b = _edit(pid, "city", "Umeå", "Kiruna"), _edit(pid, "title", "", "Rektor")
    store.execute(a, ACTOR)
    store.execute(b, ACTOR)
    store.record_push_results(
        [
            {"id": a.id, "status": "rejected", "code": "conflict", "message": "x", "rows": {}},
            {"id": b.id, "status": "rejected", "code": "conflict", "message": "y", "rows": {}},
        ],
        actor=ACTOR,
    )
    assert store.rejected_count() == 2
    store.discard_rejection(a.id)
    retry = _edit(pid, "title", "", "Prefekt")
    store.retry_rejection(b.id, retry, ACTOR)
    assert store.rejected_count() == 0
    with store.sessions() as s:
        states = dict(s.execute(select(Rejection.command_id, Rejection.state)).all())
    assert states == {a.id: "discarded", b.id: "retried"}
    assert [e.command_id for e in store.outbox()] == [retry.id]
    assert _person(store, pid).title == "Prefekt"  # type: ignore[union-attr]


def test_only_local_commands_are_tracked_not_other_writes(store: ClientStore) -> None:
    """Capture is on inside a command's transaction only (also after a refused one)."""
    pid = new_id()
    with store.session() as s:  # e.g. a test factory or an importer filling the cache
        s.add(Person(id=pid, tenant_id=TENANT, first_name="A", last_name="B"))
    with pytest.raises(DomainError):
        store.execute(_edit(new_id(), "city", "", "X"), ACTOR)  # no such person
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM row_base").scalar() == 0
        assert conn.exec_driver_sql("SELECT enabled FROM sync_capture").scalar() == 0
    store.execute(_edit(pid, "city", "", "Kiruna"), ACTOR)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT row_id FROM row_base").scalars().all() == [pid]
        assert conn.exec_driver_sql("SELECT enabled FROM sync_capture").scalar() == 0


def test_cache_rebuild_forgets_bases_and_keeps_the_queued_command(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    store = ClientStore(path)
    pid = new_id()
    store.apply_page(page({"person": [person_row(pid, 1)]}, "1"), cursor="")
    store.execute(_edit(pid, "city", "Umeå", "Kiruna"), ACTOR)
    store.rebuild_cache()
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM row_base").scalar() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM base__person").scalar() == 0
    assert len(store.outbox()) == 1 and store.cursor() == ""
    store.close()
