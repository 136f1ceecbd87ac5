"""The public intake API: 201 received, every wrong field named, capped and rate-limited."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import requests

from models.alumni import AlumniStatus
from server.services.alumni.public import INTAKE_LIMIT, MAX_INTAKE_BYTES
from tests.alumni import builders as b
from tests.alumni.http.site import AlumniSite, count_registrations, registrations
from tests.server.helpers import World
from tests.utils.servers import wait_until

BODY: dict[str, Any] = {
    "email": "Erik.Lund@Example.se",
    "first_name": "Erik",
    "last_name": "Lund",
    "personnummer": b.ERIK_PNR,
    "phone": "+46 70 765 43 21",
    "program": "Civilingenjör Datateknik",
    "graduation_year": 2015,
    "answers": {"newsletter": True},
}


def intake_url(site: AlumniSite, slug: str) -> str:
    return f"{site.url}/api/v1/public/alumni/{slug}/registrations"


def test_valid_registration_is_created_received_without_signing_in(
    alumni_site: AlumniSite,
    world: World,
) -> None:
    resp = requests.post(intake_url(alumni_site, world.slug), json=BODY, timeout=10)

    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body["status"] == "received"
    [reg] = registrations(alumni_site.db, world.tenant_id)
    assert reg.id == body["id"]
    assert (reg.email, reg.personnummer, reg.phone, reg.graduation_year) == (
        "erik.lund@example.se",
        b.ERIK_PNR,
        "+46707654321",
        2015,
    )
    assert reg.answers == {"newsletter": True}
    wait_until(
        lambda: (
            registrations(alumni_site.db, world.tenant_id)[0].status == AlumniStatus.NOT_APPROVED
        ),
        what="the check after the answer",
    )


def test_invalid_registration_names_every_wrong_field_and_stores_nothing(
    alumni_site: AlumniSite,
    world: World,
) -> None:
    bad = {**BODY, "email": "erik@", "first_name": "", "phone": "12", "graduation_year": 1066}

    resp = requests.post(intake_url(alumni_site, world.slug), json=bad, timeout=10)

    assert resp.status_code == 422
    detail = resp.json()["detail"]
    assert detail["code"] == "invalid" and detail["field"] == "email"
    assert [e["field"] for e in detail["errors"]] == [
        "email",
        "first_name",
        "phone",
        "graduation_year",
    ]
    assert detail["errors"][1]["message"] == "is required"
    assert count_registrations(alumni_site.db, world.tenant_id) == 0


def test_malformed_oversized_and_misaddressed_bodies_are_refused_with_4xx(
    alumni_site: AlumniSite,
    world: World,
) -> None:
    url = intake_url(alumni_site, world.slug)
    not_json = requests.post(
        url, data=b"{nope", headers={"Content-Type": "application/json"}, timeout=10
    )
    a_list = requests.post(url, json=[BODY], timeout=10)
    huge = requests.post(
        url, json={**BODY, "answers": {"essay": "x" * MAX_INTAKE_BYTES}}, timeout=10
    )

    def chunks() -> Iterator[bytes]:  # no Content-Length: read and capped
        for _ in range(MAX_INTAKE_BYTES // 1024 + 2):
            yield b" " * 1024

    chunked = requests.post(
        url, data=chunks(), headers={"Content-Type": "application/json"}, timeout=10
    )
    unknown = requests.post(intake_url(alumni_site, "no-such-tenant"), json=BODY, timeout=10)

    assert (not_json.status_code, not_json.json()["detail"]["field"]) == (422, "body")
    assert a_list.status_code == 422
    assert (huge.status_code, huge.json()["detail"]["code"]) == (413, "too_large")
    assert chunked.status_code == 413
    assert unknown.status_code == 404
    assert count_registrations(alumni_site.db, world.tenant_id) == 0


def test_one_address_is_refused_after_the_limit_with_a_time_to_wait(
    alumni_site: AlumniSite,
    world: World,
) -> None:
    url = intake_url(alumni_site, world.slug)
    invalid = {**BODY, "email": "not an address"}  # attempts count, valid or not
    with requests.Session() as client:
        answers = [
            client.post(url, json=invalid, timeout=10).status_code for _ in range(INTAKE_LIMIT)
        ]
        refused = client.post(url, json=BODY, timeout=10)

    assert answers == [422] * INTAKE_LIMIT
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) > 0
    assert count_registrations(alumni_site.db, world.tenant_id) == 0
    # Another tenant's form is not held up by this one's visitor.
    other = alumni_site.world()
    assert requests.post(intake_url(alumni_site, other.slug), json=BODY, timeout=10).ok
