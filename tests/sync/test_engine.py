"""The sync engine against the real server over real HTTP."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, select

from models import AlumniRegistration, Base, Person, PersonPhone, synced_tables
from models.alumni import AlumniStatus
from sync.client import AuthError, ServerClient
from sync.engine import SyncEngine, SyncProgress, SyncState
from sync.store import PendingRow
from tests.sync.helpers import (
    Account,
    close,
    command,
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
from tests.utils.servers import LiveServer, wait_until


def _edit(pid: str, field: str, old: Any, new: Any) -> Any:
    return command("person.edit", {"person_id": pid, "changes": {field: {"old": old, "new": new}}})


def _assert_same_as_server(engine: SyncEngine) -> None:
    assert differences(local_view(engine.store), server_view(engine.client)) == []


def _columns(obj: Any) -> dict[str, Any]:
    return {a.key: getattr(obj, a.key) for a in inspect(obj).mapper.column_attrs}


def test_pulled_rows_read_through_the_orm_equal_the_servers_rows(
    server: LiveServer, account: Account, db_path: Path
) -> None:
    seed_varied(server.db_url, account.tenant_id)
    seed_people(server.db_url, account.tenant_id, 5)
    engine = connect(server.url, account, db_path)
    try:
        report = engine.sync_once()
        assert report.caught_up and report.pulled_rows > 20
        synced = set(synced_tables())
        models = [m.class_ for m in Base.registry.mappers if m.class_.__tablename__ in synced]
        compared = 0
        with server_session(server.db_url) as srv, engine.store.sessions() as local:
            for model in models:
                theirs = {
                    o.id: _columns(o)
                    for o in srv.scalars(select(model).where(model.tenant_id == account.tenant_id))
                }
                mine = {o.id: _columns(o) for o in local.scalars(select(model))}
                assert mine == theirs, model.__name__
                compared += len(mine)
        assert compared == report.pulled_rows
    finally:
        close(engine)


def test_local_command_is_pending_until_the_server_applied_it(
    server: LiveServer, account: Account, db_path: Path
) -> None:
    [pid] = seed_people(server.db_url, account.tenant_id, 1)
    engine = connect(server.url, account, db_path)
    try:
        engine.sync_once()
        engine.execute(_edit(pid, "city", "Umeå", "Kiruna"), engine.actor())
        assert engine.state.pending == 1
        with engine.store.sessions() as s:
            assert s.scalars(select(PendingRow.row_id)).all() == [pid]
        report = engine.sync_once()
        assert (report.pushed, report.applied, report.rejected) == (1, 1, 0)
        assert engine.state.pending == 0 and engine.state.status == "online"
        with engine.store.sessions() as s:
            assert s.scalars(select(PendingRow)).all() == []
        with server_session(server.db_url) as srv:
            assert srv.get(Person, pid).city == "Kiruna"  # type: ignore[union-attr]
        _assert_same_as_server(engine)
    finally:
        close(engine)


def test_edits_of_different_fields_on_two_clients_both_apply(
    server: LiveServer, account: Account, tmp_path: Path
) -> None:
    [pid] = seed_people(server.db_url, account.tenant_id, 1)
    a = connect(server.url, account, tmp_path / "a.db")
    b = connect(server.url, account, tmp_path / "b.db")
    try:
        a.sync_once()
        b.sync_once()
        a.execute(_edit(pid, "city", "Umeå", "Kiruna"), a.actor())
        b.execute(_edit(pid, "title", "", "Rektor"), b.actor())
        a.sync_once()
        assert b.sync_once().applied == 1
        a.sync_once()
        for engine in (a, b):
            with engine.store.sessions() as s:
                p = s.get(Person, pid)
                assert p is not None and (p.city, p.title) == ("Kiruna", "Rektor")
            _assert_same_as_server(engine)
    finally:
        close(a)
        close(b)


def test_same_field_changed_on_both_sides_is_a_conflict_kept_with_both_values(
    server: LiveServer, account: Account, tmp_path: Path
) -> None:
    [pid] = seed_people(server.db_url, account.tenant_id, 1)
    a = connect(server.url, account, tmp_path / "a.db")
    b = connect(server.url, account, tmp_path / "b.db")
    try:
        a.sync_once()
        b.sync_once()
        a.execute(_edit(pid, "city", "Umeå", "Kiruna"), a.actor())
        mine = _edit(pid, "city", "Umeå", "Lund")
        b.execute(mine, b.actor())
        a.sync_once()
        report = b.sync_once()
        assert (report.applied, report.rejected, report.rejected_ids) == (0, 1, [mine.id])
        assert b.state.rejected == 1 and b.state.pending == 0
        [rejection] = b.store.open_rejections()
        assert rejection.code == "conflict"
        city = rejection.details_dict()["fields"]["city"]
        assert {k: city[k] for k in ("yours", "theirs", "base")} == {
            "yours": "Lund",
            "theirs": "Kiruna",
            "base": "Umeå",
        }
        assert city["changed_by"] == a.actor().label and city["changed_at"]
        with b.store.sessions() as s:
            assert s.get(Person, pid).city == "Kiruna"  # type: ignore[union-attr]
        _assert_same_as_server(b)
        # The user resolves: keeps their value, now over what they have seen.
        b.retry_rejection(
            mine.id, {"person_id": pid, "changes": {"city": {"old": "Kiruna", "new": "Lund"}}}
        )
        assert b.state.rejected == 0 and b.state.pending == 1
        assert b.sync_once().applied == 1
        a.sync_once()
        for engine in (a, b):
            with engine.store.sessions() as s:
                assert s.get(Person, pid).city == "Lund"  # type: ignore[union-attr]
            _assert_same_as_server(engine)
    finally:
        close(a)
        close(b)


def test_second_decision_is_refused_with_who_decided_and_when_and_reverted(
    server: LiveServer, account: Account, tmp_path: Path
) -> None:
    [item] = seed_alumni_queue(server.db_url, account.tenant_id, 1)
    officer = new_account(server.db_url, roles=("alumni_officer",), tenant=account.tenant)
    a = connect(server.url, account, tmp_path / "a.db")
    b = connect(server.url, officer, tmp_path / "b.db")
    try:
        a.sync_once()
        b.sync_once()
        approve = command("alumni.decide", {"alumni_registration_id": item, "decision": "approve"})
        deny = command(
            "alumni.decide",
            {"alumni_registration_id": item, "decision": "deny", "reason": "Not a graduate"},
        )
        a.execute(approve, a.actor())
        b.execute(deny, b.actor())
        with b.store.sessions() as s:
            assert s.get(AlumniRegistration, item).status == AlumniStatus.DENIED  # type: ignore[union-attr]
        assert a.sync_once().applied == 1
        assert b.sync_once().rejected == 1
        [rejection] = b.store.open_rejections()
        assert rejection.code == "conflict"
        who = a.actor().label
        assert rejection.message.startswith(f"Already approved manually by {who} at ")
        assert rejection.details_dict()["decided_by"] == who
        assert rejection.details_dict()["decided_at"]
        with b.store.sessions() as s:
            reg = s.get(AlumniRegistration, item)
            assert reg is not None and reg.status == AlumniStatus.APPROVED_MANUALLY
            assert reg.denial_reason == ""
        _assert_same_as_server(b)
        b.discard_rejection(deny.id)
        assert b.state.rejected == 0
        assert b.store.rejection(deny.id).state == "discarded"  # type: ignore[union-attr]
    finally:
        close(a)
        close(b)


def test_command_sent_again_after_a_lost_answer_has_no_second_effect(
    server: LiveServer, account: Account
) -> None:
    [pid] = seed_people(server.db_url, account.tenant_id, 1)
    client = ServerClient(server.url, timeout=(2, 5))
    client.login(account.email, account.password, tenant=account.tenant)
    env = command("person.add_phone", {"person_id": pid, "number": "+46709998877"}).envelope()
    first = client.push([env])
    again = client.push([env])
    assert first == again and first[0]["status"] == "applied"
    with server_session(server.db_url) as srv:
        phones = srv.scalars(select(PersonPhone.number).where(PersonPhone.person_id == pid)).all()
    assert sorted(phones) == ["+46700000000", "+46709998877"]
    client.close()


def test_initial_sync_streams_pages_can_be_cancelled_and_resumes(
    server: LiveServer, account: Account, db_path: Path
) -> None:
    seed_people(server.db_url, account.tenant_id, 400)  # 1,200 rows and the 2 categories
    seen: list[SyncProgress] = []
    engine = connect(server.url, account, db_path, page_size=100)

    def progress(p: SyncProgress) -> None:
        seen.append(p)
        if p.phase == "pull" and p.pages == 3:
            engine.cancel()

    engine.on_progress = progress
    try:
        first = engine.sync_once()
        assert first.cancelled and first.pages == 3 and first.pulled_rows == 300
        assert engine.state.status == "online" and engine.state.last_sync_at is None
        cursor = engine.store.cursor()
        assert cursor not in ("", "0")
        with engine.store.sessions() as s:
            people = len(s.scalars(select(Person.id)).all())
        assert 0 < people < 400
        engine.on_progress = seen.append
        second = engine.sync_once()
        assert second.caught_up and not second.cancelled
        assert second.pulled_rows == 902 and second.pages == 10
        assert [p.rows for p in seen if p.phase == "pull"][-1] == 902
        assert engine.state.last_sync_at is not None
        _assert_same_as_server(engine)
    finally:
        close(engine)


def test_pages_wait_while_the_user_queues_a_command_mid_pull(
    server: LiveServer, account: Account, db_path: Path
) -> None:
    """The checkpoint rule on a live pull: push first, then continue pulling."""
    ids = seed_people(server.db_url, account.tenant_id, 60)
    engine = connect(server.url, account, db_path, page_size=30)
    queued: list[Any] = []
    events: list[str] = []

    def user_edits_mid_pull(p: SyncProgress) -> None:
        events.append(f"{p.phase} {p.pages}")
        if p.phase == "pull" and p.pages == 2 and not queued:
            with engine.store.sessions() as s:
                person = s.get(Person, ids[0])
            assert person is not None
            cmd = _edit(ids[0], "city", person.city, "Kiruna")
            queued.append(cmd)
            engine.execute(cmd, engine.actor())

    engine.on_progress = user_edits_mid_pull
    try:
        report = engine.sync_once()
        assert report.caught_up and report.applied == 1
        # No page was applied over the unacknowledged edit: the push came first.
        assert events[:4] == ["pull 1", "pull 2", "push 2", "pull 3"]
        with server_session(server.db_url) as srv:
            assert srv.get(Person, ids[0]).city == "Kiruna"  # type: ignore[union-attr]
        _assert_same_as_server(engine)
    finally:
        close(engine)


def test_background_loop_pushes_local_writes_and_reports_state(
    server: LiveServer, account: Account, db_path: Path
) -> None:
    [pid] = seed_people(server.db_url, account.tenant_id, 1)
    states: list[SyncState] = []
    lock = threading.Lock()

    def record(state: SyncState) -> None:
        with lock:
            states.append(state)

    engine = connect(server.url, account, db_path, on_state=record)
    try:
        engine.start(interval=60)
        wait_until(lambda: engine.state.last_sync_at is not None, what="the first sync")
        engine.execute(_edit(pid, "city", "Umeå", "Kiruna"), engine.actor())
        wait_until(
            lambda: engine.state.pending == 0 and engine.state.status == "online",
            what="the write to be pushed without waiting for the interval",
        )
        with server_session(server.db_url) as srv:
            assert srv.get(Person, pid).city == "Kiruna"  # type: ignore[union-attr]
        with lock:
            statuses = [s.status for s in states]
        assert "syncing" in statuses and statuses[-1] == "online"
        assert any(s.pending == 1 for s in states)
    finally:
        close(engine)


def test_signed_out_token_puts_the_engine_in_error_state(
    server: LiveServer, account: Account, db_path: Path
) -> None:
    engine = connect(server.url, account, db_path)
    try:
        engine.client.logout()
        engine.client.token = "not-a-valid-token"
        with pytest.raises(AuthError):
            engine.sync_once()
        assert engine.state.status == "error"
        assert "sign in again" in (engine.state.error or "")
    finally:
        close(engine)


@pytest.mark.postgres
def test_sync_against_a_postgresql_server(pg_url: str, tmp_path: Path) -> None:
    live = LiveServer(pg_url).start()
    try:
        account = new_account(pg_url)
        ids = seed_varied(pg_url, account.tenant_id)
        engine = connect(live.url, account, tmp_path / "c.db")
        try:
            engine.sync_once()
            engine.execute(_edit(ids["person"], "city", "", "Kiruna"), engine.actor())
            assert engine.sync_once().applied == 1
            _assert_same_as_server(engine)
            with server_session(pg_url) as srv, engine.store.sessions() as local:
                for model in (Person, AlumniRegistration):
                    theirs = [
                        _columns(o)
                        for o in srv.scalars(
                            select(model)
                            .where(model.tenant_id == account.tenant_id)
                            .order_by(model.id)
                        )
                    ]
                    mine = [_columns(o) for o in local.scalars(select(model).order_by(model.id))]
                    assert mine == theirs
        finally:
            close(engine)
    finally:
        live.stop()


def test_next_page_is_asked_for_before_the_current_one_is_written(
    server: LiveServer, account: Account, db_path: Path
) -> None:
    seed_people(server.db_url, account.tenant_id, 100)  # 302 rows: 4 pages of 100
    engine = connect(server.url, account, db_path, page_size=100)
    steps: list[str] = []
    fetch, apply_page = engine._fetch, engine.store.apply_page

    def logged_fetch(cursor: str) -> Any:
        steps.append(f"fetch {cursor or '0'}")
        return fetch(cursor)

    def logged_apply(page: Any, *, cursor: str) -> int | None:
        steps.append(f"write {cursor or '0'}")
        return apply_page(page, cursor=cursor)

    engine._fetch = logged_fetch  # type: ignore[method-assign]
    engine.store.apply_page = logged_apply  # type: ignore[method-assign]
    try:
        assert engine.sync_once().pages == 4
        kinds = [s.split()[0] for s in steps]
        assert kinds == ["fetch", "fetch", "write", "fetch", "write", "fetch", "write", "write"]
        cursors = [s.split()[1] for s in steps]
        assert cursors[1] != cursors[0] and cursors[2] == cursors[0]  # page 2 asked, page 1 written
    finally:
        close(engine)


def test_withdraw_takes_back_a_queued_edit_but_never_while_a_sync_sends(
    server: LiveServer, account: Account, db_path: Path
) -> None:
    from sync.store import NotQueued, StoreError

    [pid] = seed_people(server.db_url, account.tenant_id, 1)
    engine = connect(server.url, account, db_path)
    try:
        engine.sync_once()
        cmd = _edit(pid, "city", "Umeå", "Kiruna")
        engine.execute(cmd, engine.actor())
        # While a sync runs, the command may be on its way: no withdrawing.
        with engine._sync_lock, pytest.raises(StoreError, match="being sent right now"):
            engine.withdraw(cmd.id)
        assert engine.state.pending == 1
        engine.withdraw(cmd.id)
        assert engine.state.pending == 0
        with engine.store.sessions() as s:
            assert s.get(Person, pid).city == "Umeå"  # type: ignore[union-attr]
        engine.sync_once()
        with server_session(server.db_url) as srv:
            assert srv.get(Person, pid).city == "Umeå"  # type: ignore[union-attr]
        with pytest.raises(NotQueued):
            engine.withdraw(cmd.id)
    finally:
        close(engine)


def test_sync_report_carries_the_rows_it_pulled_and_the_rows_a_refusal_reverted(
    server: LiveServer, account: Account, tmp_path: Path
) -> None:
    [item] = seed_alumni_queue(server.db_url, account.tenant_id, 1)
    pids = seed_people(server.db_url, account.tenant_id, 3)
    officer = new_account(server.db_url, roles=("alumni_officer",), tenant=account.tenant)
    told: list[Any] = []
    a = connect(server.url, account, tmp_path / "a.db")
    b = connect(server.url, officer, tmp_path / "b.db", on_changes=told.append)
    try:
        a.sync_once()
        first = b.sync_once()
        assert first.changes.touches("person", "alumni_registration")
        assert {item, *pids} <= first.changes.ids and not first.changes.outbox
        assert told == [first.changes]
        assert not b.sync_once().changes and len(told) == 1  # nothing new: nothing told

        a.execute(_edit(pids[0], "city", "Umeå", "Kiruna"), a.actor())
        a.execute(
            command("alumni.decide", {"alumni_registration_id": item, "decision": "approve"}),
            a.actor(),
        )
        a.sync_once()
        deny = command(
            "alumni.decide",
            {"alumni_registration_id": item, "decision": "deny", "reason": "Not a graduate"},
        )
        b.execute(deny, b.actor())
        report = b.sync_once()
        assert report.rejected == 1
        # The refused decision's row went back to the server's truth; the edit was pulled.
        assert report.changes.touches("alumni_registration", "person")
        assert {item, pids[0]} <= report.changes.ids
        assert not {pids[1], pids[2]} & report.changes.ids  # untouched rows are not named
        assert report.changes.outbox
        assert told[-1] == report.changes
    finally:
        close(a)
        close(b)


def test_the_next_batch_is_sent_before_an_answer_is_recorded_and_a_refusal_is_kept(
    server: LiveServer, account: Account, tmp_path: Path
) -> None:
    """Batches go to the server one after the other, the next sent once an answer came
    and before it is recorded (the server applies it meanwhile); a refusal in the middle
    batch is recorded and reverted while the last batch is on its way."""
    people = seed_people(server.db_url, account.tenant_id, 5)
    other = connect(server.url, account, tmp_path / "other.db")
    engine = connect(server.url, account, tmp_path / "a.db")
    engine.push_batch = 2
    steps: list[str] = []
    mark_sent, record = engine.store.mark_sent, engine.store.record_push_results

    def logged_sent(ids: Any) -> None:
        steps.append(f"sent {len(ids)}")
        mark_sent(ids)

    def logged_record(results: Any, **kw: Any) -> Any:
        steps.append(f"record {len(results)}")
        return record(results, **kw)

    try:
        other.sync_once()
        engine.sync_once()
        other.execute(_edit(people[2], "city", "Umeå", "Kiruna"), other.actor())
        other.sync_once()
        edits = [_edit(pid, "city", "Umeå", f"Ort {i}") for i, pid in enumerate(people)]
        for edit in edits:
            engine.execute(edit, engine.actor())
        engine.store.mark_sent = logged_sent  # type: ignore[method-assign]
        engine.store.record_push_results = logged_record  # type: ignore[method-assign]
        report = engine.sync_once()
        assert steps == ["sent 2", "sent 2", "record 2", "sent 1", "record 2", "record 1"]
        assert (report.applied, report.rejected, report.rejected_ids) == (4, 1, [edits[2].id])
        assert engine.state.pending == 0 and engine.state.rejected == 1
        with engine.store.sessions() as s:
            cities = [s.get(Person, pid).city for pid in people]  # type: ignore[union-attr]
        assert cities == ["Ort 0", "Ort 1", "Kiruna", "Ort 3", "Ort 4"]
        _assert_same_as_server(engine)
    finally:
        close(engine)
        close(other)
