"""The roles a client records are the roles of the view its cache is in (issue 26).

Roles reach the client from ``/me`` (after a page that started the view over, and at
sign-in) while the cache follows the pull cursor's view; the two are asked at
different moments, and an administrator may change the roles between them. These
tests change the roles over the real users API at exactly those moments, against a
real server over HTTP: the next sync must end with the server's roles and view.
The same holds for push answers standing in for the pull (the cursor moved past
them, ``sync.store.cursor_past_answers``): only answers read in the cursor's view.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from sync.client import ServerUnavailable
from tests.sync.helpers import (
    Account,
    close,
    command,
    connect,
    differences,
    local_view,
    new_account,
    seed_alumni_queue,
    seed_varied,
    server_view,
)
from tests.utils.servers import LiveServer

COURSE = ["course_admin"]
ALUMNI = ["alumni_officer", "course_admin"]


class World:
    def __init__(self, live: LiveServer, tmp_path: Path) -> None:
        self.live = live
        admin = new_account(live.db_url)
        seed_varied(live.db_url, admin.tenant_id)  # one person with a personnummer
        seed_alumni_queue(live.db_url, admin.tenant_id, 3)
        self.user: Account = new_account(live.db_url, tenant=admin.tenant, roles=("course_admin",))
        self.admin = requests.Session()
        resp = self.admin.post(
            f"{live.url}/api/v1/auth/login",
            json={"email": admin.email, "password": admin.password, "tenant": admin.tenant},
            timeout=10,
        )
        assert resp.status_code == 200, resp.text
        self.admin.headers["Authorization"] = f"Bearer {resp.json()['token']}"
        self.engine = connect(live.url, self.user, tmp_path / "c.db", page_size=5)
        self.engine.sync_once()
        user_id = self.engine.actor().user_id
        assert user_id
        self.user_id = user_id

    def set_roles(self, roles: list[str]) -> None:
        resp = self.admin.patch(
            f"{self.live.url}/api/v1/users/{self.user_id}", json={"roles": roles}, timeout=10
        )
        assert resp.status_code == 200, resp.text

    def in_view(self) -> None:
        """The local rows are exactly the server's view of the account now."""
        assert differences(local_view(self.engine.store), server_view(self.engine.client)) == []

    def one(self, sql: str) -> tuple[Any, ...]:
        with self.engine.store.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            return tuple(raw.execute(sql).fetchone())

    def count(self, sql: str) -> int:
        return int(self.one(sql)[0])


@pytest.fixture
def world(server: LiveServer, tmp_path: Path) -> Iterator[World]:
    w = World(server, tmp_path)
    try:
        yield w
    finally:
        close(w.engine)
        w.admin.close()


def _offline(*_: Any, **__: Any) -> Any:
    raise ServerUnavailable("the connection dropped (test)")


def test_roles_changed_between_the_reset_and_me_are_asked_again(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = world.engine
    world.set_roles(ALUMNI)
    # The pull starts the view over (alumni_officer's), then the connection drops
    # before the roles are asked: the note of the reset stays.
    with monkeypatch.context() as m:
        m.setattr(engine.client, "me", _offline)
        with pytest.raises(ServerUnavailable):
            engine.sync_once()
    assert engine.store.view_reset_pending()
    assert world.count("SELECT count(*) FROM alumni_registration") > 0

    # Revoked again before the next sync asks /me: /me says course_admin while the
    # cache is alumni_officer's; the connection drops before the pull.
    world.set_roles(COURSE)
    with monkeypatch.context() as m:
        m.setattr(engine.client, "pull", _offline)
        with pytest.raises(ServerUnavailable):
            engine.sync_once()
    assert engine.actor().roles == frozenset(COURSE)
    assert engine.store.view_reset_pending()  # these roles are not the cache's

    # Granted again: the cache's view is the server's again, no page starts over;
    # the roles are still asked, and are the server's.
    world.set_roles(ALUMNI)
    report = engine.sync_once()
    assert report.caught_up
    assert engine.actor().roles == frozenset(ALUMNI)
    assert engine.state.roles == frozenset(ALUMNI)
    assert not engine.store.view_reset_pending()
    world.in_view()


def test_a_sign_in_in_another_view_has_the_roles_asked_again(world: World) -> None:
    engine = world.engine
    world.set_roles(ALUMNI)
    engine.sync_once()
    assert engine.actor().roles == frozenset(ALUMNI)

    # Revoked; the client signs in again (recording /me's roles, as the desktop's
    # sign-in does, without the view) and stops before it syncs. Then granted again
    # before the next sync.
    world.set_roles(COURSE)
    me = engine.client.me()
    store = engine.store
    store.remember_account(
        server_url=store.get_state("server_url") or "",
        user=me["user"],
        tenant=me["tenant"],
        roles=me["roles"],
    )
    assert engine.actor().roles == frozenset(COURSE)
    world.set_roles(ALUMNI)

    report = engine.sync_once()
    assert report.caught_up and not report.view_reset  # the cache was of this view
    assert engine.actor().roles == frozenset(ALUMNI)
    world.in_view()


def test_push_answers_read_in_another_view_are_pulled_again(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A person's row answered while the user read personnummer, revoked before the
    pull: the pull brings the row as the user may read it now. (The cursor never moves
    past answers of another view than its own, ``record_push_results``' ``view``; here
    the role change's own audit write is a gap as well.)"""
    engine = world.engine
    person, title = world.one("SELECT id, title FROM person WHERE first_name = 'Åsa'")
    world.set_roles(ALUMNI)
    engine.sync_once()  # the view with personnummer
    assert world.count("SELECT count(*) FROM person WHERE personnummer IS NOT NULL") == 1
    world.set_roles(COURSE)
    engine.sync_once()  # and without
    assert world.count("SELECT count(*) FROM person WHERE personnummer IS NOT NULL") == 0

    # Granted while the edit is pushed (the answer holds the personnummer), revoked
    # again before the pull: the cursor's view is the server's, no page starts over.
    world.set_roles(ALUMNI)
    real = engine.client._json

    def push_then_revoke(method: str, path: str, **kw: Any) -> Any:
        data = real(method, path, **kw)
        if path == "/sync/push":
            assert data["results"][0]["rows"]["person"][0]["personnummer"]
            world.set_roles(COURSE)
        return data

    monkeypatch.setattr(engine.client, "_json", push_then_revoke)
    edit = {"person_id": person, "changes": {"title": {"old": title, "new": "Fil. dr"}}}
    engine.execute(command("person.edit", edit), engine.actor())
    report = engine.sync_once()

    assert report.applied == 1 and report.caught_up
    assert engine.actor().roles == frozenset(COURSE)
    assert world.count("SELECT count(*) FROM person WHERE personnummer IS NOT NULL") == 0
    assert world.count("SELECT count(*) FROM person WHERE title = 'Fil. dr'") == 1
    world.in_view()
