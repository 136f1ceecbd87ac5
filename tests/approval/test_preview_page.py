"""Staff preview of the manager's page in the embedded web view: same page, read-only,
no link made or used, only for course staff of the registration's tenant."""

from __future__ import annotations

from urllib.parse import parse_qs, quote, urlsplit

import requests
from sqlalchemy import func, select

from models.tenancy import Role
from server.tables import LinkToken
from tests.approval.helpers import make_case, request_link, snapshot, text_of
from tests.server.helpers import World, make_world
from tests.utils.servers import InProcessServer


def web_session(world: World, next_path: str, role: str = Role.COURSE_ADMIN) -> requests.Session:
    """The embedded web view's session: handover code, /web/enter, cookie."""
    resp = world.client(role).post(
        f"{world.url}/api/v1/web/handover", json={"next": next_path}, timeout=10
    )
    assert resp.status_code == 200, resp.text
    code = parse_qs(urlsplit(resp.json()["url"]).query)["code"][0]
    browser = requests.Session()
    entered = browser.get(
        f"{world.url}/web/enter", params={"code": code}, allow_redirects=False, timeout=10
    )
    assert entered.status_code == 303 and entered.headers["location"] == next_path
    return browser


def links(world: World) -> int:
    with world.db.sessions() as s:
        return int(
            s.scalar(select(func.count()).where(LinkToken.tenant_id == world.tenant_id)) or 0
        )


def test_preview_shows_the_managers_page_without_making_or_using_a_link(world: World) -> None:
    case = make_case(world)
    token = request_link(world, case.registration_id)
    path = f"/staff/preview/registrations/{case.registration_id}"
    before = snapshot(world.db, world.tenant_id, case.registration_id)
    browser = web_session(world, path)
    resp = browser.get(f"{world.url}{path}", timeout=10)
    assert resp.status_code == 200, resp.text
    assert 'id="participant-first-name">Erik<' in resp.text
    assert 'id="participant-last-name">Lund<' in resp.text
    assert 'id="participant-email">erik.lund@firma.se<' in resp.text
    assert "Preview." in text_of(resp.text) and "maria.chef@firma.se" in resp.text
    assert '<button type="submit" disabled>' in resp.text
    assert 'method="post"' not in resp.text
    assert snapshot(world.db, world.tenant_id, case.registration_id) == before
    # The manager's own link is still as good as new.
    page = requests.get(f"{world.url}/approve/{token}", timeout=10)
    assert page.status_code == 200 and 'name="accept_terms"' in page.text


def test_preview_of_a_registration_without_a_request_makes_no_link(world: World) -> None:
    case = make_case(world)
    path = f"/staff/preview/registrations/{case.registration_id}"
    resp = web_session(world, path, Role.ADMIN).get(f"{world.url}{path}", timeout=10)
    assert resp.status_code == 200 and "Lund" in resp.text
    assert links(world) == 0


def test_preview_needs_a_course_role(world: World) -> None:
    case = make_case(world)
    path = f"/staff/preview/registrations/{case.registration_id}"
    for role in (Role.VIEWER, Role.ALUMNI_OFFICER):
        resp = web_session(world, path, role).get(f"{world.url}{path}", timeout=10)
        assert resp.status_code == 403, role
        assert "Only administrators and course administrators" in resp.text
        assert "Lund" not in resp.text


def test_preview_of_another_tenants_registration_is_not_found(
    site: InProcessServer, world: World
) -> None:
    case = make_case(world)
    other = make_world(site.url, site.db, site.settings, "apx")
    path = f"/staff/preview/registrations/{case.registration_id}"
    resp = web_session(other, path).get(f"{world.url}{path}", timeout=10)
    assert resp.status_code == 404 and "Lund" not in resp.text
    for bad in ("nope", "x" * 300, "%00abc"):
        bad_path = f"/staff/preview/registrations/{bad}"
        resp = web_session(world, bad_path).get(f"{world.url}{bad_path}", timeout=10)
        assert resp.status_code == 404 and "Registration not found" in resp.text


def test_preview_without_a_web_session_sends_to_the_sign_in_page(world: World) -> None:
    case = make_case(world)
    path = f"/staff/preview/registrations/{case.registration_id}"
    resp = requests.get(f"{world.url}{path}", allow_redirects=False, timeout=10)
    assert resp.status_code == 303
    assert resp.headers["location"] == f"/web/login?next={quote(path, safe='')}"
    assert "Lund" not in resp.text
