"""Which language a page is in: ``?lang=`` (remembered in a cookie), else the browser's
Accept-Language, else English; the switch in the footer; the JSON API is left alone."""

from __future__ import annotations

from datetime import date, datetime
from urllib.parse import parse_qs, urlsplit

import pytest

from server.settings import Settings
from server.web.i18n import (
    COOKIE,
    choose_language,
    format_date,
    format_datetime,
    from_accept_language,
    gettext,
    use_language,
)
from tests.server.helpers import World
from tests.server.web_i18n.conftest import SECRET
from tests.server.web_i18n.helpers import (
    assert_english,
    assert_swedish,
    browser,
    csrf,
    staff_session,
)
from tests.utils.servers import InProcessServer


@pytest.mark.parametrize(
    ("header", "language"),
    [
        ("sv-SE", "sv"),
        ("sv", "sv"),
        ("SV-se,en;q=0.8", "sv"),
        ("en-GB,en;q=0.9,sv;q=0.8", "en"),
        ("de-DE,de;q=0.9,sv;q=0.5", "sv"),  # the only one of ours the browser reads
        ("de-DE,en;q=0.3,sv;q=0.7", "sv"),  # by q-value, not by position
        ("nb-NO,da;q=0.9", None),
        ("sv;q=0,en;q=0.5", "en"),  # q=0 means "not this one"
        ("sv;q=zero", None),
        ("", None),
        ("*", None),
        (";;,,=", None),
    ],
)
def test_accept_language_picks_the_first_language_we_have_by_quality(
    header: str, language: str | None
) -> None:
    assert from_accept_language(header) == language


def test_explicit_choice_beats_the_remembered_one_which_beats_the_browser() -> None:
    assert choose_language(query="en", cookie="sv", accept_language="sv-SE") == "en"
    assert choose_language(query=None, cookie="en", accept_language="sv-SE") == "en"
    assert choose_language(query="fi", cookie="xx", accept_language="sv-SE") == "sv"
    assert choose_language(query=None, cookie=None, accept_language="fi-FI") == "en"


def test_dates_and_texts_follow_the_current_language() -> None:
    moment = datetime(2026, 11, 25, 14, 2, 9)
    with use_language("sv"):
        assert format_date(date(2026, 11, 25)) == "2026-11-25"
        assert format_datetime(moment) == "2026-11-25 14:02"
        assert format_datetime(moment, seconds=True) == "2026-11-25 14:02:09"
        assert gettext("Thank you") == "Tack"
    with use_language("en"):
        assert format_date(moment) == "2026-11-25"
        assert gettext("Thank you") == "Thank you"
    assert gettext("Thank you") == "Thank you"  # outside a request: English


def test_a_browser_without_a_language_gets_english_and_a_swedish_one_swedish(
    world: World,
) -> None:
    url = f"{world.url}/alumni/{world.slug}/register"
    english = browser(None).get(url, timeout=10)
    assert_english(english, "Register as an alumnus", "Svenska | English")
    assert 'href="/alumni/' in english.text and "?lang=sv" in english.text
    assert COOKIE not in english.headers.get("set-cookie", "")
    swedish = browser().get(url, timeout=10)
    assert_swedish(swedish, "Registrera dig som alumn")
    assert "Accept-Language" in swedish.headers["Vary"]


def test_lang_in_the_address_switches_and_a_cookie_keeps_it_for_the_next_pages(
    world: World,
) -> None:
    sv = browser()  # the browser itself asks for Swedish
    register = f"{world.url}/alumni/{world.slug}/register"
    chosen = sv.get(register, params={"lang": "en"}, timeout=10)
    assert_english(chosen, "Register as an alumnus")
    [cookie] = [c for c in chosen.raw.headers.getlist("Set-Cookie") if c.startswith(COOKIE)]
    assert cookie.startswith(f"{COOKIE}=en;") and "HttpOnly" in cookie and "Path=/" in cookie
    assert "SameSite=Lax" in cookie and "Secure" not in cookie  # the site is plain http here
    # The next pages of the flow, without ?lang: still English, though the browser says sv.
    unregister = sv.get(f"{world.url}/alumni/{world.slug}/unregister", timeout=10)
    assert_english(unregister, "Terminate your alumni membership")
    posted = sv.post(
        f"{world.url}/alumni/{world.slug}/unregister",
        data={"csrf_token": csrf(unregister), "email": ""},
        timeout=10,
    )
    assert posted.status_code == 422
    assert_english(posted, "Enter your e-mail address")
    # And back to Swedish through the switch link of the page.
    switched = sv.get(register, params={"lang": "sv"}, timeout=10)
    assert_swedish(switched, "Registrera dig som alumn")
    assert sv.cookies.get(COOKIE) == "sv"
    assert_swedish(sv.get(f"{world.url}/alumni/{world.slug}/unregister", timeout=10))


def test_an_unknown_lang_is_ignored_and_not_remembered(world: World) -> None:
    sv = browser()
    page = sv.get(f"{world.url}/alumni/{world.slug}/register?lang=de", timeout=10)
    assert_swedish(page, "Registrera dig som alumn")
    assert COOKIE not in page.headers.get("set-cookie", "")
    assert sv.cookies.get(COOKIE) is None


def test_the_switch_link_keeps_the_page_and_its_other_parameters(world: World) -> None:
    view, page, _code = staff_session(
        world.url, world.tokens["admin"], "/staff/", accept_language=None
    )
    assert_english(page, "Signed in as")
    home = view.get(f"{world.url}/staff/?notice=x&a=%C3%A5", timeout=10)
    link = next(
        href for href in home.text.split('href="')[1:] if 'hreflang="sv"' in href.split(">")[0]
    ).split('"')[0]
    parts = urlsplit(link.replace("&amp;", "&"))
    assert parts.path == "/staff/" and not parts.netloc
    assert parse_qs(parts.query) == {"notice": ["x"], "a": ["å"], "lang": ["sv"]}
    assert_swedish(view.get(f"{world.url}{link.replace('&amp;', '&')}", timeout=10))


def test_a_forms_answer_has_no_switch_it_could_not_load_again(world: World) -> None:
    sv = browser()
    form = sv.get(f"{world.url}/alumni/{world.slug}/unregister", timeout=10)
    assert 'id="language-switch"' in form.text
    answer = sv.post(
        f"{world.url}/alumni/{world.slug}/unregister",
        data={"csrf_token": csrf(form), "email": ""},
        timeout=10,
    )
    assert_swedish(answer, "Ange din e-postadress")
    assert 'id="language-switch"' not in answer.text


def test_the_desktop_handover_with_lang_opens_the_staff_page_in_the_apps_language(
    world: World,
) -> None:
    """The desktop adds the app's language to the handover URL: it wins over the browser's
    Accept-Language and over an earlier click on the switch, for the pages that follow."""
    view, page, _code = staff_session(
        world.url, world.tokens["admin"], "/staff/", accept_language="en-GB", lang="sv"
    )
    assert page.url.endswith("/staff/")
    assert_swedish(page, "Inloggad som")
    assert view.cookies.get(COOKIE) == "sv"
    assert_swedish(view.get(f"{world.url}/staff/", timeout=10))


def test_the_json_api_is_not_translated_and_sets_no_language_cookie(world: World) -> None:
    resp = browser().get(
        f"{world.url}/api/v1/sync/pull",
        params={"lang": "sv"},
        headers={"Authorization": f"Bearer {world.tokens['admin']}"},
        timeout=10,
    )
    assert resp.status_code == 200
    assert "Content-Language" not in resp.headers
    assert COOKIE not in resp.headers.get("set-cookie", "")
    wrong = browser().get(f"{world.url}/api/v1/sync/pull?lang=sv", timeout=10)
    assert wrong.status_code == 401 and "sv" not in wrong.headers.get("Content-Language", "")


def test_the_language_cookie_is_secure_only_when_the_site_is_https(site: InProcessServer) -> None:
    settings = Settings(
        database_url=site.settings.database_url,
        public_base_url="https://kansli.example.se",
        run_worker=False,
        secret_key=SECRET,  # type: ignore[arg-type]
    )
    https_site = InProcessServer(settings, site.db).start()
    try:
        page = browser(None).get(
            f"{https_site.url}/alumni/no-such-office/register?lang=sv", timeout=10
        )
    finally:
        https_site.stop()
    assert page.status_code == 404
    assert "Secure" in page.headers["set-cookie"]
    assert_swedish(page, "Sidan hittades inte")
