"""The staff preview of a sign-up form (``/staff/preview/signup/{form_id}``): the public
page's template for the tenant's course staff, also before the form is published;
refused to other staff and not found for another tenant's users."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from models.ids import new_id
from models.tenancy import Role
from tests.server.helpers import World, cmd


def web_cookies(world: World, role: str) -> dict[str, str]:
    """A web session of ``role``'s user, as the desktop's handover makes one."""
    resp = world.client(role).post(
        f"{world.url}/api/v1/web/handover", json={"next": "/staff/"}, timeout=10
    )
    assert resp.status_code == 200, resp.text
    code = parse_qs(urlsplit(resp.json()["url"]).query)["code"][0]
    entered = requests.get(
        f"{world.url}/web/enter", params={"code": code}, allow_redirects=False, timeout=10
    )
    return {"__Host-kansli_web": entered.cookies["__Host-kansli_web"]}


def make_form(world: World, *, published: bool) -> dict[str, Any]:
    ids = {"course_id": new_id(), "round_id": new_id(), "form_id": new_id()}
    manager, diet = new_id(), new_id()
    changes = {"heading": {"new": "Anmälan: Ledarskap"}, "published": {"new": published}}
    results = world.push(
        cmd("course.create", course_id=ids["course_id"], code="LED1", name="Ledarskap"),
        cmd("round.create", round_id=ids["round_id"], course_id=ids["course_id"], name="HT27"),
        cmd("signup_form.set", v=2, form_id=ids["form_id"], round_id=ids["round_id"],
            changes=changes),
        cmd("form_element.add", element_id=diet, form_id=ids["form_id"], kind="choice",
            label="Kost", options=["Vegetarisk", "Ingen"], position=0),
        cmd("form_element.add", element_id=manager, form_id=ids["form_id"],
            kind="approving_manager", label="Godkännande chef", required=True,
            require_email_confirmation=True, position=1),
        cmd("form_element.move", element_id=diet, after_id=manager),
    )  # fmt: skip
    assert [r["status"] for r in results] == ["applied"] * 6, results
    return ids


def preview(world: World, form_id: str, cookies: dict[str, str]) -> requests.Response:
    return requests.get(f"{world.url}/staff/preview/signup/{form_id}", cookies=cookies, timeout=10)


@pytest.mark.parametrize("role", [Role.ADMIN, Role.COURSE_ADMIN])
def test_course_staff_see_an_unpublished_form_as_the_public_will(world: World, role: str) -> None:
    ids = make_form(world, published=False)
    public = requests.get(f"{world.url}/signup/{ids['form_id']}", timeout=10)
    assert public.status_code == 404  # not published: the public cannot open it
    page = preview(world, ids["form_id"], web_cookies(world, role))
    assert page.status_code == 200, page.text[:300]
    text = page.text
    assert "Anmälan: Ledarskap" in text and 'id="preview-note"' in text
    assert "not published" in text
    # The questions in the order the move left them, the manager's hint, no way to send.
    assert text.index("Godkännande chef") < text.index("Kost")
    assert "Your manager gets an e-mail" in text
    assert '<button type="submit" disabled>' in text


def test_a_published_form_looks_the_same_publicly_but_for_the_note(world: World) -> None:
    ids = make_form(world, published=True)
    public = requests.get(f"{world.url}/signup/{ids['form_id']}", timeout=10)
    page = preview(world, ids["form_id"], web_cookies(world, Role.COURSE_ADMIN))
    assert public.status_code == page.status_code == 200
    assert 'id="preview-note"' not in public.text and "this is the public page" in page.text
    assert public.text.index("Godkännande chef") < public.text.index("Kost")


def test_other_staff_are_refused_and_other_tenants_find_nothing(
    world: World, other_world: World
) -> None:
    ids = make_form(world, published=False)
    for role in (Role.VIEWER, Role.ALUMNI_OFFICER, Role.ATTESTANT):
        page = preview(world, ids["form_id"], web_cookies(world, role))
        assert page.status_code == 403, role
        assert "Anmälan: Ledarskap" not in page.text
    outsider = preview(world, ids["form_id"], web_cookies(other_world, Role.ADMIN))
    assert outsider.status_code == 404 and "Anmälan: Ledarskap" not in outsider.text
    assert preview(world, "x" * 400, web_cookies(world, Role.ADMIN)).status_code == 404
    signed_out = preview(world, ids["form_id"], {})  # sent to the sign-in page
    assert signed_out.status_code == 200 and "/web/login?next=" in signed_out.url
    assert "Sign in to Kansli" in signed_out.text and "Anmälan" not in signed_out.text
