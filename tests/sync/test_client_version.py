"""The client and the server agree on versions (issue 24), over the real server and HTTP.

The server names the oldest client it accepts on every answer and refuses a sync
request of an older client with 426 ``client_too_old``; the engine then says
"update" (its state, not a crash), keeps every queued command, and once a client
of a new enough version syncs from the same local database, nothing is lost.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from models.ids import new_id
from models.version import CLIENT_HEADER, OLDEST_HEADER, VERSION, older_than, parse_version
from sync.client import ApiError, ClientTooOld, ServerClient
from sync.engine import SyncEngine
from sync.store import ClientStore, DiskFull, InDoubtUntilUpdated
from tests.sync.helpers import (
    Account,
    close,
    command,
    differences,
    local_view,
    new_account,
    server_view,
)
from tests.utils.servers import LiveServer

OLDEST = "2.1.0"


@pytest.fixture(scope="module")
def strict_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A server that takes sync requests only from Kansli 2.1.0 or later."""
    path = tmp_path_factory.mktemp("server") / "server.db"
    live = LiveServer(f"sqlite:///{path}", env={"KANSLI_OLDEST_CLIENT": OLDEST}).start()
    try:
        yield live
    finally:
        live.stop()


def _engine(server: LiveServer, account: Account, path: Path, version: str) -> SyncEngine:
    client = ServerClient(server.url, timeout=(2.0, 10.0), version=version)
    login = client.login(account.email, account.password, tenant=account.tenant)
    store = ClientStore(path)
    store.remember_account(
        server_url=server.url, user=login.user, tenant=login.tenant, roles=login.roles
    )
    return SyncEngine(store, client)


def _person(first: str) -> object:
    return command(
        "person.create",
        {"person_id": new_id(), "first_name": first, "last_name": "Versionsson"},
    )


def test_an_old_client_is_told_to_update_keeps_its_outbox_and_syncs_once_updated(
    strict_server: LiveServer, tmp_path: Path
) -> None:
    account = new_account(strict_server.db_url)
    db = tmp_path / "client.db"
    old = _engine(strict_server, account, db, "2.0.9")  # signing in stays open to it
    actor = old.actor()
    for name in ("Ada", "Bo", "Cecilia"):
        old.store.execute(_person(name), actor)
    assert old.store.pending_count() == 3

    with pytest.raises(ClientTooOld) as refused:
        old.sync_once()
    assert refused.value.status == 426 and refused.value.oldest == OLDEST
    state = old.state
    assert state.status == "error" and state.update_required == OLDEST
    assert state.error is not None and "update Kansli to 2.1.0 or later" in state.error
    assert "2.0.9" in state.error
    assert old.store.pending_count() == 3 and state.pending == 3  # nothing dropped
    token = old.client.token
    close(old)

    # Nothing reached the server.
    reader = ServerClient(strict_server.url, version=OLDEST)
    reader.login(account.email, account.password, tenant=account.tenant)
    names = {row["first_name"] for row in server_view(reader)["person"].values() if row is not None}
    assert not names & {"Ada", "Bo", "Cecilia"}

    # "Updated": the same local database, a client of the version the server asks for.
    store = ClientStore(db)
    updated = SyncEngine(store, ServerClient(strict_server.url, token=token, version="2.1.0"))
    report = updated.sync_once()
    assert report.applied == 3 and report.rejected == 0 and report.caught_up
    assert updated.state.status == "online" and updated.state.update_required is None
    assert store.pending_count() == 0
    assert differences(local_view(store), server_view(reader)) == []
    close(updated)
    reader.close()


def test_every_sync_route_refuses_an_older_or_unreadable_version_before_anything_else(
    strict_server: LiveServer,
) -> None:
    account = new_account(strict_server.db_url)
    base = f"{strict_server.url}/api/v1"
    token = requests.post(
        f"{base}/auth/login",
        json={"email": account.email, "password": account.password, "tenant": account.tenant},
        headers={CLIENT_HEADER: "1.0"},
        timeout=10,
    )
    assert token.status_code == 200
    assert token.headers[OLDEST_HEADER] == OLDEST
    auth = {"Authorization": f"Bearer {token.json()['token']}"}
    calls = [
        ("POST", "/sync/push", {"commands": []}),
        ("GET", "/sync/pull", None),
        ("POST", "/sync/status", {"ids": []}),
    ]
    for version in ("2.0.99", "0.1", "", "two point one", "2.1.0-beta"):
        for method, path, body in calls:
            resp = requests.request(
                method, base + path, json=body, headers={**auth, CLIENT_HEADER: version},
                timeout=10,
            )  # fmt: skip
            assert resp.status_code == 426, (version, path, resp.status_code)
            detail = resp.json()["detail"]
            assert detail["code"] == "client_too_old" and detail["oldest"] == OLDEST
            assert resp.headers["Upgrade"] == f"Kansli/{OLDEST}"
    # Not even a token is needed to be told (the refusal reveals nothing of the tenant).
    bare = requests.get(f"{base}/sync/pull", headers={CLIENT_HEADER: "1.0.0"}, timeout=10)
    assert bare.status_code == 426
    # The version asked for, a newer one, and a request that names none (a script, not a
    # desktop) are taken.
    for headers in ({CLIENT_HEADER: "2.1"}, {CLIENT_HEADER: "10.0.0"}, {}):
        resp = requests.get(f"{base}/sync/pull", headers={**auth, **headers}, timeout=10)
        assert resp.status_code == 200, (headers, resp.text)
        assert resp.headers[OLDEST_HEADER] == OLDEST


def test_undo_of_an_action_in_doubt_while_too_old_asks_for_the_update(
    strict_server: LiveServer, tmp_path: Path
) -> None:
    """The answer of a push was lost, then the server refuses this version: the undo
    cannot ask the server, and says to update (not "when back online": it is online)."""
    account = new_account(strict_server.db_url)
    db = tmp_path / "client.db"
    old = _engine(strict_server, account, db, "2.0.9")
    ada = _person("Ada")
    old.store.execute(ada, old.actor())
    old.store.mark_sent([ada.id])  # pushed; the answer never came
    with pytest.raises(InDoubtUntilUpdated) as refused:
        old.withdraw(ada.id)
    assert refused.value.oldest == OLDEST
    assert "update Kansli" in str(refused.value) and "back online" not in str(refused.value)
    assert old.state.update_required == OLDEST and old.state.status == "error"
    assert old.store.in_doubt(ada.id) and old.store.pending_count() == 1
    token = old.client.token
    close(old)

    # Updated: the server is asked, says it never had it, and the undo goes through.
    store = ClientStore(db)
    updated = SyncEngine(store, ServerClient(strict_server.url, token=token, version=OLDEST))
    updated.withdraw(ada.id)
    assert store.pending_count() == 0 and not store.in_doubt(ada.id)
    close(updated)


def test_after_an_update_was_asked_for_another_error_is_the_one_told(
    strict_server: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``update_required`` stays only while the server refuses the version: the next
    sync's other error (the server's refusal, a damaged file, a full disk, anything
    else) clears it, as the status bar tells it before the others."""
    account = new_account(strict_server.db_url)
    engine = _engine(strict_server, account, tmp_path / "client.db", "2.0.9")
    headers = engine.client.session.headers

    def refused() -> None:
        headers[CLIENT_HEADER] = "2.0.9"
        with pytest.raises(ClientTooOld):
            engine.sync_once()
        assert engine.state.update_required == OLDEST
        headers[CLIENT_HEADER] = OLDEST  # the server now takes this client's requests

    try:
        # The local side's failures while writing the pulled page.
        failures: list[tuple[Exception, str]] = [
            (DiskFull("The disk is full: sync paused; free some space"), "disk_full"),
            (sqlite3.DatabaseError("database disk image is malformed"), "store_damaged"),
            (RuntimeError("something else"), "error"),
        ]
        for failure, flag in failures:
            refused()

            def fail(*args: object, failure: Exception = failure, **kwargs: object) -> None:
                raise failure

            with monkeypatch.context() as patch:
                patch.setattr(engine.store, "apply_page", fail)
                with pytest.raises(type(failure)):
                    engine.sync_once()
            state = engine.state
            assert state.status == "error" and state.update_required is None, flag
            assert flag == "error" or getattr(state, flag), flag

        # The server's own refusal: a cursor it cannot read.
        refused()
        engine.store.apply_page(
            {"changes": {}, "next_cursor": "not-a-cursor", "has_more": True}, cursor=""
        )
        with pytest.raises(ApiError) as api:
            engine.sync_once()
        assert api.value.code == "invalid_cursor"
        assert engine.state.status == "error" and engine.state.update_required is None
    finally:
        close(engine)


def test_a_desktop_from_before_the_version_header_is_held_to_the_oldest_as_0_1_0(
    strict_server: LiveServer,
) -> None:
    """A desktop built before ``X-Kansli-Client`` says only ``User-Agent: Kansli-sync/1``
    (0.1.0 alone sent it): its sync is refused; a script's (no header, its own agent)
    is not."""
    account = new_account(strict_server.db_url)
    base = f"{strict_server.url}/api/v1"
    login = requests.post(
        f"{base}/auth/login",
        json={"email": account.email, "password": account.password, "tenant": account.tenant},
        headers={"User-Agent": "Kansli-sync/1"},
        timeout=10,
    )
    assert login.status_code == 200  # signing in stays open to it
    auth = {"Authorization": f"Bearer {login.json()['token']}"}
    for agent in ("Kansli-sync/1", "Kansli-sync/1 (extra)"):
        resp = requests.get(f"{base}/sync/pull", headers={**auth, "User-Agent": agent}, timeout=10)
        assert resp.status_code == 426, (agent, resp.text)
        detail = resp.json()["detail"]
        assert detail["code"] == "client_too_old" and detail["oldest"] == OLDEST
        assert "(0.1.0)" in detail["message"]
    # The header, when there, is what counts; scripts name no version and are taken.
    for headers in (
        {"User-Agent": "Kansli-sync/1", CLIENT_HEADER: OLDEST},
        {"User-Agent": "curl/8.5.0"},
        {"User-Agent": "python-requests/2.32"},
        {"User-Agent": "Kansli/0.1.0 (sync)"},
    ):
        resp = requests.get(f"{base}/sync/pull", headers={**auth, **headers}, timeout=10)
        assert resp.status_code == 200, (headers, resp.text)


def test_by_default_the_server_accepts_this_version_and_says_so(server: LiveServer) -> None:
    resp = requests.get(f"{server.url}/api/v1/health", timeout=10)
    assert resp.headers[OLDEST_HEADER] == VERSION
    assert resp.json()["version"] == VERSION


def test_versions_compare_as_numbers() -> None:
    assert parse_version("1.10") == (1, 10, 0, 0)
    assert older_than("1.9.9", "1.10") and not older_than("1.10.0", "1.10")
    assert older_than("1.10.0.a", "0.1") and older_than("", "0.1")
    with pytest.raises(ValueError):
        older_than("1.0", "latest")


def test_one_version_for_the_desktop_the_client_and_the_package() -> None:
    import tomllib

    from desktop import __version__

    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())
    assert project["project"]["version"] == VERSION == __version__
