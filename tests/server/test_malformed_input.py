"""Malformed public input never makes the server answer 500 (CONTRACTS.md, "never 500").

Every public page and endpoint gets bodies that once failed inside the
server: a form of thousands of empty fields (``ValueError`` from the form
parser), JSON nested far deeper than any form could be (``RecursionError``)
and numbers too large for a database column. Over real HTTP, on SQLite and
PostgreSQL.
"""

from __future__ import annotations

from typing import Any

import pytest
import requests

from models.ids import new_id
from tests.server.helpers import World, cmd
from tests.utils.servers import InProcessServer

FORM = {"Content-Type": "application/x-www-form-urlencoded"}
MANY_FIELDS = "&" * 5000
MANY_NAMED_FIELDS = "&".join(f"f{i}=x" for i in range(3000))
DEEP = 1000


def _deep_json(depth: int) -> str:
    return '{"a":' * depth + "1" + "}" * depth


def _deep_list(depth: int) -> str:
    return "[" * depth + "]" * depth


def _form_pages(world: World) -> list[str]:
    token = "x" * 43
    order = new_id()
    return [
        f"/alumni/{world.slug}/register",
        f"/alumni/{world.slug}/unregister",
        f"/alumni/{world.slug}/unregister/{token}",
        f"/approve/{token}",
        f"/signup/{new_id()}",
        f"/book/{token}/pay/{new_id()}",
        f"/agent-orders/order/{token}",
        f"/agent-orders/attest/{token}/sms",
        f"/agent-orders/attest/{token}/sms/verify",
        f"/agent-orders/attest/{token}/bankid",
        f"/agent-orders/attest/{token}/decline",
        f"/staff/agent-orders/{order}/approve",
        f"/staff/agent-orders/{order}/reject",
        f"/staff/agent-orders/{order}/attest/sms/verify",
        f"/staff/agent-orders/{order}/attest/decline",
        "/web/logout",
    ]


def _assert_no_server_error(resp: requests.Response, what: str) -> None:
    assert resp.status_code < 500, f"{what}: {resp.status_code} {resp.text[:300]}"
    assert 400 <= resp.status_code < 500 or resp.status_code in (200, 303), what


@pytest.mark.parametrize("body", [MANY_FIELDS, MANY_NAMED_FIELDS], ids=["empty", "named"])
def test_a_form_of_thousands_of_fields_is_refused_on_every_page(
    api: InProcessServer, world: World, body: str
) -> None:
    for path in _form_pages(world):
        resp = requests.post(f"{api.url}{path}", data=body, headers=FORM, timeout=30)
        _assert_no_server_error(resp, path)
        if path.startswith("/alumni/") and path.endswith("register"):
            # The page says the form could not be read, in the page's HTML.
            assert resp.status_code == 400, (path, resp.status_code)
            assert "text/html" in resp.headers["content-type"]


def test_a_form_that_is_not_utf8_is_refused(api: InProcessServer, world: World) -> None:
    for path in _form_pages(world):
        resp = requests.post(f"{api.url}{path}", data=b"a=\xff\xfe", headers=FORM, timeout=30)
        _assert_no_server_error(resp, path)


@pytest.mark.parametrize("deep", [_deep_json(DEEP), _deep_list(DEEP)], ids=["object", "list"])
def test_deeply_nested_intake_answers_are_refused(
    api: InProcessServer, world: World, deep: str
) -> None:
    body = '{"email":"a@example.se","first_name":"A","last_name":"B","answers":{"q":' + deep + "}}"
    resp = requests.post(
        f"{api.url}/api/v1/public/alumni/{world.slug}/registrations",
        data=body,
        headers={"Content-Type": "application/json"},
        timeout=30,
    )
    assert resp.status_code in (413, 422), resp.text[:300]
    assert resp.json()["detail"]["code"] in ("invalid", "too_large", "too_deep")


@pytest.mark.parametrize("deep", [_deep_json(DEEP), _deep_list(DEEP)], ids=["object", "list"])
def test_deeply_nested_command_arguments_are_refused(
    api: InProcessServer, world: World, deep: str
) -> None:
    envelope = (
        '{"commands":[{"id":"' + new_id() + '","name":"course.create","version":1,'
        '"args":{"course_id":"' + new_id() + '","code":"K","name":' + deep + "}}]}"
    )
    resp = world.client().post(
        f"{api.url}/api/v1/sync/push",
        data=envelope,
        headers={"Content-Type": "application/json"},
        timeout=30,
    )
    _assert_no_server_error(resp, "push")
    if resp.status_code == 200:
        assert resp.json()["results"][0]["status"] == "rejected"


@pytest.mark.parametrize("version", [10**30, -(10**30), 2**63, 0])
def test_an_envelope_version_out_of_range_is_rejected_not_an_internal_error(
    api: InProcessServer, world: World, version: int
) -> None:
    env: dict[str, Any] = cmd("course.create", course_id=new_id(), code="K", name="Kurs")
    env["version"] = version
    [result] = world.push(env)
    assert result["status"] == "rejected"
    assert result["code"] == "invalid"
    assert result["details"]["field"] == "version"
    # The rejection was logged: the same id answers the same rejection again.
    [again] = world.push(env)
    assert again == result


def test_large_numbers_in_command_arguments_are_refused(api: InProcessServer, world: World) -> None:
    course = new_id()
    [created] = world.push(cmd("course.create", course_id=course, code="K", name="Kurs"))
    assert created["status"] == "applied"
    [result] = world.push(
        cmd(
            "round.create",
            round_id=new_id(),
            course_id=course,
            name="R",
            starts_on="2026-12-01",
            ends_on="2026-12-02",
            seats=10**30,
        )
    )
    assert result["status"] == "rejected", result
