"""The postal address and programme of the public alumni form (issue 20, seed 001: "Godkänd
pga registrerad alumn (uppdaterar sina uppgifter)"), over real HTTP, the real automatic
check and the officer's command pushed as the desktop pushes it, on SQLite and PostgreSQL.

An address is contact data from a public form: it fills a person made for the
registration, and for an existing person it is only proposed (security issue 13, item 1),
applied when staff apply it, with the old and the new address on the timeline.
"""

from __future__ import annotations

import re

import requests
from sqlalchemy import select

from models.alumni import AlumniRegistration, AlumniStatus, ProposalState
from models.people import Activity, Person
from models.tenancy import Role
from server.services.mail import MailWorker
from tests.alumni import builders as b
from tests.alumni.http.site import AlumniSite, count_registrations, csrf_of
from tests.alumni.http.test_alumni_outcomes import _ids, _new_decided, _register, _told
from tests.alumni.http.test_api_intake import intake_url
from tests.alumni.http.test_confirm_details import LINK
from tests.alumni.http.test_takeover import decided, mails_to, member, register_on_page
from tests.server.helpers import World, cmd
from tests.server.smtp import SmtpServer
from tests.utils.servers import wait_until

NEW_ADDRESS = {
    "street": "Nya gatan 5",
    "postal_code": "41301",
    "city": "Göteborg",
    "country": "SE",
}


def _person(site: AlumniSite, person_id: str) -> Person:
    with site.db.sessions() as s:
        person = s.get(Person, person_id)
        assert person is not None
        s.expunge(person)
        return person


def _address(person: Person) -> tuple[str, str, str, str]:
    return (person.street, person.postal_code, person.city, person.country)


def _member_living_at(site: AlumniSite, world: World, email: str, *address: str) -> str:
    """Anna Berg, a registered alumnus at ``email`` living at (street, postal code, city)."""
    anna = member(site, world, email)
    with site.db.transaction() as s:
        person = s.get(Person, anna)
        assert person is not None
        person.street, person.postal_code, person.city = address
    return anna


def _returning_anna(site: AlumniSite, world: World) -> tuple[str, AlumniRegistration]:
    """Anna Berg, a registered alumnus living in Stockholm, registers again from her own
    address with a new address in Göteborg and her programme."""
    address = f"anna.{world.slug}@example.se"
    anna = _member_living_at(site, world, address, "Gamla vägen 1", "111 22", "Stockholm")
    before = _ids(site, world)
    _register(
        site,
        world,
        {
            "first_name": "Anna",
            "last_name": "Berg",
            "email": address,
            "personnummer": b.ANNA_PNR,
            "program": "Civilingenjör datateknik",
            **NEW_ADDRESS,
        },
        "sv",
    )
    return anna, _new_decided(site, world, address, before)


def test_a_returning_alumnus_s_new_address_is_applied_by_staff_with_the_timeline(
    alumni_site: AlumniSite, world: World
) -> None:
    anna, reg = _returning_anna(alumni_site, world)
    assert reg.status == AlumniStatus.APPROVED_REGISTERED_ALUMNUS, reg.decision_reason
    assert reg.decision_reason.endswith("is already a registered alumnus; updates their details")
    assert (reg.street, reg.postal_code, reg.city, reg.country) == (
        "Nya gatan 5",
        "413 01",  # stored as Swedish postal codes are written
        "Göteborg",
        "SE",
    )
    assert reg.program == "Civilingenjör datateknik"
    # Contact data from a public form: proposed, not written on the profile unconfirmed.
    assert reg.proposal_state == ProposalState.PENDING
    assert reg.proposed == {**NEW_ADDRESS, "postal_code": "413 01"}
    assert _address(_person(alumni_site, anna)) == ("Gamla vägen 1", "111 22", "Stockholm", "SE")
    assert _told(alumni_site, reg.id) == ["alumni.approved"]

    review = cmd("alumni.review_proposal", alumni_registration_id=reg.id, apply=True)
    [result] = world.push(review, role=Role.ALUMNI_OFFICER)
    assert result["status"] == "applied", result

    assert _address(_person(alumni_site, anna)) == ("Nya gatan 5", "413 01", "Göteborg", "SE")
    with alumni_site.db.sessions() as s:
        row = s.get(AlumniRegistration, reg.id)
        assert row is not None and row.proposal_state == ProposalState.APPLIED
        applied = s.scalars(
            select(Activity)
            .where(Activity.person_id == anna, Activity.subject == "Proposed details applied")
            .order_by(Activity.occurred_at.desc())
        ).first()
    assert applied is not None
    assert applied.actor == world.email(Role.ALUMNI_OFFICER)
    assert applied.body.splitlines() == [
        "street: Gamla vägen 1 → Nya gatan 5",
        "postal_code: 111 22 → 413 01",
        "city: Stockholm → Göteborg",
    ]
    assert applied.data["applied"] == ["street", "postal_code", "city"]


def test_the_same_address_again_proposes_nothing(alumni_site: AlumniSite, world: World) -> None:
    address = f"anna.{world.slug}@example.se"
    _member_living_at(alumni_site, world, address, "Nya gatan 5", "41301", "Göteborg")
    before = _ids(alumni_site, world)
    _register(
        alumni_site,
        world,
        {"first_name": "Anna", "last_name": "Berg", "email": address, **NEW_ADDRESS},
        "en",
    )
    reg = _new_decided(alumni_site, world, address, before)
    assert reg.status == AlumniStatus.APPROVED_REGISTERED_ALUMNUS
    assert reg.decision_reason.endswith("is already a registered alumnus")
    assert (reg.proposed, reg.proposal_state) == ({}, ProposalState.NONE)


def test_a_new_alumnus_s_address_fills_the_person_made_for_them(
    alumni_site: AlumniSite, world: World
) -> None:
    address = f"erik.{world.slug}@example.se"
    before = _ids(alumni_site, world)
    _register(
        alumni_site,
        world,
        {
            "first_name": "Erik",
            "last_name": "Ek",
            "email": address,
            "street": "Storgatan 12 B",
            "postal_code": "223 50",
            "city": "Lund",
        },
        "en",
    )
    reg = _new_decided(alumni_site, world, address, before)
    assert reg.matched_on == "created"
    assert reg.person_id is not None
    person = _person(alumni_site, reg.person_id)
    assert _address(person) == ("Storgatan 12 B", "223 50", "Lund", "SE")
    assert {"street", "postal_code", "city"} <= set(reg.decision_details["filled"])
    assert reg.proposal_state == ProposalState.NONE


def _send(site: AlumniSite, world: World, form: dict[str, str], language: str) -> str:
    browser = requests.Session()
    browser.headers["Accept-Language"] = language
    url = f"{site.url}/alumni/{world.slug}/register"
    page = browser.get(url, timeout=10)
    assert page.status_code == 200
    assert 'name="street"' in page.text and 'name="postal_code"' in page.text
    assert '<select id="f-country" name="country"' in page.text
    sent = browser.post(url, data={**form, "csrf_token": csrf_of(page)}, timeout=10)
    assert sent.status_code == 422, sent.text
    return sent.text


def _error_of(page: str, field: str) -> str:
    found = re.search(rf'<p class="error" id="e-{field}">([^<]*)</p>', page)
    assert found, page
    return found.group(1)


def test_a_four_digit_postal_code_is_refused_naming_the_field_keeping_what_was_typed(
    alumni_site: AlumniSite, world: World
) -> None:
    form = {
        "first_name": "Erik",
        "last_name": "Ek",
        "email": f"erik.{world.slug}@example.se",
        "program": "Ekonomprogrammet",
        "street": "Storgatan 12 B",
        "postal_code": "1234",
        "city": "Lund",
        "country": "SE",
    }
    page = _send(alumni_site, world, form, "en")
    assert _error_of(page, "postal_code") == (
        "A Swedish postal code has five digits, such as 123 45"
    )
    assert 'id="f-postal_code" name="postal_code" value="1234"' in page
    assert 'value="Storgatan 12 B"' in page and 'value="Lund"' in page
    assert 'value="Ekonomprogrammet"' in page
    assert '<option value="SE" selected>Sweden</option>' in page

    page = _send(alumni_site, world, form, "sv")
    assert (
        _error_of(page, "postal_code")
        == "Ett svenskt postnummer har fem siffror, till exempel 123 45"
    )
    assert '<option value="SE" selected>Sverige</option>' in page

    # An address without its city: the city is asked for, by its name.
    page = _send(alumni_site, world, {**form, "postal_code": "22350", "city": ""}, "en")
    assert _error_of(page, "city") == "City is required when you give an address"
    assert count_registrations(alumni_site.db, world.tenant_id) == 0


def test_another_country_s_postal_code_follows_its_own_form(
    alumni_site: AlumniSite, world: World
) -> None:
    address = f"ola.{world.slug}@example.no"
    before = _ids(alumni_site, world)
    _register(
        alumni_site,
        world,
        {
            "first_name": "Ola",
            "last_name": "Nordmann",
            "email": address,
            "street": "Karl Johans gate 1",
            "postal_code": "0154",
            "city": "Oslo",
            "country": "NO",
        },
        "en",
    )
    reg = _new_decided(alumni_site, world, address, before)
    assert (reg.postal_code, reg.country) == ("0154", "NO")
    assert reg.person_id is not None
    assert _address(_person(alumni_site, reg.person_id)) == (
        "Karl Johans gate 1",
        "0154",
        "Oslo",
        "NO",
    )


def test_the_member_confirms_a_new_address_from_the_mailbox_on_the_profile(
    alumni_site: AlumniSite, smtp: SmtpServer, world: World
) -> None:
    """A new e-mail address and a new postal address, the rest agreeing: the confirmation
    link mailed to the profile's address names both; following it applies both."""
    home = f"anna.{world.slug}@home.se"
    anna = member(alumni_site, world, home)
    new = f"anna.{world.slug}@new.se"
    register_on_page(
        alumni_site,
        world,
        {
            "first_name": "Anna",
            "last_name": "Berg",
            "email": new,
            "personnummer": b.ANNA_PNR,
            **NEW_ADDRESS,
        },
    )
    reg = decided(alumni_site, world, new)
    assert (reg.status, reg.proposal_state) == (AlumniStatus.NOT_APPROVED, "pending")
    assert reg.proposed == {"email": new, **NEW_ADDRESS, "postal_code": "413 01"}
    assert _address(_person(alumni_site, anna))[0] == ""  # nothing written unconfirmed

    MailWorker(alumni_site.db, alumni_site.settings).run_once()
    [mail] = wait_until(lambda: mails_to(smtp, home), what="the confirmation mail")
    content = mail.get_content()
    assert "Postal address: Nya gatan 5, 413 01 Göteborg, SE" in content, content
    found = LINK.search(content)
    assert found, content
    page = requests.get(found.group(0), timeout=10)
    assert page.status_code == 200 and "Nya gatan 5, 413 01 Göteborg, SE" in page.text
    done = requests.post(found.group(0), data={"csrf_token": csrf_of(page)}, timeout=10)
    assert done.status_code == 200, done.text

    assert _address(_person(alumni_site, anna)) == ("Nya gatan 5", "413 01", "Göteborg", "SE")
    reg = decided(alumni_site, world, new)
    assert (reg.status, reg.proposal_state) == (
        AlumniStatus.APPROVED_REGISTERED_ALUMNUS,
        "applied",
    )


def test_the_public_intake_api_takes_the_address_and_names_a_wrong_postal_code(
    alumni_site: AlumniSite, world: World
) -> None:
    body = {"first_name": "Erik", "last_name": "Lund", "email": f"erik.{world.slug}@example.se"}
    url = intake_url(alumni_site, world.slug)
    bad = requests.post(url, json={**body, **NEW_ADDRESS, "postal_code": "1234"}, timeout=10)
    assert bad.status_code == 422, bad.text
    assert bad.json()["detail"]["errors"] == [
        {
            "field": "postal_code",
            "message": "A Swedish postal code has five digits, such as 123 45",
        }
    ]
    sent = requests.post(url, json={**body, **NEW_ADDRESS}, timeout=10)
    assert sent.status_code == 201, sent.text
    with alumni_site.db.sessions() as s:
        reg = s.get(AlumniRegistration, sent.json()["id"])
        assert reg is not None
        assert (reg.street, reg.postal_code, reg.city, reg.country) == (
            "Nya gatan 5",
            "413 01",
            "Göteborg",
            "SE",
        )
