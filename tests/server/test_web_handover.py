"""Handing the desktop sign-in to the embedded web view: one-time codes, no token in a URL."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import requests
from sqlalchemy import update

from models.ids import utcnow
from models.tenancy import Role
from server.services.auth import token_hash
from server.tables import AuthToken, WebHandover
from tests.server.helpers import World
from tests.utils.servers import InProcessServer


def handover(world: World, next_path: str = "/staff/") -> requests.Response:
    return world.client(Role.ADMIN).post(
        f"{world.url}/api/v1/web/handover", json={"next": next_path}, timeout=10
    )


def enter(api: InProcessServer, url: str) -> requests.Response:
    code = parse_qs(urlsplit(url).query)["code"][0]
    return requests.get(
        f"{api.url}/web/enter", params={"code": code}, allow_redirects=False, timeout=10
    )


def test_code_opens_a_signed_in_page_once(api: InProcessServer, world: World) -> None:
    resp = handover(world)
    assert resp.status_code == 200
    url = resp.json()["url"]
    assert world.tokens[Role.ADMIN] not in url
    first = enter(api, url)
    assert first.status_code == 303 and first.headers["location"] == "/staff/"
    cookie = first.cookies.get("__Host-kansli_web")
    assert cookie and cookie != world.tokens[Role.ADMIN]
    assert "httponly" in first.headers["set-cookie"].lower()
    page = requests.get(f"{api.url}/staff/", cookies={"__Host-kansli_web": cookie}, timeout=10)
    assert page.status_code == 200 and "Signed in as" in page.text
    again = enter(api, url)
    assert again.status_code == 403 and "expired" in again.text


def test_expired_code_is_refused(api: InProcessServer, world: World) -> None:
    url = handover(world).json()["url"]
    with api.db.transaction() as s:
        s.execute(update(WebHandover).values(expires_at=utcnow() - timedelta(seconds=1)))
    assert enter(api, url).status_code == 403


def test_revoked_desktop_sign_in_gives_no_web_session(api: InProcessServer, world: World) -> None:
    url = handover(world).json()["url"]
    with api.db.transaction() as s:
        s.execute(
            update(AuthToken)
            .where(AuthToken.token_hash == token_hash(world.tokens[Role.ADMIN]))
            .values(revoked_at=utcnow())
        )
    resp = enter(api, url)
    assert resp.status_code == 403
    assert "__Host-kansli_web" not in resp.cookies


def test_only_pages_of_this_server_can_be_asked_for(world: World) -> None:
    for bad in (
        "https://evil.example/",
        "//evil.example/staff/",
        "/api/v1/me",
        "/staff/\\x",
        "/staff/../api/v1/me",
        "/staff/%2e%2e/api/v1/me",
    ):
        resp = handover(world, bad)
        assert resp.status_code in (400, 422), bad


def test_staff_page_without_session_sends_to_the_sign_in_page(api: InProcessServer) -> None:
    resp = requests.get(f"{api.url}/staff/", allow_redirects=False, timeout=10)
    assert resp.status_code == 303
    assert resp.headers["location"] == "/web/login?next=%2Fstaff%2F"
    page = requests.get(f"{api.url}/staff/", timeout=10)
    assert "text/html" in page.headers["content-type"]
    assert "Sign in to Kansli" in page.text and "Open the page again" not in page.text
    forged = requests.get(
        f"{api.url}/staff/",
        cookies={"__Host-kansli_web": "x" * 43},
        allow_redirects=False,
        timeout=10,
    )
    assert forged.status_code == 303


def test_handover_needs_a_bearer_token(api: InProcessServer) -> None:
    resp = requests.post(f"{api.url}/api/v1/web/handover", json={"next": "/staff/"}, timeout=10)
    assert resp.status_code == 401
