"""The public pages in Swedish for a Swedish browser: the approving manager's page, the
sign-up page, the alumni pages and their refusals, over real HTTP (seeds 000 and 001)."""

from __future__ import annotations

from datetime import timedelta

import requests
from sqlalchemy import update

from models.ids import utcnow
from server.services.alumni.categories import give_category
from server.services.alumni.forms import UNREGISTER_LINK, intake
from server.services.alumni.processing import process_pending
from server.services.alumni.student_records import DatabaseStudentRecords
from server.services.approval import issue_link
from server.tables import LinkToken
from tests.alumni import builders as b
from tests.approval.helpers import answers, make_case, make_form, request_link
from tests.server.helpers import World
from tests.server.web_i18n.helpers import (
    assert_english,
    assert_swedish,
    browser,
    csrf,
    staff_session,
    text,
)
from tests.utils.servers import InProcessServer

# -- the approving manager's page -------------------------------------------------------------


def test_manager_page_is_swedish_for_a_swedish_browser_and_approves_in_swedish(
    world: World,
) -> None:
    case = make_case(world)
    token = request_link(world, case.registration_id)
    sv = browser()
    page = sv.get(f"{world.url}/approve/{token}", timeout=10)
    assert page.status_code == 200
    shown = assert_swedish(
        page,
        "Godkänn anmälan till Projektledning",
        "Deltagare",
        "Förnamn",
        "Efternamn",
        "Villkor",
        "Jag godkänner anmälan och villkoren ovan.",
        f"Du godkänner som {case.manager_email}.",
        "Skicka",
        "Svenska | English",
    )
    assert "<title>Godkänn anmälan – Projektledning</title>" in page.text
    assert "Participant" not in shown and "I approve this registration" not in shown

    # One consent missing: the page again, in Swedish, with the form's Swedish labels kept.
    fields = {"csrf_token": csrf(page), "terms_version": "2026-1", "accept_terms": "yes"}
    again = sv.post(f"{world.url}/approve/{token}", data=fields, timeout=10)
    assert again.status_code == 422
    assert_swedish(again, "Jag godkänner anmälan och villkoren ovan.")

    done = sv.post(
        f"{world.url}/approve/{token}",
        data={**fields, "accept_personal_data": "yes"},
        timeout=10,
    )
    assert done.status_code == 200
    today = utcnow().date().isoformat()
    assert_swedish(
        done,
        "Tack",
        f"Du har godkänt anmälan för Erik Lund till Projektledning (Projektledning HT26) "
        f"den {today}, från {case.manager_email}. Dina samtycken har sparats.",
    )


def test_refusals_of_the_manager_link_have_swedish_headings(world: World) -> None:
    sv = browser()
    forged = sv.get(f"{world.url}/approve/{'x' * 43}", timeout=10)
    assert forged.status_code == 404
    assert_swedish(
        forged,
        "Länken är inte giltig",
        "Kontrollera att du öppnade hela länken från e-postmeddelandet.",
    )

    case = make_case(world)
    token = request_link(world, case.registration_id)
    with world.db.transaction() as s:
        s.execute(
            update(LinkToken)
            .where(LinkToken.entity_id == case.registration_id)
            .values(expires_at=utcnow() - timedelta(days=1))
        )
    expired = sv.get(f"{world.url}/approve/{token}", timeout=10)
    assert expired.status_code == 410
    day = (utcnow() - timedelta(days=1)).date().isoformat()
    assert_swedish(
        expired,
        "Länken kan inte längre användas",
        f"Länken gick ut {day}. Be kursadministratören skicka en ny förfrågan.",
    )
    english = requests.get(f"{world.url}/approve/{token}", timeout=10)
    assert f"This link expired on {day}. Ask the course administrator" in text(english)

    no_form = sv.post(f"{world.url}/approve/{token}", data="x", timeout=10)
    assert no_form.status_code == 415
    assert_swedish(
        no_form,
        "Formuläret gick inte att läsa",
        "Formuläret skickades inte som ett webbformulär. Ladda om sidan och försök igen.",
    )


def test_staff_preview_and_its_refusals_are_swedish(world: World) -> None:
    case = make_case(world)
    path = f"/staff/preview/registrations/{case.registration_id}"
    view, preview, code = staff_session(world.url, world.tokens["course_admin"], path)
    assert preview.status_code == 200 and preview.url.endswith(path)
    assert_swedish(
        preview,
        "Förhandsgranskning.",
        f"Så här ser sidan ut för den godkännande chefen ({case.manager_email}). "
        "Härifrån går det inte att skicka något.",
    )
    missing = view.get(f"{world.url}/staff/preview/registrations/nope", timeout=10)
    assert missing.status_code == 404
    assert_swedish(missing, "Anmälan hittades inte", "synkronisera och försök igen")
    signed_out = browser().get(f"{world.url}{path}", timeout=10)  # to the sign-in page
    assert signed_out.status_code == 200 and "/web/login?next=" in signed_out.url
    assert_swedish(signed_out, "Logga in i Kansli", "Lösenord", "Logga in")
    used = browser().get(f"{world.url}/web/enter", params={"code": code}, timeout=10)
    assert used.status_code == 403
    assert_swedish(used, "Länken har gått ut", "Öppna sidan igen från Kansli.")
    viewer, _page, _code = staff_session(world.url, world.tokens["viewer"], path)
    refused = viewer.get(f"{world.url}{path}", timeout=10)
    assert refused.status_code == 403
    assert_swedish(refused, "Inte tillåtet", "Endast administratörer och kursadministratörer")
    home = viewer.get(f"{world.url}/staff/", timeout=10)
    assert_swedish(home, "Inloggad som", "Du är inloggad: länkar till Kanslis sidor i din e-post")


# -- the sign-up page ----------------------------------------------------------------------


def test_sign_up_page_and_its_answers_are_swedish(world: World) -> None:
    form = make_form(world)
    sv = browser()
    page = sv.get(form.url, timeout=10)
    assert page.status_code == 200
    assert_swedish(
        page,
        "Anmälan: Projektledning HT26",  # the heading staff wrote
        "Din chef får ett mejl med en förfrågan om att godkänna din anmälan.",
        "Namn",
        "E-post",
        "Välj…",
        "* obligatoriskt",
        "Anmäl",
    )
    last_name = f"f_{form.elements['last_name']}"
    given = answers(form, **{last_name: ""})
    wrong = sv.post(form.url, data={"csrf_token": csrf(page), **given}, timeout=10)
    assert wrong.status_code == 422
    assert_swedish(wrong, "Några svar behöver rättas. Se meddelandena vid fälten.")
    expired = sv.post(form.url, data={"csrf_token": "old", **given}, timeout=10)
    assert expired.status_code == 403
    assert_swedish(expired, "Sidan hade gått ut, så inget skickades.")

    done = sv.post(form.url, data={"csrf_token": csrf(page), **answers(form)}, timeout=10)
    assert done.status_code == 200
    assert_swedish(
        done,
        "Tack för din anmälan",
        "Vi har tagit emot din anmälan till Projektledning (Projektledning HT26).",
        "En bekräftelse är på väg till erik.lund@firma.se.",
        "Din godkännande chef (karin.chef@firma.se) får ett mejl",
    )


def test_unknown_sign_up_form_says_so_in_swedish(world: World) -> None:
    page = browser().get(f"{world.url}/signup/{'0' * 26}", timeout=10)
    assert page.status_code == 404
    assert_swedish(page, "Anmälningsformuläret hittades inte")


# -- the alumni pages ------------------------------------------------------------------------


def registered_alumnus(site: InProcessServer, world: World, email: str) -> None:
    """A person who is an alumnus, with a processed registration (so a membership)."""
    now = utcnow()
    with site.db.transaction() as s:
        person = b.person(s, world.tenant_id, emails=[email])
        give_category(s, world.tenant_id, person.id, "alumnus")
        intake(
            session=s,
            tenant_id=world.tenant_id,
            data={"email": email, "first_name": "Anna", "last_name": "Berg"},
            now=now,
        )
    process_pending(
        session_factory=site.db.sessions,
        tenant_id=world.tenant_id,
        source=DatabaseStudentRecords(site.db.sessions, tenant_id=world.tenant_id),
        now=now,
    )


def test_alumni_registration_page_and_its_field_errors_are_swedish(world: World) -> None:
    sv = browser()
    url = f"{world.url}/alumni/{world.slug}/register"
    page = sv.get(url, timeout=10)
    assert page.status_code == 200
    assert_swedish(
        page,
        "Registrera dig som alumn",
        "Registrera dig för att gå med i alumnnätverket.",
        "Förnamn",
        "Efternamn",
        "E-postadress",
        "Personnummer (frivilligt)",
        "Examensår",
        "Avsluta ett befintligt medlemskap",
    )
    assert 'placeholder="ÅÅÅÅMMDD-NNNN"' in page.text
    wrong = sv.post(
        url,
        data={"csrf_token": csrf(page), "email": "anna@example.se", "graduation_year": "tjugo"},
        timeout=10,
    )
    assert wrong.status_code == 422
    assert_swedish(
        wrong,
        "Rätta de markerade fälten nedan och skicka igen.",
        "Förnamn måste fyllas i",
        "Efternamn måste fyllas i",
        "Examensår måste vara ett årtal, till exempel 2015",
    )
    done = sv.post(
        url,
        data={
            "csrf_token": csrf(page),
            "email": f"anna.{world.slug}@example.se",
            "first_name": "Anna",
            "last_name": "Berg",
        },
        timeout=10,
    )
    assert done.status_code == 200
    assert_swedish(done, "Tack för din registrering", "Vi har tagit emot din registrering")


def test_alumni_membership_is_terminated_in_swedish_from_request_to_thanks(
    site: InProcessServer, world: World
) -> None:
    address = f"anna.{world.slug}@example.se"
    registered_alumnus(site, world, address)
    sv = browser()
    url = f"{world.url}/alumni/{world.slug}/unregister"
    form = sv.get(url, timeout=10)
    assert_swedish(
        form,
        "Avsluta ditt alumnmedlemskap",
        "Ange den e-postadress du registrerade dig med.",
        "Skicka länken",
    )
    empty = sv.post(url, data={"csrf_token": csrf(form), "email": ""}, timeout=10)
    assert empty.status_code == 422
    assert_swedish(empty, "Ange din e-postadress")
    asked = sv.post(url, data={"csrf_token": csrf(form), "email": address}, timeout=10)
    assert asked.status_code == 200
    assert_swedish(asked, "Titta i din inkorg", f"Om {address} hör till ett alumnmedlemskap")

    with site.db.transaction() as s:
        token = issue_link(
            s,
            UNREGISTER_LINK,
            tenant_id=world.tenant_id,
            entity_id=world.tenant_id,
            email=address,
            now=utcnow(),
        )
    confirm = sv.get(f"{url}/{token}", timeout=10)
    assert confirm.status_code == 200
    assert_swedish(
        confirm,
        "Avsluta ditt alumnmedlemskap",
        "När du avslutar medlemskapet är du inte längre registrerad alumn",
        "Avsluta medlemskap",
        "Skicka",
    )
    expired = sv.post(f"{url}/{token}", data={"csrf_token": "old"}, timeout=10)
    assert expired.status_code == 403
    assert_swedish(expired, "Formuläret har gått ut", "Kontrollera uppgifterna och skicka igen.")
    done = sv.post(
        f"{url}/{token}",
        data={"csrf_token": csrf(confirm), "terminate_membership": "yes"},
        timeout=10,
    )
    assert done.status_code == 200, text(done)
    assert_swedish(done, "Ditt medlemskap är avslutat", f"Alumnmedlemskapet för {address}")
    used = sv.get(f"{url}/{token}", timeout=10)
    assert used.status_code == 403
    today = utcnow().date().isoformat()
    assert_swedish(
        used,
        "Länken kan inte användas",
        f"Länken användes redan {today}; medlemskapet är avslutat.",
    )


def test_unknown_alumni_address_is_a_swedish_page_and_english_stays_english(
    world: World,
) -> None:
    missing = browser().get(f"{world.url}/alumni/no-such-office/register", timeout=10)
    assert missing.status_code == 404
    assert_swedish(missing, "Sidan hittades inte", "Det finns ingen alumnregistrering")
    english = browser("en-GB,en;q=0.8").get(f"{world.url}/alumni/{world.slug}/register")
    assert_english(english, "Register as an alumnus", "Personnummer (optional)")


def test_field_errors_of_the_validators_are_swedish_on_a_swedish_page(world: World) -> None:
    """What the domain's validators say about a value reaches a Swedish page in Swedish,
    and an English page in English."""
    form = make_form(world)
    e = form.elements
    given = answers(
        form,
        **{
            f"f_{e['email']}": "erik.lund-firma.se",
            f"f_{e['approving_manager']}_email": "karin.chef@firma",
        },
    )
    sv = browser()
    page = sv.get(form.url, timeout=10)
    wrong = sv.post(form.url, data={"csrf_token": csrf(page), **given}, timeout=10)
    assert wrong.status_code == 422
    assert_swedish(
        wrong,
        "E-postadressen saknar @",
        "E-postadressen måste ha en punkt i domänen (som i namn@exempel.se)",
    )
    en = browser(None)
    page = en.get(form.url, timeout=10)
    wrong = en.post(form.url, data={"csrf_token": csrf(page), **given}, timeout=10)
    assert "E-mail address has no @" in text(wrong)
