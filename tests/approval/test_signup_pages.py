"""The public sign-up page over real HTTP: the form as staff set it up, answers checked
with errors next to the fields, and a sign-up that registers, confirms and asks the
approving manager (seed 000, "Med anmälningsformulär")."""

from __future__ import annotations

import html
import threading

import pytest
import requests
from sqlalchemy import func, select

from models import (
    Activity,
    ActivityKind,
    CourseRound,
    FormElement,
    Person,
    Registration,
    RoundStatus,
)
from models.ids import new_id
from server.services.rate_limits import RateLimiter
from server.tables import LinkToken
from server.web import signup as signup_web
from tests import factories as f
from tests.approval.helpers import (
    MANAGER,
    TOKEN,
    Form,
    answers,
    hidden,
    mails_to,
    make_form,
    people_count,
    person,
    pushed,
    text_of,
)
from tests.server.helpers import World, cmd


def open_form(form: Form) -> tuple[requests.Session, str]:
    """A browser that opened the form: its cookies and the form's CSRF token."""
    browser = requests.Session()
    resp = browser.get(form.url, timeout=10)
    assert resp.status_code == 200, resp.text
    return browser, hidden(resp.text, "csrf_token")


def post(form: Form, values: dict[str, str]) -> requests.Response:
    browser, csrf = open_form(form)
    return browser.post(form.url, data={"csrf_token": csrf, **values}, timeout=10)


def registrations(world: World, form: Form) -> list[Registration]:
    with world.db.sessions() as s:
        return list(s.scalars(select(Registration).where(Registration.round_id == form.round_id)))


def test_page_shows_banner_heading_intro_and_every_question(world: World) -> None:
    form = make_form(world)
    resp = requests.get(form.url, timeout=10)
    assert resp.status_code == 200
    assert '<img class="banner" src="https://cdn.example.se/banner.png"' in resp.text
    assert "<h1>Anmälan: Projektledning HT26</h1>" in resp.text
    assert "Välkommen!\nDin chef godkänner anmälan." in resp.text
    text = text_of(resp.text)
    for label in ("Förnamn", "Efternamn", "E-postadress", "Godkännande chef", "Specialkost"):
        assert label in text
    assert "Your manager gets an e-mail asking them to approve" in text
    assert "<option>Webbplats</option>" in resp.text
    cookie = resp.headers["set-cookie"].lower()
    assert "kansli_signup=" in cookie and "httponly" in cookie and "path=/signup/" in cookie


def test_sign_up_registers_confirms_and_asks_the_manager(world: World) -> None:
    form = make_form(world)
    resp = post(form, answers(form))
    assert resp.status_code == 200, resp.text
    text = text_of(resp.text)
    assert "Thank you for signing up" in text and "erik.lund@firma.se" in text
    assert f"Your approving manager ({MANAGER}) gets an e-mail" in text
    [reg] = registrations(world, form)
    e = form.elements
    assert reg.form_manager_name == "Karin Chef" and reg.form_manager_email == MANAGER
    assert reg.approving_manager_id is not None and reg.approval_requested_at is not None
    assert reg.signup_answers == {
        e["phone"]: "+46701234567",
        e["organisation"]: "Firma AB",
        e["approving_manager"]: f"Karin Chef ({MANAGER})",
        e["text"]: "Vegetarisk",
        e["choice"]: "Kollega",
        e["checkbox"]: "Yes",
        e["first_name"]: "Erik",
        e["last_name"]: "Lund",
        e["email"]: "erik.lund@firma.se",
    }
    with world.db.sessions() as s:
        participant = s.get(Person, reg.participant_id)
        assert participant is not None and participant.full_name == "Erik Lund"
        assert participant.primary_email == "erik.lund@firma.se"
        assert [p.number for p in participant.phones] == ["+46701234567"]
        # The manager given on the form became a person profile, linked as the manager.
        manager = s.get(Person, reg.approving_manager_id)
        assert manager is not None and manager.full_name == "Karin Chef"
        assert manager.primary_email == MANAGER and manager.server_seq
        [requested] = s.scalars(
            select(Activity).where(
                Activity.registration_id == reg.id,
                Activity.kind == ActivityKind.APPROVAL_REQUESTED,
            )
        ).all()
        assert requested.actor == "signup-form" and requested.server_seq
        assert requested.person_id == manager.id  # on the manager's timeline
    [confirmation] = mails_to(world.db, world.tenant_id, "erik.lund@firma.se")
    assert confirmation.subject == "Registration received: Projektledning (Projektledning HT26)"
    assert "Priset är 4 500 kr exkl. moms." in confirmation.body_text
    assert "  Specialkost: Vegetarisk" in confirmation.body_text
    assert f"Your approving manager ({MANAGER}) has been sent an e-mail" in confirmation.body_text
    [request] = mails_to(world.db, world.tenant_id, MANAGER)
    assert request.body_text.startswith("Hello Karin Chef,")
    token = TOKEN.search(request.body_text).group(1)  # type: ignore[union-attr]
    page = requests.get(f"{world.url}/approve/{token}", timeout=10)
    assert page.status_code == 200
    assert "Anmälan: Projektledning HT26" in page.text and "Vegetarisk" in page.text
    fields = {
        "csrf_token": hidden(page.text, "csrf_token"),
        "terms_version": hidden(page.text, "terms_version"),
        "accept_terms": "yes",
        "accept_personal_data": "yes",
    }
    done = requests.post(f"{world.url}/approve/{token}", data=fields, timeout=10)
    assert done.status_code == 200, done.text
    with world.db.sessions() as s:
        approved = s.get(Registration, reg.id)
        assert approved is not None and approved.approved_by_email == MANAGER
        timeline = s.scalars(
            select(Activity.kind)
            .where(Activity.person_id == reg.approving_manager_id)
            .order_by(Activity.occurred_at)
        ).all()
        assert timeline == [ActivityKind.APPROVAL_REQUESTED, ActivityKind.REGISTRATION_APPROVED]


def test_participant_can_name_themself_as_manager_when_testing(world: World) -> None:
    form = make_form(world)
    me = "anna.admin@kursgivare.se"
    e = form.elements
    values = answers(
        form,
        **{
            f"f_{e['email']}": me,
            f"f_{e['approving_manager']}_name": "Anna Admin",
            f"f_{e['approving_manager']}_email": me,
        },
    )
    assert post(form, values).status_code == 200
    mails = mails_to(world.db, world.tenant_id, me)
    assert [m.kind for m in mails] == ["mail.signup_confirmation", "mail.approval_request"]
    token = TOKEN.search(mails[1].body_text).group(1)  # type: ignore[union-attr]
    page = requests.get(f"{world.url}/approve/{token}", timeout=10)
    fields = {
        "csrf_token": hidden(page.text, "csrf_token"),
        "terms_version": hidden(page.text, "terms_version"),
        "accept_terms": "yes",
        "accept_personal_data": "yes",
    }
    assert requests.post(f"{world.url}/approve/{token}", data=fields, timeout=10).ok
    [reg] = registrations(world, form)
    assert reg.approved_by_email == me
    assert reg.approving_manager_id == reg.participant_id  # one person, both roles


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("first_name", "", "This field is required"),
        ("email", "erik.lund@firma", "E-mail address must have a dot in the domain"),
        ("phone", "12345", "Phone number must start with 0"),
        ("choice", "Tidningen", "Choose one of the options"),
        ("approving_manager_email", "karin@", "E-mail address has no domain after the @"),
        ("approving_manager_email", "", "Enter your approving manager's e-mail address"),
    ],
)
def test_bad_answers_are_shown_next_to_their_fields_and_nothing_is_created(
    world: World, field: str, value: str, says: str
) -> None:
    form = make_form(world)
    kind = field.removesuffix("_email") if field.startswith("approving") else field
    name = f"f_{form.elements[kind]}" + ("_email" if kind != field else "")
    people = people_count(world.db, world.tenant_id)
    resp = post(form, answers(form, **{name: value}))
    assert resp.status_code == 422
    assert f'id="{name}-error" role="alert">{says}' in html.unescape(resp.text)
    assert f'aria-describedby="{name}-error"' in resp.text
    assert 'value="Vegetarisk"' not in resp.text  # a textarea keeps it as its content
    assert ">Vegetarisk</textarea>" in resp.text
    assert registrations(world, form) == []
    assert people_count(world.db, world.tenant_id) == people
    assert mails_to(world.db, world.tenant_id, MANAGER) == []


def test_required_checkbox_must_be_ticked(world: World) -> None:
    form = make_form(
        world,
        [{"kind": "checkbox", "label": "Jag godkänner villkoren", "required": True}],
    )
    values = {"f_first_name": "Erik", "f_last_name": "Lund", "f_email": "erik@firma.se"}
    resp = post(form, values)
    name = f"f_{form.elements['checkbox']}"
    assert resp.status_code == 422 and f'id="{name}-error"' in resp.text
    assert "Tick this box to sign up" in resp.text
    assert post(form, {**values, name: "yes"}).status_code == 200


def test_form_without_name_and_email_questions_still_asks_for_them(world: World) -> None:
    form = make_form(world, [{"kind": "text", "label": "Specialkost"}])
    page = requests.get(form.url, timeout=10)
    for name in ("f_first_name", "f_last_name", "f_email"):
        assert f'name="{name}"' in page.text
    resp = post(form, {"f_first_name": "Erik", "f_last_name": "Lund", "f_email": "e@firma.se"})
    assert resp.status_code == 200
    [reg] = registrations(world, form)
    assert reg.signup_answers == {}  # the name and e-mail are on the person
    assert [m.kind for m in mails_to(world.db, world.tenant_id, "e@firma.se")] == [
        "mail.signup_confirmation"
    ]
    with world.db.sessions() as s:
        assert s.scalar(select(func.count()).where(LinkToken.entity_id == reg.id)) == 0


def test_existing_person_is_reused_by_email_and_signs_up_only_once(world: World) -> None:
    form = make_form(world)
    existing = person(world, "Erik", "Lundh", "erik.lund@firma.se")
    people = people_count(world.db, world.tenant_id)
    assert post(form, answers(form)).status_code == 200
    [reg] = registrations(world, form)
    assert reg.participant_id == existing
    people += 1  # the manager's new profile
    assert people_count(world.db, world.tenant_id) == people
    again = post(form, answers(form))
    assert again.status_code == 200 and "Thank you for signing up" in again.text
    assert [r.id for r in registrations(world, form)] == [reg.id]
    assert people_count(world.db, world.tenant_id) == people
    kinds = [m.kind for m in mails_to(world.db, world.tenant_id, "erik.lund@firma.se")]
    assert kinds == ["mail.signup_confirmation", "mail.signup_duplicate"]
    assert len(mails_to(world.db, world.tenant_id, MANAGER)) == 1


def manager_answers(form: Form, participant: str, name: str, email: str) -> dict[str, str]:
    e = form.elements
    return answers(
        form,
        **{
            f"f_{e['email']}": participant,
            f"f_{e['approving_manager']}_name": name,
            f"f_{e['approving_manager']}_email": email,
        },
    )


def test_the_manager_is_found_by_any_of_their_addresses_in_the_tenant_only(
    world: World,
) -> None:
    form = make_form(world)
    karin = person(world, "Karin", "Chefsson", "karin@privat.se")
    pushed(world, cmd("person.add_email", person_id=karin, address=MANAGER))
    with world.db.transaction() as s:  # the same address in another tenant is not hers
        other = f.tenant(s, slug=f"other-{new_id()[-8:]}")
        f.person(s, other.id, "Karin", "Annan", MANAGER)
    people = people_count(world.db, world.tenant_id)
    # Typed in capitals, and not her main address: still her, under the name she has.
    values = manager_answers(form, "erik@firma.se", "K. Chef", "Karin.Chef@FIRMA.se")
    assert post(form, values).status_code == 200
    [reg] = registrations(world, form)
    assert reg.approving_manager_id == karin and reg.form_manager_email == MANAGER
    assert people_count(world.db, world.tenant_id) == people + 1  # the participant only
    # The request goes to the address given on the form, one of hers.
    assert [m.kind for m in mails_to(world.db, world.tenant_id, MANAGER)] == [
        "mail.approval_request"
    ]
    assert mails_to(world.db, world.tenant_id, "karin@privat.se") == []
    with world.db.sessions() as s:
        manager = s.get(Person, karin)
        assert manager is not None and manager.full_name == "Karin Chefsson"
        [requested] = s.scalars(select(Activity).where(Activity.registration_id == reg.id))
        assert requested.person_id == karin


def test_a_second_sign_up_with_the_same_manager_makes_no_second_profile(world: World) -> None:
    form = make_form(world)
    people = people_count(world.db, world.tenant_id)
    for participant in ("erik@firma.se", "lisa@firma.se"):
        values = manager_answers(form, participant, "Karin Chef", MANAGER)
        assert post(form, values).status_code == 200
    first, second = sorted(registrations(world, form), key=lambda r: r.created_at)
    assert first.approving_manager_id and first.approving_manager_id == second.approving_manager_id
    assert people_count(world.db, world.tenant_id) == people + 3  # two participants, one manager
    with world.db.sessions() as s:
        timeline = s.scalars(
            select(Activity.registration_id).where(Activity.person_id == first.approving_manager_id)
        ).all()
        assert sorted(timeline) == sorted([first.id, second.id])


def test_two_sign_ups_at_once_naming_a_new_manager_make_one_profile(world: World) -> None:
    form = make_form(world)
    people = people_count(world.db, world.tenant_id)
    browsers = {e: requests.Session() for e in ("q@firma.se", "r@firma.se")}
    tokens = {
        e: hidden(b.get(form.url, timeout=10).text, "csrf_token") for e, b in browsers.items()
    }
    start = threading.Barrier(2)
    codes: dict[str, int] = {}

    def go(email: str) -> None:
        values = manager_answers(form, email, "Nils Ny", "nils.ny@firma.se")
        start.wait(timeout=10)
        sent = browsers[email].post(form.url, data={"csrf_token": tokens[email], **values})
        codes[email] = sent.status_code

    threads = [threading.Thread(target=go, args=(e,)) for e in browsers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert codes == {e: 200 for e in browsers}
    managers = {r.approving_manager_id for r in registrations(world, form)}
    assert len(managers) == 1 and None not in managers
    assert people_count(world.db, world.tenant_id) == people + 3


def test_personnummer_is_checked_and_kept_on_the_person_only(world: World) -> None:
    form = make_form(world, [{"kind": "text", "label": "Specialkost"}])
    element_id = new_id()
    with world.db.transaction() as s:
        s.add(
            FormElement(
                id=element_id,
                tenant_id=world.tenant_id,
                form_id=form.form_id,
                kind="personnummer",
                label="Personnummer",
                required=True,
                position=9,
            )
        )
    values = {"f_first_name": "Erik", "f_last_name": "Lund", "f_email": "pnr@firma.se"}
    resp = post(form, {**values, f"f_{element_id}": "811228-9873"})
    assert resp.status_code == 422 and "Personnummer has a wrong check digit" in resp.text
    assert post(form, {**values, f"f_{element_id}": "811228-9874"}).status_code == 200
    [reg] = registrations(world, form)
    assert element_id not in reg.signup_answers
    with world.db.sessions() as s:
        participant = s.get(Person, reg.participant_id)
        assert participant is not None and participant.personnummer == "198112289874"
    [mail] = mails_to(world.db, world.tenant_id, "pnr@firma.se")
    assert "19811228-****" in mail.body_text and "9874" not in mail.body_text


def test_form_without_a_valid_csrf_token_creates_nothing(world: World) -> None:
    form = make_form(world)
    browser, csrf = open_form(form)
    stranger = requests.post(form.url, data={"csrf_token": csrf, **answers(form)}, timeout=10)
    assert stranger.status_code == 403  # the token without the browser's cookie
    assert "The page had expired, so nothing was sent" in stranger.text
    assert 'value="Erik"' in stranger.text  # the answers are kept
    forged = browser.post(form.url, data={"csrf_token": "0" * 64, **answers(form)}, timeout=10)
    assert forged.status_code == 403
    assert registrations(world, form) == []
    retry = browser.post(
        form.url, data={"csrf_token": hidden(stranger.text, "csrf_token"), **answers(form)}
    )
    assert retry.status_code == 403  # the re-rendered page was bound to the stranger's nonce
    assert browser.post(form.url, data={"csrf_token": csrf, **answers(form)}).status_code == 200


def test_unpublished_unknown_and_closed_forms_are_clear_pages(world: World) -> None:
    hidden_form = make_form(world, published=False)
    resp = requests.get(hidden_form.url, timeout=10)
    assert resp.status_code == 404 and "This sign-up form is not available" in resp.text
    assert requests.post(hidden_form.url, data={"f_email": "x"}, timeout=10).status_code == 404
    for unknown in (new_id(), "x" * 300, "%00abc", "å"):
        assert requests.get(f"{world.url}/signup/{unknown}", timeout=10).status_code == 404
    form = make_form(world)
    browser, csrf = open_form(form)
    with world.db.transaction() as s:
        round_ = s.get(CourseRound, form.round_id)
        assert round_ is not None
        round_.status = RoundStatus.CLOSED
    resp = browser.post(form.url, data={"csrf_token": csrf, **answers(form)}, timeout=10)
    assert resp.status_code == 410
    assert "Sign-up for Projektledning (Projektledning HT26) is closed" in resp.text
    assert registrations(world, form) == []


def test_bodies_are_capped_and_sign_ups_rate_limited(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = make_form(world)
    browser, csrf = open_form(form)
    huge = browser.post(form.url, data={"csrf_token": csrf, "pad": "x" * 40_000}, timeout=10)
    assert huge.status_code == 413
    monkeypatch.setattr(signup_web, "limiter", RateLimiter(2, 600))
    first = browser.post(form.url, data={"csrf_token": csrf}, timeout=10)
    assert first.status_code == 422
    assert browser.post(form.url, data={"csrf_token": csrf}, timeout=10).status_code == 422
    limited = browser.post(form.url, data={"csrf_token": csrf, **answers(form)}, timeout=10)
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) > 0
    assert "Too many sign-ups" in limited.text
    assert registrations(world, form) == []


def test_a_date_question_takes_a_day(world: World) -> None:
    form = make_form(world, [{"kind": "date", "label": "Önskat startdatum", "required": True}])
    name = f"f_{form.elements['date']}"
    page = requests.get(form.url, timeout=10)
    assert f'type="date" id="{name}"' in page.text
    values = {"f_first_name": "Erik", "f_last_name": "Lund", "f_email": "erik@firma.se"}
    bad = post(form, {**values, name: "15/3 2027"})
    assert bad.status_code == 422
    assert f'id="{name}-error" role="alert">Write the date as YYYY-MM-DD' in bad.text
    assert registrations(world, form) == []
    assert post(form, {**values, name: "2027-03-15"}).status_code == 200
    [reg] = registrations(world, form)
    assert reg.signup_answers[form.elements["date"]] == "2027-03-15"
