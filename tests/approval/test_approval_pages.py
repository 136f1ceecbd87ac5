"""The approving manager's page over real HTTP: approve once, with consents, from the
right address only; every refusal is a clear page and changes nothing (seed 000)."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
import requests
from sqlalchemy import select, update

from models import Activity, ActivityKind, Consent, CourseRound, Registration
from models.ids import new_id, utcnow
from server.services.approval import personal_data_consent
from server.services.auth import token_hash
from server.tables import LinkToken
from server.web.approval import csrf_binding
from server.web.csrf import csrf_token
from tests.approval.conftest import SECRET
from tests.approval.helpers import (
    TERMS,
    Case,
    hidden,
    latest_mail,
    make_case,
    person,
    pushed,
    request_link,
    snapshot,
    text_of,
)
from tests.server.helpers import World, cmd

BOTH = {"accept_terms": "yes", "accept_personal_data": "yes"}


def page(world: World, token: str) -> requests.Response:
    return requests.get(f"{world.url}/approve/{token}", timeout=10)


def submit(world: World, token: str, fields: dict[str, str], **kw: object) -> requests.Response:
    return requests.post(f"{world.url}/approve/{token}", data=fields, timeout=10, **kw)  # type: ignore[arg-type]


def form_of(world: World, token: str, **boxes: str) -> dict[str, str]:
    """The fields a browser sends after the manager ticked ``boxes`` on the page."""
    shown = page(world, token)
    assert shown.status_code == 200, shown.text
    return {
        "csrf_token": hidden(shown.text, "csrf_token"),
        "terms_version": hidden(shown.text, "terms_version"),
        "personal_data_version": hidden(shown.text, "personal_data_version"),
        **boxes,
    }


def unchanged(case: Case, before: dict[str, object]) -> None:
    assert snapshot(case.world.db, case.world.tenant_id, case.registration_id) == before


def test_page_shows_the_participant_the_terms_and_a_form_bound_to_the_link(world: World) -> None:
    case = make_case(world)
    token = request_link(world, case.registration_id, "Specialpris 3 900 kr enligt avtal.")
    resp = page(world, token)
    assert resp.status_code == 200
    assert 'id="participant-first-name">Erik<' in resp.text
    assert 'id="participant-last-name">Lund<' in resp.text
    assert 'id="participant-email">erik.lund@firma.se<' in resp.text
    assert TERMS in text_of(resp.text)
    assert hidden(resp.text, "csrf_token") == csrf_token(SECRET, csrf_binding(token))
    assert hidden(resp.text, "terms_version") == "2026-1"
    assert resp.headers["Cache-Control"] == "no-store"
    assert resp.headers["X-Frame-Options"] == "DENY"
    assert resp.headers["Referrer-Policy"] == "no-referrer"


def test_request_mail_names_course_dates_participant_message_link_and_expiry(
    world: World,
) -> None:
    case = make_case(world)
    request_link(world, case.registration_id, "Specialpris 3 900 kr enligt avtal.")
    mail = latest_mail(world.db, related_id=case.registration_id)
    body = mail.body_text
    assert mail.to_address == "maria.chef@firma.se"
    assert mail.subject == "Please approve Erik Lund's registration for Projektledning"
    assert body.startswith("Hello Maria Chef,")
    assert "Course round: Projektledning HT26" in body and "Place:        Uppsala" in body
    assert "Message from the course administrator:\n-----" in body
    assert "Specialpris 3 900 kr enligt avtal." in body
    expires = (utcnow() + timedelta(days=14)).date().isoformat()
    assert f"works once, and expires on {expires}" in " ".join(body.split())
    request_link(world, case.registration_id)
    reminder = latest_mail(world.db, related_id=case.registration_id)
    assert reminder.subject.startswith("Reminder: Please approve Erik Lund's")
    assert "Message from" not in reminder.body_text


def test_consent_is_stored_in_the_language_the_page_showed_it_in(world: World) -> None:
    """A Swedish page shows the Swedish consent; exactly that text and its version are
    stored. A version the server does not know is refused and nothing is stored."""
    case = make_case(world)
    token = request_link(world, case.registration_id)
    swedish = {"Accept-Language": "sv-SE"}
    shown = requests.get(f"{world.url}/approve/{token}", headers=swedish, timeout=10)
    version, text = personal_data_consent("sv")
    assert hidden(shown.text, "personal_data_version") == version == "pd-2026-1-sv"
    assert text in text_of(shown.text) and "Jag samtycker" in text
    fields = {
        "csrf_token": hidden(shown.text, "csrf_token"),
        "terms_version": hidden(shown.text, "terms_version"),
        **BOTH,
    }
    before = snapshot(world.db, world.tenant_id, case.registration_id)
    refused = submit(world, token, {**fields, "personal_data_version": "pd-1999"})
    assert refused.status_code == 422 and "consent text changed" in text_of(refused.text)
    unchanged(case, before)

    resp = submit(world, token, {**fields, "personal_data_version": version}, headers=swedish)
    assert resp.status_code == 200, resp.text
    with world.db.sessions() as s:
        stored = s.scalars(
            select(Consent).where(
                Consent.registration_id == case.registration_id, Consent.kind == "personal_data"
            )
        ).one()
    assert (stored.terms_version, stored.terms_text) == (version, text)


def test_manager_approves_with_both_consents_stored_as_shown(world: World) -> None:
    case = make_case(world)
    token = request_link(world, case.registration_id)
    resp = submit(world, token, form_of(world, token, **BOTH))
    assert resp.status_code == 200, resp.text
    assert "You approved the registration of Erik Lund for Projektledning" in text_of(resp.text)
    with world.db.sessions() as s:
        reg = s.get(Registration, case.registration_id)
        assert reg is not None and reg.approved_at is not None
        assert reg.approved_by_email == "maria.chef@firma.se"
        consents = {
            c.kind: c for c in s.scalars(select(Consent).where(Consent.registration_id == reg.id))
        }
        assert consents["terms"].terms_text == TERMS
        assert consents["terms"].terms_version == "2026-1"
        assert consents["personal_data"].person_id == case.manager_id
        approved = s.scalars(
            select(Activity).where(
                Activity.registration_id == reg.id,
                Activity.kind == ActivityKind.REGISTRATION_APPROVED,
            )
        ).one()
        assert approved.person_id == case.manager_id
        assert all(c.server_seq for c in consents.values()) and approved.server_seq
    # What the desktop pulls: the approval, the consents and the timeline entry.
    pulled = world.pull_all("course_admin")["changes"]
    assert pulled["registration"][case.registration_id]["approved_by_email"] == (
        "maria.chef@firma.se"
    )
    assert len(pulled["consent"]) == 2
    assert approved.id in pulled["activity"]


@pytest.mark.parametrize(
    ("ticked", "missing", "says"),
    [
        ("accept_personal_data", "accept_terms", "approve the registration and the terms"),
        ("accept_terms", "accept_personal_data", "consent to the processing of personal data"),
    ],
)
def test_missing_consent_shows_the_page_again_and_changes_nothing(
    world: World, ticked: str, missing: str, says: str
) -> None:
    case = make_case(world)
    token = request_link(world, case.registration_id)
    fields = form_of(world, token, **{ticked: "yes"})
    before = snapshot(world.db, world.tenant_id, case.registration_id)
    resp = submit(world, token, fields)
    assert resp.status_code == 422
    assert f'id="{missing}-error"' in resp.text and says in resp.text
    assert f'name="{ticked}" value="yes" checked' in resp.text
    assert 'id="participant-last-name">Lund<' in resp.text
    unchanged(case, before)
    assert submit(world, token, {**fields, **BOTH}).status_code == 200


def test_terms_changed_while_the_page_was_open(world: World) -> None:
    case = make_case(world)
    token = request_link(world, case.registration_id)
    fields = form_of(world, token, **BOTH)
    with world.db.transaction() as s:
        round_ = s.get(CourseRound, case.round_id)
        assert round_ is not None
        round_.terms_text, round_.terms_version = "Nya villkor.", "2026-2"
    before = snapshot(world.db, world.tenant_id, case.registration_id)
    resp = submit(world, token, fields)
    assert resp.status_code == 422
    assert "The terms changed while the page was open" in resp.text
    assert "Nya villkor." in resp.text and hidden(resp.text, "terms_version") == "2026-2"
    unchanged(case, before)


def test_form_without_the_links_csrf_token_is_refused(world: World) -> None:
    case = make_case(world)
    token = request_link(world, case.registration_id)
    other = request_link(world, case.registration_id)
    before = snapshot(world.db, world.tenant_id, case.registration_id)
    fields = form_of(world, token, **BOTH)
    for bad in ("", "0" * 64, csrf_token(SECRET, csrf_binding(other))):
        resp = submit(world, token, {**fields, "csrf_token": bad})
        assert resp.status_code == 403
        assert "The form has expired or did not come from this site" in resp.text
    unchanged(case, before)


@pytest.mark.parametrize("forged", ["x" * 43, "short", "A" * 101, "åäö" * 10, "%00" * 10])
def test_forged_link_is_a_clear_page_and_changes_nothing(world: World, forged: str) -> None:
    case = make_case(world)
    request_link(world, case.registration_id)
    before = snapshot(world.db, world.tenant_id, case.registration_id)
    resp = page(world, forged)
    assert resp.status_code == 404
    assert "This link is not valid" in resp.text and "text/html" in resp.headers["content-type"]
    fields = {
        "csrf_token": csrf_token(SECRET, csrf_binding(forged)),
        **BOTH,
        "terms_version": "2026-1",
    }
    resp = submit(world, forged, fields)
    assert resp.status_code == 404 and "This link is not valid" in resp.text
    unchanged(case, before)


def test_used_link_is_a_clear_page_and_changes_nothing(world: World) -> None:
    case = make_case(world)
    token = request_link(world, case.registration_id)
    fields = form_of(world, token, **BOTH)
    assert submit(world, token, fields).status_code == 200
    before = snapshot(world.db, world.tenant_id, case.registration_id)
    day = utcnow().date().isoformat()
    resp = page(world, token)
    assert resp.status_code == 410 and f"This link was already used on {day}" in resp.text
    resp = submit(world, token, fields)
    assert resp.status_code == 410 and "already used" in resp.text
    # A used link is said before a wrong token: the link is what the manager can act on.
    resp = submit(world, token, {**fields, "csrf_token": "0" * 64})
    assert resp.status_code == 410 and "already used" in resp.text
    unchanged(case, before)


def test_expired_link_is_a_clear_page_and_changes_nothing(world: World) -> None:
    case = make_case(world)
    token = request_link(world, case.registration_id)
    fields = form_of(world, token, **BOTH)
    expired = utcnow() - timedelta(minutes=1)
    with world.db.transaction() as s:
        s.execute(
            update(LinkToken)
            .where(LinkToken.token_hash == token_hash(token))
            .values(expires_at=expired)
        )
    before = snapshot(world.db, world.tenant_id, case.registration_id)
    resp = page(world, token)
    assert resp.status_code == 410
    assert f"This link expired on {expired.date().isoformat()}" in resp.text
    assert "Ask the course administrator to send a new request" in resp.text
    assert submit(world, token, fields).status_code == 410
    unchanged(case, before)


def test_link_of_a_replaced_manager_cannot_approve(world: World) -> None:
    case = make_case(world)
    token = request_link(world, case.registration_id)
    fields = form_of(world, token, **BOTH)  # the old manager opened the page ...
    new_manager = person(world, "Nils", "Ny", "nils.ny@firma.se")
    pushed(
        world,
        cmd(
            "registration.set_manager",
            registration_id=case.registration_id,
            approving_manager_id=new_manager,
            expected_manager_id=case.manager_id,
        ),
    )
    before = snapshot(world.db, world.tenant_id, case.registration_id)
    resp = submit(world, token, fields)  # ... and submits after the manager was changed
    assert resp.status_code == 403
    assert "sent to maria.chef@firma.se, who is no longer the approving manager" in resp.text
    assert "Nothing was changed" in resp.text
    resp = page(world, token)
    assert resp.status_code == 403 and "no longer the approving manager" in resp.text
    unchanged(case, before)
    new_token = request_link(world, case.registration_id)
    assert submit(world, new_token, form_of(world, new_token, **BOTH)).status_code == 200


def test_approved_registration_cannot_be_approved_again_not_even_by_a_new_manager(
    world: World,
) -> None:
    case = make_case(world)
    first = request_link(world, case.registration_id)
    second = request_link(world, case.registration_id)  # a reminder: a second valid link
    second_fields = form_of(world, second, **BOTH)
    assert submit(world, first, form_of(world, first, **BOTH)).status_code == 200
    before = snapshot(world.db, world.tenant_id, case.registration_id)
    # The approval ended the reminder's link (security item 19: tests/approval/test_links_end.py).
    shown = page(world, second)
    assert shown.status_code == 410
    assert 'name="accept_terms"' not in shown.text
    resp = submit(world, second, second_fields)
    assert resp.status_code == 410
    assert "Nothing more needs to be done" in text_of(resp.text)
    unchanged(case, before)
    new_manager = person(world, "Nils", "Ny", "nils.ny@firma.se")
    pushed(
        world,
        cmd(
            "registration.set_manager",
            registration_id=case.registration_id,
            approving_manager_id=new_manager,
            expected_manager_id=case.manager_id,
        ),
    )
    [result] = world.push(
        cmd("registration.request_approval", registration_id=case.registration_id),
        role="course_admin",
    )
    assert result["status"] == "rejected" and result["code"] == "transition_refused"
    assert "already approved by maria.chef@firma.se" in result["message"]
    with world.db.sessions() as s:
        links = s.scalars(
            select(LinkToken.email).where(LinkToken.entity_id == case.registration_id)
        ).all()
        assert "nils.ny@firma.se" not in links
    resp = submit(world, second, second_fields)
    assert resp.status_code == 410


def test_cancelled_registration_cannot_be_approved(world: World) -> None:
    case = make_case(world)
    token = request_link(world, case.registration_id)
    fields = form_of(world, token, **BOTH)
    pushed(world, cmd("registration.cancel", registration_id=case.registration_id))
    before = snapshot(world.db, world.tenant_id, case.registration_id)
    resp = page(world, token)
    assert resp.status_code == 410 and "This registration was cancelled" in resp.text
    resp = submit(world, token, fields)
    assert resp.status_code == 409 and "The registration is cancelled" in resp.text
    unchanged(case, before)


def test_bodies_that_are_not_a_small_web_form_are_refused(world: World) -> None:
    case = make_case(world)
    token = request_link(world, case.registration_id)
    fields = form_of(world, token, **BOTH)
    before = snapshot(world.db, world.tenant_id, case.registration_id)
    url = f"{world.url}/approve/{token}"
    as_json = requests.post(url, json=fields, timeout=10)
    assert as_json.status_code == 415 and "not sent as a web form" in as_json.text
    huge = requests.post(url, data={**fields, "pad": "x" * 40_000}, timeout=10)
    assert huge.status_code == 413
    form = "application/x-www-form-urlencoded"
    for body in (b"csrf_token=%ff%fe", b"accept_terms=y\x00es"):
        bad = requests.post(url, data=body, headers={"Content-Type": form}, timeout=10)
        assert bad.status_code == 400, body
    unchanged(case, before)
    assert submit(world, token, fields).status_code == 200


def test_two_simultaneous_approvals_through_two_links_approve_once(world: World) -> None:
    case = make_case(world)
    tokens = [request_link(world, case.registration_id) for _ in range(2)]
    forms = [form_of(world, t, **BOTH) for t in tokens]
    answers: list[int] = []
    start = threading.Barrier(2)

    def approve(i: int) -> None:
        start.wait()
        answers.append(submit(world, tokens[i], forms[i]).status_code)

    threads = [threading.Thread(target=approve, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    # The loser finds the registration approved (409) or, when the winner committed
    # first, its link ended by that approval (410).
    assert sorted(answers)[0] == 200 and sorted(answers)[1] in (409, 410), answers
    with world.db.sessions() as s:
        kinds = s.scalars(
            select(Consent.kind).where(Consent.registration_id == case.registration_id)
        ).all()
        assert sorted(kinds) == ["personal_data", "terms"]


def test_link_bound_to_another_tenant_shows_nothing(world: World) -> None:
    case = make_case(world)
    token = request_link(world, case.registration_id)
    with world.db.transaction() as s:
        s.execute(
            update(LinkToken)
            .where(LinkToken.token_hash == token_hash(token))
            .values(tenant_id=new_id())
        )
    resp = page(world, token)
    assert resp.status_code == 410 and "no longer exists" in resp.text
