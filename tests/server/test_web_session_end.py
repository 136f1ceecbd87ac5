"""The embedded web view's session ends with the desktop sign-in it came from, and its
cookie is not an API token (nor an API token a cookie); SQLite and PostgreSQL."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import requests
from sqlalchemy import select

from models.tenancy import Role
from server.tables import AuthToken
from server.web.session import web_token_hash
from tests.server.helpers import World
from tests.utils.servers import InProcessServer


def web_cookie(api: InProcessServer, world: World, role: str = Role.ADMIN) -> str:
    """Sign the web view in from ``role``'s desktop token: the session cookie."""
    url = (
        world.client(role)
        .post(f"{world.url}/api/v1/web/handover", json={"next": "/staff/"}, timeout=10)
        .json()["url"]
    )
    code = parse_qs(urlsplit(url).query)["code"][0]
    entered = requests.get(
        f"{api.url}/web/enter", params={"code": code}, allow_redirects=False, timeout=10
    )
    assert entered.status_code == 303, entered.text
    cookie = entered.cookies.get("__Host-kansli_web")
    assert cookie
    return cookie


def staff_page(api: InProcessServer, cookie: str) -> requests.Response:
    return requests.get(
        f"{api.url}/staff/",
        cookies={"__Host-kansli_web": cookie},
        allow_redirects=False,
        timeout=10,
    )


def signed_out(resp: requests.Response) -> bool:
    """The staff page sent the reader to the sign-in page (and back to it after)."""
    return resp.status_code == 303 and resp.headers["location"] == "/web/login?next=%2Fstaff%2F"


def test_desktop_logout_ends_the_web_session(api: InProcessServer, world: World) -> None:
    cookie = web_cookie(api, world)
    assert staff_page(api, cookie).status_code == 200
    out = world.client(Role.ADMIN).post(f"{api.url}/api/v1/auth/logout", timeout=10)
    assert out.status_code == 204
    after = staff_page(api, cookie)
    assert signed_out(after)


def test_web_cookie_is_not_an_api_bearer_token(api: InProcessServer, world: World) -> None:
    cookie = web_cookie(api, world)
    as_bearer = requests.get(
        f"{api.url}/api/v1/me", headers={"Authorization": f"Bearer {cookie}"}, timeout=10
    )
    assert as_bearer.status_code == 401
    # The desktop's own token still works, and is not a web session cookie.
    assert world.client(Role.ADMIN).get(f"{api.url}/api/v1/me", timeout=10).status_code == 200
    assert signed_out(staff_page(api, world.tokens[Role.ADMIN]))


def test_revoking_a_users_sessions_ends_their_web_sessions(
    api: InProcessServer, world: World
) -> None:
    cookie = web_cookie(api, world, Role.COURSE_ADMIN)
    assert staff_page(api, cookie).status_code == 200
    user_id = world.users[Role.COURSE_ADMIN].id
    admin = world.client(Role.ADMIN)
    sessions = admin.get(f"{api.url}/api/v1/users/{user_id}/sessions", timeout=10).json()
    # The web view's session is part of its sign-in, not a session of its own.
    [only] = sessions["sessions"]
    gone = admin.delete(f"{api.url}/api/v1/users/{user_id}/sessions/{only['id']}", timeout=10)
    assert gone.status_code == 204
    assert signed_out(staff_page(api, cookie))
    me = world.client(Role.COURSE_ADMIN).get(f"{api.url}/api/v1/me", timeout=10)
    assert me.status_code == 401


def test_web_logout_leaves_the_desktop_signed_in(api: InProcessServer, world: World) -> None:
    cookie = web_cookie(api, world)
    out = requests.post(f"{api.url}/web/logout", cookies={"__Host-kansli_web": cookie}, timeout=10)
    assert out.status_code == 200
    assert signed_out(staff_page(api, cookie))
    assert world.client(Role.ADMIN).get(f"{api.url}/api/v1/me", timeout=10).status_code == 200


def _me(api: InProcessServer, bearer: str) -> int:
    return requests.get(
        f"{api.url}/api/v1/me", headers={"Authorization": f"Bearer {bearer}"}, timeout=10
    ).status_code


def _pull(api: InProcessServer, bearer: str) -> int:
    return requests.get(
        f"{api.url}/api/v1/sync/pull",
        params={"cursor": "", "limit": 5},
        headers={"Authorization": f"Bearer {bearer}"},
        timeout=10,
    ).status_code


def test_web_cookie_with_its_hash_prefix_is_not_an_api_bearer_token(
    api: InProcessServer, world: World
) -> None:
    """The web row is stored under hash("web:" + cookie): presenting exactly that
    string as a bearer token must not reach the API either."""
    cookie = web_cookie(api, world)
    assert staff_page(api, cookie).status_code == 200
    for bearer in (cookie, f"web:{cookie}"):
        assert _me(api, bearer) == 401, bearer[:4]
        assert _pull(api, bearer) == 401, bearer[:4]
    # A bearer token is not a cookie, with or without the prefix either.
    token = world.tokens[Role.ADMIN]
    for value in (token, f"web:{token}"):
        assert signed_out(staff_page(api, value))


def test_logout_revokes_the_web_sessions_of_the_sign_in(api: InProcessServer, world: World) -> None:
    cookie = web_cookie(api, world)
    out = world.client(Role.ADMIN).post(f"{api.url}/api/v1/auth/logout", timeout=10)
    assert out.status_code == 204
    assert _me(api, f"web:{cookie}") == 401
    assert _pull(api, f"web:{cookie}") == 401
    assert signed_out(staff_page(api, cookie))
    with api.db.sessions() as s:
        row = s.scalar(select(AuthToken).where(AuthToken.token_hash == web_token_hash(cookie)))
        assert row is not None and row.revoked_at is not None
