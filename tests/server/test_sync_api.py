"""Push and pull over HTTP, on SQLite and PostgreSQL (docs/CONTRACTS.md)."""

from __future__ import annotations

from typing import Any

import requests
from sqlalchemy import select

from models.ids import new_id
from server.tables import CommandLog
from tests.server.helpers import World, cmd


def _course(world: World, **extra: Any) -> tuple[str, dict[str, Any]]:
    course_id = new_id()
    [result] = world.push(
        cmd("course.create", course_id=course_id, code="K1", name="Kurs", **extra)
    )
    assert result["status"] == "applied", result
    return course_id, result


def _person(world: World, first: str = "Anna", pnr: str | None = None, email: str = "") -> str:
    person_id = new_id()
    args: dict[str, Any] = {"person_id": person_id, "first_name": first, "last_name": "Berg"}
    if pnr:
        args["personnummer"] = pnr
    if email:
        args["emails"] = [{"address": email}]
    [result] = world.push(cmd("person.create", **args))
    assert result["status"] == "applied", result
    return person_id


def test_push_applies_command_and_answers_rows_with_server_seq(world: World) -> None:
    course_id, result = _course(world)
    [row] = result["rows"]["course"]
    assert row["id"] == course_id
    assert row["tenant_id"] == world.tenant_id
    assert isinstance(row["server_seq"], int) and row["server_seq"] > 0
    assert row["updated_at"].endswith("+00:00")
    assert row["deleted_at"] is None


def test_repeated_command_id_returns_first_result_and_applies_once(world: World) -> None:
    env = cmd("course.create", course_id=new_id(), code="K1", name="Kurs")
    [first] = world.push(env)
    [again] = world.push(env)
    assert again == first
    pulled = world.pull_all()
    assert len(pulled["changes"]["course"]) == 1


def test_rejection_carries_code_message_and_current_server_rows(world: World) -> None:
    course_id, _ = _course(world)
    round_id = new_id()
    [bad] = world.push(
        cmd(
            "round.create",
            round_id=round_id,
            course_id=course_id,
            name="HT",
            starts_on="2026-09-10",
            ends_on="2026-09-01",
        )
    )
    assert bad["status"] == "rejected"
    assert bad["code"] == "invalid"
    assert "ends before it starts" in bad["message"]
    assert bad["details"]["field"] == "ends_on"
    # The course was loaded before the refusal: its current row comes back.
    assert [r["id"] for r in bad["rows"]["course"]] == [course_id]


def test_invalid_envelope_is_rejected_without_blocking_the_batch(world: World) -> None:
    good = cmd("course.create", course_id=new_id(), code="K2", name="Bra kurs")
    results = world.push(
        {"id": "not-a-uuid", "name": "course.create", "version": 1, "args": {}},
        cmd("no.such.command"),
        cmd("course.create", v=99, course_id=new_id(), code="K", name="N"),
        cmd("course.create", course_id=new_id(), code="K", name="N", colour="red"),
        {"id": new_id(), "name": "course.create", "version": "one", "args": {}},
        cmd("course.create", course_id=new_id(), code="K\x00", name="N"),
        good,
    )
    assert [r["status"] for r in results] == ["rejected"] * 6 + ["applied"]
    assert {r["code"] for r in results[:6]} == {"invalid"}
    assert results[1]["details"]["field"] == "name"
    assert results[2]["details"]["field"] == "version"
    assert results[3]["details"]["field"].startswith("args")
    assert results[6]["id"] == good["id"]


def test_each_envelope_field_is_refused_with_what_it_must_be(world: World) -> None:
    def envelope(**fields: Any) -> dict[str, Any]:
        return {"id": new_id(), "name": "course.create", "version": 1, "args": {}, **fields}

    results = world.push(
        envelope(id="0" * 36),
        envelope(name="x" * 81),
        envelope(version=True),
        envelope(version=10_000),
        envelope(issued_at=20261203),
    )
    said = [(r["status"], r["details"]["field"], r["message"]) for r in results]
    assert said == [
        ("rejected", "id", "The command id must be a UUID"),
        ("rejected", "name", "Command name must be a text of at most 80 characters"),
        ("rejected", "version", "Command version must be a positive integer"),
        ("rejected", "version", "Command version must be a positive integer"),
        ("rejected", "issued_at", "issued_at must be an ISO-8601 text"),
    ]
    # A repeat of an answered id gets its first answer, whatever its envelope says now.
    first = cmd("course.create", course_id=new_id(), code="K9", name="Kurs")
    [applied] = world.push(first)
    [again] = world.push({**first, "name": "x" * 81, "version": 0})
    assert applied["status"] == again["status"] == "applied"


def test_value_too_long_for_its_column_is_rejected_naming_the_field(world: World) -> None:
    course_id, _ = _course(world)
    [result] = world.push(
        cmd("round.create", round_id=new_id(), course_id=course_id, name="HT", term="X" * 11)
    )
    assert result["status"] == "rejected"
    assert result["code"] == "invalid"
    assert result["details"]["field"] == "term"
    assert "longer than 10" in result["message"]


def test_command_outside_the_users_roles_is_rejected_as_forbidden(world: World) -> None:
    [result] = world.push(
        cmd("course.create", course_id=new_id(), code="K", name="N"), role="viewer"
    )
    assert result["status"] == "rejected"
    assert result["code"] == "forbidden"


def test_malformed_body_is_422_with_a_clear_message(world: World) -> None:
    client = world.client()
    url = f"{world.url}/api/v1/sync/push"
    resp = client.post(url, data=b"{not json", headers={"Content-Type": "application/json"})
    assert resp.status_code == 422
    assert resp.json()["detail"]["code"] == "invalid"
    assert "JSON" in resp.json()["detail"]["message"]
    resp = client.post(url, json={"commands": "all of them"})
    assert resp.status_code == 422
    assert resp.json()["detail"]["field"].startswith("body.commands")
    resp = client.post(url, json={"commands": [cmd("x") for _ in range(501)]})
    assert resp.status_code == 422


def test_push_and_pull_need_a_token(world: World) -> None:
    for method, path in (("post", "/api/v1/sync/push"), ("get", "/api/v1/sync/pull")):
        resp = requests.request(method, f"{world.url}{path}", json={"commands": []}, timeout=10)
        assert resp.status_code == 401
        assert resp.json()["detail"]["code"] == "unauthorized"
        resp = requests.request(
            method,
            f"{world.url}{path}",
            json={"commands": []},
            headers={"Authorization": "Bearer forged"},
            timeout=10,
        )
        assert resp.status_code == 401


def test_pull_pages_in_seq_order_until_has_more_is_false(world: World) -> None:
    ids = [_course(world)[0] for _ in range(5)]
    client = world.client()
    seen: list[str] = []
    seqs: list[int] = []
    cursor = "0"
    pages = 0
    while True:
        page = client.get(
            f"{world.url}/api/v1/sync/pull", params={"cursor": cursor, "limit": 2}, timeout=10
        ).json()
        pages += 1
        for row in page["changes"].get("course", []):
            seen.append(row["id"])
            seqs.append(row["server_seq"])
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert seen == ids
    assert seqs == sorted(seqs)
    assert pages == 3
    # Nothing new: an empty page that keeps the cursor.
    page = client.get(f"{world.url}/api/v1/sync/pull", params={"cursor": cursor}, timeout=10).json()
    assert page == {"changes": {}, "tombstones": {}, "next_cursor": cursor, "has_more": False}


def test_deleted_row_is_pulled_as_tombstone_only(world: World) -> None:
    person_id = _person(world, email="anna.berg@example.se")
    pulled = world.pull_all()
    [email] = [r for r in pulled["changes"]["person_email"].values()]
    [result] = world.push(cmd("person.remove_email", email_id=email["id"]))
    assert result["status"] == "applied"
    page = (
        world.client()
        .get(f"{world.url}/api/v1/sync/pull", params={"cursor": pulled["cursor"]}, timeout=10)
        .json()
    )
    assert page["tombstones"] == {"person_email": [email["id"]]}
    assert "person_email" not in page["changes"]
    assert person_id


def test_personnummer_and_alumni_tables_only_for_personal_data_roles(world: World) -> None:
    _person(world, pnr="19800101-0001")
    [rule] = world.push(
        cmd("alumni.rule_set", rule_id=new_id(), kind="min_credits", params={"min_credits": 180})
    )
    assert rule["status"] == "applied"
    admin = world.pull_all("admin")
    [person] = admin["changes"]["person"].values()
    assert person["personnummer"] == "198001010001"
    assert "alumni_rule" in admin["changes"]
    for role in ("course_admin", "viewer", "attestant", "agent_case_handler"):
        other = world.pull_all(role)
        [person] = other["changes"]["person"].values()
        assert person["personnummer"] is None
        assert "alumni_rule" not in other["changes"]
    officer = world.pull_all("alumni_officer")
    assert "alumni_rule" in officer["changes"]


def test_bad_cursor_is_400_naming_the_cursor(world: World) -> None:
    client = world.client()
    for cursor in ("abc", "-1", "1e5", "9" * 30, "١٢"):
        resp = client.get(f"{world.url}/api/v1/sync/pull", params={"cursor": cursor}, timeout=10)
        assert resp.status_code == 400, cursor
        assert resp.json()["detail"] == {
            "code": "invalid_cursor",
            "message": "The cursor is not one this server gave out",
            "field": "cursor",
        }
    resp = client.get(f"{world.url}/api/v1/sync/pull", params={"limit": 5001}, timeout=10)
    assert resp.status_code == 422


def test_command_id_used_by_someone_else_gets_no_result_of_theirs(world: World) -> None:
    env = cmd("course.create", course_id=new_id(), code="K1", name="Hemlig kurs")
    [first] = world.push(env, role="admin")
    assert first["status"] == "applied"
    [second] = world.push(env, role="course_admin")
    assert second["status"] == "rejected"
    assert second["rows"] == {}
    assert "Hemlig" not in str(second)


def test_command_log_keeps_first_answer(world: World) -> None:
    env = cmd("course.create", course_id=new_id(), code="K1", name="Kurs")
    [first] = world.push(env)
    with world.db.sessions() as s:
        logged = s.scalar(select(CommandLog).where(CommandLog.command_id == env["id"]))
        assert logged is not None
        assert logged.tenant_id == world.tenant_id
        assert logged.status == "applied"
        assert logged.result == first


def test_me_shows_user_tenant_and_roles(world: World) -> None:
    body = world.client("attestant").get(f"{world.url}/api/v1/me", timeout=10).json()
    assert body["user"]["email"] == world.email("attestant")
    assert body["tenant"] == {
        "id": world.tenant_id,
        "slug": world.slug,
        "name": body["tenant"]["name"],
    }
    assert body["roles"] == ["attestant"]


def test_openapi_is_served(world: World) -> None:
    spec = requests.get(f"{world.url}/api/v1/openapi.json", timeout=10).json()
    assert {"/api/v1/sync/push", "/api/v1/sync/pull", "/api/v1/auth/login", "/api/v1/me"} <= set(
        spec["paths"]
    )


def test_unknown_route_answers_contract_error_shape(world: World) -> None:
    resp = requests.get(f"{world.url}/api/v1/nowhere", timeout=10)
    assert resp.status_code == 404
    assert resp.json() == {"detail": {"code": "not_found", "message": "Not Found"}}
