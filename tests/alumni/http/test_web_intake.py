"""The public alumni registration page over real HTTP: stored received, checked afterwards."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import requests

from models.alumni import AlumniStatus
from server.services.alumni.student_records import StudentRecordData
from tests.alumni import builders as b
from tests.alumni.http.site import AlumniSite, count_registrations, csrf_of, registrations
from tests.server.helpers import World
from tests.utils.servers import wait_until

FORM = {
    "first_name": "Anna",
    "last_name": "Berg",
    "email": " Anna.Berg@Example.SE ",
    "personnummer": f"{b.ANNA_PNR[2:8]}-{b.ANNA_PNR[8:]}",
    "phone": "070-123 45 67",
    "program": "Sjuksköterskeprogrammet",
    "graduation_year": "2012",
}


def page(site: AlumniSite, world: World, browser: requests.Session) -> requests.Response:
    resp = browser.get(f"{site.url}/alumni/{world.slug}/register", timeout=10)
    assert resp.status_code == 200, resp.text
    return resp


def submit(
    site: AlumniSite, world: World, browser: requests.Session, form: dict[str, str]
) -> requests.Response:
    token = csrf_of(page(site, world, browser))
    return browser.post(
        f"{site.url}/alumni/{world.slug}/register",
        data={**form, "csrf_token": token},
        timeout=10,
    )


def test_registration_is_stored_received_thanked_and_then_checked(
    alumni_site: AlumniSite,
    world: World,
) -> None:
    browser = requests.Session()
    form_page = page(alumni_site, world, browser)
    assert 'name="terminate_membership"' not in form_page.text
    for field in ("first_name", "last_name", "email", "personnummer", "phone", "program"):
        assert f'name="{field}"' in form_page.text
    cookie = next(c for c in browser.cookies if c.name == "kansli_form")
    assert cookie.has_nonstandard_attr("HttpOnly")

    resp = browser.post(
        f"{alumni_site.url}/alumni/{world.slug}/register",
        data={**FORM, "csrf_token": csrf_of(form_page)},
        timeout=10,
    )

    assert resp.status_code == 200
    assert "Thank you for registering" in resp.text
    [reg] = registrations(alumni_site.db, world.tenant_id)
    assert (reg.email, reg.personnummer, reg.phone) == (
        "anna.berg@example.se",
        b.ANNA_PNR,
        "+46701234567",
    )
    assert (reg.program, reg.graduation_year) == ("Sjuksköterskeprogrammet", 2012)
    # Checked after the answer: no rules are configured, so it waits for an officer.
    decided = wait_until(
        lambda: [
            r
            for r in registrations(alumni_site.db, world.tenant_id)
            if r.status != AlumniStatus.RECEIVED
        ],
        what="the automatic check",
    )
    assert decided[0].status == AlumniStatus.NOT_APPROVED
    assert "No rules for automatic approval are configured" in decided[0].decision_reason


def test_wrong_fields_are_named_next_to_each_field_and_nothing_is_stored(
    alumni_site: AlumniSite,
    world: World,
) -> None:
    browser = requests.Session()
    bad = {
        **FORM,
        "email": "anna.berg@",
        "last_name": "",
        "personnummer": "850101-1234",
        "graduation_year": "nineteen",
    }

    resp = submit(alumni_site, world, browser, bad)

    assert resp.status_code == 422
    html = resp.text
    assert 'id="e-last_name">Last name is required</p>' in html
    assert 'id="e-personnummer">Personnummer has a wrong check digit</p>' in html
    assert 'id="e-graduation_year">Graduation year must be a year such as 2015</p>' in html
    assert 'id="e-email">' in html
    assert 'id="e-first_name"' not in html  # a right field gets no message
    assert 'value="Sjuksköterskeprogrammet"' in html  # what was typed is kept
    assert count_registrations(alumni_site.db, world.tenant_id) == 0
    # Corrected, the same form goes through (its new token is on the page).
    fixed = browser.post(
        f"{alumni_site.url}/alumni/{world.slug}/register",
        data={**FORM, "csrf_token": csrf_of(resp)},
        timeout=10,
    )
    assert fixed.status_code == 200
    assert count_registrations(alumni_site.db, world.tenant_id) == 1


def test_a_post_without_the_forms_csrf_token_is_refused_and_stores_nothing(
    alumni_site: AlumniSite,
    world: World,
) -> None:
    url = f"{alumni_site.url}/alumni/{world.slug}/register"
    browser = requests.Session()
    token = csrf_of(page(alumni_site, world, browser))

    no_token = browser.post(url, data=FORM, timeout=10)
    # Another site posting with a token it got for its own visitor: no cookie of ours.
    foreign = requests.post(url, data={**FORM, "csrf_token": token}, timeout=10)
    forged = browser.post(url, data={**FORM, "csrf_token": "0" * 64}, timeout=10)

    for resp in (no_token, foreign, forged):
        assert resp.status_code == 403
        assert "did not come from this site" in resp.text
    assert count_registrations(alumni_site.db, world.tenant_id) == 0


def test_a_token_of_one_tenants_form_is_refused_by_another(
    alumni_site: AlumniSite,
    world: World,
) -> None:
    other = alumni_site.world()
    browser = requests.Session()
    token = csrf_of(page(alumni_site, world, browser))

    resp = browser.post(
        f"{alumni_site.url}/alumni/{other.slug}/register",
        data={**FORM, "csrf_token": token},
        timeout=10,
    )

    assert resp.status_code == 403
    assert count_registrations(alumni_site.db, other.tenant_id) == 0


class _DownSource:
    def lookup(self, *, personnummer: str | None, email: str | None) -> list[StudentRecordData]:
        raise ConnectionError("student system unreachable")


@pytest.fixture
def student_system_down(alumni_site: AlumniSite) -> Iterator[None]:
    alumni_site.app.state.alumni_source_factory = lambda _tenant_id: _DownSource()
    try:
        yield
    finally:
        del alumni_site.app.state.alumni_source_factory


def test_a_failing_student_system_never_fails_the_form_and_leaves_it_for_a_retry(
    alumni_site: AlumniSite,
    world: World,
    student_system_down: None,
) -> None:
    resp = submit(alumni_site, world, requests.Session(), FORM)

    assert resp.status_code == 200 and "Thank you for registering" in resp.text
    reg = wait_until(
        lambda: next(
            (r for r in registrations(alumni_site.db, world.tenant_id) if r.attempts == 1), None
        ),
        what="the failed check to be recorded",
    )
    assert reg.status == AlumniStatus.RECEIVED
    assert reg.last_error.startswith("Student records could not be read: ConnectionError")
    assert reg.next_attempt_at is not None and reg.next_attempt_at > reg.received_at


class _GatedSource:
    """A student system that answers only when the test opens the gate."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.asked = threading.Event()

    def lookup(self, *, personnummer: str | None, email: str | None) -> list[StudentRecordData]:
        self.asked.set()
        assert self.gate.wait(20), "the test never opened the gate"
        return []


def test_the_answer_does_not_wait_for_the_student_system(
    alumni_site: AlumniSite,
    world: World,
) -> None:
    slow = _GatedSource()
    alumni_site.app.state.alumni_source_factory = lambda _tenant_id: slow
    try:
        resp = submit(alumni_site, world, requests.Session(), FORM)

        assert resp.status_code == 200 and "Thank you for registering" in resp.text
        assert slow.asked.wait(20)  # the check runs, after the answer, and is still waiting
        [reg] = registrations(alumni_site.db, world.tenant_id)
        assert reg.status == AlumniStatus.RECEIVED
    finally:
        slow.gate.set()
        del alumni_site.app.state.alumni_source_factory
    wait_until(
        lambda: (
            registrations(alumni_site.db, world.tenant_id)[0].status == AlumniStatus.NOT_APPROVED
        ),
        what="the check to finish once the student system answered",
    )


def test_an_unknown_tenant_has_no_registration_page(
    alumni_site: AlumniSite,
) -> None:
    resp = requests.get(f"{alumni_site.url}/alumni/no-such-tenant/register", timeout=10)
    assert resp.status_code == 404
    assert "There is no alumni registration at this address" in resp.text
    posted = requests.post(f"{alumni_site.url}/alumni/{'x' * 300}/register", data={}, timeout=10)
    assert posted.status_code == 404
