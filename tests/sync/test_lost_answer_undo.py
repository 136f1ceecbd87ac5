"""An undo after a lost push answer tells the truth (issue 26, item 4).

A push whose answer is cut off leaves its commands queued and *in doubt*: the
server may have carried them out (and mailed a manager). Undoing such a command
asks the server first (``POST /sync/status`` with ``withdraw``): if the server had
it, the undo refuses, says so and names the reverse action where one exists; if
not, the server settles the id as taken back, so the push still on the way can
never apply it. Offline, the undo of an in-doubt command is refused plainly.

The real server in a subprocess, on SQLite and PostgreSQL, over real HTTP
through a TCP proxy that cuts the answer while it is read.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select

from models import Person, PersonCategory, PersonEmail, Registration
from sync.client import ServerUnavailable
from sync.engine import SyncEngine
from sync.store import AlreadyOnServer, InDoubt
from tests.sync.helpers import (
    Account,
    close,
    command,
    connect,
    differences,
    local_view,
    new_account,
    seed_people,
    seed_varied,
    server_session,
    server_view,
)
from tests.utils.servers import LiveServer
from tests.utils.tcp_proxy import TcpProxy


@pytest.fixture
def proxy(live: LiveServer) -> Iterator[TcpProxy]:
    with TcpProxy(live.port) as p:
        yield p


def _lose_the_answer(engine: SyncEngine, proxy: TcpProxy) -> None:
    """Push the outbox; the server applies it, the answer is cut off on the way back."""
    proxy.cut_response("/api/v1/sync/push")
    with pytest.raises(ServerUnavailable):
        engine.sync_once()
    assert "cut down /api/v1/sync/push" in proxy.events
    assert engine.state.pending == 1


def _category_on_server(db_url: str, person_id: str) -> int:
    with server_session(db_url) as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(PersonCategory)
                .where(PersonCategory.person_id == person_id, PersonCategory.deleted_at.is_(None))
            )
            or 0
        )


def test_undo_of_an_applied_command_whose_answer_was_lost_says_so_and_offers_the_reverse(
    live: LiveServer, proxy: TcpProxy, tmp_path: Path
) -> None:
    account = new_account(live.db_url)
    person = seed_people(live.db_url, account.tenant_id, 1)[0]
    engine = connect(proxy.url, account, tmp_path / "c.db")
    try:
        engine.sync_once()
        add = command(
            "person.set_category",
            {"person_id": person, "category_key": "alumnus", "present": True},
        )
        engine.execute(add, engine.actor())
        _lose_the_answer(engine, proxy)
        assert engine.store.in_doubt(add.id)

        with pytest.raises(AlreadyOnServer) as refused:
            engine.withdraw(add.id)  # the old code: "accepted", pending 0, back at next pull

        assert refused.value.result["status"] == "applied"
        reverse = refused.value.reverse
        assert reverse is not None and reverse.name == "person.set_category"
        assert reverse.args == {"person_id": person, "category_key": "alumnus", "present": False}
        # The server's answer is recorded as a push's would be: nothing pending, no
        # refusal, the local database is the server's truth.
        assert engine.state.pending == 0 and engine.state.rejected == 0
        assert not engine.store.in_doubt(add.id)
        assert _category_on_server(live.db_url, person) == 1
        engine.sync_once()
        assert differences(local_view(engine.store), server_view(engine.client)) == []

        # The reverse action offered does what the undo could not.
        engine.execute(command(reverse.name, reverse.args), engine.actor())
        engine.sync_once()
        assert engine.state.pending == 0 and engine.state.rejected == 0
        assert _category_on_server(live.db_url, person) == 0
    finally:
        close(engine)


def _registration_with_manager(db_url: str, account: Account) -> str:
    ids = seed_varied(db_url, account.tenant_id)
    with server_session(db_url) as s:
        manager = Person(tenant_id=account.tenant_id, first_name="Mona", last_name="Chef")
        s.add(manager)
        s.flush()
        s.add(
            PersonEmail(
                tenant_id=account.tenant_id,
                person_id=manager.id,
                address="mona.chef@ex.se",
                is_primary=True,
            )
        )
        reg = s.get(Registration, ids["registration"])
        assert reg is not None
        reg.approving_manager_id = manager.id
        reg.approval_requested_at = None
    return ids["registration"]


def _mails(db_url: str, tenant_id: str) -> int:
    from server.tables import MailOutbox

    with server_session(db_url) as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(MailOutbox)
                .where(MailOutbox.tenant_id == tenant_id, MailOutbox.kind != "")
            )
            or 0
        )


def test_undo_of_a_mailed_approval_request_is_refused_without_a_reverse(
    live: LiveServer, proxy: TcpProxy, tmp_path: Path
) -> None:
    account = new_account(live.db_url)
    registration = _registration_with_manager(live.db_url, account)
    engine = connect(proxy.url, account, tmp_path / "c.db")
    try:
        engine.sync_once()
        mails_before = _mails(live.db_url, account.tenant_id)
        ask = command("registration.request_approval", {"registration_id": registration})
        engine.execute(ask, engine.actor())
        _lose_the_answer(engine, proxy)
        assert _mails(live.db_url, account.tenant_id) == mails_before + 1  # the manager's mail

        with pytest.raises(AlreadyOnServer) as refused:
            engine.withdraw(ask.id)
        assert refused.value.reverse is None  # a mail cannot be unsent
        assert refused.value.envelope["name"] == "registration.request_approval"
        assert engine.state.pending == 0
        engine.sync_once()
        assert differences(local_view(engine.store), server_view(engine.client)) == []
    finally:
        close(engine)


def test_undo_of_an_in_doubt_command_offline_is_refused_and_works_once_back(
    live: LiveServer, proxy: TcpProxy, tmp_path: Path
) -> None:
    account = new_account(live.db_url)
    person = seed_people(live.db_url, account.tenant_id, 1)[0]
    engine = connect(proxy.url, account, tmp_path / "c.db")
    try:
        engine.sync_once()
        add = command(
            "person.set_category",
            {"person_id": person, "category_key": "alumnus", "present": True},
        )
        engine.execute(add, engine.actor())
        _lose_the_answer(engine, proxy)
        proxy.refuse = True  # offline now
        with pytest.raises(InDoubt, match="when you are back online"):
            engine.withdraw(add.id)
        assert engine.state.pending == 1 and engine.store.in_doubt(add.id)

        proxy.refuse = False
        with pytest.raises(AlreadyOnServer):
            engine.withdraw(add.id)
        assert engine.state.pending == 0
    finally:
        close(engine)


def test_undo_of_a_command_whose_push_never_arrived_is_settled_on_the_server(
    live: LiveServer, proxy: TcpProxy, tmp_path: Path
) -> None:
    """The request was cut before the server had it: the undo succeeds, and the id is
    settled as taken back, so the same push arriving late cannot apply it."""
    account = new_account(live.db_url)
    person = seed_people(live.db_url, account.tenant_id, 1)[0]
    engine = connect(proxy.url, account, tmp_path / "c.db")
    try:
        engine.sync_once()
        add = command(
            "person.set_category",
            {"person_id": person, "category_key": "alumnus", "present": True},
        )
        engine.execute(add, engine.actor())
        late = engine.store.outbox()[0].envelope()
        proxy.cut_request("/api/v1/sync/push", after_bytes=50)
        with pytest.raises(ServerUnavailable):
            engine.sync_once()
        assert engine.store.in_doubt(add.id)

        assert engine.withdraw(add.id) == 0
        assert engine.state.pending == 0 and engine.state.rejected == 0
        # The push arriving late (a slow request, a retry) is refused, with no effect.
        [answer] = engine.client.push([late])
        assert answer["status"] == "rejected" and answer["code"] == "withdrawn"
        assert _category_on_server(live.db_url, person) == 0
        engine.sync_once()
        assert differences(local_view(engine.store), server_view(engine.client)) == []
    finally:
        close(engine)


def test_status_answers_only_for_ones_own_commands(live: LiveServer, tmp_path: Path) -> None:
    owner = new_account(live.db_url)
    person = seed_people(live.db_url, owner.tenant_id, 1)[0]
    other = new_account(live.db_url)
    engine = connect(live.url, owner, tmp_path / "owner.db")
    stranger = connect(live.url, other, tmp_path / "other.db")
    try:
        engine.sync_once()
        add = command(
            "person.set_category",
            {"person_id": person, "category_key": "alumnus", "present": True},
        )
        engine.execute(add, engine.actor())
        engine.sync_once()
        mine = engine.client.command_status([add.id])
        assert mine[add.id]["status"] == "applied"
        assert "person_category" in mine[add.id]["rows"]
        # Another tenant's user learns nothing, and cannot settle it as withdrawn.
        theirs = stranger.client.command_status([add.id], withdraw=True)
        assert theirs[add.id] == {"id": add.id, "status": "unknown"}
        assert engine.client.command_status([add.id])[add.id]["status"] == "applied"
        # Malformed input is a 422 naming the field, never a 500.
        url = f"{live.url}/api/v1/sync/status"
        headers = {"Authorization": f"Bearer {engine.client.token}"}
        bad = requests.post(url, json={"ids": ["nope"]}, headers=headers, timeout=10)
        assert bad.status_code == 422 and bad.json()["detail"]["field"] == "ids"
        too_many = requests.post(url, json={"ids": [add.id] * 501}, headers=headers, timeout=10)
        assert too_many.status_code == 422
        anonymous = requests.post(url, json={"ids": [add.id]}, timeout=10)
        assert anonymous.status_code == 401
    finally:
        close(engine)
        close(stranger)


def test_status_is_redacted_for_the_roles_the_caller_has_now(
    live: LiveServer, tmp_path: Path
) -> None:
    """A first answer is told as the caller may read it today: demoted from a
    personal-data role since, the personnummer in its rows is null."""
    admin = new_account(live.db_url)
    user = new_account(live.db_url, tenant=admin.tenant, roles=("admin",))
    person = seed_people(live.db_url, admin.tenant_id, 1)[0]
    engine = connect(live.url, user, tmp_path / "c.db")
    try:
        engine.sync_once()
        edit = command(
            "person.edit",
            {
                "person_id": person,
                "changes": {"personnummer": {"old": None, "new": "198112289874"}},
            },
        )
        engine.execute(edit, engine.actor())
        engine.sync_once()
        before = engine.client.command_status([edit.id])[edit.id]
        assert before["rows"]["person"][0]["personnummer"] == "198112289874"

        boss = requests.Session()
        login = boss.post(
            f"{live.url}/api/v1/auth/login",
            json={"email": admin.email, "password": admin.password, "tenant": admin.tenant},
            timeout=10,
        )
        boss.headers["Authorization"] = f"Bearer {login.json()['token']}"
        user_id = engine.actor().user_id
        demoted = boss.patch(
            f"{live.url}/api/v1/users/{user_id}", json={"roles": ["course_admin"]}, timeout=10
        )
        assert demoted.status_code == 200, demoted.text

        after = engine.client.command_status([edit.id])[edit.id]
        assert after["status"] == "applied"
        assert after["rows"]["person"][0]["personnummer"] is None
        assert after["rows"]["person"][0]["birth_date"] is None
    finally:
        close(engine)


def test_an_undo_waits_on_a_silent_server_only_briefly(
    live: LiveServer, proxy: TcpProxy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The status question has its own short read timeout (the user waits on an undo):
    a server that never answers makes the undo refuse soon, not after the sync's 60 s."""
    monkeypatch.setattr("sync.client.STATUS_READ_TIMEOUT", 1.0)
    account = new_account(live.db_url)
    person = seed_people(live.db_url, account.tenant_id, 1)[0]
    engine = connect(proxy.url, account, tmp_path / "c.db", timeout=(2.0, 60.0))
    try:
        engine.sync_once()
        add = command(
            "person.set_category",
            {"person_id": person, "category_key": "alumnus", "present": True},
        )
        engine.execute(add, engine.actor())
        _lose_the_answer(engine, proxy)
        proxy.stall_response("/api/v1/sync/status")
        started = time.monotonic()
        with pytest.raises(InDoubt):
            engine.withdraw(add.id)
        assert time.monotonic() - started < 15
        assert engine.state.pending == 1 and engine.store.in_doubt(add.id)
    finally:
        proxy.clear()
        close(engine)


def test_undo_of_a_command_the_server_had_refused_succeeds_without_a_sync_issue(
    live: LiveServer, proxy: TcpProxy, tmp_path: Path
) -> None:
    """The lost answer was a refusal: nothing of the command stands anywhere, so the
    undo is true; the refusal is recorded as let go, not shown as an issue."""
    account = new_account(live.db_url)
    person = seed_people(live.db_url, account.tenant_id, 1)[0]
    engine = connect(proxy.url, account, tmp_path / "c.db")
    try:
        engine.sync_once()
        with server_session(live.db_url) as s:  # someone else renames her meanwhile
            row = s.get(Person, person)
            assert row is not None
            seen, row.first_name = row.first_name, "Karin"
        edit = command(
            "person.edit",
            {"person_id": person, "changes": {"first_name": {"old": seen, "new": "Greta"}}},
        )
        engine.execute(edit, engine.actor())
        _lose_the_answer(engine, proxy)

        assert engine.withdraw(edit.id) == 0

        assert engine.state.pending == 0 and engine.state.rejected == 0
        refusal = engine.store.rejection(edit.id)
        assert refusal is not None and refusal.state == "discarded"
        assert refusal.code == "conflict"
        engine.sync_once()
        assert differences(local_view(engine.store), server_view(engine.client)) == []
    finally:
        close(engine)
