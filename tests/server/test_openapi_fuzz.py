"""A bounded schemathesis run over every API operation: no answer is ever a 5xx.

Both valid (positive) and invalid (negative) requests are generated from the
served OpenAPI document, signed in as an administrator, on SQLite and
PostgreSQL (which refuses NUL characters and over-long text that SQLite
would take: those must come back as 4xx, not as database errors).
"""

from __future__ import annotations

from typing import Any

import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from server.services.auth import issue_token
from server.tables import MailOutbox
from tests.server.helpers import World, cmd
from tests.utils.servers import InProcessServer

EXAMPLES_PER_OPERATION = 12  # per generation mode; sized to keep the suite under 10 minutes


def _fresh_token(api: InProcessServer, world: World) -> str:
    from models.tenancy import Tenant, User

    with world.db.transaction() as s:
        user = s.get(User, world.users["admin"].id)
        tenant = s.get(Tenant, world.tenant_id)
        assert user is not None and tenant is not None
        token, _ = issue_token(session=s, settings=api.settings, user=user, tenant=tenant)
    return token


def test_no_operation_answers_a_server_error(api: InProcessServer, world: World) -> None:
    # Some data, so that reads have something to serialise.
    world.push(
        cmd(
            "course.create", course_id="01a21000-0000-7000-8000-00000000c0de", code="K", name="Kurs"
        )
    )
    with world.db.transaction() as s:
        s.add(
            MailOutbox(
                tenant_id=world.tenant_id, kind="t", to_address="a@b.se", subject="s", body_text="b"
            )
        )
    schema = schemathesis.openapi.from_url(f"{api.url}/api/v1/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 8
    failures: list[str] = []
    calls = 0
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @settings(
                max_examples=EXAMPLES_PER_OPERATION,
                deadline=None,
                database=None,
                derandomize=True,
                phases=[Phase.explicit, Phase.generate],
                suppress_health_check=list(HealthCheck),
            )
            @given(case=operation.as_strategy(generation_mode=mode))
            def run(case: Any) -> None:
                nonlocal calls
                # Logging out revokes the token used: give that call its own.
                token = (
                    _fresh_token(api, world)
                    if case.path.endswith("/auth/logout")
                    else world.tokens["admin"]
                )
                response = case.call(
                    base_url=api.url, headers={"Authorization": f"Bearer {token}"}, timeout=30
                )
                calls += 1
                if response.status_code >= 500:
                    failures.append(
                        f"{case.method} {case.formatted_path} -> {response.status_code}: "
                        f"{response.text[:200]} (query={case.query!r}, body={case.body!r:.200})"
                    )

            try:
                run()
            except Unsatisfiable:
                # No invalid request exists for an operation without any input.
                assert mode == GenerationMode.NEGATIVE, operation.label
    assert calls >= len(operations) * 4
    assert not failures, "\n".join(failures[:10])


HOSTILE = (
    "\x00",
    "a\x00b",
    "x" * 5000,
    "-1",
    "99999999999999999999999999",
    "١٢٣",
    "' OR 1=1 --",
    "../../etc/passwd",
    "ä€😀",
    "",
    " ",
)


def test_hostile_values_in_every_parameter_answer_4xx_not_5xx(
    api: InProcessServer, world: World
) -> None:
    """Every path and query parameter of every operation, and every field of the JSON
    bodies, given values databases choke on (NUL, overlong, huge numbers)."""
    spec = requests.get(f"{api.url}/api/v1/openapi.json", timeout=10).json()
    auth = {"Authorization": f"Bearer {world.tokens['admin']}"}
    failures = []
    tried = 0
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            if path.endswith("/auth/logout"):
                continue
            params = op.get("parameters", [])
            body_fields = []
            ref = (
                op.get("requestBody", {})
                .get("content", {})
                .get("application/json", {})
                .get("schema", {})
                .get("$ref")
            )
            if ref:
                body_fields = list(
                    spec["components"]["schemas"][ref.rsplit("/", 1)[1]]["properties"]
                )
            targets = [("param", p) for p in params] + [("body", f) for f in body_fields]
            for kind, target in targets:
                for value in HOSTILE:
                    url_path = path
                    query: dict[str, str] = {}
                    body: dict[str, Any] | None = None
                    if kind == "param":
                        for p in params:
                            fill = value if p is target else "1"
                            if p["in"] == "path":
                                url_path = url_path.replace(
                                    "{" + p["name"] + "}", requests.utils.quote(fill, safe="")
                                )
                            else:
                                query[p["name"]] = fill
                    else:
                        body = {f: "x" for f in body_fields}
                        body[target] = value
                        if target == "commands":
                            body[target] = [
                                cmd("course.create", course_id=value, code=value, name=value)
                            ]
                    resp = requests.request(
                        method,
                        f"{api.url}{url_path}",
                        params=query,
                        json=body,
                        headers=auth,
                        timeout=30,
                    )
                    tried += 1
                    if resp.status_code >= 500:
                        name = target["name"] if kind == "param" else target
                        failures.append(
                            f"{method.upper()} {path} {name} {value!r:.20}: {resp.status_code}"
                        )
    assert tried > 50
    assert not failures, failures
